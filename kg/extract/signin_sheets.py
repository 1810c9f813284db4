"""Family *events*, continued: who signed a sign-in sheet takes part in its event.

A sign-in sheet (签到表, its headline ending in a word of ``events/signin_sheets.tsv``) is
printed with the event's fields above it (活动名称：X座谈会 / 时间：… / 地点：…, read by the
other event rules) and a numbered row for each person expected: 序号 | 姓名 | 单位 | 职务 |
… | 签名.  A table set in text keeps its rows' bars (|, or 丨 where a scan's OCR read a bar as
that character), though not always its line breaks: a row opens with its number between bars.
The person of a row is the name standing alone in a cell after the number; the row's last
cell is where the person signs, so a row whose last cell is blank (nobody signed) or says
another signed for them (王某代签), that they were on leave or absent, or is struck out (～～～),
names someone who did not come.  Everyone else signed: they take part in the sheet's event,
the page's main one.  A row is read up to the next row's number, a rule of dashes or the
line's end (a page's foot or running head between two rows is no cell).
"""

from __future__ import annotations

import re

from kg.extract.context import CONFIDENCE, ArticleContext
from kg.lexicon import alternation_of, table
from kg.model.facts import EntityRef

_ROWS = table("events/signin_sheets.tsv")
_TITLES = tuple(w for w, kind in _ROWS if kind == "title")
_ABSENT = re.compile(alternation_of(w for w, kind in _ROWS if kind == "absent"))
_BAR = "[|丨｜]"
# a row's opening: a bar, its number, a bar
_ROW = re.compile(f"{_BAR}[ \u3000]*\\d{{1,3}}[ \u3000]*(?={_BAR})")
# where a row ends at the latest: a rule of dashes, a line break
_ROW_END = re.compile("[—─-]{3,}|\n")
_SPACES = re.compile("[ \u3000]+")


def signin_sheets(ctx: ArticleContext) -> None:
    """On a 签到表, the person of each numbered row whose last cell was signed takes part in
    the page's main event."""
    headline = (ctx.article.headline or "").strip()
    main = ctx.main_event()
    if main is None or not headline.endswith(_TITLES):
        return
    known = {ref for ref, _ in main.participants}
    openings = list(_ROW.finditer(ctx.text))
    for i, m in enumerate(openings):
        end = openings[i + 1].start() if i + 1 < len(openings) else len(ctx.text)
        if (cut := _ROW_END.search(ctx.text, m.end(), end)) is not None:
            end = cut.start()
        row = ctx.text[m.end() : end].rstrip(" \u3000")
        if not re.search(f"{_BAR}$", row):
            continue  # (no closing bar: the row's end is lost)
        cells = re.split(_BAR, row[:-1])[1:]
        if len(cells) < 2 or not _SPACES.sub("", cells[-1]) or _ABSENT.search(cells[-1]):
            continue  # (nobody signed, or another for them, or they were away)
        person = _cell_person(ctx, m.end(), cells)
        if person is not None and person[0] not in known:
            known.add(person[0])
            main.participants.append((person[0], ctx.evidence(*person[1], CONFIDENCE["pattern"])))


def _cell_person(ctx: ArticleContext, start: int, cells: list[str]):
    """The person whose name fills a cell of the row alone (the first such, the 姓名 cell), with
    its span; None if no cell is one name."""
    at = start + 1  # (the first cell's start, after its opening bar)
    for cell in cells[:-1]:
        name = _SPACES.sub("", cell)
        for p in ctx.mentions_in("PERSON", at, at + len(cell)):
            if p.end_char <= at + len(cell) and p.text.replace("\u3000", "") == name:
                return EntityRef("Person", p.text), (p.start_char, p.end_char)
        at += len(cell) + 1
    return None
