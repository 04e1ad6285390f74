"""Small building blocks shared by the screens: a centred panel, headings, error labels."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QGridLayout, QLabel, QLayout, QVBoxLayout, QWidget

PANEL_WIDTH = 620


def heading_label() -> QLabel:
    """A large bold label for the title of a screen."""
    label = QLabel()
    font = label.font()
    font.setPointSizeF(font.pointSizeF() * 1.6)
    font.setBold(True)
    label.setFont(font)
    return label


def error_label() -> QLabel:
    """A red, wrapping label for a message next to a field; empty when all is well."""
    label = QLabel()
    label.setObjectName("error")
    label.setWordWrap(True)
    label.setStyleSheet("QLabel#error { color: #b00020; font-weight: bold; }")
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    return label


def centred_panel(*items: QWidget | QLayout) -> QWidget:
    """A page with the items stacked in a fixed-width column in the middle of the screen."""
    page = QWidget()
    column = QWidget()
    column.setMaximumWidth(PANEL_WIDTH)
    column.setMinimumWidth(min(PANEL_WIDTH, 420))
    stack = QVBoxLayout(column)
    stack.setSpacing(14)
    for item in items:
        if isinstance(item, QLayout):
            stack.addLayout(item)
        else:
            stack.addWidget(item)
    grid = QGridLayout(page)
    grid.addWidget(column, 1, 1)
    grid.setRowStretch(0, 1)
    grid.setRowStretch(2, 2)
    grid.setColumnStretch(0, 1)
    grid.setColumnStretch(2, 1)
    return page
