"""The handout texts: gettext PO catalogs per language, read at render time with Babel.

``translations/handouts/handouts.pot`` holds every Dutch text (the msgids); ``<code>.po``
holds one language. A translator edits a PO file in any PO editor; the next handout uses it,
because catalogs are read (and cached by modification time) when a handout is made; there
are no compiled ``.mo`` files to forget.

Each catalog says in its header how far it has been checked::

    "X-Review-Status: draft\\n"      (or "reviewed" once a qualified translator checked it)

A draft language is printed with a small marker. A missing, fuzzy (unsure) or broken
translation (its ``{placeholders}`` differ from the Dutch) falls back to the Dutch text,
which the layout prints visibly as Dutch.
"""

from __future__ import annotations

import re
import string
import threading
from dataclasses import dataclass
from enum import StrEnum
from pathlib import Path

from babel.messages.catalog import Catalog
from babel.messages.pofile import PoFileError, read_po

from desktop.documents.errors import CatalogError
from desktop.documents.languages import DUTCH, LANGUAGES, Language
from desktop.messages import M_
from desktop.resources import translations_path


def catalog_dir() -> Path:
    """``translations/handouts/``, the shipped catalogs."""
    return translations_path("handouts")


class ReviewStatus(StrEnum):
    """How far a language's translations have been checked."""

    SOURCE = "source"  # Dutch: the texts themselves
    DRAFT = "draft"
    REVIEWED = "reviewed"


_REVIEW = re.compile(r"^\"X-Review-Status:\s*(\w+)\s*\\n\"\s*$", re.MULTILINE)


def N_(msgid: str) -> str:
    """Mark a Dutch text as a msgid for extraction (``wegwijzer translations --update``)."""
    return msgid


def needs_translation(msgid: str) -> bool:
    """False for texts that are only placeholders and signs ("{date}", "• {item}")."""
    try:
        literal = "".join(text for text, _, _, _ in string.Formatter().parse(msgid))
    except ValueError:
        return True
    return any(char.isalpha() for char in literal)


def placeholders(text: str) -> frozenset[str]:
    """The ``{name}`` fields of a text."""
    try:
        return frozenset(name for _, name, _, _ in string.Formatter().parse(text) if name)
    except ValueError:  # an unbalanced brace: treat as broken
        return frozenset({"\x00broken"})


@dataclass(frozen=True)
class Phrase:
    """A text in the reader's language, or the Dutch text when no translation is usable."""

    text: str
    fallback: bool = False


@dataclass(frozen=True)
class Translation:
    """One language's usable translations and what is wrong with the rest."""

    language: Language
    status: ReviewStatus
    messages: dict[str, str]  # msgid -> usable msgstr
    fuzzy: frozenset[str]
    broken: frozenset[str]  # placeholders differ from the msgid

    @property
    def draft(self) -> bool:
        """True while no qualified translator has checked this language."""
        return self.status is ReviewStatus.DRAFT

    def phrase(self, msgid: str, **values: object) -> Phrase:
        """The text for ``msgid`` with ``values`` filled in; the Dutch one as a fallback."""
        if self.language.is_dutch or not needs_translation(msgid):
            return Phrase(msgid.format(**values))
        found = self.messages.get(msgid)
        if found is None:
            return Phrase(msgid.format(**values), fallback=True)
        return Phrase(found.format(**values))


def _read(path: Path, lang: Language) -> Translation:
    try:
        raw = path.read_text(encoding="utf-8")
        with path.open("rb") as handle:
            catalog: Catalog = read_po(handle, locale=None, abort_invalid=True)
    except (OSError, PoFileError, UnicodeDecodeError, ValueError) as error:
        raise CatalogError(
            M_(
                "De vertaling {file} kan niet worden gelezen: {error}. "
                "Herstel het bestand of zet de vorige versie terug."
            ),
            file=path.name,
            error=error,
        ) from error
    match = _REVIEW.search(raw)
    status = ReviewStatus.DRAFT
    if match and match.group(1).lower() == ReviewStatus.REVIEWED.value:
        status = ReviewStatus.REVIEWED
    messages: dict[str, str] = {}
    fuzzy: set[str] = set()
    broken: set[str] = set()
    for message in catalog:
        if not message.id or not isinstance(message.id, str):
            continue
        text = message.string if isinstance(message.string, str) else ""
        if not text.strip():
            continue
        if message.fuzzy:
            fuzzy.add(message.id)
        elif placeholders(text) != placeholders(message.id):
            broken.add(message.id)
        else:
            messages[message.id] = text
    return Translation(lang, status, messages, frozenset(fuzzy), frozenset(broken))


class Catalogs:
    """Reads catalogs from a folder and rereads one when its file changes."""

    def __init__(self, folder: Path | None = None) -> None:
        self.folder = folder or catalog_dir()
        self._cache: dict[str, tuple[tuple[int, int], Translation]] = {}
        self._lock = threading.Lock()

    def translation(self, lang: Language) -> Translation:
        """The current translation of ``lang`` (Dutch needs none)."""
        if lang.is_dutch:
            return Translation(DUTCH, ReviewStatus.SOURCE, {}, frozenset(), frozenset())
        path = self.folder / f"{lang.code}.po"
        try:
            info = path.stat()
        except OSError:  # no catalog at all: everything falls back to Dutch
            return Translation(lang, ReviewStatus.DRAFT, {}, frozenset(), frozenset())
        stamp = (info.st_mtime_ns, info.st_size)
        with self._lock:
            cached = self._cache.get(lang.code)
            if cached is not None and cached[0] == stamp:
                return cached[1]
            translation = _read(path, lang)
            self._cache[lang.code] = (stamp, translation)
            return translation

    def template(self) -> list[str]:
        """Every msgid in ``handouts.pot``, in file order."""
        path = self.folder / "handouts.pot"
        with path.open("rb") as handle:
            catalog = read_po(handle)
        return [m.id for m in catalog if m.id and isinstance(m.id, str)]


@dataclass(frozen=True)
class LanguageReport:
    """For one language: what is missing, unsure or broken against the template."""

    language: Language
    status: ReviewStatus
    total: int
    missing: tuple[str, ...]
    fuzzy: tuple[str, ...]
    broken: tuple[str, ...]

    @property
    def translated(self) -> int:
        """How many texts have a usable translation."""
        return self.total - len(self.missing) - len(self.fuzzy) - len(self.broken)


def translation_report(catalogs: Catalogs | None = None) -> list[LanguageReport]:
    """Per handout language (not Dutch) its review status and unusable texts."""
    catalogs = catalogs or Catalogs()
    msgids = catalogs.template()
    reports = []
    for lang in LANGUAGES.values():
        if lang.is_dutch:
            continue
        found = catalogs.translation(lang)
        reports.append(
            LanguageReport(
                language=lang,
                status=found.status,
                total=len(msgids),
                missing=tuple(
                    m
                    for m in msgids
                    if m not in found.messages and m not in found.fuzzy and m not in found.broken
                ),
                fuzzy=tuple(m for m in msgids if m in found.fuzzy),
                broken=tuple(m for m in msgids if m in found.broken),
            )
        )
    return reports
