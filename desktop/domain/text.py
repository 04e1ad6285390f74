"""Text normalisation for searching names in Latin, Arabic and Ethiopic script."""

from __future__ import annotations

import unicodedata

# Letters that people type interchangeably: Arabic hamza forms of alef, alef maqsura, ta marbuta;
# Persian letter forms; the Turkish dotless i.
_FOLD = str.maketrans(
    {
        "أ": "ا",
        "إ": "ا",
        "آ": "ا",
        "ٱ": "ا",
        "ى": "ي",
        "ة": "ه",
        "ؤ": "و",
        "ئ": "ي",
        "ـ": None,  # tatweel
        "ک": "ك",
        "ی": "ي",  # Persian kaf and yeh (Dari, Farsi)
        "ı": "i",  # Turkish dotless i: "yilmaz" finds "Yılmaz"
    }
)


def search_key(text: str) -> str:
    """Fold text for matching: case, Latin diacritics, Arabic vowel marks and letter variants.

    Ethiopic syllables are kept as they are: each is its own letter.
    """
    decomposed = unicodedata.normalize("NFKD", text.casefold())  # casefold first: İ → i̇ → i
    stripped = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    folded = unicodedata.normalize("NFC", stripped).translate(_FOLD)
    return " ".join(folded.split())


def is_right_to_left(text: str) -> bool:
    """True when the first strong character of the text is right-to-left (Arabic, Hebrew)."""
    for ch in text:
        direction = unicodedata.bidirectional(ch)
        if direction in ("R", "AL"):
            return True
        if direction == "L":
            return False
    return False


def person_search_key(given_names: str, family_name: str, name_original: str) -> str:
    """The folded text a person is found by: all their names, in both scripts."""
    return search_key(f"{given_names} {family_name} {name_original}")


def display_name(family_name: str, given_names: str) -> str:
    """ "Family, Given" as lists show a person; no stray comma when a part is missing."""
    return f"{family_name}, {given_names}".strip(", ")
