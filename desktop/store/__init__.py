"""The encrypted dossier database (SQLCipher 4 via sqlcipher3 and SQLAlchemy 2)."""

from desktop.store.database import Store, StoreLocation, check_passphrase
from desktop.store.errors import StoreError
from desktop.store.paths import default_data_dir

__all__ = ["Store", "StoreError", "StoreLocation", "check_passphrase", "default_data_dir"]
