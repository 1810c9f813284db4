"""Family *posts*: the parties block (当事人) of a court's judgment or an arbitral award.

Each party stands on a line of its own, its role in the case as a label (原告：, 被告：,
支持起诉单位：, 申请人：); a party that is a body is followed by the line of the person who
stands for it (法定代表人：A，该公司执行董事兼总经理 / 负责人：B，该会主席).  That title is an
office at the body the line above names after its label, as a register's 法定代表人 column
is (``kg.extract.post_tables``); the titles after the name are read as any apposition is
(``kg.extract.appositions``: 该公司 points back at the body).  The agents' lines under it
(委托诉讼代理人：C，某律师事务所律师) are roles in the case, no offices, so their titles
are not listed (``posts/representative_titles.txt``).
"""

from __future__ import annotations

import re

from spacy.tokens import Span

from kg.extract.appositions import Office, apposition
from kg.extract.context import ArticleContext
from kg.extract.offices import role_at
from kg.lexicon import words
from kg.lexicon.chars import HAN

REPRESENTATIVES = frozenset(words("posts/representative_titles.txt"))
# a party's line: its role as a label, a colon, then the party's name (被告：某公司，住所地…)
_PARTY_LINE = re.compile(rf"[ \u3000\t]*[{HAN}]{{1,8}}[：:][ \u3000]*")
_INDENT = " \u3000\t"


def party_offices(ctx: ArticleContext, t: Span, p: Span) -> list[Office]:
    """法定代表人：A, the title ``t`` opening its line before the name ``p``, under a party's
    line naming a body (被告：某公司，…): the office at that body, with the titles written
    after the name; [] otherwise."""
    text = ctx.text
    start = text.rfind("\n", 0, t.start_char) + 1
    if t.text not in REPRESENTATIVES or not start or text[start : t.start_char].strip(_INDENT):
        return []
    if text[t.end_char : p.start_char].strip(_INDENT) not in ("：", ":"):
        return []
    head = text.rfind("\n", 0, start - 1) + 1
    m = _PARTY_LINE.match(text, head, start - 1)
    if m is None:
        return []
    bodies = [ref for x, _y, ref in ctx.bodies_in(m.end(), start - 1) if x == m.end()]
    if not bodies:
        return []
    return [(t, *role_at(bodies[0], t.text)), *apposition(ctx, p)]
