"""Keeping the handout catalogs in step with the texts: ``wegwijzer translations --update``.

Collects every ``N_("...")`` text of ``desktop/documents/`` and the texts of the sociale kaart
(``resources/handouts/sociale_kaart.toml``) into ``handouts.pot``, then merges that template
into each language's PO file: new texts arrive empty, changed ones are marked fuzzy (unsure,
so they fall back to Dutch until a translator confirms them), translations are kept.
"""

from __future__ import annotations

import re
from datetime import UTC, datetime
from pathlib import Path

from babel.messages.catalog import Catalog
from babel.messages.extract import extract_from_dir
from babel.messages.pofile import read_po, write_po

from desktop.documents.catalog import Catalogs, needs_translation
from desktop.documents.config import HandoutConfig, load_config
from desktop.documents.languages import LANGUAGES

_SOURCES = Path(__file__).resolve().parent
_HEADER_END = re.compile(r'^("Generated-By: [^"]*")$', re.MULTILINE)


def template(config: HandoutConfig | None = None) -> Catalog:
    """The catalog of every Dutch handout text, with where it comes from."""
    catalog = Catalog(project="Wegwijzer handouts", locale=None, charset="utf-8")
    found = extract_from_dir(str(_SOURCES), keywords={"N_": None}, comment_tags=("NOTE:",))
    for filename, lineno, message, comments, _context in found:
        if isinstance(message, str) and needs_translation(message):
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


def _write(path: Path, catalog: Catalog, review: str | None) -> None:
    with path.open("wb") as handle:
        write_po(
            handle, catalog, width=96, omit_header=False, sort_output=False, include_lineno=False
        )
    if review is not None:  # Babel keeps no custom headers: put the review status back
        text = path.read_text(encoding="utf-8")
        text = _HEADER_END.sub(lambda m: f'{m.group(1)}\n"X-Review-Status: {review}\\n"', text, 1)
        path.write_text(text, encoding="utf-8")


def update_catalogs(catalogs: Catalogs | None = None) -> list[Path]:
    """Write ``handouts.pot`` and merge it into every language's PO file; the files written."""
    folder = (catalogs or Catalogs()).folder
    folder.mkdir(parents=True, exist_ok=True)
    pot = template()
    pot.creation_date = datetime(2025, 1, 1, tzinfo=UTC)  # stable: no diff noise per run
    written = [folder / "handouts.pot"]
    _write(written[0], pot, None)
    for lang in LANGUAGES.values():
        if lang.is_dutch:
            continue
        path = folder / f"{lang.code}.po"
        review = "draft"
        if path.exists():
            raw = path.read_text(encoding="utf-8")
            match = re.search(r'"X-Review-Status:\s*(\w+)', raw)
            review = match.group(1) if match else "draft"
            with path.open("rb") as handle:
                catalog = read_po(handle, locale=lang.code)
        else:
            catalog = Catalog(locale=lang.code, project="Wegwijzer handouts", charset="utf-8")
        catalog.update(pot, update_header_comment=False)
        catalog.obsolete.clear()  # a removed text needs no translation any more
        _write(path, catalog, review)
        written.append(path)
    return written
