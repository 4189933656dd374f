"""The Zelfreflectie tab (werkkaart 3)."""
