"""A log of sent messages saved as CSV (an SMS platform's 发送记录): each row one message.

A union's SMS group-sending platform, or a notice system's push log, exports what it sent as
a spreadsheet: a title and query lines, a header row (序号,发送时间,批次名称,签名,发送对象,
提交号码数,成功,失败,计费条数,短信内容,状态,操作员,审核), a row per batch and a footer
(合计, 说明, 导出时间).  Unlike a work ledger (:mod:`.ledgers`), whose cells are the facts of
an activity, here one column is free text: the message, the only words of a row that are news.
The header names it (``pages/message_log_columns.tsv``: a text column and a time column), and
each sent message is read as a short report of its own, with no headline, dated by its send
time (its 今日 is that day, not the export's).  The other cells are the platform's: recipients
and billing figures (never attendance), masked operators and logins (no persons), and are not
read.

A message that reached nobody gives no facts (``pages/unsent_statuses.txt``): one withdrawn
(已撤回（未发送）), waiting for review (待审核), failed whole (发送失败), or a test batch
(测试); a text sent twice (a failed batch resent) is read once.  The 【sign】 opening a
message names the sending account, as a sender's line: it stays the message's first words.
"""

from __future__ import annotations

import csv
import io
import re

from kg.ingest.dates import parse_date
from kg.ingest.document import Block, Document
from kg.ingest.ledgers import cells_mapped, column_kinds
from kg.ingest.normalize import clean_line, fold_width
from kg.ingest.textmap import Mapped
from kg.lexicon import table, words

_KINDS = {row[0]: row[1] for row in table("pages/message_log_columns.tsv")}
_LABELS = sorted(_KINDS, key=lambda w: (-len(w), w))
_UNSENT = re.compile("|".join(map(re.escape, words("pages/unsent_statuses.txt"))))
# the unsubscribe tail an SMS platform appends (回T退订, 退订回T, 拒收请回复R): no words of the sender
_UNSUBSCRIBE = re.compile(
    r"[，,。\s]*(?:回复?[A-Za-z0-9]{1,2}退订|退订回复?[A-Za-z0-9]{1,2}|拒收请?回复?[A-Za-z0-9]{1,2})[。.]?\s*$"
)
# how long a cell of free text is at least, on the average of the rows (a name cell is shorter)
_TEXT_CHARS = 20


def _kind(label: str) -> str | None:
    label = re.sub(r"\s+", "", label)
    for w in _LABELS:
        if label == w or (label.endswith(w) and len(label) - len(w) <= 2):
            return _KINDS[w]
    return None


def _header(cells: list[str]) -> dict[str, int] | None:
    """The columns a header row labels by kind, when it has a text and a time column."""
    kinds = column_kinds(cells, _kind)
    return kinds if "text" in kinds and "time" in kinds else None


def _table(text: str) -> tuple[int, dict[str, int], list[list[str]]] | None:
    try:
        rows = list(csv.reader(io.StringIO(text, newline=""), strict=True))
    except csv.Error:
        return None
    for i, cells in enumerate(rows[:8]):
        if len(cells) < 4 or (columns := _header(cells)) is None:
            continue
        body = [r for r in rows[i + 1 :] if len(r) == len(cells)]
        at = columns["text"]
        if len(body) >= 2 and sum(len(r[at].strip()) for r in body) >= _TEXT_CHARS * len(body):
            return i, columns, rows
        return None
    return None


def looks_like_message_log(text: str) -> bool:
    """Is ``text`` a log of sent messages saved as CSV: a header row with a text column and a
    time column among its first rows, rows as long under it, their text cells free text?"""
    head = text[:20000]
    return head.count(",") >= 6 and _table(text) is not None


def _unsent(cols: dict[str, str]) -> bool:
    return any(_UNSENT.search(cols.get(k, "")) for k in ("status", "batch", "to"))


def read_message_log(text: str) -> list[Document]:
    """A document per message, dated by its send time, with no headline: one that reached
    nobody with its names and no event (as a cancelled entry), one sent twice once."""
    found = _table(text)
    if found is None:
        return []
    hi, columns, rows = found
    cells = cells_mapped(text, rows)
    width = len(rows[hi])
    messages: list[tuple[str, Mapped, str | None, bool]] = []
    for raw, mapped in zip(rows[hi + 1 :], cells[hi + 1 :], strict=True):
        if len(raw) != width:
            continue  # (a footer line: 合计, 说明, 导出时间)
        cols = {k: raw[i].strip() for k, i in columns.items()}
        body = clean_line(fold_width(mapped[columns["text"]].sub(re.compile(r"\s*[\r\n]+\s*"), "")))
        body = body.sub(_UNSUBSCRIBE, "").strip()
        date = parse_date(cols["time"])
        messages.append((re.sub(r"\s+", "", body.text), body, date, _unsent(cols)))
    sent = {key for key, _, _, unsent in messages if not unsent}
    docs: list[Document] = []
    seen: set[str] = set()
    for key, body, date, unsent in messages:
        # (a failed batch resent later: the resend is the message)
        if not key or key in seen or (unsent and key in sent):
            continue
        seen.add(key)
        docs.append(
            Document(
                [Block(body)],
                date=date,
                date_rank=-1 if date else 99,
                one_article=True,
                untitled=True,
                unheld=unsent,
                repair=False,
            )
        )
    return docs
