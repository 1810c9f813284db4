"""An export of work logs (日志 of an office app: 日报, 周报): documents per log, dated by it.

An office app exports a cadre's logs as text: a header (the app's breadcrumb, the range, who
submitted them and their department), then one log after another, each opening with its
kind in brackets and its day (【日报】2028-03-06（周一）　提交于 18:42　接收人：…), its
template's fields under field marks (▍今日完成, ▍明日计划), its attachments' file names (📎),
how many read it and the comments (👁 已读 2/2　💬 X 18:55：…), and rules between the logs.
Read as a page, each log head and each field head is taken for a headline, and the logs'
days are lost: an event told in one log (上午9:00在…参加例会) took place on the log's day.

So two or more lines opening with a bracketed kind and a date make the page an export of
logs, each read as two documents with no headline, dated by its head: what was done that day
(the items of a field whose head says so, ``pages/log_today_fields.txt``, or of a log with no
fields), each item opening with the log's day as a report would write it; and the rest, whose
names are read and no event (what is left undone, to settle or planned for tomorrow, the
receivers and the comments, each as its writer's words: X：…).  Field heads, attachments,
read marks and the app's bot lines are the app's.  The header above the first log says whose
logs they are (the submitter, the department, 琼海市某镇人民政府 > 镇总工会): a document of
names of its own, and each log keeps it as furniture, the page's owner.
"""

from __future__ import annotations

import re

from kg.ingest.document import Block, Document
from kg.ingest.textmap import Mapped
from kg.lexicon import words

# a log's head: its kind in brackets, then its day (【日报】2028-03-06（周一）, 【周报】2028年3月6日)
_HEAD = re.compile(r"^\s*【[^】\s]{1,6}】\s*((?:19|20)\d{2})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})")
_HEADS_MIN = 2
_RULE = re.compile(r"^\s*[━─—=＝]{6,}\s*$")
# a field's head (▍今日完成)
_FIELD = re.compile(r"^\s*[▍▌▎■◆]\s*(\S.*)$")
# the app's own lines: attachments' names (📎), a bot's reminder (🤖)
_APP_LINE = re.compile(r"^\s*(?:📎|🤖)")
# read marks and comments (👁 已读 1/2（X未读）　💬 X 18:55：…), a comment per 💬
_READ = re.compile(r"^\s*👁[^💬]*")
_COMMENT = re.compile(r"💬\s*(?P<who>[^💬：:]+?)\s*\d{1,2}[:：]\d{2}\s*[:：]\s*(?P<said>[^💬]+)")
# who the log went to, on its head (接收人：A、B)
_RECEIVERS = re.compile(r"接收人\s*[:：]\s*\S+")
# the item's number a day goes after (1. 上午…), and a part of the day it goes before with no comma
_ITEM_NUMBER = re.compile(r"^\s*\d{1,2}\s*[.、．]\s*")
_DAY_PART = re.compile(r"(?:上午|下午|中午|晚上|傍晚|早上|凌晨)")


def _dated(line: Mapped, y: int, m: int, d: int) -> Mapped:
    """An item done on the log's day, opening with the day (1. 2028年3月7日上午9:00在…)."""
    body = line.strip()
    n = _ITEM_NUMBER.match(body.text)
    at = n.end() if n else 0
    day = f"{y}年{m}月{d}日" + ("" if _DAY_PART.match(body.text, at) else "，")
    return body[:at] + Mapped.synthetic(day) + body[at:]


def _comments(line: Mapped) -> list[Mapped]:
    """A read-marks line's comments, each as its writer's words (X：…)."""
    rest = line.sub(_READ, "")
    return [
        rest.group(c, "who") + Mapped.synthetic("：") + rest.group(c, "said").strip()
        for c in _COMMENT.finditer(rest.text)
    ]


def _log(head: Mapped, lines: list[Mapped], furniture: list[str]) -> list[Document]:
    m = _HEAD.match(head.text)
    y, mo, d = int(m[1]), int(m[2]), int(m[3])
    today = tuple(words("pages/log_today_fields.txt"))
    done: list[Mapped] = []
    rest: list[Mapped] = [head.group(r) for r in _RECEIVERS.finditer(head.text)]
    held = True  # (a log with no fields: its text is the day's)
    for line in lines:
        if f := _FIELD.match(line.text):
            held = any(w in f[1] for w in today)
        elif _APP_LINE.match(line.text):
            continue
        elif "💬" in line.text or _READ.match(line.text):
            rest.extend(_comments(line))
        elif line.text.strip():
            (done if held else rest).append(_dated(line, y, mo, d) if held else line.strip())
    date = f"{y:04d}-{mo:02d}-{d:02d}"
    out = []
    for texts, unheld in ((done, False), (rest, True)):
        if texts:
            blocks = [Block(t, None, 1 if k else 0) for k, t in enumerate(texts)]
            out.append(
                Document(
                    blocks=blocks,
                    date=date,
                    date_rank=-1,
                    one_article=True,
                    untitled=True,
                    unheld=unheld,
                    repair=False,
                    furniture=furniture,
                )
            )
    return out


def work_log_documents(doc: Document) -> list[Document] | None:
    """The logs of an export of work logs as documents of one article each (None: no such
    export)."""
    if doc.one_article:
        return None
    heads = [k for k, b in enumerate(doc.blocks) if _HEAD.match(b.text.text)]
    if len(heads) < _HEADS_MIN:
        return None
    furniture = [b.text.text.strip() for b in doc.blocks[: heads[0]] if not _RULE.match(b.text.text)]
    out: list[Document] = []
    header = [
        Block(b.text, None, 1 if i else 0) for i, b in enumerate(doc.blocks[: heads[0]]) if not _RULE.match(b.text.text)
    ]
    if header:  # (who submitted the logs, their department: names, no event)
        out.append(
            Document(blocks=header, one_article=True, untitled=True, unheld=True, repair=False, furniture=furniture)
        )
    for n, k in enumerate(heads):
        end = heads[n + 1] if n + 1 < len(heads) else len(doc.blocks)
        # (the rule closing the log: what follows the last one is the app's tally)
        close = next((i for i in range(k + 1, end) if _RULE.match(doc.blocks[i].text.text)), end)
        out.extend(_log(doc.blocks[k].text, [b.text for b in doc.blocks[k + 1 : close]], furniture))
    return out or None
