"""Starting the GUI: options, the QApplication, the language and the main window."""

from __future__ import annotations

import argparse
import logging
import os
import sys
import time
from datetime import date
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QSettings
from PySide6.QtWidgets import QApplication

import desktop
from desktop.diagnostics import configure_logging
from desktop.store.paths import default_data_dir
from ui.crash import CrashHandler
from ui.i18n import LANGUAGES, Translations, saved_language
from ui.main_window import MainWindow
from ui.memory import tune_collector

_PROCESS_T0 = time.time()
log = logging.getLogger(__name__)


def _iso_date(text: str) -> date:
    try:
        return date.fromisoformat(text)
    except ValueError as error:
        raise argparse.ArgumentTypeError(f"not a date (YYYY-MM-DD): {text!r}") from error


def option_parser() -> argparse.ArgumentParser:
    """The GUI's own options (Qt's, such as -platform, are taken by QApplication)."""
    parser = argparse.ArgumentParser(prog="wegwijzer", description="Wegwijzer desktop app")
    parser.add_argument("--data-dir", type=Path, help="folder of the encrypted database")
    parser.add_argument("--lang", choices=LANGUAGES, help="language of the screens (nl, en)")
    parser.add_argument("--today", type=_iso_date, help="pretend today is this date (demos)")
    # Benchmark only: unlock with $WEGWIJZER_PASSPHRASE, quit once the caseload is shown.
    parser.add_argument("--benchmark-startup", action="store_true", help=argparse.SUPPRESS)
    return parser


def _benchmark_startup(app: QApplication, window: MainWindow) -> None:
    """Time start-up to an interactive caseload: unlock as a person would, then quit.

    The clock starts at $WEGWIJZER_BENCH_T0 (the benchmark's ``time.time()`` just before it
    launched this process), so interpreter start and imports are counted too.
    """
    t0 = float(os.environ.get("WEGWIJZER_BENCH_T0", "0")) or _PROCESS_T0

    def loaded(loading: bool) -> None:
        if not loading:
            app.processEvents()  # the table is painted and takes input from here on
            print(f"caseload ready after {time.time() - t0:.3f} s", flush=True)
            app.quit()

    window.caseload.loading_changed.connect(loaded)
    window.unlock.passphrase.setText(os.environ.get("WEGWIJZER_PASSPHRASE", ""))
    window.unlock.unlock_button.click()


def run(argv: list[str] | None = None) -> int:
    """Run the GUI until the window is closed; return the exit code."""
    from desktop.hardening import disable_core_dumps

    disable_core_dumps()  # no core file of the unlocked app can hold its keys
    args_in = list(sys.argv[1:] if argv is None else argv)
    tune_collector()
    QCoreApplication.setOrganizationName("Wegwijzer")
    QCoreApplication.setApplicationName("Wegwijzer")
    existing = QApplication.instance()
    if isinstance(existing, QApplication):
        app, remaining = existing, args_in
    else:
        app = QApplication([sys.argv[0], *args_in])  # takes Qt's own options, e.g. -platform
        remaining = app.arguments()[1:]
    options, _unknown = option_parser().parse_known_args(remaining)
    configure_logging("wegwijzer")
    log.info("Wegwijzer %s starts", desktop.__version__)
    crash = CrashHandler(app)
    crash.install()
    try:
        return _run_window(app, options)
    finally:
        crash.uninstall()


def _run_window(app: QApplication, options: argparse.Namespace) -> int:
    settings = QSettings()
    translations = Translations(app)
    language = options.lang or saved_language(settings)
    translations.switch(language)
    if options.lang:
        settings.setValue("ui/language", options.lang)

    window = MainWindow(
        options.data_dir or default_data_dir(),
        today=options.today or date.today(),
        translations=translations,
        settings=settings,
    )
    window.resize(1280, 720)
    window.show()
    if options.benchmark_startup:
        _benchmark_startup(app, window)
    try:
        return app.exec()
    finally:
        translations.remove()
