"""Writing derived rows at the end of a reading session, only on the snapshot it read.

The journey cache (desktop/journey/cache.py) and the kept report rows (desktop/reports/kept.py)
are made from what a reading session saw and written back in the same transaction: when
another window, program or laptop's sync wrote since the read began, SQLite refuses the write
(the snapshot is old) and the rows are made again next time. It never waits for another writer.
"""

from __future__ import annotations

from collections.abc import Callable

from sqlalchemy import exc
from sqlalchemy.orm import Session


def write_on_snapshot(session: Session, write: Callable[[], None]) -> bool:
    """Run ``write`` in ``session``'s read transaction and commit it; False (rolled back) when
    the database changed since the read began or another writer holds the lock."""
    from desktop.store.database import Store  # late: the store attaches the derived tables

    connection = session.connection()
    connection.exec_driver_sql("PRAGMA busy_timeout = 0")
    try:
        write()
    except exc.OperationalError:  # another writer since this read began: next time
        written = False
    else:
        written = True
    finally:
        connection.exec_driver_sql(f"PRAGMA busy_timeout = {int(Store.BUSY_TIMEOUT_S * 1000)}")
    if not written:
        session.rollback()
        return False
    session.commit()
    return True
