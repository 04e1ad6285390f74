"""What a sync did, for the status bar, the CLI (also as JSON) and the tests."""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from typing import Any


@dataclass(frozen=True)
class Skipped:
    """A share file not applied this time (it is tried again at the next sync)."""

    file: str
    reason: str


@dataclass
class SyncReport:
    """Counts of one sync. ``problem`` holds the Dutch message when sending failed."""

    sent: int = 0
    sent_files: int = 0
    received: int = 0
    received_files: int = 0
    from_batches: int = 0
    skipped: list[Skipped] = field(default_factory=list)
    waiting: int = 0
    conflicts: int = 0
    local_changes: int = 0
    snapshot_used: bool = False
    snapshot_written: bool = False
    removed_files: int = 0
    documents_sent: int = 0  # attachments' bytes, each its own file (desktop/sync/blobs.py)
    documents_fetched: int = 0
    documents_missing: int = 0
    repaired_files: int = 0
    identity_renewed: bool = False
    notes: list[str] = field(default_factory=list)  # Dutch: what the sync found and fixed
    seconds: float = 0.0
    problem: str = ""

    def to_json(self) -> dict[str, Any]:
        return asdict(self)

    def summary(self) -> str:
        """One Dutch line for the status bar and the CLI."""
        parts = [
            f"{self.sent} wijziging(en) verstuurd",
            f"{self.received} ontvangen",
        ]
        if self.skipped:
            parts.append(f"{len(self.skipped)} bestand(en) overgeslagen")
        if self.waiting:
            parts.append(f"{self.waiting} wacht(en) op eerdere bestanden")
        if self.documents_missing:
            parts.append(f"{self.documents_missing} bijlage(n) nog op te halen")
        parts.append(f"{self.conflicts} conflict(en)")
        text = ", ".join(parts) + "."
        return " ".join([text, *self.notes, *([self.problem] if self.problem else [])])
