"""Enrolment files: the team key wrapped under a one-time enrolment code (Argon2id + AES-GCM)."""

from __future__ import annotations

import base64
import json
import sys
from collections.abc import Iterator
from dataclasses import asdict
from pathlib import Path
from typing import Any

import pytest

from desktop.access.enrolment import write_enrolment
from desktop.access.laptops import approve_laptop
from desktop.domain.model import Consultant
from desktop.store import Store, settings
from desktop.store.keys import DEFAULT_ARGON2
from desktop.sync.crypto import (
    ENROLMENT_VERSION,
    EnrolmentProblem,
    TeamKey,
    b64,
    normalise_enrolment_code,
    open_enrolment,
)
from desktop.sync.errors import (
    EnrolmentInvalid,
    EnrolmentTooNew,
    EnrolmentUnprotected,
    NotInTeam,
    SyncError,
    WeakEnrolmentCode,
    WrongEnrolmentCode,
    WrongTeam,
)
from desktop.sync.team import (
    create_team,
    current_team,
    join_with_enrolment,
)
from desktop.sync.trust import this_laptop
from tests.conftest import FAST_KDF, PASSPHRASE
from tests.desktop.sync.helpers import TEAM_PASSPHRASE, Laptop, dump


class Setup:
    """An admin laptop in a team, an enrolment file it made, and a new laptop not yet in it."""

    def __init__(self, root: Path) -> None:
        self.share = root / "share"
        self.share.mkdir()
        self.admin, _key = Store.create(root / "admin", PASSPHRASE, params=FAST_KDF)
        self.team = create_team(self.admin, self.share, TEAM_PASSPHRASE, params=FAST_KDF)
        self.file = root / "usb" / "wegwijzer-aanmelding.json"
        self.file.parent.mkdir()
        self.code = write_enrolment(self.admin, self.file, params=FAST_KDF)
        self.new, _key = Store.create(root / "new", PASSPHRASE, params=FAST_KDF)

    def document(self) -> dict[str, Any]:
        loaded: dict[str, Any] = json.loads(self.file.read_text(encoding="utf-8"))
        return loaded

    def write(self, document: Any) -> Path:
        self.file.write_text(json.dumps(document), encoding="utf-8")
        return self.file

    def assert_new_laptop_untouched(self) -> None:
        """Nothing of the team reached the new laptop's database (and no device id either)."""
        for key in (
            settings.SYNC_TEAM_ID,
            settings.SYNC_TEAM_KEY,
            settings.SYNC_SHARE,
            settings.SYNC_DEVICE,
        ):
            assert not key.is_set(self.new)
        with pytest.raises(NotInTeam):
            current_team(self.new)

    def close(self) -> None:
        self.admin.close()
        self.new.close()


@pytest.fixture
def setup(tmp_path: Path) -> Iterator[Setup]:
    made = Setup(tmp_path)
    try:
        yield made
    finally:
        made.close()


def _share_listing(share: Path) -> list[tuple[str, bytes]]:
    return sorted(
        (str(p.relative_to(share)), p.read_bytes()) for p in share.rglob("*") if p.is_file()
    )


def test_enrolment_round_trip_gives_the_team_key_and_the_laptops_sync(setup: Setup) -> None:
    code = setup.code
    assert len(normalise_enrolment_code(code)) == 20 and code.count("-") == 4
    joined = join_with_enrolment(setup.new, setup.share, setup.file, code)
    assert joined == setup.team
    assert current_team(setup.new) == (setup.team, setup.share)

    admin = Laptop("admin", setup.admin, setup.share)
    new = Laptop("new", setup.new, setup.share)
    approve_laptop(setup.admin, this_laptop(setup.new))  # the enrolled laptop, approved
    anna = admin.add_consultant("Anna de Vries", phone="06 1")
    admin.sync()
    new.sync()
    assert new.consultants()[anna][:2] == ("Anna de Vries", "06 1")
    assert new.edit(Consultant, anna, phone="06 2")
    new.sync()
    admin.sync()
    assert admin.consultants()[anna][1] == "06 2"
    assert dump(setup.admin) == dump(setup.new)


def test_the_code_is_read_kindly_when_typed(setup: Setup) -> None:
    typed = " ".join(setup.code.lower().replace("-", "")).replace("o", "0").replace("i", "1")
    assert join_with_enrolment(setup.new, setup.share, setup.file, typed) == setup.team


