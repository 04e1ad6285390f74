"""Expected refusals of access, each with a Dutch message a consultant understands."""

from __future__ import annotations

from typing import TYPE_CHECKING

from desktop.messages import N_, Message
from desktop.store.errors import StoreError

if TYPE_CHECKING:  # the unlock's brake raises TooManyAttempts without SQLAlchemy
    from desktop.access.models import Role


class NotAllowed(StoreError):
    """An admin-only action asked by a consultant or a teamleider."""

    text = N_("Dit mag alleen een beheerder. Vraag uw beheerder om dit te doen.")

    def __init__(self, what: Message | str | None = None, *, role: Role | None = None) -> None:
        from desktop.access.models import Role  # late: the models import SQLAlchemy

        self.role = role
        if not what:
            super().__init__()
        elif role is Role.TEAMLEIDER:
            super().__init__(Message(N_(
                "{what} mag alleen een beheerder. U bent aangemeld als teamleider; vraag uw "
                "beheerder om dit te doen."
            ), {"what": what}))  # fmt: skip
        else:
            super().__init__(Message(N_(
                "{what} mag alleen een beheerder. U bent aangemeld als consulent; vraag uw "
                "beheerder om dit te doen."
            ), {"what": what}))  # fmt: skip


class HealthWithheld(NotAllowed):
    """Health data asked by a role that may not see it (a teamleider)."""

    text = N_(
        "Gezondheidsgegevens zijn bijzondere persoonsgegevens: alleen de consulenten en de "
        "beheerder zien ze, een teamleider niet."
    )

    def __init__(self, what: Message | str | None = None, *, role: Role | None = None) -> None:
        self.role = role
        if what:
            StoreError.__init__(self, Message(N_(
                "{what}: dat kan een teamleider niet. Gezondheidsgegevens zijn bijzondere "
                "persoonsgegevens; alleen de consulenten en de beheerder zien ze."
            ), {"what": what}))  # fmt: skip
        else:
            StoreError.__init__(self)


class TooManyAttempts(StoreError):
    """Wrong passphrases in a row: the next attempt must wait."""

    text = N_("Te veel verkeerde wachtwoorden. Wacht even en probeer het dan opnieuw.")

    def __init__(self, wait_seconds: int = 60) -> None:
        self.wait_seconds = wait_seconds
        minutes, seconds = divmod(wait_seconds, 60)
        when = (
            Message(N_("{minutes} min {seconds} s"), {"minutes": minutes, "seconds": seconds})
            if minutes
            else Message(N_("{seconds} seconden"), {"seconds": seconds})
        )
        super().__init__(
            N_(
                "Te veel verkeerde wachtwoorden na elkaar. Probeer het over {when} opnieuw. "
                "Wachtwoord vergeten? Vraag uw beheerder om een nieuw wachtwoord."
            ),
            when=when,
        )


class AccountDisabled(StoreError):
    text = N_(
        "Deze gebruiker is verwijderd of uitgeschakeld op deze laptop. "
        "Vraag de beheerder om toegang."
    )


class UnknownUser(StoreError):
    text = N_("Deze gebruiker bestaat niet op deze laptop: kies een naam uit de lijst.")


class UserExists(StoreError):
    text = N_("Er is al een gebruiker met deze naam. Kies een andere naam.")


class InvalidUserName(StoreError):
    text = N_("Geef een naam van 2 tot 80 tekens, zonder dubbele punt of schuine streep.")


class LastAdmin(StoreError):
    text = N_(
        "Er moet altijd minstens één beheerder overblijven. Maak eerst een ander de beheerder."
    )


class NotYourself(StoreError):
    text = N_("U kunt uzelf niet verwijderen. Laat een andere beheerder dit doen.")


class InvalidSetting(StoreError):
    text = N_("Deze waarde kan niet: kies een getal binnen de aangegeven grenzen.")
