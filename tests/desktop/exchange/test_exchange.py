"""The exchange format: lossless round trip, schema, and all-or-nothing refusal of bad files."""

from __future__ import annotations

import copy
import json
from collections.abc import Callable, Iterator
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from jsonschema import Draft202012Validator
from sqlalchemy import func, select

from desktop.demo import populate_demo
from desktop.domain import model
from desktop.exchange import (
    DuplicatePerson,
    DuplicateRecord,
    ExchangeError,
    ImpossibleDate,
    InvalidBsnInFile,
    MalformedJson,
    NotAnExchangeFile,
    SchemaViolation,
    UnknownReference,
    UnsupportedVersion,
    build_schema,
    dumps,
    export_data,
    import_data,
    load_schema,
    parse_exchange,
)
from desktop.resources import resource_path
from desktop.store import Store
from tests.conftest import FAST_KDF, PASSPHRASE

TODAY = date(2025, 6, 1)
TABLES = (model.Consultant, model.Household, model.Person, model.Trajectory,
          *model.PERSON_TABLES, model.IntakeDomain, model.PipAgreement)  # fmt: skip


def counts(store: Store) -> dict[str, int]:
    with store.reading() as session:
        return {
            t.__tablename__: session.scalar(select(func.count()).select_from(t)) or 0
            for t in TABLES
        }


@pytest.fixture(scope="module")
def demo_document(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Any]:
    folder = tmp_path_factory.mktemp("demo") / "data"
    store, _ = Store.create(folder, PASSPHRASE, params=FAST_KDF)
    with store:
        populate_demo(store, people=150, today=TODAY, seed=3)
        with store.reading() as session:
            return export_data(session)


@pytest.fixture
def other_store(tmp_path: Path) -> Iterator[Store]:
    store, _ = Store.create(tmp_path / "other", PASSPHRASE, params=FAST_KDF)
    with store:
        yield store


def _export(store: Store, person_ids: list[str] | None = None) -> dict[str, Any]:
    with store.reading() as session:
        document = export_data(session, person_ids)
    document.pop("exported_at")
    return document


def test_round_trip_is_lossless(
    demo_document: dict[str, Any], store: Store, other_store: Store
) -> None:
    data = parse_exchange(dumps(demo_document))  # through the bytes of a real file
    summary = import_data(store, data, today=TODAY)
    assert summary.persons == len(demo_document["persons"])
    expected = copy.deepcopy(demo_document)
    expected.pop("exported_at")
    assert _export(store) == expected
    import_data(other_store, parse_exchange(dumps(export_data_of(store))), today=TODAY)
    assert _export(other_store) == expected


def export_data_of(store: Store) -> dict[str, Any]:
    with store.reading() as session:
        return export_data(session)


def test_export_is_valid_against_the_shipped_schema(demo_document: dict[str, Any]) -> None:
    Draft202012Validator(load_schema()).validate(demo_document)
    assert demo_document["format"] == "wegwijzer-exchange" and demo_document["version"] == 2


def test_schema_file_is_a_valid_schema_matching_the_model() -> None:
    path = resource_path("schema", "exchange-v2.schema.json")
    schema = json.loads(path.read_text(encoding="utf-8"))
    Draft202012Validator.check_schema(schema)
    assert schema["$schema"] == "https://json-schema.org/draft/2020-12/schema"
    # Regenerate with `python -m desktop.exchange.schema` after changing the model.
    assert schema == build_schema()


def test_partial_export_carries_household_and_consultant(
    demo_document: dict[str, Any], store: Store, other_store: Store
) -> None:
    import_data(store, demo_document, today=TODAY)
    person = next(p for p in demo_document["persons"] if p["trajectory"] and p["household_id"])
    part = export_data_of_ids(store, [person["id"]])
    assert [p["id"] for p in part["persons"]] == [person["id"]]
    assert [h["id"] for h in part["households"]] == [person["household_id"]]
    assert [c["id"] for c in part["consultants"]] == [person["trajectory"]["consultant_id"]]
    summary = import_data(other_store, part, today=TODAY)
    assert (summary.persons, summary.households, summary.consultants) == (1, 1, 1)
    # The same person again: refused, and nothing is written.
    before = counts(other_store)
    with pytest.raises(DuplicatePerson) as caught:
        import_data(other_store, part, today=TODAY)
    assert "persons[0]" in str(caught.value) and person["family_name"] in str(caught.value)
    assert counts(other_store) == before


def export_data_of_ids(store: Store, ids: list[str]) -> dict[str, Any]:
    with store.reading() as session:
        return export_data(session, ids)


def test_existing_consultants_and_households_are_kept(
    demo_document: dict[str, Any], store: Store
) -> None:
    first, second = demo_document["persons"][:1], demo_document["persons"][1:]
    import_data(store, {**demo_document, "persons": first}, today=TODAY)
    summary = import_data(store, {**demo_document, "persons": second}, today=TODAY)
    assert summary.consultants == 0
    assert summary.consultants_existing == len(demo_document["consultants"])