def test_wrong_code_is_refused_in_dutch_and_nothing_is_written(setup: Setup) -> None:
    before = _share_listing(setup.share)
    other_code = "AAAA-BBBB-CCCC-DDDD-EEEE"
    for wrong in (other_code, setup.code[:-1] + ("A" if setup.code[-1] != "A" else "B"), ""):
        with pytest.raises(WrongEnrolmentCode) as refused:
            join_with_enrolment(setup.new, setup.share, setup.file, wrong)
        assert "aanmeldcode klopt niet" in str(refused.value)
    assert isinstance(refused.value, SyncError)  # shown like every other sync failure
    setup.assert_new_laptop_untouched()
    assert _share_listing(setup.share) == before


def _flip(text: str) -> str:
    """The base64 ``text`` with one bit of its decoded bytes flipped."""
    data = bytearray(base64.b64decode(text))
    data[len(data) // 2] ^= 0x04
    return b64(bytes(data))


TAMPERINGS = {
    "wrapped key": lambda d: {**d, "wrapped_key": _flip(d["wrapped_key"])},
    "nonce": lambda d: {**d, "nonce": _flip(d["nonce"])},
    "salt": lambda d: {**d, "kdf": {**d["kdf"], "salt": _flip(d["kdf"]["salt"])}},
    "costs": lambda d: {**d, "kdf": {**d["kdf"], "time_cost": d["kdf"]["time_cost"] + 1}},
    "truncated": lambda d: {**d, "wrapped_key": d["wrapped_key"][:-8]},
    "key missing": lambda d: {k: v for k, v in d.items() if k != "wrapped_key"},
    "other format": lambda d: {**d, "format": "wegwijzer-keys"},
}


@pytest.mark.parametrize("how", sorted(TAMPERINGS))
def test_a_tampered_file_is_refused_and_nothing_is_written(setup: Setup, how: str) -> None:
    setup.write(TAMPERINGS[how](setup.document()))
    with pytest.raises((WrongEnrolmentCode, EnrolmentInvalid)):
        join_with_enrolment(setup.new, setup.share, setup.file, setup.code)
    setup.assert_new_laptop_untouched()


def test_no_bit_flip_anywhere_yields_another_key(setup: Setup) -> None:
    """Flip one bit in every byte of the file: refused, or (a flip in base64 padding bits that
    decode to the same bytes) exactly the genuine key, never a different one."""
    original = setup.file.read_bytes()
    accepted = 0
    for index in range(len(original)):
        data = bytearray(original)
        data[index] ^= 1 << (index % 7)
        try:
            team = open_enrolment(json.loads(bytes(data)), setup.code)
        except (ValueError, EnrolmentProblem):
            continue
        assert team == setup.team
        accepted += 1
    assert accepted <= 6  # only ignorable bits: whitespace-free fields leave almost none


def test_a_team_id_changed_in_the_file_is_refused(setup: Setup, tmp_path: Path) -> None:
    # Another team's id: the file is for another team folder.
    genuine = setup.document()
    setup.write({**genuine, "team_id": "00000000-0000-0000-0000-000000000000"})
    with pytest.raises(WrongTeam):
        join_with_enrolment(setup.new, setup.share, setup.file, setup.code)
    # The genuine file offered to another team's folder.
    other_share = tmp_path / "other-share"
    other_share.mkdir()
    other, _key = Store.create(tmp_path / "other", PASSPHRASE, params=FAST_KDF)
    with other:
        create_team(other, other_share, "een heel ander team", params=FAST_KDF)
    setup.write(genuine)
    with pytest.raises(WrongTeam):
        join_with_enrolment(setup.new, other_share, setup.file, setup.code)
    setup.assert_new_laptop_untouched()


def test_old_unprotected_format_is_refused_with_advice(setup: Setup) -> None:
    old = {
        "format": "wegwijzer-team-enrolment",
        "version": 1,
        "team_id": setup.team.team_id,
        "key": b64(setup.team.key),
    }
    setup.write(old)
    with pytest.raises(EnrolmentUnprotected) as refused:
        join_with_enrolment(setup.new, setup.share, setup.file, setup.code)
    assert "nieuw aanmeldbestand" in str(refused.value)
    assert "oude, onbeveiligde formaat" in str(refused.value)
    setup.write({**old, "version": ENROLMENT_VERSION})  # a key in plain form in any version
    with pytest.raises(EnrolmentUnprotected):
        join_with_enrolment(setup.new, setup.share, setup.file, setup.code)
    setup.assert_new_laptop_untouched()


def test_future_damaged_and_foreign_files_are_refused(setup: Setup) -> None:
    genuine = setup.document()
    setup.write({**genuine, "version": ENROLMENT_VERSION + 1})
    with pytest.raises(EnrolmentTooNew) as too_new:
        join_with_enrolment(setup.new, setup.share, setup.file, setup.code)
    assert "nieuwere versie" in str(too_new.value)
    for junk in (b"\x00\xff not json", b"[1, 2, 3]", b'{"format": "wegwijzer-keys"}', b""):
        setup.file.write_bytes(junk)
        with pytest.raises(EnrolmentInvalid) as invalid:
            join_with_enrolment(setup.new, setup.share, setup.file, setup.code)
        assert type(invalid.value) is EnrolmentInvalid
        assert "beschadigd" in str(invalid.value)
    with pytest.raises(EnrolmentInvalid):
        join_with_enrolment(setup.new, setup.share, setup.file.with_name("gone.json"), setup.code)
    # Costs that would make the new laptop allocate a terabyte are refused before any work.
    setup.write({**genuine, "kdf": {**genuine["kdf"], "memory_kib": 2**30}})
    with pytest.raises(EnrolmentInvalid):
        join_with_enrolment(setup.new, setup.share, setup.file, setup.code)
    setup.assert_new_laptop_untouched()


def test_the_file_holds_neither_the_team_key_nor_the_code(setup: Setup) -> None:
    data = setup.file.read_bytes()
    key = setup.team.key
    code = setup.code
    for secret in (
        key,
        key.hex().encode(),
        key.hex().upper().encode(),
        base64.b64encode(key),
        base64.b64encode(key).rstrip(b"="),
        base64.urlsafe_b64encode(key).rstrip(b"="),
        base64.b32encode(key).rstrip(b"="),
        code.encode(),
        code.lower().encode(),
        normalise_enrolment_code(code).encode(),
        code.encode("utf-16-le"),
    ):
        assert secret not in data
    assert TEAM_PASSPHRASE.encode() not in data
    document = json.loads(data)
    assert document["version"] == ENROLMENT_VERSION
    assert set(document) == {"format", "version", "team_id", "kdf", "nonce", "wrapped_key"}
    if sys.platform != "win32":
        assert setup.file.stat().st_mode & 0o077 == 0  # readable by its owner only


def test_each_file_has_its_own_code_and_salt(setup: Setup, tmp_path: Path) -> None:
    second = tmp_path / "second.json"
    code = write_enrolment(setup.admin, second, params=FAST_KDF)
    assert code != setup.code
    first_doc, second_doc = setup.document(), json.loads(second.read_text(encoding="utf-8"))
    assert first_doc["kdf"]["salt"] != second_doc["kdf"]["salt"]
    with pytest.raises(WrongEnrolmentCode):  # one file's code does not open another file
        join_with_enrolment(setup.new, setup.share, second, setup.code)
    assert join_with_enrolment(setup.new, setup.share, second, code) == setup.team


def test_a_chosen_code_must_be_long_enough(setup: Setup, tmp_path: Path) -> None:
    with pytest.raises(WeakEnrolmentCode):
        write_enrolment(setup.admin, tmp_path / "short.json", "kort-1234", params=FAST_KDF)
    assert not (tmp_path / "short.json").exists()
    chosen = "fiets tulp molen kaas dijk"
    path = tmp_path / "chosen.json"
    assert write_enrolment(setup.admin, path, chosen, params=FAST_KDF) == chosen
    assert join_with_enrolment(setup.new, setup.share, path, chosen.upper()) == setup.team


def test_a_laptop_in_no_team_cannot_make_an_enrolment_file(setup: Setup, tmp_path: Path) -> None:
    with pytest.raises(NotInTeam):
        write_enrolment(setup.new, tmp_path / "e.json", params=FAST_KDF)
    assert not (tmp_path / "e.json").exists()


def test_default_enrolment_kdf_is_the_strong_store_default(setup: Setup, tmp_path: Path) -> None:
    path = tmp_path / "strong.json"
    code = write_enrolment(setup.admin, path)  # no params: the defaults
    kdf = json.loads(path.read_text(encoding="utf-8"))["kdf"]
    assert kdf["algorithm"] == "argon2id"
    assert {k: kdf[k] for k in asdict(DEFAULT_ARGON2)} == asdict(DEFAULT_ARGON2)
    assert kdf["memory_kib"] >= 131072 and kdf["time_cost"] >= 3
    assert len(base64.b64decode(kdf["salt"])) == 16
    team = open_enrolment(json.loads(path.read_bytes()), code)
    assert team == setup.team and isinstance(team, TeamKey)


def test_a_file_that_cannot_be_written_is_reported(setup: Setup, tmp_path: Path) -> None:
    with pytest.raises(SyncError) as failed:
        write_enrolment(setup.admin, tmp_path / "no" / "such" / "folder.json", params=FAST_KDF)
    assert "kon niet worden geschreven" in str(failed.value)
    assert not (tmp_path / "no").exists()
