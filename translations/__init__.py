"""Translations, installed as the package ``wegwijzer_translations`` (desktop/resources.py)."""
