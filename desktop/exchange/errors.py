"""Expected failures of reading an exchange file, each with a Dutch message for the user.

A message may name the person concerned (the user needs to know which one); it never holds a
full BSN, and the log lines of the importer hold neither names nor numbers. ``problem``,
``detail``, ``reason`` and ``what`` arguments are messages of the core catalogue themselves
(or plain text such as a name).
"""

from __future__ import annotations

from desktop.messages import N_, Message, Problem

Part = Message | str


class ExchangeError(Problem):
    """Base of every expected import failure; ``str(error)`` is the message (Dutch by default)."""

    text = N_("Het uitwisselbestand kon niet worden gelezen. Er is niets geïmporteerd.")


class MalformedJson(ExchangeError):
    """The file is not valid JSON (or not UTF-8)."""

    def __init__(self, line: int, column: int, detail: Part = "") -> None:
        self.line = line
        self.column = column
        if detail:
            super().__init__(
                N_(
                    "Het bestand is geen geldige JSON: fout op regel {line}, kolom {column} "
                    "({detail}). Er is niets geïmporteerd."
                ),
                line=line,
                column=column,
                detail=detail,
            )
        else:
            super().__init__(
                N_(
                    "Het bestand is geen geldige JSON: fout op regel {line}, kolom {column}. "
                    "Er is niets geïmporteerd."
                ),
                line=line,
                column=column,
            )


class NotAnExchangeFile(ExchangeError):
    """Valid JSON, but not a Wegwijzer exchange file."""

    text = N_(
        'Dit is geen Wegwijzer-uitwisselbestand (het veld "format" ontbreekt of klopt niet). '
        "Er is niets geïmporteerd."
    )


class UnsupportedVersion(ExchangeError):
    """A format version this program does not know (usually a newer one)."""

    def __init__(self, found: object, supported: int) -> None:
        self.found = found
        if isinstance(found, int) and not isinstance(found, bool) and found > supported:
            super().__init__(
                N_(
                    "Dit bestand heeft formaatversie {found}; deze Wegwijzer kent versie "
                    "{supported}. Installeer de nieuwste versie van Wegwijzer om het te "
                    "importeren. Er is niets geïmporteerd."
                ),
                found=found,
                supported=supported,
            )
        else:
            super().__init__(
                N_(
                    "Onbekende formaatversie {found}; deze Wegwijzer kent versie {supported}. "
                    "Er is niets geïmporteerd."
                ),
                found=repr(found),
                supported=supported,
            )


class SchemaViolation(ExchangeError):
    """A field is missing, has the wrong type, or an unknown value; ``where`` names it."""

    def __init__(self, where: str, problem: Part) -> None:
        self.where = where
        super().__init__(
            N_("Ongeldig veld {where}: {problem}. Er is niets geïmporteerd."),
            where=where,
            problem=problem,
        )


class DuplicatePerson(ExchangeError):
    """A person in the file is already in the database (same UUID, BSN or V-nummer)."""

    def __init__(self, where: str, name: str, reason: Part) -> None:
        self.where = where
        self.reason = reason
        super().__init__(
            N_("{name} ({where}) staat al in de database: {reason}. Er is niets geïmporteerd."),
            name=name,
            where=where,
            reason=reason,
        )


class DuplicateRecord(ExchangeError):
    """A record id occurs twice in the file, or already exists in the database."""

    def __init__(self, where: str, detail: Part) -> None:
        self.where = where
        super().__init__(
            N_("Dubbel gegeven bij {where}: {detail}. Er is niets geïmporteerd."),
            where=where,
            detail=detail,
        )


class InvalidBsnInFile(ExchangeError):
    """A BSN that fails the eleven-test."""

    def __init__(self, where: str, name: str, problem: Part) -> None:
        self.where = where
        super().__init__(
            N_("{name} ({where}): {problem} Er is niets geïmporteerd."),
            name=name,
            where=where,
            problem=problem,
        )


class ImpossibleDate(ExchangeError):
    """A date that cannot be right: a birth date in the future, a talk before the koppeling."""

    def __init__(self, where: str, problem: Part) -> None:
        self.where = where
        super().__init__(
            N_("Onmogelijke datum bij {where}: {problem}. Er is niets geïmporteerd."),
            where=where,
            problem=problem,
        )


class UnknownReference(ExchangeError):
    """A reference to a consultant or household that is neither in the file nor the database."""

    def __init__(self, where: str, what: Part) -> None:
        self.where = where
        super().__init__(
            N_(
                "{where} verwijst naar een {what} die niet in het bestand en niet in de "
                "database staat. Er is niets geïmporteerd."
            ),
            where=where,
            what=what,
        )


class ImportTooLarge(ExchangeError):
    """The file is larger than an exchange file can sensibly be."""

    def __init__(self, limit_mib: int) -> None:
        super().__init__(
            N_(
                "Het bestand is te groot om te importeren (meer dan {limit} MiB). Er is niets "
                "geïmporteerd. Splits de export op, of vraag de leverancier van het bestand."
            ),
            limit=limit_mib,
        )


class ImportTooDeep(ExchangeError):
    """The JSON is nested deeper than any exchange document is."""

    def __init__(self, limit: int) -> None:
        super().__init__(
            N_(
                "Het bestand is te diep genest (meer dan {limit} niveaus) voor een "
                "uitwisselbestand. Er is niets geïmporteerd."
            ),
            limit=limit,
        )
