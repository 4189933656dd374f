"""Werkkaart 3 arithmetic and exchange formats (no Qt)."""
