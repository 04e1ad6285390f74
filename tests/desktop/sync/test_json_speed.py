"""orjson in the sync writes and reads exactly what json did: the same text for every value a
synced row can hold, and json's answer for what orjson refuses."""

from __future__ import annotations

import json
import math
import zlib
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

from desktop.sync.crypto import MAX_JSON_DEPTH, FileProblem, json_payload, read_json
from desktop.sync.payload import SnapshotFile, read_snapshot, snapshot_text
from desktop.sync.tables import canonical_json

#: What a synced row's values are: text (any Unicode, control characters too), whole numbers,
#: booleans and None, and lists and objects of them.
VALUES = st.recursive(
    st.none() | st.booleans() | st.integers() | st.text(),
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(st.text(), inner, max_size=4),
    max_leaves=12,
)


def _json(value: Any) -> str:
    return json.dumps(value, separators=(",", ":"), ensure_ascii=False)


@given(VALUES)
def test_the_canonical_text_is_jsons_text(value: Any) -> None:
    assert canonical_json(value) == _json(value)
    assert read_json(canonical_json(value)) == value
    assert json_payload(canonical_json(value).encode("utf-8")) == value
    assert read_json(canonical_json(value)) == value  # whole numbers of any size stay whole


def test_what_orjson_refuses_is_read_and_written_as_json_did() -> None:
    huge = 2**80  # beyond 64 bits: orjson refuses it
    assert canonical_json({"n": huge}) == '{"n":' + str(huge) + "}"
    assert read_json('{"n":' + str(huge) + "}") == {"n": huge}
    for edge in (
        -(2**63) - 1,
        2**64,
        -(2**63),
        2**64 - 1,
    ):  # orjson would make the first two floats
        assert read_json(str(edge)) == edge and isinstance(read_json(str(edge)), int)
        assert json_payload(f"[{edge}]".encode()) == [edge]
    assert canonical_json("\ud800") == _json("\ud800")  # not valid Unicode
    assert read_json('["\ud800", 18446744073709551616]') == ["\ud800", 2**64]  # lone surrogate
    # eighteen digits with anything between them are no long number: orjson reads them
    assert read_json(b"[123456789012345678,9]") == [123456789012345678, 9]
    assert read_json("1234567890123456789.5") == 1234567890123456789.5
    assert math.isnan(json_payload(b"[NaN]")[0])  # json reads NaN, as before


@pytest.mark.parametrize("text", [b"{", b"[1,]", b"\xff", b""])
def test_a_broken_file_is_still_unreadable(text: bytes) -> None:
    with pytest.raises(FileProblem, match="onleesbaar"):
        json_payload(text)


def _snapshot_line(value: Any) -> SnapshotFile:
    row = ("consultant", "r", "*", "d", 1, "000000000000001-0000-d", "", "", _json(value))
    body = zlib.compress(b"".join(snapshot_text("d", {"d": 1}, [{}], [(row, 0)])))
    return read_snapshot(body, "d")


@pytest.mark.parametrize("leaf", ["x", "[{"])  # brackets inside text count, and do no harm
@pytest.mark.parametrize("depth", [1, 2, 3, 4, 5, 9])
def test_a_snapshot_line_nesting_too_deep_is_refused(depth: int, leaf: str) -> None:
    """Lines with few brackets are not walked; a value deeper than four levels is refused."""
    value: Any = {"name": leaf}
    for level in range(depth - 1):
        value = {"name": value} if level % 2 else [value]
    snapshot = _snapshot_line(value)
    if depth > MAX_JSON_DEPTH:
        with pytest.raises(FileProblem, match="te diep genest"):
            list(snapshot.versions())
    else:
        assert [v.value for v in snapshot.versions()] == [value]


def test_deep_nesting_is_still_named_as_such() -> None:
    with pytest.raises(FileProblem, match="te diep genest"):
        json_payload(b"[" * 100_000 + b"]" * 100_000)
