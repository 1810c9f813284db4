"""A Ctrl-C is never lost, even when a library swallows the KeyboardInterrupt it raised.

Python turns SIGINT into a KeyboardInterrupt at whatever line runs, and some of the
code we import catches it without meaning to: a bare ``except:`` around an optional
import, or C code that clears any error of a sub-import (an interrupt while
``networkx`` loads ``xml.etree`` was seen to vanish so, and the build then ran to its
end with exit code 0).  So the ``kg`` program counts interrupts here as well as
raising them, and the places where a command passes from one stage to the next ask
:func:`check`, which raises again an interrupt that no one saw through.
"""

from __future__ import annotations

import signal
import threading
from types import FrameType

_state = {"received": 0, "seen": 0}


def _on_sigint(signum: int, frame: FrameType | None) -> None:
    _state["received"] += 1
    raise KeyboardInterrupt


def install() -> None:
    """Count SIGINTs from now on (main thread only: Python allows handlers nowhere else)."""
    if threading.current_thread() is threading.main_thread():
        signal.signal(signal.SIGINT, _on_sigint)


def seen() -> None:
    """The interrupts so far reached someone who acts on them (the command's handler)."""
    _state["seen"] = _state["received"]


def check() -> None:
    """Raise KeyboardInterrupt if a SIGINT arrived whose KeyboardInterrupt was swallowed."""
    if _state["received"] > _state["seen"]:
        seen()
        raise KeyboardInterrupt
