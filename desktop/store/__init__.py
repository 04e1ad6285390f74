"""The encrypted dossier database (SQLCipher 4 via sqlcipher3 and SQLAlchemy 2).

The names below are imported when first used (PEP 562): a submodule such as
``desktop.store.keys`` can then be imported without SQLAlchemy and the models, so that a
command starts Argon2 while the rest is still being imported (``wegwijzer deadlines``).
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from desktop.store.database import Store, check_passphrase
    from desktop.store.errors import StoreError
    from desktop.store.paths import default_data_dir
    from desktop.store.unlocking import StoreLocation

__all__ = ["Store", "StoreError", "StoreLocation", "check_passphrase", "default_data_dir"]

_WHERE = {
    "Store": "desktop.store.database",
    "StoreLocation": "desktop.store.unlocking",
    "check_passphrase": "desktop.store.database",
    "StoreError": "desktop.store.errors",
    "default_data_dir": "desktop.store.paths",
}


def __getattr__(name: str) -> Any:
    module = _WHERE.get(name)
    if module is None:  # submodules (``from desktop.store import settings``) import as ever
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(importlib.import_module(module), name)
    globals()[name] = value
    return value
