"""The klantreis notes and rule warnings in the screen language.

The engine writes each note and warning in Dutch (for the CLI and handouts) and also as a key
with named values (``StepState.note_key``/``note_args``, ``Violation.code``/``args``). Here
each key has an English template with named placeholders, translated like any screen text;
dates use the screens' date format and terms their own unit words. A key without a template
keeps the engine's Dutch text.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QCoreApplication

from desktop.journey.engine import NoteArgs, StepState, Violation
from desktop.journey.rules import Term, Unit
from ui.caseload_model import format_date
from ui.labels import QT_TRANSLATE_NOOP

_CONTEXT = "JourneyNotes"

#: Per note key (StepState.note_key).
NOTE_TEMPLATES: dict[str, str] = {
    "koppeling.not_applicable": QT_TRANSLATE_NOOP(
        "JourneyNotes", "not linked by the COA ({category})"
    ),
    "koppeling.date_unknown": QT_TRANSLATE_NOOP("JourneyNotes", "linking date not yet known"),
    "koffie_en_koek.not_applicable": QT_TRANSLATE_NOOP(
        "JourneyNotes", "only when linked via the ROL"
    ),
    "koffie_en_koek.planned": QT_TRANSLATE_NOOP(
        "JourneyNotes", "planned on {date}; {term} after linking"
    ),
    "brede_intake.completed": QT_TRANSLATE_NOOP("JourneyNotes", "completed on {date}"),
    "brede_intake.started": QT_TRANSLATE_NOOP(
        "JourneyNotes", "started; completed when the PIP is signed"
    ),
    "leerbaarheidstoets.outcome": QT_TRANSLATE_NOOP("JourneyNotes", "outcome: {outcome}"),
    "starterz.not_applicable": QT_TRANSLATE_NOOP("JourneyNotes", "no StarterZ class"),
    "starterz.term": QT_TRANSLATE_NOOP("JourneyNotes", "advice within {term} after the start"),
    "starterz.advice": QT_TRANSLATE_NOOP("JourneyNotes", "advice: {route}"),
    "route_start.no_route": QT_TRANSLATE_NOOP("JourneyNotes", "route not yet chosen"),
    "route_start.route.voorinburgering": QT_TRANSLATE_NOOP(
        "JourneyNotes", "{route}; preferably when pre-integration ends ({date})"
    ),
    "route_start.no_route.voorinburgering": QT_TRANSLATE_NOOP(
        "JourneyNotes", "route not yet chosen; preferably when pre-integration ends ({date})"
    ),
    "voortgang.waiting": QT_TRANSLATE_NOOP("JourneyNotes", "every {term} after the PIP decision"),
    "voortgang.interval": QT_TRANSLATE_NOOP("JourneyNotes", "every {term}"),
    "voortgang.last_talk": QT_TRANSLATE_NOOP("JourneyNotes", "every {term}; last talk {date}"),
    "map.not_applicable": QT_TRANSLATE_NOOP("JourneyNotes", "not for the {route}"),
    "ontzorgen.none": QT_TRANSLATE_NOOP("JourneyNotes", "no ontzorgen"),
    "ontzorgen.term": QT_TRANSLATE_NOOP("JourneyNotes", "{term} from {date}"),
    "ontzorgen.extended": QT_TRANSLATE_NOOP("JourneyNotes", "extended: {reason}"),
    "inburgeringstermijn.term": QT_TRANSLATE_NOOP("JourneyNotes", "{term} after the decision"),
    "inburgeringstermijn.waiting": QT_TRANSLATE_NOOP(
        "JourneyNotes", "{term}, starts at the PIP decision"
    ),
    "einde.planned_on": QT_TRANSLATE_NOOP("JourneyNotes", "planned: {end} on {date}"),
    "einde.planned": QT_TRANSLATE_NOOP("JourneyNotes", "planned: {end}"),
    "ended": QT_TRANSLATE_NOOP("JourneyNotes", "lapsed: trajectory ended ({end})"),
    "pip.to_sign": QT_TRANSLATE_NOOP(
        "JourneyNotes", "sign at the closing talk; the term is about the decision"
    ),
    "pip.drafted": QT_TRANSLATE_NOOP("JourneyNotes", "draft of {date}"),
    "pip.signed": QT_TRANSLATE_NOOP("JourneyNotes", "signed on {date}"),
    "pip.beschikking": QT_TRANSLATE_NOOP("JourneyNotes", "decision of {date}"),
    "pvt.started": QT_TRANSLATE_NOOP("JourneyNotes", "started on {date}; {term}"),
    "ontheffing": QT_TRANSLATE_NOOP("JourneyNotes", "exemption granted on {date}"),
    "ontzorgen.waiting": QT_TRANSLATE_NOOP("JourneyNotes", "{term} of ontzorgen, from housing"),
    "ontzorgen.to_arrange": QT_TRANSLATE_NOOP(
        "JourneyNotes", "to arrange: {term} of ontzorgen from {date}"
    ),
    "inburgeringstermijn.open_ended": QT_TRANSLATE_NOOP(
        "JourneyNotes", "no fixed end date for the {route}"
    ),
    "inburgeringstermijn.extended": QT_TRANSLATE_NOOP("JourneyNotes", "extended until {date}"),
    "inburgeringstermijn.requested": QT_TRANSLATE_NOOP(
        "JourneyNotes", "{term} after the decision; extension requested on {date}"
    ),
    "vwn_begeleiding.none": QT_TRANSLATE_NOOP("JourneyNotes", "no guidance by VWN"),
    "vwn_begeleiding.waiting": QT_TRANSLATE_NOOP(
        "JourneyNotes", "{term} of guidance, then {spreekuur} of consultation hours"
    ),
    "vwn_begeleiding.period": QT_TRANSLATE_NOOP(
        "JourneyNotes", "guidance from {start} until {date}, then consultation hours until {until}"
    ),
    "extra.not_applicable": QT_TRANSLATE_NOOP("JourneyNotes", "not applicable"),
    "vwn_begeleiding.until": QT_TRANSLATE_NOOP(
        "JourneyNotes", "guidance from {start} until {date}"
    ),
    "koffie_en_koek.after": QT_TRANSLATE_NOOP("JourneyNotes", "{term} after {anchor}"),
    "koffie_en_koek.waiting": QT_TRANSLATE_NOOP("JourneyNotes", "term ({term}) starts at {anchor}"),
    "brede_intake.after": QT_TRANSLATE_NOOP("JourneyNotes", "{term} after {anchor}"),
    "brede_intake.waiting": QT_TRANSLATE_NOOP("JourneyNotes", "term ({term}) starts at {anchor}"),
    "leerbaarheidstoets.after": QT_TRANSLATE_NOOP("JourneyNotes", "{term} after {anchor}"),
    "leerbaarheidstoets.waiting": QT_TRANSLATE_NOOP(
        "JourneyNotes", "term ({term}) starts at {anchor}"
    ),
    "pip.after": QT_TRANSLATE_NOOP("JourneyNotes", "{term} after {anchor}"),
    "pip.waiting": QT_TRANSLATE_NOOP("JourneyNotes", "term ({term}) starts at {anchor}"),
    "pvt.after": QT_TRANSLATE_NOOP("JourneyNotes", "{term} after {anchor}"),
    "pvt.waiting": QT_TRANSLATE_NOOP("JourneyNotes", "term ({term}) starts at {anchor}"),
    "map.after": QT_TRANSLATE_NOOP("JourneyNotes", "{term} after {anchor}"),
    "map.waiting": QT_TRANSLATE_NOOP("JourneyNotes", "term ({term}) starts at {anchor}"),
    "extra.after": QT_TRANSLATE_NOOP("JourneyNotes", "{term} after {anchor}"),
    "extra.waiting": QT_TRANSLATE_NOOP("JourneyNotes", "term ({term}) starts at {anchor}"),
}

#: Notes that are a single value: the note is that value's label.
_VALUE_NOTES = {"route_start.route": "route", "einde.ended": "end"}

#: Per violation code (Violation.code).
VIOLATION_TEMPLATES: dict[str, str] = {
    "route_deviates_without_reason": QT_TRANSLATE_NOOP(
        "JourneyNotes",
        "The {route} in PIP version {version} deviates from the outcome of the learnability "
        "test ({outcome}) without a written reason (ECLI:NL:RVS:2024:5413).",
    ),
    "pip_without_leerbaarheidstoets": QT_TRANSLATE_NOOP(
        "JourneyNotes",
        "The PIP was signed without a learnability test; the test belongs to the Broad Intake.",
    ),
    "second_route_change_first_year": QT_TRANSLATE_NOOP(
        "JourneyNotes",
        "The learning route was changed {count} times in the first {term} after the decision; "
        "at most {maximum} times is allowed.",
    ),
    "too_few_progress_talks_first_year": QT_TRANSLATE_NOOP(
        "JourneyNotes",
        "In the first {term} after the decision {count} formal progress talks were held; "
        "at least {minimum}.",
    ),
    "z_route_hours_short": QT_TRANSLATE_NOOP(
        "JourneyNotes",
        "Note: the planned participation activities add up to about {hours} of the {target} "
        "hours in the integration term.",
    ),
}

#: Value labels per argument name; the Dutch translations are the engine's labels.
VALUE_LABELS: dict[str, dict[str, str]] = {
    "route": {
        "b1": QT_TRANSLATE_NOOP("JourneyNotes", "B1 route"),
        "onderwijs": QT_TRANSLATE_NOOP("JourneyNotes", "Education route"),
        "z": QT_TRANSLATE_NOOP("JourneyNotes", "Z route"),
    },
    "outcome": {
        "b1": QT_TRANSLATE_NOOP("JourneyNotes", "B1"),
        "z": QT_TRANSLATE_NOOP("JourneyNotes", "Z"),
        "twijfel": QT_TRANSLATE_NOOP("JourneyNotes", "doubt"),
    },
    "end": {
        "voldaan": QT_TRANSLATE_NOOP("JourneyNotes", "completed"),
        "ontheven": QT_TRANSLATE_NOOP("JourneyNotes", "exempted"),
        "verhuisd": QT_TRANSLATE_NOOP("JourneyNotes", "moved"),
        "gestopt": QT_TRANSLATE_NOOP("JourneyNotes", "stopped"),
    },
    "category": {
        "asielstatushouder": QT_TRANSLATE_NOOP("JourneyNotes", "refugee with permit"),
        "nareiziger": QT_TRANSLATE_NOOP("JourneyNotes", "reunited family member"),
        "gezinsmigrant": QT_TRANSLATE_NOOP("JourneyNotes", "family migrant"),
        "hervestiger": QT_TRANSLATE_NOOP("JourneyNotes", "resettled refugee"),
        "overig": QT_TRANSLATE_NOOP("JourneyNotes", "other"),
    },
}

VALUE_LABELS["anchor"] = {
    "koppeling": QT_TRANSLATE_NOOP("JourneyNotes", "linking"),
    "melding": QT_TRANSLATE_NOOP("JourneyNotes", "the report to the municipality"),
    "huisvesting": QT_TRANSLATE_NOOP("JourneyNotes", "housing"),
    "koffie_en_koek": QT_TRANSLATE_NOOP("JourneyNotes", "Koffie en Koek"),
    "brede_intake": QT_TRANSLATE_NOOP("JourneyNotes", "the first Broad Intake talk"),
    "beschikking": QT_TRANSLATE_NOOP("JourneyNotes", "the decision"),
    "starterz": QT_TRANSLATE_NOOP("JourneyNotes", "the start"),
    "vwn_start": QT_TRANSLATE_NOOP("JourneyNotes", "the start of the guidance"),
}

#: Per unit: (one, more than one).
UNIT_TEMPLATES: dict[Unit, tuple[str, str]] = {
    Unit.DAYS: (
        QT_TRANSLATE_NOOP("JourneyNotes", "{n} day"),
        QT_TRANSLATE_NOOP("JourneyNotes", "{n} days"),
    ),
    Unit.WEEKS: (
        QT_TRANSLATE_NOOP("JourneyNotes", "{n} week"),
        QT_TRANSLATE_NOOP("JourneyNotes", "{n} weeks"),
    ),
    Unit.MONTHS: (
        QT_TRANSLATE_NOOP("JourneyNotes", "{n} month"),
        QT_TRANSLATE_NOOP("JourneyNotes", "{n} months"),
    ),
    Unit.YEARS: (
        QT_TRANSLATE_NOOP("JourneyNotes", "{n} year"),
        QT_TRANSLATE_NOOP("JourneyNotes", "{n} years"),
    ),
}


def _tr(source: str) -> str:
    return QCoreApplication.translate(_CONTEXT, source)


def term_text(term: Term) -> str:
    """A term in the screen language, e.g. "3 weeks" or "3 weken"."""
    one, more = UNIT_TEMPLATES[term.unit]
    return _tr(one if term.amount == 1 else more).format(n=term.amount)


def _value_text(name: str, value: object) -> str:
    if value is None:
        return ""
    if isinstance(value, Term):
        return term_text(value)
    if isinstance(value, date):
        return format_date(value)
    labels = VALUE_LABELS.get(name)
    if labels is not None:
        source = labels.get(str(value))
        return _tr(source) if source else str(value)
    return str(value)


def render(templates: dict[str, str], key: str, args: NoteArgs, fallback: str) -> str:
    """The text for ``key`` with ``args`` in the screen language, else ``fallback``."""
    values = {name: _value_text(name, value) for name, value in args}
    if key in _VALUE_NOTES and _VALUE_NOTES[key] in values:
        return values[_VALUE_NOTES[key]]
    source = templates.get(key)
    if source is None:
        return fallback
    try:
        return _tr(source).format(**values)
    except (KeyError, IndexError, ValueError):
        return fallback  # a translation with a wrong placeholder: better Dutch than a crash


def note_text(key: str, args: NoteArgs, fallback: str) -> str:
    """A step note (``note_key``/``note_args``) in the screen language; ``fallback`` is Dutch.

    A term that is the team's own working agreement says so (never a legal deadline).
    """
    if not key:
        return fallback
    if ("kind", "werkafspraak") in args:
        base = fallback.removesuffix(" (werkafspraak)")
        text = render(NOTE_TEMPLATES, key, args, base)
        return text + " " + _tr(QT_TRANSLATE_NOOP("JourneyNotes", "(working agreement)"))
    return render(NOTE_TEMPLATES, key, args, fallback)


def step_note(state: StepState) -> str:
    """The note of a step in the screen language."""
    return note_text(state.note_key, state.note_args, state.note)


def violation_text(violation: Violation) -> str:
    """A rule warning in the screen language."""
    return render(VIOLATION_TEMPLATES, violation.code, violation.args, violation.message)
