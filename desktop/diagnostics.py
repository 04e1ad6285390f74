"""Diagnostics without personal data: the log file and the report of a crash.

The log is a rotating file in the platform's log directory (``$WEGWIJZER_LOG_DIR`` overrides
it). Its handler has a :class:`PrivacyFilter`, which is the backstop behind the rule that log
calls carry no personal data: it masks e-mail addresses and runs of eight or more digits
(BSN, V-nummer, phone numbers, dates of birth) in every message, and replaces a record's
exception by :func:`safe_traceback`: the frames (file, line, function) and the exception's
type, but an exception's own message only when it cannot hold data. An error of unknown
origin (a database error quoting its parameters, a ``ValueError`` quoting what was typed)
keeps its type and loses its text. No local variables, no source lines.
"""

from __future__ import annotations

import errno
import itertools
import logging
import logging.handlers
import os
import platform
import re
import sys
import threading
import traceback
from collections.abc import Mapping
from datetime import UTC, datetime
from pathlib import Path
from types import TracebackType

from platformdirs import user_log_path

import desktop
from desktop.messages import Problem
from desktop.store.atomic import write_atomic

LOG_DIR_ENV = "WEGWIJZER_LOG_DIR"
LOG_BYTES = 1_000_000
LOG_BACKUPS = 3
CRASH_REPORTS_KEPT = 20
_FORMAT = "%(asctime)s %(levelname)s %(name)s [%(threadName)s] %(message)s"

_EMAIL = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+")
#: Eight or more digits, alone or in groups split by a space, dash, dot or slash: a BSN
#: (9), a V-nummer (10), a phone number, an IBAN's account part, a date. Not inside a word
#: or an id such as a UUID.
_NUMBER = re.compile(r"(?<![\w.-])\+?\d(?:[ ./-]?\d){7,}(?![\w-])")
#: Exception types whose message is made by Python from code, never from data.
_CODE_MESSAGES: tuple[type[BaseException], ...] = (
    AttributeError,
    ImportError,
    IndexError,
    NameError,
    NotImplementedError,
    RecursionError,
    TypeError,
    ZeroDivisionError,
)
_MAX_MESSAGE = 300


def scrub(text: str) -> str:
    """``text`` with e-mail addresses and long digit runs masked."""
    return _NUMBER.sub("<nummer>", _EMAIL.sub("<e-mail>", text))


def safe_message(error: BaseException) -> str:
    """What may be said of an exception's message without risking personal data."""
    if isinstance(error, Problem):
        return scrub(error.message.text)  # the Dutch message id, without its arguments
    if isinstance(error, OSError) and error.errno is not None:
        name = errno.errorcode.get(error.errno, "")
        return f"[errno {error.errno} {name}] {error.strerror or ''}".rstrip()
    if isinstance(error, _CODE_MESSAGES):
        return scrub(str(error))[:_MAX_MESSAGE]
    text = str(error)
    return f"<message withheld, {len(text)} characters>" if text else ""


def _short_path(filename: str) -> str:
    """A frame's file without the user's folders: from its top-level package on."""
    path = Path(filename)
    top = path.parent
    while (top / "__init__.py").is_file() and top.parent != top:
        top = top.parent
    return path.relative_to(top).as_posix() if top != path.parent else path.name


def safe_traceback(error: BaseException) -> str:
    """The traceback of ``error`` and its causes: frames, types and safe messages only."""
    chain: list[tuple[BaseException, str]] = []
    seen: set[int] = set()
    current: BaseException | None = error
    link = ""
    while current is not None and id(current) not in seen:
        seen.add(id(current))
        chain.append((current, link))
        if current.__cause__ is not None:
            current, link = (
                current.__cause__,
                "The above exception was the direct cause of the following exception:",
            )
        elif current.__context__ is not None and not current.__suppress_context__:
            current, link = (
                current.__context__,
                "During handling of the above exception, another exception occurred:",
            )
        else:
            current = None
    parts = []
    for item, link_text in reversed(chain):
        lines = ["Traceback (most recent call last):"]
        for frame in traceback.extract_tb(item.__traceback__):
            lines.append(
                f'  File "{_short_path(frame.filename)}", line {frame.lineno}, in {frame.name}'
            )
        kind = type(item)
        message = safe_message(item)
        lines.append(f"{kind.__module__}.{kind.__qualname__}" + (f": {message}" if message else ""))
        parts.append("\n".join(lines))
        if link_text:
            parts.append(link_text)
    return "\n\n".join(parts)


