"""The JSON inside batch and snapshot files, and its strict reading.

A batch (one device's new versions)::

    {"kind": "batch", "device": D, "first": 41, "last": 57, "deps": {device: counter},
     "ctxs": [{device: counter}, ...],
     "versions": [[table, row id, field, counter, hlc, at, by, value, ctx index], ...]}

A snapshot (every head version a device holds, and what it had seen)::

    {"kind": "snapshot", "device": D, "vector": {device: counter}, "ctxs": [...],
     "versions": [[table, row id, field, device, counter, hlc, at, by, value, ctx index], ...]}

Contexts repeat a lot (all versions of one capture share one), so they are listed once.
"""

from __future__ import annotations

import dataclasses
import json
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from typing import Any

from desktop.messages import N_
from desktop.sync.crypto import FileProblem, check_depth, inflate_lines, json_payload
from desktop.sync.register import Context, Version


@dataclass(frozen=True)
class Batch:
    """A device's versions with counters ``first``..``last``; ``deps`` must be applied first."""

    device: str
    first: int
    last: int
    deps: Context
    versions: list[Version]


@dataclass(frozen=True)
class Snapshot:
    """A device's full state and the vector it covers."""

    device: str
    vector: Context
    versions: list[Version]


def _contexts(versions: Iterable[Version]) -> tuple[list[dict[str, int]], dict[str, int]]:
    listed: list[dict[str, int]] = []
    index: dict[str, int] = {}
    for v in versions:
        key = repr(sorted(v.ctx.items()))
        if key not in index:
            index[key] = len(listed)
            listed.append(dict(v.ctx))
    return listed, index


def encode_batch(batch: Batch) -> dict[str, Any]:
    ctxs, index = _contexts(batch.versions)
    rows = [
        [
            v.tbl,
            v.row_id,
            v.field,
            v.counter,
            v.hlc,
            v.at,
            v.by,
            v.value,
            index[repr(sorted(v.ctx.items()))],
        ]
        for v in batch.versions
    ]
    return {
        "kind": "batch",
        "device": batch.device,
        "first": batch.first,
        "last": batch.last,
        "deps": dict(batch.deps),
        "ctxs": ctxs,
        "versions": rows,
    }


def encode_snapshot(snapshot: Snapshot) -> dict[str, Any]:
    ctxs, index = _contexts(snapshot.versions)
    rows = [
        [
            v.tbl,
            v.row_id,
            v.field,
            v.device,
            v.counter,
            v.hlc,
            v.at,
            v.by,
            v.value,
            index[repr(sorted(v.ctx.items()))],
        ]
        for v in snapshot.versions
    ]
    return {
        "kind": "snapshot",
        "device": snapshot.device,
        "vector": dict(snapshot.vector),
        "ctxs": ctxs,
        "versions": rows,
    }


def _context(data: Any) -> dict[str, int]:
    if not isinstance(data, dict):
        raise ValueError("context")
    return {str(k): int(v) for k, v in data.items()}


def decode_batch(payload: dict[str, Any], device: str, first: int, last: int) -> Batch:
    """The batch in a payload, checked against the file name it came under."""
    try:
        if payload["kind"] != "batch" or payload["device"] != device:
            raise ValueError("kind")
        if (int(payload["first"]), int(payload["last"])) != (first, last):
            raise ValueError("range")
        ctxs = [_context(c) for c in payload["ctxs"]]
        versions = []
        for tbl, row_id, field, counter, hlc, at, by, value, ctx in payload["versions"]:
            if not first <= int(counter) <= last:
                raise ValueError("counter")
            check_depth(value)
            versions.append(
                Version(
                    str(tbl),
                    str(row_id),
                    str(field),
                    device,
                    int(counter),
                    str(hlc),
                    str(at),
                    str(by),
                    value,
                    ctxs[int(ctx)],
                )
            )
        return Batch(device, first, last, _context(payload["deps"]), versions)
    except (KeyError, ValueError, TypeError, IndexError) as error:
        raise FileProblem(N_("inhoud klopt niet met het formaat")) from error


def decode_snapshot(payload: dict[str, Any], device: str) -> Snapshot:
    """The snapshot in a payload, checked against the folder it came from."""
    try:
        if payload["kind"] != "snapshot" or payload["device"] != device:
            raise ValueError("kind")
        ctxs = [_context(c) for c in payload["ctxs"]]
        for row in payload["versions"]:
            check_depth(row[8])
        versions = [
            Version(
                str(tbl),
                str(row_id),
                str(field),
                str(dev),
                int(counter),
                str(hlc),
                str(at),
                str(by),
                value,
                ctxs[int(ctx)],
            )
            for tbl, row_id, field, dev, counter, hlc, at, by, value, ctx in payload["versions"]
        ]
        return Snapshot(device, _context(payload["vector"]), versions)
    except (KeyError, ValueError, TypeError, IndexError) as error:
        raise FileProblem(N_("inhoud klopt niet met het formaat")) from error


