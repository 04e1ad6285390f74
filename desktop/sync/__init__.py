"""Sync through a team folder on the file share: several laptops, offline for days.

Kept free of imports: :mod:`desktop.schema` imports :mod:`desktop.sync.models` so that the
sync tables are part of the schema. The operations live in :mod:`desktop.sync.engine`
(``synchronise``), :mod:`desktop.sync.team`, :mod:`desktop.sync.conflicts` and
:mod:`desktop.sync.status`; docs/sync.md describes the file format and the guarantees.
"""
