"""Cards of a list page: numbered entries, each a head line over its labelled fields.

A vote page (网络投票), a list of candidates or nominees prints each entry as a card: a
numbered head (``01号　某某``, ``No.3　某某``) straight over field lines (``单位：…`` /
``职务：…`` / ``事迹：…``), then perhaps a tally and a button (``票数：9,862　排名：第2名
【投票】``, dropped as furniture by :mod:`kg.ingest.genre_furniture`).  Left to the line
shapes, each head is a short line with text under it: the headline of an article of its own,
and a page of fourteen candidates fourteen articles.  The cards are entries of the page's
one text, under the page's own headline; a run of two cards at least tells them (a single
numbered line over fields may be a form's).  On such a page a box marked as one (■ 组织单位
over 主办：… / 承办：…) is the page's too, not an article of its own.
"""

from __future__ import annotations

import re

from kg.ingest.document import Block

# a card's head: its number (01号, No.3, 3号选手) and a short name, alone on its line
_HEAD = re.compile(r"^\s*(?:No\.?\s*)?\d{1,3}\s*号?[ \u3000\t]+[^\s：:，,。；;！？]{2,12}\s*$")
_NUMBERED = re.compile(r"^\s*(?:No\.?\s*\d{1,3}|\d{1,3}\s*号)")
# a field of a card: a short label, its colon and a value (单位：…, 职务：…)
_FIELD = re.compile(r"^\s*[\u4e00-\u9fff]{2,4}\s*[：:]\s*\S")
_MIN_CARDS = 2
# a box's heading on a page of cards (■ 组织单位 over 主办：…): a box mark and a short label
_BOX_HEAD = re.compile(r"^\s*[■□●◆◇▲△]\s*[\u4e00-\u9fff]{2,8}\s*$")


def card_lines(blocks: list[Block]) -> set[int]:
    """Indices of the lines of a list's cards (numbered heads straight over field lines, two
    at least on the page): each head and the field lines straight under it."""
    heads = {
        i
        for i in range(len(blocks) - 1)
        if blocks[i].level is None
        and _HEAD.match(t := blocks[i].text.text)
        and _NUMBERED.match(t)
        and blocks[i + 1].gap == 0
        and _FIELD.match(blocks[i + 1].text.text)
    }
    if len(heads) < _MIN_CARDS:
        return set()
    # (and a box of the same page, a marked heading straight over field lines: 组织单位, 活动规则)
    heads |= {
        i
        for i in range(len(blocks) - 1)
        if _BOX_HEAD.match(blocks[i].text.text) and blocks[i + 1].gap == 0 and _FIELD.match(blocks[i + 1].text.text)
    }
    lines = set(heads)
    for i in heads:
        j = i + 1
        while j < len(blocks) and blocks[j].gap == 0 and _FIELD.match(blocks[j].text.text):
            lines.add(j)
            j += 1
    return lines
