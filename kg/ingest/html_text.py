"""The text of an HTML page's blocks, with offsets into the source: each text node found
again in the raw HTML (lxml gives no source positions), then a block's nodes joined as a
browser shows them.  The reader of pages (kg.ingest.html) walks the tree and asks these.
"""

from __future__ import annotations

import re

from kg.ingest.normalize import clean_line, fold_width
from kg.ingest.textmap import Mapped
from kg.lexicon.chars import CJK_TEXT

_SPACE_IN_BLOCK = re.compile(r"\s+")
_HAN = re.compile(f"[{CJK_TEXT}]")
# characters HTML often writes as entities (&amp; &nbsp; &ldquo; &hellip; &middot; &mdash;)
_UNSAFE = "&<>\"'\u00a0\u201c\u201d\u2018\u2019\u2026\u00b7\u2014\u2013"

_RUN_FAR = 4  # a plain run this long is looked for beyond the window: it is found only where it is


class Aligner:
    """Finds text nodes again in the raw source, in order, to recover their offsets.

    A node that is not in the source as it reads (entities, ``\r\n``) is looked for
    all the way to the end of the page: a page of many such nodes would cost its length
    for each.  So a node with a character the rest of the page lacks is not looked for,
    and once failed searches have read the page a few times over, the others look a
    bounded way ahead.
    """

    def __init__(self, raw: str, start: int = 0) -> None:
        self.raw = raw
        self.cursor = start
        self._last: dict[str, int] | None = None  # where each character last occurs
        self._budget = 4 * len(raw) + (1 << 20)  # characters failed searches may still read

    def _find(self, s: str) -> int:
        """``raw.find(s, cursor)``, within the bounds above."""
        if self._last is not None and any(self._last.get(c, -1) < self.cursor for c in set(s)):
            return -1
        if self._budget <= 0:
            return self.raw.find(s, self.cursor, self.cursor + 400 + 8 * len(s))
        i = self.raw.find(s, self.cursor)
        if i < 0:
            self._budget -= len(self.raw) - self.cursor
            if self._last is None:
                self._last = {c: k for k, c in enumerate(self.raw)}
        return i

    def locate(self, s: str) -> Mapped:
        i = self._find(s)
        if i >= 0:
            self.cursor = i + len(s)
            return Mapped.of(s, i)
        # Entities (&amp; &nbsp; &#24037;) make the node differ from its source: map the
        # plain runs where they are found, and the rest to where the search stands.
        src: list[int] = []
        for run in re.finditer(rf"[^{re.escape(_UNSAFE)}]+|[{re.escape(_UNSAFE)}]", s):
            piece = run.group()
            j = self.raw.find(piece, self.cursor, self.cursor + 400 + 8 * len(piece))
            if j < 0 and len(piece) >= _RUN_FAR and piece not in _UNSAFE:
                # (a headline with an entity far below the last text found: the dropped menus
                # and scripts between them left no text to move the search on)
                j = self._find(piece)
            if j >= 0 and len(piece) > 0 and piece not in _UNSAFE:
                src.extend(range(j, j + len(piece)))
                self.cursor = j + len(piece)
            else:
                src.extend([self.cursor] * len(piece))
        return Mapped(s, src)


def block_text(pieces: list[Mapped]) -> Mapped:
    """Join a block's text nodes; a line break between Chinese characters is no space,
    but white space alone between two elements sets them apart when one of them is no
    Chinese at its edge (<span>07:52</span> <span>来源：某报</span>: a meta line's fields)."""
    apart = list(pieces)
    for k in range(1, len(pieces) - 1):
        before, after = pieces[k - 1].text[-1:], pieces[k + 1].text[:1]
        if not pieces[k].text.strip() and not (_HAN.match(before or " ") and _HAN.match(after or " ")):
            apart[k] = pieces[k].sub(_SPACE_IN_BLOCK, " ")
    m = Mapped.join("", apart)

    def space(mm: re.Match[str]) -> str:
        before = m.text[mm.start() - 1] if mm.start() else ""
        after = m.text[mm.end()] if mm.end() < len(m.text) else ""
        if "\n" in mm.group() and (_HAN.match(before or " ") or _HAN.match(after or " ")):
            return ""
        return " "

    return clean_line(fold_width(m.sub(_SPACE_IN_BLOCK, space)))
