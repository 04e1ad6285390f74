"""Finding a name however it was spelled: Mohamed, Mohammed, Muhammad.

Names written from Arabic, Tigrinya or Dari reach the municipality in several Latin
spellings (doubled letters, o/u and e/a swapped, "el"/"al"/"ul" articles, with or without a
space). Besides the plain folded match of :func:`desktop.domain.text.search_key`, a name
matches when it sounds the same (Metaphone, from ``jellyfish``) or is spelled nearly the
same (Jaro-Winkler). Both work on folded Latin words; other scripts match as typed.
"""

from __future__ import annotations

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
def name_words(key: str) -> tuple[tuple[str, str], ...]:
    """The Latin words of a folded name with their sound codes, plus the words written together
    ("abdul rahman" is also "abdulrahman")."""
    words = [word for word in key.split() if _latin(word)]
    if len(words) > 1:
        words += [a + b for a, b in pairwise(words)]
    return tuple((word, _sound(word)) for word in words)


def _word_matches(typed: str, words: tuple[tuple[str, str], ...]) -> bool:
    if not _latin(typed) or len(typed) < MIN_SOUND_LETTERS:
        return False
    sound = _sound(typed)
    for word, code in words:
        if typed in word or (sound and code.startswith(sound)):
            return True
        if (
            len(typed) >= MIN_SPELLING_LETTERS
            and jellyfish.jaro_winkler_similarity(typed, word) >= SPELLING_SIMILARITY
        ):
            return True
    return False


def sounds_like(needle: str, key: str) -> bool:
    """True when every word of the folded ``needle`` is found in the folded name ``key`` as
    written, by sound or by a near spelling."""
    typed = needle.split()
    if not typed:
        return False
    words = name_words(key)
    return all(word in key or _word_matches(word, words) for word in typed)
