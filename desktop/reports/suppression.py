"""Small-number suppression for readers outside the team (DUO does the same, 001 §1.2.2).

Counts of 1 to 4 are shown as "< 5" (*primary* suppression). A reader who can add up or
subtract could still find such a count from its neighbours: the parts of a breakdown add up
to its total, so one hidden part next to a shown total is no secret. *Secondary* suppression
hides further cells (a zero as "< 5", a larger count as "×") until no hidden small count can be
pinned down by a reader who knows the method: "< 5" holds 0-4, "×" 5 or more. A percentage
is shown only when every cell of its breakdown is shown, a mean only over 5 people or more.

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


#: What a reader knows of a hidden cell: "< 5" holds 0-4, "×" 5 or more.
_UNBOUNDED = 10**12
_RANGES = {Mark.SMALL: (0, SMALL), Mark.HIDDEN: (SMALL + 1, _UNBOUNDED)}


def reader_ranges(
    shown: Mapping[str, Shown], partitions: Sequence[Partition]
) -> dict[str, tuple[int, int]]:
    """The narrowest range of each cell a reader can work out from the shown cells and the
    sums (bounds propagation over every partition until nothing changes)."""
    ranges = {k: _RANGES[v] if isinstance(v, Mark) else (v, v) for k, v in shown.items()}
    for _round in range(100):
        changed = False
        for total, parts in partitions:
            low = sum(ranges[p][0] for p in parts)
            high = sum(ranges[p][1] for p in parts)
            t_low, t_high = ranges[total]
            new_total = (max(t_low, low), min(t_high, high))
            if new_total != ranges[total]:
                ranges[total], changed = new_total, True
            t_low, t_high = ranges[total]
            for part in parts:
                p_low, p_high = ranges[part]
                new = (max(p_low, t_low - (high - p_high)), min(p_high, t_high - (low - p_low)))
                if new != ranges[part]:
                    ranges[part], changed = new, True
                    low, high = low - p_low + new[0], high - p_high + new[1]
        if not changed:
            break
    return ranges


def _pinned(shown: Mapping[str, Shown], partitions: Sequence[Partition]) -> list[str]:
    """The "< 5" cells whose value a reader can work out exactly."""
    ranges = reader_ranges(shown, partitions)
    return [k for k, v in shown.items() if v is Mark.SMALL and ranges[k][0] == ranges[k][1]]


def _hide(shown: dict[str, Shown], cells: Mapping[str, int], key: str) -> None:
    # A hidden zero is "< 5" too (it is less than 5), so that "< 5" never means "1 to 4".
    shown[key] = Mark.SMALL if cells[key] <= SMALL else Mark.HIDDEN


def suppress(cells: Mapping[str, int], partitions: Sequence[Partition]) -> dict[str, Shown]:
    """Each cell's count, or how it is hidden; ``partitions`` say which cells add up to which.

    Hides every count 1-4 as "< 5"; then, while a reader could work one of them out from the
    rest, hides the smallest shown part (a zero first) of a breakdown it is in, or else that
    breakdown's total. Zeros are shown unless hiding them protects a small count.
    """
    shown: dict[str, Shown] = {
        key: Mark.SMALL if 1 <= value <= SMALL else value for key, value in cells.items()
    }
    while pinned := _pinned(shown, partitions):
        around = [(t, ps) for t, ps in partitions if pinned[0] == t or pinned[0] in ps]
        visible = [p for _t, ps in around for p in ps if not isinstance(shown[p], Mark)]
        totals = [t for t, _ps in around if not isinstance(shown[t], Mark)]
        if not visible and not totals:  # pinned through other breakdowns: hide anything shown
            visible = [k for k, v in shown.items() if not isinstance(v, Mark)]
        if not visible and not totals:
            break  # everything is hidden already
        chosen = min(visible, key=lambda p: (cells[p], p)) if visible else totals[0]
        _hide(shown, cells, chosen)
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
