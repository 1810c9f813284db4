"""The unit a list's row names after its person, for ``kg.nlp.orgs``.

A list of delegates or members prints a person a line: the name (with notes in brackets,
（女）（劳模）), a gap, then where the person works and the job or office held, run
together (钢铁公司设备部点检员, 炼铁厂烧结车间主任, 集团总医院心内科护士长).  The unit the
cell opens with is often named short, by its trade alone (钢铁公司, 炼铁厂, 物业服务公司),
which outside such a frame is a description, not a name.  In the row the cell's place says
it is the person's workplace: the shortest run from the cell's start to a workplace's
ending (``bodies/workplace_endings.txt``: 公司, 厂, 医院, 学院, 研究院 …) with more of the
cell after it is a body's name.  Only rows that stand among others of the same shape are
read (one such line alone may be anything), and not a company named again by its type word
alone (集团公司, 公司: ``bodies/org_heads.txt``) nor a host of a union named after it
(钢铁公司工会: the union is the name).

A winners' row under a prize heading (一等奖⏎焊工项目　张三　某县某镇某某茶社) ends with the
winner's unit, a cell of its own: the whole cell (its note in brackets cut) is a body's name
when it ends as a workplace, an organisation, a union or a small shop does
(``bodies/shop_endings.txt``: 茶社, 加工部; a 服务站 or a village is no unit here).
"""

from __future__ import annotations

import functools
import re

from kg.lexicon import words
from kg.lexicon.chars import HAN
from kg.nlp.rows import headed_unit_cells, prize_rows


@functools.cache
def _row() -> re.Pattern[str]:
    heads = "|".join(sorted(words("bodies/workplace_endings.txt"), key=len, reverse=True))
    return re.compile(
        f"^[{HAN}]{{2,4}}(?:[（(][^（()）\\s]{{1,8}}[）)])*[ \u3000]+(?P<unit>[{HAN}]{{2,12}}?(?:{heads}))(?=\\S)",
        re.M,
    )


@functools.cache
def _org_heads() -> frozenset[str]:
    return frozenset(words("bodies/org_heads.txt"))


def row_units(text: str) -> list[tuple[int, int]]:
    """Spans of the units that open the second cell of a list's rows (王某（女）　钢铁公司
    设备部点检员 → 钢铁公司), on lines next to another row of that shape."""
    found = [(m.start(), m.start("unit"), m.end("unit")) for m in _row().finditer(text)]
    starts = {line for line, _, _ in found}
    out = []
    for line, a, b in found:
        before = text.rfind("\n", 0, max(0, line - 1)) + 1 if line > 0 else -1
        after = text.find("\n", b) + 1
        if before not in starts and (after == 0 or after not in starts):
            continue  # (a row alone)
        if text[a:b] in _org_heads() or text.startswith("工会", b):
            continue
        out.append((a, b))
    return out


@functools.cache
def _unit_endings() -> tuple[str, ...]:
    lists = ("bodies/workplace_endings.txt", "bodies/org_suffixes.txt", "unions/union_suffixes.txt")
    return tuple(w for name in (*lists, "bodies/shop_endings.txt") for w in words(name))


# the marks a cell naming two bodies parts them by
_LIST_MARKS = frozenset("、，,；;")
# a note in brackets closing a unit's cell (（麦积区）)
_NOTE = re.compile("[（(][^（()）]{1,12}[)）]$")


def prize_row_units(text: str) -> list[tuple[int, int]]:
    """Spans of the units that close the winners' rows under a prize heading (焊工项目　张三
    某县某镇某某加工部（某区）→ 某县某镇某某加工部)."""
    out = []
    for row in prize_rows(text):
        a, b = row.cells[-1]
        note = _NOTE.search(text, a, b)
        b = note.start() if note else b
        if b - a >= 4 and text[a:b].endswith(_unit_endings()) and text[a:b] not in _org_heads():
            out.append((a, b))
    return out


def headed_row_units(text: str) -> list[tuple[int, int]]:
    """Spans of the bodies in the cells under a 工作单位 head of a table of people (序号　姓名
    工作单位 / 3　某某　某县某镇某某画坊): the head says the cell is where the person works, so
    the whole cell (its note cut) is a body's name when it ends as a workplace, an
    organisation, a union or a small shop does (画坊, 工作室, 餐厅)."""
    out = []
    for a, b in headed_unit_cells(text):
        note = _NOTE.search(text, a, b)
        b = note.start() if note else b
        two = _LIST_MARKS.intersection(text[a:b])  # (县人大常委会、县总工会: two bodies)
        if b - a >= 4 and text[a:b].endswith(_unit_endings()) and text[a:b] not in _org_heads() and not two:
            out.append((a, b))
    return out
