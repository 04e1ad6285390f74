"""Handing a handout PDF to the platform's print system, so it prints as vectors.

The PDF itself goes to the print queue (CUPS ``lp`` on Linux and macOS): the printer's own
driver turns the glyphs into dots at its resolution, at 100% scale, and the job is about
the size of the PDF. The job title never names the person (a print queue is shared).
"""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
from dataclasses import dataclass

from desktop.documents.errors import HandoutError

JOB_TITLE = "Wegwijzer"
_REQUEST_ID = re.compile(r"request id is (\S+)")


class PrintError(HandoutError):
    """The print system refused or is missing: a Dutch message the consultant can act on."""


@dataclass(frozen=True)
class PrintJob:
    """What the print dialog chose: the queue, copies, two-sided, a page range."""

    printer: str
    copies: int = 1
    duplex: str | None = None  # "long" or "short" edge, None for one-sided
    first_page: int = 0  # 0: all pages
    last_page: int = 0


def print_system() -> str | None:
    """The ``lp`` command of CUPS, where this platform has one; None elsewhere (Windows)."""
    if sys.platform == "win32":
        return None
    return shutil.which("lp")


def lp_command(job: PrintJob, lp: str = "lp") -> list[str]:
    """The ``lp`` command line for ``job``; the PDF goes to its standard input."""
    command = [lp, "-d", job.printer, "-n", str(max(job.copies, 1)), "-t", JOB_TITLE]
    command += ["-o", "print-scaling=none", "-o", "media=A4"]
    if job.duplex == "long":
        command += ["-o", "sides=two-sided-long-edge"]
    elif job.duplex == "short":
        command += ["-o", "sides=two-sided-short-edge"]
    else:
        command += ["-o", "sides=one-sided"]
    if job.first_page:
        command += ["-P", f"{job.first_page}-{job.last_page or job.first_page}"]
    return command


def send_pdf(pdf: bytes, job: PrintJob, *, timeout: float = 60.0) -> str:
    """Queue ``pdf`` on ``job.printer``; the print system's job id. Raises PrintError."""
    lp = print_system()
    if lp is None:
        raise PrintError(
            "Dit systeem heeft geen afdrukprogramma (CUPS 'lp'). Sla de handout op als PDF "
            "en druk die af."
        )
    try:
        done = subprocess.run(
            lp_command(job, lp), input=pdf, capture_output=True, timeout=timeout, check=False
        )
    except (OSError, subprocess.TimeoutExpired) as error:
        raise PrintError(f"De printer '{job.printer}' reageert niet ({error}).") from error
    if done.returncode != 0:
        reason = done.stderr.decode("utf-8", "replace").strip() or f"code {done.returncode}"
        raise PrintError(f"De printer '{job.printer}' weigert de opdracht: {reason}")
    found = _REQUEST_ID.search(done.stdout.decode("utf-8", "replace"))
    return found.group(1) if found else ""
