"""Fixtures for the screens: real encrypted stores with a small caseload, the main window."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QSettings, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QWidget

from desktop.domain.enums import Category, EndKind, Route
from desktop.domain.model import Consultant, Person, Pip, Trajectory
from desktop.store import Store
from tests.conftest import FAST_KDF, PASSPHRASE
from ui.i18n import Translations
from ui.main_window import MainWindow

TODAY = date(2025, 3, 1)


@dataclass(frozen=True)
class Someone:
    """A person for the test caseload."""

    family: str
    given: str
    original: str
    bsn: str | None
    v_nummer: str | None
    category: Category
    consultant: int
    koppeling: date
    route: Route | None = None
    ended: bool = False


PEOPLE = (
    Someone(
        "Haddad",
        "Rami",
        "رامي حداد",
        "123456782",
        "2001234567",
        Category.ASIELSTATUSHOUDER,
        0,
        date(2024, 5, 2),
        Route.B1,
    ),
    Someone(
        "Tesfay",
        "Senait",
        "ሰናይት ተስፋይ",
        "111222333",
        "2001234568",
        Category.ASIELSTATUSHOUDER,
        1,
        date(2025, 2, 20),
    ),
    Someone(
        "Ahmadi",
        "Farid",
        "فرید احمدی",
        "232262536",
        None,
        Category.NAREIZIGER,
        0,
        date(2025, 2, 25),
        Route.Z,
    ),
    Someone("Jansen", "Olga", "", None, "2001234570", Category.GEZINSMIGRANT, 1, date(2024, 12, 1)),
    Someone(
        "Kidane",
        "Yonas",
        "ዮናስ ኪዳነ",
        "999999990",
        None,
        Category.ASIELSTATUSHOUDER,
        1,
        date(2021, 6, 1),
        Route.ONDERWIJS,
        ended=True,
    ),
)
CONSULTANTS = ("Anna de Vries", "Mehmet Yilmaz")


def populate(store: Store) -> None:
    """Two consultants and the people above, one with an ended trajectory."""
    with store.transaction() as session:
        team = [Consultant(name=name) for name in CONSULTANTS]
        session.add_all(team)
        session.flush()
        for someone in PEOPLE:
            person = Person(
                given_names=someone.given,
                family_name=someone.family,
                name_original=someone.original,
                birth_date=date(1990, 1, 15),
                bsn=someone.bsn,
                v_nummer=someone.v_nummer,
                category=someone.category,
            )
            session.add(person)
            session.flush()
            session.add(
                Trajectory(
                    person_id=person.id,
                    consultant_id=team[someone.consultant].id,
                    koppeling_date=someone.koppeling,
                    end_kind=EndKind.VOLDAAN if someone.ended else None,
                    end_date=date(2024, 6, 1) if someone.ended else None,
                )
            )
            if someone.route is not None:
                signed = someone.koppeling.replace(day=28)
                session.add(
                    Pip(
                        person_id=person.id,
                        version=1,
                        route=someone.route,
                        signed_on=signed,
                        beschikking_on=signed,
                    )
                )


@pytest.fixture
def populated_dir(tmp_path: Path) -> Path:
    """A folder holding a closed store with the test caseload (passphrase: PASSPHRASE)."""
    folder = tmp_path / "data"
    store, _key = Store.create(folder, PASSPHRASE, params=FAST_KDF)
    with store:
        populate(store)
    return folder


@pytest.fixture
def recovery_dir(tmp_path: Path) -> tuple[Path, str]:
    """A folder holding a closed, populated store, and its recovery key."""
    folder = tmp_path / "data"
    store, key = Store.create(folder, PASSPHRASE, params=FAST_KDF)
    with store:
        populate(store)
    return folder, key


@pytest.fixture
def settings(tmp_path: Path) -> QSettings:
    """Settings in a temporary INI file, so tests never touch the user's."""
    return QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)


@pytest.fixture
def translations(qapp: QApplication) -> Iterator[Translations]:
    """The Dutch translation installed, as when the app starts; removed afterwards."""
    translations = Translations(qapp)
    assert translations.switch("nl")
    yield translations
    translations.remove()


@pytest.fixture
def make_window(
    qtbot, translations: Translations, settings: QSettings
) -> Iterator[Callable[[Path], MainWindow]]:
    """Build the main window for a data folder, shown at laptop size; closed afterwards."""
    windows: list[MainWindow] = []

    def make(folder: Path) -> MainWindow:
        window = MainWindow(
            folder, today=TODAY, translations=translations, settings=settings, params=FAST_KDF
        )
        qtbot.addWidget(window)
        window.resize(1366, 768)
        window.show()
        windows.append(window)
        return window

    yield make
    for window in windows:
        window.lock()
        window.runner.wait()


def type_text(widget: QWidget, text: str) -> None:
    """Type any text, also Arabic or Ethiopic (qtbot.keyClicks only copes with ASCII)."""
    for ch in text:
        QTest.sendKeyEvent(
            QTest.KeyAction.Click, widget, Qt.Key.Key_unknown, ch, Qt.KeyboardModifier.NoModifier
        )


def unlock(qtbot, window: MainWindow, passphrase: str = PASSPHRASE) -> None:
    """Type the passphrase, press Return, and wait until the caseload is loaded."""
    qtbot.keyClicks(window.unlock.passphrase, passphrase)
    with qtbot.waitSignal(window.caseload.counts_changed, timeout=10_000):
        qtbot.keyClick(window.unlock.passphrase, Qt.Key.Key_Return)


def translate(context: str, text: str) -> str:
    return QCoreApplication.translate(context, text)


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    """The offscreen platform warns that it cannot propagate size hints; that is not our bug."""
    here = Path(__file__).parent
    for item in items:
        if here in Path(item.fspath).parents:
            item.add_marker(pytest.mark.qt_log_ignore("does not support propagateSizeHints"))


@pytest.fixture(scope="module")
def cups_queue():
    """A real CUPS queue (cups-pdf) for printing tests; skipped where CUPS cannot run."""
    from tests.cups import pdf_queue, why_not

    reason = why_not()
    if reason is not None:
        pytest.skip(reason)
    with pdf_queue() as queue:
        yield queue


def pick_languages(qtbot, picker, codes: str) -> None:
    """Choose languages in a language field as a consultant does: a letter opens the list,
    the rest is typed into its search, Down and Space tick (several), Enter takes them."""
    from ui.language_picker import split_codes

    if picker.value():
        picker.display.setFocus()
        qtbot.keyClick(picker.display, Qt.Key.Key_Delete)  # empty the field first
    for code in split_codes(codes):
        if picker.multiple and picker.chooser is not None:
            chooser = picker.chooser
            chooser.search.clear()
            qtbot.keyClicks(chooser.search, code)
        else:
            qtbot.keyClicks(picker.display, code[0])  # opens the chooser, searching
            chooser = picker.chooser
            assert chooser is not None
            qtbot.keyClicks(chooser.search, code[1:])
        if picker.multiple:
            qtbot.keyClick(chooser.search, Qt.Key.Key_Down)
            qtbot.keyClick(chooser.list, Qt.Key.Key_Space)
        else:
            qtbot.keyClick(chooser.search, Qt.Key.Key_Return)
    if picker.multiple and picker.chooser is not None:
        qtbot.keyClick(picker.chooser.search, Qt.Key.Key_Return)
    assert picker.value() == ",".join(split_codes(codes)), (picker.value(), codes)
