"""Burgerservicenummer (BSN) checks: nine digits passing the eleven-test."""

from __future__ import annotations

from desktop.messages import N_, Message, Problem, message


class InvalidBsn(Problem, ValueError):
    """A BSN that is not nine digits or fails the eleven-test."""

    text = N_("Dit BSN klopt niet volgens de elfproef. Controleer het nummer.")


def normalise_bsn(raw: str) -> str:
    """Strip spaces, dots and dashes; pad an eight-digit BSN with a leading zero."""
    digits = "".join(ch for ch in raw if ch not in " .-")
    if len(digits) == 8 and digits.isdigit():
        digits = "0" + digits
    return digits


def bsn_message(raw: str) -> Message | None:
    """What is wrong with a BSN (a message of the core catalogue), or None when it is valid."""
    bsn = normalise_bsn(raw)
    if not bsn.isascii() or not bsn.isdigit():
        return message(N_("Een BSN bestaat alleen uit cijfers."))
    if len(bsn) != 9:
        return message(N_("Een BSN heeft 9 cijfers; dit nummer heeft er {count}."), count=len(bsn))
    if bsn == "000000000":
        return message(N_("000000000 is geen geldig BSN."))
    weights = (9, 8, 7, 6, 5, 4, 3, 2, -1)
    total = sum(int(d) * w for d, w in zip(bsn, weights, strict=True))
    if total % 11 != 0:
        return message(InvalidBsn.text)
    return None


def bsn_problem(raw: str) -> str | None:
    """What is wrong with a BSN in the current language (Dutch by default), or None."""
    problem = bsn_message(raw)
    return str(problem) if problem else None


def validate_bsn(raw: str) -> str:
    """Return the normalised BSN or raise InvalidBsn with a Dutch message."""
    problem = bsn_message(raw)
    if problem:
        raise InvalidBsn(problem)
    return normalise_bsn(raw)
