"""Demo data: every step and route occurs, numbers pass their checks, names in every script."""

from __future__ import annotations

import unicodedata
from datetime import date

from sqlalchemy import func, select

from desktop.demo import populate_demo
from desktop.domain import model
from desktop.domain.bsn import bsn_problem
from desktop.domain.enums import Category, EndKind, EnforcementKind, Route, TestOutcome
from desktop.domain.text import search_key
from desktop.exchange import export_data
from desktop.store import Store

TODAY = date(2025, 6, 1)


def _scripts(text: str) -> set[str]:
    return {unicodedata.name(ch).split()[0] for ch in text if ch.isalpha()}


def test_demo_covers_every_step_route_and_ending(store: Store) -> None:
    summary = populate_demo(store, people=400, today=TODAY, seed=1)
    assert summary.people == 400
    assert 3 <= summary.consultants <= 5
    with store.reading() as session:
        assert session.scalar(select(func.count()).select_from(model.Person)) == 400
        for table in (
            model.Trajectory,
            *model.PERSON_TABLES,
            model.IntakeDomain,
            model.PipAgreement,
            model.Household,
            model.Consultant,
        ):
            if table is model.StepRecord:
                continue  # steps a team's rules file adds: Dalfsen's file adds none
            count = session.scalar(select(func.count()).select_from(table))
            assert count, f"no {table.__tablename__} rows"
        routes = set(session.scalars(select(model.Pip.route)))
        assert routes == set(Route)
        assert set(session.scalars(select(model.Leerbaarheidstoets.outcome))) == set(TestOutcome)
        ends = set(session.scalars(select(model.Trajectory.end_kind)))
        assert {EndKind.VOLDAAN, EndKind.ONTHEVEN, EndKind.VERHUISD} <= ends
        kinds = set(session.scalars(select(model.Handhaving.kind)))
        assert {EnforcementKind.WAARSCHUWING, EnforcementKind.BOETE} <= kinds
        assert session.scalar(select(func.max(model.Pip.version))) >= 3  # a second change
        categories = set(session.scalars(select(model.Person.category)))
        assert {Category.ASIELSTATUSHOUDER, Category.NAREIZIGER, Category.GEZINSMIGRANT} <= (
            categories
        )
        just_linked = session.scalar(
            select(func.count())
            .select_from(model.Trajectory)
            .where(~model.Trajectory.person_id.in_(select(model.KoffieEnKoek.person_id)))
            .where(model.Trajectory.koppeling_date.is_not(None))
        )
        assert just_linked
        abroad = session.scalars(select(model.Person).where(model.Person.abroad.is_(True))).all()
        assert any(p.family_reunification is not None for p in abroad)
        children = session.scalars(
            select(model.Person).where(model.Person.household_role == "kind")
        ).all()
        assert {c.schooling.value for c in children if c.schooling} >= {"vve", "basisschool", "isk"}


def test_demo_steps_reach_every_klantreis_step(store: Store) -> None:
    from desktop.journey.engine import StepKey, StepStatus, evaluate
    from desktop.journey.facts import load_facts
    from desktop.journey.rules import load_rules

    populate_demo(store, people=400, today=TODAY, seed=2)
    rules = load_rules()
    with store.reading() as session:
        facts = load_facts(session)
    states = [evaluate(f, rules, TODAY) for f in facts.values()]
    current = {s.current_step for s in states}
    for step in (
        StepKey.KOFFIE_EN_KOEK,
        StepKey.BREDE_INTAKE,
        StepKey.LEERBAARHEIDSTOETS,
        StepKey.STARTERZ,
        StepKey.PIP,
        StepKey.VOORTGANG,
    ):
        assert step in current, step
    assert any(s.ended for s in states)
    overdue = sum(1 for s in states if s.overdue)
    assert 0 < overdue < len(states) / 2
    done = {st.step for s in states for st in s.steps if st.status is StepStatus.DONE}
    assert {StepKey.PVT, StepKey.MAP, StepKey.ONTZORGEN} <= done
    codes = {v.code for s in states for v in s.violations}
    assert "second_route_change_first_year" in codes


