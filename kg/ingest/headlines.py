"""A headline line as a web page prints it, cut to the headline.

Pages copied from the web carry their ``<title>`` line, where the site's name follows
the headline (标题_某某工会网, 标题 - 某某新闻网, 标题 | 某某总工会, 标题_栏目_网站),
and sites and WeChat posts put a column label before it (【工会动态】标题, [基层风采]标题),
or a field's label (标题：…).
Neither is the headline: the site's name is cut when it ends like a site's name (the
words in ``kg/data/lexicon/pages/site_heads.txt``), the label when it is short and
what follows it still reads as a headline.

Which of a segment's header lines is its headline is settled here too: the title the
page repeats in its own metadata, a repost's 原标题, the line cut as above, the main
title under a kicker; a column's name over a stack of quick news (工会快讯) is none of them.
"""

from __future__ import annotations

import functools
import itertools
import re

from kg.ingest.briefs import is_column_label
from kg.ingest.document import Block
from kg.ingest.official import spaced_word
from kg.ingest.segments import Segment
from kg.ingest.shapes import ITEM_NUMBER, account_name, post_title, title_like
from kg.ingest.textmap import Mapped
from kg.lexicon import alternation, alternation_of, table, words
from kg.lexicon.chars import HAN, PICTOGRAPHS

# a column label before the headline: short, in square brackets of either width
_TAG = re.compile(r"^\s*[【\[［〖](?P<tag>[^】\]］〗]{1,10})[】\]］〗]\s*")
_BARRED = re.compile(rf"^\s*(?P<tag>[{HAN}]{{2,8}})\s*[|｜丨]\s*")
# between headline and site: _ or a bar (spaced or not), or a dash set off by spaces
_SEP = r"(?:\s*[_|｜丨]\s*|\s+[-－–—]\s+|(?<=[^\s\d])-(?=[^\s\d]))"
# the parts after the headline: a section (栏目) and the site; each short
_PART = rf"[{HAN}A-Za-z0-9·]{{1,16}}"


@functools.cache
def _site_tail() -> re.Pattern[str]:
    site = rf"[{HAN}A-Za-z0-9·]{{0,16}}?(?:{alternation('pages/site_heads.txt')})"
    return re.compile(rf"(?:{_SEP}{_PART})*?{_SEP}{site}\s*$")


def without_site(line: Mapped) -> Mapped:
    """``line`` without the site's name (and section) a ``<title>`` line appends."""
    m = _site_tail().search(line.text)
    if m is None or m.start() == 0:
        return line
    head = line[: m.start()].strip()
    return head if title_like(head.text) and len(head.text) >= 4 else line


def without_tag(line: Mapped) -> Mapped:
    """``line`` without a column label before it (【工会动态】标题).  A label that quotes a
    campaign's name (【“某某”进行时】) titles a series the headline is part of: it stays;
    one whose words after the quote are a column's (【“某某”典型案例】, 【“某某”快讯】) is
    the column's label, filed under the campaign, and goes like any other."""
    m = _TAG.match(line.text)
    barred = _BARRED.match(line.text) if m is None else None  # (工会动态 | 标题: a post's column, barred)
    m = m or (barred if barred and is_column_label(barred["tag"]) else None)
    if m is None:
        return line
    quoted = re.search(r"[“”‘’「」『』\"]", m["tag"])
    if quoted and not is_column_label(re.split(r"[“”‘’「」『』\"]", m["tag"])[-1]):
        return line
    head = line[m.end() :].strip()
    return head if title_like(head.text) and len(head.text) >= 4 else line


@functools.cache
def _label() -> re.Pattern[str]:
    return re.compile(rf"^\s*(?:{alternation('pages/title_labels.txt')})\s*[:：]\s*")


def without_label(line: Mapped) -> Mapped:
    """``line`` without a label before it (标题：某某工会举办…)."""
    m = _label().match(line.text)
    if m is None:
        return line
    head = line[m.end() :].strip()
    # (a letter's title may ask: 留言标题：小区附近能否增设工会驿站？, and run on after a
    # comma as a post's does: 某公司长期加班不给加班费，谁来管管？: the label says it is one)
    titled = title_like(head.text.rstrip("？?")) or post_title(head.text)
    return head if titled and len(head.text) >= 4 else line


