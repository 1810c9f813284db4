"""Standard output closed by its reader (``kg … | head -1``): end quietly, as Unix tools do.

Python ignores SIGPIPE, so a write to a pipe nobody reads any more raises
BrokenPipeError instead of ending the process.  Python's documented way out is to put
/dev/null over the closed stream, so that the interpreter's own last flush cannot fail
again, and to exit; we exit with 141, the code a shell gives a program that SIGPIPE
ended.  Only a stream that is really closed counts: a broken pipe from a socket is
another matter (an error of the command, or a bug).
"""

from __future__ import annotations

import contextlib
import os
import select
import sys
from collections.abc import Iterator

EXIT_PIPE_CLOSED = 141  # 128 + SIGPIPE


def _closed(fd: int) -> bool:
    """True when ``fd`` is a pipe or socket whose reader is gone (POLLERR/POLLHUP on Linux)."""
    if not hasattr(select, "poll"):
        return True  # no way to ask: trust the BrokenPipeError
    poller = select.poll()
    try:
        poller.register(fd, select.POLLOUT)
        events = poller.poll(0)
    except (OSError, ValueError):
        return False
    return any(mask & (select.POLLERR | select.POLLHUP) for _, mask in events)


def closed_outputs() -> list[int]:
    """The file descriptors of stdout and stderr whose reader has gone away."""
    return [fd for fd in (1, 2) if _closed(fd)]


def quiet_exit(closed: list[int]) -> None:
    """Put /dev/null over the ``closed`` descriptors and exit with 141, printing nothing."""
    devnull = os.open(os.devnull, os.O_WRONLY)
    for fd in closed:
        os.dup2(devnull, fd)
    os.close(devnull)
    sys.exit(EXIT_PIPE_CLOSED)


@contextlib.contextmanager
def pipe_guard() -> Iterator[None]:
    """Within the block, a BrokenPipeError of a closed stdout or stderr ends the process quietly."""
    try:
        yield
    except BrokenPipeError:
        closed = closed_outputs()
        if not closed:  # a socket's broken pipe that nothing caught: a bug, shown as such
            raise
        quiet_exit(closed)
