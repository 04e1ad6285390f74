"""The documented, versioned JSON exchange format (see docs/exchange-format.md).

``export_data`` turns the dossier (or some people of it) into a document; ``import_data``
checks one and adds it to a store in one transaction. Failures are ExchangeError subclasses
with a Dutch message.
"""

from desktop.exchange.errors import (
    DuplicatePerson,
    DuplicateRecord,
    ExchangeError,
    ImpossibleDate,
    InvalidBsnInFile,
    MalformedJson,
    NotAnExchangeFile,
    SchemaViolation,
    UnknownReference,
    UnsupportedVersion,
)
from desktop.exchange.export import dumps, export_data, write_export
from desktop.exchange.importer import (
    ImportSummary,
    check_envelope,
    import_data,
    parse_exchange,
    read_exchange_file,
)
from desktop.exchange.layout import FORMAT_NAME, FORMAT_VERSION
from desktop.exchange.schema import build_schema, load_schema, validate

__all__ = [
    "FORMAT_NAME",
    "FORMAT_VERSION",
    "DuplicatePerson",
    "DuplicateRecord",
    "ExchangeError",
    "ImportSummary",
    "ImpossibleDate",
    "InvalidBsnInFile",
    "MalformedJson",
    "NotAnExchangeFile",
    "SchemaViolation",
    "UnknownReference",
    "UnsupportedVersion",
    "build_schema",
    "check_envelope",
    "dumps",
    "export_data",
    "import_data",
    "load_schema",
    "parse_exchange",
    "read_exchange_file",
    "validate",
    "write_export",
]
