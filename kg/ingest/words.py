"""The ingestion word lists in ``kg/data/ingest/``: domain knowledge kept out of code.

Each list is a UTF-8 text file, one entry a line; ``#`` starts a comment.  Editing a
list (a new outlet, another spam marker) needs no code change.
"""

from __future__ import annotations

import functools
import re
from pathlib import Path

DATA_DIR = Path(__file__).resolve().parent.parent / "data" / "ingest"


@functools.cache
def words(name: str) -> tuple[str, ...]:
    """The entries of ``kg/data/ingest/<name>.txt``, in file order."""
    path = DATA_DIR / f"{name}.txt"
    entries: list[str] = []
    for line in path.read_text(encoding="utf-8").splitlines():
        line = line.split(" #", 1)[0].strip() if not line.lstrip().startswith("#") else ""
        if line and line not in entries:
            entries.append(line)
    return tuple(entries)


@functools.cache
def alternation(name: str) -> str:
    """A regex alternation of a list, longest entries first so they win."""
    return "|".join(re.escape(w) for w in sorted(words(name), key=len, reverse=True))
