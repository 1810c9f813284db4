"""When two people of the same name are one person: the rule a build and ``--update`` share.

A name is one person within one source file.  Across files (and across an earlier build
and a new one) two people with the same name are one only when something else agrees:
both are credited journalists, or one holds a post at an organisation the other holds a
post at or is named beside.  A build reads the profiles from the articles' facts
(kg.resolve.merge), an update from the two hub graphs (kg.resolve.hubs); the rule is
this one.
"""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass
class PersonProfile:
    """What can tell two people of the same name apart (names or node ids of bodies)."""

    credit: bool = False  # credited as a journalist (reporter or photographer)
    orgs: set[str] = field(default_factory=set)  # bodies where they hold a post
    bodies: set[str] = field(default_factory=set)  # bodies named beside them

    def agrees(self, other: PersonProfile) -> bool:
        """Whether ``other`` (of the same name) is the same person."""
        return (
            (self.credit and other.credit)
            or bool(self.orgs & (other.orgs | other.bodies))
            or bool(other.orgs & self.bodies)
        )

    def absorb(self, other: PersonProfile) -> None:
        """Take in what ``other``, found to be the same person, adds."""
        self.orgs |= other.orgs
        self.bodies |= other.bodies
        self.credit = self.credit or other.credit
