"""A record's log of dated steps (a hotline's work order, a case file, an approval's trail):
one document, its step lines its text.

A case system exports a record as its title, its fields (工单编号：…, 来电时间：…), then
its log: each step a line opening with its date and clock time, then who acted and what
was done, set off by spaces (2027-03-12 14:30　游仙区总工会　现场核查), the step's details
under it.  Read as a news page, each step line is taken for a meta line (a date, then a
source) and dropped, or for a headline over the details, and the record falls apart into
articles; the date and time of a step (a meeting's, a visit's) are lost to the text.

So three or more lines opening with a date and a clock time, words after them, each (but a
third at most) over its details (a field or a sentence, not a chat's 收到), make the page a
log: it is one article, and its step lines are its text, no meta line, no headline and no
furniture.
"""

from __future__ import annotations

import re

from kg.ingest.dates import DATE_PATTERN
from kg.ingest.document import Document
from kg.ingest.shapes import field_line, is_prose

# a step's line: its date and clock time, then words (who, what), no sentence
_STEP = re.compile(rf"^\s*(?:{DATE_PATTERN})\s*\d{{1,2}}:\d{{2}}(?::\d{{2}})?[\s\u3000]+[^\s，。；！？]")
_STEP_MAX = 40
_STEPS_MIN = 3
_SHARE_NUM, _SHARE_DEN = 2, 3  # of the steps, those with details under them


def _step(line: str) -> bool:
    """A step's line: its words unlabelled (2027-03-11 10:05　来源：某某网 is a page's meta line)."""
    m = _STEP.match(line)
    return len(line) <= _STEP_MAX and m is not None and not re.search(r"[，。；！？:：]", line[m.end() - 1 :])


def _detailed(lines: list[str], i: int, steps: set[int]) -> bool:
    """The step at ``i`` is followed by its details (a field, 签收人：X, or a sentence), by the
    next step or by nothing; a chat's message head by the message (收到, 1, [群公告])."""
    nxt = next((k for k in range(i + 1, len(lines)) if lines[k].strip()), None)
    return nxt is None or nxt in steps or field_line(lines[nxt]) or is_prose(lines[nxt])


def log_steps(lines: list[str]) -> set[int]:
    """The indexes of a log's step lines: none when fewer than three, or when a third of them
    or more head no details (a chat's history, whose heads are as dated: kg.ingest.chats)."""
    steps = {i for i, t in enumerate(lines) if _step(t)}
    detailed = sum(_detailed(lines, i, steps) for i in steps)
    return steps if len(steps) >= _STEPS_MIN and detailed * _SHARE_DEN >= len(steps) * _SHARE_NUM else set()


def read_log(doc: Document) -> None:
    """When the document is a record with a log of dated steps, make it one article."""
    if doc.one_article:
        return
    if log_steps([b.text.text for b in doc.blocks]):
        doc.one_article = True
