"""Keeping the core catalogue (``translations/core/``) in step with the code.

:func:`template` collects every message id of :mod:`desktop.messages`: the ``N_("...")`` texts
of ``desktop/`` and the ``M_("...")`` texts of ``desktop/documents/`` (where ``N_`` marks the
handout texts, which have their own catalogue). :func:`update_catalogues` writes ``core.pot``
and merges it into each language's PO file; :func:`catalogue_problems` lists the ids a
language lacks or translates with other placeholders. ``scripts/translations.py`` runs both.
"""

from __future__ import annotations

import string
from datetime import UTC, datetime
from pathlib import Path

from babel.messages.catalog import Catalog
from babel.messages.extract import extract_from_dir
from babel.messages.pofile import read_po, write_po

from desktop.messages import SOURCE_LANGUAGE

_PACKAGE = Path(__file__).resolve().parent
#: The languages the core speaks besides Dutch (the screens' languages).
LANGUAGES = ("en",)
DOMAIN = "core"


def catalogue_dir() -> Path:
    """``translations/core/`` of this checkout."""
    return _PACKAGE.parent / "translations" / DOMAIN


def template() -> Catalog:
    """Every message id of the core, with where it is used."""
    catalog = Catalog(project="Wegwijzer", domain=DOMAIN, locale=None, charset="utf-8")
    catalog.creation_date = datetime(2025, 1, 1, tzinfo=UTC)  # stable: no diff noise per run
    sources = (
        (_PACKAGE, [("documents/**.py", "ignore"), ("**.py", "python")], "N_", "desktop"),
        (_PACKAGE / "documents", [("**.py", "python")], "M_", "desktop/documents"),
    )
    for folder, method_map, keyword, prefix in sources:
        found = extract_from_dir(
            str(folder), method_map, keywords={keyword: None}, comment_tags=("NOTE:",)
        )
        for filename, lineno, text, comments, _context in found:
            if isinstance(text, str) and text:
                location = (f"{prefix}/{filename}".replace("\\", "/"), lineno)
                catalog.add(text, locations=[location], auto_comments=comments)
    return catalog


def placeholders(text: str) -> set[str]:
    """The names of the ``str.format`` placeholders in ``text``."""
    try:
        return {name for _, name, _, _ in string.Formatter().parse(text) if name is not None}
    except ValueError:  # an unbalanced brace: no valid placeholder set
        return {"<invalid>"}


def _read(path: Path, language: str) -> Catalog:
    with path.open("rb") as handle:
        return read_po(handle, locale=language, domain=DOMAIN)


def _write(path: Path, catalog: Catalog) -> None:
    with path.open("wb") as handle:
        write_po(handle, catalog, width=96, sort_output=False, include_lineno=False)


def update_catalogues(folder: Path | None = None) -> list[Path]:
    """Write ``core.pot`` and merge it into each language's PO file; the files written.

    New ids arrive untranslated, changed ones fuzzy (shown in Dutch until confirmed), ids
    no longer used are dropped.
    """
    folder = folder or catalogue_dir()
    folder.mkdir(parents=True, exist_ok=True)
    pot = template()
    written = [folder / f"{DOMAIN}.pot"]
    _write(written[0], pot)
    for language in LANGUAGES:
        path = folder / f"{language}.po"
        if path.exists():
            catalog = _read(path, language)
        else:
            catalog = Catalog(
                locale=language,
                project="Wegwijzer",
                domain=DOMAIN,
                fuzzy=False,
                copyright_holder="Wegwijzer",
                last_translator="Wegwijzer ontwikkelteam",
                language_team=language,
            )
        catalog.update(pot, update_header_comment=False)
        catalog.obsolete.clear()
        catalog.revision_date = pot.creation_date
        _write(path, catalog)
        written.append(path)
    return written


def catalogue_problems(language: str, folder: Path | None = None) -> list[str]:
    """Ids of the code that ``language`` does not translate, or translates wrongly."""
    if language == SOURCE_LANGUAGE:
        return []
    path = (folder or catalogue_dir()) / f"{language}.po"
    translated = {}
    if path.exists():
        for entry in _read(path, language):
            if isinstance(entry.id, str) and entry.id and entry.string and not entry.fuzzy:
                translated[entry.id] = str(entry.string)
    problems = []
    for entry in template():
        text = str(entry.id)
        if not text:
            continue
        if text not in translated:
            problems.append(f"untranslated ({language}): {text!r}")
        elif placeholders(translated[text]) != placeholders(text):
            problems.append(f"other placeholders ({language}): {text!r} -> {translated[text]!r}")
    return problems
