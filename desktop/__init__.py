"""Wegwijzer core: domain, rules, storage, exchange and CLI. Imports no Qt."""

__version__ = "0.1.0"
