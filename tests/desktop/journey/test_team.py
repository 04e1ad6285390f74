"""The team's rules file in the database: a preview of what a new version changes, the import
(synced, audited), and every computation following the team's version."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from sqlalchemy import select

from desktop.audit.models import AuditEntry
from desktop.caseload import load_caseload
from desktop.cli import main
from desktop.domain.enums import Category, LinkedVia, ResidenceKind
from desktop.domain.model import Person, Residence, Trajectory
from desktop.journey.rules import RulesError, default_rules_path
from desktop.journey.team import import_rules, preview_rules, team_rules, team_rules_version
from desktop.store import Store
from desktop.sync.tables import table_named
from tests.desktop.sync.conftest import fleet  # noqa: F401  # the three laptops of a team
from tests.desktop.sync.helpers import Fleet

HARDINXVELD = default_rules_path().parent / "hardinxveld-giessendam.toml"
TODAY = date(2025, 5, 2)


def _housed(store: Store) -> str:
    with store.transaction() as session:
        person = Person(given_names="Amal", family_name="Haddad",
                        category=Category.ASIELSTATUSHOUDER)  # fmt: skip
        person.trajectory = Trajectory(koppeling_date=date(2025, 1, 6), linked_via=LinkedVia.ROL)
        session.add(person)
        session.flush()
        session.add(Residence(person_id=person.id, kind=ResidenceKind.HAR_WONING,
                              start_date=date(2025, 5, 1)))  # fmt: skip
        return person.id


def test_without_a_version_the_team_uses_the_shipped_file(store: Store) -> None:
    assert team_rules(store).municipality == "Dalfsen"
    with store.reading() as session:
        assert team_rules_version(session) == 0


def test_the_preview_lists_the_new_deadlines_and_the_import_applies_them(store: Store) -> None:
    pid = _housed(store)
    text = HARDINXVELD.read_text(encoding="utf-8")
    preview = preview_rules(store, text, today=TODAY)
    assert (preview.version, preview.people) == (1, 1)
    changes = {c.step: (c.old_due, c.new_due) for c in preview.changes}
    # 002:308 "binnen 10 weken na huisvesting" (01-05-2025 + 70 dagen = 10-07-2025) becomes
    # 003:1204 "binnen zes maanden" (01-11-2025).
    assert changes["pip_vastgesteld"] == (date(2025, 7, 10), date(2025, 11, 1))
    # 003:885 the social team's visit within four months: a step Dalfsen does not have.
    assert changes["sociaal_team_bezoek"] == (None, date(2025, 9, 1))
    assert team_rules(store).municipality == "Dalfsen"  # a preview changes nothing

    assert import_rules(store, text, note="Voorbeeld") == 1
    assert team_rules(store).municipality == "Hardinxveld-Giessendam"
    (row,) = [r for r in load_caseload(store, today=TODAY) if r.person_id == pid]
    # The caseload follows the team's version: no Koffie en Koek, so the intake is the next step.
    assert row.current_step == "brede_intake"
    with store.reading() as session:
        actions = session.scalars(
            select(AuditEntry.action).where(AuditEntry.record_table == "rules_version")
        ).all()
    assert actions == ["aangemaakt"]  # the import is in the audit trail
    assert table_named("rules_version") is not None  # and it syncs to the team's laptops
    # A second import is version 2; a broken file is refused before anything changes.
    assert import_rules(store, text) == 2
    with pytest.raises(RulesError, match="regel"):
        import_rules(store, text.replace('termijn = "4 maanden"', 'termijn = "vier"', 1))
    with store.reading() as session:
        assert team_rules_version(session) == 2


def test_rules_import_on_the_command_line_previews_then_confirms(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    from tests.conftest import PASSPHRASE

    monkeypatch.setenv("WEGWIJZER_KDF_PROFILE", "test")
    monkeypatch.setenv("WEGWIJZER_PASSPHRASE", PASSPHRASE)
    data = str(tmp_path / "d")
    assert main(["--data-dir", data, "demo", "--people", "40", "--today", "2025-06-01"]) == 0
    capsys.readouterr()
    args = ["rules", "import", str(HARDINXVELD), "--data-dir", data, "--today", "2025-06-01"]
    assert main(args) == 0
    out = capsys.readouterr().out
    assert "Versie 1 van de regels voor Hardinxveld-Giessendam." in out
    assert "personen krijgen een nieuwe termijn" in out and "Niets veranderd" in out
    assert main(["rules", "show", "--data-dir", data]) == 0
    assert "Dalfsen, het standaardbestand" in capsys.readouterr().out
    assert main([*args, "--yes"]) == 0
    assert "Versie 1 is nu de regels van het team" in capsys.readouterr().out
    assert main(["rules", "show", "--data-dir", data]) == 0
    assert "Hardinxveld-Giessendam, versie 1" in capsys.readouterr().out


def test_every_laptop_of_the_team_computes_with_the_imported_version(fleet: Fleet) -> None:  # noqa: F811
    a, b, c = fleet.laptops
    import_rules(a.store, HARDINXVELD.read_text(encoding="utf-8"), note="Voorbeeld")
    assert team_rules(b.store).municipality == "Dalfsen"  # not synced yet
    fleet.sync_all()
    for laptop in (b, c):
        assert team_rules(laptop.store).municipality == "Hardinxveld-Giessendam"
        with laptop.store.reading() as session:
            assert team_rules_version(session) == 1


def test_the_caseload_names_a_step_of_the_teams_file(store: Store) -> None:
    pid = _housed(store)
    import_rules(store, HARDINXVELD.read_text(encoding="utf-8"))
    # 003:885 the social team's visit within 4 months of housing (01-05-2025): 01-09-2025; the
    # signalering names it as the file does.
    (row,) = [r for r in load_caseload(store, today=date(2025, 6, 1)) if r.person_id == pid]
    assert row.current_step == "brede_intake" and row.current_step_label == ""
    from desktop.dossier.signalering import load_signals

    signals = load_signals(store, today=date(2025, 8, 28), rules=team_rules(store))
    visit = [s for s in signals if s.step == "sociaal_team_bezoek"]
    assert [s.step_label for s in visit] == ["Bezoek sociaal team"]
