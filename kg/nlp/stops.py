"""Stops of relief: 来到X工地，为140多名建筑工人送去冰镇西瓜 — a verb of going, its place,
then, in a clause of the same sentence, what is brought to the people there
(``events/bringing_verbs.txt``).  The bringing and its object name the event
(``kg.nlp.events``); the going and the place tell the day's stops apart
(``stop_place``: the stop's other name, and where it is held, for ``kg.extract``).

A stop is told apart from the day's other stops by its place: so is an act after a verb of
going (来到X，察看…: ``visit_place``), and a sentence opening with the main event's day
(同一天，X在Y设立分会场) that names a new place and a new act tells a second event of the day
(``day_acts``).

Apart from ``kg.nlp.events`` because the extraction reads the place again from the text.
"""

from __future__ import annotations

import re

from kg.lexicon import alternation_of, words
from kg.nlp.tokens import Tokens

# the words before a venue: prepositions (在X) and verbs of going (来到X)
_VENUE_OPENERS = words("events/venue_openers.txt")

# the verbs of going among the words before a venue (not the prepositions 在/于)
_AT = frozenset(words("areas/place_prepositions.txt"))
_GOING = alternation_of(tuple(w for w in words("events/venue_openers.txt") if w not in _AT))
_GOING_RE = re.compile(_GOING)
# the going, the place (to its clause's comma; 深入X工地，开展“Y”活动，为…: a clause of what is
# done there may come between), those it is for, the bringing and its object
_BRINGING_RE = re.compile(
    f"({_GOING})([^，,。；;！？!?\\n]{{2,60}}?)(?:[，,][^，,。；;！？!?\\n]{{2,30}}?)?[，,]为[^，,。；;！？!?\\s]{{1,30}}?"
    f"((?:{alternation_of(words('events/bringing_verbs.txt'))})了?[^，,。；;！？!?\\s（）()]{{2,30}})"
)


# a paragraph going on with the day (当天下午，… / 随后，…) whose first clauses go to a place
# (…一行又来到张家窝镇，察看…); 为…送上Y in a later sentence of it is brought at that stop
_DAY_GOES_ON = alternation_of((*words("events/tour_openers.txt"), *words("events/same_day_words.txt")))
_PARAGRAPH_GOING_RE = re.compile(
    f"[ \u3000\t]*(?:{_DAY_GOES_ON})[^，,。\n]{{0,3}}[，,][^。；;！？!?\n]{{0,30}}?({_GOING})"
    f"([^，,。；;！？!?\\s]{{2,30}}?)[，,。]"
)
_LATER_BRINGING_RE = re.compile(
    f"为[^，,。；;！？!?\\s]{{1,30}}?((?:{alternation_of(words('events/bringing_verbs.txt'))})了?"
    f"[^，,。；;！？!?\\s（）()]{{2,30}})"
)


def _paragraph_stop(text: str, at: int) -> tuple[re.Match[str], list[tuple[int, int]]] | None:
    """The going to a place that opens the paragraph of ``at`` on the day's tour, and the
    bringings of the sentences after its first (当天下午，X一行来到Y，察看…。…A和B为40余名快递员
    送上清凉慰问品: 送上清凉慰问品, brought at Y); None when the paragraph opens no such stop."""
    a = text.rfind("\n", 0, at) + 1
    b = text.find("\n", at)
    b = len(text) if b < 0 else b
    g = _PARAGRAPH_GOING_RE.match(text, a, b)
    first = text.find("。", g.end() - 1, b) if g is not None else -1
    if g is None or first < 0:
        return None
    return g, [m.span(1) for m in _LATER_BRINGING_RE.finditer(text, first, b)]


def bringings(tk: Tokens) -> list[tuple[int, int]]:
    """Where each bringing of a stop of relief starts and ends (送去冰镇西瓜), once each
    (到X街道，走进Y公司，为…送去Z: two verbs of going, one stop); the verb of going a word
    of its own (not 得到, 感到).  Also a bringing told in a later sentence of a paragraph
    that opens going to a place on the day's tour (``_paragraph_stop``)."""
    text = tk.text
    out: list[tuple[int, int]] = []
    for g in _GOING_RE.finditer(text):
        if g.start() not in tk.starts or g.end() not in tk.ends:
            continue
        m = _BRINGING_RE.match(text, g.start())
        if m is not None and m.span(3) not in out:
            out.append(m.span(3))
    at = 0
    while at < len(text):
        stop = _paragraph_stop(text, at)
        if stop is not None and stop[0].start(1) in tk.starts:
            out += [span for span in stop[1] if span not in out]
        nxt = text.find("\n", at)
        at = len(text) if nxt < 0 else nxt + 1
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
    stop = _paragraph_stop(text, start) if place is None else None
    if stop is not None and any(a == start for a, _ in stop[1]):
        place = stop[0].group(1) + stop[0].group(2)  # (the stop its paragraph opens)
    return place


