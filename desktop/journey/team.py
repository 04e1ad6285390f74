"""The team's rules: the newest imported version in the database, else the shipped default.

An admin imports a new version after seeing what it changes (:func:`preview_rules`): which
people get another due date for which step. The import is a synced record, so every laptop
computes the same deadlines, and the store's audit capture records who imported it.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop.domain.model import Person
from desktop.domain.text import display_name
from desktop.journey.engine import OPEN_STATUSES, evaluate
from desktop.journey.facts import load_facts
from desktop.journey.models import RulesVersion
from desktop.journey.rules import Rules, RulesError, load_rules, parse_rules
from desktop.store import Store

log = logging.getLogger(__name__)


def _newest(session: Session) -> RulesVersion | None:
    query = select(RulesVersion).order_by(
        RulesVersion.version.desc(), RulesVersion.created_at.desc(), RulesVersion.id.desc()
    )
    return session.scalars(query.limit(1)).first()


def team_rules_version(session: Session) -> int:
    """The number of the team's rules version in force (0: the shipped default)."""
    newest = _newest(session)
    return newest.version if newest is not None else 0


def team_rules(where: Store | Session) -> Rules:
    """The rules the team uses: its newest imported version, else the shipped default."""
    if isinstance(where, Store):
        with where.reading() as session:
            return team_rules(session)
    newest = _newest(where)
    if newest is None:
        return load_rules()
    try:
        return parse_rules(newest.text, f"teamregels versie {newest.version}")
    except RulesError:
        # Checked at import; a version synced from a newer Wegwijzer may not parse here.
        log.warning("team rules version %s does not parse; using the shipped rules", newest.version)
        return load_rules()


@dataclass(frozen=True)
class DeadlineChange:
    """One step of one person whose due date the new rules change."""

    person_id: str
    name: str
    step: str
    old_due: date | None
    new_due: date | None


@dataclass(frozen=True)
class RulesPreview:
    """What importing a rules file would change."""

    rules: Rules
    version: int  # the number the import would get
    changes: tuple[DeadlineChange, ...]

    @property
    def people(self) -> int:
        """How many people get at least one new due date."""
        return len({change.person_id for change in self.changes})


def preview_rules(store: Store, text: str, *, today: date, name: str = "") -> RulesPreview:
    """Check ``text`` (RulesError with line numbers) and list the due dates it would change."""
    new = parse_rules(text, name or "het nieuwe regelbestand")
    with store.reading() as session:
        old = team_rules(session)
        version = team_rules_version(session) + 1
        facts = load_facts(session)
        names = {
            pid: display_name(family, given)
            for pid, family, given in session.execute(
                select(Person.id, Person.family_name, Person.given_names)
            )
        }
    changes = []
    for person_id, person_facts in facts.items():
        # Only steps still to do (under the old or the new rules): a done step keeps its date.
        before = {str(s.step): s for s in evaluate(person_facts, old, today).steps}
        for state in evaluate(person_facts, new, today).steps:
            key = str(state.step)
            earlier = before.get(key)
            open_ = state.status in OPEN_STATUSES or (
                earlier is not None and earlier.status in OPEN_STATUSES
            )
            old_due = earlier.due if earlier is not None else None
            if open_ and old_due != state.due:
                changes.append(DeadlineChange(
                    person_id, names.get(person_id, ""), key, old_due, state.due
                ))  # fmt: skip
    changes.sort(key=lambda c: (c.name, c.person_id, c.step))
    return RulesPreview(new, version, tuple(changes))


def import_rules(store: Store, text: str, *, note: str = "") -> int:
    """Make ``text`` the team's rules (checked first); returns the new version number."""
    rules = parse_rules(text, "het nieuwe regelbestand")
    with store.transaction() as session:
        version = team_rules_version(session) + 1
        session.add(
            RulesVersion(version=version, municipality=rules.municipality, text=text, note=note)
        )
    return version
