"""Views of an article's facts that the family tests compare (names, posts, events)."""

from __future__ import annotations


def names(facts, cls: str) -> set[str]:
    """The names of the article's entities of a class."""
    return {ref.name for ref in facts.entities if ref.cls == cls}


def posts(facts) -> set[tuple[str, str, str]]:
    """(person, body, title) of each office read."""
    return {(r.subject.name, r.object.name, r.role) for r in facts.relations if r.pred == "post"}


def relations(facts, pred: str) -> set[tuple[str, str]]:
    """(subject, object) of each relation ``pred``."""
    return {(r.subject.name, r.object.name) for r in facts.relations if r.pred == pred}


def event(facts, part: str):
    """The one event whose name contains ``part``."""
    (found,) = [e for e in facts.events if part in e.ref.name]
    return found


def event_names(facts) -> list[str]:
    """The events' names, in the article's order."""
    return [e.ref.name for e in facts.events]


def participants(ev) -> set[str]:
    """The names of who took part in an event."""
    return {ref.name for ref, _ in ev.participants}


def organizers(ev) -> list[str]:
    """The names of an event's organisers, in order."""
    return [ref.name for ref, _ in ev.organizers]


def parents(facts) -> set[tuple[str, str]]:
    """(entity, the entity it belongs to) for each entity with a parent."""
    return {(ref.name, info.parent.name) for ref, info in facts.entities.items() if info.parent}
