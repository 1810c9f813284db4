"""The name of an unveiling: a plaque hung is the unveiling of what it names.

Union news tells the opening of a new home, station or studio by its plaque: 县总工会为
“某镇职工之家”揭牌, 举行揭牌仪式，为某驿站揭牌, 某职工书屋在某中心正式揭牌启用.  The verb
alone (揭牌, 举行揭牌仪式) is what the event pattern reads, a name that says nothing of the
occasion; a reader names it by what is unveiled: 某镇职工之家揭牌仪式.  The thing unveiled is
the object of 为 right before the verb, or the subject a clause opens with (a body or venue
named there, then perhaps 在 and its place).  Not a person (为获奖者揭牌 is no thing), nor
a word too short to name one (为驿站揭牌: the station named before).

Runs after the headline's event is merged with the body's (``kg.extract.headline``): the
article's one bare unveiling takes the name of the first thing unveiled.
"""

from __future__ import annotations

import re

from kg.extract.context import ArticleContext
from kg.model.facts import EntityRef

# the verbs of hanging a plaque, and the ceremony they name
_VERBS = ("揭牌", "挂牌")
_CEREMONY = "仪式"
# an event's bare name: the verb, perhaps its ceremony or activity (揭牌活动), perhaps after
# the verb of holding the event pattern read with it (举行揭牌仪式)
_BARE = re.compile(f"(?:举行了?)?({'|'.join(_VERBS)})({_CEREMONY}|活动)?")
_QUOTES_OPEN, _QUOTES_CLOSE = "“「‘", "”」’"
# 为“X”揭牌 / 为新建成的X正式揭牌: the object of 为, quoted or not, before the verb
_OBJECT = re.compile(
    f"为([{_QUOTES_OPEN}]?[^\\s，,。；;！？!?、为]{{2,30}}?[{_QUOTES_CLOSE}]?)(?:正式|集中|隆重)?"
    f"(?:{'|'.join(_VERBS)})(?!督办|出让|交易|上市)"
)
# X在Y正式揭牌启用: the subject of the verb, at a clause's start, before 在 and its place
_SUBJECT = re.compile(
    f"(?:^|(?<=[，,。；;！？!?\\n]))([^\\s，,。；;！？!?]{{4,30}}?)(?:在[^\\s，,。；;！？!?]{{2,30}}?)?"
    f"(?:正式|隆重)?(?:{'|'.join(_VERBS)})(?:成立|启用|投用|运行|运营)"
)
# what a name shorter than this (after its quotes) is: a word for a kind (驿站), no name
_NAME_MIN = 4


def unveiled_names(ctx: ArticleContext) -> None:
    """Name the article's bare unveiling (揭牌, 举行揭牌仪式) by the first thing it unveils:
    某镇职工之家揭牌仪式; with nothing unveiled named, the ceremony without the verb of
    holding (揭牌仪式)."""
    bare = [e for e in ctx.facts.events if _BARE.fullmatch(e.ref.name)]
    if len(bare) != 1:
        return
    event = bare[0]
    verb, head = _BARE.fullmatch(event.ref.name).groups()
    thing = _first_unveiled(ctx)
    name = (thing or "") + verb + (head or _CEREMONY)
    if name != event.ref.name:
        event.aliases.add(event.ref.name)
        event.ref = EntityRef("Event", name)


def _first_unveiled(ctx: ArticleContext) -> str | None:
    """The first thing the article unveils: 为X揭牌's X, or the body or venue opening a
    clause that ends with 揭牌成立/揭牌启用 — by its fullest name the article gives it (a
    headline's 县工人文化宫 is the body's 某县工人文化宫)."""
    text = ctx.text
    if not any(v in text for v in _VERBS):
        return None
    found = []
    for m in _OBJECT.finditer(text):
        a, b = m.span(1)
        thing = _thing(ctx, text[a:b], a, b)
        if thing is not None:
            found.append((a, thing))
    for m in _SUBJECT.finditer(text):
        a, b = m.span(1)
        if ctx.ref_at.get((a, b)) is not None and ctx.ref_at[(a, b)].cls in ("Organization", "Place", "TradeUnion"):
            found.append((a, text[a:b]))
    if not found:
        return None
    first = min(found)[1]
    bare = first.strip(_QUOTES_OPEN + _QUOTES_CLOSE)
    return max((t for _, t in found if t.strip(_QUOTES_OPEN + _QUOTES_CLOSE).endswith(bare)), key=len)


def _thing(ctx: ArticleContext, words: str, a: int, b: int) -> str | None:
    """The name ``words`` makes, without what describes it (新建成的): None for a person
    or a word too short to name a thing."""
    cut = words.rfind("的") + 1
    words, a = words[cut:], a + cut
    if len(words.strip(_QUOTES_OPEN + _QUOTES_CLOSE)) < _NAME_MIN or ctx.mentions_in("PERSON", a, b):
        return None
    return words