# -- refusals --------------------------------------------------------------------------------

Mutation = Callable[[dict[str, Any]], None]


def _person_with(document: dict[str, Any], check: Callable[[dict[str, Any]], bool]) -> int:
    return next(i for i, p in enumerate(document["persons"]) if check(p))


def _set(path: str, value: Any) -> Mutation:
    def mutate(document: dict[str, Any]) -> None:
        target: Any = document
        *parts, last = path.split(".")
        for part in parts:
            target = target[int(part)] if part.isdigit() else target[part]
        target[int(last) if last.isdigit() else last] = value

    return mutate


def _bad_bsn(document: dict[str, Any]) -> None:
    index = _person_with(document, lambda p: p["bsn"])
    bsn = document["persons"][index]["bsn"]
    document["persons"][index]["bsn"] = bsn[:-1] + str((int(bsn[-1]) + 1) % 10)


def _kk_before_koppeling(document: dict[str, Any]) -> None:
    index = _person_with(document, lambda p: bool(p["koffie_en_koek"]))
    person = document["persons"][index]
    person["koffie_en_koek"][0]["held_on"] = "2000-01-01"


def _duplicate_id(document: dict[str, Any]) -> None:
    document["persons"][1]["id"] = document["persons"][0]["id"]


def _duplicate_bsn_in_file(document: dict[str, Any]) -> None:
    with_bsn = [p for p in document["persons"] if p["bsn"]]
    with_bsn[1]["bsn"] = with_bsn[0]["bsn"]


def _unknown_consultant(document: dict[str, Any]) -> None:
    document["consultants"] = []


def _residence_backwards(document: dict[str, Any]) -> None:
    person = document["persons"][_person_with(document, lambda p: p["residence"])]
    person["residence"][0]["end_date"] = "1999-01-01"


CASES: list[tuple[str, Mutation, type[ExchangeError], str]] = [
    ("format", _set("format", "iets-anders"), NotAnExchangeFile, "geen Wegwijzer"),
    ("newer", _set("version", 3), UnsupportedVersion, "nieuwste versie"),
    ("version type", _set("version", "1"), UnsupportedVersion, "Onbekende formaatversie"),
    ("birth type", _set("persons.3.birth_date", 19800101), SchemaViolation,
     "persons[3].birth_date"),
    ("bad date", _set("persons.3.birth_date", "1980-02-30"), SchemaViolation,
     "persons[3].birth_date"),
    ("enum", _set("persons.2.category", "toerist"), SchemaViolation, "persons[2].category"),
    ("extra", _set("persons.1.shoe_size", 42), SchemaViolation, "persons[1].shoe_size"),
    ("bsn shape", _set("persons.0.bsn", "12345"), SchemaViolation, "persons[0].bsn"),
    ("bsn", _bad_bsn, InvalidBsnInFile, "elfproef"),
    ("future", _set("persons.4.birth_date", "2099-01-01"), ImpossibleDate, "toekomst"),
    ("kk", _kk_before_koppeling, ImpossibleDate, "koppeling"),
    ("backwards", _residence_backwards, ImpossibleDate, "end_date"),
    ("dup id", _duplicate_id, DuplicateRecord, "persons[1]"),
    ("dup bsn", _duplicate_bsn_in_file, DuplicateRecord, "BSN"),
    ("reference", _unknown_consultant, UnknownReference, "consultant_id"),
]  # fmt: skip


@pytest.mark.parametrize(("mutate", "error", "text"), [c[1:] for c in CASES],
                         ids=[c[0] for c in CASES])  # fmt: skip
def test_bad_files_are_refused_and_nothing_is_written(
    demo_document: dict[str, Any], store: Store, mutate: Mutation,
    error: type[ExchangeError], text: str,
) -> None:  # fmt: skip
    populate_demo(store, people=5, today=TODAY, seed=99)
    before = counts(store)
    document = copy.deepcopy(demo_document)
    mutate(document)
    with pytest.raises(error) as caught:
        import_data(store, document, today=TODAY)
    assert text in str(caught.value)
    assert "niets geïmporteerd" in str(caught.value)
    assert counts(store) == before


def test_missing_field_is_named(demo_document: dict[str, Any], store: Store) -> None:
    document = copy.deepcopy(demo_document)
    del document["persons"][3]["birth_date"]
    with pytest.raises(SchemaViolation) as caught:
        import_data(store, document, today=TODAY)
    assert caught.value.where == "persons[3].birth_date"
    assert "ontbreekt" in str(caught.value)


