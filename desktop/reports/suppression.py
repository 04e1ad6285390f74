"""Small-number suppression for readers outside the team (DUO does the same, 001 §1.2.2).

Counts of 1 to 4 are shown as "< 5" (*primary* suppression). A reader who can add up or
subtract could still find such a count from its neighbours: the parts of a breakdown add up
to its total, so one hidden part next to a shown total is no secret. *Secondary* suppression
hides further cells ("×") until no hidden small count can be pinned down, assuming the reader
knows this method: a "< 5" cell holds 1-4, a "×" cell 5 or more. A percentage is shown only
when every cell of its breakdown is shown, a mean only over 5 people or more.

:func:`suppress` is pure and knows nothing of reports; :func:`suppress_indicator` applies it.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from enum import StrEnum

from desktop.reports.model import Indicator, Unit

#: Counts from 1 up to this value are hidden.
SMALL = 4
SMALL_TEXT = "< 5"
HIDDEN_TEXT = "×"


class Mark(StrEnum):
    """How a hidden cell is shown."""

    SMALL = "small"  # 1-4
    HIDDEN = "hidden"  # 5 or more, hidden so that a small count cannot be derived


Shown = int | Mark
#: A partition: the key of the total cell and the keys of the cells that add up to it.
Partition = tuple[str, Sequence[str]]


def _feasible_values(k: int, s: int, rest: int) -> int:
    """How many values 1-4 one of ``k`` hidden small parts can take, given ``s`` hidden large
    parts (5 or more each) and that all hidden parts add up to ``rest``."""
    found = 0
    for value in range(1, SMALL + 1):
        left = rest - value
        if s == 0:  # the other small parts take 1-4 each
            found += (k - 1) <= left <= SMALL * (k - 1)
        else:  # ... and the large ones the rest, 5 or more each
            found += left >= (k - 1) + (SMALL + 1) * s
    return found


def _exposed(shown: Mapping[str, Shown], cells: Mapping[str, int], partition: Partition) -> bool:
    """True when a reader could pin down a hidden small count (or a hidden total) here."""
    total, parts = partition
    hidden_parts = [p for p in parts if isinstance(shown[p], Mark)]
    if isinstance(shown[total], Mark):
        return not hidden_parts  # the parts add up to the hidden total
    if not hidden_parts:
        return False
    rest = cells[total] - sum(cells[p] for p in parts if not isinstance(shown[p], Mark))
    k = sum(1 for p in hidden_parts if shown[p] is Mark.SMALL)
    s = len(hidden_parts) - k
    return k > 0 and _feasible_values(k, s, rest) < 2


def suppress(cells: Mapping[str, int], partitions: Sequence[Partition]) -> dict[str, Shown]:
    """Each cell's count, or how it is hidden; ``partitions`` say which cells add up to which.

    Hides every count 1-4, then, while some partition lets a reader pin a hidden count down,
    hides that partition's smallest shown non-zero part (or, if none is left, its total).
    Zeros are shown: a zero hides nobody.
    """
    shown: dict[str, Shown] = {
        key: Mark.SMALL if 1 <= value <= SMALL else value for key, value in cells.items()
    }
    changed = True
    while changed:
        changed = False
        for partition in partitions:
            if not _exposed(shown, cells, partition):
                continue
            total, parts = partition
            candidates = [p for p in parts if not isinstance(shown[p], Mark) and cells[p] > 0]
            if candidates:
                chosen = min(candidates, key=lambda p: (cells[p], p))
            elif not isinstance(shown[total], Mark):
                chosen = total
            else:  # every part zero or hidden, total hidden: nothing left to pin down
                continue
            shown[chosen] = Mark.HIDDEN
            changed = True
    return shown


def text(value: Shown) -> str:
    """A shown count as the reports print it."""
    if value is Mark.SMALL:
        return SMALL_TEXT
    if value is Mark.HIDDEN:
        return HIDDEN_TEXT
    return str(value)


@dataclass(frozen=True)
class Suppressed:
    """An indicator as an outside reader may see it: each cell shown or hidden, the value
    only when it gives nothing away."""

    indicator: Indicator
    cells: dict[str, Shown]
    value_shown: bool
    extras_shown: bool
    shares_shown: dict[str, bool]  # breakdown key -> its parts' percentages may be shown

    def cell(self, key: str) -> str:
        """A cell as text: the count, "< 5" or "×"."""
        return text(self.cells[key])


def partitions_of(indicator: Indicator) -> list[Partition]:
    """The indicator's breakdowns as partitions of cells."""
    return [(b.total, [p.key for p in b.parts]) for b in indicator.breakdowns]


def suppress_indicator(indicator: Indicator) -> Suppressed:
    """Apply :func:`suppress` to an indicator and decide which derived values may be shown."""
    cells = indicator.cells()
    partitions = partitions_of(indicator)
    shown = suppress(cells, partitions)

    def visible(key: str) -> bool:
        return not isinstance(shown[key], Mark)

    open_breakdown = {
        b.key: visible(b.total) and all(visible(p.key) for p in b.parts)
        for b in indicator.breakdowns
    }
    denominator = indicator.denominator
    group_shown = visible(denominator)
    if indicator.unit is Unit.PERCENT:
        # The percentage gives away its numerator and complement: their breakdown must be open.
        value_shown = group_shown and visible(indicator.numerator) and all(
            open_breakdown[b.key] for b in indicator.breakdowns
            if b.total == denominator and any(p.key == indicator.numerator for p in b.parts)
        )  # fmt: skip
    elif indicator.unit is Unit.COUNT:
        value_shown = group_shown
    else:  # a mean: never over fewer than 5 people
        value_shown = group_shown and cells[denominator] > SMALL
    extras_shown = group_shown and cells[denominator] > SMALL
    return Suppressed(indicator, shown, value_shown, extras_shown, open_breakdown)
