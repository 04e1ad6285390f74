"""Expected failures while making a handout; ``str(error)`` is the message (Dutch by default)."""

from __future__ import annotations

from desktop.messages import M_, Problem


class HandoutError(Problem):
    """Base of every expected handout failure: the consultant can read and act on it."""

    text = M_("De handout kon niet worden gemaakt.")


class MissingGlyph(HandoutError):
    """A character cannot be drawn by the font meant for it: no PDF is made."""

    def __init__(self, text: str, char: str, font: str) -> None:
        self.passage, self.char, self.font = text, char, font
        super().__init__(
            M_(
                "Het teken '{char}' (U+{code}) in de tekst '{text}' staat niet in het "
                "lettertype {font}. Er is geen handout gemaakt; pas de tekst of de vertaling aan."
            ),
            char=char,
            code=f"{ord(char):04X}",
            text=text,
            font=font,
        )


class UnknownLanguage(HandoutError):
    """A language code with no handout catalog."""

    def __init__(self, code: str, known: tuple[str, ...]) -> None:
        super().__init__(
            M_("Voor de taal '{code}' zijn er geen handouts. Beschikbaar: {known}."),
            code=code,
            known=", ".join(known),
        )


class NoHandoutPerson(HandoutError):
    """The person does not exist or has no inburgering trajectory."""

    def __init__(self, person_id: str) -> None:
        super().__init__(
            M_("Persoon {person_id} bestaat niet of heeft geen inburgeringstraject."),
            person_id=person_id,
        )


class CatalogError(HandoutError):
    """A translation catalog cannot be read (for example a broken PO file)."""
