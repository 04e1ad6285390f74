"""Screenshots of the dossier's Contact tab (journal and attachments), offscreen at 1366x768.

Starts from an empty store with one person; run with QT_SCALE_FACTOR=1.5 for the 150% look.
Usage: python scripts/screenshots_contact.py [--out screenshots]
"""

from __future__ import annotations

import argparse
import io
import os
import sys
import tempfile
from datetime import date
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication
from reportlab.lib.pagesizes import A4
from reportlab.pdfgen.canvas import Canvas

from desktop.domain.enums import Category
from desktop.domain.model import Consultant, Person, Trajectory
from desktop.dossier import saving
from desktop.dossier.journal.attachments import add_attachment
from desktop.store import Store
from scripts.screenshots import FAST_KDF, PASSPHRASE, TODAY, make_window, shoot, wait_until
from ui.i18n import Translations

NOTES = (
    ("24-02-2025", "telefoon", "vwn", "Begeleider belde: huurcontract is getekend, sleutel op "
     "3 maart. Gaat mee naar de woningbouw.", False),
    ("26-02-2025", "signaal", "school", "School meldt dat de oudste zoon drie dagen niet op de "
     "ISK was.", False),
    ("27-02-2025", "bezoek", "coa", "Casemanager: slaapt slecht, doorverwezen naar de huisarts.",
     True),
    ("28-02-2025", "e-mail", "taalcoach", "Taalcoach: oefent twee keer per week, gaat goed.",
     False),
)  # fmt: skip


def scan_pdf() -> bytes:
    buffer = io.BytesIO()
    canvas = Canvas(buffer, pagesize=A4, invariant=True)
    for page in (1, 2):
        canvas.setFont("Helvetica-Bold", 20)
        canvas.drawString(72, 770, "Persoonlijk Plan Inburgering en Participatie")
        canvas.setFont("Helvetica", 12)
        canvas.drawString(72, 740, f"Pagina {page} van 2 — ondertekend op 28-02-2025")
        for line in range(20):
            canvas.line(72, 700 - line * 24, 520, 700 - line * 24)
        canvas.showPage()
    canvas.save()
    return buffer.getvalue()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--out", type=Path, default=Path("screenshots"))
    args = parser.parse_args()
    args.out.mkdir(parents=True, exist_ok=True)
    app = QApplication.instance() or QApplication(sys.argv)
    with tempfile.TemporaryDirectory() as temp:
        work = Path(temp)
        folder = work / "data"
        store, _key = Store.create(folder, PASSPHRASE, params=FAST_KDF)
        with store:
            with store.transaction() as session:
                consultant = Consultant(name="Anna de Vries")
                person = Person(given_names="Senait", family_name="Tesfay",
                                category=Category.ASIELSTATUSHOUDER)  # fmt: skip
                session.add_all([consultant, person])
                session.flush()
                session.add(Trajectory(person_id=person.id, consultant_id=consultant.id,
                                       koppeling_date=date(2025, 1, 10)))  # fmt: skip
                person_id = person.id
            for day, category, source, text, health in NOTES:
                values = {"on_date": day, "category": category, "source": source, "text": text,
                          "health": health}  # fmt: skip
                saving.save(store, person_id, "contact_note", values, today=TODAY)
            add_attachment(store, person_id, data=scan_pdf(), title="Ondertekend PIP",
                           file_name="PIP Senait Tesfay.pdf", today=TODAY)  # fmt: skip
        translations = Translations(app)
        translations.switch("nl")
        settings = QSettings(str(work / "settings.ini"), QSettings.Format.IniFormat)
        window = make_window(folder, translations, settings)
        window.unlock.passphrase.setText(PASSPHRASE)
        window.unlock.unlock_button.click()
        wait_until(lambda: window.caseload.model.rowCount() > 0)
        window.open_person(person_id)
        page = window.dossier
        wait_until(lambda: page.dossier is not None)
        page.show_tab("contact")
        contact = page.pages["contact"]
        shoot(window, args.out, "contact_journal")
        contact.journal.show_health.setChecked(True)
        contact.journal.filter.setText("huisarts")
        shoot(window, args.out, "contact_journal_health_search")
        contact.journal.filter.clear()
        contact.inner.setCurrentWidget(contact.attachments)
        attachments = contact.attachments
        attachments.table.setCurrentIndex(attachments.model.index(0, 0))
        attachments.view_current()
        wait_until(lambda: attachments.viewer.widget().height() > 2000)  # the pages laid out
        shoot(window, args.out, "contact_attachment_view")
        window.close()


if __name__ == "__main__":
    main()
