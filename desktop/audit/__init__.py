"""The audit trail: append-only, hash-chained entries of who did what with a dossier.

This package writes the trail (:mod:`.trail`, and :mod:`.capture` for every ORM change) and
uses no other feature; reading it back is an admin's task (:mod:`desktop.access.review`).
"""
