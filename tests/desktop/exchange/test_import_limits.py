"""Import refuses oversized files and deep nesting in Dutch, before anything is imported."""

from __future__ import annotations

from pathlib import Path

import pytest

from desktop.exchange.errors import ImportTooDeep, ImportTooLarge
from desktop.exchange.importer import MAX_IMPORT_BYTES, parse_exchange, read_exchange_file


def test_deeply_nested_json_is_refused_in_dutch() -> None:
    for depth in (40, 100_000):  # past the limit, and past Python's own parser
        with pytest.raises(ImportTooDeep) as refused:
            parse_exchange(("[" * depth + "]" * depth).encode())
        assert "te diep genest" in str(refused.value) and "niets geïmporteerd" in str(refused.value)


def test_a_file_over_the_size_limit_is_refused_before_it_is_read(tmp_path: Path) -> None:
    big = tmp_path / "groot.json"
    with big.open("wb") as handle:
        handle.truncate(MAX_IMPORT_BYTES + 1)  # sparse: no memory or disk needed
    with pytest.raises(ImportTooLarge) as refused:
        read_exchange_file(big)
    assert "te groot" in str(refused.value)
