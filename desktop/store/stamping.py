"""Who made and changed a record, stamped in one place: the unlocked user of the store.

Every ORM flush through a store's sessions sets ``created_by`` on new records and
``changed_by`` on new and changed records, so that no save function passes the user by hand
(and none can forget it). A value set explicitly in the same flush is kept: an import or a
demo that writes its own authors says so on purpose. Sync writes rows with SQL, not the ORM,
so a colleague's name on a synced change is never replaced by the local user's.
"""

from __future__ import annotations

from collections.abc import Callable

from sqlalchemy import event, inspect
from sqlalchemy.orm import Session, sessionmaker

from desktop.domain.model import Record


def _explicit(obj: Record, name: str) -> bool:
    return bool(inspect(obj).attrs[name].history.added)


def stamp(session: Session, user: str) -> None:
    """Set the authors of every new and changed record of ``session`` to ``user``."""
    for obj in session.new:
        if isinstance(obj, Record):
            if not obj.created_by:
                obj.created_by = user
            if not obj.changed_by:
                obj.changed_by = user
    for obj in session.dirty:
        if (
            isinstance(obj, Record)
            and session.is_modified(obj)
            and not _explicit(obj, "changed_by")
        ):
            obj.changed_by = user


def attach_stamping(sessions: sessionmaker[Session], user: Callable[[], str]) -> None:
    """Stamp every flush of ``sessions`` with the user ``user()`` returns."""

    def before_flush(session: Session, _context: object, _instances: object) -> None:
        stamp(session, user())

    event.listen(sessions, "before_flush", before_flush)
