"""A PDF page's lines in reading order by position, when its drawing order is not that.

A PDF viewer copies text in the order the page draws it, and most PDFs draw it as it is
read.  A paper's e-paper page need not: its typesetting system draws all headlines first,
then the bodies in the order they were set (an article's body going on in the next column
after another article began), the masthead and the page's furniture last.  Read so, a
headline is parted from its body and a body from its end.

So each page's lines are placed (where the page draws each, how large) and, when the
drawing order leaves the reading by position often and climbs back up the page much more
(a page read by columns climbs once per column), the lines are read by a recursive XY-cut,
the classic method for a page's reading order: the page is cut at its widest white gap, a
vertical one (between columns) or a horizontal one wider than the leading of lines
(between articles, under a headline), and each part again; parts are read left to right,
top to bottom.  Where no column runs from a part's top to its foot, a thin band at its top
or foot (a masthead, a footer, a headline over its columns) is parted off first, so that
the columns under it are found and the white of a photo across them is no cut; a headline
spanning several columns thus heads the columns under it.  A page drawn in reading order
(every single-column notice) keeps the text its viewer gives, byte for byte.

A line's width is estimated from its characters (a full-width character a size, any other
half), enough to find the white between columns.
"""

from __future__ import annotations

import bisect
import itertools
import unicodedata
from dataclasses import dataclass

# the page is drawn out of reading order when its drawing order leaves the reading order this
# often (times, and a share of its pieces) and climbs back up the page this much farther (a
# table drawn row by row, which the cut would read column by column, climbs less, and stays)
_MIN_BREAKS = 6
_BREAK_SHARE = 0.1
_CLIMB_EXCESS = 1.5
# a horizontal cut is wider than this part of the size (wider than the leading of lines)
_BAND_GAP = 0.8
# a vertical cut (between columns) is at least this part of the size wide
_COLUMN_GAP = 0.2
# a band at a region's top or foot holding this share of its pieces or less is parted first
_EDGE_SHARE = 0.1
_MAX_BOXES = 20_000  # (a page with more pieces than this is read as drawn)
_MAX_DEPTH = 100
_MANY_BANDS = 24
# pieces on one baseline nearer than half a character are one line's
_JOIN_GAP = 0.5


@dataclass
class Piece:
    """A piece of a line as the page draws it: left end and baseline in points (y up)."""

    x: float
    y: float
    size: float
    text: str

    upright: bool = True

    @property
    def end(self) -> float:
        """The right end, estimated a little short (a justified or squeezed line's spacing is
        not known): a full-width character a size, any other half, less a tenth (at most a size)."""
        width = sum(self.size if _wide(ch) else self.size / 2 for ch in self.text)
        return self.x + width - min(width / 10, self.size)

    @property
    def top(self) -> float:
        return self.y + 0.8 * self.size

    @property
    def bottom(self) -> float:
        return self.y - 0.2 * self.size


def drawn_pieces(fragments: list[tuple[str, float, float, float, bool]]) -> list[Piece]:
    """The visitor's fragments (text, x, y, size, upright) in drawing order, those drawn from
    the same point (the parts of one line) made one piece."""
    pieces: list[Piece] = []
    for text, x, y, size, upright in fragments:
        text = text.replace("\n", "")
        if not text:
            continue
        last = pieces[-1] if pieces else None
        if last and abs(last.x - x) < 0.01 and abs(last.y - y) < 0.01:
            last.text += text
        else:
            pieces.append(Piece(x, y, max(size, 0.1), text, upright))
    return _joined([p for p in pieces if p.text.strip()])


def _joined(pieces: list[Piece]) -> list[Piece]:
    """Pieces side by side on one baseline, less than a character apart (a line drawn a
    character or a word at a time, its letters spaced out), made one piece, in the order
    its first part was drawn: a line's spaced letters are no columns to cut between."""
    rank = {id(p): k for k, p in enumerate(pieces)}
    lines: list[list[Piece]] = []
    for piece in sorted(pieces, key=lambda p: (-round(p.y, 1), p.x)):
        last = lines[-1][-1] if lines else None
        if (
            last is not None
            and piece.upright
            and last.upright
            and abs(piece.y - last.y) < 0.3 * max(piece.size, last.size)
            and -last.size < piece.x - last.end < _JOIN_GAP * max(piece.size, last.size)
        ):
            lines[-1].append(piece)
        else:
            lines.append([piece])
    lines.sort(key=lambda line: min(rank[id(p)] for p in line))
    return [Piece(line[0].x, line[0].y, line[0].size, _text(line), line[0].upright) for line in lines]


