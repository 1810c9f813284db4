"""The word lists of names and events that several stages read, read once into ``Lexicon``.

The lists (union endings, titles, event words …) are data, so that people who know
the domain can extend them without reading code (the file format: kg.lexicon.load).
"""

from __future__ import annotations

import functools
from dataclasses import dataclass

from kg.lexicon.load import table, words


@dataclass(frozen=True)
class Lexicon:
    """The lists the NLP and extraction rules match names and events with."""

    union_suffixes: tuple[str, ...]
    org_suffixes: tuple[str, ...]
    org_split_suffixes: tuple[str, ...]
    venue_suffixes: tuple[str, ...]
    generic_prefixes: tuple[str, ...]
    event_heads: tuple[str, ...]
    nonhuman_heads: tuple[str, ...]
    doctrine: tuple[str, ...]
    titles: dict[str, str]  # title -> kind ("post" | "rank")
    event_verbs: dict[str, str]  # verb -> role of its subject ("organizer" | "-")
    level_words: dict[str, tuple[str, ...]]  # 市 -> ("prefecture", "province")
    own_area_markers: tuple[str, ...]  # 我 in 我市总工会: the level word is the page's own area
    national_bodies: dict[str, tuple[str, str]]  # any form of the name -> (official name, class)
    capital_words: dict[str, str]  # 首都 -> area code
    city_nicknames: dict[str, str]  # 沪上 -> area code (only on a page about that city)
    level_bodies: dict[str, tuple[str, str]]  # 政协 -> ("政协{area}委员会", "Organization")

    @functools.cached_property
    def level_words_longest(self) -> tuple[str, ...]:
        """The level words, longest first: 自治区 is tried before 区, 苏木 before 木."""
        return tuple(sorted(self.level_words, key=len, reverse=True))

    @functools.cached_property
    def _event_head_ranks(self) -> dict[str, int]:
        """Each event head of three characters or more by its first place in the list."""
        return {h: i for i, h in reversed(list(enumerate(self.event_heads))) if len(h) >= 3}

    def event_heads_ending(self, name: str) -> list[str]:
        """The event heads of three characters or more that ``name`` ends with, in the list's
        order (the first that opens a sentence wins): the name's endings are looked up, so a
        rule asking this for every sentence does not try every head."""
        ranks = self._event_head_ranks
        ends = {name[-k:] for k in range(3, len(name) + 1)}
        return sorted((h for h in ends if h in ranks), key=ranks.__getitem__)

    @functools.cached_property
    def level_bodies_longest(self) -> tuple[str, ...]:
        """The body words of level_bodies.tsv, longest first (人社局 before 局)."""
        return tuple(sorted(self.level_bodies, key=len, reverse=True))


def _national_bodies() -> dict[str, tuple[str, str]]:
    """Each form of a national body's name (its official name, its short forms) -> (the
    official name, its class), from rows ``name, class, short forms`` (comma-separated); a
    form of several rows (工联会) -> the first (kg.extract.bodies picks by region)."""
    out: dict[str, tuple[str, str]] = {}
    for name, cls, *rest in table("bodies/national_bodies.tsv", header=True):
        for form in [name, *(f for f in (rest[0].split(",") if rest else ()) if f)]:
            out.setdefault(form, (name, cls))
    return out


@functools.cache
def lexicon() -> Lexicon:
    """The lists, read once per process."""
    return Lexicon(
        union_suffixes=words("unions/union_suffixes.txt"),
        org_suffixes=words("bodies/org_suffixes.txt"),
        org_split_suffixes=words("bodies/org_split_suffixes.txt"),
        venue_suffixes=words("bodies/venue_suffixes.txt") + words("bodies/scenic_endings.txt"),
        generic_prefixes=words("bodies/generic_prefixes.txt"),
        event_heads=words("events/event_heads.txt"),
        nonhuman_heads=words("people/nonhuman_heads.txt"),
        doctrine=words("people/doctrine.txt"),
        titles={t: k for t, k in table("posts/titles.tsv", header=True)},
        event_verbs={row[0]: row[1] for row in table("events/event_verbs.tsv")},
        level_words={w: tuple(levels.split(",")) for w, levels in table("areas/level_words.tsv")},
        own_area_markers=words("areas/own_area_markers.txt"),
        national_bodies=_national_bodies(),
        capital_words={w: c for w, c in table("areas/capital.tsv")},
        city_nicknames={w: c for w, c in table("areas/city_nicknames.tsv")},
        level_bodies={w: (c, k) for w, c, k in table("bodies/level_bodies.tsv", header=True)},
    )
