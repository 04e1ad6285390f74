"""The team folder on the file share: the marker, and each device's append-only files.

Layout::

    <share>/wegwijzer-team.json                      marker: team id, format, KDF salt, key check
    <share>/devices/<device id>/b<first>-<last>-<random>.wwb   a batch of changes
    <share>/devices/<device id>/s<millis>-<random>.wws         a snapshot of the whole team

No SQLite file is ever opened here. A device writes only in its own folder, only new files:
a temporary dot-name, flush, fsync, then a hard link (or, where links are not supported, a
rename after checking) to a name that includes random bits and so never existed before.
"""

from __future__ import annotations

import contextlib
import errno
import json
import os
import re
import secrets
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from desktop.store.atomic import fsync_directory
from desktop.sync.errors import (
    DamagedMarker,
    NotATeamFolder,
    ShareFull,
    ShareReadOnly,
    ShareTooNew,
    ShareUnavailable,
    SyncError,
    TeamExists,
)

MARKER_NAME = "wegwijzer-team.json"
MARKER_FORMAT = "wegwijzer-team"
MARKER_VERSION = 1
DEVICES = "devices"
_BATCH = re.compile(r"b(\d{12})-(\d{12})-([0-9a-f]{8})\.wwb")
_SNAPSHOT = re.compile(r"s(\d{15})-([0-9a-f]{8})\.wws")
_DEVICE = re.compile(r"[0-9a-f]{16}")


@dataclass(frozen=True)
class ShareFile:
    """A batch or snapshot file found on the share (name parsed, content not yet read)."""

    device: str
    name: str
    kind: str  # "batch" or "snapshot"
    first: int = 0
    last: int = 0
    millis: int = 0

    @property
    def key(self) -> str:
        return f"{self.device}/{self.name}"


def batch_name(first: int, last: int) -> str:
    return f"b{first:012d}-{last:012d}-{secrets.token_hex(4)}.wwb"


def snapshot_name(millis: int) -> str:
    return f"s{millis:015d}-{secrets.token_hex(4)}.wws"


def _translate(error: OSError) -> SyncError:
    if error.errno in (errno.ENOSPC, errno.EDQUOT):
        return ShareFull()
    if error.errno in (errno.EACCES, errno.EPERM, errno.EROFS):
        return ShareReadOnly()
    return ShareUnavailable()


class Share:
    """A team folder, checked to be reachable and marked before anything is read or written."""

    def __init__(self, path: Path) -> None:
        self.path = path

    @property
    def marker_path(self) -> Path:
        return self.path / MARKER_NAME

    def check_reachable(self) -> None:
        """Raise ShareUnavailable unless the folder itself is there (mounted, reachable)."""
        try:
            if not self.path.is_dir():
                raise ShareUnavailable()
            next(os.scandir(self.path), None)
        except OSError as error:
            raise ShareUnavailable() from error

    def read_marker(self) -> dict[str, Any]:
        """The marker's content; an absent marker means a wrong or empty folder, never 'empty'."""
        self.check_reachable()
        try:
            raw = self.marker_path.read_bytes()
        except FileNotFoundError:
            raise NotATeamFolder() from None
        except OSError as error:
            raise _translate(error) from error
        try:
            marker = json.loads(raw)
        except ValueError:
            raise DamagedMarker() from None
        if not isinstance(marker, dict) or marker.get("format") != MARKER_FORMAT:
            raise NotATeamFolder()
        version = marker.get("version")
        if not isinstance(version, int):
            raise DamagedMarker()
        if version > MARKER_VERSION:
            raise ShareTooNew()
        return marker

    def create_marker(self, marker: dict[str, Any]) -> None:
        """Write the marker once; refuse when one exists (never overwrite a team)."""
        self.check_reachable()
        if self.marker_path.exists():
            raise TeamExists()
        data = json.dumps(marker, indent=2).encode("utf-8")
        self._publish(self.path, MARKER_NAME, data)

    def device_folder(self, device: str) -> Path:
        return self.path / DEVICES / device

    def list_files(self) -> list[ShareFile]:
        """Every batch and snapshot on the share; temp files and foreign names are ignored."""
        found: list[ShareFile] = []
        root = self.path / DEVICES
        try:
            if not root.exists():
                return found
            for device_dir in os.scandir(root):
                if not (device_dir.is_dir() and _DEVICE.fullmatch(device_dir.name)):
                    continue
                found.extend(self._device_files(device_dir.name, Path(device_dir.path)))
        except OSError as error:
            raise ShareUnavailable() from error
        return found

    @staticmethod
    def _device_files(device: str, folder: Path) -> Iterator[ShareFile]:
        for entry in os.scandir(folder):
            if match := _BATCH.fullmatch(entry.name):
                first, last = int(match[1]), int(match[2])
                yield ShareFile(device, entry.name, "batch", first=first, last=last)
            elif match := _SNAPSHOT.fullmatch(entry.name):
                yield ShareFile(device, entry.name, "snapshot", millis=int(match[1]))

    def read(self, file: ShareFile) -> bytes:
        """The bytes of a file; ShareUnavailable when the share went away meanwhile."""
        try:
            return (self.device_folder(file.device) / file.name).read_bytes()
        except FileNotFoundError:
            self.check_reachable()  # the folder is there: only this file went (compaction)
            return b""
        except OSError as error:
            raise ShareUnavailable() from error

    def write_new(self, device: str, name: str, data: bytes) -> None:
        """Publish a new file in the device's own folder (never replacing anything)."""
        folder = self.device_folder(device)
        try:
            folder.mkdir(parents=True, exist_ok=True)
        except OSError as error:
            raise _translate(error) from error
        self._publish(folder, name, data)

    def remove_own(self, device: str, name: str) -> None:
        """Delete one of the device's own files (compaction); a failure is harmless."""
        with contextlib.suppress(OSError):
            (self.device_folder(device) / name).unlink()

    def clean_own_temporaries(self, device: str) -> None:
        """Remove temp files a killed run of this device left behind."""
        folder = self.device_folder(device)
        with contextlib.suppress(OSError):
            for entry in os.scandir(folder):
                if entry.name.startswith(".tmp-"):
                    with contextlib.suppress(OSError):
                        Path(entry.path).unlink()

    @staticmethod
    def _publish(folder: Path, name: str, data: bytes) -> None:
        tmp = folder / f".tmp-{secrets.token_hex(8)}"
        final = folder / name
        try:
            fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
            try:
                view = memoryview(data)
                while view:
                    view = view[os.write(fd, view) :]
                os.fsync(fd)
            finally:
                os.close(fd)
            _link_new(tmp, final)
            with contextlib.suppress(OSError):
                fsync_directory(folder)
        except OSError as error:
            with contextlib.suppress(OSError):
                tmp.unlink()
            if error.errno == errno.EEXIST and name == MARKER_NAME:
                raise TeamExists() from error
            raise _translate(error) from error


def _link_new(tmp: Path, final: Path) -> None:
    """Give ``tmp`` the name ``final`` only if that name is free; then drop the temp name."""
    try:
        os.link(tmp, final)  # fails with EEXIST instead of replacing
    except OSError as error:
        if error.errno not in (errno.EPERM, errno.ENOTSUP, errno.EOPNOTSUPP, errno.EXDEV):
            raise
        if final.exists():  # a share without hard links: check, then rename (Windows refuses
            raise FileExistsError(errno.EEXIST, "exists", str(final)) from error  # replacing)
        tmp.rename(final)
        return
    tmp.unlink()
