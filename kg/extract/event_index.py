"""The events merged so far in an article, found by the ends of their names.

The merge (``kg.extract.event_merge``) asks of each new candidate whether an event read
before it is the same one said otherwise: longer by a generic head, by a campaign's tail,
by a closing stage, or with words left out but the same last characters.  Each of these
ties two names that end alike, so an index of every tail of every name answers them
without reading every event before (a long page names hundreds, and reading them all for
each new one grows with the square of the page).  The index only narrows: each caller
tests its candidates with its own rule, in the order the events were read.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from kg.model.facts import EventFact
from kg.nlp.text import CLOSE_QUOTES, OPEN_QUOTES

# a quoted title of two parts or more (“夏送清凉 工会相伴”, “安康·平安”): each part a phrase
_TITLE = re.compile(f"[{OPEN_QUOTES}]([^{OPEN_QUOTES}{CLOSE_QUOTES}]{{2,30}})[{CLOSE_QUOTES}]")
_TITLE_SEPARATORS = re.compile(r"[\s\u3000·•・，,、]+")


def opening_title(name: str) -> str | None:
    """The quoted title ``name`` opens with (劳模工匠进基层 of “劳模工匠进基层”宣讲), if any."""
    m = _TITLE.match(name)
    return m.group(1) if m else None


def title_parts(name: str) -> list[str]:
    """The parts of the quoted titles of two parts or more in ``name`` (夏送清凉, 工会相伴)."""
    out: list[str] = []
    for t in _TITLE.finditer(name):
        parts = [p for p in _TITLE_SEPARATORS.split(t.group(1)) if p]
        out += parts if len(parts) > 1 else []
    return out


class MergedEvents:
    """The merged events in reading order, with every tail of each name they have borne."""

    def __init__(self) -> None:
        self.events: list[EventFact] = []
        self._position: dict[int, int] = {}
        self._by_tail: dict[str, list[EventFact]] = {}
        self._joined: dict[int, EventFact] = {}
        self._by_title_part: dict[str, list[EventFact]] = {}
        self._by_title: dict[str, list[EventFact]] = {}

    def __iter__(self):
        return iter(self.events)

    def __reversed__(self):
        return reversed(self.events)

    def __len__(self) -> int:
        return len(self.events)

    def __getitem__(self, i: int) -> EventFact:
        return self.events[i]

    def append(self, f: EventFact) -> None:
        self._position[id(f)] = len(self.events)
        self.events.append(f)
        self.renamed(f)

    def position(self, f: EventFact) -> int:
        return self._position[id(f)]

    def renamed(self, f: EventFact) -> None:
        """Index ``f`` under its name now (a merge may give it a longer one); the tails of
        names it bore before stay, and callers test the name it has."""
        name = f.ref.name
        for i in range(len(name)):
            bucket = self._by_tail.setdefault(name[i:], [])
            if not bucket or bucket[-1] is not f:
                bucket.append(f)
        if "暨" in name:
            self._joined.setdefault(id(f), f)
        for part in title_parts(name):
            self._by_title_part.setdefault(part, []).append(f)
        for t in _TITLE.finditer(name):
            self._by_title.setdefault(t.group(1), []).append(f)

    def ending_with(self, tails: Iterable[str]) -> list[EventFact]:
        """The events whose name ends with one of ``tails``, in reading order."""
        return self.in_order(m for t in tails for m in self._by_tail.get(t, ()) if m.ref.name.endswith(t))

    def named(self, names: Iterable[str]) -> list[EventFact]:
        """The events named one of ``names`` exactly, in reading order."""
        return self.in_order(m for n in names for m in self._by_tail.get(n, ()) if m.ref.name == n)

    def titled_with(self, part: str) -> list[EventFact]:
        """The events whose name quotes a title of parts, ``part`` one of them (“夏送清凉 工会相伴”
        of 夏送清凉), in reading order."""
        return self.in_order(self._by_title_part.get(part, ()))

    def quoting(self, title: str) -> list[EventFact]:
        """The events whose name quotes ``title`` (“劳模工匠进基层”…), in reading order."""
        return self.in_order(self._by_title.get(title, ()))

    def joined(self) -> list[EventFact]:
        """The events whose name joins two by 暨, in reading order."""
        return self.in_order(m for m in self._joined.values() if "暨" in m.ref.name)

    def in_order(self, found: Iterable[EventFact]) -> list[EventFact]:
        """``found`` once each, in reading order."""
        unique = {id(m): m for m in found}
        return sorted(unique.values(), key=lambda m: self._position[id(m)])
