"""Help pages shown by F1, one per screen and language (HTML, offline)."""
