"""The one way a screen saves a form: look the form up by its key and hand it the values.

Each kind of form registers its save function here (and, for lists, its remove function), so
that the screens never choose between save functions and every form gets the same treatment:
validation with messages per field, one transaction, its draft dropped in that transaction,
and the author stamped by the store (:mod:`desktop.store.stamping`).
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass
from datetime import date

from desktop.domain.model import PersonId
from desktop.dossier.forms import FORMS
from desktop.dossier.held_talks import mark_talks_held
from desktop.dossier.household import add_household_member, save_member
from desktop.dossier.housing import remove_residence, save_residence
from desktop.dossier.income import remove_income, save_income
from desktop.dossier.intake import save_brede_intake
from desktop.dossier.journal.notes import remove_note, save_note
from desktop.dossier.operations import Saved, save_end, save_form, save_person
from desktop.dossier.participation import remove_activity, save_activity
from desktop.dossier.pip import save_pip
from desktop.dossier.registration import register_koppeling
from desktop.dossier.termijn import (
    remove_besluit,
    remove_exam,
    remove_step_record,
    save_besluit,
    save_exam,
    save_step_record,
)
from desktop.dossier.validation import Raw
from desktop.journey.rules import Rules
from desktop.journey.team import team_rules
from desktop.store import Store


@dataclass(frozen=True)
class SaveRequest:
    """What a save needs besides the values: the day, the rules and what the user asked."""

    today: date
    rules: Rules
    complete: bool = False  # also complete the step (Ctrl+Enter)
    record_id: str | None = None  # the record of a list to change; None adds one


#: A form's save function: (store, person id, values, request) -> what was saved.
Saver = Callable[[Store, PersonId, Mapping[str, Raw], SaveRequest], Saved]
#: A list form's remove function: (store, person id, record id).
Remover = Callable[[Store, PersonId, str], None]

SAVERS: dict[str, Saver] = {}
REMOVERS: dict[str, Remover] = {}


def register(form: str, saver: Saver, remover: Remover | None = None) -> None:
    """Make ``form`` savable (and removable) through :func:`save` and :func:`remove`."""
    if form in SAVERS:
        raise ValueError(f"form {form!r} is registered twice")
    SAVERS[form] = saver
    if remover is not None:
        REMOVERS[form] = remover


def save(
    store: Store,
    person_id: PersonId,
    form: str,
    values: Mapping[str, Raw],
    *,
    today: date,
    rules: Rules | None = None,
    complete: bool = False,
    record_id: str | None = None,
) -> Saved:
    """Validate and save one form of a person's dossier (``ValidationFailed`` when not right)."""
    try:
        saver = SAVERS[form]
    except KeyError:
        raise KeyError(f"no save function for form {form!r}") from None
    request = SaveRequest(today, rules or team_rules(store), complete, record_id)
    saved = saver(store, person_id, values, request)
    mark_talks_held(store, person_id, form, values)  # the Agenda shows the talk as held
    return saved


def remove(store: Store, person_id: PersonId, form: str, record_id: str) -> None:
    """Remove one record of a list form (a residence, a participation activity)."""
    REMOVERS[form](store, person_id, record_id)


def removable(form: str) -> bool:
    """True when records of ``form`` can be removed one by one."""
    return form in REMOVERS


def _simple_form(key: str) -> Saver:
    def saver(
        store: Store, person_id: PersonId, values: Mapping[str, Raw], r: SaveRequest
    ) -> Saved:
        return save_form(store, person_id, key, values, today=r.today, complete=r.complete,
                         record_id=r.record_id, rules=r.rules)  # fmt: skip

    return saver


def _member_edit(store: Store, person_id: str, values: Mapping[str, Raw], r: SaveRequest) -> Saved:
    if r.record_id is None:
        raise ValueError("editing a household member needs the member's id (record_id)")
    return save_member(store, person_id, r.record_id, values, today=r.today)


def _register_builtin() -> None:
    special = {"person", "einde", "brede_intake", "pip"}
    for key in FORMS.keys() - special:
        register(key, _simple_form(key))
    register("person", lambda s, p, v, r: save_person(s, p, v, today=r.today))
    register("einde", lambda s, p, v, r: save_end(s, p, v, today=r.today))
    register(
        "brede_intake",
        lambda s, p, v, r: save_brede_intake(s, p, v, today=r.today, complete=r.complete),
    )
    register(
        "pip",
        lambda s, p, v, r: save_pip(s, p, v, today=r.today, rules=r.rules, complete=r.complete),
    )
    register(
        "residence", lambda s, p, v, r: save_residence(s, p, v, today=r.today), remove_residence
    )
    register("activity", lambda s, p, v, r: save_activity(s, p, v, today=r.today), remove_activity)
    register("termijn_besluit", lambda s, p, v, r: save_besluit(s, p, v, today=r.today),
             remove_besluit)  # fmt: skip
    register("exam_result", lambda s, p, v, r: save_exam(s, p, v, today=r.today), remove_exam)
    register(
        "step_record",
        lambda s, p, v, r: save_step_record(s, p, v, today=r.today, rules=r.rules),
        remove_step_record,
    )
    register("income", lambda s, p, v, r: save_income(s, p, v, today=r.today), remove_income)
    register("member", lambda s, p, v, r: add_household_member(s, p, v, today=r.today))
    register("member_edit", _member_edit)
    # A registration makes the person: it is saved with an empty person id.
    register("koppeling", lambda s, _p, v, r: register_koppeling(s, v, today=r.today))
    register("contact_note", lambda s, p, v, r: save_note(s, p, v, today=r.today), remove_note)


_register_builtin()
