"""What extraction reads out of one article, before entities are resolved across articles.

Entities here are *local*: ``EntityRef`` carries the class and the full name the
article context gives (市总工会 in a Beijing paper already reads 北京市总工会); the
resolver later turns refs into graph nodes shared by all articles.
"""

from __future__ import annotations

import functools
from dataclasses import dataclass, field

from kg.model.evidence import Evidence


@functools.total_ordering
@dataclass(frozen=True)
class EntityRef:
    """An entity as one article names it: its class and full name in that article's context."""

    cls: str  # a contract class
    name: str  # full name in this article's context
    code: str | None = None  # administrative areas: GB/T 2260 code
    within: str | None = None  # areas the registry lacks (zones, communities): their container's code

    def __lt__(self, other: EntityRef) -> bool:
        # (an area named alike with a code and without one, in one article: no code sorts first)
        return self._key() < other._key()

    def _key(self) -> tuple[str, str, str, str]:
        return self.cls, self.name, self.code or "", self.within or ""


@dataclass
class EntityInfo:
    """What one article says of an entity besides its name: aliases, mentions, where it is,
    what it belongs to, and the evidence of its first mention."""

    ref: EntityRef
    aliases: set[str] = field(default_factory=set)
    mentions: int = 0
    located_in: EntityRef | None = None  # the area a union's or venue's name puts it in
    parent: EntityRef | None = None  # subOrganizationOf, read from the name
    evidence: Evidence | None = None  # first mention, for facts read from the name


@dataclass
class RelationFact:
    """A relation read from the text (a post held, locatedIn …), with its evidence."""

    subject: EntityRef
    pred: str
    object: EntityRef
    evidence: Evidence
    role: str | None = None
    # the role as a converted (traditional) page printed it, when that differs
    role_written: str | None = None


@dataclass
class EventFact:
    """An event of the article and what the article says of it: who organises it, who takes
    part, where and when it is held, how many took part."""

    ref: EntityRef  # cls "Event", name = the event's name as written
    core: str  # what identifies it inside the article (quoted title + head, or name)
    evidence: Evidence
    aliases: set[str] = field(default_factory=set)
    organizers: list[tuple[EntityRef, Evidence]] = field(default_factory=list)
    participants: list[tuple[EntityRef, Evidence]] = field(default_factory=list)
    locations: list[tuple[EntityRef, Evidence]] = field(default_factory=list)
    date: tuple[str, str, Evidence] | None = None  # (lexical form, xsd type, evidence)
    count: tuple[int, Evidence] | None = None

    def take_in(self, other: EventFact) -> None:
        """Make ``other`` — the same event told again (a headline, a caption's subhead) — part of
        this one: its names become aliases, and what this telling leaves unsaid it supplies.
        Only empty attributes are filled, since the fuller telling is the one kept."""
        self.aliases |= {other.ref.name, *other.aliases}
        for attr in ("organizers", "participants", "locations"):
            if not getattr(self, attr):
                getattr(self, attr).extend(getattr(other, attr))
        self.date = self.date or other.date
        self.count = self.count or other.count


@dataclass
class ArticleFacts:
    """Everything extraction reads out of one article, before resolution across articles."""

    article_id: str
    entities: dict[EntityRef, EntityInfo] = field(default_factory=dict)
    relations: list[RelationFact] = field(default_factory=list)
    events: list[EventFact] = field(default_factory=list)
    awards: list[tuple[EntityRef, str, Evidence]] = field(default_factory=list)
    reporters: list[EntityRef] = field(default_factory=list)
    photographers: list[EntityRef] = field(default_factory=list)

    def entity(self, ref: EntityRef, alias: str | None = None, mention: bool = True) -> EntityInfo:
        """The info of ``ref`` (made at its first use), counting a mention and an alias."""
        info = self.entities.get(ref)
        if info is None:
            info = self.entities[ref] = EntityInfo(ref)
        if mention:
            info.mentions += 1
        if alias and alias != ref.name:
            info.aliases.add(alias)
        return info
