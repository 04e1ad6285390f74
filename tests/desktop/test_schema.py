"""The schema registry: desktop.schema alone registers every table that any module declares."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]

SCRIPT = """
import importlib, json, pkgutil, sys
import desktop.schema as schema
alone = sorted(schema.metadata.tables)
import desktop
for module in pkgutil.walk_packages(desktop.__path__, "desktop."):
    importlib.import_module(module.name)
mapped = {m.class_.__module__ for m in schema.domain_model.Base.registry.mappers}
print(json.dumps({
    "alone": alone,
    "everything": sorted(schema.metadata.tables),
    "mapped_in": sorted(mapped),
    "registered": sorted(m.__name__ for m in schema.MODEL_MODULES),
}))
"""


def _run() -> dict[str, list[str]]:

    result = subprocess.run(
        [sys.executable, "-c", SCRIPT], cwd=ROOT, capture_output=True, text=True, check=True
    )
    found: dict[str, list[str]] = json.loads(result.stdout)
    return found


def test_the_registry_alone_registers_every_table() -> None:
    found = _run()
    assert found["alone"] == found["everything"]
    assert {"person", "app_user", "audit_entry", "tombstone", "sync_version"} <= set(found["alone"])


def test_every_module_that_declares_tables_is_in_the_registry() -> None:
    found = _run()
    unregistered = set(found["mapped_in"]) - set(found["registered"])
    assert not unregistered, f"add these to desktop/schema.py: {sorted(unregistered)}"
