"""A monitoring digest or clipping list: the digest one article, each report it lists another.

A union's 舆情监测日报, 媒体报道摘编 or 信息摘报 lists the reports it found as blocks of
fields, one block a report: a tag line (【1】正面 ★本单位活动), then 来源：outlet
时间：when, 标题：the report's headline, 摘要：its lead, 链接：its address and a line of
counts (转载量, 情感倾向), maybe the compiler's 处置情况.  Read as one page, the tag lines
are taken for headlines and every field for a line of text, so the reports' headlines are
lost and their leads fall under the tags.

So a page with two or more such blocks (a title field, a summary field and a source field,
a paragraph each, or each under its tag) is cut: each report is a document of one article,
its 标题 the headline, its 摘要 the text (a byline inside it credits the report), dated by
its 时间 (the year the page's), its 来源 the outlet; the page's own lines are the digest's
article, under its name (the title line of its header).  A block whose source is a user's
screen name (微博 @某某) or whose title says it has none (（无标题）) is a post the
compiler saw, no published report: its title and summary stay the digest's text.  The
compiler's own remarks on a report (处置情况：…, sentences) are the digest's text too; the
tags, the other fields and the header are furniture.
"""

from __future__ import annotations

import functools
import itertools
import re

from kg.ingest.bulletins import is_masthead
from kg.ingest.dates import DATE_PATTERN, parse_date
from kg.ingest.document import Block, Document
from kg.ingest.shapes import field_line, is_prose, title_like
from kg.ingest.textmap import Mapped
from kg.lexicon import alternation
from kg.lexicon.chars import HAN

_ITEMS_MIN = 2
_FULL_DATE = re.compile(DATE_PATTERN)
_DAY = re.compile(r"(?P<m>\d{1,2})\s*月\s*(?P<d>\d{1,2})\s*[日号]")
_HANDLE = re.compile(r"[@＠]\S")  # a user's screen name (微博 @某某)
_UNTITLED = re.compile(r"^\s*[（(【\[]?\s*无标题\s*[)）】\]]?\s*")
# a report's tag opening its block (【3】负面), when the blocks run on without blank lines
_ITEM_TAG = re.compile(r"^\s*[【\[]\d{1,3}[】\]]")
# a field's label at a line's start or after a run of spaces (来源：X　时间：Y)
_LABEL = re.compile(rf"(?:^|(?<=\s))\s*(?P<label>[{HAN}]{{2,6}})\s*[:：]\s*")


@functools.cache
def _labels() -> dict[str, re.Pattern[str]]:
    kinds = {
        "title": "pages/title_labels.txt",
        "summary": "pages/summary_labels.txt",
        "source": "pages/source_labels.txt",
        "date": "pages/date_labels.txt",
    }
    return {k: re.compile(rf"^(?:{alternation(f)})$") for k, f in kinds.items()}


def _fields(line: Mapped) -> list[tuple[str, Mapped]]:
    """The labelled fields of a field line (来源：X　时间：Y → [(来源, X), (时间, Y)])."""
    if not field_line(line.text):
        return []
    marks = list(_LABEL.finditer(line.text))
    out = []
    for k, m in enumerate(marks):
        if k and not line.text[: m.start()].endswith((" ", "\u3000", "\t")):
            continue
        end = next((n.start() for n in marks[k + 1 :] if line.text[: n.start()].endswith((" ", "\u3000", "\t"))), None)
        out.append((m["label"], line[m.end() : end].strip()))
    return out


def _kind(label: str) -> str | None:
    return next((k for k, rx in _labels().items() if rx.match(label)), None)


class _Item:
    """One report's block of fields: where its lines are and what its fields hold."""

    def __init__(self, rows: range, fields: dict[str, Mapped], remarks: list[Mapped], more: list[Mapped]) -> None:
        self.rows, self.fields, self.remarks = rows, fields, remarks
        self.summary = [fields["summary"], *more]  # (a long summary wraps onto unlabelled lines)

    @property
    def published(self) -> bool:
        """A report an outlet published: not a user's post (@某某), not untitled."""
        title = self.fields["title"].text
        return not (_HANDLE.search(self.fields["source"].text) or _UNTITLED.match(title))


