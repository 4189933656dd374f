"""The schema version shared by the build (writer) and the reader.

Kept in its own tiny module so the reader can check it without importing SQLAlchemy.
"""

SCHEMA_VERSION = 2
CONTENT_EDITION = "JGZ-richtlijn Opvoedingsondersteuning, NCJ 2013"
