"""The COA's V-nummer: how it is written and checked (the BSN has desktop.domain.bsn)."""

from __future__ import annotations

from desktop.dossier.validation import FieldError, Raw, as_text
from desktop.messages import N_, message

#: V-nummers are the COA's 10-digit numbers.
V_NUMMER_LENGTH = 10


def normalise_v_nummer(raw: str) -> str:
    """A V-nummer without spaces, dots or dashes."""
    return "".join(ch for ch in raw if ch.isalnum())


def v_nummer_problem(raw: Raw) -> FieldError | None:
    """A filled-in V-nummer must be the COA's ten digits."""
    text = normalise_v_nummer(as_text(raw))
    if not text:
        return None
    if not text.isdigit() or len(text) != V_NUMMER_LENGTH:
        return FieldError(
            "v_nummer", message(N_("Een V-nummer bestaat uit 10 cijfers, bijvoorbeeld 1234567890."))
        )
    return None
