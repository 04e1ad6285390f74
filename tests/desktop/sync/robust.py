"""Fault injection for the sync tests: a share unmounted mid-write, data folders and shares
restored from earlier copies. Only the operating system's functions are hooked."""

from __future__ import annotations

import os
import shutil
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest

from desktop.store import Store
from tests.conftest import PASSPHRASE
from tests.desktop.sync.helpers import Laptop

_WRITING = os.O_WRONLY | os.O_RDWR | os.O_CREAT


@dataclass
class Unmount:
    """Moves the share away at its ``at``-th write call below it, leaving a bare mount point.

    Counted calls: ``os.open`` for writing, ``os.mkdir`` and ``os.link`` of paths inside the
    share. :meth:`remount` puts the real share back (the bare mount point must be empty).
    """

    share: Path
    at: int
    calls: int = 0
    done: bool = False

    @property
    def hidden(self) -> Path:
        return self.share.with_name(self.share.name + "-unmounted")

    def _inside(self, path: Any) -> bool:
        return str(os.fspath(path)).startswith(str(self.share) + os.sep)

    def install(self, monkeypatch: pytest.MonkeyPatch) -> Unmount:
        for name in ("open", "mkdir", "link"):
            monkeypatch.setattr(os, name, self._hook(name, getattr(os, name)))
        return self

    def _hook(self, name: str, original: Callable[..., Any]) -> Callable[..., Any]:
        def hooked(*args: Any, **kwargs: Any) -> Any:
            writing = name != "open" or bool(args[1] & _WRITING)
            if writing and not self.done and self._inside(args[0]):
                if self.calls == self.at:
                    self.share.rename(self.hidden)
                    self.share.mkdir()  # the empty mount point an unmounted share leaves
                    self.done = True
                self.calls += 1
            return original(*args, **kwargs)

        return hooked

    def bare_mount_point(self) -> list[Path]:
        """What was written into the bare mount point (must be nothing)."""
        return sorted(self.share.rglob("*"))

    def remount(self) -> None:
        if self.done:
            self.share.rmdir()
            self.hidden.rename(self.share)
            self.done = False


def copy_folder(source: Path, target: Path) -> None:
    """A backup: a plain copy of a folder (new files)."""
    if target.exists():
        shutil.rmtree(target)
    shutil.copytree(source, target)


def restore_folder(backup: Path, target: Path, *, in_place: bool = False) -> None:
    """Put a backup back: new files (a restore tool, a copied folder), or over the old ones.

    New files: the old folder is set aside first (as restore tools keep the replaced version),
    so that the file system cannot hand the new database file the old one's inode number;
    a reused inode makes the restore look like one in place (noticed at the next sync).
    """
    if not in_place:
        aside = target.with_name(target.name + "-replaced")
        if aside.exists():
            shutil.rmtree(aside)
        target.rename(aside)
        shutil.copytree(backup, target)
        return
    for path in list(target.rglob("*")):
        if path.is_file() and not (backup / path.relative_to(target)).exists():
            path.unlink()
    for source in backup.rglob("*"):
        destination = target / source.relative_to(backup)
        if source.is_dir():
            destination.mkdir(exist_ok=True)
        else:
            shutil.copyfile(source, destination)  # the same file, rewritten (its inode stays)


def backup_laptop(laptop: Laptop, backup: Path) -> None:
    """Copy a laptop's data folder (closed for the copy, as a backup tool sees it at night)."""
    laptop.store.close()
    copy_folder(laptop.store.location.folder, backup)
    laptop.store = Store.open(laptop.store.location.folder, PASSPHRASE)


def restore_laptop(laptop: Laptop, backup: Path, *, in_place: bool = False) -> None:
    """Replace a laptop's data folder with an earlier copy and open it again."""
    folder = laptop.store.location.folder
    laptop.store.close()
    restore_folder(backup, folder, in_place=in_place)
    laptop.store = Store.open(folder, PASSPHRASE)
