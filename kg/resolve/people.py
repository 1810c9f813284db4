"""When two people of the same name are one person: the rule a build and ``--update`` share.

A name is one person within one source file.  Across files (and across an earlier build
and a new one) two people with the same name are one only when something else agrees
and nothing conflicts:

* they conflict when both hold posts at bodies of places that lie apart (a 主席 of a
  county's union and a 主席 of another province's): nothing then makes them one;
* they agree when both are credited journalists, when one holds a post at a body the
  other holds a post at or is named beside, when both take part in an event of the same
  name, or when their files name the same city, county or township (an area below the
  province: a province alone is too wide to say two namesakes are one).

A build reads the profiles from the articles' facts (kg.resolve.merge), an update from
the two hub graphs (kg.resolve.hubs); the rule is this one.  Areas are GB/T 2260 codes,
whose digits nest (110105 lies in 11), so the rule needs no gazetteer.
"""

from __future__ import annotations

from dataclasses import dataclass, field


def area_key(code: str) -> str:
    """A code without the zeros of the levels it does not reach: 110000 → 11, 110105 → 110105."""
    if len(code) == 6:
        for _ in range(2):
            if code.endswith("00"):
                code = code[:-2]
    return code


def _near(a: set[str], b: set[str]) -> bool:
    """Whether some area of ``a`` is, holds or lies in some area of ``b`` (keys of ``area_key``)."""
    return any(x.startswith(y) or y.startswith(x) for x in a for y in b)


def local_areas(codes: set[str]) -> set[str]:
    """The keys of the areas below the province (a prefecture, county or township)."""
    return {k for c in codes if len(k := area_key(c)) > 2}


@dataclass
class PersonProfile:
    """What can tell two people of the same name apart (names or node ids of bodies and
    events; area keys of ``area_key``)."""

    credit: bool = False  # credited as a journalist (reporter or photographer)
    orgs: set[str] = field(default_factory=set)  # bodies where they hold a post
    bodies: set[str] = field(default_factory=set)  # bodies named beside them
    events: set[str] = field(default_factory=set)  # names of events they take part in
    areas: set[str] = field(default_factory=set)  # areas below the province their files name
    places: set[str] = field(default_factory=set)  # areas of the bodies where they hold a post

    def conflicts(self, other: PersonProfile) -> bool:
        """Posts at bodies of places that lie apart: two people, whatever else agrees."""
        return bool(self.places and other.places) and not _near(self.places, other.places)

    def agrees(self, other: PersonProfile) -> bool:
        """Whether ``other`` (of the same name) is the same person."""
        if self.conflicts(other):
            return False
        return (
            (self.credit and other.credit)
            or bool(self.orgs & (other.orgs | other.bodies))
            or bool(other.orgs & self.bodies)
            or bool(self.events & other.events)
            or bool(self.areas & other.areas)
        )

    def absorb(self, other: PersonProfile) -> None:
        """Take in what ``other``, found to be the same person, adds."""
        self.orgs |= other.orgs
        self.bodies |= other.bodies
        self.events |= other.events
        self.areas |= other.areas
        self.places |= other.places
        self.credit = self.credit or other.credit
