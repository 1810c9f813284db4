"""Events a report tallies or plans rather than holds: the grammar of a union's year report
(工作总结, 述职报告, 工作简报) and of a speech looking back on a year.

- A name counted in events right after it (开展职工技能竞赛18场次, 举办各类培训班12期), or
  closing a list so counted (先后举办了A、B、C等活动30余场), is a kind of event the report
  totals: many events, none of them one held with a date, place and count of its own; so
  is one counted right before it at the end of a list (参加拔河、跳绳等6个项目比赛: the items
  of the day's event).
- A name right after 累计 and a verb of holding (累计组织劳模疗休养1100余人次, 累计举办培训班
  30期) is what a running total counts, no one event.
- A bare number of editions opening a name held (已连续举办七届X大赛, 举办两期培训班) counts
  the editions, no one event (not 七届三次全委会, one edition's session).
- A report's plans stand under a heading of their own (三、2028年工作思路, 下一步工作打算):
  what its lines name is to come, dated or placed as it may be (拟于3月在X举办…).  Not
  such a heading listed right under another top heading (目录 / 四、存在的问题 / 五、2028年工作
  打算): a table of contents' entry, the report's own sections following it.
- A schedule's table (a header row 日期　时间　工作内容　地点…, then its rows) names what is
  to come, each row dated as it is: plans, up to the first line of prose after it.

Called by ``kg.extract.events`` for each event mention.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Callable

from kg.extract.wordlists import EVENT_MEASURES, PLAN_HEADINGS, SCHEDULE_COLUMNS, VENUE_PREPOSITIONS
from kg.lexicon import alternation_of, words
from kg.nlp.text import CLOSE_QUOTES, line_spans

_NUMBER = r"(?:\d+(?:\.\d+)?|[一二两三四五六七八九十百千]+)"
# after the name (its closing quote: 开展“金秋助学”“送清凉”等活动56场次): more names of the list
# (、B、C), 等 and a generic word of the kind (等活动, 等各类赛事), then a number of events (18场次)
_TALLIED = re.compile(
    rf"[{CLOSE_QUOTES}]?(?:[、和及][^，,。；;！？!?、\n]{{2,24}}?)*(?:等[^，,。；;！？!?、\n\d]{{0,6}}?)?"
    rf"(?:共计|共|累计)?{_NUMBER}[余多]?(?:{alternation_of(EVENT_MEASURES)})"
)
# 累计组织…, 累计举办了…: a running total's verb of holding right before the name
_RUNNING_TOTAL = re.compile(f"累计(?:{alternation_of(words('events/holding_verbs.txt'))})了?$")
# 已连续举办七届X大赛, 举办两期培训班: a bare number of editions (no 第; not 七届三次, an
# edition's session) opening the name held — the editions counted, no one event
_EDITIONS_HELD = re.compile(f"(?:{alternation_of(words('events/holding_verbs.txt'))})了?$")
_EDITIONS = re.compile(rf"{_NUMBER}[届期轮](?!{_NUMBER}次)")
# 办了两期无人机培训班: a verb of holding (the spoken 办 too), then a number of two or more
# sessions of a course (期, 轮) right before the name — the sessions counted, no one event (not
# 一期: one; not 共举办9场沟通会, whose report tells the meetings as one)
_SESSIONS_HELD = re.compile(
    f"(?:{alternation_of((*words('events/holding_verbs.txt'), *words('events/spoken_holding_verbs.txt')))})了?"
    rf"(?:\d*[2-9]\d*|\d{{2,}}|[两三四五六七八九十][一二两三四五六七八九十]*)[余多]?[届期轮]$"
)
# a report's heading line: numbered or not, short, with no clause inside
_HEADING_MAX = 30
_CLAUSE_MARKS = "，,。；;！？!?：:"
_CLAUSE_ENDS = "，,。；;！？!?\n"
# a top heading (一、 二、 …) closes the section before it
_TOP_HEADING = re.compile(r"[一二三四五六七八九十]+[、.．]")


# before the name: a list closed by 等, a number of two or more and a measure (参加拔河、跳绳等
# 6个项目比赛): the items of the event the sentence tells, not one held of their own
_COUNTED_BEFORE = re.compile(
    rf"等(?:\d*[2-9]\d*|\d{{2,}}|[两三四五六七八九十百][一二两三四五六七八九十百]*)[余多]?"
    rf"(?:个|{alternation_of(EVENT_MEASURES)})$"
)


def tallied(text: str, start: int, end: int) -> bool:
    """Is the event named at ``[start, end)`` counted in events right after it (its list's),
    or right before it (6个项目比赛)?  Not when its clause places it
    (在区人力资源市场举办专场招聘会2场): a few events held there, the report tells them."""
    if _COUNTED_BEFORE.search(text, max(0, start - 8), start) is not None:
        return True
    if _RUNNING_TOTAL.search(text, max(0, start - 8), start) is not None:
        return True  # 累计组织劳模疗休养1100余人次: a running total's kind
    if _EDITIONS.match(text, start, end) and _EDITIONS_HELD.search(text, max(0, start - 8), start):
        return True  # 已连续举办七届全市职工职业技能大赛: the editions held so far
    if _SESSIONS_HELD.search(text, max(0, start - 8), start):
        return True  # 去年办了两期无人机培训班: the sessions held, no one of them told
    if _TALLIED.match(text, end) is None:
        return False
    clause = max(text.rfind(c, 0, start) for c in _CLAUSE_ENDS) + 1
    return not any(p in text[clause:start] for p in VENUE_PREPOSITIONS)


def in_plans(text: str, at: int) -> bool:
    """Does ``at`` stand in a report's section of plans (under 下一步工作打算 …) or in the
    rows of a schedule's table?"""
    return any(a <= at < b for a, b in (*_plan_sections(text), *_schedule_rows(text)))


# a cell of a table's header row: a short label, set off by tabs or spaces
_CELL_MAX = 6
# a line of prose: a few words (its day, its subject), then a comma or a stop (11月10日，…)
_PROSE = re.compile(r"\s*[^\s，,。]{1,24}[，,。]")


def _row_of_labels(line: str) -> bool:
    """A header row of a schedule: three or more short cells, one of what is to be done and
    one of when (日期　时间　工作内容　地点)."""
    cells = line.split()
    kinds = {SCHEDULE_COLUMNS.get(c) for c in cells}
    return len(cells) >= 3 and all(len(c) <= _CELL_MAX for c in cells) and {"what", "when"} <= kinds


def _blank_or_prose(line: str) -> bool:
    return not line.strip() or _PROSE.match(line) is not None


def _heading(line: str) -> str | None:
    """The heading a line is (short, no clause inside), stripped; None for prose."""
    head = line.strip()
    return head if 0 < len(head) <= _HEADING_MAX and not any(c in head for c in _CLAUSE_MARKS) else None


def _plan_heading(line: str) -> bool:
    head = _heading(line)
    return head is not None and any(w in head for w in PLAN_HEADINGS)


def _top_heading(line: str) -> bool:
    head = _heading(line)
    return head is not None and _TOP_HEADING.match(head) is not None


def _sections(
    text: str,
    opens: Callable[[str], bool],
    closes: Callable[[str], bool],
    from_next_line: bool,
    listed: Callable[[str], bool] | None = None,
) -> tuple[tuple[int, int], ...]:
    """The spans from each line ``opens`` accepts (or from the line after it, with
    ``from_next_line``) to the next line ``closes`` accepts, or to the end; not from a line
    right under one ``listed`` accepts (an entry of a list of such lines)."""
    out: list[tuple[int, int]] = []
    start: int | None = None
    above = ""
    for a, b in line_spans(text):
        line = text[a:b]
        if opens(line) and not (start is None and listed is not None and listed(above)):
            if start is None:
                start = b + 1 if from_next_line else a
        elif start is not None and closes(line):
            out.append((start, a))
            start = None
        above = line
    if start is not None:
        out.append((start, len(text)))
    return tuple(out)


@functools.lru_cache(maxsize=8)
def _schedule_rows(text: str) -> tuple[tuple[int, int], ...]:
    """The spans of the rows under each header row of a schedule, to the first line of prose
    or blank line after it."""
    if not any(w in text for w, kind in SCHEDULE_COLUMNS.items() if kind == "what"):
        return ()
    return _sections(text, _row_of_labels, _blank_or_prose, from_next_line=True)


@functools.lru_cache(maxsize=8)
def _plan_sections(text: str) -> tuple[tuple[int, int], ...]:
    """The spans of the text under a heading of plans, each to the next top heading that
    is no plan's (or the end)."""
    if not any(w in text for w in PLAN_HEADINGS):
        return ()
    return _sections(text, _plan_heading, _top_heading, from_next_line=False, listed=_top_heading)
