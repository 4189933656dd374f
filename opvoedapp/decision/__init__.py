"""The decision process of chapter 7 as data plus a walker over it (no Qt)."""
