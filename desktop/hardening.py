"""Process hardening at start: no core dump of the unlocked app can hold its keys.

A core dump (or, on Linux, a debugger attaching without root) would show the data key, open
records and a passphrase just typed. ``RLIMIT_CORE = 0`` stops the kernel from writing one;
``PR_SET_DUMPABLE = 0`` (Linux) also stops other processes of the same user from reading this
one's memory through ``/proc`` or ptrace. Windows writes no core files by default (Windows
Error Reporting's full dumps are an administrator's setting). Each step is best-effort: an
unsupported platform just keeps its defaults.
"""

from __future__ import annotations

import contextlib
import ctypes
import sys

#: prctl option from <linux/prctl.h>.
PR_SET_DUMPABLE = 4
PR_GET_DUMPABLE = 3


def disable_core_dumps() -> None:
    """Forbid core dumps of this process (and, on Linux, ptrace by same-user processes)."""
    with contextlib.suppress(ImportError, ValueError, OSError):
        import resource

        resource.setrlimit(resource.RLIMIT_CORE, (0, 0))
    if sys.platform.startswith("linux"):
        with contextlib.suppress(OSError, AttributeError):
            _libc().prctl(PR_SET_DUMPABLE, 0, 0, 0, 0)


def dumpable() -> bool | None:
    """Whether this process may be dumped (Linux); None where it cannot be asked."""
    if not sys.platform.startswith("linux"):
        return None
    try:
        return bool(_libc().prctl(PR_GET_DUMPABLE, 0, 0, 0, 0))
    except (OSError, AttributeError):
        return None


def _libc() -> ctypes.CDLL:
    """The C library this process already runs on (``ctypes.util.find_library`` would run
    ``ldconfig`` in a subprocess at every start, for the same answer)."""
    return ctypes.CDLL(None, use_errno=True)
