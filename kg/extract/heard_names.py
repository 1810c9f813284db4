"""Family *people*: a name a meeting's transcript mishears is the speaker head's person.

A meeting app's transcript writes its speakers' names as their display names give them
(县总-欧阳丽华　00:06:02, ``kg.nlp.speaker_heads``) and the words said as a machine heard
them.  A name the article reads of the same surname and length as a name a head writes,
whose other characters sound as the head's do (欧阳立华: 立 for 丽, one line of
``people/sound_alikes.txt`` each), is that person, the heard form an alias: the display
name is what its owner typed.  Only in a transcript, and only when one head's name so
fits: elsewhere 张丽华 and 张立华 of one list are two people.  Run last, so that every
family's facts about the heard name (a post, a part in an event) go to the person.
"""

from __future__ import annotations

import functools
from dataclasses import replace

from kg.extract.context import ArticleContext
from kg.lexicon import lines, words
from kg.model.facts import EntityRef
from kg.nlp.name_checks import SURNAMES
from kg.nlp.speaker_heads import speaker_heads

_PERSON = "Person"


@functools.cache
def _sounds() -> dict[str, frozenset[str]]:
    """character -> the syllables it is read as (``people/sound_alikes.txt``)."""
    out: dict[str, set[str]] = {}
    for line in lines("people/sound_alikes.txt"):
        syllable, *chars = line.split()
        for c in chars:
            out.setdefault(c, set()).add(syllable)
    return {c: frozenset(s) for c, s in out.items()}


@functools.cache
def _surnames() -> frozenset[str]:
    return frozenset(words(SURNAMES))


def sound_alike(heard: str, name: str) -> bool:
    """Are ``heard`` and ``name`` one name written with other characters of its sound: the
    same surname (of one or two characters), the same length, each other character the same
    or on a line of ``people/sound_alikes.txt`` with it?"""
    if len(heard) != len(name) or heard == name or len(name) < 2:
        return False
    k = 2 if name[:2] in _surnames() and len(name) > 2 else 1
    if heard[:k] != name[:k]:
        return False
    sounds, none = _sounds(), frozenset()
    return all(x == y or sounds.get(x, none) & sounds.get(y, none) for x, y in zip(heard[k:], name[k:], strict=True))


def heard_names(text: str, names: set[str]) -> dict[str, str]:
    """heard form -> the one name of ``names`` a speaker head of ``text`` writes that sounds
    as it does (欧阳立华 -> 欧阳丽华); none when ``text`` is no transcript."""
    heads = [text[a:b] for a, b in speaker_heads(text)]
    written = {n for n in names if any(n in h for h in heads)}
    out = {}
    for name in names - written:
        alike = [w for w in written if sound_alike(name, w)]
        if len(alike) == 1:
            out[name] = alike[0]
    return out


def heard_people(ctx: ArticleContext) -> None:
    """Each person named as the transcript heard a speaker head's name, made that person:
    the entity merged in, and the posts, events and honours said of it moved over."""
    names = {ref.name for ref in ctx.facts.entities if ref.cls == _PERSON}
    heard = heard_names(ctx.text, names)
    if not heard:
        return
    to = {EntityRef(_PERSON, h): EntityRef(_PERSON, w) for h, w in heard.items()}
    ctx.merge(to)
    facts = ctx.facts
    facts.relations = [
        replace(r, subject=to.get(r.subject, r.subject), object=to.get(r.object, r.object)) for r in facts.relations
    ]
    for ev in facts.events:
        for attr in ("organizers", "participants"):
            setattr(ev, attr, [(to.get(ref, ref), e) for ref, e in getattr(ev, attr)])
    facts.awards = [(to.get(ref, ref), honour, e) for ref, honour, e in facts.awards]
