"""Data files, installed as the package ``wegwijzer_resources`` (see desktop/resources.py)."""
