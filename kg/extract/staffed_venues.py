"""A venue's name (图书馆, 文化馆, 文化宫) written as someone's unit is the institution, an
organisation, not the building: a title right after it (某区文化馆馆长, 某县图书馆工会主席)
or, in a table's row of 单位 / 姓名 / 职务, a name and then a title (某区图书馆	王某	工会主席),
or a row the other way round (工会主席	王某	某县图书馆).  Any venue's name alone in brackets
right after a person's (王某（某街道便民服务中心）, a list of honourees with their units) is
that person's unit, an organisation.
Framed as where something is held (在某区文化馆举行) it stays a venue.
"""

from __future__ import annotations

import re

from spacy.tokens import Span

from kg.extract.context import ArticleContext
from kg.lexicon import words
from kg.nlp.owned_venues import UNION_HOMES

# venues that are institutions too (图书馆, 文化宫): only these are someone's unit
INSTITUTION_ENDINGS = tuple(words("bodies/institution_venue_endings.txt"))

# what may stand between the unit and its holder's title in a row: cells' gaps and one name
ROW_GAP_RE = re.compile(r"[ \t\u3000]*(?:[\u4e00-\u9fff·]{2,6}[ \t\u3000]+)?")
# the gap between a row's cells (the page's tabs, which ingestion may turn into spaces)
ROW_CELL_GAP_RE = re.compile(r"[ \t\u3000]+")
# a sentence's end: a paragraph of prose, though spaces stand in it (a time, a title's two halves)
SENTENCE_END_RE = re.compile(r"[。！？；]")
ROW_GAPS = 2  # cells before the one read: at least two gaps (序号, 单位, 姓名 …)
# a title opening at the gap's end: the head of the institution (馆长) or a union office
HEAD_RE = re.compile(r"[副]?(?:馆长|院长|主任)|工会")
OPEN_BRACKETS, CLOSE_BRACKETS = "（(", "）)"
# a gap between cells of a list's line (the page's spaces or tabs)
GAP_CHARS = " \t\u3000"
LINE_GAP_RE = re.compile(f"[{GAP_CHARS}]*")
# a worker's word after a unit to the line's end (投递员, 队员, 收费员)
JOB_RE = re.compile(r"[\u4e00-\u9fff]{0,3}员[ \t\u3000]*(?:\n|$)")


def staffed(ctx: ArticleContext, s: Span) -> bool:
    """Is the venue ``s`` named as the unit of a title that follows it (on its line)?"""
    text = ctx.text
    if not s.text.endswith(INSTITUTION_ENDINGS):
        return False  # (a service station's 站长 heads a venue still)
    k = ROW_GAP_RE.match(text, s.end_char).end()
    if k < len(text) and HEAD_RE.match(text, k):
        return True
    if any(t.start_char == k for t in ctx.mentions_in("TITLE", k, k + 1)):
        return True
    # a row written the other way round: 职务 姓名 单位 (工会主席	王某	某县图书馆)
    line = text.rfind("\n", 0, s.start_char) + 1
    return any(
        ROW_GAP_RE.fullmatch(text, t.end_char, s.start_char) is not None and t.end_char < s.start_char
        for t in ctx.mentions_in("TITLE", line, s.start_char)
    )


def bracketed_unit(ctx: ArticleContext, s: Span) -> bool:
    """Is the venue ``s`` all that stands in brackets right after a person's name (王某（某镇
    快递服务站）)?  The brackets give the person's unit, where they work.  So does a list's
    line of a person's name, a gap, then the venue and the person's job (王某　某镇快递服务站投递员)."""
    text, a, b = ctx.text, s.start_char, s.end_char
    if listed_unit(ctx, s):
        return True
    if not (text[a - 1 : a] and text[a - 1] in OPEN_BRACKETS and text[b : b + 1] and text[b] in CLOSE_BRACKETS):
        return False
    return any(p.end_char == a - 1 for p in ctx.mentions_in("PERSON", max(0, a - 8), a - 1))


def listed_unit(ctx: ArticleContext, s: Span) -> bool:
    """王某　某镇快递服务站投递员 (a line of a list of honourees): a person's name opening the
    line, a gap, the venue, then a job word (a title, or a worker's word in 员) to the line's
    end: the venue is the person's unit."""
    text, a, b = ctx.text, s.start_char, s.end_char
    line = text.rfind("\n", 0, a) + 1
    g = a
    while g > line and text[g - 1] in GAP_CHARS:
        g -= 1
    opening = LINE_GAP_RE.match(text, line).end()
    # (the person's name as found, or cut short by the tagger: 谭皇|图)
    if g == a or not any(
        p.start_char == opening and 0 <= g - p.end_char <= 1 for p in ctx.mentions_in("PERSON", line, g)
    ):
        return False
    job = JOB_RE.match(text, b)
    return job is not None or any(t.start_char == b for t in ctx.mentions_in("TITLE", b, b + 1))


def in_a_units_row(ctx: ArticleContext, s: Span) -> bool:
    """Is ``s`` written in a table's row (cells apart by tabs or spaces) after a body's name on that row
    (某医院	王某	工会女职工委员会主任)?  Then a bare committee of 工会 is the row's unit's union's,
    which the row does not name, not the committee of the union the page is about."""
    line = ctx.text.rfind("\n", 0, s.start_char) + 1
    if len(ROW_CELL_GAP_RE.findall(ctx.text, line, s.start_char)) < ROW_GAPS:
        return False  # (one gap is no row: 3月6日　某会联合…, a dated entry's line)
    if SENTENCE_END_RE.search(ctx.text, line, s.start_char):
        return False  # (a row's cells hold no sentence: 10:35 A作题为《X　Y》的报告。…委员会主任B is prose)
    return any(ctx.ref_at[xy].cls == "Organization" for xy in ctx.ref_at.starting_in(line, s.start_char))


def union_home(name: str) -> bool:
    """某镇总工会职工之家: a union's home for its members (kg.nlp.owned_venues) is a venue, though
    named after the union as the units it runs are (某区总工会职工服务中心, organisations)."""
    return name.endswith(tuple(UNION_HOMES))
