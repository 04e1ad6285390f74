"""Health data in a dossier, and who may read it.

The health domains of the Brede Intake (physical and mental health) and the contact journal's
notes marked as health are special-category data. Consultants and admins see them when they
ask on purpose (the screens hide them until then); a teamleider never does: the core leaves
them out of what it returns (:func:`withhold_health`) and refuses, audited, the read that would
return them (:func:`health_details`) and the save that would overwrite them.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING

from desktop.access.roles import Permission, may, require
from desktop.domain.enums import LifeDomain
from desktop.domain.model import PersonId
from desktop.dossier.checks import raw_value
from desktop.dossier.intake import domain_fields, intake_values
from desktop.dossier.journal.notes import NoteRow, load_notes
from desktop.dossier.validation import Raw

if TYPE_CHECKING:
    from desktop.dossier.view import Dossier, FormState
    from desktop.store import Store

HEALTH_DOMAINS = tuple(d for d in LifeDomain if d.is_sensitive)
#: The intake's form fields that hold health data.
HEALTH_FIELDS = tuple(f for d in HEALTH_DOMAINS for f in domain_fields(d))


@dataclass(frozen=True)
class HealthDetails:
    """A person's health data: the intake's health fields and the health notes."""

    intake: dict[str, Raw]
    notes: list[NoteRow]


def may_see_health(store: Store) -> bool:
    """True when the unlocked user's role may see health data (not a teamleider)."""
    return may(store, Permission.HEALTH)


def require_health(store: Store) -> None:
    """Refuse (NotAllowed, audited) unless the unlocked user may see health data."""
    require(store, Permission.HEALTH)


def _blank(values: Mapping[str, Raw]) -> dict[str, Raw]:
    blanked = dict(values)
    for field in HEALTH_FIELDS:
        if field.name in blanked:
            blanked[field.name] = raw_value(field, None)
    return blanked


def _without_health(state: FormState) -> FormState:
    draft = _blank(state.draft) if state.draft is not None else None
    return replace(state, values=_blank(state.values), draft=draft)


def withhold_health(dossier: Dossier) -> Dossier:
    """The dossier without health data: the intake's health fields blank (draft too), no
    health notes; ``health_withheld`` tells the screens to say so."""
    forms = dict(dossier.forms)
    if "brede_intake" in forms:
        forms["brede_intake"] = _without_health(forms["brede_intake"])
    notes = [n for n in dossier.notes if not n.health]
    return replace(dossier, forms=forms, notes=notes, health_withheld=True)


def health_details(store: Store, person_id: PersonId) -> HealthDetails:
    """The person's health data; refused (and audited) for a role that may not see it."""
    require_health(store)
    with store.reading() as session:
        _record, values = intake_values(session, person_id)
        notes = [n for n in load_notes(session, person_id) if n.health]
    names = {f.name for f in HEALTH_FIELDS}
    return HealthDetails({k: v for k, v in values.items() if k in names}, notes)
