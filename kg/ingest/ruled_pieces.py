"""The pieces of an e-paper page's text view: which lines head one, for
:mod:`kg.ingest.page_furniture`.

A paper's 电子版 prints a page as its pieces one under the other, a rule across the page
(────) between two, and often over them the list of the page's headlines (本版标题： over
bulleted items, :func:`kg.ingest.bulletins.listed_heads`).  A piece may open under a
column's label (图片新闻, 工会动态, 评论) and hold no byline, its text a photo's caption or
a commentary: read by line shapes alone, its header falls into the piece above, and a
column's bare 评论 opens what looks like the readers' comments.  So a line the list names
again heads a piece; so does, without a list, the header under a rule over a piece that
carries credits of its own (a byline, a photo credit, items signed off in brackets): a
post's sections between dividers carry none.  A column's label straight over a headline
(图片新闻 / 送清凉到工地) heads nothing: the headline under it does.
"""

from __future__ import annotations

import re

from kg.ingest.bulletins import listed_heads
from kg.ingest.bylines import author_credit, byline_at_start, is_credit, trailing_people_credit
from kg.ingest.document import Block
from kg.ingest.shapes import is_prose, title_like
from kg.ingest.split import is_part_label

# a rule across the page (━━━━, ────, ======)
_RULE = re.compile(r"^\s*[━─—\-=＝_＿]{4,}\s*$")
_SENTENCE = re.compile(r"[。！？]")


def piece_heads(blocks: list[Block]) -> tuple[set[int], set[int], set[int]]:
    """The page's furniture (its list of its headlines, the column labels over the pieces'
    headlines), the lines that head a piece, and those labels (no readers' comments' heading)."""
    contents, items = listed_heads(blocks)
    texts = [b.text.text for b in blocks]
    heads = {i for i, t in enumerate(texts) if i not in contents and t.strip() in items}
    listed = frozenset(heads)
    rules = [i for i, t in enumerate(texts) if _RULE.match(t)]
    for k, r in enumerate(rules):
        head = _ruled_head(texts, r + 1, rules[k + 1] if k + 1 < len(rules) else len(texts))
        # (a 引题 over the title the list names heads nothing: the named title does)
        if head is not None and head + 1 not in listed:
            heads.add(head)
    # a column's label straight over a head (图片新闻 / 送清凉到工地, 评论 / 标题): furniture
    labels = {h - 1 for h in heads if h > 0 and h - 1 not in heads and _label(texts[h - 1])}
    return contents | labels, heads, labels


def _label(text: str) -> bool:
    return is_part_label(text) and not _SENTENCE.search(text) and not _RULE.match(text)


def _ruled_head(texts: list[str], i: int, end: int) -> int | None:
    """The headline of the piece between a rule (above ``i``) and ``end``: its first line,
    or the line under a column's label; None when the piece is no credited article."""
    if i + 1 >= end or not title_like(texts[i]) or is_prose(texts[i]):
        return None
    head = i + 1 if is_part_label(texts[i]) and title_like(texts[i + 1]) and not is_prose(texts[i + 1]) else i
    body = texts[head + 1 : end]
    if not any(_SENTENCE.search(t) for t in body):  # (临湘市　近日，…。: an item under its place)
        return None
    credited = any(byline_at_start(t) or is_credit(t) or trailing_people_credit(t) for t in body)
    return head if credited or _writer(body[0]) else None


def _writer(text: str) -> bool:
    """A commentary's writer alone under its headline (标题 / 林某 / text)."""
    c = author_credit(text)
    return c is not None and c.reporters == [text.strip()] and len(text.strip()) <= 4
