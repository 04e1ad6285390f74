"""Where a recovery key should go: removable media, not the laptop's own disk.

A recovery key saved beside the database is found by whoever steals the laptop. The save
dialog starts on a removable drive when one is plugged in, and warns when the chosen file is
on the same disk as the data folder.
"""

from __future__ import annotations

import contextlib
import sys
from pathlib import Path


def removable_folders() -> list[Path]:
    """Mounted removable drives (USB sticks, SD cards), best first; empty when none."""
    if sys.platform == "win32":
        import ctypes

        kernel32 = ctypes.windll.kernel32
        mask = kernel32.GetLogicalDrives()
        found = []
        for index in range(26):
            if mask & (1 << index):
                root = f"{chr(65 + index)}:\\\\"
                if kernel32.GetDriveTypeW(root) == 2:  # DRIVE_REMOVABLE
                    found.append(Path(root))
        return found
    if sys.platform == "darwin":
        volumes = Path("/Volumes")
        with contextlib.suppress(OSError):
            return sorted(p for p in volumes.iterdir() if p.is_dir() and not p.is_symlink())
        return []
    found = []
    with contextlib.suppress(OSError):
        for line in Path("/proc/self/mounts").read_text(encoding="utf-8").splitlines():
            parts = line.split()
            if len(parts) >= 2:
                mount = parts[1].replace("\\040", " ")
                if mount.startswith(("/media/", "/run/media/")):
                    found.append(Path(mount))
    return found


def same_disk(path: Path, folder: Path) -> bool:
    """True when ``path`` (a file about to be written) lies on the disk that holds ``folder``."""
    try:
        target = path if path.exists() else path.parent
        home = folder if folder.exists() else folder.parent
        return target.stat().st_dev == home.stat().st_dev
    except OSError:
        return False
