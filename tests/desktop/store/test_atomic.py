"""Atomic file writes: a reader sees the old file or a new one whole, never a mix."""

from __future__ import annotations

import stat
import threading
from pathlib import Path

from desktop.store.atomic import write_atomic

ROUNDS = 200


def test_two_threads_writing_one_file_each_leave_a_whole_file(tmp_path: Path) -> None:
    target = tmp_path / "team.json"
    contents = {name: name.encode("ascii") * 50_000 for name in ("a", "b")}
    errors: list[BaseException] = []
    start = threading.Barrier(2)

    def writer(name: str) -> None:
        start.wait()
        try:
            for _ in range(ROUNDS):
                write_atomic(target, contents[name])
        except BaseException as error:  # handed to the test's thread
            errors.append(error)

    threads = [threading.Thread(target=writer, args=(name,)) for name in contents]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert errors == []
    assert target.read_bytes() in contents.values()
    assert [p.name for p in tmp_path.iterdir()] == ["team.json"]  # no temporary file left
    assert stat.S_IMODE(target.stat().st_mode) == 0o600
