"""One loader for every word list under ``kg/data/``, with one comment rule.

A list is a UTF-8 text file, one entry a line; ``.tsv`` files have tab-separated
columns.  ``#`` at the start of a line, or after a space or a tab, starts a comment that
runs to the end of the line, so an entry may hold a ``#`` inside it (``C#``) but a
comment needs no more than a space before it.  Blank lines are skipped.
"""

from __future__ import annotations

import functools
import re
from importlib import resources

_COMMENT = re.compile(r"(?:^|[ \t])#.*")


def content_lines(text: str) -> list[str]:
    """The lines of a list's ``text`` without comments, trailing blanks and blank lines."""
    out = []
    for raw in text.splitlines():
        line = _COMMENT.sub("", raw, count=1).rstrip()
        if line.strip():
            out.append(line)
    return out


def lines(path: str) -> list[str]:
    """The lines of ``kg/data/<path>`` without comments, trailing blanks and blank lines."""
    return content_lines(resources.files("kg.data").joinpath(*path.split("/")).read_text(encoding="utf-8"))


@functools.cache
def entries(path: str) -> tuple[str, ...]:
    """The entries of ``kg/data/<path>`` in file order, each once."""
    return tuple(dict.fromkeys(line.strip() for line in lines(path)))


@functools.cache
def alternation(path: str) -> str:
    """A regex alternation of the entries of ``kg/data/<path>``, longest first so that they win."""
    return "|".join(re.escape(w) for w in sorted(entries(path), key=len, reverse=True))


def words(name: str) -> tuple[str, ...]:
    """The word list ``kg/data/lexicon/<name>``, longest entries first (the order matching wants)."""
    return tuple(sorted(entries(f"lexicon/{name}"), key=lambda w: (-len(w), w)))


def table(name: str, header: bool = False) -> list[list[str]]:
    """The rows of ``kg/data/lexicon/<name>``, split at tabs; without its first row when ``header``."""
    rows = [line.split("\t") for line in lines(f"lexicon/{name}")]
    return rows[1:] if header else rows
