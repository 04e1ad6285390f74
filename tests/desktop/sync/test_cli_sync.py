"""`wegwijzer team` and `wegwijzer sync --share PATH --json` from the command line."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from desktop.cli import COMMANDS, main
from tests.conftest import PASSPHRASE


def test_team_and_sync_commands(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setenv("WEGWIJZER_KDF_PROFILE", "test")
    monkeypatch.setenv("WEGWIJZER_PASSPHRASE", PASSPHRASE)
    monkeypatch.setenv("WEGWIJZER_TEAM_PASSPHRASE", "ons team van consulenten")
    assert {"sync", "team"} <= set(COMMANDS)
    share = tmp_path / "share"
    share.mkdir()
    a, b = str(tmp_path / "a"), str(tmp_path / "b")
    assert main(["demo", "--people", "3", "--data-dir", a]) == 0
    assert main(["init", "--data-dir", b]) == 0
    assert main(["sync", "--share", str(share), "--data-dir", a]) == 1  # in no team yet
    assert "hoort nog bij geen team" in capsys.readouterr().err
    assert main(["team", "create", "--share", str(share), "--data-dir", a]) == 0
    assert main(["team", "join", "--share", str(share), "--data-dir", b]) == 0
    assert main(["sync", "--data-dir", a]) == 0
    capsys.readouterr()
    assert main(["sync", "--share", str(share), "--json", "--data-dir", b]) == 0
    report = json.loads(capsys.readouterr().out)
    assert report["received"] > 0 and report["skipped"] == [] and report["conflicts"] == 0
    assert main(["sync", "--share", str(tmp_path / "gone"), "--data-dir", b]) == 1
    assert "niet bereikbaar" in capsys.readouterr().err
