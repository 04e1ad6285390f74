"""The team folder on the file share: the marker, and each device's append-only files.

Layout::

    <share>/wegwijzer-team.json                      marker: team id, format, KDF salt, key check
    <share>/devices/<device id>/b<first>-<last>-<random>.wwb   a batch of changes
    <share>/devices/<device id>/s<millis>-<random>.wws         a snapshot of the whole team

No SQLite file is ever opened here. A device writes only in its own folder, only new files:
a temporary dot-name, flush, fsync, then a hard link (or, where links are not supported, a
rename after checking) to a name that includes random bits and so never existed before.

Writing never leaves the team folder: before and after every file the marker must still be
the one the sync started with, and folders are made one level at a time below it (never
``parents=True``), so an unmounted share (a bare mount point, a vanished drive) gets nothing.

Reading is bounded per entry: only regular files with the expected names are opened (no
directories, pipes, links or devices; ``O_NOFOLLOW``/``O_NONBLOCK``), their size is checked
before reading, and a laptop folder is read up to :data:`MAX_ENTRIES` entries. A bad entry is
a :class:`BadEntry` with its own Dutch reason; it never stops the rest of the sync.
"""

from __future__ import annotations

import contextlib
import errno
import json
import os
import re
import secrets
import stat
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

from desktop.messages import N_
from desktop.store.atomic import fsync_directory
from desktop.sync.crypto import FileProblem
from desktop.sync.errors import (
    DamagedMarker,
    NotATeamFolder,
    ShareFull,
    ShareReadOnly,
    ShareTooNew,
    ShareUnavailable,
    ShareVanished,
    SyncError,
    TeamExists,
)

MARKER_NAME = "wegwijzer-team.json"
MARKER_FORMAT = "wegwijzer-team"
MARKER_VERSION = 1
MAX_MARKER_BYTES = 64 * 1024
DEVICES = "devices"
_BATCH = re.compile(r"b(\d{12})-(\d{12})-([0-9a-f]{8})\.wwb")
_SNAPSHOT = re.compile(r"s(\d{15})-([0-9a-f]{8})\.wws")
_DEVICE = re.compile(r"[0-9a-f]{16}")

#: The largest share file read (a snapshot of 5,000 people is about 9 MB).
MAX_FILE_BYTES = 128 * 1024 * 1024
#: The most batch and snapshot files read from one laptop's folder in one sync.
MAX_ENTRIES = 50_000
_READ_FLAGS = (
    os.O_RDONLY
    | getattr(os, "O_NOFOLLOW", 0)
    | getattr(os, "O_NONBLOCK", 0)
    | getattr(os, "O_BINARY", 0)
)


@dataclass(frozen=True)
class ShareFile:
    """A batch or snapshot file found on the share (name parsed, content not yet read)."""

    device: str
    name: str
    kind: str  # "batch" or "snapshot"
    first: int = 0
    last: int = 0
    millis: int = 0
    size: int = 0
    stamp: str = ""  # size and modification time: a changed file is read again

    @property
    def key(self) -> str:
        return f"{self.device}/{self.name}"


@dataclass(frozen=True)
class BadEntry:
    """An entry on the share that is not read: ``reason`` says why, in Dutch."""

    key: str
    reason: str
    stamp: str


@dataclass
class Listing:
    """What one look at the share's laptop folders found."""

    files: list[ShareFile] = field(default_factory=list)
    bad: list[BadEntry] = field(default_factory=list)


def batch_name(first: int, last: int) -> str:
    return f"b{first:012d}-{last:012d}-{secrets.token_hex(4)}.wwb"


def snapshot_name(millis: int) -> str:
    return f"s{millis:015d}-{secrets.token_hex(4)}.wws"


def parse_name(device: str, name: str) -> ShareFile | None:
    """The file a batch or snapshot name stands for; None for any other name."""
    if match := _BATCH.fullmatch(name):
        return ShareFile(device, name, "batch", first=int(match[1]), last=int(match[2]))
    if match := _SNAPSHOT.fullmatch(name):
        return ShareFile(device, name, "snapshot", millis=int(match[1]))
    return None


def _stamp(st: os.stat_result) -> str:
    return f"{st.st_size}:{st.st_mtime_ns}:{st.st_mode:o}"


def _not_regular(mode: int) -> str:
    """The Dutch reason an entry of this type is not read."""
    if stat.S_ISDIR(mode):
        return N_("een map in plaats van een bestand")
    if stat.S_ISLNK(mode):
        return N_("een snelkoppeling (symbolische link) in plaats van een bestand")
    return N_("geen gewoon bestand (een pijp, socket of apparaat)")


