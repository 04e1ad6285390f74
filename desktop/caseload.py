"""The caseload: every inburgeraar with their current klantreis step and next deadline.

``load_caseload`` does the slow part once (the rules engine over everyone); ``filter_caseload``
is pure and fast so that the search field can filter on every key press.
"""

from __future__ import annotations

from collections.abc import Callable, Collection, Sequence
from dataclasses import dataclass
from datetime import date

from sqlalchemy import select

from desktop.domain.enums import Category, Route
from desktop.domain.model import Consultant, Person, PersonId, Trajectory
from desktop.domain.names import name_matcher
from desktop.domain.text import display_name, search_key
from desktop.dossier.validation import parse_date
from desktop.journey.cache import Progress, journeys, keep
from desktop.journey.engine import StepKey, StepStatus
from desktop.journey.rules import Rules
from desktop.store import Store


@dataclass(frozen=True)
class CaseloadRow:
    """One line of the caseload."""

    person_id: PersonId
    display_name: str
    name_original: str
    birth_date: date | None
    bsn: str | None
    v_nummer: str | None
    category: Category
    consultant_id: str | None
    consultant_name: str
    route: Route | None
    current_step: StepKey | str | None  # a str: a step the team's rules file adds
    next_step: StepKey | str | None
    next_due: date | None
    next_status: StepStatus | None
    overdue: bool
    ended: bool
    search_key: str
    #: The names a step of the team's rules file has there (empty for built-in steps).
    current_step_label: str = ""
    next_step_label: str = ""
    #: How many rules the dossier breaks (their texts are made when the dossier opens).
    violations: int = 0


@dataclass(frozen=True)
class CaseloadFilter:
    """What the consultant asked to see. Empty fields do not filter."""

    text: str = ""
    consultant_id: str | None = None
    category: Category | None = None
    route: Route | None = None
    step: StepKey | None = None
    overdue_only: bool = False
    include_ended: bool = False


def load_caseload(
    store: Store,
    *,
    today: date,
    rules: Rules | None = None,
    person_ids: Collection[str] | None = None,
    progress: Progress | None = None,
) -> list[CaseloadRow]:
    """Every inburgeraar (a person with a trajectory), evaluated against the rules on ``today``.

    The journeys come from the journey cache (:mod:`desktop.journey.cache`): only people a
    write touched, or whose row no longer holds on ``today``, are evaluated; everyone when the
    rules changed (``progress`` then reports). ``person_ids`` limits the rows to those people
    (a refresh of one row after a save).
    """
    with store.reading() as session:
        found = journeys(session, today=today, rules=rules, person_ids=person_ids,
                         progress=progress)  # fmt: skip
        query = (
            select(
                Person.id,
                Person.family_name,
                Person.given_names,
                Person.name_original,
                Person.birth_date,
                Person.bsn,
                Person.v_nummer,
                Person.search_key,
                Person.category,
                Trajectory.consultant_id,
                Consultant.name,
            )
            .join(Trajectory, Trajectory.person_id == Person.id)
            .outerjoin(Consultant, Consultant.id == Trajectory.consultant_id)
        )
        if person_ids is not None:
            query = query.where(Person.id.in_(list(person_ids)))
        rows = []
        for record in session.execute(query):
            state = found.get(record.id)
            if state is None:
                continue
            rows.append(
                CaseloadRow(
                    person_id=PersonId(record.id),
                    display_name=display_name(record.family_name, record.given_names),
                    name_original=record.name_original,
                    birth_date=record.birth_date,
                    bsn=record.bsn,
                    v_nummer=record.v_nummer,
                    category=record.category,
                    consultant_id=record.consultant_id,
                    consultant_name=record.name or "",
                    route=state.route,
                    current_step=state.next_step or state.current_step,  # the focus step
                    next_step=state.next_step,
                    next_due=state.next_due,
                    next_status=state.next_status,
                    overdue=state.overdue,
                    ended=state.ended,
                    search_key=record.search_key,
                    current_step_label=(
                        state.next_step_label if state.next_step else state.current_step_label
                    ),
                    next_step_label=state.next_step_label,
                    violations=len(state.violation_codes),
                )
            )
        keep(session)
    rows.sort(key=sort_key)
    return rows


def sort_key(row: CaseloadRow) -> tuple[date, str]:
    """The caseload's order: soonest deadline first, then by name."""
    return (row.next_due or date.max, row.display_name)


def _birth_date(text: str) -> date | None:
    """The birth date a search text is, if it is one ("15-1-90", "15-01-1990")."""
    if text.count("-") + text.count("/") + text.count(".") < 2:
        return None
    try:
        return parse_date(text, past=True)
    except ValueError:
        return None


def _matches_text(
    row: CaseloadRow,
    needle: str,
    digits: str,
    born: date | None = None,
    alike: Callable[[str], bool] | None = None,
) -> bool:
    if born is not None:
        return row.birth_date == born
    if needle in row.search_key or (alike is not None and alike(row.search_key)):
        return True
    if digits:
        if row.bsn and digits in row.bsn:
            return True
        if row.v_nummer and digits in row.v_nummer:
            return True
    return False


def filter_caseload(rows: Sequence[CaseloadRow], flt: CaseloadFilter) -> list[CaseloadRow]:
    """The rows that match every part of the filter, in their original order.

    Text matches names (Latin or original script, ignoring case, accents and Arabic vowel
    marks; Latin names also by sound and near spelling, :mod:`desktop.domain.names`),
    digits of the BSN or V-nummer, or a birth date (15-01-1990).
    """
    needle = search_key(flt.text)
    compact = "".join(ch for ch in flt.text if ch not in " .-")
    digits = compact if compact.isascii() and compact.isdigit() and len(compact) >= 3 else ""
    born = _birth_date(flt.text.strip())
    alike = name_matcher(needle) if needle and not digits else None
    result = []
    for row in rows:
        if row.ended and not flt.include_ended:
            continue
        if flt.overdue_only and not row.overdue:
            continue
        if flt.consultant_id is not None and row.consultant_id != flt.consultant_id:
            continue
        if flt.category is not None and row.category != flt.category:
            continue
        if flt.route is not None and row.route != flt.route:
            continue
        if flt.step is not None and row.current_step != flt.step:
            continue
        if needle and not _matches_text(row, needle, digits, born, alike):
            continue
        result.append(row)
    return result


def consultants(store: Store) -> list[tuple[str, str]]:
    """The team's active consultants as (id, name), by name."""
    with store.reading() as session:
        query = select(Consultant.id, Consultant.name).where(Consultant.active.is_(True))
        return [(row.id, row.name) for row in session.execute(query.order_by(Consultant.name))]