def _item(blocks: list[Block], rows: range) -> _Item | None:
    """The report in the paragraph ``blocks[rows]``: its title, summary and source fields (the
    first of each), its other sentences (the compiler's remarks); None when it is none."""
    fields: dict[str, Mapped] = {}
    remarks: list[Mapped] = []
    more: list[Mapped] = []
    last = None  # the kind of the last field read
    for i in rows:
        found = _fields(blocks[i].text)
        if not found and last == "summary" and blocks[i].text.strip():
            more.append(blocks[i].text.strip())
        for label, value in found:
            last = kind = _kind(label)
            if kind is not None and kind not in fields:
                fields[kind] = value
            elif kind is None and is_prose(value.text):
                remarks.append(value)
    if not {"title", "summary", "source"} <= fields.keys():
        return None
    return _Item(rows, fields, remarks, more)


def digest_items(blocks: list[Block]) -> list[_Item] | None:
    """The reports a digest lists, a paragraph each; None when there are fewer than two."""
    opens = [i == 0 or b.gap > 0 or b.level is not None or _ITEM_TAG.match(b.text.text) for i, b in enumerate(blocks)]
    starts = [i for i, o in enumerate(opens) if o] + [len(blocks)]
    items = [x for a, b in itertools.pairwise(starts) if (x := _item(blocks, range(a, b)))]
    return items if len(items) >= _ITEMS_MIN else None


def _day(value: str, page: str | None) -> str | None:
    """The date of a 时间 field: in full, or its month and day in the page's year (the year
    before when the month is later than the page's)."""
    full = _FULL_DATE.search(value)
    if full and full["d"]:
        return parse_date(full.group())
    day = _DAY.search(value)
    if day is None or page is None:
        return None
    year = int(page[:4]) - (int(day["m"]) > int(page[5:7]))
    return parse_date(f"{year}年{day['m']}月{day['d']}日")


def _page_date(lines: list[str]) -> str | None:
    for t in lines:
        m = _FULL_DATE.search(t)
        if m and m["d"]:
            return parse_date(m.group())
    return None


def _title_at(blocks: list[Block], first: int) -> int | None:
    """The digest's name: the first headline-shaped line of its header (above its first
    sentence and first report), no issue line, imprint or field."""
    for k, b in enumerate(blocks[:first]):
        t = b.text.text.strip()
        if is_prose(t):
            return None
        if title_like(t) and not (field_line(t) or is_masthead(t) or re.search(r"\s", t)):
            return k
    return None


def digest_documents(doc: Document) -> list[Document] | None:
    """The digest and each published report it lists as documents of one article each
    (None: no digest)."""
    if doc.one_article:
        return None
    items = digest_items(doc.blocks)
    if items is None or not any(x.published for x in items):
        return None
    first = items[0].rows.start
    header = [b.text.text for b in doc.blocks[:first]]
    page_date = _page_date(header)
    head = _title_at(doc.blocks, first)
    kept = _with_leftovers(doc.blocks, items, head)
    digest = Document(
        blocks=kept,
        title=doc.blocks[head].text.strip() if head is not None else None,
        date=doc.date,
        date_rank=doc.date_rank,
        url=doc.url,
        one_article=True,
        repair=False,
        furniture=list(doc.furniture),
    )
    reports = [
        Document(
            blocks=[Block(line, None, 0) for line in x.summary],
            title=x.fields["title"],
            date=_day(x.fields.get("date", Mapped.synthetic("")).text, page_date) or page_date,
            date_rank=0,
            url=doc.url,
            outlet=x.fields["source"].text,
            one_article=True,
            repair=False,
            furniture=list(header),
        )
        for x in items
        if x.published
    ]
    return [digest, *reports]


def _left_with_digest(item: _Item) -> list[Block]:
    """What of a report's block is the digest's text: an unpublished post's title and summary,
    and the compiler's remarks."""
    lines = [] if item.published else [_untitled(item.fields["title"]), *item.summary]
    return [Block(x, None, 1 if k == 0 else 0) for k, x in enumerate([*lines, *item.remarks]) if x]


def _untitled(title: Mapped) -> Mapped:
    m = _UNTITLED.match(title.text)
    return title[m.end() :] if m else title


def _with_leftovers(blocks: list[Block], items: list[_Item], head: int | None) -> list[Block]:
    """The page's blocks but its title line and the reports' blocks, each report's block
    replaced by what of it stays the digest's."""
    ends = {x.rows.stop - 1: x for x in items}
    inside = {i for x in items for i in x.rows}
    kept: list[Block] = []
    for i, b in enumerate(blocks):
        if i != head and i not in inside:
            kept.append(b)
        if i in ends:
            kept.extend(_left_with_digest(ends[i]))
    return kept
