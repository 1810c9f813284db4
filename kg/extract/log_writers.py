"""Family *participants*, continued: a work log's writer takes part in what an item tells
with no subject of its own.

A log exported from an office app is one cadre's account of their day, in items that leave the
writer unsaid (1. 上午9:00在市总工会会议室参加全市工作例会…, 2. 和镇民政办走访困难职工3户): the
writer named on the export's header (提交人：X, kept as the log's furniture by
:mod:`kg.ingest.work_logs`) did what such an item tells, so took part in the event it names.
An item opening with a name (某工会成立大会在…召开) tells what others did: no part of the
writer's, as an entry whose head names no writer gives no one.
"""

from __future__ import annotations

import re

from kg.extract.context import CONFIDENCE, ArticleContext
from kg.lexicon import alternation_of, words
from kg.model.facts import EntityRef

_OWNER_FIELDS = tuple(words("pages/log_owners.txt"))
_OPENINGS = tuple(words("pages/log_item_openings.txt"))
# 提交人：符某某（昵称：…）　部门：…: the writer's name after the field, up to the next mark
_OWNER = re.compile(f"(?:{alternation_of(_OWNER_FIELDS)})\\s*[:：]\\s*([\u4e00-\u9fff·]{{2,5}})(?![\u4e00-\u9fff])")
# an item's opening before its words: its number, its day (2028年3月7日), a part of the day
# and a clock time (上午9:00), marks
_ITEM_OPENING = re.compile(
    r"[ \t\u3000]*(?:\d{1,2}\s*[.、．]\s*)?(?:\d{4}年\d{1,2}月\d{1,2}日)?"
    r"(?:上午|下午|中午|晚上|傍晚|早上|凌晨)?(?:\d{1,2}[:：]\d{2})?[，,、\s]*"
)


def log_writer(furniture: list[str]) -> str | None:
    """The one writer a log export's header names (提交人：X), None if none or several."""
    found = {m[1] for line in furniture for m in _OWNER.finditer(line)}
    return found.pop() if len(found) == 1 else None


def writer_of_log_takes_part(ctx: ArticleContext) -> None:
    """The log's writer takes part in each event named in an item that opens with no subject
    (在…参加, 和某办走访, 到某村慰问)."""
    writer = log_writer(ctx.article.furniture)
    if writer is None:
        return
    ref = EntityRef("Person", writer)
    text = ctx.text
    for f in ctx.facts.events:
        at = f.evidence.start
        a = text.rfind("\n", 0, at) + 1
        k = _ITEM_OPENING.match(text, a).end()
        if k > at or not text.startswith(_OPENINGS, k) or any(r == ref for r, _ in f.participants):
            continue
        f.participants.append((ref, ctx.evidence(k, k + 1, CONFIDENCE["context"])))
