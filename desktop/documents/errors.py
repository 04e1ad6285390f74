"""Expected failures while making a handout; ``str(error)`` is a Dutch message."""

from __future__ import annotations


class HandoutError(Exception):
    """Base of every expected handout failure: the consultant can read and act on it."""


class MissingGlyph(HandoutError):
    """A character cannot be drawn by the font meant for it: no PDF is made."""

    def __init__(self, text: str, char: str, font: str) -> None:
        self.text, self.char, self.font = text, char, font
        super().__init__(
            f"Het teken '{char}' (U+{ord(char):04X}) in de tekst '{text}' staat niet in het "
            f"lettertype {font}. Er is geen handout gemaakt; pas de tekst of de vertaling aan."
        )


class UnknownLanguage(HandoutError):
    """A language code with no handout catalog."""

    def __init__(self, code: str, known: tuple[str, ...]) -> None:
        super().__init__(
            f"Voor de taal '{code}' zijn er geen handouts. Beschikbaar: {', '.join(known)}."
        )


class NoHandoutPerson(HandoutError):
    """The person does not exist or has no inburgering trajectory."""

    def __init__(self, person_id: str) -> None:
        super().__init__(f"Persoon {person_id} bestaat niet of heeft geen inburgeringstraject.")


class CatalogError(HandoutError):
    """A translation catalog cannot be read (for example a broken PO file)."""
