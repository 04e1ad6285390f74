"""Fixed vocabularies of the dossier. Values are stored in the database and the exchange file."""

from __future__ import annotations

from enum import StrEnum


class Category(StrEnum):
    """Why the person is in inburgering."""

    ASIELSTATUSHOUDER = "asielstatushouder"
    NAREIZIGER = "nareiziger"
    GEZINSMIGRANT = "gezinsmigrant"
    HERVESTIGER = "hervestiger"
    OVERIG = "overig"


class HouseholdRole(StrEnum):
    """A person's place in the household."""

    AANVRAGER = "aanvrager"
    PARTNER = "partner"
    KIND = "kind"
    OUDER = "ouder"
    OVERIG = "overig"


class FamilyReunification(StrEnum):
    """Status of gezinshereniging for a family member still abroad."""

    NIET_AANGEVRAAGD = "niet_aangevraagd"
    AANGEVRAAGD = "aangevraagd"
    TOEGEKEND = "toegekend"
    AFGEWEZEN = "afgewezen"


class Schooling(StrEnum):
    """Where a child goes to school or day care."""

    GEEN = "geen"
    VVE = "vve"
    BASISSCHOOL = "basisschool"
    ISK = "isk"
    VOORTGEZET = "voortgezet"
    MBO = "mbo"
    HBO_WO = "hbo_wo"
    OVERIG = "overig"


class ResidenceKind(StrEnum):
    """Where a person lives during a period."""

    ROL = "rol"
    AZC = "azc"
    NOODOPVANG = "noodopvang"
    AMV = "amv"
    HAR_WONING = "har_woning"
    REGULIERE_WONING = "reguliere_woning"
    BUITENLAND = "buitenland"
    OVERIG = "overig"

    @property
    def is_housing(self) -> bool:
        """True for the homes in the municipality that start the 'PIP within 10 weeks' term."""
        return self in (ResidenceKind.HAR_WONING, ResidenceKind.REGULIERE_WONING)


class LinkedVia(StrEnum):
    """Where the COA linked the person from: the ROL, or another reception location.

    People linked via the ROL start with Koffie en Koek; those linked from another AZC get the
    Brede Intake right after housing (002:256-258). The rules file says which path applies.
    """

    ROL = "rol"
    AZC = "azc"
    NOODOPVANG = "noodopvang"
    AMV = "amv"
    OVERIG = "overig"


class BesluitKind(StrEnum):
    """A decision about the inburgeringstermijn (by DUO)."""

    VERLENGING = "verlenging"
    ONTHEFFING = "ontheffing"


class Decision(StrEnum):
    """The outcome of a request."""

    IN_BEHANDELING = "in_behandeling"
    TOEGEKEND = "toegekend"
    AFGEWEZEN = "afgewezen"


class ExamPart(StrEnum):
    """A part of the inburgeringsexamen (or the route's final assessment)."""

    LEZEN = "lezen"
    LUISTEREN = "luisteren"
    SCHRIJVEN = "schrijven"
    SPREKEN = "spreken"
    KNM = "knm"
    ONDERWIJS = "onderwijs"  # the onderwijsroute's diploma
    Z_ROUTE = "z_route"  # the Z-route's final assessment
    OVERIG = "overig"


class ExamOutcome(StrEnum):
    """The result of an exam part."""

    BEHAALD = "behaald"
    NIET_BEHAALD = "niet_behaald"
    VRIJGESTELD = "vrijgesteld"


class Place(StrEnum):
    """Where a talk takes place."""

    ROL = "rol"
    AZC = "azc"
    NOODOPVANG = "noodopvang"
    AMV = "amv"
    GEMEENTEHUIS = "gemeentehuis"
    THUIS = "thuis"
    TELEFONISCH = "telefonisch"
    OVERIG = "overig"


class InterpreterMode(StrEnum):
    """How an interpreter took part in a talk."""

    GEEN = "geen"
    TELEFONISCH = "telefonisch"
    AANWEZIG = "aanwezig"
    VIDEO = "video"


class IntakeVariant(StrEnum):
    """The full Brede Intake, or the shorter one for gezinsmigranten."""

    STANDAARD = "standaard"
    GEZINSMIGRANT = "gezinsmigrant"