# a place gone to, or two joined (赴A公司和B镇的产业园观摩学习: two groups, one visit)
_ONE_PLACE = '[^，,。；;：:、！？!?\\s“”"（）()]{2,20}?'
# (来到位于A区B街道的C公司参观: the area it lies in, before the place, is no part of its name)
_LYING_IN = '(?:位于[^，,。；;：:、！？!?\\s“”"（）()]{2,12}?的)?'
VISITED_PLACE = f"{_LYING_IN}{_ONE_PLACE}(?:(?:和|、|及|以及){_ONE_PLACE})?"
# 来到X，察看… / 走进X慰问…: a verb of going and its place (no stop between) right before an act
_VISITED_RE = re.compile(f"({_GOING})({VISITED_PLACE})[，,]?(?:开展|进行)?了?$")


def visit_place(text: str, start: int) -> tuple[tuple[int, int], str] | None:
    """Where the verb of going stands, and the going and the place of the act starting at ``start``
    that is done where one went (庞中北一行又来到张家窝镇，察看…: 来到张家窝镇); None when no
    verb of going and its place stand right before it.  As a stop of relief's, the place
    tells the day's visits apart (the caller sees that the going is a word of its own)."""
    m = _VISITED_RE.search(text, max(0, start - 52), start)
    return None if m is None else (m.span(1), m.group(1) + m.group(2))


# 同日，… / 当天下午，… / 同一天，…: the main event's day, perhaps a part of it, opening a sentence
_SAME_DAY_RE = re.compile(f"(?:{alternation_of(words('events/same_day_words.txt'))})[\u4e00-\u9fff]{{0,2}}[，,]")
_CLAUSE_END = "，,。；;！？!?\n"
# what an act's object is: nouns (分会场: 分|会场, the verb LAC may read in it aside) at its end
_NOUN_TAGS = ("n", "vn", "nz")
# (当天，工会在活动现场设立咨询台: the main event's own ground is no new place)
_THE_OCCASION = frozenset(words("events/same_occasion.txt"))
# what makes the words a place, not a medium (在官网发布通知): a name of a place or body, or a
# venue's head (在村文化广场)
_NAMED_PLACE_TAGS = frozenset({"ns", "nt", "LOC", "ORG"})
_VENUE_HEADS = words("bodies/framed_venue_heads.txt")
# the words of a place: nouns, names, places, bodies, directions (乡政府大院, 园区内)
_PLACE_TAGS = frozenset({"n", "nz", "ns", "nt", "s", "f", "LOC", "ORG"})


def day_acts(tk: Tokens) -> list[tuple[int, int]]:
    """Where each second act of the main event's day starts and ends: a sentence opening
    with the day's word (same_day_words.txt, perhaps with 上午/下午), whose first clause
    names a place after a preposition or a verb of going (在/来到, then nouns and names:
    ``_PLACE_TAGS``) and right after it a verb and its short object (two to six characters,
    ending in a noun) up to the clause's end: 同一天，永宁镇总工会在镇便民服务中心设立分会场，…
    — 设立分会场.  Not an act whose object is itself an act (在X组织职工收看会议直播: a long
    object, the watching of the main event), nor one on the main event's own ground (在活动
    现场设立咨询台: same_occasion.txt)."""
    text = tk.text
    out: list[tuple[int, int]] = []
    for d in _SAME_DAY_RE.finditer(text):
        if d.start() > 0 and text[d.start() - 1] not in "。！？!?\n \u3000\t":
            continue
        end = d.end()
        while end < len(text) and text[end] not in _CLAUSE_END:
            end += 1
        for o in re.finditer(alternation_of(_VENUE_OPENERS), text[d.end() : end]):
            x = y = d.end() + o.end()
            # (a verb of going a word of its own, not 以来; LAC may glue 在 to the subject)
            if x not in tk.starts or (d.end() + o.start() not in tk.starts and o.group() not in _AT):
                continue
            named = False  # (a place or body named among its words, or a venue's head at its end)
            while y < end and tk.tag_at(y) in _PLACE_TAGS:
                named = named or tk.tag_at(y) in _NAMED_PLACE_TAGS
                y = tk.token_span_at(y)[1]
            named = named or text.endswith(_VENUE_HEADS, x, y)
            if y - x < 2 or y >= end or tk.tag_at(y) != "v" or text[x:y] in _THE_OCCASION or not named:
                continue
            v = tk.token_span_at(y)[1]
            if 2 <= end - v <= 6 and tk.tag_at(end - 1) in _NOUN_TAGS and end in tk.ends:
                out.append((y, end))
            break
    return out
