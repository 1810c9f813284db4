"""A column's list page (工作动态, 基层风采…): a run of teasers between the column's title
and the pagination bar, cut into one article each before anything else reads the page.

Each teaser is a headline with its date (after it on its line, set off by spaces or in
brackets, or on the line under it) and one to three sentences of the article, cut short
with an ellipsis or closed by a link to the rest ([阅读全文], 详细>>).  Each is an article:
its headline, its date the list's, its text the teaser.  What stands around the run is the
site's (menus, the pagination bar, a sidebar of hot links, the footer).  A page that holds
prose outside the teasers is an article with a list under it, no list page.
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass, field

from kg.ingest.dates import DATE_PATTERN, parse_date
from kg.ingest.document import Block, Document
from kg.ingest.shapes import is_prose, title_like
from kg.ingest.textmap import Mapped
from kg.lexicon import alternation

_OPEN, _CLOSE = r"[\[［(（【]", r"[\]］)）】]"
_DATE_TAIL = re.compile(rf"[ \u3000]+{_OPEN}?\s*(?:{DATE_PATTERN})\s*{_CLOSE}?\s*$")
# the date before the headline ([2027-03-30] 标题), and a bullet before either
_DATE_HEAD = re.compile(rf"^\s*{_OPEN}?\s*(?:{DATE_PATTERN})\s*{_CLOSE}?[ \u3000]+(?=\S)")
_BULLET = re.compile(r"^\s*[·•▪■●◆○□▶►]\s*")
_DATE_ALONE = re.compile(rf"^\s*{_OPEN}?\s*(?:{DATE_PATTERN})\s*{_CLOSE}?\s*$")
_ELLIPSIS = re.compile(r"(?:…+|\.{3,}|⋯+)\s*$")
_ITEMS_MIN = 2
_WHOLE_MIN = 3  # items whose text is not cut short: briefs, each a whole article
_TEASER_LINES = 3  # a teaser runs to three paragraphs at most
_PROSE_OUTSIDE_MAX = 60  # characters of sentences outside the teasers a list page may hold


@functools.cache
def _more() -> re.Pattern[str]:
    marks = alternation("pages/read_more_marks.txt")
    return re.compile(rf"\s*(?:{_OPEN}\s*(?:{marks})\s*{_CLOSE}|(?:{marks})\s*(?:>>|»|＞＞|→)?)\s*$")


def read_more_link(line: str) -> bool:
    """Is ``line`` only a link to the rest of a teaser (阅读全文>>, [详细])?"""
    return _more().match(line) is not None


@dataclass
class _Item:
    at: int  # the block of its headline
    head: Mapped
    date: str
    lines: list[Mapped] = field(default_factory=list)


def _heading(blocks: list[Block], i: int) -> tuple[Mapped, str, int] | None:
    """A teaser's headline and date at block ``i``, and the index of the teaser's first line."""
    text = blocks[i].text
    bullet = _BULLET.match(text.text)
    text = text[bullet.end() :] if bullet else text
    m = _DATE_TAIL.search(text.text)
    if m is not None:
        head, date = text[: m.start()].strip(), parse_date(m.group())
        return (head, date, i + 1) if date and title_like(head.text) else None
    m = _DATE_HEAD.match(text.text)
    if m is not None:
        head, date = text[m.end() :].strip(), parse_date(m.group())
        return (head, date, i + 1) if date and title_like(head.text) else None
    if i + 1 < len(blocks) and title_like(text.text) and _DATE_ALONE.match(blocks[i + 1].text.text):
        date = parse_date(blocks[i + 1].text.text)
        return (text.strip(), date, i + 2) if date else None
    return None


def _teaser(blocks: list[Block], start: int) -> tuple[list[Mapped], int, bool] | None:
    """The teaser's lines from ``start`` (its read-more link cut off), the index after
    them, and whether its last line is cut short or closed by the link; None when no
    prose follows the headline, or more of it than a teaser runs to."""
    lines: list[Mapped] = []
    k = start
    while k < len(blocks) and _heading(blocks, k) is None:
        t = blocks[k].text
        more = _more().search(t.text)
        body = t[: more.start()].strip() if more else t.strip()
        if not is_prose(body.text) and not _ELLIPSIS.search(body.text):
            break
        if len(lines) == _TEASER_LINES:
            return None
        lines.append(body)
        k += 1
        if more or _ELLIPSIS.search(body.text):
            return lines, k, True
    return (lines, k, False) if lines else None


def list_items(blocks: list[Block]) -> list[_Item] | None:
    """The teasers of a list page, or None when the page is no list: fewer than two cut
    short (or three whole, a list of briefs each under its headline and date), or
    sentences outside them."""
    items: list[_Item] = []
    outside = 0
    cut = True
    i = 0
    while i < len(blocks):
        found = _heading(blocks, i)
        teaser = _teaser(blocks, found[2]) if found is not None else None
        if found is None or teaser is None:
            if is_prose(blocks[i].text.text):
                outside += len(blocks[i].text.text)
            i += 1
            continue
        items.append(_Item(i, found[0], found[1], teaser[0]))
        cut = cut and teaser[2]
        i = teaser[1]
    if len(items) < (_ITEMS_MIN if cut else _WHOLE_MIN) or outside > _PROSE_OUTSIDE_MAX:
        return None
    return items


def list_documents(doc: Document) -> list[Document] | None:
    """The teasers of a list page as documents of one article each (None: no list page)."""
    if doc.one_article:
        return None
    items = list_items(doc.blocks)
    if items is None:
        return None
    # the site's header over the list (its name, its owner, the breadcrumb) says whose
    # page it is, for each teaser as for a page's article
    header = [b.text.text for b in doc.blocks[: items[0].at]]
    return [
        Document(
            blocks=[Block(line, None, 0) for line in item.lines],
            title=item.head,
            date=item.date,
            date_rank=0,
            url=doc.url,
            one_article=True,
            repair=False,
            furniture=list(header),
        )
        for item in items
    ]
