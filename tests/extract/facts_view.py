"""Views of an article's facts that the family tests compare (names, posts, events)."""

from __future__ import annotations


def names(facts, cls: str) -> set[str]:
    """The names of the article's entities of a class."""
    return {ref.name for ref in facts.entities if ref.cls == cls}


def posts(facts) -> set[tuple[str, str, str]]:
    """(person, body, title) of each office read."""
    return {(r.subject.name, r.object.name, r.role) for r in facts.relations if r.pred == "post"}


def placed(facts) -> set[tuple[str, str]]:
    """(body, area) of each locatedIn, said as a relation or by the body's name."""
    told = {(r.subject.name, r.object.name) for r in facts.relations if r.pred == "locatedIn"}
    return told | {(ref.name, info.located_in.name) for ref, info in facts.entities.items() if info.located_in}


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
    """The names of an event's organisers, in order, each once (one said twice has two evidences)."""
    return list(dict.fromkeys(ref.name for ref, _ in ev.organizers))


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


def check_event(facts, want: dict) -> None:
    """The event tables' expectations: ``none`` (no event named so), else the first event
    whose name or alias holds ``ev``, with ``date`` (MM-DD), ``place`` (part of a venue's
    name; None: no venue), ``noplace``, ``someorgs`` (parts of organisers' names), ``count``,
    ``nocount`` (a number that is not its count), ``people``, ``somepeople`` (parts of
    participants' names), ``nopeople``."""
    names = [e.ref.name for e in facts.events]
    if "none" in want:
        assert not any(want["none"] in n for n in names), names
        return
    found = [e for e in facts.events if want["ev"] in e.ref.name or any(want["ev"] in a for a in e.aliases)]
    assert len(found) >= 1, names
    ev = found[0]
    got = {
        "date": ev.date[0][-5:] if ev.date else None,
        "place": [ref.name for ref, _ in ev.locations],
        "orgs": organizers(ev),
        "count": ev.count[0] if ev.count else None,
        "people": [ref.name for ref, _ in ev.participants],
    }
    if "date" in want:
        assert got["date"] == want["date"], got
    if "place" in want:
        if want["place"] is None:
            assert not got["place"], got
        else:
            assert any(want["place"] in p for p in got["place"]), got
    if "noplace" in want:
        assert not any(want["noplace"] in p for p in got["place"]), got
    for p in want.get("someorgs", ()):
        assert any(p in o for o in got["orgs"]), got
    if "count" in want:
        assert got["count"] == want["count"], got
    if "nocount" in want:
        assert got["count"] != want["nocount"], got
    for p in want.get("people", ()):
        assert p in got["people"], got
    for p in want.get("somepeople", ()):  # (a part of the name: a union named with its city)
        assert any(p in q for q in got["people"]), got
    for p in want.get("nopeople", ()):
        assert p not in got["people"], got
