"""Screenshots of the Rapportage screen and the teamleider's dossier, and the council PDF's pages
as PNGs (pdftoppm), offscreen with demo data, to look at before release.

Usage: python scripts/screenshots_reports.py [--out screenshots/reports] [--people 600]
At 150% (a 1920x1080 laptop at 150% has 1280x720 of room):
QT_SCALE_FACTOR=1.5 python scripts/screenshots_reports.py --out shots150 --size 1280x720
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import tempfile
from datetime import date
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication

from desktop.access import users
from desktop.access.models import Role
from desktop.access.session import unlock as unlock_store
from desktop.demo import populate_demo
from desktop.reports.export import Format
from desktop.store import Store
from scripts.screenshots import FAST_KDF, PASSPHRASE, SIZE, shoot, wait_until
from ui.i18n import Translations
from ui.main_window import MainWindow

TODAY = date(2026, 11, 30)
TEAMLEIDER, TEAMLEIDER_PASS = "Tamara", "tamara haar eigen wachtwoord"


def window_for(folder: Path, translations: Translations, settings: QSettings,
               size: tuple[int, int]) -> MainWindow:  # fmt: skip
    window = MainWindow(folder, today=TODAY, translations=translations, settings=settings,
                        params=FAST_KDF)  # fmt: skip
    window.resize(*size)
    window.show()
    return window


def unlock(window: MainWindow, user: str, passphrase: str) -> None:
    window.unlock.user_choice.setCurrentText(user)
    window.unlock.passphrase.setText(passphrase)
    window.unlock.unlock_button.click()
    wait_until(lambda: window.caseload.model.rowCount() > 0, 60)


def reports(window: MainWindow, out: Path) -> Path:
    view = window.reports_view
    window.show_reports()
    wait_until(lambda: view.report is not None, 60)
    wait_until(lambda: bool(view.indicators.index(0, 5).data()), 60)  # the trend

    def pick(key: str) -> None:
        row = next(i for i, f in enumerate(view._figures) if f.key == key)
        view.indicator_table.selectRow(row)

    pick("routes")
    shoot(window, out, "reports_routes")
    pick("pip_vastgesteld")
    view.outside.setChecked(True)
    shoot(window, out, "reports_outside")
    view.outside.setChecked(False)
    pdf = out / "raad.pdf"
    view.save(Format.PDF, str(pdf))
    wait_until(lambda: pdf.exists() and not window.runner.busy, 60)
    window.set_language("en")
    wait_until(lambda: window.file_menu.title() == "&File")
    pick("instroom")
    shoot(window, out, "reports_en")
    window.set_language("nl")
    return pdf


def teamleider_dossier(window: MainWindow, out: Path) -> None:
    view = window.caseload
    view.table.setCurrentIndex(view.model.index(0, 0))
    loaded = []
    window.dossier.loaded.connect(lambda: loaded.append(True))
    window.open_person(view.model.row_at(0).person_id)
    wait_until(lambda: bool(loaded), 30)
    dossier = window.dossier
    dossier.show_tab("brede_intake")
    shoot(window, out, "teamleider_intake")
    dossier.show_tab("contact")
    shoot(window, out, "teamleider_contact")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=Path("screenshots/reports"))
    parser.add_argument("--people", type=int, default=600)
    parser.add_argument("--size", default=f"{SIZE[0]}x{SIZE[1]}", help="window size, WxH")
    args = parser.parse_args()
    out = args.out.resolve()
    out.mkdir(parents=True, exist_ok=True)
    app = QApplication(sys.argv)
    with tempfile.TemporaryDirectory() as work:
        folder = Path(work) / "demo"
        store, _key = Store.create(folder, PASSPHRASE, params=FAST_KDF)
        store.close()
        with unlock_store(folder, PASSPHRASE) as admin:
            populate_demo(admin, people=args.people, today=TODAY)
            users.add_user(admin, TEAMLEIDER, TEAMLEIDER_PASS, role=Role.TEAMLEIDER,
                           params=FAST_KDF)  # fmt: skip
        settings = QSettings(str(Path(work) / "settings.ini"), QSettings.Format.IniFormat)
        translations = Translations(app)
        translations.switch("nl")
        width, height = (int(n) for n in args.size.split("x"))
        window = window_for(folder, translations, settings, (width, height))
        unlock(window, TEAMLEIDER, TEAMLEIDER_PASS)
        pdf = reports(window, out)
        teamleider_dossier(window, out)
        window.lock()
        window.runner.wait()
        window.close()
    subprocess.run(["pdftoppm", "-r", "70", "-png", str(pdf), str(out / "raad")], check=True)
    for page in sorted(out.glob("raad-*.png")):
        print(page)
    print(pdf)


if __name__ == "__main__":
    main()
