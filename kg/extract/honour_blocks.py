"""Family *awards*, continued: the honourees of a selection, a block each under a bullet.

A page announcing a selection says how many it named and as what (最终评出5名“某市最美职工”),
then prints each honouree's block — a bullet, the name, the unit and job, the citation:
``■ 张三　某公司焊工``.  Each person a bullet line opens with holds the honour, when the
article has exactly as many such lines as the count says: a block for a team (■ 最美职工集体：…)
or a bullet list of something else makes the count disagree, and then nothing is read.
The selection may list its honourees in its own sentence instead, after the quoted honour
and its count and a colon (工会评出“健步达人”3名：A、B、C，每人…; 评出3名“X”，分别是A、B、C):
each name of that list holds the honour, when the list has as many names as the count says.
Needs the people (PERSON mentions).
"""

from __future__ import annotations

import re

from kg.extract.awards import HONOUR_HEAD_WORDS, award
from kg.extract.context import CONFIDENCE, ArticleContext
from kg.extract.wordlists import HONOUR_LISTING, SELECTING_VERBS
from kg.lexicon import alternation_of
from kg.model.facts import EntityRef
from kg.nlp.text import cn_number

# 评出5名“X”, 评选出十位X劳动模范: the count of people and their honour, quoted or ending in a head
_SELECTED = re.compile(
    f"(?:{alternation_of(SELECTING_VERBS)})(?P<count>[\\d一二两三四五六七八九十]+)(?:名|位)"
    f'(?:[“"「『](?P<quoted>[^“”"「」『』]{{2,16}})[”"」』]|(?P<bare>[\u4e00-\u9fff]{{2,14}}?(?:{HONOUR_HEAD_WORDS})))'
)
# 评出“X”3名：, 评出3名“X”，分别是: the quoted honour with its count before or after it, then
# the list of its honourees opening after a colon or a word of listing
_COUNT = "[\\d一二两三四五六七八九十]+(?:名|位)"
_SELECTED_LIST = re.compile(
    f"(?:{alternation_of(SELECTING_VERBS)})(?P<c1>{_COUNT})?"
    f'[“"「『](?P<quoted>[^“”"「」『』]{{2,16}})[”"」』](?P<c2>{_COUNT})?'
    f"(?:[：:]|[，,]?(?:{alternation_of(HONOUR_LISTING)})[：:]?)[ \u3000]*"
)
# what parts the names of such a list (A、B和C), and what ends it (its clause's end)
_LIST_SEP = re.compile("[ \u3000]*(?:[、和及][ \u3000]*)?")
_LIST_END = re.compile("[ \u3000]*(?:[，,。；;！!？?\n]|\\Z)")
# a block's first line: a bullet, then the name
_BULLET_LINE = re.compile("^[ \u3000\t]*[■●◆▲★□◇◎○☆△▶►][ \u3000\t]*", re.M)
# what sets a name off at a line's start: a space, a bracketed note (（女，回族）), a colon
_SET_OFF = re.compile("[ \u3000\t（(：:]|$", re.M)


def selected_blocks(ctx: ArticleContext) -> None:
    """评出N名“X”, then N bullet lines opening with a name: each named person holds X."""
    text = ctx.text
    for m in _SELECTED.finditer(text):
        count = cn_number(m["count"])
        opened = [ref for line in _BULLET_LINE.finditer(text, m.end()) if (ref := _opener(ctx, line.end()))]
        if not opened or len(opened) != count:
            continue
        honour = m["quoted"] or m["bare"]
        for ref in opened:
            award(ctx, ref, honour, ctx.evidence(m.start(), m.end(), CONFIDENCE["pattern"]))


def _opener(ctx: ArticleContext, at: int) -> EntityRef | None:
    """The person a bullet line opens with at ``at``: a name found there, or the name of a
    person found elsewhere in the article, set off after it by a space or a bracket (■ 张三（女）
    …: the tagger may miss a name where no title stands before it)."""
    people = ctx.mentions_in("PERSON", at, at + 1)
    if people:
        p = people[0]
        return ctx.ref_at.get((p.start_char, p.end_char), EntityRef("Person", p.text))
    known = sorted({p.text for p in ctx.mentions_of("PERSON")}, key=len, reverse=True)
    name = next((n for n in known if _SET_OFF.match(ctx.text, at + len(n)) and ctx.text.startswith(n, at)), None)
    return EntityRef("Person", name) if name else None


def selected_lists(ctx: ArticleContext) -> None:
    """评出“X”3名：A、B、C: each person of the list after the colon holds X, when the list
    (names parted by 、 or 和 alone, up to its clause's end) has as many names as the count."""
    text = ctx.text
    for m in _SELECTED_LIST.finditer(text):
        count = m["c1"] or m["c2"]
        if count is None:
            continue
        people: list = []
        at = m.end()
        for p in ctx.mentions_in("PERSON", m.end(), len(text)):
            sep = _LIST_SEP.match(text, at)
            if p.start_char != sep.end() or (people and sep.end() == at):
                break  # (a word between, or two names with nothing parting them)
            people.append(p)
            at = p.end_char
        if not people or _LIST_END.match(text, at) is None:
            continue  # the list goes on past the names (A、B等10人, A的班组): no list of names alone
        if len(people) != cn_number(count[:-1]):
            continue
        for p in people:
            ref = ctx.ref_at.get((p.start_char, p.end_char), EntityRef("Person", p.text))
            award(ctx, ref, m["quoted"], ctx.evidence(m.start(), p.end_char, CONFIDENCE["pattern"]))
