"""Family *awards*: honours people receive, and places people win at the main event.

Needs the people (PERSON mentions) and, for winners, the merged events
(``ctx.facts.events``): a prize won is a part taken in the article's main event.
"""

from __future__ import annotations

import re

from kg.extract.context import CONFIDENCE, ArticleContext
from kg.extract.facts import EntityRef

WINNING = re.compile(
    r"(?:分获|荣获|获得|夺得|摘得|获)(?:了)?"
    r"(?:冠军|亚军|季军|前[三五十]名|第[一二三]名|[一二三]等奖|金奖|银奖|铜奖|优胜奖|特等奖)"
)


def winners(ctx: ArticleContext) -> None:
    """People who win a place or prize (分获前三名, 荣获一等奖) took part in the main event."""
    main = ctx.main_event()
    if main is None:
        return
    for m in WINNING.finditer(ctx.text):
        sa, _ = ctx.sentence_of(m.start())
        for p in ctx.within("PERSON", sa, m.start()):
            main.participants.append(
                (EntityRef("Person", p.text), ctx.evidence(p.start_char, m.end(), CONFIDENCE["context"]))
            )


def read_awards(ctx: ArticleContext) -> None:
    """“X”获得者 followed by names, and NAME荣获“X”称号: a person's honour."""
    text = ctx.text
    awarded = {(ref.name, honour) for ref, honour, _ in ctx.facts.awards}
    for m in re.finditer(r"(?:第[一二三四五六七八九十\d]+届)?[“\"]([^”\"]{2,16})[”\"](?:称号)?获得者", text):
        honour = m.group(1)
        sa, sb = ctx.sentence_of(m.start())
        people = ctx.within("PERSON", max(sa, m.end() + 1), sb)
        if not people:
            na, nb = ctx.sentence_of(sb)
            if na == sb and re.search(r"分别是|分别为|是|为", text[na : na + 20]):
                people = ctx.within("PERSON", na, nb)
        for p in people:
            ev = ctx.evidence(p.start_char, p.end_char, CONFIDENCE["pattern"])
            if (p.text, honour) not in awarded:
                ctx.facts.awards.append((EntityRef("Person", p.text), honour, ev))
                awarded.add((p.text, honour))
    given = r"(?:荣获|获得|被授予|授予)[^，。；]{0,12}?[“\"]([^”\"]{2,16})[”\"](?:称号|荣誉称号|奖章)"
    for m in re.finditer(given, text):
        honour = m.group(1)
        sa, _ = ctx.sentence_of(m.start())
        people = ctx.within("PERSON", sa, m.start())
        for p in people[-3:]:
            ev = ctx.evidence(p.start_char, m.end(), CONFIDENCE["pattern"])
            ctx.facts.awards.append((EntityRef("Person", p.text), honour, ev))
