"""The log's privacy filter and the crash report's traceback keep personal data out."""

from __future__ import annotations

import errno
import logging

from desktop.diagnostics import (
    PrivacyFilter,
    crash_report,
    safe_message,
    safe_traceback,
    scrub,
)
from desktop.messages import N_, Problem


class _NotFound(Problem):
    text = N_("Geen dossier voor {name}.")


def test_scrub_masks_numbers_and_e_mail_but_keeps_ids_and_counts():
    text = scrub(
        "BSN 123456782, V-nummer 2001234567, tel 06-12345678 of +31 6 1234 5678, "
        "geboren 02-04-1988, mail y.g@example.org; persoon 50442e98-6ba8-4864-a46b-4e988e792a59, "
        "1234567 rijen in 2025"
    )
    for secret in ("123456782", "2001234567", "12345678", "1234 5678", "1988", "example.org"):
        assert secret not in text
    assert "50442e98-6ba8-4864-a46b-4e988e792a59" in text
    assert "1234567 rijen in 2025" in text


def test_messages_of_unknown_origin_are_withheld():
    assert safe_message(ValueError("invalid literal for int(): 'Gebremariam'")).startswith(
        "<message withheld"
    )
    assert safe_message(_NotFound(name="Gebremariam")) == "Geen dossier voor {name}."
    assert safe_message(OSError(errno.ENOSPC, "No space left", "/home/y/Gebremariam.pdf")) == (
        "[errno 28 ENOSPC] No space left"
    )
    assert safe_message(AttributeError("'NoneType' object has no attribute 'bsn'")) == (
        "'NoneType' object has no attribute 'bsn'"
    )


def _fail(name: str) -> None:
    try:
        int(name)
    except ValueError as error:
        raise KeyError(name) from error


def test_traceback_has_frames_and_types_but_no_values():
    try:
        _fail("Gebremariam")
    except KeyError as error:
        text = safe_traceback(error)
        report = crash_report(error, extra={"qt": "6.8"})
    assert "Gebremariam" not in text and "Gebremariam" not in report
    assert 'tests/desktop/test_diagnostics.py", line' in text and "in _fail" in text
    assert "builtins.ValueError" in text and "builtins.KeyError" in text
    assert "direct cause" in text
    assert "wegwijzer" in report and "qt" in report


def test_filter_rewrites_message_and_exception():
    try:
        _fail("Gebremariam")
    except KeyError as error:
        record = logging.LogRecord(
            "x",
            logging.ERROR,
            __file__,
            1,
            "BSN %s mislukt",
            ("123456782",),
            (KeyError, error, None),
        )
    assert PrivacyFilter().filter(record)
    text = logging.Formatter().format(record)
    assert "123456782" not in text and "Gebremariam" not in text
    assert "BSN <nummer> mislukt" in text and "builtins.KeyError" in text
