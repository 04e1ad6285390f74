"""The core message catalogues (gettext .po per language; see desktop/messages.py)."""
