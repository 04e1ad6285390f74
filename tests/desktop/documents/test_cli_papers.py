"""The CLI makes the dossier's papers; the overdracht goes next to the exchange file."""

from __future__ import annotations

import stat
from pathlib import Path

import pytest

from desktop.cli import COMMANDS, main
from desktop.store import Store
from tests.conftest import PASSPHRASE
from tests.desktop.documents.conftest import pdfium_text


@pytest.fixture(autouse=True)
def _env(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("WEGWIJZER_KDF_PROFILE", "test")
    monkeypatch.setenv("WEGWIJZER_PASSPHRASE", PASSPHRASE)


def test_the_pip_to_sign_from_the_command_line(
    store: Store, people: dict[str, str], store_dir: Path, tmp_path: Path
) -> None:
    assert "papier" in COMMANDS
    store.close()
    out = tmp_path / "pip.pdf"
    code = main(["--data-dir", str(store_dir), "papier", "--person", people["ar"], "--doc",
                 "pip_ondertekening", "--today", "2025-03-10", "--out", str(out)])  # fmt: skip
    assert code == 0 and stat.S_IMODE(out.stat().st_mode) == 0o600
    assert "Handtekening consulent" in pdfium_text(out.read_bytes())


def test_the_overdracht_next_to_the_exchange_file_only_with_consent(
    store: Store,
    people: dict[str, str],
    store_dir: Path,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
) -> None:
    store.close()
    out = tmp_path / "verhuizing.json"
    base = ["--data-dir", str(store_dir)]
    export = [*base, "export", "--person", people["ti"], "--out", str(out), "--overdracht"]
    assert main(export) != 0
    assert "geen geldige toestemming" in capsys.readouterr().err
    assert not out.exists()  # nothing written when the overdracht is refused
    assert main([*base, "consent", "--person", people["ti"], "--for", "nieuwe_gemeente",
                 "--given", "2025-03-03", "--name", "Gemeente Zwolle"]) == 0  # fmt: skip
    assert main(export) == 0
    handover = tmp_path / "verhuizing-overdracht.pdf"
    assert out.exists() and stat.S_IMODE(handover.stat().st_mode) == 0o600
    text = pdfium_text(handover.read_bytes())
    assert "Senait Tesfay" in text and "uitwisselbestand" in text
