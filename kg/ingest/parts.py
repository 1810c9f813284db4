"""Over-long articles cut into consecutive parts.

News articles run to a few thousand characters; a "article" of megabytes is a dump, a
page whose markup was lost, or an attack, and every later stage holds it (its Doc, its
mentions, its facts) at once.  ``split_articles`` cuts any article longer than a limit
at paragraph boundaries, else after sentence ends, else anywhere, into articles of at
most the limit: each a proper ``Article`` with its own text and ``OffsetMap`` into the
source, numbered on from its place in the file.

The first part keeps what belongs to the article as a whole (headline, decks, byline,
reporters and photographers); the others carry only the document's date, URL and
outlet, so credits are given once.
"""

from __future__ import annotations

import bisect
from dataclasses import replace

from kg.errors import InputNote
from kg.limits import DEFAULT_MAX_ARTICLE_CHARS
from kg.model.article import Article, OffsetMap

__all__ = ["DEFAULT_MAX_ARTICLE_CHARS", "split_article", "split_articles"]
_ENDS = "。！？!?；;"
_CLOSERS = "”’」』）)"


def split_articles(articles: list[Article], limit: int, source: str) -> tuple[list[Article], list[InputNote]]:
    """The articles with each one longer than ``limit`` characters cut into parts, all
    numbered in order, and a note (a warning) for each one cut."""
    out: list[Article] = []
    warnings: list[InputNote] = []
    for n, article in enumerate(articles, start=1):
        parts = split_article(article, limit) if article.chars > limit else [article]
        if len(parts) > 1:
            warnings.append(
                InputNote(
                    source,
                    f"article {n} is {article.chars} characters; split into {len(parts)} parts of at most {limit}",
                )
            )
        for part in parts:
            out.append(part if part.index == len(out) else replace(part, index=len(out)))
    return out, warnings


def split_article(article: Article, limit: int) -> list[Article]:
    """``article`` in parts of at most ``limit`` characters (the headline and decks stay
    whole in the first, which may then be longer)."""
    body = article.body
    head = article.body_offset  # the headline and decks, with the line breaks after them
    cuts = _cuts(body, max(1, limit - head), limit)
    parts = []
    for k, (a, b) in enumerate(cuts):
        start, end = (0 if k == 0 else head + a), head + b
        offsets = _sub_map(article.offsets, start, end)
        span = _source_span(offsets) or (article.source_start, article.source_end)
        written = article.written[start:end] if article.written is not None else None
        if written is not None and written == article.text[start:end]:
            written = None  # nothing of this part was converted
        if k == 0:
            part = replace(
                article, body=body[a:b], offsets=offsets, source_start=span[0], source_end=span[1], written=written
            )
        else:
            part = Article(
                source=article.source,
                index=article.index + k,
                headline=None,
                body=body[a:b],
                outlet=article.outlet,
                date=article.date,
                url=article.url,
                source_start=span[0],
                source_end=span[1],
                offsets=offsets,
                written=written,
                doc=article.doc,
                unheld=article.unheld,
            )
        parts.append(part)
    return parts


def _cuts(body: str, first: int, limit: int) -> list[tuple[int, int]]:
    """(start, end) of each part of ``body``: the first at most ``first`` characters, the
    others at most ``limit``.  A part ends at the last line break that keeps it within
    its size (the break belongs to no part), else after the last sentence end (and the
    closing quotes after it), else at its size."""
    out: list[tuple[int, int]] = []
    pos, size = 0, first
    while len(body) - pos > size:
        stop = pos + size
        brk = body.rfind("\n", pos + 1, stop + 1)
        if brk > pos:
            out.append((pos, brk))
            pos, size = brk + 1, limit
            continue
        end = max(body.rfind(c, pos, stop) for c in _ENDS)
        if end >= pos:
            end += 1
            while end < stop and body[end] in _ENDS + _CLOSERS:
                end += 1
        else:
            end = stop
        out.append((pos, end))
        pos, size = end, limit
    out.append((pos, len(body)))
    return out


def _sub_map(offsets: OffsetMap, start: int, end: int) -> OffsetMap:
    """The runs of ``offsets`` inside ``[start, end)`` of the text, as offsets of that part."""
    runs = offsets.runs
    i = max(0, bisect.bisect_right(runs, (start, float("inf"), 0)) - 1)
    out = []
    while i < len(runs) and runs[i][0] < end:
        clean, src, length = runs[i]
        lo, hi = max(clean, start), min(clean + length, end)
        if lo < hi:
            out.append((lo - start, src + lo - clean, hi - lo))
        i += 1
    return OffsetMap(tuple(out))


def _source_span(offsets: OffsetMap) -> tuple[int, int] | None:
    if not offsets.runs:
        return None
    return min(r[1] for r in offsets.runs), max(r[1] + r[2] for r in offsets.runs)
