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


def check_awards(facts, want: dict) -> None:
    """The award tables' expectations: ``has`` (holder, honour) pairs, ``any`` (one of them),
    ``cls`` (class, holder, honour), ``not_pairs``, ``not_held`` (names holding nothing),
    ``none`` (no award at all)."""
    got = {(ref.name, honour) for ref, honour, _ in facts.awards}
    typed = {(ref.cls, ref.name, honour) for ref, honour, _ in facts.awards}
    for pair in want.get("has", []):
        assert pair in got, got
    if "any" in want:
        assert set(want["any"]) & got, got
    for triple in want.get("cls", []):
        assert triple in typed, typed
    for pair in want.get("not_pairs", []):
        assert pair not in got, got
    held = {name for name, _ in got}
    for name in want.get("not_held", []):
        assert name not in held, got
    if want.get("none"):
        assert got == set(), got
