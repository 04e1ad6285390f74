"""Where the database lives: the user's data directory, never a network path."""

from __future__ import annotations

import os
import sys
from pathlib import Path

from platformdirs import user_data_path

from desktop.store.errors import NetworkLocation

DATABASE_NAME = "wegwijzer.db"
KEY_FILE_NAME = "wegwijzer.keys"
#: The unlock brake's count of wrong passphrases (desktop/access/throttle.py).
THROTTLE_NAME = "wegwijzer.throttle"
#: Held (filelock) while the key file or the unlock brake's count is read and written.
KEY_LOCK_NAME = "wegwijzer.keys.lock"

# File systems that are shares, where SQLite's locking cannot be trusted.
_NETWORK_FS = {"cifs", "smb3", "smbfs", "nfs", "nfs4", "afs", "9p", "fuse.sshfs", "davfs", "ncpfs"}


def default_data_dir() -> Path:
    """$WEGWIJZER_DATA_DIR, or the platform's per-user data directory."""
    override = os.environ.get("WEGWIJZER_DATA_DIR")
    if override:
        return Path(override).expanduser()
    return user_data_path("Wegwijzer", appauthor=False)


def _mount_fs_type(path: Path) -> str | None:
    """The file-system type of the mount holding ``path`` (Linux), from /proc/self/mounts."""
    try:
        lines = Path("/proc/self/mounts").read_text(encoding="utf-8").splitlines()
    except OSError:
        return None
    best, best_type = "", None
    target = str(path.resolve())
    for line in lines:
        parts = line.split()
        if len(parts) < 3:
            continue
        mount = parts[1].replace("\\040", " ")
        inside = target == mount or target.startswith(mount.rstrip("/") + "/")
        if inside and len(mount) >= len(best):
            best, best_type = mount, parts[2]
    return best_type


def _windows_drive_is_remote(path: Path) -> bool:
    if sys.platform != "win32":
        return False
    import ctypes

    drive = path.resolve().drive
    if not drive:
        return False
    drive_remote = 4
    return bool(ctypes.windll.kernel32.GetDriveTypeW(drive + "\\") == drive_remote)


def is_network_path(path: Path) -> bool:
    """True for UNC paths, mapped network drives and mounted shares."""
    text = str(path)
    if text.startswith(("\\\\", "//")):
        return True
    if _windows_drive_is_remote(path):
        return True
    existing = path
    while not existing.exists() and existing != existing.parent:
        existing = existing.parent
    return _mount_fs_type(existing) in _NETWORK_FS


def ensure_local(path: Path) -> None:
    """Refuse a database location on a network share."""
    if is_network_path(path):
        raise NetworkLocation()
