"""orjson in the sync writes and reads exactly what json did: the same text for every value a
synced row can hold, and json's answer for what orjson refuses."""

from __future__ import annotations

import json
import math
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

from desktop.sync.crypto import FileProblem, json_payload, read_json
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
    assert math.isnan(json_payload(b"[NaN]")[0])  # json reads NaN, as before


@pytest.mark.parametrize("text", [b"{", b"[1,]", b"\xff", b""])
def test_a_broken_file_is_still_unreadable(text: bytes) -> None:
    with pytest.raises(FileProblem, match="onleesbaar"):
        json_payload(text)


def test_deep_nesting_is_still_named_as_such() -> None:
    with pytest.raises(FileProblem, match="te diep genest"):
        json_payload(b"[" * 100_000 + b"]" * 100_000)