# a bullet some papers print before each headline of a stack of briefs (■ 标题)
_BULLET = re.compile(r"^\s*[■●◆▲★□◇◎○☆△▶►•▪]\s*")


def without_bullet(line: Mapped) -> Mapped:
    """``line`` without a bullet before it (■ 某某工会开展…): a mark, no word of the headline;
    nor is a newsletter's number of the item before its column's tag (1.【要闻】某某…)."""
    m = _BULLET.match(line.text) or ITEM_NUMBER.match(line.text)
    if m is None:
        return line
    head = line[m.end() :].strip()
    return head if title_like(head.text) else line


# icons a post decorates its headline with (📌标题, 标题🎉): no word of it
_ICONS = re.compile(f"^[{PICTOGRAPHS}\\s]+|[{PICTOGRAPHS}\\s]+$")


def without_icons(line: Mapped) -> Mapped:
    """``line`` without the emoji at its ends (…新任理监事出炉🎉)."""
    bare = line
    for m in reversed(list(_ICONS.finditer(line.text))):
        bare = bare[: m.start()] if m.end() == len(line.text) else bare[m.end() :]
    return bare if bare.text else line


def clean_headline(line: Mapped) -> Mapped:
    """The headline of a page's headline line: without its icons, bullet, label, site's name and column label."""
    return without_tag(without_site(without_label(without_bullet(without_icons(line)))))


# -- choosing a segment's headline among its header lines ----------------------------


def repeated_title(seg: Segment, page: list[Block], listed: frozenset[str] | set[str] = frozenset()) -> None:
    """Of a header's lines, the main title is the one the page repeats in a line of its
    own metadata (an e-paper's closing line: 某报 要闻 00002 <title> 2010-07-21 …), or
    the one its list of its headlines names (``listed``: 本版标题导航 over the titles),
    when that is a deck and not the line taken for the headline."""
    if seg.headline is None or not seg.decks:
        return
    header = {id(b) for b in seg.blocks()[: 1 + len(seg.decks)]}
    # (the headline's own line is no metadata: a deck shorter than it is found inside it)
    head = seg.headline.text.text.strip()
    meta = [
        b.text.text
        for b in page
        if id(b) not in header and b.text.text.strip() != head and not any(p in b.text.text for p in "。！？")
    ]

    def repeated(line: Block) -> bool:
        t = line.text.text.strip()
        return len(t) >= 4 and (t in listed or any(t in m and t != m.strip() for m in meta))

    if repeated(seg.headline):
        return
    # (a unit's bare name over the headline is the site's, and its footer repeats it)
    hits = [d for d in seg.decks if repeated(d) and not account_name(d.text.text)]
    if len(hits) == 1:
        seg.decks = [seg.headline if d is hits[0] else d for d in seg.decks]
        seg.headline = hits[0]


@functools.cache
def _part_mark() -> tuple[re.Pattern[str], frozenset[str]]:
    rows = table("pages/title_parts.tsv")
    mark = re.compile(rf"\s*[（(【\[]\s*(?P<part>{alternation_of(r[0] for r in rows)})\s*[)）】\]]")
    return mark, frozenset(r[0] for r in rows if r[1] == "main")


def _cut_part(b: Block) -> Block:
    """The line before its part's label (what follows the label on the line is no title:
    a mirror site glues spam there)."""
    m = _part_mark()[0].search(b.text.text)
    if m is None or m.start() == 0:
        return b
    return Block(b.text[: m.start()].strip(), b.level, b.gap)


def labelled_parts(seg: Segment) -> None:
    """A header whose lines say their part (行行大比武（引题） / 某某工会推进…（主题））: the
    line labelled main is the headline, the others decks, each without its label."""
    if seg.headline is None:
        return
    mark, main = _part_mark()
    lines = [seg.headline, *seg.decks]
    parts = [mark.search(b.text.text) for b in lines]
    if not any(parts):
        return
    mains = [b for b, m in zip(lines, parts, strict=True) if m is not None and m["part"] in main]
    head = mains[0] if len(mains) == 1 else seg.headline
    seg.headline = _cut_part(head)
    seg.decks = [_cut_part(b) for b in lines if b is not head]


