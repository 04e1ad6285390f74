"""The garbage collector paused while a bulk write makes millions of objects that hold no cycles.

CPython collects cycles in generations; a young collection runs every 700 allocations, and
each tenth of those looks at the middle generation. A new laptop's first sync of a large team
makes and drops some ten million objects (versions, rows, their values), nearly all freed by
reference counting, while it keeps growing indexes of ids and keys: the collector walked them
again and again, about a fifth of the sync's time at 50,000 people (issue 18), and found
nothing. Within :func:`paused` it does not run; what the pause made is collected as usual
afterwards. Pauses may nest and overlap between threads: the collector runs again once the
last one ends, and only when it ran before the first.
"""

from __future__ import annotations

import gc
import threading
from collections.abc import Iterator
from contextlib import contextmanager

_lock = threading.Lock()
_pauses = 0
_was_enabled = False


@contextmanager
def paused() -> Iterator[None]:
    """No cycle collection inside (reference counting still frees what is dropped)."""
    global _pauses, _was_enabled
    with _lock:
        if _pauses == 0:
            _was_enabled = gc.isenabled()
            gc.disable()
        _pauses += 1
    try:
        yield
    finally:
        with _lock:
            _pauses -= 1
            if _pauses == 0 and _was_enabled:
                gc.enable()
