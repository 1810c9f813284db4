"""Family *awards*, continued: a prize said to be a person's with 是 (一等奖是某厂的A).

A spoken report of a contest's result names the prize first, as the subject of 是, and its
winner as the complement: ``一等奖是鑫源厂的张三``, maybe after a word qualifying the name
(某厂的).  Speech breaks off and resumes: the speaker may lose the name (一等奖是某厂的那个，叫
什么来着——) and another supply it in the same sentence, in a clause of its own opening with 是
(``是我们厂的张三，…``), or in the next turn of a transcript, after its speaker's head line.
The winner is a name right after such a 是 or after the 的 of its one qualifying word, and
not itself qualifying another word (某厂的那个: 某厂 is no winner); the
sentence's next prize (二等奖是…) ends the search.

A written report puts the item before the place and 为 for 是 (美发师冠军为某公司的发型师A):
the place of the item named at the clause's start is the winner's whose name ends the clause,
the one person there, whatever qualifies it (某公司的发型师); the winner took part in the
contest named before.  Needs the people (PERSON mentions).
"""

from __future__ import annotations

import functools
import re

from kg.extract.awards import award, clause_start
from kg.extract.context import CONFIDENCE, ArticleContext
from kg.extract.placings import contest_before, item_before
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


@functools.cache
def _place_as() -> re.Pattern[str]:
    """美发师冠军为, 焊工组一等奖是: an item's place as the subject of 为 / 是."""
    return re.compile(f"({alternation_of(PLACES_WON)})(?:为|是)")


# the end of a clause of result: the winner's name, maybe a note in brackets (（澳门）), then a stop
_CLAUSE_END = re.compile("[，,。；;！!？?\n]")
_NOTE = re.compile("[ \u3000]*(?:[（(][^（()）\n]{1,20}[)）])?[ \u3000]*")

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


def place_complements(ctx: ArticleContext) -> None:
    """美发师冠军为某公司的发型师A (电工冠军是A): A, the one person of the clause and its
    last word, holds the item's place (美发师冠军); a bare place (冠军为A) is the contest's named
    before.  A took part in that contest (else the main event)."""
    text = ctx.text
    for m in _place_as().finditer(text):
        a = clause_start(ctx, m.start())
        if a == m.start() and m.group().endswith("是"):
            continue  # (一等奖是某厂的A: read above)
        item = item_before(ctx, m.start())
        if m.start() - len(item) != a:
            continue  # (今年冠军为…, 获得冠军是…: the clause opens with no item)
        end = _CLAUSE_END.search(text, m.end())
        stop = end.start() if end else len(text)
        people = ctx.mentions_in("PERSON", m.end(), stop)
        if len(people) != 1 or _NOTE.fullmatch(text, people[0].end_char, stop) is None:
            continue
        p = people[0]
        contest = contest_before(ctx, m.start()) or ctx.main_event()
        honour = item + m.group(1) if item else (contest.ref.name + m.group(1) if contest else "")
        if not honour:
            continue
        ref, ev = EntityRef("Person", p.text), ctx.evidence(a, p.end_char, CONFIDENCE["context"])
        award(ctx, ref, honour, ev)
        if contest is not None and all(r != ref for r, _ in contest.participants):
            contest.participants.append((ref, ev))
