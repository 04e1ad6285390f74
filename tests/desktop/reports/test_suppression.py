"""Small-number suppression: no count of 1-4 is shown or can be worked out from what is shown.

The property tests play the reader: knowing the method ("< 5" holds 0-4, "×" 5 or more) and
that parts add up to their totals, they try every value a hidden cell could have.
"""

from __future__ import annotations

import itertools
from collections.abc import Mapping, Sequence

from hypothesis import given, settings
from hypothesis import strategies as st

from desktop.reports.suppression import Mark, Partition, Shown, suppress, text

Cells = dict[str, int]


def solutions(
    shown: Mapping[str, Shown], partitions: Sequence[Partition], bound: int
) -> list[dict[str, int]]:
    """Every assignment of the hidden cells the reader cannot rule out.

    Tries every value of the hidden cells that are no total, works the totals out from them
    and keeps the assignments whose totals fit what is shown.
    """
    totals = {total for total, _parts in partitions}
    hidden = [k for k, v in shown.items() if isinstance(v, Mark) and k not in totals]
    domains = [range(0, 5) if shown[k] is Mark.SMALL else range(5, bound + 1) for k in hidden]
    found = []
    for values in itertools.product(*domains):
        guess: dict[str, int] = {k: v for k, v in shown.items() if k not in totals}
        guess.update(zip(hidden, values, strict=True))
        while len(guess) < len(shown):  # totals from their parts, innermost first
            for total, parts in partitions:
                if total not in guess and all(p in guess for p in parts):
                    guess[total] = sum(guess[p] for p in parts)
        if all(guess[t] == sum(guess[p] for p in ps) for t, ps in partitions) and all(
            fits(shown[t], guess[t]) for t in totals
        ):
            found.append(guess)
    return found


def fits(shown: Shown, value: int) -> bool:
    if shown is Mark.SMALL:
        return 0 <= value <= 4
    if shown is Mark.HIDDEN:
        return value >= 5
    return shown == value


def check(cells: Cells, partitions: Sequence[Partition]) -> None:
    shown = suppress(cells, partitions)
    for key, value in shown.items():
        if isinstance(value, int):
            assert value == cells[key]
            assert not 1 <= value <= 4, f"{key} shows a small count"
        elif value is Mark.SMALL:
            assert 0 <= cells[key] <= 4  # a zero may be hidden to protect a small count
        else:
            assert cells[key] >= 5
    bound = max(cells.values()) + 1  # fewer options than a real reader has: stricter
    options = solutions(shown, partitions, bound)
    assert cells in options  # the truth is among the reader's options (a sanity check)
    for key, value in shown.items():
        if value is Mark.SMALL:
            assert len({o[key] for o in options}) >= 2, f"{key}={cells[key]} can be derived"


@st.composite
def one_breakdown(draw: st.DrawFn) -> tuple[Cells, list[Partition]]:
    parts = draw(st.lists(st.integers(0, 9), min_size=1, max_size=4))
    cells = {f"p{i}": v for i, v in enumerate(parts)}
    cells["total"] = sum(parts)
    return cells, [("total", list(cells.keys() - {"total"}))]


@st.composite
def two_breakdowns_of_one_total(draw: st.DrawFn) -> tuple[Cells, list[Partition]]:
    """Inflow by category and by month: two partitions of the same total."""
    first = draw(st.lists(st.integers(0, 7), min_size=1, max_size=3))
    total = sum(first)
    cut = sorted(draw(st.lists(st.integers(0, total), min_size=1, max_size=2)))
    second = [b - a for a, b in itertools.pairwise([0, *cut, total])]
    cells = {"total": total}
    cells |= {f"a{i}": v for i, v in enumerate(first)}
    cells |= {f"b{i}": v for i, v in enumerate(second)}
    return cells, [("total", [f"a{i}" for i in range(len(first))]),
                   ("total", [f"b{i}" for i in range(len(second))])]  # fmt: skip


@st.composite
def nested(draw: st.DrawFn) -> tuple[Cells, list[Partition]]:
    """Handhaving: per legal ground, then per kind within each ground."""
    grounds = [draw(st.lists(st.integers(0, 7), min_size=2, max_size=3)) for _ in range(2)]
    cells = {"total": sum(map(sum, grounds))}
    partitions: list[Partition] = [("total", ["g0", "g1"])]
    for g, kinds in enumerate(grounds):
        cells[f"g{g}"] = sum(kinds)
        cells |= {f"g{g}k{k}": v for k, v in enumerate(kinds)}
        partitions.append((f"g{g}", [f"g{g}k{k}" for k in range(len(kinds))]))
    return cells, partitions


@settings(deadline=None, max_examples=80)
@given(one_breakdown())
def test_one_breakdown_gives_nothing_small_away(case: tuple[Cells, list[Partition]]) -> None:
    check(*case)


@settings(deadline=None, max_examples=80)
@given(two_breakdowns_of_one_total())
def test_two_breakdowns_of_one_total_give_nothing_away(
    case: tuple[Cells, list[Partition]],
) -> None:
    check(*case)


@settings(deadline=None, max_examples=80)
@given(nested())
def test_nested_breakdowns_give_nothing_away(case: tuple[Cells, list[Partition]]) -> None:
    check(*case)


def test_worked_examples() -> None:
    # 20 on time and 3 late of 23: the 3 is "< 5" and the 20 must go too, or 23 - 20 = 3.
    shown = suppress({"total": 23, "ok": 20, "late": 3}, [("total", ["ok", "late"])])
    assert [text(shown[k]) for k in ("total", "ok", "late")] == ["23", "×", "< 5"]
    # 1 and 5 of 6: with the 5 hidden, the reader knows a "< 5" of 0 or 1 but not which.
    shown = suppress({"total": 6, "a": 1, "b": 5}, [("total", ["a", "b"])])
    assert [text(shown[k]) for k in ("total", "a", "b")] == ["6", "< 5", "×"]
    # Four people, one in each of four parts: with only "< 5" everywhere each could still be 0.
    four = {"total": 4, "a": 1, "b": 1, "c": 1, "d": 1}
    assert set(suppress(four, [("total", ["a", "b", "c", "d"])]).values()) == {Mark.SMALL}
    # A zero next to a lone small count is hidden to protect it: 7 = 7 + "< 5" + "< 5".
    shown = suppress({"total": 9, "a": 7, "b": 2, "c": 0}, [("total", ["a", "b", "c"])])
    assert [text(shown[k]) for k in ("total", "a", "b", "c")] == ["9", "7", "< 5", "< 5"]
    # Zeros are shown, and large counts stay when nothing small is near.
    assert suppress({"total": 12, "a": 0, "b": 12}, [("total", ["a", "b"])]) == {
        "total": 12, "a": 0, "b": 12}  # fmt: skip
