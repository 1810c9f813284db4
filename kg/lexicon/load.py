"""One loader for every word list under ``kg/data/lexicon/``, with one comment rule.

A list is named by its family's folder and its file (``"events/event_verbs.tsv"``): the
folder says which stage's rules it serves, and its README which module reads each list.
A list is a UTF-8 text file, one entry a line; ``.tsv`` files have tab-separated
columns.  ``#`` at the start of a line, or after a space or a tab, starts a comment that
runs to the end of the line, so an entry may hold a ``#`` inside it (``C#``) but a
comment needs no more than a space before it.  Blank lines are skipped.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterable
from importlib import resources
from importlib.resources.abc import Traversable

_COMMENT = re.compile(r"(?:^|[ \t])#.*")
LIST_SUFFIXES = (".txt", ".tsv")  # a family folder's other files (its README.md) are no lists


def folder() -> Traversable:
    """``kg/data/lexicon/``, where every list lives (as installed, not as checked out)."""
    return resources.files("kg.data").joinpath("lexicon")


def list_names() -> list[str]:
    """The name (``family/file``) of every list, sorted."""
    return sorted(
        f"{family.name}/{item.name}"
        for family in folder().iterdir()
        if family.is_dir()
        for item in family.iterdir()
        if item.name.endswith(LIST_SUFFIXES)
    )


def content_lines(text: str) -> list[str]:
    """The lines of a list's ``text`` without comments, trailing blanks and blank lines."""
    out = []
    for raw in text.splitlines():
        line = _COMMENT.sub("", raw, count=1).rstrip()
        if line.strip():
            out.append(line)
    return out


def lines(name: str) -> list[str]:
    """The lines of the list ``name`` (``family/file``) without comments, trailing blanks and blank lines."""
    return content_lines(folder().joinpath(*name.split("/")).read_text(encoding="utf-8"))


@functools.cache
def entries(name: str) -> tuple[str, ...]:
    """The entries of the list ``name`` in file order, each once."""
    return tuple(dict.fromkeys(line.strip() for line in lines(name)))


def alternation_of(words: Iterable[str]) -> str:
    """A regex alternation of ``words``, longest first so that they win (当选为 before 当选)."""
    return "|".join(map(re.escape, sorted(words, key=lambda w: (-len(w), w))))


@functools.cache
def alternation(name: str) -> str:
    """A regex alternation of the entries of the list ``name``, longest first so that they win."""
    return alternation_of(entries(name))


def words(name: str) -> tuple[str, ...]:
    """The entries of the list ``name``, longest first (the order matching wants)."""
    return tuple(sorted(entries(name), key=lambda w: (-len(w), w)))


def table(name: str, header: bool = False) -> list[list[str]]:
    """The rows of the list ``name``, split at tabs; without its first row when ``header``."""
    rows = [line.split("\t") for line in lines(name)]
    return rows[1:] if header else rows
