"""Expected failures of the store, each with a message a consultant understands (Dutch).

Bugs stay ordinary exceptions; these are the situations a person can cause or fix. Each text
is a message id of the core catalogue (:mod:`desktop.messages`), shown in the UI language.
"""

from __future__ import annotations

import contextlib
import errno
from collections.abc import Iterator

from desktop.messages import N_, Problem


class StoreError(Problem):
    """Base of every expected store failure; ``str(error)`` is the message (Dutch by default)."""

    text = N_("Er ging iets mis met de database.")


class WrongPassphrase(StoreError):
    text = N_("Het wachtwoord klopt niet. Let op hoofdletters en het toetsenbord (Caps Lock).")


class WrongRecoveryKey(StoreError):
    text = N_("De herstelsleutel klopt niet. Controleer de 32 tekens op uw afdruk.")


class NoDatabase(StoreError):
    text = N_("Er is hier nog geen Wegwijzer-database. Maak eerst een nieuwe aan.")


class DatabaseExists(StoreError):
    text = N_("Er staat hier al een Wegwijzer-database; die wordt niet overschreven.")


class NotEncrypted(StoreError):
    text = N_(
        "Dit bestand is een onversleutelde SQLite-database. Wegwijzer opent alleen "
        "versleutelde databases, zodat een gestolen laptop niets prijsgeeft."
    )


class DamagedDatabase(StoreError):
    text = N_(
        "Het databasebestand is beschadigd of hoort niet bij dit sleutelbestand. "
        "Er is niets gewijzigd. Neem contact op met de beheerder voor een back-up."
    )


class MissingDatabase(DamagedDatabase):
    text = N_(
        "Het databasebestand (wegwijzer.db) ontbreekt; alleen het sleutelbestand is er nog. "
        "Zet een back-up van de database terug in dezelfde map."
    )


class DamagedKeyFile(StoreError):
    text = N_(
        "Het sleutelbestand (wegwijzer.keys) ontbreekt of is beschadigd. Zonder dit bestand "
        "kan de database niet worden geopend. Zet een back-up van het sleutelbestand terug."
    )


class ChangedKeySlot(DamagedKeyFile):
    text = N_(
        "Het sleutelbestand (wegwijzer.keys) is met de hand gewijzigd: de gebruikersnaam bij "
        "dit wachtwoord klopt niet meer. Er is niet geopend. Zet een back-up van het "
        "sleutelbestand terug of vraag de beheerder."
    )


class StoreClosed(StoreError):
    text = N_("De database is vergrendeld. Ontgrendel Wegwijzer opnieuw om verder te gaan.")


class DatabaseLocked(StoreError):
    text = N_(
        "De database is in gebruik door een ander programma (misschien een tweede Wegwijzer). "
        "Sluit dat eerst en probeer het opnieuw."
    )


class DiskFull(StoreError):
    text = N_(
        "De schijf is vol. De laatste wijziging is niet opgeslagen; eerdere gegevens zijn "
        "intact. Maak ruimte vrij en probeer het opnieuw."
    )


class SchemaTooNew(StoreError):
    text = N_(
        "Deze database is gemaakt met een nieuwere versie van Wegwijzer. "
        "Installeer de nieuwste versie om hem te openen."
    )


class NetworkLocation(StoreError):
    text = N_(
        "De database mag niet op een netwerkschijf staan: daar kan hij beschadigd raken. "
        "Kies een map op deze computer; de teamschijf wordt alleen voor synchronisatie gebruikt."
    )


class WeakPassphrase(StoreError):
    text = N_("Kies een wachtwoord van minstens 10 tekens.")


class ReadOnlyLocation(StoreError):
    text = N_("Wegwijzer kan niet schrijven in de gegevensmap. Controleer de rechten van de map.")


def translate_error(error: BaseException) -> StoreError | None:
    """Map a database or OS error to the expected failure it stands for, if any."""
    original = getattr(error, "orig", error)
    text = str(original).lower()
    if isinstance(original, OSError):
        if original.errno in (errno.ENOSPC, errno.EDQUOT):
            return DiskFull()
        if original.errno in (errno.EACCES, errno.EPERM, errno.EROFS):
            return ReadOnlyLocation()
        return None
    if "database or disk is full" in text or ("disk i/o error" in text and "full" in text):
        return DiskFull()
    if "database is locked" in text or "database table is locked" in text:
        return DatabaseLocked()
    if "file is not a database" in text or "malformed" in text or "hmac check failed" in text:
        return DamagedDatabase()
    if "readonly database" in text or "unable to open database" in text:
        return ReadOnlyLocation()
    return None


@contextlib.contextmanager
def mapped_failures(kinds: tuple[type[BaseException], ...]) -> Iterator[None]:
    """Re-raise errors of ``kinds`` that a person can cause (:func:`translate_error`) as
    StoreError subclasses; the others as they are."""
    try:
        yield
    except StoreError:
        raise
    except kinds as error:
        mapped = translate_error(error)
        if mapped is None:
            raise
        raise mapped from error
