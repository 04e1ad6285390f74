"""Targets are team settings: the seeds' defaults until an admin changes them (audited)."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from desktop.access import review, users
from desktop.access.errors import NotAllowed
from desktop.access.session import unlock
from desktop.audit.trail import Action
from desktop.journey.rules import load_rules
from desktop.reports import build_report, year
from desktop.reports.settings import (
    InvalidTarget,
    load_settings,
    set_caseload_norm,
    set_target,
)
from desktop.store import Store
from tests.conftest import FAST_KDF

RULES = load_rules()


def test_defaults_come_from_the_seeds(admin_store: Store) -> None:
    settings = load_settings(admin_store, RULES)
    # 001 §3.3: 95% PIP, 75% participation, 30 months, 36% / 20% outflow; 002:450: 800 hours.
    assert settings.target("pip_vastgesteld") == 95.0
    assert settings.target("participatie_6_maanden") == 75.0
    assert settings.target("duur_tot_voldaan") == 30.0
    assert (settings.target("uitstroom_werk"), settings.target("uitstroom_studie")) == (36, 20)
    assert settings.participation_hours == 800 and settings.caseload_norm is None
    assert settings.municipality == "Dalfsen"


def test_an_admin_changes_a_target_and_the_report_follows(admin_store: Store) -> None:
    set_target(admin_store, "pip_vastgesteld", 90)
    set_target(admin_store, "koffie_en_koek", 80)
    set_target(admin_store, "participatie_6_maanden", None)
    set_caseload_norm(admin_store, 40, 2)
    report = build_report(admin_store, year(2026), today=date(2026, 12, 31))
    assert report.indicator("pip_vastgesteld").target == 90
    assert report.indicator("koffie_en_koek").target == 80
    assert report.indicator("participatie_6_maanden").target is None
    assert report.indicator("caseload").target == 40
    details = [e.detail for e in review.entries(admin_store, action=Action.SETTING)]
    assert "streefwaarde pip_vastgesteld: 90" in details
    with pytest.raises(InvalidTarget):
        set_target(admin_store, "pip_vastgesteld", -1)


def test_a_consultant_may_not_change_targets(admin_store: Store, store_dir: Path) -> None:
    users.add_user(admin_store, "anna", "anna haar eigen wachtwoord", params=FAST_KDF)
    admin_store.close()
    with unlock(store_dir, "anna haar eigen wachtwoord") as anna:
        with pytest.raises(NotAllowed) as refused:
            set_target(anna, "pip_vastgesteld", 10)
        assert "beheerder" in str(refused.value)
        assert load_settings(anna, RULES).target("pip_vastgesteld") == 95.0
