"""Screens for the handouts: preview, print and save one, and the batch for a ROL visit."""

from ui.handouts.actions import HandoutActions

__all__ = ["HandoutActions"]
