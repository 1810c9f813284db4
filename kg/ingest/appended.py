"""An item appended under a page's article: a label (附：相关新闻, 相关新闻：, 附：), the
item's own headline on the next line, and its text.

A notice on a government site may close with the news that reported it; a portal may
append a related report in full.  The label is no headline and no list of links (those
are short lines with no prose under them): the line under it heads an article of its own,
whose closing credits are its own, not the notice's above.
"""

from __future__ import annotations

import functools
import re

from kg.ingest.document import Block
from kg.ingest.shapes import is_prose, title_like
from kg.lexicon import alternation


@functools.cache
def _label() -> re.Pattern[str]:
    related = alternation("pages/related_markers.txt")
    lead = alternation("pages/appended_labels.txt")
    # (the label may stand in brackets: 【相关新闻】)
    return re.compile(rf"^[【\[]?(?:(?:{lead})\s*[:：]\s*(?:{related})?|(?:{related}))\s*[:：]?[】\]]?$")


def appended_label(text: str) -> bool:
    """附：相关新闻, 附：, 相关新闻： alone on a line."""
    return _label().match(text.strip()) is not None


def attachment_line(text: str) -> bool:
    """附件：表彰名单, 附：获奖名单: the label and what a notice attaches, alone on a line; the
    list under it is the notice's own (when no headline and prose follow: ``appended_head``)."""
    return _glued().match(text.strip()) is not None and not appended_label(text)


def appended_at(blocks: list[Block], i: int) -> bool:
    """Block ``i`` is such a label, the next a headline, the one after it prose."""
    return appended_head(blocks, i) is not None


def appended_head(blocks: list[Block], i: int) -> tuple[Block, int] | None:
    """The appended item's headline when block ``i`` opens one (the label alone, its
    headline on the next line; or the two joined, 附：某会议召开, by a repair of broken
    lines), and the index of its text; None otherwise."""
    if i + 1 >= len(blocks) or blocks[i].level is not None:
        return None
    text = blocks[i].text
    if appended_label(text.text):
        if i + 2 < len(blocks) and _headline(blocks[i + 1].text.text) and _paragraph(blocks[i + 2].text.text):
            return blocks[i + 1], i + 2
        return None
    m = _glued().match(text.text)
    if m is None or not _headline(text.text[m.end() :]) or not _paragraph(blocks[i + 1].text.text):
        return None
    return Block(text[m.end() :].strip(), None, blocks[i].gap), i + 1


_BULLET = re.compile(r"^\s*[·•▶►▸▪◆●○■□\-－*]")
_PARAGRAPH_MIN = 30  # a paragraph of text, longer than any link's title


def _headline(text: str) -> bool:
    """A headline, not a link's entry of a list (▶ 某某活动, · 某某通知)."""
    return title_like(text) and not _BULLET.match(text)


def _paragraph(text: str) -> bool:
    """A paragraph of the item's text, not a second link's title (▶ 某某上新啦！)."""
    return is_prose(text) and not title_like(text) and not _BULLET.match(text) and len(text.strip()) >= _PARAGRAPH_MIN


@functools.cache
def _glued() -> re.Pattern[str]:
    related = alternation("pages/related_markers.txt")
    lead = alternation("pages/appended_labels.txt")
    # (附：相关新闻：X, 相关新闻：X, or the label in brackets: 【相关报道】X)
    return re.compile(
        rf"^(?:(?:{lead})\s*[:：]\s*(?:(?:{related})\s*[:：]?)?|(?:{related})\s*[:：]|[【\[](?:{related})[】\]])\s*"
    )
