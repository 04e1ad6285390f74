"""What each dossier form holds: its fields, which are required, and the date rules.

The screens build their widgets from these specs and :mod:`desktop.dossier.operations` saves
them, so that a field is described once. Field names are the model's column names.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import StrEnum
from typing import Any

from desktop.domain import model
from desktop.domain.enums import (
    Category,
    EndKind,
    EnforcementKind,
    IntakeVariant,
    InterpreterMode,
    LegalGround,
    LifeDomain,
    LinkedVia,
    Place,
    Progress,
    Route,
    TestOutcome,
)


class Kind(StrEnum):
    """How a field is typed in and stored."""

    TEXT = "text"  # one line
    NOTE = "note"  # several lines
    DATE = "date"
    BOOL = "bool"
    CHOICE = "choice"  # one value of ``choices``
    NUMBER = "number"


class Need(StrEnum):
    """When a field must be filled in."""

    OPTIONAL = "optional"
    ALWAYS = "always"  # for every save
    COMPLETE = "complete"  # to complete the step


@dataclass(frozen=True)
class FieldSpec:
    """One field of a form.

    ``not_before`` names dates this one may not precede: another field of the form, or one of
    the anchors ``koppeling``, ``koffie_en_koek`` (held), ``beschikking`` (first PIP).
    ``required_when`` makes the field required when another field has a given value ("*": any,
    "!x": anything but x, "true": ticked); with ``need=COMPLETE`` only for completing.
    ``minimum`` and ``maximum`` bound a number (inclusive); ``out_of_range`` is the message
    (an id with ``{minimum}`` and ``{maximum}``) for a number outside them or not a number.
    """

    name: str
    kind: Kind
    choices: tuple[str, ...] = ()
    need: Need = Need.OPTIONAL
    past: bool = False  # a date that cannot lie in the future (a talk held, a birth)
    not_before: tuple[str, ...] = ()
    required_when: tuple[str, str] | None = None
    sensitive: bool = False  # special-category data: hidden until shown on purpose
    minimum: float | None = None
    maximum: float | None = None
    out_of_range: str | None = None


def _choices(enum: type[StrEnum]) -> tuple[str, ...]:
    return tuple(member.value for member in enum)


@dataclass(frozen=True)
class FormSpec:
    """A form: its fields, the table it saves to and how it completes its step.

    ``many``: each save adds a record (progress talks, handhaving) instead of editing the one
    record of the person. ``complete_field``: the date that marks the step done; completing
    fills it with today when empty.
    """

    key: str
    fields: tuple[FieldSpec, ...]
    table: type[Any] | None = None
    many: bool = False
    complete_field: str | None = None
    extra: dict[str, str] = field(default_factory=dict)

    def field(self, name: str) -> FieldSpec:
        """The spec of one field."""
        for spec in self.fields:
            if spec.name == name:
                return spec
        raise KeyError(name)

    @property
    def names(self) -> tuple[str, ...]:
        return tuple(spec.name for spec in self.fields)


F, K, N = FieldSpec, Kind, Need

KOFFIE_EN_KOEK = FormSpec(
    "koffie_en_koek",
    (
        F("held_on", K.DATE, need=N.COMPLETE, past=True, not_before=("koppeling",)),
        F("place", K.CHOICE, _choices(Place), need=N.ALWAYS),
        F("place_detail", K.TEXT),
        F("coa_casemanager", K.TEXT, need=N.COMPLETE),
        F("interpreter_mode", K.CHOICE, _choices(InterpreterMode), need=N.ALWAYS),
        F(
            "interpreter_language",
            K.TEXT,
            need=N.COMPLETE,
            required_when=("interpreter_mode", "!geen"),
        ),
        F("topic_acquaintance", K.NOTE),
        F("topic_voorinburgering", K.NOTE),
        F("topic_housing_family", K.NOTE),
        F("topic_questions", K.NOTE),
        F("agreements", K.NOTE, need=N.COMPLETE),
        F("klantreis_handed_over", K.BOOL),
        F(
            "klantreis_language",
            K.TEXT,
            need=N.COMPLETE,
            required_when=("klantreis_handed_over", "true"),
        ),
    ),
    model.KoffieEnKoek,
    complete_field="held_on",
)

#: The flat fields of the Brede Intake; life domains are added per domain (see intake.py).
BREDE_INTAKE = FormSpec(
    "brede_intake",
    (
        F("variant", K.CHOICE, _choices(IntakeVariant), need=N.ALWAYS),
        F("started_on", K.DATE, need=N.COMPLETE, past=True,
          not_before=("koppeling", "koffie_en_koek")),
        F("completed_on", K.DATE, past=True, not_before=("started_on",)),
        F("voorinburgering_participation", K.NOTE),
        F("toets_taken_on", K.DATE, past=True, not_before=("koppeling",)),
        F("toets_outcome", K.CHOICE, _choices(TestOutcome), required_when=("toets_taken_on", "*")),
        F("toets_score", K.NUMBER, minimum=0, maximum=100),
        F("starterz_started_on", K.DATE, not_before=("koppeling",)),
        F("starterz_advice_on", K.DATE, past=True, not_before=("starterz_started_on",)),
        F("starterz_advice", K.CHOICE, _choices(Route), required_when=("starterz_advice_on", "*")),
    ),
    model.BredeIntake,
    complete_field="completed_on",
)  # fmt: skip

PIP = FormSpec(
    "pip",
    (
        F("route", K.CHOICE, _choices(Route), need=N.ALWAYS),
        F("deviation_reason", K.NOTE),
        F("language_provider", K.TEXT),
        F("support", K.NOTE),
        F("drafted_on", K.DATE, not_before=("koppeling",)),
        F("signed_on", K.DATE, need=N.COMPLETE, past=True, not_before=("koppeling",)),
        F("beschikking_on", K.DATE, not_before=("signed_on",)),
        F("route_registered_on", K.DATE, not_before=("koppeling",)),
        F("route_started_on", K.DATE, not_before=("koppeling",)),
    ),
    model.Pip,
    complete_field="signed_on",
)

PROGRESS_TALK = FormSpec(
    "progress_talk",
    (
        F("held_on", K.DATE, need=N.ALWAYS, past=True, not_before=("beschikking",)),
        F("formal", K.BOOL),
        F("progress", K.CHOICE, _choices(Progress), need=N.ALWAYS),
        F("summary", K.NOTE, need=N.ALWAYS),
    ),
    model.ProgressTalk,
    many=True,
)

PVT = FormSpec(
    "pvt",
    (
        F("started_on", K.DATE, not_before=("koppeling",)),
        F("signed_on", K.DATE, need=N.COMPLETE, past=True, not_before=("started_on",)),
        F("certificate_on", K.DATE, not_before=("signed_on",)),
    ),
    model.Pvt,
    complete_field="signed_on",
)

MAP = FormSpec(
    "map",
    (
        F("provider", K.TEXT),
        F("started_on", K.DATE, not_before=("koppeling",)),
        F("completed_on", K.DATE, need=N.COMPLETE, past=True, not_before=("started_on",)),
    ),
    model.Map,
    complete_field="completed_on",
)

ONTZORGEN = FormSpec(
    "ontzorgen",
    (
        F("start_date", K.DATE, need=N.ALWAYS, not_before=("koppeling",)),
        F("end_date", K.DATE, need=N.COMPLETE, not_before=("start_date",)),
        F("extension_reason", K.NOTE),
    ),
    model.Ontzorgen,
    complete_field="end_date",
)

HANDHAVING = FormSpec(
    "handhaving",
    (
        F("kind", K.CHOICE, _choices(EnforcementKind), need=N.ALWAYS),
        F("on_date", K.DATE, need=N.ALWAYS, not_before=("koppeling",)),
        F("legal_ground", K.CHOICE, _choices(LegalGround), need=N.ALWAYS),
        F("amount", K.NUMBER, required_when=("kind", "boete"), minimum=0, maximum=100_000),
        F("reason", K.NOTE, need=N.ALWAYS),
    ),
    model.Handhaving,
    many=True,
)

EINDE = FormSpec(
    "einde",
    (
        F("end_kind", K.CHOICE, _choices(EndKind), need=N.ALWAYS),
        F("end_date", K.DATE, need=N.ALWAYS, not_before=("koppeling",)),
        F("new_municipality", K.TEXT, required_when=("end_kind", "verhuisd")),
        F("end_note", K.NOTE),
    ),
    model.Trajectory,
)

PERSON = FormSpec(
    "person",
    (
        F("given_names", K.TEXT, need=N.ALWAYS),
        F("family_name", K.TEXT, need=N.ALWAYS),
        F("name_original", K.TEXT),
        F("birth_date", K.DATE, past=True),
        F("sex", K.CHOICE, ("", "m", "v", "x")),
        F("bsn", K.TEXT),
        F("v_nummer", K.TEXT),
        F("category", K.CHOICE, _choices(Category), need=N.ALWAYS),
        F("languages", K.TEXT),
        F("interpreter_needed", K.BOOL),
        F("phone", K.TEXT),
        F("email", K.TEXT),
        F("country_of_origin", K.TEXT),
        F("koppeling_date", K.DATE, past=True, not_before=("birth_date",)),
        F("melding_date", K.DATE, past=True, not_before=("birth_date",)),
        F("voorinburgering_start", K.DATE, not_before=("koppeling_date",)),
        F("voorinburgering_end", K.DATE, not_before=("voorinburgering_start",)),
        F("vwn_start", K.DATE, not_before=("koppeling_date",)),
        F("vwn_begeleider", K.TEXT),
        # Where the COA linked the person from: the rules file's path (002:256-258).
        F("linked_via", K.CHOICE, ("", *_choices(LinkedVia))),
        F("duo_registered_on", K.DATE, past=True, not_before=("koppeling_date",)),
        F("household_label", K.TEXT),
    ),
    model.Person,
)

FORMS: dict[str, FormSpec] = {
    spec.key: spec
    for spec in (
        PERSON, KOFFIE_EN_KOEK, BREDE_INTAKE, PIP, PROGRESS_TALK, PVT, MAP, ONTZORGEN,
        HANDHAVING, EINDE,
    )
}  # fmt: skip

#: Life domains of the shorter intake for gezinsmigranten (they buy their own course and have
#: no voorinburgering at the COA; 002 §2.1.2).
GEZINSMIGRANT_DOMAINS: tuple[LifeDomain, ...] = (
    LifeDomain.OPLEIDING,
    LifeDomain.WERKERVARING,
    LifeDomain.TAALNIVEAU,
    LifeDomain.MOTIVATIE,
    LifeDomain.ZELFREDZAAMHEID,
    LifeDomain.DIGITALE_VAARDIGHEDEN,
    LifeDomain.GEZINSSITUATIE,
    LifeDomain.GEZONDHEID_FYSIEK,
    LifeDomain.GEZONDHEID_MENTAAL,
    LifeDomain.SOCIAAL_NETWERK,
)

#: The assessment a consultant gives a life domain.
ASSESSMENTS: tuple[str, ...] = ("", "goed", "voldoende", "aandacht nodig", "zorg")


def domains_for(variant: IntakeVariant | str) -> tuple[LifeDomain, ...]:
    """The life domains of an intake variant."""
    if variant == IntakeVariant.GEZINSMIGRANT:
        return GEZINSMIGRANT_DOMAINS
    return tuple(LifeDomain)


def domain_field(domain: LifeDomain | str, part: str) -> str:
    """The flat field name of a life domain's part: ``domain.taalniveau.notes``."""
    return f"domain.{domain}.{part}"
