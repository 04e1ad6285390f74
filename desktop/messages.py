"""One message catalogue for everything the core says to a person.

The core writes its user-facing texts in Dutch (the users' language) and marks them with
:func:`N_`; ``translations/core/*.po`` (one gettext domain, ``core``) holds their translations.
A :class:`Message` keeps the Dutch text and its arguments apart, so that it is rendered in the
language the screens show *when it is shown*, not when it was made: an error raised in a
worker thread and displayed after a language switch still reads right.

Every expected failure (wrong passphrase, damaged file, a field that is not right) is a
:class:`Problem`: one base class with a message id and arguments. Bugs stay ordinary
exceptions.
"""

from __future__ import annotations

import threading
from collections.abc import Mapping
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path
from typing import Any, ClassVar

#: The language the core's messages are written in.
SOURCE_LANGUAGE = "nl"
_language = SOURCE_LANGUAGE
_lock = threading.Lock()


def N_(text: str) -> str:
    """Mark ``text`` as a message id for extraction (``pybabel extract -k N_``); returns it."""
    return text


#: The same marker for modules where ``N_`` already marks handout texts (``desktop/documents/``
#: has its own catalogue): ``M_("...")`` there is a message of this catalogue.
M_ = N_


def set_language(language: str) -> None:
    """Render messages in ``language`` from now on (the screens call this on a switch)."""
    global _language
    with _lock:
        _language = language


def current_language() -> str:
    """The language messages are rendered in now."""
    return _language


def _catalogue_dir() -> Path:
    from desktop.resources import translations_path

    return translations_path("core")


@cache
def _catalogue(language: str) -> Mapping[str, str]:
    """The translations of one language (empty when there is no catalogue for it)."""
    if language == SOURCE_LANGUAGE:
        return {}
    path = _catalogue_dir() / f"{language}.po"
    if not path.is_file():
        return {}
    from babel.messages.pofile import read_po

    with path.open("rb") as handle:
        catalog = read_po(handle, locale=language, domain="core")
    return {
        str(entry.id): str(entry.string)
        for entry in catalog
        if entry.id and isinstance(entry.id, str) and entry.string and not entry.fuzzy
    }


def translate(text: str, language: str | None = None) -> str:
    """The translation of one message id (the id itself when there is none)."""
    return _catalogue(language or _language).get(text, text)


def _rendered(value: object, language: str) -> object:
    return value.render(language) if isinstance(value, Message) else value


@dataclass(frozen=True)
class Message:
    """A Dutch message id with its arguments, rendered in the UI language when shown.

    ``text`` uses ``str.format`` placeholders: ``Message(N_("Uiterlijk {date}"), {"date": d})``.
    An argument that is itself a Message is rendered in the same language.
    """

    text: str
    args: Mapping[str, Any] = field(default_factory=dict)

    def render(self, language: str | None = None) -> str:
        """The message in ``language`` (default: the current one)."""
        language = language or _language
        template = translate(self.text, language)
        if not self.args:
            return template
        values = {key: _rendered(value, language) for key, value in self.args.items()}
        try:
            return template.format(**values)
        except (KeyError, IndexError, ValueError):  # a translation with a broken placeholder
            return self.text.format(**values)

    def __str__(self) -> str:
        return self.render()

    def __hash__(self) -> int:  # the arguments are a dict; a note in a frozen state is hashed
        return hash((self.text, tuple(sorted(self.args.items()))))


def message(text: str, **args: Any) -> Message:
    """Shorthand: ``message(N_("Dit BSN staat al bij {name}."), name=...)``."""
    return Message(text, args)


class Problem(Exception):
    """Base of every expected failure: something a person caused or can fix.

    Subclasses set ``text`` (a Dutch message id, marked with :func:`N_`); an instance may
    carry another message or arguments for the placeholders. ``str(problem)`` is the
    message in the current UI language.
    """

    text: ClassVar[str] = N_("Er ging iets mis.")

    def __init__(self, detail: Message | str | None = None, /, **args: Any) -> None:
        if isinstance(detail, Message):
            self.message = detail
        else:
            self.message = Message(detail or self.text, args)
        super().__init__(self.message.text)

    def __str__(self) -> str:
        return self.message.render()