# -- snapshots, one version a line ---------------------------------------------------------------
#
# A snapshot is written with one version per line, in (table, row id) order, so that a reader
# can take it in a row at a time without holding the whole team in memory. It stays one JSON
# document (the line breaks are whitespace), so a reader that parses it whole still can.

_VERSIONS_OPEN = b'"versions":['
_END = b"]}"

#: A version row as written: table, row id, field, device, counter, hlc, at, by, value JSON.
VersionRow = tuple[str, str, str, str, int, str, str, str, str]


def snapshot_text(
    device: str,
    vector: Context,
    ctxs: list[dict[str, int]],
    rows: Iterable[tuple[VersionRow, int]],
    extra: dict[str, Any] | None = None,
) -> Iterator[bytes]:
    """The snapshot's JSON, piece by piece: the header line, then one version a line.

    ``rows`` must come in (table, row id) order; each is a version row and its context index.
    ``extra``: more header fields (what the writing laptop vouches for, desktop/sync/trust.py).
    """
    header = {
        **(extra or {}),
        "kind": "snapshot",
        "device": device,
        "vector": dict(vector),
        "ctxs": ctxs,
    }
    yield json.dumps(header, separators=(",", ":")).encode("utf-8")[:-1] + b"," + _VERSIONS_OPEN
    separator = b"\n"
    for (tbl, row_id, field, dev, counter, hlc, at, by, value), ctx in rows:
        head = json.dumps([tbl, row_id, field, dev, counter, hlc, at, by], separators=(",", ":"))
        yield separator + f"{head[:-1]},{value},{ctx}]".encode()
        separator = b",\n"
    yield b"\n" + _END


@dataclass
class SnapshotFile:
    """A snapshot read from a share file: its header now, its versions when asked for.

    ``versions()`` unpacks the file again each time and yields the versions in (table, row id)
    order; a file that breaks that order or the format raises FileProblem midway, so a caller
    applies it inside a savepoint.
    """

    device: str
    vector: Context
    body: bytes  # the compressed JSON
    _ctxs: list[dict[str, int]]
    _whole: list[Version] | None = None  # a file written whole (before one version a line)
    #: The header's fields (for a file written whole: its top-level fields but the versions).
    header: dict[str, Any] = dataclasses.field(default_factory=dict)
    #: Called with each version as it is read (the trust check, desktop/sync/trust.py), so
    #: that the file is read once, as it is applied; raises FileProblem to refuse it.
    check: Callable[[Version], None] | None = None

    def versions(self) -> Iterator[Version]:
        check = self.check
        if self._whole is not None:
            for version in self._whole:
                if check is not None:
                    check(version)
                yield version
            return
        lines = inflate_lines(self.body)
        next(lines)  # the header, read already
        previous: tuple[str, str] = ("", "")
        try:
            for line in lines:
                if line == _END:
                    break
                text = line[:-1] if line.endswith(b",") else line
                tbl, row_id, field, dev, counter, hlc, at, by, value, ctx = json_payload(text)
                check_depth(value, text=text)
                key = (str(tbl), str(row_id))
                if key < previous:
                    raise ValueError("order")
                previous = key
                version = Version(key[0], key[1], str(field), str(dev), int(counter), str(hlc),
                                  str(at), str(by), value, self._ctxs[int(ctx)])  # fmt: skip
                if check is not None:
                    check(version)
                yield version
            else:
                raise ValueError("end")
            if any(line.strip() for line in lines):
                raise ValueError("after the end")
        except (KeyError, ValueError, TypeError, IndexError) as error:
            raise FileProblem(N_("inhoud klopt niet met het formaat")) from error


def read_snapshot(body: bytes, device: str) -> SnapshotFile:
    """The snapshot in a share file's compressed JSON, checked against its folder's device."""
    lines = inflate_lines(body)
    first = next(lines, b"")
    if not first.endswith(_VERSIONS_OPEN):  # written whole: read whole, in row order
        document = json_payload(b"\n".join([first, *lines]))
        whole = decode_snapshot(document, device)
        ordered = sorted(whole.versions, key=lambda v: (v.tbl, v.row_id))
        fields = {k: v for k, v in document.items() if k != "versions"}
        return SnapshotFile(device, whole.vector, body, [], ordered, fields)
    header = json_payload(first + _END)
    try:
        if header["kind"] != "snapshot" or header["device"] != device or header["versions"]:
            raise ValueError("kind")
        ctxs = [_context(c) for c in header["ctxs"]]
        return SnapshotFile(device, _context(header["vector"]), body, ctxs, None, header)
    except (KeyError, ValueError, TypeError) as error:
        raise FileProblem(N_("inhoud klopt niet met het formaat")) from error
