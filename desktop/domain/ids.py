"""Record ids and moments, without the models: light enough for a command's quick path."""

from __future__ import annotations

import uuid
from datetime import UTC, datetime


def new_id() -> str:
    """A fresh random UUID as text."""
    return str(uuid.uuid4())


def utcnow() -> datetime:
    """The current moment in UTC, without microseconds noise in exports."""
    return datetime.now(UTC).replace(microsecond=0)
