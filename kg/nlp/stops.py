"""Stops of relief: 来到X工地，为140多名建筑工人送去冰镇西瓜 — a verb of going, its place,
then, in a clause of the same sentence, what is brought to the people there
(``events/bringing_verbs.txt``).  The bringing and its object name the event
(``kg.nlp.events``); the going and the place tell the day's stops apart
(``stop_place``: the stop's other name, and where it is held, for ``kg.extract``).

Apart from ``kg.nlp.events`` because the extraction reads the place again from the text.
"""

from __future__ import annotations

import re

from kg.lexicon import alternation_of, words
from kg.nlp.tokens import Tokens

# the verbs of going among the words before a venue (not the prepositions 在/于)
_AT = frozenset(words("areas/place_prepositions.txt"))
_GOING = alternation_of(tuple(w for w in words("events/venue_openers.txt") if w not in _AT))
_GOING_RE = re.compile(_GOING)
# the going, the place (to the comma before 为), those it is for, the bringing and its object
_BRINGING_RE = re.compile(
    f"({_GOING})([^。；;！？!?\\n]{{2,60}}?)[，,]为[^，,。；;！？!?\\s]{{1,30}}?"
    f"((?:{alternation_of(words('events/bringing_verbs.txt'))})了?[^，,。；;！？!?\\s（）()]{{2,30}})"
)


def bringings(tk: Tokens) -> list[tuple[int, int]]:
    """Where each bringing of a stop of relief starts and ends (送去冰镇西瓜), once each
    (到X街道，走进Y公司，为…送去Z: two verbs of going, one stop); the verb of going a word
    of its own (not 得到, 感到)."""
    text = tk.text
    out: list[tuple[int, int]] = []
    for g in _GOING_RE.finditer(text):
        if g.start() not in tk.starts or g.end() not in tk.ends:
            continue
        m = _BRINGING_RE.match(text, g.start())
        if m is not None and m.span(3) not in out:
            out.append(m.span(3))
    return out


def stop_place(text: str, start: int) -> str | None:
    """The going and the place of the stop of relief whose bringing starts at ``start``
    (来到龙山街道驿站，为…送上绿豆汤: 来到龙山街道驿站), from the last verb of going before it
    (到X街道，走进Y公司，为…: 走进Y公司); None when it is no such stop.  What tells a day's
    stops apart is where each is, so the place belongs in the stop's name."""
    place = None
    for g in _GOING_RE.finditer(text, max(0, start - 130), start):
        m = _BRINGING_RE.match(text, g.start())
        if m is not None and m.start(3) == start:
            place = m.group(1) + m.group(2)
    return place
