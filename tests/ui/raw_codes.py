"""Find codes shown raw on a screen: an enum value ("telefoon", "vwn_begeleider") where the
consultant should read a label ("Telefoongesprek"), in any combo, table, list or label."""

from __future__ import annotations

import enum
import importlib
import pkgutil
import re
from functools import cache

from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QComboBox,
    QGroupBox,
    QLabel,
    QTabBar,
    QWidget,
)

import desktop

#: Enum values that are the consultant's own words as well (shown inside a sentence or as a
#: proper name), or that never reach a screen.
NOT_CODES = frozenset({"csv", "json", "xlsx", "latin", "arabic", "ethiopic", "text", "note",
                       "date", "bool", "choice", "number", "bsn", "small", "hidden"})  # fmt: skip


@cache
def enum_values() -> frozenset[str]:
    """Every StrEnum value of the core (the codes the store holds)."""
    found: set[str] = set()
    for info in pkgutil.walk_packages(desktop.__path__, "desktop."):
        try:
            module = importlib.import_module(info.name)
        except Exception:
            continue
        for thing in vars(module).values():
            if isinstance(thing, type) and issubclass(thing, enum.StrEnum):
                found |= {str(member.value) for member in thing}
    return frozenset(found - NOT_CODES)


_PARTS = re.compile(r"\s+[·–—-]\s+|\n")


def _texts(widget: QWidget) -> list[str]:
    if isinstance(widget, QComboBox):
        return [widget.itemText(i) for i in range(widget.count())]
    if isinstance(widget, QLabel | QAbstractButton):
        return [widget.text()]
    if isinstance(widget, QGroupBox):
        return [widget.title()]
    if isinstance(widget, QTabBar):
        return [widget.tabText(i) for i in range(widget.count())]
    if isinstance(widget, QAbstractItemView) and widget.model() is not None:
        model, top = widget.model(), QModelIndex()
        try:
            columns = model.columnCount(top)
        except TypeError:  # a list model: one column, its count private in Qt
            columns = 1
        texts = [str(model.headerData(c, Qt.Orientation.Horizontal) or "") for c in range(columns)]
        for row in range(min(model.rowCount(top), 60)):
            for column in range(columns):
                value = model.index(row, column).data()
                if isinstance(value, str):
                    texts.append(value)
        return texts
    return []


def raw_codes(top: QWidget, allowed: frozenset[str] = frozenset()) -> list[str]:
    """The codes shown raw in the visible widgets of ``top``'s window."""
    codes = enum_values() - allowed
    shown = []
    for widget in top.findChildren(QWidget):
        if not widget.isVisible() or widget.window() is not top:
            continue
        for text in _texts(widget):
            for part in _PARTS.split(text.replace("&", "")):
                if part.strip() in codes:
                    shown.append(f"{type(widget).__name__} {widget.objectName()}: {part.strip()!r}")
    return sorted(set(shown))
