"""`wegwijzer team` and `wegwijzer sync --share PATH --json` from the command line."""

from __future__ import annotations

import json
import re
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
    capsys.readouterr()
    assert main(["sync", "--data-dir", b]) == 0  # not approved yet: nothing in or out
    assert "nog niet goedgekeurd" in capsys.readouterr().out
    assert main(["team", "laptops", "--data-dir", a]) == 0
    listed = capsys.readouterr().out.splitlines()
    waiting = [line.split()[0] for line in listed if "wacht op goedkeuring" in line]
    assert len(waiting) == 1 and any("deze laptop" in line for line in listed)
    assert main(["team", "approve", waiting[0], "--data-dir", b]) == 1  # b is not approved
    capsys.readouterr()
    assert main(["team", "approve", waiting[0], "--data-dir", a]) == 0
    assert main(["sync", "--data-dir", a]) == 0
    capsys.readouterr()
    assert main(["sync", "--share", str(share), "--json", "--data-dir", b]) == 0
    report = json.loads(capsys.readouterr().out)
    assert report["received"] > 0 and report["skipped"] == [] and report["conflicts"] == 0
    assert main(["sync", "--share", str(tmp_path / "gone"), "--data-dir", b]) == 1
    assert "niet bereikbaar" in capsys.readouterr().err


def test_enrolment_file_and_code_from_the_command_line(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setenv("WEGWIJZER_KDF_PROFILE", "test")
    monkeypatch.setenv("WEGWIJZER_PASSPHRASE", PASSPHRASE)
    monkeypatch.setenv("WEGWIJZER_TEAM_PASSPHRASE", "ons team van consulenten")
    monkeypatch.delenv("WEGWIJZER_ENROLMENT_CODE", raising=False)
    share, enrolment = tmp_path / "share", tmp_path / "usb" / "aanmelding.json"
    share.mkdir()
    enrolment.parent.mkdir()
    a, b = str(tmp_path / "a"), str(tmp_path / "b")
    assert main(["demo", "--people", "3", "--data-dir", a]) == 0
    assert main(["init", "--data-dir", b]) == 0
    assert main(["team", "create", "--share", str(share), "--data-dir", a]) == 0
    capsys.readouterr()

    assert main(["team", "enrolment", "--data-dir", a]) == 2  # where to write it?
    assert "--enrolment" in capsys.readouterr().err
    assert main(["team", "enrolment", "--enrolment", str(enrolment), "--data-dir", a]) == 0
    out = capsys.readouterr().out
    found = re.search(r"\b([A-Z2-7]{4}(?:-[A-Z2-7]{4}){4})\b", out)
    assert found, out
    code = found.group(1)
    assert "apart van het bestand" in out and "telefonisch" in out
    assert code.encode() not in enrolment.read_bytes()

    monkeypatch.setenv("WEGWIJZER_ENROLMENT_CODE", "AAAA-BBBB-CCCC-DDDD-EEEE")
    join = ["team", "join", "--share", str(share), "--enrolment", str(enrolment), "--data-dir", b]
    assert main(join) == 1
    assert "aanmeldcode klopt niet" in capsys.readouterr().err
    monkeypatch.delenv("WEGWIJZER_ENROLMENT_CODE")
    assert main(["sync", "--data-dir", b]) == 1  # the wrong code left b in no team
    assert "hoort nog bij geen team" in capsys.readouterr().err

    code_file = tmp_path / "code.txt"
    code_file.write_text(code.lower().replace("-", " ") + "\n", encoding="utf-8")
    assert main([*join, "--code-file", str(code_file)]) == 0
    assert "Aangesloten" in capsys.readouterr().out
    assert main(["team", "laptops", "--data-dir", a]) == 0
    waiting = [line.split()[0] for line in capsys.readouterr().out.splitlines()
               if "wacht op goedkeuring" in line]  # fmt: skip
    assert main(["team", "approve", *waiting, "--data-dir", a]) == 0
    assert main(["sync", "--data-dir", a]) == 0
    capsys.readouterr()
    assert main(["sync", "--json", "--data-dir", b]) == 0
    report = json.loads(capsys.readouterr().out)
    assert report["received"] > 0 and report["skipped"] == []


def test_old_enrolment_files_and_short_chosen_codes_are_refused_by_the_cli(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setenv("WEGWIJZER_KDF_PROFILE", "test")
    monkeypatch.setenv("WEGWIJZER_PASSPHRASE", PASSPHRASE)
    monkeypatch.setenv("WEGWIJZER_TEAM_PASSPHRASE", "ons team van consulenten")
    share, old = tmp_path / "share", tmp_path / "oud.json"
    share.mkdir()
    a, b = str(tmp_path / "a"), str(tmp_path / "b")
    assert main(["init", "--data-dir", a]) == 0
    assert main(["init", "--data-dir", b]) == 0
    assert main(["team", "create", "--share", str(share), "--data-dir", a]) == 0
    team_id = json.loads((share / "wegwijzer-team.json").read_text(encoding="utf-8"))["team_id"]
    old.write_text(
        json.dumps(
            {
                "format": "wegwijzer-team-enrolment",
                "version": 1,
                "team_id": team_id,
                "key": "AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA=",
            }
        ),
        encoding="utf-8",
    )
    monkeypatch.setenv("WEGWIJZER_ENROLMENT_CODE", "AAAA-BBBB-CCCC-DDDD-EEEE")
    capsys.readouterr()
    join = ["team", "join", "--share", str(share), "--enrolment", str(old), "--data-dir", b]
    assert main(join) == 1
    assert "vraag de beheerder om een nieuw aanmeldbestand" in capsys.readouterr().err.lower()
    # A code the admin chose through the variable must be long enough.
    monkeypatch.setenv("WEGWIJZER_ENROLMENT_CODE", "kort")
    new = tmp_path / "nieuw.json"
    assert main(["team", "enrolment", "--enrolment", str(new), "--data-dir", a]) == 1
    assert "te kort" in capsys.readouterr().err
    assert not new.exists()
