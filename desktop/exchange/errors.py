"""Expected failures of reading an exchange file, each with a Dutch message for the user.

A message may name the person concerned (the user needs to know which one); it never holds a
full BSN, and the log lines of the importer hold neither names nor numbers.
"""

from __future__ import annotations


class ExchangeError(Exception):
    """Base of every expected import failure; ``str(error)`` is the Dutch message."""

    message = "Het uitwisselbestand kon niet worden gelezen. Er is niets geïmporteerd."

    def __init__(self, message: str | None = None) -> None:
        super().__init__(message or self.message)


class MalformedJson(ExchangeError):
    """The file is not valid JSON (or not UTF-8)."""

    def __init__(self, line: int, column: int, detail: str = "") -> None:
        self.line = line
        self.column = column
        extra = f" ({detail})" if detail else ""
        super().__init__(
            f"Het bestand is geen geldige JSON: fout op regel {line}, kolom {column}{extra}. "
            "Er is niets geïmporteerd."
        )


class NotAnExchangeFile(ExchangeError):
    """Valid JSON, but not a Wegwijzer exchange file."""

    message = (
        'Dit is geen Wegwijzer-uitwisselbestand (het veld "format" ontbreekt of klopt niet). '
        "Er is niets geïmporteerd."
    )


class UnsupportedVersion(ExchangeError):
    """A format version this program does not know (usually a newer one)."""

    def __init__(self, found: object, supported: int) -> None:
        self.found = found
        if isinstance(found, int) and not isinstance(found, bool) and found > supported:
            text = (
                f"Dit bestand heeft formaatversie {found}; deze Wegwijzer kent versie {supported}. "
                "Installeer de nieuwste versie van Wegwijzer om het te importeren."
            )
        else:
            text = f"Onbekende formaatversie {found!r}; deze Wegwijzer kent versie {supported}."
        super().__init__(text + " Er is niets geïmporteerd.")


class SchemaViolation(ExchangeError):
    """A field is missing, has the wrong type, or an unknown value; ``where`` names it."""

    def __init__(self, where: str, problem: str) -> None:
        self.where = where
        super().__init__(f"Ongeldig veld {where}: {problem}. Er is niets geïmporteerd.")


class DuplicatePerson(ExchangeError):
    """A person in the file is already in the database (same UUID, BSN or V-nummer)."""

    def __init__(self, where: str, name: str, reason: str) -> None:
        self.where = where
        self.reason = reason
        super().__init__(
            f"{name} ({where}) staat al in de database: {reason}. Er is niets geïmporteerd."
        )


class DuplicateRecord(ExchangeError):
    """A record id occurs twice in the file, or already exists in the database."""

    def __init__(self, where: str, detail: str) -> None:
        self.where = where
        super().__init__(f"Dubbel gegeven bij {where}: {detail}. Er is niets geïmporteerd.")


class InvalidBsnInFile(ExchangeError):
    """A BSN that fails the eleven-test."""

    def __init__(self, where: str, name: str, problem: str) -> None:
        self.where = where
        super().__init__(f"{name} ({where}): {problem} Er is niets geïmporteerd.")


class ImpossibleDate(ExchangeError):
    """A date that cannot be right: a birth date in the future, a talk before the koppeling."""

    def __init__(self, where: str, problem: str) -> None:
        self.where = where
        super().__init__(f"Onmogelijke datum bij {where}: {problem}. Er is niets geïmporteerd.")


class UnknownReference(ExchangeError):
    """A reference to a consultant or household that is neither in the file nor the database."""

    def __init__(self, where: str, what: str) -> None:
        self.where = where
        super().__init__(
            f"{where} verwijst naar een {what} die niet in het bestand en niet in de database "
            "staat. Er is niets geïmporteerd."
        )
