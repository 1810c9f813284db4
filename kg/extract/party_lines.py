"""Family *posts*: the parties block (当事人) of a court's judgment or an arbitral award.

Each party stands on a line of its own, its role in the case as a label (原告：, 被告：,
支持起诉单位：, 申请人：); a party that is a body is followed by the line of the person who
stands for it (法定代表人：A，该公司执行董事兼总经理 / 负责人：B，该会主席).  That title is an
office at the body the line above names after its label, as a register's 法定代表人 column
is (``kg.extract.post_tables``); the titles after the name are read as any apposition is
(``kg.extract.appositions``: 该公司 points back at the body).  The agents' lines under it
(委托诉讼代理人：C，某律师事务所律师) are roles in the case, no offices, so their titles
are not listed (``posts/representative_titles.txt``).

A body's fact box (a company's profile: 公司全称：某某股份有限公司 / 上市日期：… / 法定代表人：A
董事会秘书：B) gives its officers the same way, as fields: a field TITLE：NAME in the block of lines
a name field (``bodies/entry_fields.tsv``: 全称, 企业名称) opens is an office at the body it names.
A statement's table head writes the two fields on one line (编制单位：某县总工会　　单位负责人：A
单位：万元): the title after the name field's body, perhaps with 单位 (the unit's) before it, is an
office at that body.
"""

from __future__ import annotations

import re

from spacy.tokens import Span

from kg.extract.appositions import Office, apposition
from kg.extract.context import ArticleContext
from kg.extract.offices import role_at
from kg.lexicon import alternation_of, table, words
from kg.lexicon.chars import HAN

REPRESENTATIVES = frozenset(words("posts/representative_titles.txt"))
# a party's line: its role as a label, a colon, then the party's name (被告：某公司，住所地…)
_PARTY_LINE = re.compile(rf"[ \u3000\t]*[{HAN}]{{1,8}}[：:][ \u3000]*")
_INDENT = " \u3000\t"
# a fact box's name field (公司全称：某某股份有限公司, 企业名称：…), a label of kind "name" of
# bodies/entry_fields.tsv after a few characters of what is named (公司, 单位)
_NAMES = [label for label, kind in table("bodies/entry_fields.tsv") if kind == "name"]
_NAME_FIELD = re.compile(rf"[ \u3000\t│|]*[{HAN}]{{0,4}}(?:{alternation_of(_NAMES)})[ \u3000]*[：:][ \u3000]*")
# how many lines above a field its box's name field may be
_BOX_LINES = 6
# the gap between two fields of one line (法定代表人：A　　董事会秘书：B)
_FIELD_GAP = re.compile(r"[ \u3000\t]{2,}$")
# between a name field's body and a title field on its line (编制单位：某县总工会　　单位负责人：A):
# a gap (the text may keep one space of it), and 单位 — the unit's, the body just named
_AFTER_BODY = re.compile(r"[ \u3000\t]+(?:单位)?")


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


def box_offices(ctx: ArticleContext, t: Span, p: Span) -> list[Office]:
    """法定代表人：A　　董事会秘书：B, a field of the title ``t`` and the name ``p`` in a fact box
    whose name field, a few lines above in the same block, names a body: the office at that
    body; [] otherwise."""
    text = ctx.text
    start = text.rfind("\n", 0, t.start_char) + 1
    lead = text[start : t.start_char]
    if (m := _NAME_FIELD.match(text, start, t.start_char)) is not None:
        # 编制单位：某县总工会　　单位负责人：A — the name field on the title's own line
        if text[t.end_char : p.start_char].strip(_INDENT) not in ("：", ":"):
            return []
        bodies = [
            ref
            for x, y, ref in ctx.bodies_in(m.end(), t.start_char)
            if x == m.end() and _AFTER_BODY.fullmatch(text, y, t.start_char)
        ]
        return [(t, *role_at(bodies[0], t.text))] if bodies else []
    if lead.strip(_INDENT + "│|") and _FIELD_GAP.search(lead) is None:
        return []  # (the title opens its line, or a field after another's gap)
    if text[t.end_char : p.start_char].strip(_INDENT) not in ("：", ":"):
        return []
    line = start
    for _ in range(_BOX_LINES):
        if line == 0:
            return []
        line = text.rfind("\n", 0, line - 1) + 1
        end = text.find("\n", line)
        if not text[line:end].strip(_INDENT):
            return []  # (a blank line closes the box)
        m = _NAME_FIELD.match(text, line, end)
        if m is not None:
            bodies = [ref for x, _y, ref in ctx.bodies_in(m.end(), end) if x == m.end()]
            return [(t, *role_at(bodies[0], t.text))] if bodies else []
    return []
