"""The audit CSV export never hands a spreadsheet a formula (OWASP CSV injection)."""

from __future__ import annotations

import csv
import io

from desktop.access import review
from desktop.audit.trail import Action, record
from desktop.store import Store


def test_a_user_name_made_to_be_a_formula_is_written_as_text(admin_store: Store) -> None:
    admin_store.user = "=cmd|'/c calc'!A1"  # as a name typed into the user list
    record(admin_store, Action.LOCK, detail="+SUM(1,1)")
    admin_store.user = "beheerder"
    data = review.export(admin_store, review.entries(admin_store)).decode("utf-8-sig")
    rows = list(csv.reader(io.StringIO(data), delimiter=";"))
    cells = [cell for row in rows for cell in row]
    assert "'=cmd|'/c calc'!A1" in cells and "'+SUM(1,1)" in cells
    assert not any(cell[:1] in ("=", "+", "@") for cell in cells)
