"""Cutting a page into articles: slogans, headlines, decks, bodies.

A newspaper page (or a page of a news site) holds several articles.  Each opens with
a headline, maybe a deck above or below it, and then its first paragraph, usually led
by a byline.  Where the markup marks headings (markdown ``##``, HTML ``<h1>``) those
are trusted; in plain text the shapes of lines decide (:mod:`kg.ingest.shapes`): a run
of short unpunctuated lines followed by a byline or a paragraph is a header.  A byline
paragraph after body text opens a new article even without a headline.  A page slogan
is a header line before the first headline that belongs to no article.
"""

from __future__ import annotations

import re
from collections import Counter

from kg.ingest.appended import appended_head, attachment_line
from kg.ingest.bars import contact_field
from kg.ingest.bilingual import english_head
from kg.ingest.briefs import briefs_under
from kg.ingest.bylines import byline_at_start, is_credit, photo_credit_line
from kg.ingest.cards import card_lines
from kg.ingest.document import Block
from kg.ingest.main_titles import drop_slogan, main_title
from kg.ingest.segments import Segment
from kg.ingest.shapes import (
    TITLE_MAX,
    account_name,
    bracketed_credit,
    credit_continued,
    ends_mid_sentence,
    is_prose,
    is_slogan,
    opens_list,
    title_like,
)
from kg.ingest.shapes import list_over_headline as listed
from kg.ingest.signed import signed_off
from kg.lexicon.chars import HAN


def _opens(blocks: list[Block], i: int) -> bool:
    """A byline that opens an article: text follows it, on its line or in the next block.

    A byline with no article after it (记者 陈静 通讯员 林晓 as the last line, before
    the next headline or before a line with no sentence) closes the article before it instead.
    """
    b = blocks[i]
    if b.level is not None:
        return False
    c = byline_at_start(b.text.text)
    if c is None:
        return False
    if b.text.text[c.end :].strip(" ，,。：:") and not is_credit(b.text.text):
        return True  # (a whole credit, 通讯员 X 文 Y 摄, opens only what follows it)
    nxt = blocks[i + 1] if i + 1 < len(blocks) else None
    if nxt is None or nxt.level is not None or _title(nxt) or is_credit(nxt.text.text):
        return False
    # an article's text has sentences: a line without any (a page's closing metadata,
    # 2023-06-03 某报 content_1.html) is no article the byline could open
    return any(p in nxt.text.text for p in "。！？!?")


def _title(b: Block) -> bool:
    return b.level is None and title_like(b.text.text) and not contact_field(b.text.text)


def _deck_over_byline(blocks: list[Block], j: int) -> bool:
    """A 副题 under a headline, straight over the byline that opens the article (86名选手
    比拼理论与实操，一等奖获得者将推荐申报…): a phrase no sentence ends, longer than a
    title with a comma may be elsewhere, where a line of a broken sentence would be
    continued by its text, never by a byline."""
    if j + 1 >= len(blocks) or blocks[j].level is not None:
        return False
    t = blocks[j].text.text.strip()
    if not (len(t) <= TITLE_MAX and len(re.findall(f"[{HAN}]", t)) >= 4) or ends_mid_sentence(t):
        return False
    if any(p in t for p in "。！？!?；;") or t[0] in "（(【[" or is_credit(t) or byline_at_start(t):
        return False
    return _opens(blocks, j + 1)


_QUOTED = re.compile(r"“[^”]*”|‘[^’]*’|《[^》]*》|「[^」]*」")
_LEAD_TAG = re.compile(r"^[【\[][^】\]\s]{1,10}[】\]]\s*(?=\S{4})")
LONG_TITLE_MAX = 80  # a headline naming an event and an award in full runs to 60 characters


def long_title(blocks: list[Block]) -> bool:
    """A page's first line is its headline, however long, when it holds no sentence and
    an article follows it: a byline or a paragraph of prose."""
    if len(blocks) < 2 or blocks[0].level is not None or _title(blocks[0]):
        return False
    t = blocks[0].text.text.strip()
    # a column's tag may open it (【某区】标题): what follows must read as a headline
    bare = _LEAD_TAG.sub("", t)
    if not bare or len(t) > LONG_TITLE_MAX or any(p in t for p in "。！？；") or bare[0] in "（(【[" or is_credit(t):
        return False
    if ends_mid_sentence(t) or byline_at_start(t) or re.search(r"[，,]", _QUOTED.sub("", t)):
        return False  # a comma outside quotes: a lead sentence that lost its full stop
    nxt = blocks[1].text.text
    return blocks[1].level is None and (byline_at_start(nxt) is not None or is_prose(nxt))


