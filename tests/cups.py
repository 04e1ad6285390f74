"""A real print queue for the printing tests: CUPS with the cups-pdf printer.

``pdf_queue()`` starts ``cupsd`` in the foreground (unless one already runs), adds a
cups-pdf queue, yields it, and removes both again. Where CUPS cannot run (not Linux, not
root, the Debian packages ``cups`` and ``printer-driver-cups-pdf`` missing) it says why, so
a test can skip with that reason.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

PPD = Path("/usr/share/ppd/cups-pdf/CUPS-PDF_opt.ppd")
BACKEND = Path("/usr/lib/cups/backend/cups-pdf")
QUEUE = "Wegwijzer_Test_PDF"


@dataclass(frozen=True)
class PdfQueue:
    """A cups-pdf queue: its name and the folder where it writes what it prints."""

    name: str
    out: Path

    def wait_until_idle(self, timeout: float = 60.0) -> None:
        """Until no job of this queue is pending (bounded; raises on a stuck queue)."""
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            pending = subprocess.run(
                ["lpstat", "-W", "not-completed", "-o", self.name],
                capture_output=True,
                text=True,
                check=False,
            ).stdout.strip()
            if not pending:
                return
            time.sleep(0.2)  # an outside daemon: nothing to wait on but its answer
        raise TimeoutError(f"queue {self.name} still busy after {timeout} s")

    def printed(self) -> list[Path]:
        """The PDFs cups-pdf has written, oldest first."""
        return sorted(self.out.glob("*.pdf"), key=lambda path: path.stat().st_mtime)

    def job_sizes(self) -> list[int]:
        """The size in bytes of each completed job, as CUPS received it."""
        listing = subprocess.run(
            ["lpstat", "-W", "completed", "-o", self.name],
            capture_output=True,
            text=True,
            check=False,
        ).stdout
        return [int(line.split()[2]) for line in listing.splitlines() if line.strip()]


def why_not() -> str | None:
    """Why CUPS cannot run here; None when it can."""
    if not sys.platform.startswith("linux"):
        return "CUPS with cups-pdf is tested on Linux only"
    if os.geteuid() != 0:
        return "starting cupsd and adding a queue needs root"
    for tool in ("cupsd", "lpadmin", "lpstat", "lp"):
        if shutil.which(tool) is None and not Path("/usr/sbin", tool).exists():
            return f"{tool} is missing (Debian package cups)"
    if not (PPD.exists() and BACKEND.exists()):
        return "cups-pdf is missing (Debian package printer-driver-cups-pdf)"
    return None


def _running() -> bool:
    found = subprocess.run(["lpstat", "-r"], capture_output=True, text=True, check=False)
    return "is running" in found.stdout and "not" not in found.stdout


@contextmanager
def pdf_queue() -> Iterator[PdfQueue]:
    """A cups-pdf queue for the duration of the block."""
    started: subprocess.Popen[bytes] | None = None
    if not _running():
        cupsd = shutil.which("cupsd") or "/usr/sbin/cupsd"
        started = subprocess.Popen(
            [cupsd, "-f"], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL
        )
        deadline = time.monotonic() + 15
        while not _running():
            if time.monotonic() > deadline or started.poll() is not None:
                started.kill()
                raise RuntimeError("cupsd did not start")
            time.sleep(0.1)  # an outside daemon starting: nothing to wait on but its answer
    import pwd  # Unix only, like CUPS

    # cups-pdf.conf: Out ${HOME}/PDF, the home of the job's user in the password database
    out = Path(pwd.getpwuid(os.getuid()).pw_dir) / "PDF"
    before = set(out.glob("*.pdf")) if out.exists() else set()
    try:
        subprocess.run(
            ["lpadmin", "-p", QUEUE, "-E", "-v", "cups-pdf:/", "-P", str(PPD)],
            check=True,
            capture_output=True,
        )
        yield PdfQueue(QUEUE, out)
    finally:
        subprocess.run(["lpadmin", "-x", QUEUE], check=False, capture_output=True)
        for made in set(out.glob("*.pdf")) - before if out.exists() else ():
            made.unlink()  # test data only, but no printed copies left behind
        if started is not None:
            started.terminate()
            started.wait(10)
