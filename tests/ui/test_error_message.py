"""How the screens tell a failure: a Problem in its own words, anything else logged and plain."""

from __future__ import annotations

import logging

import pytest

from desktop.access.errors import NotAllowed
from desktop.documents.errors import UnknownLanguage
from desktop.store.errors import DiskFull
from ui.i18n import Translations
from ui.labels import error_message


def test_expected_failures_speak_for_themselves(translations: Translations) -> None:
    assert error_message(DiskFull()).startswith("De schijf is vol.")
    assert error_message(UnknownLanguage("xx", ("ar", "ti"))) == (
        "Voor de taal 'xx' zijn er geen handouts. Beschikbaar: ar, ti."
    )
    assert translations.switch("en")
    try:
        assert error_message(DiskFull()).startswith("The disk is full.")
        assert error_message(NotAllowed()).startswith("Only an administrator")
    finally:
        assert translations.switch("nl")


def test_a_bug_is_logged_with_its_traceback_and_told_plainly(
    translations: Translations, caplog: pytest.LogCaptureFixture
) -> None:
    bug = RuntimeError("kapot")
    try:
        raise bug
    except RuntimeError as error:
        with caplog.at_level(logging.ERROR, logger="ui.labels"):
            text = error_message(error)
    assert text == "Er ging iets onverwachts mis. Meld dit bij de beheerder."
    (record,) = caplog.records
    assert record.exc_info is not None and record.exc_info[1] is bug
    assert "RuntimeError" in record.getMessage()