def _too_large() -> str:
    return N_("te groot voor een Wegwijzer-bestand (meer dan {mb} MB)").format(
        mb=MAX_FILE_BYTES // (1024 * 1024)
    )


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
        self._marker: bytes | None = None  # the marker as read at the start of this sync

    @property
    def marker_path(self) -> Path:
        return self.path / MARKER_NAME

    def check_reachable(self) -> None:
        """Raise ShareUnavailable unless the folder itself is there (mounted, reachable)."""
        try:
            if not self.path.is_dir():
                raise ShareUnavailable()
            with os.scandir(self.path) as entries:
                next(entries, None)
        except OSError as error:
            raise ShareUnavailable() from error

    def _marker_bytes(self) -> bytes:
        fd = os.open(self.marker_path, _READ_FLAGS)
        try:
            if not stat.S_ISREG(os.fstat(fd).st_mode):
                raise NotATeamFolder()
            return os.read(fd, MAX_MARKER_BYTES)
        finally:
            os.close(fd)

    def read_marker(self) -> dict[str, Any]:
        """The marker's content; an absent marker means a wrong or empty folder, never 'empty'."""
        self.check_reachable()
        try:
            raw = self._marker_bytes()
        except FileNotFoundError:
            raise NotATeamFolder() from None
        except OSError as error:
            raise _translate(error) from error
        try:
            marker = json.loads(raw)
        except (ValueError, RecursionError):
            raise DamagedMarker() from None
        if not isinstance(marker, dict) or marker.get("format") != MARKER_FORMAT:
            raise NotATeamFolder()
        version = marker.get("version")
        if not isinstance(version, int):
            raise DamagedMarker()
        if version > MARKER_VERSION:
            raise ShareTooNew()
        self._marker = raw
        return marker

    def check_still_here(self) -> None:
        """ShareVanished unless the marker read at the start is still there, unchanged.

        A share unmounted mid-sync leaves its bare mount point (or nothing) behind: no marker.
        """
        try:
            raw = self._marker_bytes()
        except (OSError, NotATeamFolder):
            raise ShareVanished() from None
        if self._marker is not None and raw != self._marker:
            raise ShareVanished()

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
        """Every readable batch and snapshot on the share (see :meth:`scan`)."""
        return self.scan().files

    def scan(self) -> Listing:
        """Every batch and snapshot on the share, and the entries named so that are unusable.

        Temp files and foreign names are ignored. ShareUnavailable only when the share itself
        cannot be listed; a laptop folder that cannot be read is a bad entry.
        """
        listing = Listing()
        root = self.path / DEVICES
        try:
            entries = os.scandir(root)
        except FileNotFoundError:
            self.check_reachable()
            return listing
        except OSError as error:
            self.check_reachable()
            if error.errno == errno.ENOTDIR:
                listing.bad.append(BadEntry(DEVICES, N_("geen map"), ""))
                return listing
            raise ShareUnavailable() from error
        try:
            with entries:
                for entry in entries:
                    if _DEVICE.fullmatch(entry.name):
                        self._scan_device(entry, listing)
        except OSError as error:
            raise ShareUnavailable() from error
        return listing

    def _scan_device(self, entry: os.DirEntry[str], listing: Listing) -> None:
        key = f"{entry.name}/"
        try:
            st = entry.stat(follow_symlinks=False)
            if not stat.S_ISDIR(st.st_mode):
                reason = (
                    N_("een bestand waar de map van een laptop hoort")
                    if stat.S_ISREG(st.st_mode)
                    else _not_regular(st.st_mode)
                )
                listing.bad.append(BadEntry(key, reason, _stamp(st)))
                return
            self._device_files(entry.name, Path(entry.path), st, listing)
        except OSError:
            self.check_reachable()
            reason = N_("de map van deze laptop kon niet worden gelezen")
            listing.bad.append(BadEntry(key, reason, ""))

    @staticmethod
    def _device_files(device: str, folder: Path, st: os.stat_result, listing: Listing) -> None:
        count = 0
        with os.scandir(folder) as entries:
            for entry in entries:
                file = parse_name(device, entry.name)
                if file is None:
                    continue
                count += 1
                if count > MAX_ENTRIES:
                    reason = N_("meer dan {n} bestanden in de map van deze laptop; de rest is "
                                "overgeslagen").format(n=MAX_ENTRIES)  # fmt: skip
                    listing.bad.append(BadEntry(f"{device}/*", reason, str(st.st_mtime_ns)))
                    return
                try:
                    entry_st = entry.stat(follow_symlinks=False)
                except OSError:
                    reason = N_("kon niet worden gelezen")
                    listing.bad.append(BadEntry(file.key, reason, ""))
                    continue
                stamp = _stamp(entry_st)
                if not stat.S_ISREG(entry_st.st_mode):
                    listing.bad.append(BadEntry(file.key, _not_regular(entry_st.st_mode), stamp))
                elif entry_st.st_size > MAX_FILE_BYTES:
                    listing.bad.append(BadEntry(file.key, _too_large(), stamp))
                else:
                    listing.files.append(replace(file, size=entry_st.st_size, stamp=stamp))

    def read(self, file: ShareFile) -> bytes:
        """The bytes of one file, at most :data:`MAX_FILE_BYTES`.

        FileProblem (with the Dutch reason) for a file that is gone, is no regular file or is
        too large; ShareUnavailable only when the share itself went away meanwhile.
        """
        path = self.device_folder(file.device) / file.name
        try:
            fd = os.open(path, _READ_FLAGS)
        except FileNotFoundError:
            self.check_reachable()  # the folder is there: only this file went (compaction)
            raise FileProblem(N_("niet meer aanwezig (opgeruimd)")) from None
        except OSError as error:
            self.check_reachable()
            if error.errno == errno.ELOOP:
                raise FileProblem(_not_regular(stat.S_IFLNK)) from None
            raise FileProblem(N_("kon niet worden gelezen")) from error
        try:
            return self._read_bounded(fd)
        except OSError as error:
            self.check_reachable()
            raise FileProblem(N_("kon niet worden gelezen")) from error
        finally:
            os.close(fd)

    @staticmethod
    def _read_bounded(fd: int) -> bytes:
        st = os.fstat(fd)
        if not stat.S_ISREG(st.st_mode):
            raise FileProblem(_not_regular(st.st_mode))
        if st.st_size > MAX_FILE_BYTES:
            raise FileProblem(_too_large())
        chunks: list[bytes] = []
        total = 0
        while chunk := os.read(fd, 1 << 20):
            total += len(chunk)
            if total > MAX_FILE_BYTES:  # grew while being read
                raise FileProblem(_too_large())
            chunks.append(chunk)
        return b"".join(chunks)

    def write_new(self, device: str, name: str, data: bytes) -> str:
        """Publish a new file in the device's own folder (never replacing anything).

        Returns the file's stamp (size and modification time) as the share shows it.

        The marker is checked before and after; a folder is made only directly below one that
        exists. When the share vanished meanwhile, what this call made is removed again and
        ShareVanished is raised: nothing counts as sent that is not on the share.
        """
        self.check_still_here()
        made: list[Path] = []
        final = self.device_folder(device) / name
        try:
            for folder in (self.path / DEVICES, self.device_folder(device)):
                if self._make_folder(folder):
                    made.append(folder)
            self._publish(final.parent, name, data)
            made.append(final)
            written = final.lstat()
            if written.st_size != len(data):
                raise ShareVanished()
            self.check_still_here()
        except BaseException:
            for leftover in reversed(made):
                with contextlib.suppress(OSError):
                    if leftover == final:
                        leftover.unlink()
                    else:
                        leftover.rmdir()
            raise
        return _stamp(written)

    def _make_folder(self, folder: Path) -> bool:
        """Make one folder level below an existing one; True when it was made now."""
        try:
            folder.mkdir()
            return True
        except FileExistsError:
            if folder.is_symlink() or not folder.is_dir():
                raise ShareUnavailable() from None
            return False
        except FileNotFoundError:
            raise ShareVanished() from None
        except OSError as error:
            raise _translate(error) from error

    def read_documents(self, folder: str, max_bytes: int, max_count: int) -> list[bytes]:
        """The regular files of a folder below the share (roster, requests, keys), bounded.

        Anything odd (a link, a directory, too large, unreadable) is passed over quietly: these
        are signed documents, and a missing one only means "not yet".
        """
        found: list[bytes] = []
        try:
            entries = os.scandir(self.path / folder)
        except FileNotFoundError:
            self.check_reachable()
            return found
        except OSError as error:
            self.check_reachable()
            raise ShareUnavailable() from error
        with entries:
            for entry in entries:
                if len(found) >= max_count:
                    break
                if entry.name.startswith(".") or not entry.name.endswith(".json"):
                    continue
                try:
                    fd = os.open(entry.path, _READ_FLAGS)
                except OSError:
                    continue
                try:
                    st = os.fstat(fd)
                    if stat.S_ISREG(st.st_mode) and st.st_size <= max_bytes:
                        found.append(os.read(fd, max_bytes + 1)[:max_bytes])
                except OSError:
                    continue
                finally:
                    os.close(fd)
        return found

    def has_document(self, folder: str, name: str) -> bool:
        return (self.path / folder / name).is_file()

    def write_document(self, folder: str, name: str, data: bytes) -> None:
        """Publish a new signed document in a folder below the share (never replacing one)."""
        self.check_still_here()
        self._make_folder(self.path / folder)
        self._publish(self.path / folder, name, data)
        self.check_still_here()

    def remove_own(self, device: str, name: str) -> bool:
        """Delete one of the device's own files (compaction); False when that failed."""
        try:
            (self.device_folder(device) / name).unlink()
        except FileNotFoundError:
            return True
        except OSError:
            return False
        return True

    def clean_own_temporaries(self, device: str) -> None:
        """Remove temp files a killed run of this device left behind."""
        folder = self.device_folder(device)
        with contextlib.suppress(OSError), os.scandir(folder) as entries:
            for entry in entries:
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
            if error.errno == errno.ENOENT:
                raise ShareVanished() from error
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
