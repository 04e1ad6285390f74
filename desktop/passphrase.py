"""Where the command line gets a passphrase (or recovery key) from, without echoing it.

In order: a file named on the command line, an environment variable, an interactive prompt.
Without a terminal and without a file or variable, it refuses instead of waiting for input.
"""

from __future__ import annotations

import getpass
import os
import sys
from collections.abc import Callable
from pathlib import Path

from desktop.messages import N_, Problem

PASSPHRASE_ENV = "WEGWIJZER_PASSPHRASE"
NEW_PASSPHRASE_ENV = "WEGWIJZER_NEW_PASSPHRASE"
RECOVERY_KEY_ENV = "WEGWIJZER_RECOVERY_KEY"


class PassphraseError(Problem):
    """A passphrase could not be obtained; ``str(error)`` is the message (Dutch by default)."""

    text = N_("Geen wachtwoord ingevoerd.")


class NoPassphraseSource(PassphraseError):
    """Nothing to read a passphrase from: no file, no variable, no terminal."""


def read_secret_file(path: Path) -> str:
    """The first line of a file, without its line ending (spaces inside are kept)."""
    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as error:
        raise PassphraseError(
            N_("Het wachtwoordbestand {path} kan niet worden gelezen."), path=path
        ) from error
    lines = text.splitlines()
    if not lines or not lines[0]:
        raise PassphraseError(N_("Het wachtwoordbestand {path} is leeg."), path=path)
    return lines[0]


def obtain_secret(
    *,
    file: Path | None,
    env_var: str,
    prompt: str,
    confirm_prompt: str | None = None,
    interactive: bool | None = None,
    ask: Callable[[str], str] | None = None,
) -> str:
    """A secret from ``file``, else ``$env_var``, else a prompt (asked twice with confirm_prompt).

    ``interactive`` defaults to whether stdin is a terminal; ``ask`` to getpass.getpass.
    """
    if file is not None:
        return read_secret_file(file)
    value = os.environ.get(env_var)
    if value:
        return value
    if interactive is None:
        interactive = sys.stdin is not None and sys.stdin.isatty()
    if not interactive:
        raise NoPassphraseSource(
            N_(
                "Geen wachtwoord opgegeven en er is geen terminal om erom te vragen. "
                "Gebruik --passphrase-file BESTAND of de omgevingsvariabele {env_var}."
            ),
            env_var=env_var,
        )
    ask = ask or getpass.getpass
    try:
        value = ask(prompt)
        if confirm_prompt is not None and ask(confirm_prompt) != value:
            raise PassphraseError(
                N_("De twee wachtwoorden zijn niet gelijk. Er is niets gewijzigd.")
            )
    except EOFError as error:
        raise PassphraseError() from error
    if not value:
        raise PassphraseError()
    return value
