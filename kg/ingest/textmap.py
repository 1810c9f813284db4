"""Text that remembers, character by character, where it came from in the source.

Every cleaning step (dropping markup, folding widths, joining PDF breaks, converting
traditional characters, cutting bylines) rewrites the text.  Doing those steps on a
string plus a parallel list of source offsets keeps the bookkeeping in one place: an
``Article``'s :class:`~kg.model.article.OffsetMap` is then just the runs of that list.
A character that has no source (a joining newline) carries ``NO_SOURCE``.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Iterator, Sequence

from kg.model.article import OffsetMap

NO_SOURCE = -1


class Mapped:
    """An immutable string with one source offset per character."""

    __slots__ = ("src", "text")

    def __init__(self, text: str, src: Sequence[int]) -> None:
        if len(text) != len(src):
            raise ValueError("text and source offsets differ in length")
        self.text = text
        self.src = tuple(src)

    @classmethod
    def of(cls, text: str, start: int = 0) -> Mapped:
        """A slice of the source starting at ``start``: offsets advance with the text."""
        return cls(text, range(start, start + len(text)))

    @classmethod
    def synthetic(cls, text: str) -> Mapped:
        """Characters the cleaner adds (separators): they map to no source position."""
        return cls(text, (NO_SOURCE,) * len(text))

    @classmethod
    def join(cls, sep: str, parts: Iterable[Mapped]) -> Mapped:
        parts = list(parts)
        if not parts:
            return cls("", ())
        text: list[str] = []
        src: list[int] = []
        for i, p in enumerate(parts):
            if i:
                text.append(sep)
                src.extend((NO_SOURCE,) * len(sep))
            text.append(p.text)
            src.extend(p.src)
        return cls("".join(text), src)

    def __len__(self) -> int:
        return len(self.text)

    def __str__(self) -> str:
        return self.text

    def __repr__(self) -> str:
        return f"Mapped({self.text!r})"

    def __bool__(self) -> bool:
        return bool(self.text)

    def __eq__(self, other: object) -> bool:
        return isinstance(other, Mapped) and self.text == other.text and self.src == other.src

    def __hash__(self) -> int:
        return hash((self.text, self.src))

    def __getitem__(self, key: slice) -> Mapped:
        if not isinstance(key, slice):
            raise TypeError("Mapped supports slices only")
        return Mapped(self.text[key], self.src[key])

    def __add__(self, other: Mapped) -> Mapped:
        return Mapped(self.text + other.text, self.src + other.src)

    # -- rewriting ---------------------------------------------------------------------

    def sub(
        self, pattern: str | re.Pattern[str], repl: str | Callable[[re.Match[str]], str | Mapped], flags: int = 0
    ) -> Mapped:
        """Like ``re.sub``; new characters map to the start of what they replace.

        ``repl`` may return a :class:`Mapped` (e.g. a slice of ``self`` for a group to
        keep), so that kept text keeps its own offsets.
        """
        rx = re.compile(pattern, flags) if isinstance(pattern, str) else pattern
        out: list[Mapped] = []
        pos = 0
        for m in rx.finditer(self.text):
            out.append(self[pos : m.start()])
            new = repl(m) if callable(repl) else m.expand(repl)
            if isinstance(new, Mapped):
                out.append(new)
            elif new:
                anchor = self.src[m.start()] if m.start() < len(self.src) else NO_SOURCE
                out.append(Mapped(new, (anchor,) * len(new)))
            pos = m.end()
        if not out:
            return self
        out.append(self[pos:])
        return Mapped.join("", out)

    def group(self, m: re.Match[str], g: int | str = 0) -> Mapped:
        """The part of ``self`` a match group covers, offsets kept."""
        return self[m.start(g) : m.end(g)]

    def translate_chars(self, fn: Callable[[str], str]) -> Mapped:
        """Replace each character by ``fn(ch)`` (one character or none), offsets kept."""
        text: list[str] = []
        src: list[int] = []
        for ch, s in zip(self.text, self.src, strict=True):
            new = fn(ch)
            if new:
                text.append(new)
                src.extend((s,) * len(new))
        return Mapped("".join(text), src)

    def strip(self, chars: str | None = None) -> Mapped:
        left = len(self.text) - len(self.text.lstrip(chars))
        right = len(self.text.rstrip(chars))
        return self[left : max(left, right)]

    def lines(self) -> Iterator[Mapped]:
        """Split on line ends (``\\n``, ``\\r\\n``, ``\\r``, U+2028, U+2029), without them."""
        pos = 0
        for m in re.finditer(r"\r\n|[\r\n\u2028\u2029]", self.text):
            yield self[pos : m.start()]
            pos = m.end()
        yield self[pos:]

    # -- where it came from ------------------------------------------------------------

    def span(self) -> tuple[int, int] | None:
        """The source range the text covers, or None when it has no source at all."""
        known = [s for s in self.src if s != NO_SOURCE]
        if not known:
            return None
        return min(known), max(known) + 1

    def offset_map(self) -> OffsetMap:
        """Runs where text and source advance together, for :class:`OffsetMap`."""
        import numpy as np

        src = np.asarray(self.src, dtype=np.int64)
        known = src != NO_SOURCE
        # a character continues a run when it and the one before both have a source, one apart
        cont = np.zeros(len(src), dtype=bool)
        cont[1:] = known[1:] & known[:-1] & (src[1:] == src[:-1] + 1)
        starts = np.flatnonzero(known & ~cont)
        ends = np.flatnonzero(known & ~np.append(cont[1:], False)) + 1
        runs = zip(starts.tolist(), src[starts].tolist(), (ends - starts).tolist(), strict=True)
        return OffsetMap(tuple(runs))
