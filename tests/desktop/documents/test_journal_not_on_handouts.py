"""The contact journal never reaches a handout: not its health notes, not any note."""

from __future__ import annotations

from pathlib import Path

import pytest

from desktop.documents import DocumentKind, HandoutMaker
from desktop.dossier import saving
from desktop.store import Store
from tests.desktop.documents.conftest import TODAY, pdf_text

HEALTH_NOTE = "Casemanager meldt nachtmerries en hoofdpijn"
PLAIN_NOTE = "Belde over de fietsles op dinsdagmiddag"


@pytest.mark.parametrize("kind", [k for k in DocumentKind if k is not DocumentKind.SOCIALE_KAART])
def test_no_journal_note_on_any_handout(
    store: Store, people: dict[str, str], maker: HandoutMaker, tmp_path: Path, kind: DocumentKind
) -> None:
    person_id = people["ar"]
    for text, health in ((HEALTH_NOTE, True), (PLAIN_NOTE, False)):
        values = {"on_date": "20-02-2025", "category": "telefoon", "source": "coa",
                  "text": text, "health": health}  # fmt: skip
        saving.save(store, person_id, "contact_note", values, today=TODAY)
    handout = maker.render_for(store, person_id, kind, today=TODAY, lang="nl")
    text = " ".join(pdf_text(handout.pdf, tmp_path).split())
    assert len(text) > 100  # the handout was read back
    assert "nachtmerries" not in text and "fietsles" not in text