def _original_label(text: str) -> re.Match[str] | None:
    return re.match(rf"\s*(?:{alternation('pages/original_title_labels.txt')})\s*[:：]\s*", text)


def original_title(seg: Segment) -> None:
    """A repost's 原标题：X standing alone as its header: the headline is X."""
    if seg.headline is None or seg.decks:
        return
    t = seg.headline.text
    m = _original_label(t.text)
    if m and t.text[m.end() :].strip():
        seg.headline = Block(t[m.end() :].strip(), seg.headline.level, seg.headline.gap)


def repost_title(seg: Segment, title: Mapped | None) -> None:
    """A repost prints its own headline over its account line, and the original's under it
    (原标题：X): the page's title, the one its readers saw, is the headline; X a deck."""
    if title is None or seg.headline is None or _original_label(seg.headline.text.text) is None:
        return
    seg.decks = [seg.headline, *seg.decks]
    seg.headline = Block(title)


def cleaned_headline(seg: Segment) -> None:
    """The headline without a ``<title>`` line's site name or a column label; a deck that
    repeats it (the ``<title>`` line over the page's own headline line) goes."""
    if seg.headline is None:
        return
    head = clean_headline(seg.headline.text)
    if head.text != seg.headline.text.text:
        seg.headline = Block(head, seg.headline.level, seg.headline.gap)
    seg.decks = [d for d in seg.decks if clean_headline(d.text).text != head.text]


def column_label(seg: Segment) -> None:
    """A column's name over its first item's headline (工会快讯 / 某某工会开展…) is no
    line of that item's header: a stack of quick news prints the column once, over the
    first item, and each item under it has its own one-line headline.  The name goes;
    alone, with no line under it, it stays (it is all the header there is)."""
    if seg.headline is None:
        return
    lines = [seg.headline, *seg.decks]
    kept = [b for b in lines if not is_column_label(b.text.text)]
    if not kept or len(kept) == len(lines):
        return
    seg.headline, seg.decks = kept[0], kept[1:]


# a kicker (引题) is a slogan: one short phrase (凝心聚力促发展), or two set apart by a
# space or a comma (弘扬劳模精神 建功时代伟业); a longer line of one clause over another
# (两岸职工同台切磋技艺 / 某某工会举办…) is the main title over its deck
_KICKER_MAX = 8
_KICKER_PAIR_MAX = 16
_PAIRED = re.compile(r"^[^\s，,]{2,}[\s，,]+[^\s，,]{2,}$")


@functools.cache
def _event_words() -> tuple[str, ...]:
    """Words that make a line report an event: a verb of holding one (举办, 开展) or an
    event's head word (大赛, 座谈会)."""
    return (*words("events/holding_verbs.txt"), *words("events/event_heads.txt"))


def kicker_over_title(seg: Segment) -> None:
    """Two header lines, no label saying their parts: a slogan's short line that names no
    event over a longer one that does (凝心聚力促发展 / 某某工会举办职工技能大赛) is a
    kicker (引题) over the main title, which is the headline.  The commoner headline over its
    deck stays: when the first line reports an event too, or the second opens with a
    dash (——记…, a 副题), or the markup put the deck above the headline already.  A short
    label the longer line repeats whole (a workbook's tab 决赛成绩汇总 over its title row
    某某大赛决赛成绩汇总表) is that title's short form, whatever words it holds."""
    if seg.headline is None or len(seg.decks) != 1:
        return
    first, second = seg.headline.text, seg.decks[0].text
    a, b = first.text.strip(), second.text.strip()
    at, bt = first.span(), second.span()
    if at is None or bt is None or at[0] > bt[0] or b.startswith(("—", "－", "-")):
        return
    kicker = len(a) <= _KICKER_MAX or (len(a) <= _KICKER_PAIR_MAX and _PAIRED.match(a) is not None)
    if kicker and len(a) < len(b) and a in b:
        seg.headline, seg.decks = seg.decks[0], [seg.headline]
        return
    if not kicker or len(re.sub(r"[\s，,]", "", a)) >= len(b) or any(w in a for w in _event_words()):
        return
    if any(w in b for w in _event_words()):
        seg.headline, seg.decks = seg.decks[0], [seg.headline]