def test_numbers_and_names(store: Store) -> None:
    populate_demo(store, people=300, today=TODAY)
    with store.reading() as session:
        people = session.scalars(select(model.Person)).all()
    bsns = [p.bsn for p in people if p.bsn]
    assert bsns and all(bsn_problem(b) is None for b in bsns)
    assert len(set(bsns)) == len(bsns)
    vnrs = [p.v_nummer for p in people if p.v_nummer]
    assert all(len(v) == 10 and v.isdigit() for v in vnrs)
    scripts = set().union(*(_scripts(p.name_original) for p in people))
    assert {"ARABIC", "ETHIOPIC"} <= scripts
    assert any(p.country_of_origin == "TR" for p in people)
    for person in people:
        assert person.search_key == search_key(
            f"{person.given_names} {person.family_name} {person.name_original} "
        )
        assert person.birth_date is not None and person.birth_date <= TODAY
    latin = [p for p in people if _scripts(p.name_original) & {"ARABIC", "ETHIOPIC"}]
    assert all(p.given_names.isascii() for p in latin)


def test_deterministic_per_seed(tmp_path) -> None:  # type: ignore[no-untyped-def]
    from tests.conftest import FAST_KDF, PASSPHRASE

    documents = []
    for name, seed in (("a", 5), ("b", 5), ("c", 6)):
        store, _ = Store.create(tmp_path / name, PASSPHRASE, params=FAST_KDF)
        with store:
            populate_demo(store, people=120, today=TODAY, seed=seed)
            with store.reading() as session:
                documents.append(export_data(session, exported_at=None))
    for document in documents:
        document.pop("exported_at")
    assert documents[0] == documents[1]
    assert documents[0] != documents[2]


def test_second_run_adds_more_people(store: Store) -> None:
    populate_demo(store, people=50, today=TODAY, seed=0)
    populate_demo(store, people=50, today=TODAY, seed=0)
    with store.reading() as session:
        assert session.scalar(select(func.count()).select_from(model.Person)) == 100


def test_demo_has_a_named_user_per_consultant_with_the_demo_passphrase(
    store: Store, store_dir
) -> None:
    from desktop.access.names import consultant_of
    from desktop.access.users import ensure_users, list_users
    from desktop.demo import add_demo_users
    from tests.conftest import FAST_KDF, PASSPHRASE

    populate_demo(store, people=30, today=TODAY, seed=2)
    ensure_users(store)
    added = add_demo_users(store, PASSPHRASE, params=FAST_KDF)
    with store.reading() as session:
        team = {c.name: c.id for c in session.scalars(select(model.Consultant))}
    assert sorted(added) == sorted(team)
    roles = {u.name: u.role.value for u in list_users(store)}
    assert roles == {"beheerder": "beheerder", **dict.fromkeys(team, "consulent")}
    store.close()
    for name, consultant_id in team.items():
        with Store.open(store_dir, PASSPHRASE, user=name) as theirs:
            assert theirs.user == name
            assert consultant_of(theirs) == consultant_id  # "my caseload" is theirs


def test_the_demo_command_with_users_prints_them(tmp_path, capsys, monkeypatch) -> None:
    from desktop.cli import main
    from tests.conftest import PASSPHRASE

    monkeypatch.setenv("WEGWIJZER_PASSPHRASE", PASSPHRASE)
    monkeypatch.setenv("WEGWIJZER_KDF_PROFILE", "test")
    folder = tmp_path / "demo"
    assert main(["--data-dir", str(folder), "demo", "--people", "20", "--users"]) == 0
    out = capsys.readouterr().out
    assert "Gebruikers met hetzelfde wachtwoord: beheerder (beheerder), " in out
    with Store.open(folder, PASSPHRASE, user="beheerder") as store:
        assert len(store.passphrase_users()) >= 4  # the admin and 3 to 5 consultants
