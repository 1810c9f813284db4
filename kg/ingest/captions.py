"""Lines of a web article that are neither its headline nor its lead: a picture's
caption given with a label (头图：推介会现场) and a summary over the article (摘要：…).

Both are short or labelled lines near the top of a page.  A caption alone on its line
looks like a headline and would cut the article in two; a summary or a caption left as
the body's first paragraph would stand where the lead's date and place are looked for.
So labelled captions are dropped, with the bare line a caption label repeats (the
caption printed where the picture stands), and a summary becomes a deck of the headline.
A caption that says where someone stands in the picture (图：主席王某（左二）与职工交流) is
kept as a line of the article: it names people with their offices, often the only place
the page names them, and its position note marks it off from a headline.
"""

from __future__ import annotations

import functools
import re
from collections import Counter

from kg.ingest.bylines import is_credit, trailing_photo_credit
from kg.ingest.document import Block, without
from kg.ingest.segments import Segment
from kg.ingest.shapes import credited_caption
from kg.lexicon import alternation


@functools.cache
def _caption() -> re.Pattern[str]:
    # a colon after the label, or on posts a bar (图｜颁发证书现场), or the label in square
    # brackets (【图】颁发证书现场)
    labels = alternation("pages/caption_labels.txt")
    return re.compile(rf"(?:{labels})\s*[:：｜|丨]|[【\[](?:{labels})[】\]]")


def caption_of(text: str) -> str | None:
    """The caption a labelled line gives its picture (顶图：活动现场 → 活动现场), or None
    (图：张三 credits a photographer: no caption)."""
    m = _caption().match(text.strip())
    if m is None or is_credit(text):
        return None
    return text.strip()[m.end() :].strip() or None


def without_captions(blocks: list[Block]) -> list[Block]:
    """The blocks without labelled captions (头图：X) and the lines that repeat one (X);
    a caption's closing photo credit (【图片】活动现场。通讯员 X 摄) stays as a line of its
    own: the caption is no text of the article, but its photographer is credited."""
    captions = {c for b in blocks if (c := caption_of(b.text.text))}
    kept: list[Block] = []
    gap = 0
    for b in blocks:
        t = b.text.text.strip()
        if (t in captions or (caption_of(t) and len(t) <= _CAPTION_MAX)) and not POSITION.search(t):
            credit = trailing_photo_credit(b.text.text)
            if credit is not None:
                kept.append(Block(b.text[credit.start :].strip(), b.level, b.gap + gap))
                gap = 0
                continue
            gap += b.gap + 1
            continue
        kept.append(Block(b.text, b.level, b.gap + gap, b.item))
        gap = 0
    return kept


# a caption is a phrase; a longer labelled line (图：… 。 several sentences) is kept
_CAPTION_MAX = 40
# where a photo shows someone: （左二）, （右一）, （中）, （前排左三）, （左起第二）
POSITION = re.compile(r"[（(](?:前排|后排|中排)?(?:[左右]起?第?[一二三四五六七八九十0-9]{0,2}|中)[）)]")


@functools.cache
def _summary() -> re.Pattern[str]:
    return re.compile(rf"^\s*[【\[]?(?:{alternation('pages/summary_labels.txt')})[】\]]?\s*[:：]")


def summary_as_deck(seg: Segment) -> None:
    """摘要：… opening an article's body: a deck under its headline, not its lead."""
    if seg.headline is not None and seg.body and seg.body[0].level is None and _summary().match(seg.body[0].text.text):
        seg.decks.append(seg.body.pop(0))


# a portal's teaser of the article: its opening words, cut short with an ellipsis
_ELLIPSIS = re.compile(r"(?:…+|\.{3,})\s*$")
_TEASER_SAME = 20  # the teaser and the lead open with the same characters, this many at least


def without_teasers(blocks: list[Block]) -> list[Block]:
    """The blocks without a portal's teaser: a paragraph cut short with an ellipsis
    (中工网讯 11月3日，…化工生…) whose opening the next paragraph repeats in full.  Left in,
    its dateline would open an article of its own and take the lead's credits apart."""
    drop = set()
    for i, b in enumerate(blocks):
        t = b.text.text.strip()
        nxt = blocks[i + 1].text.text.strip() if i + 1 < len(blocks) else ""
        if len(t) > _TEASER_SAME and _ELLIPSIS.search(t) and nxt[:_TEASER_SAME] == t[:_TEASER_SAME]:
            drop.add(i)
    return without(blocks, drop)


_GRAM = 3  # a run of three characters: a person's name, a skill's
_SHARED_MIN = 3  # three runs: a name and a word, or a run of five characters
_SPREAD = 2  # a run two articles of the page hold at most: their own words, no page's common words
_HAN_RUN = re.compile(r"[\u4e00-\u9fff]+")


def _grams(texts: list[str]) -> set[str]:
    return {run[k : k + _GRAM] for t in texts for run in _HAN_RUN.findall(t) for k in range(len(run) - _GRAM + 1)}


def _stray_caption(seg: Segment) -> bool:
    """The segment ends with a photo's caption and its credit (…操作。　X　摄)."""
    return bool(seg.body) and credited_caption(seg.body[-1].text.text)


def placed_captions(segments: list[Segment]) -> list[Segment]:
    """The segments with each photo's caption at the end of the article it shows.

    On a page of several articles a photo stands where the layout had room, and its
    caption is read after whatever text came before it: a column of briefs, another
    article.  The caption tells what it shows in the words of its article (the
    contestant's name, the skill: 选手某某在焊工比赛中进行板对接仰焊操作): a caption that shares
    no run of words with the text it follows, but three or more with one other article of
    the page (runs that article alone has, or one other besides) and fewer with every other,
    moves to that article's end (its credit with it); a caption alone in a segment leaves
    nothing of it behind.  (Runs are looked up, never compared article by article: linear.)"""
    strays = [k for k, s in enumerate(segments) if _stray_caption(s)]
    if len(segments) < 2 or not strays:
        return segments
    caps: dict[int, set[str]] = {}
    for k in strays:
        line = segments[k].body[-1].text.text
        credit = trailing_photo_credit(line)
        caps[k] = _grams([line[: credit.start] if credit else line])
    wanted = set().union(*caps.values())
    held: dict[str, list[int]] = {}  # each caption's run: the articles that hold it
    own: dict[int, set[str]] = {}
    for j, seg in enumerate(segments):
        g = _grams([b.text.text for b in seg.blocks()[: -1 if j in caps else None]]) & wanted
        own[j] = g
        for x in g:
            held.setdefault(x, []).append(j)
    for k, cap in caps.items():
        if cap & own[k]:
            continue
        scores = Counter(j for x in cap if len(held.get(x, ())) <= _SPREAD for j in held.get(x, ()))
        ranked = scores.most_common(2)
        if not ranked or ranked[0][1] < _SHARED_MIN or (len(ranked) > 1 and ranked[1][1] == ranked[0][1]):
            continue
        segments[ranked[0][0]].body.append(segments[k].body.pop())
    return [s for s in segments if s.headline is not None or s.decks or s.body]
