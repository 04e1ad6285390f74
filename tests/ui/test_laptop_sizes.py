"""Every screen and dialog fits a laptop: 1366×768 at 100 %, 1920×1080 at 150 %.

At 150 % (``QT_SCALE_FACTOR=1.5``) a 1920×1080 screen is 1280×720 logical pixels, so each
window must fit in that; run with ``WEGWIJZER_SCREEN=1280x720 QT_SCALE_FACTOR=1.5`` to check
it with real scaled fonts. With ``WEGWIJZER_SHOTS=folder`` every screen is saved as a PNG
there (``<folder>/<size>/<name>.png``) to be looked at.
"""

from __future__ import annotations

import os
from pathlib import Path

from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractScrollArea,
    QDialog,
    QPushButton,
    QWidget,
)

from tests.ui.screens import app_screens, first_run_screens, settle

#: The logical screen of the smallest laptop (1920×1080 at 150 % is 1280×720).
SMALLEST = (1280, 720)
#: What a taskbar and a title bar take.
TASKBAR = 48
CLOSE_TEXTS = {"close", "sluiten", "cancel", "annuleren", "ok"}


def screen_size() -> tuple[int, int]:
    text = os.environ.get("WEGWIJZER_SCREEN", "1366x768")
    width, height = (int(part) for part in text.split("x"))
    return width, height


def shot(widget: QWidget, name: str) -> None:
    folder = os.environ.get("WEGWIJZER_SHOTS")
    if not folder:
        return
    scale = os.environ.get("QT_SCALE_FACTOR", "1")
    width, height = screen_size()
    target = Path(folder) / f"{width}x{height}@{scale}"
    target.mkdir(parents=True, exist_ok=True)
    widget.grab().save(str(target / f"{name}.png"))


def off_screen_buttons(top: QWidget) -> list[str]:
    """Visible buttons that lie (partly) outside their window."""
    outside = []
    area = top.rect()
    for button in top.findChildren(QAbstractButton):
        if not button.isVisible() or button.window() is not top or _scrolled(button, top):
            continue
        box = button.rect().translated(button.mapTo(top, button.rect().topLeft()))
        if not area.contains(box):
            outside.append(button.text() or button.objectName())
    return outside


def _scrolled(widget: QWidget, top: QWidget) -> bool:
    """Inside a scroll area (reached by scrolling, not off the window)."""
    parent = widget.parentWidget()
    while parent is not None and parent is not top:
        if isinstance(parent, QAbstractScrollArea):
            return True
        parent = parent.parentWidget()
    return False


def _has_close_button(dialog: QDialog) -> bool:
    return any(
        b.isVisible() and b.text().replace("&", "").strip().casefold() in CLOSE_TEXTS
        for b in dialog.findChildren(QPushButton)
    )


def test_every_screen_and_dialog_fits_a_small_laptop(qtbot, make_window, populated_dir) -> None:
    width, height = screen_size()
    window = make_window(populated_dir)
    window.resize(width, height - TASKBAR)
    problems = []
    for name, screen in app_screens(qtbot, window):
        top = screen.window()
        settle(qtbot)
        shot(top, name)
        limit_w, limit_h = min(width, SMALLEST[0]), min(height, SMALLEST[1]) - TASKBAR
        hint = top.minimumSizeHint()
        if hint.width() > limit_w or hint.height() > limit_h:
            problems.append(f"{name}: needs at least {hint.width()}×{hint.height()}")
        room = top.screen().availableGeometry()  # the screen under test (see the docstring)
        too_big = top.width() > min(width, room.width()) or top.height() > min(
            height, room.height()
        )
        if isinstance(top, QDialog) and too_big:  # the main window is sized by this test
            problems.append(f"{name}: is {top.width()}×{top.height()} on {room.width()}×"
                            f"{room.height()}")  # fmt: skip
        if outside := off_screen_buttons(top):
            problems.append(f"{name}: buttons outside the window: {outside}")
        if isinstance(top, QDialog) and not _has_close_button(top):
            problems.append(f"{name}: no Close button")
    assert problems == [], "\n".join(problems)


def test_the_first_run_fits(qtbot, tmp_path: Path) -> None:
    width, height = screen_size()
    for name, screen in first_run_screens(qtbot, tmp_path / "new"):
        screen.resize(width, height - TASKBAR)
        settle(qtbot)
        shot(screen, name)
        assert screen.minimumSizeHint().width() <= SMALLEST[0]
        assert not off_screen_buttons(screen)
