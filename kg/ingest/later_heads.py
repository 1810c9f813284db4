"""Later headlines the split left inside an article, for :mod:`kg.ingest.pages`.

Two page grammars put a second article's headline where the line shapes read no new
article:

* an item further down a page of a site's column with its own meta line (发布时间：… 来源：…
  under 关于某某等同志职务任免的通知, after the first item's signature and date): the page
  furniture knew the headline as a later one (``Document.later_dates``), but on a web
  article's page a short line inside the text is a subhead, so it stayed in the body;
* a round-up's bulleted items (■ 某街道工会联合会成立 over a lead that opens with its own
  date, 4月20日，…): on a web article's page read as subheads of one article, the first
  one right under the page's title and meta line as the title's deck.  Two such items or
  more make a round-up; a bulleted subhead over no date of its own (■ 强化组织建设) is a
  part of one article.

Each is cut off into an article of its own: the dated head with the body after it; each
bulleted item with its lead, the page's title left heading the round-up itself.
"""

from __future__ import annotations

import re

from kg.ingest.briefs import is_column_label
from kg.ingest.document import Block
from kg.ingest.segments import Segment
from kg.ingest.shapes import account_name, field_line, is_prose, title_like

# a bullet before each item's headline of a round-up (■ 标题)
_BULLET = re.compile(r"^\s*[■●◆★□◇◎○☆•▪]\s*")
# an item's lead that opens with its own date (4月20日，…, 2027年4月20日上午，…)
_DATED_LEAD = re.compile(r"^\s*(?:\d{4}年)?\d{1,2}月\d{1,2}日")


def at_later_heads(segments: list[Segment], dated: set[str]) -> list[Segment]:
    """``segments`` with each dated headline in a body (``dated``: the texts of the lines a
    later labelled meta line, 发布时间：…, stood under; a signature over a bare date is none)
    and each round-up item (its first one maybe taken for a deck) opening an article of its
    own."""
    out: list[Segment] = []
    for seg in segments:
        out.extend(_cut_dated(seg, dated))
    return _bulleted_items(out)


def _cut_dated(seg: Segment, dated: set[str]) -> list[Segment]:
    """The segment cut before each of its body's lines that a later meta line dated."""
    pieces = [seg]
    for k, b in enumerate(seg.body):
        t = b.text.text
        # (a field, 邮政编码：650021, and a signature over its date, 某某市总工会, head nothing; a
        # column's name the page's list of headlines names, 图片新闻, heads its piece)
        signature = account_name(t) and not is_column_label(t)
        if k in (0, len(seg.body) - 1) or t not in dated or not title_like(t) or field_line(t) or signature:
            continue
        if not any(_text(x.text.text) for x in seg.body[k + 1 :]):
            continue  # (a note over the post's closing fields, 来源：… 图文：X, heads no text: it closes the post)
        last = pieces[-1]
        at = next(i for i, x in enumerate(last.body) if x is b)
        pieces[-1] = Segment(headline=last.headline, decks=last.decks, body=last.body[:at])
        rest = last.body[at + 1 :]
        # (a name alone straight under it, over the text: a commentary's writer, read as a
        # header's last line is — 标题 / 林某 / text)
        under = 1 if len(rest) > 1 and title_like(rest[0].text.text) and len(rest[0].text.text.strip()) <= 4 else 0
        pieces.append(Segment(headline=b, decks=rest[:under], body=rest[under:]))
    return pieces


_TEXT_MIN = 30  # a paragraph's length, longer than a button's, a field's or a bot's greeting


def _text(line: str) -> bool:
    """A line of an item's text: a sentence, or a paragraph a colon leaves open (…公开如下：)."""
    return is_prose(line) or len(line.strip()) >= _TEXT_MIN


def _item_head(block: Block, lead: Block | None) -> bool:
    """■ 标题 over a lead that opens with its own date: a round-up's item."""
    text = block.text.text
    m = _BULLET.match(text)
    return (
        m is not None
        and title_like(text[m.end() :])
        and lead is not None
        and _DATED_LEAD.match(lead.text.text) is not None
    )


def _bulleted_items(segments: list[Segment]) -> list[Segment]:
    """Each round-up item a segment holds (in its body, or as its last deck over the body)
    cut off as an article of its own, when the page holds two of them or more."""
    heads: list[tuple[Segment, int]] = []  # (segment, body index; -1: its last deck)
    for seg in segments:
        if seg.decks and seg.headline is not None and seg.body and _item_head(seg.decks[-1], seg.body[0]):
            heads.append((seg, -1))
        heads += [(seg, k) for k in range(1, len(seg.body) - 1) if _item_head(seg.body[k], seg.body[k + 1])]
    later = sum(1 for s in segments if s.headline is not None and _item_head(s.headline, s.body[0] if s.body else None))
    if len(heads) + later < 2:
        return segments
    out: list[Segment] = []
    for seg in segments:
        cuts = [k for s, k in heads if s is seg]
        if not cuts:
            out.append(seg)
            continue
        if cuts[0] == -1:
            out.append(Segment(headline=seg.headline, decks=seg.decks[:-1], body=[]))
            cur = Segment(headline=seg.decks[-1], body=[])
        else:
            cur = Segment(headline=seg.headline, decks=seg.decks, body=[])
        out.append(cur)
        for k, b in enumerate(seg.body):
            if k in cuts:
                cur = Segment(headline=b, body=[])
                out.append(cur)
            else:
                cur.body.append(b)
    return out
