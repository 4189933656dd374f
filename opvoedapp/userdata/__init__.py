"""The professional's own data (self-reflection rounds and scores); never about children."""
