"""Family *awards*, continued: a prize said to be a person's with 是 (一等奖是某厂的A).

A spoken report of a contest's result names the prize first, as the subject of 是, and its
winner as the complement: ``一等奖是鑫源厂的张三``, maybe after a word qualifying the name
(某厂的).  Speech breaks off and resumes: the speaker may lose the name (一等奖是某厂的那个，叫
什么来着——) and another supply it in the same sentence, in a clause of its own opening with 是
(``是我们厂的张三，…``), or in the next turn of a transcript, after its speaker's head line.
The winner is a name right after such a 是 or after the 的 of its one qualifying word, and
not itself qualifying another word (某厂的那个: 某厂 is no winner); the
sentence's next prize (二等奖是…) ends the search.  Needs the people (PERSON mentions).
"""

from __future__ import annotations

import functools
import re

from kg.extract.awards import award, clause_start
from kg.extract.context import CONFIDENCE, ArticleContext
from kg.extract.wordlists import PLACES_WON
from kg.ingest.minutes import TURN_HEAD
from kg.lexicon import alternation_of
from kg.model.facts import EntityRef


@functools.cache
def _prize_is() -> re.Pattern[str]:
    """一等奖是: a prize or place as the subject of 是."""
    return re.compile(f"({alternation_of(PLACES_WON)})是")


@functools.cache
def _next_prize() -> re.Pattern[str]:
    return re.compile(alternation_of(PLACES_WON))


# 是, then maybe one word qualifying the name, up to its 的 (是我们厂的, 是来自某公司的)
_COMPLEMENT = re.compile("是(?:[^，,。；;！!？?\\s的是]{1,12}的)?")


def prize_copulas(ctx: ArticleContext) -> None:
    """一等奖是某厂的A / 一等奖是…——…，是某厂的A: A holds the prize."""
    text = ctx.text
    for m in _prize_is().finditer(text):
        if clause_start(ctx, m.start()) != m.start():
            continue  # (获得一等奖是他的心愿: the prize is no subject)
        _, end = ctx.sentence_of(m.start())
        end = _resumed(ctx, m.end(), end)
        nxt = _next_prize().search(text, m.end(), end)
        end = nxt.start() if nxt else end
        winner = _winner(ctx, m.end(1), end)
        if winner is not None:
            ev = ctx.evidence(m.start(), winner[1], CONFIDENCE["context"])
            award(ctx, EntityRef("Person", winner[0]), m.group(1), ev)


def _resumed(ctx: ArticleContext, start: int, end: int) -> int:
    """Where the sentence from ``start`` to ``end`` ends when it breaks off (——) at a line's
    end and the next line is a transcript's speaker head: at the end of that turn's first
    sentence, which finishes what was broken off."""
    text = ctx.text
    brk = text.find("——", start, end + 2)
    line_end = text.find("\n", brk) if brk >= 0 else -1
    if line_end < 0 or text[brk + 2 : line_end].strip():
        return end
    head = TURN_HEAD.match(text, line_end + 1)
    if head is None or head.end() + 1 >= len(text):
        return end
    return ctx.sentence_of(head.end() + 1)[1]


def _winner(ctx: ArticleContext, first: int, end: int) -> tuple[str, int] | None:
    """The name completing the prize's 是 at ``first``, or a 是 opening a later clause before
    ``end``: (name, where it ends)."""
    text = ctx.text
    people = {p.start_char: p for p in ctx.mentions_in("PERSON", first, end)}
    pos = first
    while pos < end:
        if pos == first or clause_start(ctx, pos) == pos:
            c = _COMPLEMENT.match(text, pos, end)
            p = people.get(c.end()) if c else None
            if p is not None and text[p.end_char : p.end_char + 1] != "的":
                return p.text, p.end_char
        pos = text.find("是", pos + 1, end)
        if pos < 0:
            break
    return None
