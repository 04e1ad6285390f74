"""Finding a name however it was spelled: Mohamed, Mohammed, Muhammad.

Names written from Arabic, Tigrinya or Dari reach the municipality in several Latin
spellings (doubled letters, o/u and e/a swapped, "el"/"al"/"ul" articles, with or without a
space). Besides the plain folded match of :func:`desktop.domain.text.search_key`, a name
matches when it sounds the same (Metaphone, from ``jellyfish``) or is spelled nearly the
same (Jaro-Winkler). Both work on folded Latin words; other scripts match as typed.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import lru_cache
from itertools import pairwise

import jellyfish

#: A typed word must have this many letters before it matches by sound (fewer find too many).
MIN_SOUND_LETTERS = 4
#: ... and this many before near spellings count.
MIN_SPELLING_LETTERS = 5
#: How alike two spellings must be (Jaro-Winkler, 1.0 is equal).
SPELLING_SIMILARITY = 0.9


def _latin(word: str) -> bool:
    return word.isascii() and word.isalpha()


@lru_cache(maxsize=65536)
def _sound(word: str) -> str:
    return jellyfish.metaphone(word)


@lru_cache(maxsize=65536)
def name_words(key: str) -> frozenset[str]:
    """The Latin words of a folded name, plus the words written together ("abdul rahman" is
    also "abdulrahman")."""
    words = [word for word in key.split() if _latin(word)]
    if len(words) > 1:
        words += [a + b for a, b in pairwise(words)]
    return frozenset(words)


def _alike(typed: str, word: str) -> bool:
    """One typed word against one word of a name: inside it, sounding the same, or spelled
    nearly the same."""
    if typed in word:
        return True
    sound = _sound(typed)
    if sound and _sound(word).startswith(sound):
        return True
    return (
        len(typed) >= MIN_SPELLING_LETTERS
        and jellyfish.jaro_winkler_similarity(typed, word) >= SPELLING_SIMILARITY
    )


class _Word:
    """One typed word and what it has been compared with so far (each distinct word of the
    caseload once per search, so a keystroke stays cheap at thousands of people)."""

    def __init__(self, typed: str) -> None:
        self.typed = typed
        self.fuzzy = len(typed) >= MIN_SOUND_LETTERS and _latin(typed)
        self.seen: set[str] = set()
        self.alike: set[str] = set()

    def found_in(self, key: str) -> bool:
        if self.typed in key:
            return True
        if not self.fuzzy:
            return False
        words = name_words(key)
        if not words <= self.seen:
            for word in words - self.seen:
                if _alike(self.typed, word):
                    self.alike.add(word)
            self.seen |= words
        return not self.alike.isdisjoint(words)


def name_matcher(needle: str) -> Callable[[str], bool]:
    """A test for folded names: True when every word of the folded ``needle`` is in the name
    as written, by sound or by a near spelling. Make one per search, test every row with it."""
    typed = [_Word(word) for word in needle.split()]
    return lambda key: bool(typed) and all(word.found_in(key) for word in typed)


def sounds_like(needle: str, key: str) -> bool:
    """True when every word of the folded ``needle`` is found in the folded name ``key``."""
    return name_matcher(needle)(key)
