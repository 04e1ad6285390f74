"""How hard a passphrase is to guess: zxcvbn, with Dutch words and local names in its lists.

zxcvbn (Dropbox's estimator) knows English words, names and common passwords; a Dutch
consultant's guessable choices (``wachtwoord``, ``Welkom2025``, the municipality's name) are
added as extra dictionary words, so they score as the guesses they are. A passphrase is
accepted from score 3 of 4 ("safely unguessable: moderate protection from an offline
slow-hash attack", zxcvbn's words), which fits Argon2id slots (docs/security.md).
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from zxcvbn import zxcvbn

from desktop.messages import N_, Message

#: The lowest zxcvbn score (0-4) accepted for a passphrase.
MIN_SCORE = 3

#: Dutch words and names people build passwords from (zxcvbn's own lists are English).
DUTCH_WORDS = (
    "wachtwoord", "welkom", "geheim", "gemeente", "inburgering", "wegwijzer", "beheerder",
    "consulent", "teamleider", "klantreis", "dossier", "statushouder", "nederland", "holland",
    "oranje", "amsterdam", "rotterdam", "utrecht", "denhaag", "eindhoven", "groningen",
    "tilburg", "almere", "breda", "nijmegen", "haarlem", "arnhem", "zaanstad", "ajax",
    "feyenoord", "psv", "voetbal", "fiets", "kaas", "tulp", "molen", "liefde", "schatje",
    "lieverd", "prinses", "konijn", "hond", "poes", "kat", "paard", "hallo", "doei", "test",
    "gebruiker", "inloggen", "toegang", "kantoor", "werk", "zomer", "winter", "lente", "herfst",
    "maandag", "dinsdag", "woensdag", "donderdag", "vrijdag", "zaterdag", "zondag", "januari",
    "februari", "maart", "april", "mei", "juni", "juli", "augustus", "september", "oktober",
    "november", "december", "wachtwoordje", "geheimpje", "veilig", "sleutel", "laptop",
    "computer", "nieuw", "vergeten", "eerste", "tweede", "derde", "een", "twee", "drie",
    "vier", "vijf", "zes", "zeven", "acht", "negen", "tien", "honderd", "duizend",
)  # fmt: skip


@dataclass(frozen=True)
class Strength:
    """zxcvbn's verdict: ``score`` 0-4, and whether a common word or pattern was found."""

    score: int
    guessable_word: bool

    @property
    def acceptable(self) -> bool:
        return self.score >= MIN_SCORE


def _words(extra: Iterable[str]) -> list[str]:
    found = list(DUTCH_WORDS)
    for word in extra:
        for part in str(word).replace("-", " ").split():
            if len(part) >= 3:
                found.append(part.casefold())
    return found


def strength(passphrase: str, words: Iterable[str] = ()) -> Strength:
    """zxcvbn's score for ``passphrase`` with Dutch words and ``words`` (names) as guesses."""
    result = zxcvbn(passphrase[:72], user_inputs=_words(words))
    matched = any(
        match.get("pattern") == "dictionary" and len(match.get("token", "")) >= 4
        for match in result.get("sequence", ())
    )
    return Strength(int(result["score"]), matched)


def too_weak(passphrase: str, words: Iterable[str] = ()) -> Message | None:
    """Why ``passphrase`` is refused (a Dutch message), or None when it is strong enough."""
    verdict = strength(passphrase, words)
    if verdict.acceptable:
        return None
    if verdict.guessable_word:
        return Message(
            N_(
                "Dit wachtwoord is te makkelijk te raden: het bestaat uit een bekend woord, "
                "naam of patroon (zoals 'wachtwoord', 'Welkom2025' of de naam van de gemeente). "
                "Kies een zin van een paar ongewone woorden."
            )
        )
    return Message(
        N_(
            "Dit wachtwoord is te makkelijk te raden (bijvoorbeeld een reeks cijfers of "
            "toetsen). Kies een zin van een paar ongewone woorden."
        )
    )
