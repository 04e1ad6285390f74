"""Expected failures of the sync, each with a Dutch message a consultant understands.

They subclass :class:`desktop.store.errors.StoreError`, so the CLI and the screens that already
show store failures show these too. After any of them the local database is unchanged.
"""

from __future__ import annotations

from desktop.messages import N_
from desktop.store.errors import StoreError


class SyncError(StoreError):
    """Base of every expected sync failure."""

    text = N_("Het synchroniseren is niet gelukt. De gegevens op deze laptop zijn intact.")


class ShareUnavailable(SyncError):
    text = N_(
        "De teammap is niet bereikbaar (geen netwerk, of de schijf is niet gekoppeld). "
        "Er is niets gewijzigd; Wegwijzer probeert het later opnieuw."
    )


class ShareVanished(SyncError):
    text = N_(
        "De teammap verdween tijdens het versturen (netwerk weg of schijf ontkoppeld). "
        "Ontvangen wijzigingen zijn verwerkt; uw eigen wijzigingen blijven bewaard op deze "
        "laptop en gaan mee bij de volgende keer. Er is niets buiten de teammap geschreven."
    )


class SyncBusy(SyncError):
    text = N_(
        "Er loopt al een synchronisatie op deze laptop (in dit of een ander "
        "Wegwijzer-venster). Wacht tot die klaar is en probeer het dan opnieuw."
    )


class NotATeamFolder(SyncError):
    text = N_(
        "Deze map is geen Wegwijzer-teammap: het markeerbestand ontbreekt. Wegwijzer "
        "synchroniseert nooit met een lege of verkeerde map, zodat er niets verdwijnt. "
        "Controleer het pad of vraag de beheerder."
    )


class WrongTeam(SyncError):
    text = N_(
        "Deze teammap hoort bij een ander team dan deze laptop. Er is niets gewijzigd. "
        "Controleer het pad in de instellingen."
    )


class NotTheTeamFolder(SyncError):
    text = N_(
        "Deze map is niet de teammap van deze laptop (ook al hoort hij bij hetzelfde team). "
        "Er is niets verstuurd. Alleen een beheerder kan de teammap wijzigen, in de "
        "synchronisatie-instellingen."
    )


class ShareTooNew(SyncError):
    text = N_(
        "De teammap gebruikt een nieuwere versie van het synchronisatieformaat. "
        "Installeer de nieuwste versie van Wegwijzer."
    )


class WrongTeamPassphrase(SyncError):
    text = N_("Het teamwachtwoord klopt niet, of het aanmeldbestand hoort niet bij deze teammap.")


class DamagedMarker(SyncError):
    text = N_(
        "Het markeerbestand van de teammap is beschadigd. Er is niets gewijzigd. "
        "Neem contact op met de beheerder."
    )


class NotInTeam(SyncError):
    text = N_(
        "Deze laptop hoort nog bij geen team. Maak een team aan of sluit aan met het "
        "teamwachtwoord of een aanmeldbestand."
    )


class TeamExists(SyncError):
    text = N_("In deze map staat al een teammap; die wordt niet overschreven. Sluit daar bij aan.")


class ShareReadOnly(SyncError):
    text = N_(
        "Wegwijzer mag niet schrijven in de teammap (alleen-lezen). Ontvangen wijzigingen zijn "
        "verwerkt; uw eigen wijzigingen blijven bewaard en gaan mee bij de volgende keer."
    )


class ShareFull(SyncError):
    text = N_(
        "De teammap is vol. Ontvangen wijzigingen zijn verwerkt; uw eigen wijzigingen blijven "
        "bewaard op deze laptop en gaan mee zodra er weer ruimte is."
    )


class EnrolmentInvalid(SyncError):
    text = N_(
        "Dit aanmeldbestand is beschadigd of geen Wegwijzer-aanmeldbestand. Er is niets "
        "gewijzigd. Vraag de beheerder om een nieuw aanmeldbestand met een nieuwe aanmeldcode."
    )


class EnrolmentUnprotected(EnrolmentInvalid):
    text = N_(
        "Dit aanmeldbestand heeft het oude, onbeveiligde formaat (zonder aanmeldcode) en wordt "
        "niet gebruikt. Vraag de beheerder om een nieuw aanmeldbestand en verwijder dit bestand."
    )


class EnrolmentTooNew(EnrolmentInvalid):
    text = N_(
        "Dit aanmeldbestand is gemaakt met een nieuwere versie van Wegwijzer. "
        "Installeer de nieuwste versie van Wegwijzer en probeer het opnieuw."
    )


class WrongEnrolmentCode(SyncError):
    text = N_(
        "De aanmeldcode klopt niet bij dit aanmeldbestand (of het bestand is gewijzigd). "
        "Er is niets gewijzigd. Controleer de code die de beheerder u apart gaf (20 tekens); "
        "lukt het niet, vraag dan om een nieuw aanmeldbestand met een nieuwe code."
    )


class WeakEnrolmentCode(SyncError):
    text = N_(
        "Deze aanmeldcode is te kort: kies minstens 20 letters of cijfers, "
        "of laat Wegwijzer een code maken."
    )


class EnrolmentNotWritten(SyncError):
    text = N_(
        "Het aanmeldbestand kon niet worden geschreven. Controleer de gekozen map (staat de "
        "USB-stick er nog in, mag u daar schrijven?) en probeer het opnieuw."
    )
