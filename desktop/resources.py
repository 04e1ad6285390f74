"""The shipped data files (rules, fonts, schemas, translations): one way to find them.

``resources/`` and ``translations/`` at the top of the repository are installed as the data
packages ``wegwijzer_resources`` and ``wegwijzer_translations`` (pyproject.toml maps the names
onto the folders), so ``importlib.resources`` finds them the same way in an installed wheel,
an editable install of the checkout and the PyInstaller bundle (installer/wegwijzer.spec
copies the folders, ``__init__.py`` included, under those names).
"""

from __future__ import annotations

from functools import cache
from importlib.resources import files
from pathlib import Path

RESOURCES_PACKAGE = "wegwijzer_resources"
TRANSLATIONS_PACKAGE = "wegwijzer_translations"


@cache
def _package_folder(package: str) -> Path:
    root = files(package)
    # Wegwijzer is never imported from a zip file: the fonts are handed to ReportLab and the
    # catalogs watched for changes by path, so the data must be plain files on disk.
    if not isinstance(root, Path):
        raise RuntimeError(f"{package} is not a folder on disk: {root!r}")
    return root


def resources_root() -> Path:
    """The ``resources/`` folder (rules files, fonts, schemas, the support map)."""
    return _package_folder(RESOURCES_PACKAGE)


def resource_path(*parts: str) -> Path:
    """A path inside ``resources/``."""
    return resources_root().joinpath(*parts)


def translations_root() -> Path:
    """The ``translations/`` folder (Qt .qm files, gettext catalogs of handouts and messages)."""
    return _package_folder(TRANSLATIONS_PACKAGE)


def translations_path(*parts: str) -> Path:
    """A path inside ``translations/``."""
    return translations_root().joinpath(*parts)