class LifeDomain(StrEnum):
    """The life domains of the Brede Intake (Besluit inburgering 2021, Dalfsen's format)."""

    LEERBAARHEID = "leerbaarheid"
    OPLEIDING = "opleiding"
    WERKERVARING = "werkervaring"
    COMPETENTIES = "competenties"
    TAALNIVEAU = "taalniveau"
    MOTIVATIE = "motivatie"
    ZELFREDZAAMHEID = "zelfredzaamheid"
    DIGITALE_VAARDIGHEDEN = "digitale_vaardigheden"
    GEZINSSITUATIE = "gezinssituatie"
    GEZONDHEID_FYSIEK = "gezondheid_fysiek"
    GEZONDHEID_MENTAAL = "gezondheid_mentaal"
    SOCIAAL_NETWERK = "sociaal_netwerk"
    VOORINBURGERING = "voorinburgering"
    WONEN = "wonen"
    FINANCIEN = "financien"

    @property
    def is_sensitive(self) -> bool:
        """Health domains are special-category data: hidden in lists, never on handouts."""
        return self in (LifeDomain.GEZONDHEID_FYSIEK, LifeDomain.GEZONDHEID_MENTAAL)


class TestOutcome(StrEnum):
    """Outcome of the leerbaarheidstoets."""

    __test__ = False  # not a pytest test class

    B1 = "b1"
    Z = "z"
    TWIJFEL = "twijfel"


class Route(StrEnum):
    """The learning route in the PIP (001:595-609).

    The StarterZ-klas is no route: it is a class within the Z-route whose advice decides
    between Z and B1 (002:296-297, 002:439-440); it is recorded as a StarterZ record.
    """

    B1 = "b1"
    ONDERWIJS = "onderwijs"
    Z = "z"


class PipChange(StrEnum):
    """Why a new PIP version was made."""

    INITIEEL = "initieel"
    SCHAKELEN = "schakelen"
    AFSCHALEN = "afschalen"
    VERHUIZING = "verhuizing"
    BIJSTELLING = "bijstelling"


class Progress(StrEnum):
    """How the person is doing at a progress talk."""

    OP_SCHEMA = "op_schema"
    ACHTER = "achter"
    VOOR = "voor"
    ZORG = "zorg"


class ActivityKind(StrEnum):
    """Participation activities next to language lessons."""

    KOFFIE_EN_TAAL = "koffie_en_taal"
    TAALCAFE = "taalcafe"
    TAALCOACH = "taalcoach"
    TAALSTAGE = "taalstage"
    VRIJWILLIGERSWERK = "vrijwilligerswerk"
    NAAIATELIER = "naaiatelier"
    ZWEMLES = "zwemles"
    FIETSLES = "fietsles"
    INFORMATIEBIJEENKOMST = "informatiebijeenkomst"
    WERKCARROUSEL = "werkcarrousel"
    WERKERVARINGSPLAATS = "werkervaringsplaats"
    BETAALD_WERK = "betaald_werk"
    OPLEIDING = "opleiding"
    OVERIG = "overig"


class EnforcementKind(StrEnum):
    """Steps of handhaving."""

    GESPREK = "gesprek"
    WAARSCHUWING = "waarschuwing"
    BOETE = "boete"


class LegalGround(StrEnum):
    """The law under which a handhaving step is taken."""

    WI2021 = "wi2021"
    PARTICIPATIEWET = "participatiewet"


class EndKind(StrEnum):
    """How a trajectory ended."""

    VOLDAAN = "voldaan"
    ONTHEVEN = "ontheven"
    VERHUISD = "verhuisd"
    GESTOPT = "gestopt"


#: Values an older Wegwijzer stored that this version stores differently, per (table, column):
#: the StarterZ-klas was a route before schema 10; it is a class within the Z-route
#: (002:439-440). An exchange file or a synced change from an older laptop is read with these.
LEGACY_VALUES: dict[tuple[str, str], dict[str, str | None]] = {
    ("pip", "route"): {"starterz": "z"},
    ("starterz", "advice"): {"starterz": None},
}


class Recipient(StrEnum):
    """Who a partner document goes to (002 §2.1.3, §8.2: the PIP is shared with them)."""

    TAALAANBIEDER = "taalaanbieder"  # the language school
    VWN_BEGELEIDER = "vwn_begeleider"  # the maatschappelijk begeleider (VluchtelingenWerk)
    NIEUWE_GEMEENTE = "nieuwe_gemeente"  # the municipality the person moves to (overdracht)


class IncomeKind(StrEnum):
    """Where a person's income comes from in a period (for the outflow from welfare)."""

    UITKERING = "uitkering"  # bijstand (Participatiewet)
    WERK = "werk"
    STUDIE = "studie"  # studiefinanciering
