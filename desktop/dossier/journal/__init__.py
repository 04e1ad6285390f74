"""The contact journal (dated notes of calls, visits, signals) and a dossier's attachments."""
