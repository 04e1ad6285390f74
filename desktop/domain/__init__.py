"""The dossier's data: people, households, residences and every step of the klantreis."""
