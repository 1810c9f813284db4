"""Family *awards*, continued: honours standing before their holder's name.

劳动模范张三, 全国劳模、首届凤城工匠李四, “广西工匠”张三: a title printed before a name is an
honour its holder received; split from ``awards`` (which reads honours given by a verb) to
keep each module short.  Needs the people (PERSON mentions) and the bodies (``ctx.ref_at``).
"""

from __future__ import annotations

import re

from kg.extract.awards import (
    _CLAUSE_BREAK,
    _HOLDER_END,
    _HONOUR_END,
    _TITLE_END,
    EDITION,
    award,
    bodies_in,
    honour_start,
)
from kg.extract.context import CONFIDENCE, ArticleContext
from kg.extract.jobs import is_job_word
from kg.extract.wordlists import HONOUR_LEVELS
from kg.lexicon import alternation_of
from kg.model.facts import EntityRef, Evidence

# how far before a name a job listed after an honour may start (高级技师, 注册安全工程师)
_JOB_REACH = 9
# how far before a name its holder's own description may start (X公司总装车间主任)
_DESCRIPTION_REACH = 24
# “广西工匠”张三: a quoted honour right before its holder's name
_BRACKETED = re.compile("[（(]([^（）()\n]{4,40})[)）]")
_BRACKET_ITEMS = re.compile("[^、，,；;]+")
_QUOTED_BEFORE = re.compile('[“"「『]([^“”"「」『』\\s]{2,16})[”"」』]\\Z')
# 省级劳动模范、县医院护士长A: a level word before the title, the class described, no honour named
_LEVELLED = re.compile(f"(?:{alternation_of(HONOUR_LEVELS)})\\Z")


def titled_honours(ctx: ArticleContext) -> None:
    """劳动模范张三, 全国劳模、首届凤城工匠李四: an honour before a name is one its holder
    received (a title word with the words that qualify it: 工匠 alone says too little)."""
    text = ctx.text
    before: dict[int, list[tuple[str, Evidence]]] = {}  # where a name ends -> the honours before it
    for p in ctx.mentions_of("PERSON"):
        end = p.start_char
        mine = before.setdefault(p.end_char, [])
        if text.startswith("、", end - 1) and before.get(end - 1):
            # 省劳动模范刘兴山、田秀琴: a name listed right after another, with no words of
            # its own, shares the honours before the first (not 劳模张三、主任李四)
            for honour, ev in before[end - 1]:
                award(ctx, EntityRef("Person", p.text), honour, ev)
                mine.append((honour, ev))
            continue
        while end > 0:
            quoted = _QUOTED_BEFORE.search(text, max(0, end - 20), end)
            if quoted is not None and _HONOUR_END.search(quoted.group(1)):
                start, honour = quoted.start(), EDITION.sub("", quoted.group(1))  # “广西工匠”张三
            else:
                # 全国五一劳动奖章获得者王五: an honour and its holder's word, unquoted
                held = _HOLDER_END.search(text, max(0, end - 16), end)
                m = held or _TITLE_END.search(text, max(0, end - 8), end)
                if m is None:
                    # 省劳动模范、高级技师张三: a job or a grade listed after the honour
                    k = text.rfind("、", max(0, end - _DESCRIPTION_REACH), end)
                    if k <= 0 or not (
                        (end - k <= _JOB_REACH and is_job_word(text[k + 1 : end])) or _described(ctx, k, end)
                    ):
                        break
                    end = k
                    continue
                start = honour_start(ctx, m.start())
                honour = EDITION.sub("", text[start : m.start(1) if held else end])
                if len(honour) == len(m.group(0)) and (len(honour) < 4 or is_job_word(honour)):
                    # 工匠 alone says too little, 首席技师 alone is a grade; 市劳模, 市首席技师 say enough
                    honour = ""
                elif is_job_word(m.group(0)) and _at_company(ctx, start, m.start()):
                    honour = ""  # X公司首席技师: a grade held at the company, a post, no honour
                elif _LEVELLED.search(text, max(0, start - 3), start):
                    honour = ""  # 省级劳动模范: of a level, which honour is not said
            if len(honour) >= 3:
                ev = ctx.evidence(start, p.end_char, CONFIDENCE["context"])
                award(ctx, EntityRef("Person", p.text), honour, ev)
                mine.append((honour, ev))
            if start == 0 or text[start - 1] != "、":
                break
            end = start - 1  # 劳动模范、凤城工匠张三: each honour of the list


def bracketed_honours(ctx: ArticleContext) -> None:
    """晏某（全国劳动模范）、邝某（广东省劳动模范）: a bracket right after a name whose items
    (、 or ， between them) end with an honour's head; each such item is an honour its holder
    received (not a unit or a job: 张三（某公司焊工）)."""
    text = ctx.text
    if "（" not in text and "(" not in text:
        return
    for p in ctx.mentions_of("PERSON"):
        m = _BRACKETED.match(text, p.end_char)
        if m is None:
            continue
        for item in _BRACKET_ITEMS.finditer(m.group(1)):
            honour = EDITION.sub("", item.group())
            if len(honour) >= 4 and _HONOUR_END.search(honour) and not is_job_word(honour):
                ev = ctx.evidence(p.start_char, m.end(), CONFIDENCE["context"])
                award(ctx, EntityRef("Person", p.text), honour, ev)


def _at_company(ctx: ArticleContext, a: int, b: int) -> bool:
    """Whether an organisation (not a union, not an area) is named within ``[a, b)``."""
    return any(ref.cls == "Organization" for _y, _x, ref in bodies_in(ctx, a, b))


def _described(ctx: ArticleContext, k: int, end: int) -> bool:
    """劳动模范、公司总装车间主任张三: the words between the 、 at ``k`` and a name at ``end``
    describe its holder (a body and a job) when they are one phrase, with no stop and no
    other person, right after an honour: the honour is still the name's."""
    if end - k > _DESCRIPTION_REACH or _CLAUSE_BREAK.search(ctx.text, k + 1, end):
        return False
    if ctx.mentions_in("PERSON", k + 1, end):
        return False
    text = ctx.text
    if _TITLE_END.search(text, max(0, k - 8), k) or _HOLDER_END.search(text, max(0, k - 16), k):
        return True
    # “宜昌工匠”、X公司高级技师张三: a quoted honour before the description
    quoted = _QUOTED_BEFORE.search(text, max(0, k - 20), k)
    return quoted is not None and _HONOUR_END.search(quoted.group(1)) is not None
