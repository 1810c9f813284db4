"""Family *awards*, continued: the honourees of a selection, a block each under a bullet.

A page announcing a selection says how many it named and as what (最终评出5名“某市最美职工”),
then prints each honouree's block — a bullet, the name, the unit and job, the citation:
``■ 张三　某公司焊工``.  Each person a bullet line opens with holds the honour, when the
article has exactly as many such lines as the count says: a block for a team (■ 最美职工集体：…)
or a bullet list of something else makes the count disagree, and then nothing is read.
Needs the people (PERSON mentions).
"""

from __future__ import annotations

import re

from kg.extract.awards import HONOUR_HEAD_WORDS, award
from kg.extract.context import CONFIDENCE, ArticleContext
from kg.extract.wordlists import SELECTING_VERBS
from kg.lexicon import alternation_of
from kg.model.facts import EntityRef
from kg.nlp.text import cn_number

# 评出5名“X”, 评选出十位X劳动模范: the count of people and their honour, quoted or ending in a head
_SELECTED = re.compile(
    f"(?:{alternation_of(SELECTING_VERBS)})(?P<count>[\\d一二两三四五六七八九十]+)(?:名|位)"
    f'(?:[“"「『](?P<quoted>[^“”"「」『』]{{2,16}})[”"」』]|(?P<bare>[\u4e00-\u9fff]{{2,14}}?(?:{HONOUR_HEAD_WORDS})))'
)
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
