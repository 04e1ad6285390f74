"""The schema registry: the one module that imports every package's table declarations.

A model module declares its own tables on :class:`desktop.domain.model.Base` and imports no
other package's models. Code that needs *every* table registered (the sync engine's list of
synced tables, a person's holdings, the schema tests, the store) imports this module, so that
``Base.metadata`` is complete there whichever screen or command came first.

A new model module is registered by adding one import line below (and the contract in
``pyproject.toml`` already allows ``desktop.schema`` to import any ``desktop.*.models``).
"""

from __future__ import annotations

from sqlalchemy import MetaData

from desktop.access import models as access_models
from desktop.audit import models as audit_models
from desktop.domain import appointments
from desktop.domain import model as domain_model
from desktop.dossier import models as dossier_models
from desktop.dossier.journal import models as journal_models
from desktop.journey import models as journey_models
from desktop.privacy import models as privacy_models
from desktop.sync import models as sync_models

#: Every model module, domain first (the order of registration, not of foreign keys).
MODEL_MODULES = (
    domain_model,
    appointments,
    access_models,
    audit_models,
    dossier_models,
    journey_models,
    journal_models,
    privacy_models,
    sync_models,
)

#: The metadata of the whole database: every table of every model module above.
metadata: MetaData = domain_model.Base.metadata

__all__ = ["MODEL_MODULES", "metadata"]
