"""Family *awards*, continued: award tables, a row to each holder.

A page that lists its honours as a table (姓名 / 单位 / 职务 / 奖项; 集体名称 / 负责人 / 奖项)
says per row who received what; the markup is gone by the time the text is read, and
kg.nlp.grids finds the table again by its heads.  The row's person (the cell under the
name head) or, in a table of units, the row's body (the cell under 集体名称) holds the
honour in the row's honour cell; the head of a unit (负责人) holds nothing.  Cells one a
line lose an empty cell without a trace, and the rows after it their step: the table is
read down to the first row whose name cell holds no name (or whose honour cell holds one).

A table with no honour column may be titled by its honour: the line right over its heads names
the honour and the list (2029年度全市“优秀工会工作者”名单（8名）, X市五一劳动奖章获得者名单), as an
announcement's annex prints its holders.  Then each row's person (else its body) holds that
honour, a quoted one with the area before it that qualifies it (2027年度某县“金牌职工”名单:
某县“金牌职工”); a list put forward (拟表彰名单, 推荐人选名单, 名单公示) gives nothing.
"""

from __future__ import annotations

import functools
import re

from kg.extract.awards import EDITION, HONOUR_HEAD_WORDS, award, bodies_in
from kg.extract.context import CONFIDENCE, ArticleContext
from kg.extract.honour_topic import topic_at
from kg.extract.wordlists import HONOUR_HOLDER, HONOUR_ROLLS, NOMINATING_VERBS, SHORTLIST_WORDS
from kg.lexicon import alternation_of
from kg.model.evidence import Evidence
from kg.model.facts import EntityRef
from kg.nlp.grids import Grid, grids

_AREA = "AdministrativeArea"
# the longest title line read over a table
_LONGEST_TITLE = 48


@functools.cache
def _title() -> re.Pattern[str]:
    """…“X”名单（12名）, …X奖章获得者名单: a title ending with an honour (quoted, or ending with an
    honour's head), maybe its holders' word, the list and the count of its rows."""
    return re.compile(
        f'(?:[“"「『]([^“”"「」『』]{{2,16}})[”"」』]|((?:{HONOUR_HEAD_WORDS})))(?:荣誉)?(?:称号)?'
        f"(?:{alternation_of(HONOUR_HOLDER)}|获奖者)?(?:{alternation_of(HONOUR_ROLLS)})"
        "(?:[（(][0-9０-９一二三四五六七八九十百]{1,4}[名人个家位项][)）])?[:：]?$"
    )


@functools.cache
def _put_forward() -> re.Pattern[str]:
    return re.compile(alternation_of((*NOMINATING_VERBS, *SHORTLIST_WORDS)))


def table_awards(ctx: ArticleContext) -> None:
    """Each row of an award table: its honour cell to the person of its name cell, else to
    the body named by its whole unit cell."""
    text = ctx.text
    for grid in grids(text):
        at = grid.column("honour")
        name, body = grid.column("name"), grid.column("body")
        if at is None:
            if name is not None or body is not None:
                _titled_rows(ctx, grid, name, body)
            continue
        if name is None and body is None:
            _topic_rows(ctx, grid.rows, at)
            continue
        for row in grid.rows:
            if name is not None and ctx.mentions_in("PERSON", *row[at]):
                break  # the rows lost step (an empty cell gone: a name no longer under 姓名)
            ev = ctx.evidence(row[0][0], row[-1][1], CONFIDENCE["pattern"])
            if not _row_holds(ctx, row, name, body, text[slice(*row[at])], ev):
                break


def _row_holds(ctx: ArticleContext, row: tuple, name: int | None, body: int | None, honour: str, ev: Evidence) -> bool:
    """The row's person (its name cell), else the body its whole unit cell names, holds the
    honour; False when the name cell names nobody (the rows lost step, or the list ended)."""
    if name is not None:
        a, b = row[name]
        people = [p for p in ctx.mentions_in("PERSON", a, b) if p.start_char == a]
        if not people:
            return False
        award(ctx, EntityRef("Person", people[0].text), honour, ev)
        return True
    a, b = row[body]
    held = [ref for y, x, ref in bodies_in(ctx, a, b) if (x, y) == (a, b)]
    if held:
        award(ctx, held[0], honour, ev)
    return True


def area_before(ctx: ArticleContext, a: int, quote: int) -> int:
    """Where the name of an area ending right at ``quote`` starts (某县 of 某县“金牌职工”: the
    area the quoted honour is of), not before ``a``; ``quote`` when none ends there (全市交通系统
    “X”: a scope, no area's name)."""
    starts = [x for x, y in ctx.ref_at.starting_in(a, quote) if y == quote and ctx.ref_at[(x, y)].cls == _AREA]
    return min(starts, default=quote)


def _topic_rows(ctx: ArticleContext, rows: tuple, at: int) -> None:
    """年份 / 荣誉名称 / 授予单位: a table of honours with no holder's column is a profile's
    list of what its topic received (the person or body the text before it opens with)."""
    holder = topic_at(ctx, rows[0][0][0])
    if holder is None:
        return
    for row in rows:
        honour = ctx.text[slice(*row[at])]
        if len(honour) >= 4:
            award(ctx, holder, honour, ctx.evidence(row[0][0], row[-1][1], CONFIDENCE["context"]))


def _titled_rows(ctx: ArticleContext, grid: Grid, name: int | None, body: int | None) -> None:
    """“X”名单（12名）⏎序号 单位 姓名 职务⏎…: each row's person (else body) holds the honour of
    the title line right over the heads."""
    text = ctx.text
    heads = grid.heads[0][0]
    end = text.rfind("\n", 0, heads)
    if end <= 0:
        return
    start = text.rfind("\n", 0, end) + 1
    title = text[start:end].strip(" \u3000\t")
    m = _title().search(title)
    if m is None or len(title) > _LONGEST_TITLE or _put_forward().search(title):
        return
    if m.group(1):
        # 2027年度淇县“金牌职工”名单: the quoted name with the area that qualifies it before
        quote = text.index(title, start) + m.start()
        area = area_before(ctx, start, quote)
        honour = f"{text[area:quote]}“{m.group(1)}”" if area < quote else m.group(1)
    else:
        honour = EDITION.sub("", title[: m.end(2)])
    if len(honour) < 4:
        return
    for row in grid.rows:
        if not _row_holds(ctx, row, name, body, honour, ctx.evidence(start, row[-1][1], CONFIDENCE["context"])):
            break