_SECTION_WORD = re.compile(f"[{HAN}]{{2,4}}")  # 汕头, 基层动态: a part's bare name


def is_section_label(text: str) -> bool:
    """市总工会： over one part of a roundup page: a short name closed by a colon."""
    t = text.strip()
    return 2 < len(t) <= 20 and t[-1] in ":：" and not any(p in t for p in "。！？，,；")


def is_part_label(text: str) -> bool:
    """A roundup part's label: 市总工会：, or inside an article a bare word or two alone
    (汕头 over 南方工报讯（…）): no headline is that short."""
    return is_section_label(text) or _SECTION_WORD.fullmatch(text.strip()) is not None


def _inner_label(b: Block) -> bool:
    return b.level is None and (is_part_label(b.text.text) or attachment_line(b.text.text))


def _unit_headline(blocks: list[Block], i: int, j: int) -> bool:
    """A headline that ends as a unit's name does (某区设立职工法律援助工作站) over a byline
    that opens the text under it (本报讯（通讯员 X）…): the next article's headline, not a
    logo's bare name inside the article above (the byline opens a new article anyway)."""
    return j < len(blocks) and not any(_inner_label(x) for x in blocks[i:j]) and _opens(blocks, j)


def _announces(cur: Segment) -> bool:
    """The text so far ends in a sentence that a colon leaves open (…各工种名次揭晓：), or in
    a list's heading counting its entries (二、县五一劳动奖章（5名）): the short lines under it
    are the list it announces, no headline (unless a byline opens the text under them: a
    roundup's part, 某县总工会：, over its own headline)."""
    return bool(cur.body) and opens_list(cur.body[-1].text.text)


def split_plain(
    blocks: list[Block], web_article: bool = False, captions: frozenset[int] | set[int] = frozenset()
) -> list[Segment]:
    """Split by line shapes alone (no heading markup).

    On a ``web_article`` page (its meta line under its headline: one article) a short
    line inside the article followed by text is a picture's caption or a subhead, not the
    headline of another article, unless a byline opens the text under it; so is on any
    page a short line under a picture's file name (``captions``: ids of their texts)."""
    segments: list[Segment] = []
    cur: Segment | None = None
    cards = card_lines(blocks)  # (a list's cards: 01号　某某 over 单位：…, entries of one text)
    i = 0
    while i < len(blocks):
        b = blocks[i]
        appended = appended_head(blocks, i) if segments else None
        if appended is not None:  # 附：相关新闻 / its headline: an article of its own
            cur, i = Segment(headline=appended[0]), appended[1]
            segments.append(cur)
            continue
        if briefs := briefs_under(blocks, i):  # 简讯 over ■ items of text: an article each, no headline
            for item in blocks[i + 1 : i + 1 + briefs]:
                cur = Segment(body=[item])
                segments.append(cur)
            i += 1 + briefs
            continue
        english = english_head(blocks, i)  # (an English section's headline over its text)
        if (_title(b) and i not in cards) or english:
            j = i + 1 if english else i
            while j < len(blocks) and _title(blocks[j]) and not (segments and appended_head(blocks, j)):
                j += 1
            if j < len(blocks) and segments and appended_head(blocks, j):  # (a sign-off over 附：相关新闻)
                cur = cur or _new(segments)
                cur.body.extend(blocks[i:j])
                i = j
                continue
            if _deck_over_byline(blocks, j):
                j += 1
            if (
                cur is not None
                and cur.has_text()
                and (all(account_name(x.text.text) or _inner_label(x) for x in blocks[i:j]) or _announces(cur))
                and not _unit_headline(blocks, i, j)
            ):
                # a unit's bare name inside an article (a logo's) heads none, nor a part's label
                cur.body.extend(blocks[i:j])
                i = j
                continue
            inner = web_article or all(id(x.text) in captions for x in blocks[i:j])
            if (
                inner
                and cur is not None
                and cur.has_text()
                and j < len(blocks)
                and not _opens(blocks, j)
                and not signed_off(cur.body)
            ):
                cur.body.extend(blocks[i:j])  # a caption or subhead of the page's one article
                i = j
                continue
            # a header is followed by its article: a byline, a reporters line or a lead;
            # a photo credit follows a caption, unless it credits the text too (X 文/图)
            photo = photo_credit_line(blocks[j].text.text) if j < len(blocks) else None
            if j < len(blocks) and (photo is None or photo.reporters):
                run = blocks[i:j]
                if listed([x.text.text for x in run]):  # (a directory's entries: no header)
                    cur = cur or _new(segments)
                    cur.body.extend(run[:-1])
                    run = run[-1:]
                cur = Segment(headline=run[0], decks=list(run[1:]))
                segments.append(cur)
                i = j
                continue
            # short lines with no article after them: notes closing the current one
            cur = cur or _new(segments)
            cur.body.extend(blocks[i:j])
            i = j
            continue
        # a byline under a section label (某县总工会：) opens one part of a roundup, not an article
        roundup = i > 0 and _inner_label(blocks[i - 1])
        if (
            _opens(blocks, i)
            and cur is not None
            and (cur.has_text() or (_has_byline(cur) and _credits_people(blocks[i])))
            and (cur.has_text() or not credit_continued(cur.body[-1].text.text if cur.body else None, b.text.text))
            and not roundup
            and not (cur.has_text() and bracketed_credit(b.text.text))
        ):
            cur = _new(segments)
        cur = cur or _new(segments)
        cur.body.append(b)
        i += 1
    drop_slogan(segments)
    for seg in segments:
        main_title(seg)
    return segments


