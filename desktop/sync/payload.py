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

from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

from desktop.messages import N_
from desktop.sync.crypto import FileProblem, check_depth
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
