"""A cache for the standard regular-expression compiler's character-set step.

Our patterns name Han characters as one class, ``[\\u3400-\\u4dbf\\u4e00-\\u9fff]``
(:mod:`kg.lexicon.chars`), and the credit, furniture and name grammars embed it thousands
of times.  For every occurrence ``re`` rebuilds the set in a Python loop over its 27,000
code points (``re._compiler._optimize_charset``): about two seconds of each worker's
start-up, which every build pays again in each of its processes.  That step is a pure
function of its arguments, so the first answer for a set is kept and handed out again;
the compiled patterns are the same, only made sooner.

The hook is installed once, from ``kg/__init__.py``, before any of our modules compile a
pattern.  On a Python whose compiler lacks the step (it is private), nothing is changed.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any

_compiler: Any = getattr(re, "_compiler", None)


def _cached(step: Callable[..., tuple[list[Any], bool]]) -> Callable[..., tuple[list[Any], bool]]:
    # (set, case test) -> the optimised set and whether it holds cased characters
    _memo: dict[tuple[Any, ...], tuple[list[Any], bool]] = {}

    def optimize_charset(charset, iscased=None, fixup=None, fixes=None):  # type: ignore[no-untyped-def]
        if fixup is not None:  # case-folded sets carry a dict of fixes: not worth a key
            return step(charset, iscased, fixup, fixes)
        try:
            key = (tuple(charset), iscased)
            hit = _memo.get(key)
        except TypeError:  # an unhashable item: compile as usual
            return step(charset, iscased, fixup, fixes)
        if hit is None:
            hit = _memo[key] = step(charset, iscased, fixup, fixes)
        out, cased = hit
        return list(out), cased  # a fresh list: the compiler's caller may keep it

    optimize_charset.original = step  # type: ignore[attr-defined]
    return optimize_charset


def install() -> bool:
    """Put the cache in front of the compiler's character-set step (once); False when
    this Python has no such step."""
    step = getattr(_compiler, "_optimize_charset", None)
    if step is None:
        return False
    if not hasattr(step, "original"):
        _compiler._optimize_charset = _cached(step)
    return True
