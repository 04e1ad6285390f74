"""Keeping the handout catalogs in step with the texts: ``wegwijzer translations --update``.

Collects every ``N_("...")`` text of ``desktop/documents/`` and the texts of the sociale kaart
(``resources/handouts/sociale_kaart.toml``) into ``handouts.pot``, then merges that template
into each language's PO file: new texts arrive empty, changed ones are marked fuzzy (unsure,
so they fall back to Dutch until a translator confirms them), translations are kept.
"""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

from babel.messages.catalog import Catalog
from babel.messages.extract import extract_from_dir
from babel.messages.pofile import read_po, write_po

from desktop.documents.catalog import Catalogs, needs_translation, review_comment
from desktop.documents.config import HandoutConfig, load_config
from desktop.documents.languages import LANGUAGES, Language

_SOURCES = Path(__file__).resolve().parent


def template(config: HandoutConfig | None = None) -> Catalog:
    """The catalog of every Dutch handout text, with where it comes from."""
    catalog = Catalog(project="Wegwijzer handouts", locale=None, charset="utf-8")
    keywords = {"N_": None, "NP_": (1, 2)}
    found = extract_from_dir(str(_SOURCES), keywords=keywords, comment_tags=("NOTE:",))
    for filename, lineno, message, comments, _context in found:
        first = message if isinstance(message, str) else message[0]
        if isinstance(first, str) and needs_translation(first):
            catalog.add(
                message,
                locations=[(f"desktop/documents/{filename}", lineno)],
                auto_comments=comments,
            )
    config = config or load_config()
    for organisation in config.organisations:
        for text in (organisation.name, organisation.helps_with):
            catalog.add(
                text,
                locations=[("resources/handouts/sociale_kaart.toml", 0)],
                auto_comments=["sociale kaart: " + organisation.name],
            )
    return catalog


def _write(path: Path, catalog: Catalog) -> None:
    with path.open("wb") as handle:
        write_po(
            handle, catalog, width=96, omit_header=False, sort_output=False, include_lineno=False
        )


def update_catalogs(catalogs: Catalogs | None = None) -> list[Path]:
    """Write ``handouts.pot`` and merge it into every language's PO file; the files written."""
    folder = (catalogs or Catalogs()).folder
    folder.mkdir(parents=True, exist_ok=True)
    pot = template()
    pot.creation_date = datetime(2025, 1, 1, tzinfo=UTC)  # stable: no diff noise per run
    written = [folder / "handouts.pot"]
    _write(written[0], pot)
    for lang in LANGUAGES.values():
        if lang.is_dutch:
            continue
        path = folder / f"{lang.code}.po"
        if path.exists():
            with path.open("rb") as handle:
                catalog = read_po(handle, locale=lang.code)
        else:
            catalog = Catalog(locale=lang.code, project="Wegwijzer handouts", charset="utf-8")
        catalog.update(pot, update_header_comment=False)
        catalog.obsolete.clear()  # a removed text needs no translation any more
        _write(path, catalog)
        written.append(path)
    return written


def mark_reviewed(lang: Language, reviewer: str, catalogs: Catalogs | None = None) -> int:
    """Mark every usable translation of ``lang`` as checked by ``reviewer``; how many.

    For a qualified translator who has checked the whole language. An entry edited later
    no longer matches its mark and shows as unreviewed again.
    """
    folder = (catalogs or Catalogs()).folder
    path = folder / f"{lang.code}.po"
    with path.open("rb") as handle:
        catalog = read_po(handle, locale=lang.code)
    marked = 0
    for message in catalog:
        if not message.id or message.fuzzy:
            continue
        key = message.id if isinstance(message.id, str) else str(message.id[0])
        forms = (
            (message.string,) if isinstance(message.string, str) else tuple(message.string or ())
        )
        if not forms or not all(forms):
            continue
        kept = [c for c in message.user_comments if not c.strip().startswith("reviewed:")]
        message.user_comments = [*kept, review_comment(reviewer, key, tuple(map(str, forms)))]
        marked += 1
    _write(path, catalog)
    return marked
