"""A search engine's results page saved as text: one article per result.

The engine prints a header (its name, the search box with the query, the tabs, the
filters, 为您找到相关结果约N个), then the results, each a paragraph of its own (or run
together, as a copy may have them): a title line (the page's title, the engine appending
its source: 标题 - 某某网, 词条_某某百科; a channel's tag before it, 【视频】, a video's
length after it, ▶ 02:48), a snippet cut
short with an ellipsis, maybe a line of counts and buttons, and the result's foot: its
source, its date (2027年6月9日, or 3天前) and the engine's marks (快照).  Then come the
related searches, the pagination bar and the footer.  Read as one page, the feet are taken
for meta lines and headlines, and the results run into each other.

So each result is a document of one article: its title the headline (the source and the
tags cut off), its snippet the text, its date the foot's; a paid result (广告 on its foot
or as its tag) is the advertiser's and dropped whole; a card of the engine's own reference
products (某某百科, 某某文库, 某某知道: ``pages/search_result_words.tsv``) is text under
no headline, its title kept as a line of it.  What stands outside the results (the
header, the related searches, the pagination, the footer) is the engine's; the header,
which holds the query, is kept as each document's furniture (whose page it is).  A
result dated only relatively (3天前) was seen after the newest result dated in full,
whose date it takes.
"""

from __future__ import annotations

import functools
import re

from kg.ingest.dates import DATE_PATTERN, parse_date
from kg.ingest.document import Block, Document
from kg.ingest.shapes import is_prose, post_title, title_like
from kg.ingest.textmap import Mapped
from kg.lexicon import table

_RESULTS_MIN = 3  # results whose foot is found, for a page to be a results page
_SUFFIXED_MIN = 2  # of them with the source the engine appends to their titles
_PROSE_OUTSIDE_MAX = 60  # characters of sentences outside the results
_FOOT_MAX = 40
_RESULT_LINES = 6  # a result's lines with its foot: a title, a snippet, a card's fields, counts
_RELATIVE = r"\d{1,2}\s*(?:分钟|小时|天|周|个月)前|昨天|前天"
_DATED = re.compile(rf"{DATE_PATTERN}|{_RELATIVE}")
# the source the engine appends to a title: ' - 某某网', ' | 某某', '_某某百科'
_SUFFIX = re.compile(r"(?:\s+[-—–|｜]\s*|_)(?P<src>[^\s\-—–|｜_]{2,16})\s*$")
_TAG = re.compile(r"^\s*【(?P<tag>[^】]{1,4})】\s*")
_LENGTH = re.compile(r"\s*[▶►]\s*\d{1,2}:\d{2}(?::\d{2})?\s*$")  # a video's length after its title
_TEXT = re.compile(r"[。！？…：:]")  # a snippet's or a card's line, not a row of counts and buttons


@functools.cache
def _words() -> dict[str, frozenset[str]]:
    kinds: dict[str, set[str]] = {}
    for word, kind in table("pages/search_result_words.tsv", header=True):
        kinds.setdefault(kind, set()).add(word)
    return {k: frozenset(v) for k, v in kinds.items()}


def result_foot(line: str) -> tuple[str | None, bool] | None:
    """A result's foot (江海晚讯网 2027年6月9日 快照, 通州发布 3天前, www.x.com 广告): its date
    (None when only relative or absent) and whether it marks a paid result; None when the line
    is no foot — fields set off by spaces, no sentence, one a date or one the engine's mark."""
    t = line.strip()
    if len(t) > _FOOT_MAX or re.search(r"[，。；！？]", t):
        return None
    fields = t.split()
    if len(fields) < 2:
        return None
    words = _words()
    marked = any(f in words["mark"] or f in words["ad"] for f in fields)
    dated = _DATED.search(t)
    if not (marked or dated):
        return None
    date = parse_date(dated.group()) if dated else None
    return date, any(f in words["ad"] for f in fields)


class _Result:
    def __init__(self, at: int, title: Mapped, lines: list[Mapped], date: str | None, paid: bool) -> None:
        self.at, self.title, self.lines, self.date, self.paid = at, title, lines, date, paid
        self.reference = False
        self.suffixed = False


def _result(blocks: list[Block], start: int, end: int) -> _Result | None:
    """The result in the paragraph ``blocks[start:end]``: a title line, then lines of its
    snippet, then its foot; None when the paragraph is none."""
    if end - start < 3:
        return None
    foot = result_foot(blocks[end - 1].text.text)
    if foot is None:
        return None
    title = blocks[start].text.strip()
    paid = foot[1]
    tag = _TAG.match(title.text)
    if tag:
        paid = paid or tag["tag"] in _words()["ad"]
        title = title[tag.end() :]
    length = _LENGTH.search(title.text)
    if length:
        title = title[: length.start()]
    suffix = _SUFFIX.search(title.text)
    head = title[: suffix.start()].strip() if suffix else title
    if not (title_like(head.text) or post_title(head.text)):
        return None
    lines = [b.text.strip() for b in blocks[start + 1 : end - 1]]
    result = _Result(start, head, [x for x in lines if _TEXT.search(x.text)], foot[0], paid)
    result.suffixed = suffix is not None
    result.reference = suffix is not None and suffix["src"].endswith(tuple(_words()["reference"]))
    return result


def _title_at(blocks: list[Block], first: int, foot: int) -> int | None:
    """Where the result closed by the foot at ``foot`` starts: the nearest line above it that
    opens a paragraph, follows the last result's foot or carries the source the engine appends
    or a channel's tag (pages copied without blank lines); never above ``first``."""
    for k in range(foot - 2, max(first, foot - _RESULT_LINES) - 1, -1):
        t = blocks[k].text.text
        if k == first or blocks[k].gap > 0 or _SUFFIX.search(t) or _TAG.match(t):
            return k
    return None


def search_results(blocks: list[Block]) -> list[_Result] | None:
    """The results of a results page, or None when the page is none: fewer than three
    results, fewer than two with their source appended to their titles, or sentences
    outside them."""
    results: list[_Result] = []
    inside: set[int] = set()
    first = 0  # the line after the last result's foot
    for i, b in enumerate(blocks):
        if result_foot(b.text.text) is None:
            continue
        start = _title_at(blocks, first, i)
        found = _result(blocks, start, i + 1) if start is not None else None
        if found is not None and start is not None:
            results.append(found)
            inside.update(range(start, i + 1))
            first = i + 1
    if len(results) < _RESULTS_MIN or sum(r.suffixed for r in results) < _SUFFIXED_MIN:
        return None
    outside = sum(len(b.text.text) for k, b in enumerate(blocks) if k not in inside and is_prose(b.text.text))
    return None if outside > _PROSE_OUTSIDE_MAX else results


def search_documents(doc: Document) -> list[Document] | None:
    """The results of a results page as documents of one article each (None: no results page)."""
    if doc.one_article:
        return None
    results = search_results(doc.blocks)
    if results is None:
        return None
    header = [b.text.text for b in doc.blocks[: results[0].at]]
    dates = [r.date for r in results if r.date]
    newest = max(dates) if dates else None
    return [
        Document(
            blocks=[Block(line, None, 0) for line in ([r.title] if r.reference else []) + r.lines],
            title=None if r.reference else r.title,
            date=r.date or newest,
            date_rank=0 if r.date else 50,
            url=doc.url,
            one_article=True,
            untitled=r.reference,
            repair=False,
            furniture=list(header),
        )
        for r in results
        if not r.paid
    ]
