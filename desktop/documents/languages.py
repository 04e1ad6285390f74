"""The handout languages: catalog code, Babel locale, script and direction.

People's languages are stored as comma-separated BCP 47 codes (``ar``, ``ti``, ``prs``,
``fa-AF``, ``tr``, ``so``). Babel knows Dari only as ``fa_AF`` (it has no ``prs``), so both
spellings map to the Dari catalog.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from babel import Locale, UnknownLocaleError
from babel.dates import format_date

from desktop.documents.errors import UnknownLanguage
from desktop.documents.fonts import Script


@dataclass(frozen=True)
class Language:
    """One handout language."""

    code: str  # the catalog name in translations/handouts/ ("fa_AF" for Dari)
    dutch_name: str  # for the consultant: "Arabisch"
    native_name: str  # for the reader: "العربية"
    locale: str  # Babel locale for dates
    script: Script
    rtl: bool = False

    @property
    def bcp47(self) -> str:
        """The language tag for metadata: "fa-AF" for Dari (Babel's fa_AF), "ar", "ti"."""
        return self.code.replace("_", "-")

    @property
    def is_dutch(self) -> bool:
        """Dutch is the source language: a Dutch handout has a single column."""
        return self.code == "nl"


DUTCH = Language("nl", "Nederlands", "Nederlands", "nl_NL", Script.LATIN)

LANGUAGES: dict[str, Language] = {
    language.code: language
    for language in (
        DUTCH,
        Language("ar", "Arabisch", "العربية", "ar", Script.ARABIC, rtl=True),
        Language("ti", "Tigrinya", "ትግርኛ", "ti", Script.ETHIOPIC),
        Language("en", "Engels", "English", "en_GB", Script.LATIN),
        Language("fa_AF", "Dari", "دری", "fa_AF", Script.ARABIC, rtl=True),
        Language("fa", "Farsi (Perzisch)", "فارسی", "fa_IR", Script.ARABIC, rtl=True),
        Language("tr", "Turks", "Türkçe", "tr", Script.LATIN),
        Language("so", "Somalisch", "Soomaali", "so", Script.LATIN),
    )
}

#: BCP 47 spellings (lower case, "-" or "_") that name a catalog differently.
_ALIASES = {"prs": "fa_AF", "fa_af": "fa_AF", "fa-af": "fa_AF", "per": "fa", "pes": "fa"}


def language(code: str) -> Language:
    """The handout language for a BCP 47 code (``ar``, ``ti-ER``, ``prs``, ``fa-AF``, ...)."""
    wanted = code.strip()
    lowered = wanted.lower().replace("-", "_")
    if lowered in _ALIASES:
        return LANGUAGES[_ALIASES[lowered]]
    if wanted in LANGUAGES:
        return LANGUAGES[wanted]
    base = lowered.split("_")[0]
    if base in LANGUAGES and base != "fa":
        return LANGUAGES[base]
    if base == "fa":  # fa-IR and plain fa are Farsi; fa-AF was handled above
        return LANGUAGES["fa"]
    raise UnknownLanguage(code, tuple(LANGUAGES))


def person_language(codes: str) -> Language:
    """The first of a person's languages with handouts; Dutch when there is none."""
    for code in codes.split(","):
        if not code.strip():
            continue
        try:
            return language(code)
        except UnknownLanguage:
            continue
    return DUTCH


def date_locale(lang: Language, country: str = "") -> str:
    """Babel locale for dates: the country variant when Babel has it (Syria: آذار for March)."""
    if country and lang.code == "ar":
        candidate = f"ar_{country.upper()}"
        try:
            Locale.parse(candidate)
        except (UnknownLocaleError, ValueError):
            return lang.locale
        return candidate
    return lang.locale


def long_date(day: date, locale: str) -> str:
    """A date written out in the reader's language: '12 maart 2025', '12 آذار 2025'."""
    return format_date(day, "d MMMM y", locale=locale)
