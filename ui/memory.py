"""The garbage collector and the GUI thread: no collection pause long enough to notice.

A caseload of 50,000 rows is a few million long-lived objects. CPython's full collections walk
every tracked object, so without care one pause on the GUI thread takes longer than a frame
(issue 18 measured them). Two measures: young collections run less often (a larger first
threshold, the same cost per object), and after a big load everything alive is moved to the
permanent generation (``gc.freeze``), which no collection walks. Rows that die later are still
freed by reference counting; they hold no cycles.
"""

from __future__ import annotations

import gc

#: Allocations between young collections (CPython's default is 700).
YOUNG_THRESHOLD = 20_000


def tune_collector() -> None:
    """Set the thresholds once at start-up."""
    _young, middle, old = gc.get_threshold()
    gc.set_threshold(YOUNG_THRESHOLD, middle, old)


def after_big_load() -> None:
    """Keep the collector away from what a load just made (call on the GUI thread, once the
    rows are in their model)."""
    gc.freeze()


def release() -> None:
    """Let the collector see everything again (on lock: what was frozen may now be garbage)."""
    gc.unfreeze()
