"""Running heads: what a printed page repeats at the top of each of its columns or pages.

Text taken out of a newspaper's PDF carries the page's running head (the paper's name,
the issue's date, the page's number and section) wherever a column or a page began:
once over the first article, and again in the middle of another, where it cuts a
paragraph in two and stands there like a headline.  What tells it from a headline is
its grammar, not its words: it is a stack of short lines that carries a page number or
the issue's date, and its words come back in another such stack on the same page.  A
headline is printed once, or repeated (a decision's title over its text) without a
page number or a date beside it: it stays.
"""

from __future__ import annotations

import re
from collections import Counter

from kg.ingest.boilerplate import meta_line
from kg.ingest.dates import DATE_PATTERN
from kg.ingest.document import Block, without

# longer lines are text, never a running head
_SHORT = 24
_SENTENCE = re.compile(r"[。！？，；]")
_TOKEN = re.compile(r"[ \u3000\t|｜]+")
# a page number (3, 第3版, A3), the date, its weekday
_MARK = re.compile(rf"(?:第?[A-Za-z]?\d{{1,3}}版?|{DATE_PATTERN}|(?:星期|周)[一二三四五六日天])")
# a book's folio set off by dots or dashes (· 31 ·, — 31 —, - 31 -), printed in a page's
# head or foot alone or beside the book's or the section's title (大事记  · 31 ·): no
# headline carries one, so such a line is a running head however often its words recur
_FOLIO = r"[·•・\-－—–]{1,2}\s*\d{1,4}\s*[·•・\-－—–]{1,2}"
_FOLIO_LINE = re.compile(rf"(?:[^\s。！？，；]{{1,16}}\s+){{0,2}}{_FOLIO}(?:\s+[^\s。！？，；]{{1,16}}){{0,2}}")


def _short(b: Block) -> bool:
    t = b.text.text.strip()
    return 0 < len(t) <= _SHORT and _SENTENCE.search(t) is None


def _stacks(blocks: list[Block]) -> list[list[int]]:
    """Runs of short lines, one straight under the other (no blank line between)."""
    out: list[list[int]] = []
    for i, b in enumerate(blocks):
        if not _short(b):
            continue
        if out and out[-1][-1] == i - 1 and b.gap == 0:
            out[-1].append(i)
        else:
            out.append([i])
    return out


def _words(b: Block) -> tuple[set[str], bool]:
    """A line's words that are no mark, and whether it holds a mark."""
    tokens = [t for t in _TOKEN.split(b.text.text.strip()) if t]
    words = {t for t in tokens if _MARK.fullmatch(t) is None}
    return words, len(words) < len(tokens)


def drop_running_heads(blocks: list[Block]) -> list[Block]:
    """The blocks without the lines of running heads: in a stack that holds a page number
    or a date and shares words with another such stack, the lines made only of marks and
    of words another such stack repeats."""
    blocks = without(blocks, {i for i, b in enumerate(blocks) if _FOLIO_LINE.fullmatch(b.text.text.strip())})
    marked: list[tuple[list[int], set[str]]] = []
    for stack in _stacks(blocks):
        read = [_words(blocks[i]) for i in stack]
        if any(mark for _, mark in read):
            marked.append((stack, set().union(*(w for w, _ in read))))
    if len(marked) < 2:
        return blocks
    stacks_of = Counter(w for _, own in marked for w in own)  # in how many stacks each word is
    drop: set[int] = set()
    for stack, own in marked:
        elsewhere = {w for w in own if stacks_of[w] > 1}  # (counted, not compared pairwise: linear)
        if not elsewhere:  # (dates alone under each of several headlines: their own)
            continue
        for i in stack:
            words, _ = _words(blocks[i])
            # (a meta line, 市总工会 2026-05-11 under each headline, dates its own article:
            # the furniture reads it)
            if words <= elsewhere and meta_line(blocks[i].text.text) is None:
                drop.add(i)
    return without(blocks, drop)
