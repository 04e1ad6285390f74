"""Finding the shipped resources (rules files, fonts, schemas), in a checkout or a bundle."""

from __future__ import annotations

import sys
from pathlib import Path


def resources_root() -> Path:
    """The ``resources/`` folder: beside the packages, or inside a PyInstaller bundle."""
    bundle = getattr(sys, "_MEIPASS", None)
    if bundle:
        return Path(bundle) / "resources"
    return Path(__file__).resolve().parent.parent / "resources"


def resource_path(*parts: str) -> Path:
    """A path inside ``resources/``."""
    return resources_root().joinpath(*parts)


def translations_root() -> Path:
    """The ``translations/`` folder: beside the packages, or inside a PyInstaller bundle."""
    bundle = getattr(sys, "_MEIPASS", None)
    if bundle:
        return Path(bundle) / "translations"
    return Path(__file__).resolve().parent.parent / "translations"


def translations_path(*parts: str) -> Path:
    """A path inside ``translations/``."""
    return translations_root().joinpath(*parts)
