"""The contact journal: dated notes of calls, e-mails, visits and signals, per person.

A note is saved through :mod:`desktop.dossier.saving` like every form (validation per field in
Dutch, one transaction, its draft dropped in it, the author stamped by the store). Only the
author of a note may change or delete it: a colleague adds a note of their own instead.
A note marked as holding health information is special-category data: the screens hide it
until shown on purpose, and it never appears on a handout.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import date, datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop.domain.model import PersonId
from desktop.domain.text import search_key
from desktop.dossier.checks import Anchors, parse_form, raw_value
from desktop.dossier.forms import FieldSpec, FormSpec, Kind, Need
from desktop.dossier.journal.models import ContactNote, NoteCategory, NoteSource
from desktop.dossier.operations import Saved, drop_draft
from desktop.dossier.records import editing_id, record_of
from desktop.dossier.validation import Raw
from desktop.messages import N_, Problem
from desktop.store import Store

CONTACT_NOTE = FormSpec(
    "contact_note",
    (
        FieldSpec("on_date", Kind.DATE, need=Need.ALWAYS, past=True),
        FieldSpec("category", Kind.CHOICE, tuple(c.value for c in NoteCategory), need=Need.ALWAYS),
        FieldSpec("source", Kind.CHOICE, tuple(s.value for s in NoteSource), need=Need.ALWAYS),
        FieldSpec("text", Kind.NOTE, need=Need.ALWAYS),
        FieldSpec("health", Kind.BOOL),
    ),
    ContactNote,
    many=True,
)


class NotYourNote(Problem):
    """Someone tried to change or delete a colleague's note."""

    text = N_(
        "Deze notitie is geschreven door {author}. Alleen de schrijver kan haar wijzigen of "
        "verwijderen; voeg zo nodig een eigen notitie toe."
    )


@dataclass(frozen=True)
class NoteRow:
    """One note as the journal lists it."""

    record_id: str
    on_date: date
    category: NoteCategory
    source: NoteSource
    text: str
    health: bool
    author: str
    created_at: datetime

    def values(self) -> dict[str, Raw]:
        """The note as form values."""
        return {f.name: raw_value(f, getattr(self, f.name)) for f in CONTACT_NOTE.fields}

    def matches(self, query: str) -> bool:
        """True when every word of ``query`` occurs in the note (text, kind, source, author),
        ignoring case and accents."""
        words = search_key(query).split()
        haystack = search_key(
            " ".join((self.text, self.category.value, self.source.value, self.author))
        )
        return all(word in haystack for word in words)


def load_notes(session: Session, person_id: PersonId) -> list[NoteRow]:
    """Every note of the person, newest first."""
    query = select(ContactNote).where(ContactNote.person_id == person_id)
    rows = [
        NoteRow(n.id, n.on_date, n.category, n.source, n.text, bool(n.health), n.created_by,
                n.created_at)
        for n in session.scalars(query)
    ]  # fmt: skip
    rows.sort(key=lambda r: (r.on_date, r.created_at), reverse=True)
    return rows


def filter_notes(
    notes: Sequence[NoteRow], query: str, *, show_health: bool
) -> tuple[list[NoteRow], int]:
    """The notes to list for a search, and how many health notes are hidden.

    Hidden health notes are not searched either: a match would tell what they say.
    """
    shown = [n for n in notes if show_health or not n.health]
    hidden = len(notes) - len(shown)
    if query.strip():
        shown = [n for n in shown if n.matches(query)]
    return shown, hidden


def _own(store: Store, note: ContactNote) -> None:
    if note.created_by and note.created_by != store.user:
        raise NotYourNote(author=note.created_by)


def save_note(
    store: Store, person_id: PersonId, values: Mapping[str, Raw], *, today: date
) -> Saved:
    """Add a note, or change the one named by ``values["record_id"]`` (the author's own)."""
    record_id = editing_id(values)
    parsed = parse_form(CONTACT_NOTE, values, today=today, anchors=Anchors(), complete=True)
    if parsed["health"]:  # a teamleider may not write what they may not read
        from desktop.access.roles import Permission, require

        require(store, Permission.HEALTH)
    with store.transaction() as session:
        if record_id:
            note = record_of(session, ContactNote, person_id, record_id)
            _own(store, note)
        else:
            note = ContactNote(person_id=person_id)
            session.add(note)
        note.on_date = parsed["on_date"]
        note.category = NoteCategory(parsed["category"])
        note.source = NoteSource(parsed["source"])
        note.text = parsed["text"]
        note.health = bool(parsed["health"])
        drop_draft(session, person_id, CONTACT_NOTE.key)
        session.flush()
        return Saved(CONTACT_NOTE.key, note.id, False)


def remove_note(store: Store, person_id: PersonId, record_id: str) -> None:
    """Delete one of the author's own notes."""
    with store.transaction() as session:
        note = record_of(session, ContactNote, person_id, record_id)
        _own(store, note)
        session.delete(note)
