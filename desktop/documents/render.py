"""Making handouts: one entry point for the CLI, the screens and the batch print.

Fonts, catalogs, the support map and the rules are loaded once per :class:`HandoutMaker`;
each handout is rendered to bytes in memory. Nothing is written to disk here: only the file a
user chooses is written (by the caller, atomically), so no unencrypted copy is left behind.
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from datetime import date
from enum import StrEnum

from sqlalchemy.orm import Session

from desktop.documents.archive import to_pdfa
from desktop.documents.catalog import N_, Catalogs
from desktop.documents.config import HandoutConfig, load_config
from desktop.documents.data import Contact, HandoutPerson, load_handout_person
from desktop.documents.fonts import font_set
from desktop.documents.languages import DUTCH, Language, date_locale, language, person_language
from desktop.documents.layout import BODY, HEADING, Context, Sheet, person_header
from desktop.documents.text import Typesetter
from desktop.journey import Rules, load_rules
from desktop.journey.team import team_rules, team_rules_version
from desktop.store import Store


class DocumentKind(StrEnum):
    """The four handouts."""

    KLANTREIS = "klantreis"
    UITNODIGING = "uitnodiging"
    PIP = "pip"
    SOCIALE_KAART = "sociale_kaart"


#: Dutch names for menus and messages.
DOCUMENT_NAMES: dict[DocumentKind, str] = {
    DocumentKind.KLANTREIS: "Klantreis",
    DocumentKind.UITNODIGING: "Uitnodiging voor een gesprek",
    DocumentKind.PIP: "Samenvatting van het PIP",
    DocumentKind.SOCIALE_KAART: "Sociale kaart",
}

_TITLES: dict[DocumentKind, str] = {
    DocumentKind.KLANTREIS: N_("Uw klantreis"),
    DocumentKind.UITNODIGING: N_("Uitnodiging"),
    DocumentKind.PIP: N_("Samenvatting van uw plan (PIP)"),
    DocumentKind.SOCIALE_KAART: N_("Wie helpt u?"),
}

# ReportLab's font state and HarfBuzz's private glyph mapping are shared: one render at a time.
_render_lock = threading.Lock()


@dataclass(frozen=True)
class Handout:
    """A rendered handout: the PDF bytes and what a caller may want to say about it."""

    pdf: bytes
    kind: DocumentKind
    language: Language
    draft: bool
    fallbacks: int  # texts printed in Dutch for want of a translation
    pages: int


class HandoutMaker:
    """Renders handouts; build one and keep it (fonts and catalogs load once)."""

    def __init__(
        self,
        *,
        catalogs: Catalogs | None = None,
        config: HandoutConfig | None = None,
        rules: Rules | None = None,
    ) -> None:
        self.catalogs = catalogs or Catalogs()
        self.config = config or load_config()
        self._rules = rules  # None: the team's rules of the store each handout is read from
        self.rules = rules or load_rules()
        self.typesetter = Typesetter(font_set())
        self._parsed: dict[int, Rules] = {}  # team rules by version number

    def _team_rules(self, session: Session) -> Rules:
        """The team's rules, parsed once per rules version (not once per handout)."""
        version = team_rules_version(session)
        found = self._parsed.get(version)
        if found is None:
            found = self._parsed[version] = team_rules(session)
        return found

    def language_for(self, person: HandoutPerson | None, code: str | None) -> Language:
        """The language asked for, else the person's first language with handouts."""
        if code:
            return language(code)
        return person_language(person.languages if person else "")

    def render(
        self,
        kind: DocumentKind,
        person: HandoutPerson | None,
        lang: Language,
        *,
        today: date,
        appointment: str | None = None,
        rules: Rules | None = None,
        archive: bool = True,
    ) -> Handout:
        """Render one handout to PDF bytes (a person is needed except for the sociale kaart).

        ``archive=False`` leaves out the PDF/A step, for handouts that are merged into one
        file that gets it once (a batch).
        """
        from desktop.documents import invitation, klantreis, pip_summary, support_map

        translation = self.catalogs.translation(lang)
        ctx = Context(
            typesetter=self.typesetter,
            translation=translation,
            date_locale=date_locale(lang, person.country if person else ""),
            municipality=self.config.municipality,
            printed_on=today,
        )
        with _render_lock:

            def header(sheet: Sheet) -> None:
                if person is not None:
                    person_header(sheet, person.name, person.name_original)

            sheet = Sheet(ctx, _TITLES[kind], header)
            if kind is DocumentKind.SOCIALE_KAART:
                support_map.render_support_map(sheet, self.config, person)
            elif person is None:
                raise ValueError(f"{kind} needs a person")
            elif kind is DocumentKind.KLANTREIS:
                klantreis.render_klantreis(sheet, person, rules or self.rules)
            elif kind is DocumentKind.UITNODIGING:
                invitation.render_invitation(sheet, person, self.config, appointment)
            else:
                pip_summary.render_pip_summary(sheet, person)
            pages = sheet.page
            pdf = sheet.finish()
        if not archive:
            return Handout(pdf, kind, lang, translation.draft, sheet.fallbacks, pages)
        pdf = to_pdfa(
            pdf,
            title=f"{DOCUMENT_NAMES[kind]} ({lang.dutch_name})",  # never the person's name
            language="nl",
            also=() if lang.is_dutch else (lang.bcp47,),
            author=self.config.municipality,
        )
        return Handout(pdf, kind, lang, translation.draft, sheet.fallbacks, pages)

    def render_for(
        self,
        store: Store,
        person_id: str,
        kind: DocumentKind,
        *,
        today: date,
        lang: str | None = None,
        appointment: str | None = None,
        mine: Contact | None = None,
        contact: Contact | None = None,
    ) -> Handout:
        """Read one person from ``store`` and render a handout in ``lang`` (or theirs).

        The contact details are ``contact``'s when given, else the person's consultant's,
        else ``mine`` (the consultant of the user logged in; the caller knows who that is).
        """
        with store.reading() as session:
            rules = self._rules or self._team_rules(session)
            person = load_handout_person(session, person_id, today=today, rules=rules, mine=mine)
        if contact is not None:
            person = person.with_contact(contact)
        chosen = self.language_for(person, lang)
        return self.render(kind, person, chosen, today=today, appointment=appointment, rules=rules)

    def batch(
        self,
        store: Store,
        person_ids: Sequence[str],
        *,
        today: date,
        kind: DocumentKind = DocumentKind.KLANTREIS,
        progress: Callable[[int, int], None] | None = None,
        archive: bool = True,
        mine: Contact | None = None,
    ) -> list[Handout]:
        """Handouts for several people, each in their own language; ``progress(done, total)``.

        Each gives the person's own consultant, or ``mine`` (the consultant of the user
        logged in) for a person without one.

        ``archive=False``: no PDF/A step per handout, for a batch merged with a title (the
        merged file is made PDF/A once).
        """
        with store.reading() as session:
            rules = self._rules or self._team_rules(session)
            people = [
                load_handout_person(session, pid, today=today, rules=rules, mine=mine)
                for pid in person_ids
            ]
        handouts = []
        for done, person in enumerate(people, start=1):
            lang = self.language_for(person, None)
            handouts.append(
                self.render(kind, person, lang, today=today, rules=rules, archive=archive)
            )
            if progress is not None:
                progress(done, len(people))
        return handouts


@dataclass(frozen=True)
class Paragraph:
    """A paragraph of a plain document: literal Dutch text (data, not a msgid to translate)."""

    text: str
    heading: bool = False
    indent: bool = False


def render_plain(
    title: str,
    paragraphs: Iterable[Paragraph],
    *,
    today: date,
    config: HandoutConfig | None = None,
) -> bytes:
    """A Dutch document on the handout page (title band, footer, page numbers) as PDF bytes.

    For texts that are data rather than translations, such as an inzage: every script the
    handout fonts cover is drawn, and a character none of them has is printed as "?".
    """
    ctx = Context(
        typesetter=Typesetter(font_set()),
        translation=Catalogs().translation(DUTCH),
        date_locale=DUTCH.locale,
        municipality=(config or load_config()).municipality,
        printed_on=today,
    )
    with _render_lock:
        sheet = Sheet(ctx, title)
        for paragraph in paragraphs:
            if paragraph.heading:
                sheet.y -= 6
            sheet.plain(
                paragraph.text,
                HEADING if paragraph.heading else BODY,
                indent=12.0 if paragraph.indent else 0.0,
            )
        pdf = sheet.finish()
    return to_pdfa(pdf, title=title, language="nl", author=ctx.municipality)