def test_duplicate_person_by_bsn_and_v_nummer(demo_document: dict[str, Any], store: Store) -> None:
    import_data(store, demo_document, today=TODAY)
    before = counts(store)
    person = copy.deepcopy(next(p for p in demo_document["persons"] if p["bsn"]))
    for key in ("bsn", "v_nummer"):
        clone = copy.deepcopy(person)
        clone["id"] = "00000000-0000-4000-8000-000000000001"
        for part in (
            "residence",
            "koffie_en_koek",
            "brede_intake",
            "leerbaarheidstoets",
            "starterz",
            "pip",
            "progress_talk",
            "pvt",
            "map_module",
            "ontzorgen",
            "participation_activity",
            "handhaving",
        ):
            clone[part] = []
        clone["trajectory"] = None
        if key == "v_nummer":
            clone["bsn"] = None
        document = {**demo_document, "persons": [clone]}
        with pytest.raises(DuplicatePerson) as caught:
            import_data(store, document, today=TODAY)
        message = str(caught.value)
        assert ("BSN" if key == "bsn" else "V-nummer") in message
        assert person[key] not in message  # only the last digits
        assert counts(store) == before


def test_malformed_json_names_line_and_column() -> None:
    with pytest.raises(MalformedJson) as caught:
        parse_exchange(b'{\n  "format": "wegwijzer-exchange",\n  "version": 1,,\n}')
    assert (caught.value.line, caught.value.column) == (3, 16)
    assert "regel 3, kolom 16" in str(caught.value)
    with pytest.raises(MalformedJson):
        parse_exchange(b"\xff\xfe")


def test_not_an_object_is_not_an_exchange_file(store: Store) -> None:
    with pytest.raises(NotAnExchangeFile):
        import_data(store, [1, 2, 3], today=TODAY)


def test_a_file_of_an_older_version_without_the_newer_fields_is_read(
    demo_document: dict[str, Any], store: Store
) -> None:
    older = copy.deepcopy(demo_document)
    stripped = 0
    for person in older["persons"]:
        trajectory = person.get("trajectory")
        if trajectory:
            del trajectory["melding_date"], trajectory["vwn_begeleider"]
            stripped += 1
        del person["income_situation"]  # schema 9
    assert stripped
    assert any(p["income_situation"] for p in demo_document["persons"])
    import_data(store, parse_exchange(dumps(older)), today=TODAY)
    with store.reading() as session:
        rows = list(session.scalars(select(model.Trajectory)))
        assert not session.scalar(select(func.count()).select_from(model.IncomeSituation))
    assert len(rows) == stripped
    assert {(t.melding_date, t.vwn_begeleider) for t in rows} == {(None, "")}


def _without_journal(document: dict[str, Any]) -> dict[str, Any]:
    """The document as version 1 wrote it: no journal, no melding date or VWN begeleider, and
    none of the klantreis records of schema 10 (DUO decisions, exams, steps of the rules file,
    where the person was linked from, the DUO registration)."""
    old = copy.deepcopy(document)
    old["version"] = 1
    for person in old["persons"]:
        del person["contact_note"]
        for key in _SCHEMA_10_LISTS:
            del person[key]
        if person.get("trajectory"):
            del person["trajectory"]["melding_date"], person["trajectory"]["vwn_begeleider"]
            for key in _SCHEMA_10_TRAJECTORY:
                del person["trajectory"][key]
    return old


_SCHEMA_10_LISTS = ("termijn_besluit", "exam_result", "step_record")
_SCHEMA_10_TRAJECTORY = ("linked_via", "duo_registered_on")


def _as_version_1_reads(document: dict[str, Any]) -> dict[str, Any]:
    """What an import of the version 1 form of ``document`` holds: no schema 10 records."""
    expected = copy.deepcopy(document)
    for person in expected["persons"]:
        for key in _SCHEMA_10_LISTS:
            person[key] = []
        if person.get("trajectory"):
            for key in _SCHEMA_10_TRAJECTORY:
                person["trajectory"][key] = None
    return expected


def test_a_version_1_file_is_checked_against_its_own_schema_and_imported(
    demo_document: dict[str, Any], store: Store
) -> None:
    old = _without_journal(demo_document)
    Draft202012Validator(load_schema(1)).validate(old)
    import_data(store, parse_exchange(dumps(old)), today=TODAY)
    expected = _as_version_1_reads(demo_document)
    expected.pop("exported_at")
    assert _export(store) == expected
    old["persons"][0]["contact_note"] = []  # a version 1 file has no journal
    with pytest.raises(SchemaViolation) as caught:
        import_data(store, old, today=TODAY)
    assert "persons[0].contact_note" in str(caught.value)


def test_the_contact_journal_round_trips(store: Store, other_store: Store) -> None:
    from desktop.dossier import saving
    from tests.desktop.dossier.journal.conftest import add_person

    person_id = add_person(store)
    for day, health in (("01-04-2025", False), ("02-04-2025", True)):
        values = {"on_date": day, "category": "bezoek", "source": "coa",
                  "text": f"Huisbezoek {day}", "health": health}  # fmt: skip
        saving.save(store, person_id, "contact_note", values, today=TODAY)
    first = _export(store)
    notes = first["persons"][0]["contact_note"]
    assert [(n["on_date"], n["health"]) for n in notes] == [("2025-04-01", False),
                                                           ("2025-04-02", True)]  # fmt: skip
    Draft202012Validator(load_schema()).validate(export_data_of(store))
    import_data(other_store, parse_exchange(dumps(export_data_of(store))), today=TODAY)
    assert _export(other_store) == first
