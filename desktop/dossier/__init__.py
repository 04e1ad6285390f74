"""The operations behind the dossier screens: load a dossier (:mod:`.view`), save its forms
with validation and Dutch messages per field (:mod:`.operations`, :mod:`.intake`,
:mod:`.pip`), the household (:mod:`.household`), drafts, history and signalering.

Everything here runs without Qt and writes through ``store.transaction()``. This package
imports nothing itself: :mod:`desktop.schema` imports :mod:`.models` to complete the
schema, and must not pull in the store while it is being defined.
"""
