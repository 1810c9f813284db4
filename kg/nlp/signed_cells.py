"""A sign-in sheet's signature cell: the row's person again, however the hand or the OCR wrote it.

A numbered row names its person in the cell after the number (3｜郑某某｜某公司｜主任｜…｜郑某某);
a later cell, past the cell of the person's unit or job, that opens with that person's surname
is the person's own signature, read by an OCR tool from handwriting (郑某 for 郑某某, 郑采某
for 郑宋某, 郑 又丶 for 郑友某): the same person, never a new one.  The names found there that
differ from the printed name are dropped.
A cell that opens with another surname (王某代签: a proxy's hand) is left to the finders.
"""

from __future__ import annotations

import bisect
import re

from kg.nlp.found import Found

# the bars of a table printed with them; else white space parts the cells
_BAR_CELL = re.compile("[^｜|]+")
_GAP_CELL = re.compile("[^\\s\u3000]+")
_NUMBER = re.compile(r"[（(]?[0-9０-９]{1,3}[)）]?[.．、]?")
_BREAK = re.compile("\n")
_SPACES = re.compile("[\\s\u3000]")
# the first cell that may be a signature: after the number, the name and what the person is
# (a unit, a job); the cell right after the name may name another of the surname (师徒: 王某 王某某)
_FIRST_SIGNED = 3


def _cells(text: str, start: int, end: int) -> list[tuple[int, int]]:
    rx = _BAR_CELL if ("｜" in text[start:end] or "|" in text[start:end]) else _GAP_CELL
    out = []
    for m in rx.finditer(text, start, end):
        a, b = m.start(), m.end()
        while a < b and text[a] in " \u3000":
            a += 1
        while b > a and text[b - 1] in " \u3000":
            b -= 1
        if a < b:
            out.append((a, b))
    return out


def misread_signatures(text: str, people: list[Found], surnames: frozenset[str]) -> list[Found]:
    """``people`` without the names read in a row's later cell that opens with the surname of
    the row's printed name but is not that name (an OCR reading of the person's signature)."""
    if "\n" not in text and "｜" not in text and " " not in text:
        return people
    breaks = [m.start() for m in _BREAK.finditer(text)]  # (once: a page of one line stays linear)
    lines: dict[int, list[Found]] = {}
    for p in people:
        k = bisect.bisect_left(breaks, p.start)
        lines.setdefault(breaks[k - 1] + 1 if k else 0, []).append(p)
    gone: set[tuple[int, int]] = set()
    for start, found in lines.items():
        if len(found) < 2:
            continue
        k = bisect.bisect_left(breaks, start)
        end = breaks[k] if k < len(breaks) else len(text)
        cells = _cells(text, start, end)
        if len(cells) < 4 or not _NUMBER.fullmatch(text, *cells[0]):
            continue
        printed = next((p for p in found if p.start == cells[1][0] and p.end <= cells[1][1]), None)
        if printed is None:
            continue  # (the cell after the number holds no one: a directory's unit)
        name = text[printed.start : printed.end]
        surname = name[:2] if name[:2] in surnames else name[:1]
        signed = {
            k
            for k, (a, b) in enumerate(cells)
            if k >= _FIRST_SIGNED
            and (written := _SPACES.sub("", text[a:b])).startswith(surname)
            and not written.startswith(name)
        }
        starts = [a for a, _ in cells]
        for p in found:
            k = bisect.bisect_right(starts, p.start) - 1
            if k in signed and p.end <= cells[k][1]:
                gone.add((p.start, p.end))
    return [p for p in people if (p.start, p.end) not in gone] if gone else people
