"""Batch printing for a ROL visit: who is coming, and one PDF with all their klantreizen."""

from __future__ import annotations

import io
import threading
from collections.abc import Sequence
from datetime import date, datetime, time, timedelta

import pypdfium2 as pdfium
from sqlalchemy import select

from desktop.documents.archive import to_pdfa
from desktop.domain.appointments import Appointment, AppointmentStatus, TalkKind
from desktop.domain.model import Person
from desktop.store import Store

# PDFium is not thread-safe: the screens render previews while a batch may be merging.
PDFIUM_LOCK = threading.Lock()


def koffie_en_koek_between(store: Store, start: date, end: date) -> list[str]:
    """Ids of the people whose Koffie en Koek is planned from ``start`` to ``end`` (inclusive),
    by planned moment: the people to see at the coming ROL visit."""
    first = datetime.combine(start, time.min)
    last = datetime.combine(end + timedelta(days=1), time.min)
    with store.reading() as session:
        rows = session.execute(
            select(Appointment.person_id, Appointment.starts_at)
            .join(Person, Person.id == Appointment.person_id)
            .where(Appointment.kind == TalkKind.KOFFIE_EN_KOEK)
            .where(Appointment.status == AppointmentStatus.GEPLAND)
            .where(Appointment.starts_at >= first, Appointment.starts_at < last)
            .order_by(Appointment.starts_at)
        ).all()
    seen: dict[str, None] = {}
    for person_id, _ in rows:
        seen.setdefault(person_id, None)
    return list(seen)


def merge_pdfs(documents: Sequence[bytes], *, title: str | None = None) -> bytes:
    """One PDF with all pages of ``documents`` in order, built in memory.

    With a ``title`` the result is PDF/A-2b again (merging keeps pages, not metadata), its
    font subsets named apart.
    """
    with PDFIUM_LOCK:
        merged = pdfium.PdfDocument.new()
        for data in documents:
            merged.import_pages(pdfium.PdfDocument(data))
        buffer = io.BytesIO()
        merged.save(buffer)
    if title is None:
        return buffer.getvalue()
    return to_pdfa(buffer.getvalue(), title=title, language="nl")
