"""Documents' bytes inside the database: kept once per SHA-256, bounded, dropped when unused.

The attachments of a dossier (desktop/dossier/journal/attachments.py) and the sync of their
bytes through the team folder (desktop/sync/blobs.py) share these few facts; they live at the
store's level so that neither feature has to import the other.
"""

from __future__ import annotations

import hashlib

from sqlalchemy import Connection

#: The largest document Wegwijzer keeps (a scanned, signed PIP is well below it).
MAX_SIZE = 10 * 1024 * 1024


def sha256_of(data: bytes) -> str:
    """The hex SHA-256 a document's bytes are kept (and found) by."""
    return hashlib.sha256(data).hexdigest()


def drop_orphans(connection: Connection) -> list[str]:
    """Delete content no attachment refers to any more; returns the SHA-256 values dropped."""
    orphans = [
        str(digest)
        for (digest,) in connection.exec_driver_sql(
            "SELECT sha256 FROM attachment_content "
            "WHERE sha256 NOT IN (SELECT sha256 FROM attachment)"
        )
    ]
    if orphans:
        connection.exec_driver_sql(
            "DELETE FROM attachment_content WHERE sha256 NOT IN (SELECT sha256 FROM attachment)"
        )
    return orphans
