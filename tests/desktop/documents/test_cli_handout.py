"""``wegwijzer handout`` and ``wegwijzer translations`` end to end, in-process."""

from __future__ import annotations

import stat
from pathlib import Path

import pytest

from desktop.cli import COMMANDS, main
from desktop.store import Store
from tests.conftest import PASSPHRASE
from tests.desktop.documents.conftest import pdf_text


@pytest.fixture(autouse=True)
def _env(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("WEGWIJZER_KDF_PROFILE", "test")
    monkeypatch.setenv("WEGWIJZER_PASSPHRASE", PASSPHRASE)


def test_handout_commands_are_listed() -> None:
    assert {"handout", "translations"} <= set(COMMANDS)


def test_handout_klantreis_in_tigrinya(
    store: Store,
    people: dict[str, str],
    store_dir: Path,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
) -> None:
    store.close()  # the CLI opens the store itself
    out = tmp_path / "klantreis.pdf"
    code = main(
        [
            "--data-dir",
            str(store_dir),
            "handout",
            "--person",
            people["ti"],
            "--doc",
            "klantreis",
            "--lang",
            "ti",
            "--today",
            "2025-03-10",
            "--out",
            str(out),
        ]
    )
    assert code == 0
    printed = capsys.readouterr().out
    assert "Tigrinya" in printed and "conceptvertaling" in printed
    assert stat.S_IMODE(out.stat().st_mode) == 0o600
    text = pdf_text(out.read_bytes(), tmp_path)
    assert "ጉዕዞኹም" in text and "Senait" in text and "ሰናይት" in text
    assert [p.name for p in tmp_path.iterdir() if p.suffix == ".tmp"] == []


def test_handout_takes_the_persons_language_and_maps_dari(
    store: Store,
    people: dict[str, str],
    store_dir: Path,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
) -> None:
    store.close()
    out = tmp_path / "kaart.pdf"
    assert (
        main(
            [
                "--data-dir",
                str(store_dir),
                "handout",
                "--person",
                people["prs"],
                "--doc",
                "sociale_kaart",
                "--out",
                str(out),
            ]
        )
        == 0
    )
    assert "Dari" in capsys.readouterr().out


def test_handout_failures_are_dutch_and_write_nothing(
    store: Store,
    people: dict[str, str],
    store_dir: Path,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
) -> None:
    store.close()
    out = tmp_path / "x.pdf"
    assert (
        main(["--data-dir", str(store_dir), "handout", "--person", "onbekend", "--out", str(out)])
        == 1
    )
    assert "bestaat niet" in capsys.readouterr().err
    assert (
        main(
            [
                "--data-dir",
                str(store_dir),
                "handout",
                "--person",
                people["ar"],
                "--lang",
                "xh",
                "--out",
                str(out),
            ]
        )
        == 1
    )
    assert "geen handouts" in capsys.readouterr().err
    assert not out.exists()


def test_translations_report(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["translations"]) == 0
    report = capsys.readouterr().out
    for name in ("Arabisch (ar)", "Tigrinya (ti)", "Dari (fa_AF)", "Somalisch (so)"):
        assert name in report
    assert "CONCEPT" in report
    assert main(["translations", "--lang", "prs"]) == 0
    assert capsys.readouterr().out.startswith("Dari (fa_AF)")


def test_a_partner_pip_needs_consent_from_the_command_line(
    store: Store,
    people: dict[str, str],
    store_dir: Path,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
) -> None:
    store.close()
    out = tmp_path / "pip_taal.pdf"
    base = ["--data-dir", str(store_dir)]
    partner = [*base, "partner-pip", "--person", people["ar"], "--for", "taalaanbieder"]
    assert main([*partner, "--today", "2025-03-10", "--out", str(out)]) == 1
    assert "geen geldige toestemming" in capsys.readouterr().err and not out.exists()
    consent = [*base, "consent", "--person", people["ar"], "--for", "taalaanbieder"]
    assert main([*consent, "--given", "2025-01-06", "--name", "NT2 Centrum Vechtdal"]) == 0
    assert main([*partner, "--today", "2025-03-10", "--out", str(out)]) == 0
    assert "dagdelen" in pdf_text(out.read_bytes(), tmp_path)
    assert stat.S_IMODE(out.stat().st_mode) == 0o600
    assert main([*consent, "--withdraw", "2025-03-11"]) == 0
    out.unlink()
    assert main([*partner, "--today", "2025-03-11", "--out", str(out)]) == 1
    assert not out.exists()


def test_handout_contact_is_the_persons_consultant_or_mine(
    store: Store, people: dict[str, str], store_dir: Path, tmp_path: Path
) -> None:
    from desktop.access.names import link_consultant
    from desktop.access.users import ensure_users
    from desktop.domain.model import Consultant

    ensure_users(store)
    with store.transaction() as session:
        me = Consultant(name="Jan Bakker", phone="0529 488 200")
        session.add(me)
        session.flush()
        my_id = me.id
    link_consultant(store, store.user, my_id)
    store.close()

    def klantreis(*extra: str) -> str:
        out = tmp_path / "klantreis.pdf"
        args = ["handout", "--person", people["ar"], "--lang", "nl", "--today", "2025-03-10"]
        code = main(["--data-dir", str(store_dir), *args, "--out", str(out), *extra])
        assert code == 0
        return " ".join(pdf_text(out.read_bytes(), tmp_path).replace("\xa0", " ").split())

    assert "Anna de Vries" in klantreis()  # the person's own consultant by default
    mine = klantreis("--contact", "mij")
    assert "Jan Bakker" in mine and "0529 488 200" in mine and "Anna de Vries" not in mine
