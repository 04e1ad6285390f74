"""Burgerservicenummer (BSN) checks: nine digits passing the eleven-test."""

from __future__ import annotations


class InvalidBsn(ValueError):
    """A BSN that is not nine digits or fails the eleven-test."""


def normalise_bsn(raw: str) -> str:
    """Strip spaces, dots and dashes; pad an eight-digit BSN with a leading zero."""
    digits = "".join(ch for ch in raw if ch not in " .-")
    if len(digits) == 8 and digits.isdigit():
        digits = "0" + digits
    return digits


def bsn_problem(raw: str) -> str | None:
    """Return a Dutch explanation of what is wrong with a BSN, or None when it is valid."""
    bsn = normalise_bsn(raw)
    if not bsn.isascii() or not bsn.isdigit():
        return "Een BSN bestaat alleen uit cijfers."
    if len(bsn) != 9:
        return f"Een BSN heeft 9 cijfers; dit nummer heeft er {len(bsn)}."
    if bsn == "000000000":
        return "000000000 is geen geldig BSN."
    weights = (9, 8, 7, 6, 5, 4, 3, 2, -1)
    total = sum(int(d) * w for d, w in zip(bsn, weights, strict=True))
    if total % 11 != 0:
        return "Dit BSN klopt niet volgens de elfproef. Controleer het nummer."
    return None


def validate_bsn(raw: str) -> str:
    """Return the normalised BSN or raise InvalidBsn with a Dutch message."""
    problem = bsn_problem(raw)
    if problem:
        raise InvalidBsn(problem)
    return normalise_bsn(raw)
