"""Leak check: after a scripted session nothing personal is readable outside chosen files.

Open, edit, print (to bytes), export, inzage, lock, as a consultant's morning would go; then
every file under the data folder, the temporary folder and the app's log file (configured as
the app configures it, with errors that quote personal data logged into it) is searched for
the demo person's name and BSN (as UTF-8 and UTF-16). Only the files the user chose to save
may hold them; the test checks that those do, so that the search itself is known to work.
"""

from __future__ import annotations

import logging
import tempfile
from datetime import date
from pathlib import Path

import pytest

from desktop.access.session import lock, unlock
from desktop.audit.trail import Action, record, record_for_people
from desktop.diagnostics import LOG_DIR_ENV, configure_logging, stop_logging
from desktop.documents.render import DocumentKind, HandoutMaker
from desktop.domain.enums import Category
from desktop.domain.model import Person
from desktop.dossier.operations import save_form
from desktop.dossier.view import load_dossier
from desktop.exchange import dumps, export_data
from desktop.journey.rules import load_rules
from desktop.privacy.inzage import file_stem, make_inzage
from desktop.store import Store
from desktop.store.atomic import write_atomic
from tests.conftest import FAST_KDF, PASSPHRASE
from tests.desktop.privacy.people import BSN, HEALTH_NOTE, NAME, add_demo_person

TODAY = date(2025, 3, 1)
SECRETS = (NAME[0], NAME[1], BSN, "ዮሃንስ", "hartklachten")


def _hits(folder: Path) -> list[str]:
    found = []
    for path in folder.rglob("*"):
        if not path.is_file():
            continue
        data = path.read_bytes()
        for secret in SECRETS:
            for encoded in (secret.encode("utf-8"), secret.encode("utf-16-le")):
                if encoded in data:
                    found.append(f"{path.name}: {secret}")
        for secret in SECRETS:  # and never in a file name
            if secret in str(path):
                found.append(f"file name {path}")
    return found


def test_no_personal_data_outside_files_the_user_chose(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capfd: pytest.CaptureFixture[str]
) -> None:
    data_dir, temp_dir, log_dir, chosen = (tmp_path / n for n in ("data", "tmp", "logs", "chosen"))
    for folder in (temp_dir, log_dir, chosen):
        folder.mkdir()
    monkeypatch.setenv("TMPDIR", str(temp_dir))
    monkeypatch.setattr(tempfile, "tempdir", str(temp_dir))
    monkeypatch.setenv(LOG_DIR_ENV, str(log_dir))
    assert configure_logging("wegwijzer", level=logging.DEBUG) == log_dir / "wegwijzer.log"
    log = logging.getLogger("tests.leak_check")
    try:
        store, _key = Store.create(data_dir, PASSPHRASE, params=FAST_KDF)
        store.close()
        store = unlock(data_dir, PASSPHRASE)
        person_id = add_demo_person(store)
        # Open the dossier, edit it, print a handout to bytes, export, inzage, lock.
        record(store, Action.OPEN, person_id=person_id)
        load_dossier(store, person_id, today=TODAY, rules=load_rules())
        values = {
            "held_on": "20-03-2019",
            "place": "rol",
            "interpreter_mode": "telefonisch",
            "agreements": f"{HEALTH_NOTE}; {NAME[0]} komt met tolk",
        }
        save_form(store, person_id, "koffie_en_koek", values, today=TODAY)
        handout = HandoutMaker().render_for(store, person_id, DocumentKind.KLANTREIS, today=TODAY)
        assert handout.pdf.startswith(b"%PDF")
        record(store, Action.PRINT, person_id=person_id, detail="klantreis")
        with store.reading() as session:
            document = export_data(session, [person_id])
        write_atomic(chosen / "export.json", dumps(document))
        record_for_people(store, Action.EXPORT, [person_id])
        inzage = make_inzage(store, person_id, today=TODAY)
        write_atomic(chosen / f"{file_stem(person_id, TODAY)}.json", inzage.json)
        # Failures whose exceptions quote personal data, logged as the screens log them:
        # a database error with its parameters, and a message that names the person.
        try:
            with store.transaction() as session:
                session.add(Person(given_names=NAME[0], family_name=NAME[1], bsn=BSN,
                                   category=Category.ASIELSTATUSHOUDER))  # fmt: skip
        except Exception as error:
            assert BSN in str(error)  # what the filter has to keep out
            log.warning("Saving a form failed", exc_info=error)
        log.info("Looked up BSN %s, e-mail %s", BSN, "y.gebremariam@example.org")  # a slip
        lock(store)
    finally:
        stop_logging()
    output = capfd.readouterr()
    (log_dir / "console.txt").write_text(output.out + output.err, encoding="utf-8")

    assert _hits(data_dir) == []
    assert _hits(temp_dir) == []
    assert _hits(log_dir) == []
    logged = (log_dir / "wegwijzer.log").read_text(encoding="utf-8")
    assert "IntegrityError" in logged and "<e-mail>" in logged and "example.org" not in logged
    assert sorted({hit.split(":")[0] for hit in _hits(chosen)}) == sorted(
        ["export.json", f"{file_stem(person_id, TODAY)}.json"]
    )