class PrivacyFilter(logging.Filter):
    """Rewrites each record so that it carries no personal data (see the module's docstring)."""

    def filter(self, record: logging.LogRecord) -> bool:
        try:
            text = record.getMessage()
        except Exception:  # a log call whose arguments do not fit: keep only the template
            text = str(record.msg)
        record.msg, record.args = scrub(text), None
        if record.exc_info is not None:
            error = record.exc_info[1]
            record.exc_text = safe_traceback(error) if error is not None else None
            record.exc_info = None
        elif record.exc_text:
            record.exc_text = scrub(record.exc_text)
        return True


def log_dir() -> Path:
    """``$WEGWIJZER_LOG_DIR``, or the platform's per-user log directory."""
    override = os.environ.get(LOG_DIR_ENV)
    if override:
        return Path(override).expanduser()
    return user_log_path("Wegwijzer", appauthor=False)


class _LogFile(logging.handlers.RotatingFileHandler):
    """The app's log file (a class of its own so that configuring twice replaces it)."""


def configure_logging(name: str, *, level: int = logging.INFO) -> Path | None:
    """Log to ``<log dir>/<name>.log`` through the privacy filter; returns the file.

    The windowed app and the command line each have their own file (``wegwijzer``,
    ``wegwijzer-cli``). Returns None, and logs nowhere new, when the folder cannot be made.
    """
    folder = log_dir()
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError:
        return None
    path = folder / f"{name}.log"
    handler = _LogFile(
        path, maxBytes=LOG_BYTES, backupCount=LOG_BACKUPS, encoding="utf-8", delay=True
    )
    handler.setFormatter(logging.Formatter(_FORMAT))
    handler.addFilter(PrivacyFilter())
    handler.setLevel(level)
    stop_logging()
    root = logging.getLogger()
    root.addHandler(handler)
    if root.level == logging.NOTSET or root.level > level:
        root.setLevel(level)
    return path


def stop_logging() -> None:
    """Close the log file configured by :func:`configure_logging`, if any."""
    root = logging.getLogger()
    for old in [h for h in root.handlers if isinstance(h, _LogFile)]:
        root.removeHandler(old)
        old.close()


def crash_report(
    error: BaseException, *, thread: str = "", extra: Mapping[str, str] | None = None
) -> str:
    """The text of a crash report: versions, platform and the safe traceback."""
    facts = {
        "time": datetime.now(UTC).isoformat(timespec="seconds"),
        "wegwijzer": desktop.__version__,
        "python": platform.python_version(),
        "platform": platform.platform(),
        "bundle": "yes" if getattr(sys, "frozen", False) else "no",
        "thread": thread or threading.current_thread().name,
        **(extra or {}),
    }
    width = max(len(key) for key in facts)
    header = "\n".join(f"{key.ljust(width)}  {value}" for key, value in facts.items())
    return f"Wegwijzer crash report\n\n{header}\n\n{safe_traceback(error)}\n"


_crash_counter = itertools.count(1)


def write_crash_report(text: str, folder: Path | None = None) -> Path:
    """Save a crash report in the log directory; keeps the newest few."""
    folder = folder or log_dir()
    folder.mkdir(parents=True, exist_ok=True)
    stamp = datetime.now(UTC).strftime("%Y%m%d-%H%M%S")
    path = folder / f"crash-{stamp}-{os.getpid()}-{next(_crash_counter)}.txt"
    write_atomic(path, text.encode("utf-8"), mode=0o600)
    for old in sorted(folder.glob("crash-*.txt"), key=lambda p: p.stat().st_mtime)[
        :-CRASH_REPORTS_KEPT
    ]:
        old.unlink(missing_ok=True)
    return path


def exception_of(
    kind: type[BaseException], value: BaseException | None, tb: TracebackType | None
) -> BaseException:
    """The exception of an ``excepthook``'s arguments, with its traceback attached."""
    error = value if value is not None else kind()
    if tb is not None and error.__traceback__ is None:
        error = error.with_traceback(tb)
    return error
