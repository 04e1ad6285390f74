"""The consultant's dossier screens: the dossier page with its klantreis timeline and forms,
and the signalering ("today") view."""
