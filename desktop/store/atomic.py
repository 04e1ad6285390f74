"""Crash-safe file writes: temporary file, flush, fsync, rename."""

from __future__ import annotations

import contextlib
import errno
import os
import tempfile
from pathlib import Path

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


def fsync_directory(directory: Path) -> None:
    """Make a rename durable (no-op where directories cannot be opened, as on Windows)."""
    if os.name != "posix":
        return
    fd = os.open(directory, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)
