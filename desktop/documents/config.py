"""The municipality's handout settings and support map, from ``resources/handouts/``."""

from __future__ import annotations

import tomllib
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from desktop.documents.errors import HandoutError
from desktop.documents.pictograms import PICTOGRAMS
from desktop.messages import M_
from desktop.resources import resource_path


@dataclass(frozen=True)
class Organisation:
    """One line of the sociale kaart: who helps with what, and how to reach them."""

    name: str
    pictogram: str
    helps_with: str  # Dutch (A2); the msgid of its translations
    phone: str = ""
    address: str = ""


@dataclass(frozen=True)
class HandoutConfig:
    """The municipality on the handouts and its sociale kaart."""

    municipality: str
    address: str
    phone: str
    meeting_place: str
    organisations: tuple[Organisation, ...]


def default_config_path() -> Path:
    """The shipped (and municipality-edited) support map."""
    return resource_path("handouts", "sociale_kaart.toml")


def _text(table: dict[str, Any], key: str, path: Path, required: bool = True) -> str:
    value = table.get(key, "")
    if not isinstance(value, str) or (required and not value.strip()):
        raise HandoutError(
            M_("In {file} ontbreekt '{key}' of het is geen tekst."), file=path.name, key=key
        )
    return value.strip()


def load_config(path: Path | None = None) -> HandoutConfig:
    """Read the support map; a HandoutError with a Dutch message names what is wrong."""
    path = path or default_config_path()
    try:
        with path.open("rb") as handle:
            data = tomllib.load(handle)
    except (OSError, tomllib.TOMLDecodeError) as error:
        raise HandoutError(
            M_("De sociale kaart {path} kan niet worden gelezen: {error}."),
            path=path,
            error=error,
        ) from None
    town = data.get("gemeente", {})
    organisations = []
    for entry in data.get("organisatie", []):
        picture = _text(entry, "pictogram", path)
        if picture not in PICTOGRAMS:
            raise HandoutError(
                M_("In {file} is pictogram '{picture}' onbekend; kies uit {known}."),
                file=path.name,
                picture=picture,
                known=", ".join(sorted(PICTOGRAMS)),
            )
        organisations.append(
            Organisation(
                name=_text(entry, "naam", path),
                pictogram=picture,
                helps_with=_text(entry, "helpt_met", path),
                phone=_text(entry, "telefoon", path, required=False),
                address=_text(entry, "adres", path, required=False),
            )
        )
    return HandoutConfig(
        municipality=_text(town, "naam", path),
        address=_text(town, "adres", path, required=False),
        phone=_text(town, "telefoon", path, required=False),
        meeting_place=_text(town, "gespreksplaats", path, required=False),
        organisations=tuple(organisations),
    )