def joined_title(seg: Segment) -> None:
    """A headline printed on two lines, the second opening with a conjunction that joins a
    second event to the first (…举办职工创新成果发布会 / 暨年度劳动竞赛总结表彰大会,
    ``pages/title_joiners.txt``): the two lines are one headline, whichever of them was
    taken for it; a line that opens with such a word is never a headline alone."""
    if seg.headline is None:
        return
    lines = sorted([seg.headline, *seg.decks], key=lambda b: (b.text.span() or (0, 0))[0])
    joiners = tuple(words("pages/title_joiners.txt"))
    for k in range(1, len(lines)):
        first, second = lines[k - 1], lines[k]
        if not second.text.text.strip().startswith(joiners) or seg.headline not in (first, second):
            continue
        joined = Block(first.text.strip() + second.text.strip(), first.level, first.gap)
        seg.headline = joined
        seg.decks = [d for d in seg.decks if d is not first and d is not second]
        return


def spaced_close(seg: Segment) -> None:
    """A title printed on two lines, one a word spaced out to the width: the second closing
    it (某某委员会第一次全体会议 / 选　举　结　果), or the first the issuing body's name (勃　利
    县　总　工　会 / 2027年…座谈会签到表).  One headline, without the spaces."""
    if seg.headline is None or not seg.decks:
        return
    lines = sorted([seg.headline, *seg.decks], key=lambda b: (b.text.span() or (0, 0))[0])
    for first, second in itertools.pairwise(lines):
        if first.level != second.level or seg.headline not in (first, second):
            continue
        opening, closing = spaced_word(first.text), spaced_word(second.text)
        if (opening is None) == (closing is None) or (opening is not None and not account_name(opening.text)):
            continue
        head = (opening or first.text.strip()) + (closing or second.text.strip())
        seg.headline = Block(head, first.level, first.gap)
        seg.decks = [d for d in seg.decks if d is not first and d is not second]
        return


# a predicate alone: a short phrase (送法进工地, 开展岗位练兵), no name of a unit in it
_PREDICATE_MAX = 8


def subject_over_predicate(seg: Segment) -> None:
    """A headline printed on two lines, a unit's bare name over a short phrase that names
    no one (车城路街道总工会 / 送法进工地): the subject and its predicate, one headline.  Under
    the page's first line a unit's name is the page's owner (:func:`owner_over_headline`);
    this is read for the later items of a page."""
    if seg.headline is None or not seg.decks or not account_name(seg.headline.text.text):
        return
    second = seg.decks[0].text.text.strip()
    if len(second) > _PREDICATE_MAX or not title_like(second) or _names_unit(second):
        return
    joined = Block(seg.headline.text.strip() + seg.decks[0].text.strip(), seg.headline.level, seg.headline.gap)
    seg.headline, seg.decks = joined, seg.decks[1:]


def _names_unit(text: str) -> bool:
    """A unit's name in the phrase (街道工会为…): its own subject.  (One-character heads, 站
    or 队, end many a noun: 快递站.)"""
    return any(h in text for h in words("credits/unit_heads.txt") if len(h) > 1)


# a programme's running order (节目单): each line a time and an item (17:25　某某驿站启用)
_TIMED = re.compile(r"^\s*\d{1,2}[:：]\d{2}\s*")
_TIMED_MIN = 3  # a running order lists three items or more
_STORY_MIN = 10  # a story's headline; a column's name (整点新闻, 晚高峰路况) is shorter


def programme_item(seg: Segment) -> None:
    """A replay page's header is its programme's running order (17:00　整点新闻 / 17:25
    【工会在身边】某某驿站启用 / 17:40　路况): the transcript under it is the one item
    titled as a story is (a headline's length, the rest a column's name each); that title,
    without its time, is the headline.  Two such items, or none: the header stays."""
    if seg.headline is None:
        return
    lines = [seg.headline, *seg.decks]
    timed = [b for b in lines if _TIMED.match(b.text.text)]
    if len(timed) < _TIMED_MIN:
        return
    titles = [(b, b.text[_TIMED.match(b.text.text).end() :].strip()) for b in timed]
    stories = [(b, t) for b, t in titles if len(clean_headline(t).text) >= _STORY_MIN and title_like(t.text)]
    if len(stories) != 1:
        return
    b, title = stories[0]
    seg.headline = Block(title, b.level, b.gap)
    seg.decks = [d for d in lines if d is not b]
