"""Expected refusals of access, each with a Dutch message a consultant understands."""

from __future__ import annotations

from desktop.store.errors import StoreError


class NotAllowed(StoreError):
    """An admin-only action asked by a consultant."""

    message = "Dit mag alleen een beheerder (teamleider). Vraag uw beheerder om dit te doen."

    def __init__(self, what: str | None = None) -> None:
        super().__init__(
            f"{what} mag alleen een beheerder (teamleider). U bent aangemeld als consulent; "
            "vraag uw beheerder om dit te doen."
            if what
            else None
        )


class TooManyAttempts(StoreError):
    """Wrong passphrases in a row: the next attempt must wait."""

    message = "Te veel verkeerde wachtwoorden. Wacht even en probeer het dan opnieuw."

    def __init__(self, wait_seconds: int = 60) -> None:
        self.wait_seconds = wait_seconds
        minutes, seconds = divmod(wait_seconds, 60)
        when = f"{minutes} min {seconds} s" if minutes else f"{seconds} seconden"
        super().__init__(
            f"Te veel verkeerde wachtwoorden na elkaar. Probeer het over {when} opnieuw. "
            "Wachtwoord vergeten? Vraag uw beheerder om een nieuw wachtwoord."
        )


class AccountDisabled(StoreError):
    message = (
        "Deze gebruiker is verwijderd of uitgeschakeld op deze laptop. "
        "Vraag de beheerder om toegang."
    )


class UnknownUser(StoreError):
    message = "Deze gebruiker bestaat niet op deze laptop: kies een naam uit de lijst."


class UserExists(StoreError):
    message = "Er is al een gebruiker met deze naam. Kies een andere naam."


class InvalidUserName(StoreError):
    message = "Geef een naam van 2 tot 80 tekens, zonder dubbele punt."


class LastAdmin(StoreError):
    message = (
        "Er moet altijd minstens één beheerder overblijven. Maak eerst een ander de beheerder."
    )


class NotYourself(StoreError):
    message = "U kunt uzelf niet verwijderen. Laat een andere beheerder dit doen."


class InvalidSetting(StoreError):
    message = "Deze waarde kan niet: kies een getal binnen de aangegeven grenzen."
