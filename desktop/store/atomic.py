"""Crash-safe file writes: temporary file, flush, fsync, rename."""

from __future__ import annotations

import contextlib
import errno
import os
import tempfile
from collections.abc import Iterator
from pathlib import Path
from typing import IO

from desktop.store.errors import DiskFull, ReadOnlyLocation


def write_atomic(path: Path, data: bytes, mode: int = 0o600) -> None:
    """Replace ``path`` with ``data`` so that a crash leaves either the old or the new file."""
    tmp: Path | None = None
    try:
        # A name of its own per call (not per process): two threads writing one file each
        # have their own temporary file, and the last rename wins whole.
        fd, name = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
        tmp = Path(name)
        try:
            if os.name == "posix":
                os.fchmod(fd, mode)  # mkstemp makes it 0o600
            view = memoryview(data)
            while view:
                written = os.write(fd, view)
                view = view[written:]
            os.fsync(fd)
        finally:
            os.close(fd)
        tmp.replace(path)
        fsync_directory(path.parent)
    except OSError as error:
        if tmp is not None:
            with contextlib.suppress(OSError):
                tmp.unlink()
        if error.errno in (errno.ENOSPC, errno.EDQUOT):
            raise DiskFull() from error
        if error.errno in (errno.EACCES, errno.EPERM, errno.EROFS):
            raise ReadOnlyLocation() from error
        raise


@contextlib.contextmanager
def open_atomic(path: Path, mode: int = 0o600) -> Iterator[IO[bytes]]:
    """A file to write ``path``'s new content into, piece by piece: on leaving the block it is
    flushed, synced and renamed over ``path``; on an error it is removed and ``path`` is left."""
    tmp: Path | None = None
    try:
        fd, name = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
        tmp = Path(name)
        if os.name == "posix":
            os.fchmod(fd, mode)
        with os.fdopen(fd, "wb") as handle:
            yield handle
            handle.flush()
            os.fsync(handle.fileno())
        tmp.replace(path)
        tmp = None
        fsync_directory(path.parent)
    except OSError as error:
        if error.errno in (errno.ENOSPC, errno.EDQUOT):
            raise DiskFull() from error
        if error.errno in (errno.EACCES, errno.EPERM, errno.EROFS):
            raise ReadOnlyLocation() from error
        raise
    finally:
        if tmp is not None:
            with contextlib.suppress(OSError):
                tmp.unlink()


def fsync_directory(directory: Path) -> None:
    """Make a rename durable (no-op where directories cannot be opened, as on Windows)."""
    if os.name != "posix":
        return
    fd = os.open(directory, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)
