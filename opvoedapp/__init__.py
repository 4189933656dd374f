"""Opvoedapp: the JGZ-richtlijn Opvoedingsondersteuning (NCJ, 2013) at the consult table."""

__version__ = "0.1.0"

APP_NAME = "Opvoedapp"
ORGANISATION_NAME = "Opvoedapp"
