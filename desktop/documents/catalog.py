"""The handout texts: gettext PO catalogs per language, read at render time with Babel.

``translations/handouts/handouts.pot`` holds every Dutch text (the msgids); ``<code>.po``
holds one language. A translator edits a PO file in any PO editor; the next handout uses it,
because catalogs are read (and cached by modification time) when a handout is made; there
are no compiled ``.mo`` files to forget.

Each entry says itself whether a qualified translator checked it, in a translator comment
that names the reviewer and fingerprints the text they checked::

    # reviewed: Selam Tekle, 3f2a9c1b

An entry whose text changed after the review no longer matches its fingerprint and counts
as unreviewed again. A language with any unreviewed entry is a draft, printed with a small
marker. Counts use gettext plural forms (``NP_``), chosen by each language's plural rule.
A missing, fuzzy (unsure) or broken translation (its ``{placeholders}`` differ from the
Dutch) falls back to the Dutch text, which the layout prints visibly as Dutch.
"""

from __future__ import annotations

import gettext
import hashlib
import re
import string
import threading
from collections.abc import Callable
from dataclasses import dataclass, field
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


_REVIEWED = re.compile(r"^reviewed:\s*(?P<name>.+?),\s*(?P<print>[0-9a-f]{8})\s*$")


def N_(msgid: str) -> str:
    """Mark a Dutch text as a msgid for extraction (``wegwijzer translations --update``)."""
    return msgid


@dataclass(frozen=True)
class Plural:
    """A text with a count in it: Dutch singular and plural, and the field with the number."""

    singular: str
    plural: str
    count: str  # the placeholder that holds the number, e.g. "months"

    def dutch(self, n: int) -> str:
        """The Dutch form for ``n``."""
        return self.singular if n == 1 else self.plural


def NP_(singular: str, plural: str, count: str) -> Plural:
    """Mark a counted Dutch text for extraction (as a gettext plural entry)."""
    return Plural(singular, plural, count)


def fingerprint(msgid: str, forms: tuple[str, ...]) -> str:
    """Eight hex digits that change whenever the Dutch text or a translation changes."""
    data = "\x00".join((msgid, *forms)).encode("utf-8")
    return hashlib.sha256(data).hexdigest()[:8]


def review_comment(reviewer: str, msgid: str, forms: tuple[str, ...]) -> str:
    """The translator comment that marks an entry as checked by ``reviewer``."""
    return f"reviewed: {reviewer}, {fingerprint(msgid, forms)}"


def is_reviewed(comments: list[str], msgid: str, forms: tuple[str, ...]) -> bool:
    """True when a review comment matches the entry's current text."""
    current = fingerprint(msgid, forms)
    for comment in comments:
        found = _REVIEWED.match(comment.strip())
        if found and found.group("print") == current:
            return True
    return False


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
    plurals: dict[str, tuple[str, ...]] = field(default_factory=dict)  # singular -> forms
    unreviewed: frozenset[str] = frozenset()  # usable, but not (or no longer) checked
    plural_index: Callable[[int], int] = lambda n: int(n != 1)

    @property
    def draft(self) -> bool:
        """True while any usable text has not been checked by a qualified translator."""
        return self.status is ReviewStatus.DRAFT

    def phrase(self, msgid: str | Plural, **values: object) -> Phrase:
        """The text for ``msgid`` with ``values`` filled in; the Dutch one as a fallback."""
        if isinstance(msgid, Plural):
            return self._plural(msgid, **values)
        if self.language.is_dutch or not needs_translation(msgid):
            return Phrase(msgid.format(**values))
        found = self.messages.get(msgid)
        if found is None:
            return Phrase(msgid.format(**values), fallback=True)
        return Phrase(found.format(**values))

    def _plural(self, text: Plural, **values: object) -> Phrase:
        n = count_of(values[text.count])
        dutch = text.dutch(n).format(**values)
        if self.language.is_dutch:
            return Phrase(dutch)
        forms = self.plurals.get(text.singular)
        if not forms:
            return Phrase(dutch, fallback=True)
        return Phrase(forms[min(self.plural_index(n), len(forms) - 1)].format(**values))


def count_of(value: object) -> int:
    """The number in a count field (an int, or a text that is one)."""
    if isinstance(value, int):
        return value
    digits = "".join(char for char in str(value) if char.isdigit())
    return int(digits) if digits else 0


def _plural_rule(catalog: Catalog) -> Callable[[int], int]:
    try:
        rule: Callable[[int], int] = gettext.c2py(catalog.plural_expr)
    except (ValueError, AttributeError):  # a broken Plural-Forms header: Dutch-like rule
        return lambda n: int(n != 1)
    return rule


def _read(path: Path, lang: Language) -> Translation:
    try:
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
    messages: dict[str, str] = {}
    plurals: dict[str, tuple[str, ...]] = {}
    fuzzy: set[str] = set()
    broken: set[str] = set()
    unreviewed: set[str] = set()
    for message in catalog:
        if not message.id:
            continue
        forms: tuple[str, ...]
        if isinstance(message.id, str):
            key, wanted = message.id, placeholders(message.id)
            forms = (message.string,) if isinstance(message.string, str) else ()
        else:
            key = str(message.id[0])
            wanted = placeholders(str(message.id[1])) | placeholders(key)
            forms = tuple(str(form) for form in message.string or ())
        if not forms or not all(form.strip() for form in forms):
            continue
        if message.fuzzy:
            fuzzy.add(key)
            continue
        # A plural form may leave the number out ("every month"), never add a field.
        fits = all(
            placeholders(form) <= wanted
            and (isinstance(message.id, tuple) or placeholders(form) == wanted)
            for form in forms
        )
        if not fits:
            broken.add(key)
            continue
        if isinstance(message.id, str):
            messages[key] = forms[0]
        else:
            plurals[key] = forms
        if not is_reviewed(message.user_comments, key, forms):
            unreviewed.add(key)
    usable = bool(messages or plurals)
    status = ReviewStatus.REVIEWED if usable and not unreviewed else ReviewStatus.DRAFT
    return Translation(
        lang,
        status,
        messages,
        frozenset(fuzzy),
        frozenset(broken),
        plurals,
        frozenset(unreviewed),
        _plural_rule(catalog),
    )


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
        return [m.id if isinstance(m.id, str) else str(m.id[0]) for m in catalog if m.id]


@dataclass(frozen=True)
class LanguageReport:
    """For one language: what is missing, unsure or broken against the template."""

    language: Language
    status: ReviewStatus
    total: int
    missing: tuple[str, ...]
    fuzzy: tuple[str, ...]
    broken: tuple[str, ...]
    unreviewed: tuple[str, ...] = ()

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
                    if m not in found.messages
                    and m not in found.plurals
                    and m not in found.fuzzy
                    and m not in found.broken
                ),
                fuzzy=tuple(m for m in msgids if m in found.fuzzy),
                broken=tuple(m for m in msgids if m in found.broken),
                unreviewed=tuple(m for m in msgids if m in found.unreviewed),
            )
        )
    return reports
