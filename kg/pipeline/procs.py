"""No process of a build outlives it: forked helpers die with their parent, signals stop all.

A build forks worker processes (kg.pipeline.parallel) and a second writer (kg.rdf.formats).
Killed with SIGKILL, the parent runs no code at all, so its children must be told by
the kernel: ``prctl(PR_SET_PDEATHSIG, SIGKILL)`` (Linux) in each child.  SIGTERM and
SIGHUP, whose default is to end the parent just as abruptly, become an exception in
``kg build`` (:class:`Terminated`), so that the same clean-up as for Ctrl-C runs: the
workers and the writer are stopped, the staging folder removed (kg.outset); the command
then ends by the signal it got, as a shell expects.
"""

from __future__ import annotations

import contextlib
import ctypes
import os
import signal
import sys
import threading
from collections.abc import Iterator

PR_SET_PDEATHSIG = 1  # <linux/prctl.h>
_STOPPING = tuple(getattr(signal, n) for n in ("SIGTERM", "SIGHUP") if hasattr(signal, n))


class Terminated(KeyboardInterrupt):
    """SIGTERM or SIGHUP arrived: stop as on Ctrl-C, then end by that signal."""

    def __init__(self, signum: int) -> None:
        super().__init__(signum)
        self.signum = signum


def die_with_parent(parent: int) -> None:
    """In a forked child: be killed when ``parent`` dies, and take the default action on SIGTERM.

    The child inherits the parent's Python handlers, which would turn the SIGTERM its
    parent stops it with into an exception; a child has nothing to clean up.
    """
    for sig in _STOPPING:
        signal.signal(sig, signal.SIG_DFL)
    if not sys.platform.startswith("linux"):
        return
    with contextlib.suppress(OSError, AttributeError):
        libc = ctypes.CDLL(None, use_errno=True)
        libc.prctl(PR_SET_PDEATHSIG, signal.SIGKILL, 0, 0, 0)
    if os.getppid() != parent:  # the parent died before the line above: no signal will come
        os._exit(1)


def _raise(signum: int, frame: object) -> None:
    raise Terminated(signum)


@contextlib.contextmanager
def stop_on_signals() -> Iterator[None]:
    """SIGTERM and SIGHUP raise :class:`Terminated` in the block (main thread only)."""
    if threading.current_thread() is not threading.main_thread():
        yield
        return
    old = {sig: signal.signal(sig, _raise) for sig in _STOPPING}
    try:
        yield
    finally:
        for sig, handler in old.items():
            signal.signal(sig, handler)


def end_by(signum: int) -> None:
    """End this process by ``signum`` with its default action (after cleaning up)."""
    signal.signal(signum, signal.SIG_DFL)
    os.kill(os.getpid(), signum)
    sys.exit(128 + signum)  # (only if the signal did not end us)