def _text(line: list[Piece]) -> str:
    """A line's pieces' text, one after another; the space a viewer puts for the gap beside
    a spaced-out Han character left out (Han text has no word spaces)."""
    out = line[0].text
    for piece in line[1:]:
        text = piece.text
        if _wide(out.rstrip()[-1:]) or _wide(text.lstrip()[:1]):
            out, text = out.rstrip(), text.lstrip()
        out += text
    return out


def _wide(ch: str) -> bool:
    return bool(ch) and unicodedata.east_asian_width(ch) in "WF"


def reading_order(pieces: list[Piece]) -> list[str] | None:
    """The page's lines read by position, or None when the page is drawn in reading order."""
    if len(pieces) < 2 or len(pieces) > _MAX_BOXES:
        return None
    # (turned text, a margin's note set sideways, is read last, as drawn)
    parts = [*_cut([p for p in pieces if p.upright]), [p for p in pieces if not p.upright]]
    ordered = [p for part in parts for p in part]
    rank = {id(p): k for k, p in enumerate(ordered)}
    breaks = sum(1 for a, b in itertools.pairwise(pieces) if rank[id(b)] != rank[id(a)] + 1)
    if breaks < max(_MIN_BREAKS, _BREAK_SHARE * len(pieces)) or _climb(pieces) <= _CLIMB_EXCESS * _climb(ordered):
        return None
    return [line for part in parts for line in _lines(part)]


def _climb(pieces: list[Piece]) -> float:
    """How far, all told, the eye goes back up the page reading the pieces in this order."""
    return sum(max(0.0, b.y - a.y) for a, b in itertools.pairwise(pieces))


def _cut(pieces: list[Piece], depth: int = 0) -> list[list[Piece]]:
    """A recursive XY-cut: the widest white gap parts the region, each part read in turn;
    the parts that are cut no more, in reading order (past a depth no page's layout needs,
    a part is read line by line)."""
    if len(pieces) < 2 or depth > _MAX_DEPTH:
        return [sorted(pieces, key=lambda p: (-p.y, p.x))]
    size = sorted(p.size for p in pieces)[len(pieces) // 2]
    columns = [g for g in _gaps([(p.x, p.end) for p in pieces]) if g[1] - g[0] >= _COLUMN_GAP * size]
    bands = [(-b, -a) for a, b in _gaps([(-p.top, -p.bottom) for p in pieces]) if b - a >= _BAND_GAP * size]
    column = max(columns, key=lambda g: g[1] - g[0], default=None)
    band = max(bands, key=lambda g: g[1] - g[0], default=None)
    if len(bands) > _MANY_BANDS and column is None:
        # (a long column of many paragraphs: its bands one after another, at once)
        tops = sorted(-g[0] for g in bands)
        parts: list[list[Piece]] = [[] for _ in range(len(tops) + 1)]
        for p in pieces:
            parts[bisect.bisect_right(tops, -p.top)].append(p)
        return [part for group in parts for part in _cut(group, depth + 1)]
    if bands and column is None:
        # a thin band at the region's top or foot (a masthead, a footer, a headline over the
        # columns) is parted off first: the white of a photo across the columns is no cut
        edge = [
            g
            for g in (bands[0], bands[-1])
            if min(_above(pieces, g), len(pieces) - _above(pieces, g)) <= _EDGE_SHARE * len(pieces)
        ]
        band = edge[0] if edge else band
    if column and (band is None or column[1] - column[0] >= band[1] - band[0]):
        at = column[0]
        return _cut([p for p in pieces if p.x < at], depth + 1) + _cut([p for p in pieces if p.x >= at], depth + 1)
    if band:
        at = band[0]
        return _cut([p for p in pieces if p.top > at], depth + 1) + _cut([p for p in pieces if p.top <= at], depth + 1)
    return [sorted(pieces, key=lambda p: (-p.y, p.x))]


def _above(pieces: list[Piece], band: tuple[float, float]) -> int:
    return sum(1 for p in pieces if p.top > band[0])


def _gaps(spans: list[tuple[float, float]]) -> list[tuple[float, float]]:
    """The gaps between the covered stretches of these spans (start, end), as (from, to)."""
    spans = sorted(spans)
    gaps: list[tuple[float, float]] = []
    reach = spans[0][1]
    for start, end in spans[1:]:
        if start > reach:
            gaps.append((reach, start))
        reach = max(reach, end)
    return gaps


def _lines(pieces: list[Piece]) -> list[str]:
    """Pieces on one baseline, one after another, are one line."""
    lines: list[str] = []
    last: Piece | None = None
    for piece in pieces:
        if last and abs(piece.y - last.y) < 0.3 * max(piece.size, last.size) and piece.x >= last.x:
            lines[-1] += piece.text
        else:
            lines.append(piece.text)
        last = piece
    return [line.strip() for line in lines if line.strip()]