def split_marked(blocks: list[Block], level: int) -> list[Segment]:
    """Split at headings of the article level; shallower headings are page titles."""
    segments: list[Segment] = []
    cur: Segment | None = None
    lead: list[Block] = []  # short lines waiting to be a deck above the next headline
    for i, b in enumerate(blocks):
        if b.level is not None and b.level < level:
            continue  # page or section title
        if b.level == level:
            cur = Segment(headline=b, decks=[x for x in lead if not is_slogan(x.text.text)])
            lead = []
            segments.append(cur)
            continue
        nxt = blocks[i + 1] if i + 1 < len(blocks) else None
        starting = cur is not None and not cur.body
        if starting and (b.level is not None or _title(b)) and cur is not None:
            cur.decks.append(b)  # a deck below the headline
            continue
        if (
            (_title(b) or b.level is not None)  # (a 引题 heading, worded as a slogan)
            and nxt is not None
            and nxt.level == level
            and (cur is None or cur.has_text())
        ):
            lead.append(b)  # a deck above the next headline (or a page slogan)
            continue
        if lead:
            (cur or _new(segments)).body.extend(lead)
            lead = []
        if (
            _opens(blocks, i)
            and cur is not None
            and (cur.has_text() or (_has_byline(cur) and _credits_people(blocks[i])))
            and not (cur.has_text() and bracketed_credit(b.text.text))  # (（通讯员 X Y） closing the text)
        ):
            cur = _new(segments)
        cur = cur or _new(segments)
        cur.body.append(b)
    if lead:
        (cur or _new(segments)).body.extend(lead)
    return segments


def split_one(blocks: list[Block], title_given: bool) -> list[Segment]:
    """A source that is one article (a JSON line): only its header is looked for."""
    seg = Segment()
    i = 0
    if not title_given:
        j = 0
        while j < len(blocks) and _title(blocks[j]):
            j += 1
        if 0 < j < len(blocks):
            seg.headline, seg.decks = blocks[0], list(blocks[1:j])
            main_title(seg)
            i = j
    seg.body = list(blocks[i:])
    return [seg]


def _new(segments: list[Segment]) -> Segment:
    seg = Segment()
    segments.append(seg)
    return seg


def _credits_people(b: Block) -> bool:
    """Whether the byline opening ``b`` names people.  An outlet's dateline alone (本刊讯
    …) under a line of credits (□记者 X) is that article's lead, not a new article."""
    c = byline_at_start(b.text.text)
    return c is not None and bool(c.reporters or c.photographers)


def _has_byline(seg: Segment) -> bool:
    """Whether the segment's body has a byline already (then the next one opens another article)."""
    return any(b.level is None and byline_at_start(b.text.text) is not None for b in seg.body)


def heading_level(blocks: list[Block]) -> int | None:
    """The heading level that marks articles: the commonest among headings followed by text.

    A page title (markdown ``#`` over ``##`` articles) is followed straight by another
    heading, so it does not count; ties go to the higher level (smaller number).
    """
    counts: Counter[int] = Counter()
    for i, b in enumerate(blocks):
        if b.level is None:
            continue
        nxt = blocks[i + 1] if i + 1 < len(blocks) else None
        if nxt is not None and nxt.level is None:
            counts[b.level] += 1
    if not counts:
        return None
    return min(counts, key=lambda lv: (-counts[lv], lv))
