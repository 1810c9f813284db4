"""A site's column repeated as a sidebar under the article (通知公告 / · 某某总工会来我县交流… /
· 关于…的公示): the heading is a column of the page's own menu, the lines under it bulleted
link titles.  Other pages' headlines, whose bodies and areas are no part of the report.

The menu is the bar of columns over the article (首页 | 工会要闻 | … | 通知公告); the same
word as a heading below the article's first sentence, over two bulleted titles or more,
opens a list of links as 相关新闻 does (kg.ingest.page_furniture drops it to the next prose).
"""

from __future__ import annotations

import re

from kg.ingest.shapes import is_prose
from kg.lexicon import entries

# between the columns of a menu bar (A | B, A　　B)
_MENU_BAR = re.compile(r"\s*[|｜丨]\s*|\u3000+|\s{2,}")
_MENU_MIN = 4  # columns in a bar at least: fewer is a line of words, no menu
_COLUMN_MAX = 8  # characters of a column's name at most
# a bulleted link title: a bullet, then a headline's words (no sentence)
_ITEM = re.compile(r"^\s*[·•▪◦●○■□◆▶►]\s*\S.{0,39}$")
_ITEMS_MIN = 2  # link titles under the heading at least


def menu_columns(lines: list[str], first_prose: int) -> frozenset[str]:
    """The columns of the menu bars above the page's first sentence."""
    columns: set[str] = set()
    for line in lines[:first_prose]:
        items = [t for t in _MENU_BAR.split(line.strip()) if t]
        if len(items) >= _MENU_MIN and all(len(t) <= _COLUMN_MAX for t in items):
            columns.update(items)
    return frozenset(columns)


def opens_column_sidebar(lines: list[str], i: int, first_prose: int, columns: frozenset[str]) -> bool:
    """Is line ``i``, below the first sentence, a column of the menu (``columns``) alone on
    its line, over bulleted link titles?"""
    if i <= first_prose or lines[i].strip() not in columns:
        return False
    after = lines[i + 1 : i + 1 + _ITEMS_MIN]
    return len(after) == _ITEMS_MIN and all(_ITEM.match(t) and not is_prose(t) for t in after)


# a row of an issue's list of pages: the page's number (01, A3, 第04版), its name, maybe its
# lead headline after a gap (01　要闻　　某某会议召开)
_PAGE_ROW = re.compile(r"^\s*(?:第\s*)?[A-Za-z]?\d{1,2}\s*(?:版)?\s*[:：\s]\s*\S.{0,48}$")


def page_index(lines: list[str]) -> set[int]:
    """版面导航 over the rows of the issue's pages (two at least): the heading and its rows.
    What those rows name stands on other pages: no line of this page's text."""
    heads = frozenset(entries("pages/page_index_heads.txt"))
    out: set[int] = set()
    for i, line in enumerate(lines):
        if line.strip().rstrip(":：") not in heads:
            continue
        k = i + 1
        while k < len(lines) and _PAGE_ROW.match(lines[k]) and not is_prose(lines[k]):
            k += 1
        if k - i > _ITEMS_MIN:
            out.update(range(i, k))
    return out
