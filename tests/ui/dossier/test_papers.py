"""From the dossier: record and withdraw consent, make the papers, attach the signed scan."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import Qt
from sqlalchemy import select

from desktop.audit.models import AuditEntry
from desktop.audit.trail import Action
from desktop.documents.dossier_papers import PaperKind
from desktop.domain.enums import Recipient
from desktop.dossier.journal.models import Attachment
from tests.desktop.documents.conftest import pdfium_text
from tests.ui.conftest import type_text
from ui.handouts.papers import ConsentModel, PapersDialog
from ui.main_window import MainWindow


def _open(qtbot, window: MainWindow) -> PapersDialog:
    qtbot.mouseClick(window.dossier.papers_button, Qt.MouseButton.LeftButton)
    dialog = window.dossier.papers_dialog
    assert isinstance(dialog, PapersDialog)
    qtbot.waitUntil(lambda: dialog.isVisible())
    return dialog


def _choose(dialog: PapersDialog, kind: PaperKind) -> None:
    dialog.kind.setCurrentIndex(dialog.kind.findData(kind.value))


def test_a_partner_paper_is_refused_until_consent_then_made_and_withdrawn(
    qtbot, dossier_window: Callable[[str], MainWindow], tmp_path: Path
) -> None:
    window = dossier_window("Tesfay")
    dialog = _open(qtbot, window)
    _choose(dialog, PaperKind.OVERDRACHT)
    with qtbot.waitSignal(dialog.failed, timeout=20_000) as refused:
        qtbot.mouseClick(dialog.make_button, Qt.MouseButton.LeftButton)
    assert "geen geldige toestemming" in refused.args[0]
    assert "geen geldige toestemming" in dialog.status.text()
    assert not dialog.save_button.isEnabled()

    dialog.recipient.setCurrentIndex(dialog.recipient.findData(Recipient.NIEUWE_GEMEENTE.value))
    type_text(dialog.recipient_name, "Gemeente Zwolle")
    with qtbot.waitSignal(dialog.consents_changed, timeout=10_000):
        qtbot.mouseClick(dialog.give_button, Qt.MouseButton.LeftButton)
    assert dialog.model.rowCount() == 1
    assert dialog.model.index(0, 1).data() == "Gemeente Zwolle"

    with qtbot.waitSignal(dialog.made, timeout=20_000):
        qtbot.mouseClick(dialog.make_button, Qt.MouseButton.LeftButton)
    saved = dialog.save_paper(str(tmp_path / "overdracht"))
    assert saved is not None and saved.suffix == ".pdf"
    assert "uitwisselbestand" in pdfium_text(saved.read_bytes())

    dialog.table.selectRow(0)
    assert dialog.withdraw_button.isEnabled()
    with qtbot.waitSignal(dialog.consents_changed, timeout=10_000):
        qtbot.mouseClick(dialog.withdraw_button, Qt.MouseButton.LeftButton)
    assert dialog.model.index(0, 4).data() != ""
    with qtbot.waitSignal(dialog.failed, timeout=20_000):
        qtbot.mouseClick(dialog.make_button, Qt.MouseButton.LeftButton)
    store = window.dossier.store
    with store.reading() as session:
        actions = [e.action for e in session.scalars(select(AuditEntry))
                   if e.action in (Action.EXPORT.value, Action.REFUSED.value)]  # fmt: skip
    assert actions.count(Action.REFUSED.value) == 2 and actions.count(Action.EXPORT.value) == 1
    with store.reading() as session:
        saved_entries = [e for e in session.scalars(select(AuditEntry))
                         if e.action == Action.SAVE_DOCUMENT.value]  # fmt: skip
    assert [e.detail for e in saved_entries] == ["Warme overdracht aan de nieuwe gemeente"]


def test_the_signed_pip_scan_goes_back_into_the_dossier(
    qtbot, dossier_window: Callable[[str], MainWindow], tmp_path: Path
) -> None:
    window = dossier_window("Haddad")
    dialog = _open(qtbot, window)
    _choose(dialog, PaperKind.PIP_ONDERTEKENING)
    with qtbot.waitSignal(dialog.made, timeout=20_000):
        qtbot.mouseClick(dialog.make_button, Qt.MouseButton.LeftButton)
    scan = dialog.save_paper(str(tmp_path / "getekend.pdf"))  # stands in for the scan
    assert scan is not None
    with qtbot.waitSignal(dialog.attached, timeout=10_000):
        dialog.attach(str(scan))
    with window.dossier.store.reading() as session:
        (attachment,) = session.scalars(select(Attachment)).all()
    assert attachment.title == "PIP om te ondertekenen, ondertekend"


def test_consent_model(qtmodeltester, qapp) -> None:
    from datetime import date

    from desktop.domain.model import Consent

    model = ConsentModel(date(2025, 3, 10))
    model.set_rows([Consent(recipient=Recipient.TAALAANBIEDER, recipient_name="NT2",
                            given_on=date(2025, 1, 6), scope="pip")])  # fmt: skip
    qtmodeltester.check(model)
    assert model.index(0, 5).data() == model.tr("Yes")
