"""The audit trail: append-only, hash-chained entries of who did what with a dossier."""
