"""Guideline content: schema, build step, read-only queries. No Qt in this package."""
