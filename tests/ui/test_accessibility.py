"""Accessibility smoke test: every focusable control of every screen and dialog has a name.

A screen reader reads a control's accessible name; without one a blind consultant hears
"edit" or "combo box". A field counts as named when it has an accessible name or a label
whose buddy it is; a button by its text. The walk also checks that Tab reaches the controls.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QAccessible
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSpinBox,
    QComboBox,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QTabBar,
    QTabWidget,
    QTextEdit,
    QWidget,
)

from tests.ui.screens import app_screens, first_run_screens

#: Controls whose content Qt would read as their name (a combo's current choice): they need
#: a name or a label of their own.
NEEDS_LABEL = (QComboBox, QAbstractSpinBox, QLineEdit, QPlainTextEdit, QTextEdit, QAbstractItemView)


def _inside_compound(widget: QWidget) -> bool:
    """Part of another control (the line edit in a spin box, a calendar's own buttons)."""
    parent = widget.parentWidget()
    while parent is not None and not parent.isWindow():
        if isinstance(parent, QComboBox | QAbstractSpinBox) or parent.inherits("QCalendarWidget"):
            return True
        parent = parent.parentWidget()
    return False


def unnamed_controls(top: QWidget) -> list[str]:
    """The focusable, visible controls of ``top`` without an accessible name."""
    buddies = {id(label.buddy()) for label in top.findChildren(QLabel) if label.buddy()}
    missing = []
    for widget in top.findChildren(QWidget):
        if not widget.isVisible() or not widget.isEnabled() or widget.window() is not top:
            continue
        if not widget.focusPolicy() & Qt.FocusPolicy.TabFocus or _inside_compound(widget):
            continue
        if widget.accessibleName().strip() or id(widget) in buddies:
            continue
        if isinstance(widget, NEEDS_LABEL):
            missing.append(_describe(widget))
            continue
        if isinstance(widget, QAbstractButton) and widget.text().replace("&", "").strip():
            continue
        if isinstance(widget, QTabBar | QTabWidget):
            continue  # each tab is named by its text
        face = QAccessible.queryAccessibleInterface(widget)
        if face is None or not face.text(QAccessible.Text.Name).strip():
            missing.append(_describe(widget))
    return missing


def _describe(widget: QWidget) -> str:
    return f"{type(widget).__name__} {widget.objectName() or '(no objectName)'}"


def test_every_screen_names_its_controls(qtbot, make_window, populated_dir: Path) -> None:
    window = make_window(populated_dir)
    problems: dict[str, list[str]] = {}
    seen = 0
    for name, screen in app_screens(qtbot, window):
        missing = unnamed_controls(screen.window())
        seen += 1
        if missing:
            problems[name] = sorted(set(missing))
    assert seen > 25  # every tab and dialog was walked
    assert problems == {}, "\n".join(f"{k}: {v}" for k, v in problems.items())


def test_the_first_run_names_its_controls(qtbot, tmp_path: Path) -> None:
    for _name, screen in first_run_screens(qtbot, tmp_path / "new"):
        assert unnamed_controls(screen.window()) == []


def test_tab_moves_through_the_search_and_the_filters(qtbot, make_window, populated_dir) -> None:
    from tests.ui.conftest import unlock

    window = make_window(populated_dir)
    unlock(qtbot, window)
    view = window.caseload
    view.search.setFocus()
    order = []
    for _ in range(12):
        qtbot.keyClick(QWidget.focusWidget(view.search) or view.search, Qt.Key.Key_Tab)
        order.append(window.focusWidget())
    assert view.consultant in order and view.table in order
    assert order.index(view.consultant) < order.index(view.table)


def _catalogue() -> tuple[frozenset[str], frozenset[str]]:
    """(English source texts, their Dutch translations), those that differ, without
    accelerator ampersands: a name in one set while the UI speaks the other is stale."""
    from xml.etree import ElementTree

    english, dutch = set(), set()
    tree = ElementTree.parse(Path(__file__).parents[2] / "translations" / "wegwijzer_nl.ts")
    for message in tree.iter("message"):
        source = (message.findtext("source") or "").replace("&", "").strip()
        translation = (message.findtext("translation") or "").replace("&", "").strip()
        if source and translation and source != translation:
            english.add(source)
            dutch.add(translation)
    return frozenset(english - dutch), frozenset(dutch - english)


def names_in_the_wrong_language(top: QWidget, wrong: frozenset[str]) -> list[str]:
    """Focusable controls whose accessible name or description is a text of the other
    language (set once in a constructor and not again after a language switch)."""
    stale = []
    for widget in top.findChildren(QWidget):
        if not widget.isVisible() or widget.window() is not top:
            continue
        if not widget.focusPolicy() & Qt.FocusPolicy.TabFocus:
            continue
        for text in (widget.accessibleName(), widget.accessibleDescription()):
            if text.replace("&", "").strip() in wrong:
                stale.append(f"{_describe(widget)}: {text!r}")
    return stale


def test_names_follow_a_language_switch(qtbot, make_window, populated_dir: Path) -> None:
    english, dutch = _catalogue()
    assert "Recorded so far" in english and "Tot nu toe vastgelegd" in dutch
    window = make_window(populated_dir)
    problems: dict[str, list[str]] = {}
    for language, wrong in (("en", dutch), ("nl", english)):
        window.set_language(language)  # the screens were made in the other language
        qtbot.waitUntil(lambda lang=language: window.file_menu.title() == (
            "&File" if lang == "en" else "&Bestand"))  # fmt: skip
        for name, screen in app_screens(qtbot, window):
            top = screen.window()
            found = names_in_the_wrong_language(top, wrong) + unnamed_controls(top)
            if found:
                problems[f"{language}:{name}"] = sorted(set(found))
        window.lock()
        qtbot.waitUntil(lambda: window.stack.currentWidget() is window.unlock)
    assert problems == {}, "\n".join(f"{k}: {v}" for k, v in problems.items())
