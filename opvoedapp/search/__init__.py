"""Text matching for the finder and the global search (no Qt)."""
