"""The caseload item model: Qt's model rules, masking, alignment, sorting."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from desktop.caseload import load_caseload
from desktop.store import Store
from tests.conftest import PASSPHRASE
from tests.ui.conftest import TODAY
from ui.caseload_model import CaseloadModel, Column, mask_bsn


@pytest.fixture
def rows(populated_dir: Path):
    with Store.open(populated_dir, PASSPHRASE) as store:
        return load_caseload(store, today=TODAY)


def _find(model: CaseloadModel, display_name: str) -> int:
    for row in range(model.rowCount()):
        if model.row_at(row).display_name == display_name:
            return row
    raise AssertionError(display_name)


def test_model_passes_qtmodeltester(qtmodeltester, rows, translations):
    model = CaseloadModel()
    qtmodeltester.check(model)
    model.set_rows(rows)
    qtmodeltester.check(model)
    model.sort(int(Column.NAME), Qt.SortOrder.DescendingOrder)
    qtmodeltester.check(model)


def test_bsn_masked_unless_asked(rows, translations):
    model = CaseloadModel()
    model.set_rows(rows)
    row = _find(model, "Haddad, Rami")
    index = model.index(row, int(Column.BSN))
    assert model.data(index) == "••••••782"
    model.set_show_bsn(True)
    assert model.data(index) == "123456782"
    assert mask_bsn(None) == ""


def test_arabic_name_right_aligned_ethiopic_left(rows, translations):
    model = CaseloadModel()
    model.set_rows(rows)
    arabic = model.index(_find(model, "Haddad, Rami"), int(Column.NAME_ORIGINAL))
    ethiopic = model.index(_find(model, "Tesfay, Senait"), int(Column.NAME_ORIGINAL))
    assert model.data(arabic) == "رامي حداد"
    alignment = model.data(arabic, Qt.ItemDataRole.TextAlignmentRole)
    assert alignment & Qt.AlignmentFlag.AlignRight
    assert alignment & Qt.AlignmentFlag.AlignAbsolute  # not mirrored by the RTL delegate
    assert model.data(ethiopic, Qt.ItemDataRole.TextAlignmentRole) & Qt.AlignmentFlag.AlignLeft


def test_sorting_by_name_and_deadline(rows, translations):
    model = CaseloadModel()
    model.set_rows(rows)
    model.sort(int(Column.NAME))
    names = [model.row_at(r).display_name for r in range(model.rowCount())]
    assert names == sorted(names, key=str.casefold)
    model.sort(int(Column.NEXT_DEADLINE), Qt.SortOrder.DescendingOrder)
    dues = [model.row_at(r).next_due for r in range(model.rowCount())]
    known = [d for d in dues if d is not None]
    assert known == sorted(known, reverse=True)
    model.set_rows(rows)  # new rows keep the chosen order
    assert [model.row_at(r).next_due for r in range(model.rowCount())] == dues


def test_overdue_deadline_is_red_with_icon(rows, translations):
    model = CaseloadModel()
    model.set_rows(rows)
    overdue = [r for r in range(model.rowCount()) if model.row_at(r).next_status == "overdue"]
    assert overdue, "the test caseload has someone who is late"
    index = model.index(overdue[0], int(Column.NEXT_DEADLINE))
    assert "Te laat" in model.data(index)
    assert model.data(index, Qt.ItemDataRole.ForegroundRole).color().name() == "#c62828"
    assert not model.data(index, Qt.ItemDataRole.DecorationRole).isNull()
    assert model.data(index, Qt.ItemDataRole.ToolTipRole)
