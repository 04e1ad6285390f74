"""The command line, run in-process against real encrypted stores (and once as a process)."""

from __future__ import annotations

import json
import os
import stat
import subprocess
import sys
from pathlib import Path

import pytest

from desktop.cli import COMMANDS, main
from tests.conftest import PASSPHRASE

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture(autouse=True)
def _env(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("WEGWIJZER_KDF_PROFILE", "test")
    monkeypatch.setenv("WEGWIJZER_PASSPHRASE", PASSPHRASE)
    for name in ("WEGWIJZER_NEW_PASSPHRASE", "WEGWIJZER_RECOVERY_KEY", "WEGWIJZER_DATA_DIR"):
        monkeypatch.delenv(name, raising=False)


def _recovery_key(output: str) -> str:
    line = next(line for line in output.splitlines() if line.startswith("HERSTELSLEUTEL"))
    return line.split(":", 1)[1].strip()


def test_commands_are_listed() -> None:
    assert set(COMMANDS) >= {"init", "demo", "deadlines", "export", "import", "passwd",
                             "recover"}  # fmt: skip


def test_init_prints_recovery_key_and_warning(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["--data-dir", str(tmp_path / "d"), "init"]) == 0
    out = capsys.readouterr().out
    assert len(_recovery_key(out).replace("-", "")) == 32
    assert "kwijt" in out and "herstelsleutel" in out
    # A second init refuses to overwrite: expected failure, Dutch message, no traceback.
    assert main(["--data-dir", str(tmp_path / "d"), "init"]) == 1
    err = capsys.readouterr().err
    assert "al een Wegwijzer-database" in err and "Traceback" not in err


def test_demo_deadlines_json_and_filters(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    data = str(tmp_path / "d")
    assert main(["--data-dir", data, "demo", "--people", "150", "--today", "2025-06-01"]) == 0
    assert "150 demopersonen" in capsys.readouterr().out
    assert main(["deadlines", "--data-dir", data, "--today", "2025-06-01", "--json"]) == 0
    rows = json.loads(capsys.readouterr().out)
    assert rows and not any(r["ended"] for r in rows)
    dues = [r["due"] for r in rows if r["due"]]
    assert dues == sorted(dues)
    assert any(r["overdue"] for r in rows)
    # Every step of every person, with status and due date, and the rule violations' codes.
    for r in rows:
        assert [s["step"] for s in r["steps"]][:2] == ["koppeling", "koffie_en_koek"]
        assert {"status", "due", "done_on", "working_agreement"} <= set(r["steps"][0])
        assert "note" not in r["steps"][0]
        assert isinstance(r["violations"], list)
    assert any(v["code"] for r in rows for v in r["violations"])
    # With --notes also each step's note and each violation's text: the same journeys.
    args = ["deadlines", "--data-dir", data, "--today", "2025-06-01", "--json", "--notes"]
    assert main(args) == 0
    noted = json.loads(capsys.readouterr().out)
    assert all("note" in s for r in noted for s in r["steps"])
    assert any(v["message"] for r in noted for v in r["violations"])
    plain = [
        {
            **r,
            "steps": [{k: v for k, v in s.items() if k != "note"} for s in r["steps"]],
            "violations": [{"code": v["code"]} for v in r["violations"]],
        }
        for r in noted
    ]
    assert plain == rows
    assert any(s["working_agreement"] for r in rows for s in r["steps"])
    other = str(ROOT / "resources" / "rules" / "hardinxveld-giessendam.toml")
    assert main(["deadlines", "--data-dir", data, "--today", "2025-06-01", "--json",
                 "--rules", other]) == 0  # fmt: skip
    hardinxveld = json.loads(capsys.readouterr().out)
    labels = {s["label"] for r in hardinxveld for s in r["steps"]}
    assert "Bezoek sociaal team" in labels
    args = ["deadlines", "--data-dir", data, "--today", "2025-06-01", "--json", "--overdue"]
    assert main(args) == 0
    late = json.loads(capsys.readouterr().out)
    assert late and all(r["overdue"] for r in late)
    consultant = rows[0]["consultant"]
    assert main([*args[:-2], "--json", "--consultant", consultant.split()[0].lower()]) == 0
    mine = json.loads(capsys.readouterr().out)
    assert mine and all(r["consultant"] == consultant for r in mine)
    assert main(["deadlines", "--data-dir", data, "--today", "2025-06-01"]) == 0
    table = capsys.readouterr().out
    assert table.startswith("Termijn") and "te late termijn" in table


def test_export_import_passwd_recover(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    one, two, out = tmp_path / "one", tmp_path / "two", tmp_path / "export.json"
    assert main(["--data-dir", str(one), "demo", "--people", "40"]) == 0
    key = _recovery_key(capsys.readouterr().out)
    assert main(["--data-dir", str(one), "export", "--out", str(out)]) == 0
    assert stat.S_IMODE(out.stat().st_mode) == 0o600
    document = json.loads(out.read_text(encoding="utf-8"))
    assert len(document["persons"]) == 40
    capsys.readouterr()
    assert main(["--data-dir", str(two), "init"]) == 0
    assert main(["--data-dir", str(two), "import", str(out)]) == 0
    assert "40 personen geïmporteerd" in capsys.readouterr().out
    assert main(["--data-dir", str(two), "import", str(out)]) == 1  # the same people again
    assert "staat al in de database" in capsys.readouterr().err

    person = document["persons"][0]["id"]
    single = tmp_path / "single.json"
    assert main(["--data-dir", str(one), "export", "--person", person, "--out", str(single)]) == 0
    assert [p["id"] for p in json.loads(single.read_text())["persons"]] == [person]
    assert main(["--data-dir", str(one), "export", "--person", "nope", "--out", str(single)]) == 2

    new = tmp_path / "new-pass"
    new.write_text("een nieuw lang wachtwoord\n", encoding="utf-8")
    assert main(["--data-dir", str(one), "passwd", "--new-passphrase-file", str(new)]) == 0
    assert main(["--data-dir", str(one), "deadlines"]) == 1  # the old one no longer works
    assert "wachtwoord klopt niet" in capsys.readouterr().err
    assert main(["--data-dir", str(one), "--passphrase-file", str(new), "deadlines"]) == 0

    monkeypatch.setenv("WEGWIJZER_RECOVERY_KEY", key.lower().replace("-", " "))
    monkeypatch.setenv("WEGWIJZER_NEW_PASSPHRASE", "hersteld wachtwoord 42")
    assert main(["--data-dir", str(one), "recover"]) == 0
    monkeypatch.setenv("WEGWIJZER_PASSPHRASE", "hersteld wachtwoord 42")
    assert main(["--data-dir", str(one), "deadlines", "--json"]) == 0


def test_expected_failures_and_usage_errors(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    data = str(tmp_path / "d")
    assert main(["--data-dir", data, "deadlines"]) == 1
    assert "nog geen Wegwijzer-database" in capsys.readouterr().err
    assert main([]) == 2
    assert main(["--data-dir", data, "demo"]) == 2
    assert "ontbreken: --people" in capsys.readouterr().err
    assert main(["verzin"]) == 2
    assert main(["deadlines", "--today", "gisteren"]) == 2
    assert main(["--help"]) == 0
    assert "gebruik:" in capsys.readouterr().out

    bad = tmp_path / "bad.json"
    bad.write_text('{"format": "wegwijzer-exchange",\n "version": 1,,}', encoding="utf-8")
    assert main(["--data-dir", data, "init"]) == 0
    assert main(["--data-dir", data, "import", str(bad)]) == 1
    err = capsys.readouterr().err
    assert "regel 2" in err and "Traceback" not in err

    monkeypatch.delenv("WEGWIJZER_PASSPHRASE")
    monkeypatch.setattr(sys, "stdin", open(os.devnull))  # noqa: SIM115, PTH123 - not a tty
    assert main(["--data-dir", data, "deadlines"]) == 2
    assert "--passphrase-file" in capsys.readouterr().err
    assert main(["--data-dir", data, "--passphrase-file", str(tmp_path / "nee"), "deadlines"]) == 1


def test_interactive_init_asks_twice(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    import desktop.passphrase as passphrase

    monkeypatch.delenv("WEGWIJZER_PASSPHRASE")
    monkeypatch.setattr(sys.stdin, "isatty", lambda: True, raising=False)
    answers = iter(["een lang wachtwoord", "een ander wachtwoord"])
    monkeypatch.setattr(passphrase.getpass, "getpass", lambda prompt: next(answers))
    assert main(["--data-dir", str(tmp_path / "d"), "init"]) == 1
    assert "niet gelijk" in capsys.readouterr().err
    assert not (tmp_path / "d").exists()


@pytest.mark.slow
def test_end_to_end_as_a_process(tmp_path: Path) -> None:
    env = {**os.environ, "WEGWIJZER_KDF_PROFILE": "test", "WEGWIJZER_PASSPHRASE": PASSPHRASE,
           "PYTHONPATH": str(ROOT)}  # fmt: skip

    def run(*args: str) -> subprocess.CompletedProcess[str]:
        return subprocess.run([sys.executable, "-m", "desktop.cli", *args], cwd=tmp_path,
                              env=env, capture_output=True, text=True, check=False)  # fmt: skip

    steps = [
        ("--data-dir", "a", "init"),
        ("--data-dir", "a", "demo", "--people", "60", "--seed", "7"),
        ("--data-dir", "a", "export", "--out", "first.json"),
        ("--data-dir", "b", "init"),
        ("--data-dir", "b", "import", "first.json"),
        ("--data-dir", "b", "export", "--out", "second.json"),
    ]
    for step in steps:
        result = run(*step)
        assert result.returncode == 0, (step, result.stderr)
        assert "Traceback" not in result.stderr
    first = json.loads((tmp_path / "first.json").read_text(encoding="utf-8"))
    second = json.loads((tmp_path / "second.json").read_text(encoding="utf-8"))
    first.pop("exported_at")
    second.pop("exported_at")
    assert first == second
    assert run("--data-dir", "b", "import", "first.json").returncode == 1


def test_report_writes_each_format_and_refuses_a_bad_period(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    data = str(tmp_path / "d")
    assert main(["--data-dir", data, "demo", "--people", "60", "--today", "2026-06-01"]) == 0
    capsys.readouterr()
    for fmt in ("pdf", "xlsx", "csv", "json"):
        out = tmp_path / f"raad.{fmt}"
        assert main(["report", "--data-dir", data, "--from", "2026-01-01", "--to", "2026-06-30",
                     "--format", fmt, "--out", str(out), "--today", "2026-06-01"]) == 0  # fmt: skip
        assert out.stat().st_size > 0 and stat.S_IMODE(out.stat().st_mode) == 0o600
        assert "Rapportage" in capsys.readouterr().out
    document = json.loads((tmp_path / "raad.json").read_text(encoding="utf-8"))
    assert document["period"] == {"from": "2026-01-01", "to": "2026-06-30",
                                  "label": "1-1-2026 t/m 30-6-2026"}  # fmt: skip
    assert (tmp_path / "raad.pdf").read_bytes().startswith(b"%PDF")
    assert main(["report", "--data-dir", data, "--from", "2026-06-30", "--to", "2026-01-01",
                 "--format", "csv", "--out", str(tmp_path / "x.csv")]) == 1  # fmt: skip
    assert "eindigt vóór" in capsys.readouterr().err
    assert main(["report", "--data-dir", data, "--from", "2026-01-01", "--to", "2026-06-30",
                 "--consultant", "nobody", "--format", "csv",
                 "--out", str(tmp_path / "y.csv")]) == 2  # fmt: skip
    assert "Onbekende consulent" in capsys.readouterr().err
    assert not (tmp_path / "x.csv").exists() and not (tmp_path / "y.csv").exists()


def test_report_targets_are_shown_and_changed(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    data = str(tmp_path / "d")
    assert main(["--data-dir", data, "demo", "--people", "10", "--today", "2026-06-01"]) == 0
    capsys.readouterr()
    assert main(["report-targets", "--data-dir", data]) == 0
    out = capsys.readouterr().out
    assert "pip_vastgesteld" in out and "95" in out and "Gemeente: Dalfsen" in out
    assert main(["report-targets", "--data-dir", data, "--set", "koffie_en_koek=90",
                 "--set", "pip_vastgesteld=", "--norm", "45",
                 "--municipality", "Ommen"]) == 0  # fmt: skip
    out = capsys.readouterr().out
    assert "Gemeente: Ommen" in out
    lines = {line.split()[0]: line.split()[1] for line in out.splitlines()[1:]}
    assert lines["koffie_en_koek"] == "90" and lines["pip_vastgesteld"] == "geen"
    assert lines["caseloadnorm"] == "45"
    assert main(["report-targets", "--data-dir", data, "--set", "onzin=3"]) == 2
    assert "Onbekende indicator" in capsys.readouterr().err
