"""A page's furniture and its header: what stands around the article, not in it.

A web page prints its site's name, menus and breadcrumb over the headline, a meta line
(发布时间：… 来源：… 作者：…) under it, and lists of links, buttons and footers after
the text; a post prints its account line by the headline.  These lines are dropped
before the page is split into articles, their date, 来源 and 作者 kept in the document.
Kept apart from :mod:`kg.ingest.pages`, which runs the whole path from a document to
its articles.
Which of the lines above the first meta line is the headline, and which the site's
header, is read by :mod:`kg.ingest.page_headers`.
"""

from __future__ import annotations

import functools
import re

from kg.ingest.account_pages import channel_line, without_button
from kg.ingest.appended import appended_at
from kg.ingest.bars import bar_date, bar_outlets
from kg.ingest.boilerplate import (
    is_breadcrumb,
    is_furniture,
    is_picture,
    is_prose,
    link_entry,
    menu_lines,
    opens_related_links,
    post_label_line,
)
from kg.ingest.briefs import headed_brief
from kg.ingest.bulletins import dated_issue
from kg.ingest.bylines import byline_at_start
from kg.ingest.directories import directory_addresses
from kg.ingest.distribution import distribution_line
from kg.ingest.document import Block, Document
from kg.ingest.genre_furniture import app_masthead, genre_line, location_tags, named_crumb
from kg.ingest.joined_meta import split_title_meta
from kg.ingest.mail_furniture import (
    mail_bar,
    mail_header_lines,
    mail_notice,
    mail_sender,
    signature_contact_lines,
    subject_lines,
)
from kg.ingest.meta_bylines import page_author
from kg.ingest.meta_lines import Meta, meta_line
from kg.ingest.other_scripts import other_script_line
from kg.ingest.page_headers import header_above_meta, short_name
from kg.ingest.portal_furniture import assistant_line, disclosure_lines, footer_bar, footer_lines
from kg.ingest.print_furniture import meeting_time, print_mark
from kg.ingest.references import reference_lines
from kg.ingest.rosters import closed_name, officeholder_field, roster_blocks
from kg.ingest.ruled_pieces import piece_heads
from kg.ingest.shapes import account_name, post_title, title_like
from kg.ingest.sidebars import menu_columns, opens_column_sidebar, page_index
from kg.ingest.stacks import opens_as_lead
from kg.ingest.step_logs import log_steps
from kg.lexicon import alternation, entries, words

_BAR_DATE_RANK = 98  # an e-paper bar's date: any meta line's beats it
_GREETINGS = tuple(words("pages/site_greetings.txt"))  # 欢迎访问…网站！: the site's header, no prose


def drop_furniture(doc: Document) -> None:
    """Remove page furniture; the meta line's date and 来源 go into the document."""
    doc.blocks = split_title_meta(doc.blocks)
    roster = set() if doc.one_article else roster_blocks([b.text for b in doc.blocks])  # (one: no sidebar)
    roster_lines = [doc.blocks[i].text for i in sorted(roster)]
    kept: list[Block] = []
    gap = 0
    links = False  # inside a list of links to other articles (相关阅读 …)
    comments = False  # under the heading of the readers' comments (热门评论 …)
    seen_meta = False
    last_meta = 0  # how many lines were kept when the last meta line came
    picture = False  # the line before was a picture's file name
    masthead = False  # under a newsletter's dated issue line, before the first sentence
    brief = -1  # the headline of a brief under its bracketed column label (【简讯】)
    crumb = ""  # the breadcrumb that ended the site's header: all kept lines stand below it
    # whether prose follows block i (a meta line closing a post's short lines has no article under it)
    prose_after = [False] * (len(doc.blocks) + 1)
    for i in range(len(doc.blocks) - 1, -1, -1):
        prose_after[i] = prose_after[i + 1] or is_prose(doc.blocks[i].text.text)
    # a roster above the page's first sentence is the site's (its sidebar), not the article's
    first_prose = next((i for i, b in enumerate(doc.blocks) if is_prose(b.text.text)), len(doc.blocks))
    menu = menu_lines([b.text.text for b in doc.blocks])
    below = -1  # a post's headline under its account line, taken for the page's title
    texts = [b.text.text for b in doc.blocks]
    # a portal's metadata table and footer, a mail's header: known by their runs of lines
    header = mail_header_lines(texts)
    runs = disclosure_lines(texts) | footer_lines(texts) | header | subject_lines(texts, header)
    runs |= signature_contact_lines(texts) | reference_lines(texts)  # (参考文献： [1] …: a paper's references)
    runs |= location_tags(texts)  # (📍 某地 over a post's date line)
    runs |= page_index(texts)  # (版面导航 over the issue's pages: other pages' headlines)
    listed = directory_addresses(texts) | log_steps(texts)  # (a directory's addresses; a log's dated steps)
    columns = menu_columns(texts, first_prose)  # (a column of the menu again under the article: a sidebar)
    contents, heads, labels = piece_heads(doc.blocks)  # (an e-paper's pieces: 本版标题：…, rules between)
    runs |= contents
    for i, b in enumerate(doc.blocks):
        links = (opens_related_links(b.text.text) and not appended_at(doc.blocks, i)) or (
            links and (not is_prose(b.text.text) or link_entry(b.text.text)) and not _heads_byline(doc.blocks, i)
        )
        links = links or opens_column_sidebar(texts, i, first_prose, columns)
        # readers' comments are prose too: they run on to the next article's headline
        # (an official account's comment among them is its body's own statement: kept)
        named = i in heads  # (a piece's headline ends the readers' comments; a column's 评论 opens none)
        comments = (opens_comments(b.text.text) and i not in labels) or (
            comments and not _heads_byline(doc.blocks, i) and not named
        )
        readers = comments and not official_comment(b.text.text)
        if links or readers or (i in roster and i < first_prose) or i in menu or i == below:
            gap += b.gap + 1
            continue
        # a meeting's own fields, a printed mark (纪要编号：… 签发：X): no page's meta line
        t = b.text.text
        own = officeholder_field(t) or meeting_time(texts, i) or print_mark(t) or i in listed
        meta = None if own else meta_line(without_button(t))  # (a date line's [ ＋关注 ]: a button)
        masthead = i < first_prose and (masthead or dated_issue(t))
        if meta is not None and masthead:
            # a newsletter's dated issue line and the staff fields under it: the issue's date,
            # the lines kept for the masthead they make (kg.ingest.bulletins)
            if meta.date and meta.date_rank < doc.date_rank:
                doc.date, doc.date_rank = meta.date, meta.date_rank
            meta = None
        if meta is not None:
            if not seen_meta and prose_after[i + 1] and not any(is_prose(k.text.text) for k in kept):
                title_next = i + 1 < len(doc.blocks) and title_like(doc.blocks[i + 1].text.text)
                kept = header_above_meta(kept, doc, meta, title_next, crumb)
                if not kept and doc.title is None and _headline_below(doc.blocks, i):
                    doc.title, doc.web_article, below = doc.blocks[i + 1].text, True, i + 1
                # (a post's date line says the page is one post: its 📌 subheads head no article)
                doc.web_article = doc.web_article or meta.posted or (bool(kept) and title_like(kept[-1].text.text))
            # (a web article's subheads head no article: its closing meta line is its own)
            closed = _closed_by_meta(kept, last_meta) if seen_meta and not doc.web_article else None
            seen_meta, last_meta = True, len(kept)
            if kept and title_like(kept[-1].text.text) and any(is_prose(k.text.text) for k in kept):
                _later_meta(doc, id(kept[-1].text), meta)
            elif closed is not None:
                _later_meta(doc, id(closed.text), meta)
            else:
                if meta.date and meta.date_rank < doc.date_rank:
                    doc.date, doc.date_rank = meta.date, meta.date_rank
                doc.outlet = doc.outlet or meta.outlet
                doc.author = page_author(doc.author, meta.author, i > 0 and meta_line(texts[i - 1]) is not None)
            if meta.outlet:
                doc.furniture.append(meta.outlet)
            gap += b.gap + 1
            continue
        owners = channel_line(t)
        if owners is not None:  # (an account's channel line: what of it says whose page)
            doc.furniture.extend(o for o in owners if o not in doc.furniture)
            gap += b.gap + 1
            continue
        if not kept and i < first_prose and app_masthead(texts, i):  # (the app's name over its prompt: whose page)
            doc.furniture.append(t)
            gap += b.gap + 1
            continue
        if _account_card(doc.blocks, i) or _account_card(doc.blocks, i + 1) or _followed(doc.blocks, i):
            if (_account_card(doc.blocks, i + 1) or _followed(doc.blocks, i)) and b.text.text not in doc.furniture:
                doc.furniture.append(b.text.text)  # the card's name: whose page it is
            gap += b.gap + 1
            continue
        if i not in listed and (
            is_furniture(b.text.text) or distribution_line(b.text.text) or i in runs or _own_furniture(b.text.text)
        ):
            issued = bar_date(b.text.text)  # an e-paper's bar: the issue's date
            if issued and doc.date is None:
                doc.date, doc.date_rank = issued, _BAR_DATE_RANK
            if issued:  # the paper's name on its dated bar says whose page it is
                doc.furniture.extend(n for n in bar_outlets(b.text.text) if n not in doc.furniture)
            if is_breadcrumb(b.text.text) and not any(_prose(k.text.text) for k in kept):
                # what stands above a page's breadcrumb is the site's own header (its name,
                # slogans, menus), not the article's: the headline comes below it
                gap += sum(k.gap + 1 for k in kept)
                doc.furniture.extend(k.text.text for k in kept)
                kept, crumb = [], b.text.text
            if is_breadcrumb(b.text.text) or named_crumb(b.text.text) or post_label_line(b.text.text):
                doc.furniture.append(b.text.text)  # (the site's name, a post's 原创 account line: whose page)
            # a short line under a picture is its caption (one over it may be the headline
            # of the next article, as papers put pictures under their headlines)
            sender = mail_sender(b.text.text) if i in runs else None
            if sender is not None and sender not in doc.furniture:
                doc.furniture.append(sender)  # 发件人：the mail's sender, whose mail it is
            picture = picture or is_picture(b.text.text)
            brief = i + 1 if headed_brief(doc.blocks, i) else brief  # (【简讯】 over a brief's headline)
            gap += b.gap + 1
            continue
        if picture and title_like(b.text.text):
            doc.captions.add(id(b.text))
        if named or i == brief:
            doc.labelled_heads.add(id(b.text))
        picture = False
        kept.append(Block(b.text, b.level, b.gap + gap, b.item))
        gap = 0
    doc.blocks = kept
    # the roster lines dropped with the furniture: read for their posts alone
    left = {id(b.text) for b in kept}
    doc.roster += [closed_name(line) for line in roster_lines if id(line) not in left]


def _prose(line: str) -> bool:
    """A sentence of the article's, not the site's greeting over its breadcrumb (欢迎访问…！)."""
    return is_prose(line) and not line.lstrip().startswith(_GREETINGS)


def _own_furniture(line: str) -> bool:
    """Furniture of pages that are no news site's: a portal's assistant and footer bar, a
    mail client's bars and notices, a printed document's marks, a bilingual page's lines
    in the other script."""
    return (
        other_script_line(line)
        or assistant_line(line)
        or footer_bar(line)
        or mail_bar(line)
        or mail_notice(line)
        or print_mark(line)
        or genre_line(line)
    )


def opens_comments(line: str) -> bool:
    """热门评论, 全部评论（18）, 全部评论 18条, 最相关留言 ▾: the heading of the readers' comments, alone
    on its line but for a count, an arrow or the toggle of their order (最热 ▾, 按时间).  What
    the readers write under it is theirs, not the article's: their nicknames name no one in
    the report."""
    t = _MORE_BUTTON.sub("", line.strip())  # (网友评论（共36条）　[ 查看更多 ]: a button after it)
    t = _sort().sub("", t)  # (the toggle of their order after it: 全部评论（88）　最热 ▾)
    t = _TAKING_PART.sub("", t)  # (跟贴 86　参与 1342 人: how many took part, after the count)
    # (its count: （18）, （共36条）, （已有4条评论）)
    # (or before it: 共 96 条评论, as notes print it, 27条评论 as a portal does)
    t = re.sub(r"^(?:(?:共|已有)\s*)?[\d,]+\s*[条则]\s*", "", t)
    t = re.sub(r"[\s（(【\[]*(?:(?:共|已有)\s*)?\d*\s*(?:[条则](?:评论|留言)?)?[)）】\]]?\s*[^\w]*$", "", t)
    return t.lstrip("【[ ").rstrip("】] ") in entries("pages/comment_markers.txt")


def official_comment(line: str) -> bool:
    """某某工会 官方：…: a comment by an official account, its body's own statement (who
    held the event, how many came): read as the page's text, unlike the readers' comments."""
    return _official().match(line.strip()) is not None


@functools.cache
def _official() -> re.Pattern[str]:
    return re.compile(rf"^[^\s：:]{{2,20}}\s*[（(]?(?:{alternation('pages/official_marks.txt')})[)）]?\s*[:：]\s*\S")


# a button in square brackets closing the heading's line, set off by a space ([ 查看更多 ])
_MORE_BUTTON = re.compile(r"(?:\s+[【\[]\s*[^【】\[\]\s]{1,6}\s*[】\]])+\s*$")
# a portal's count of the readers taking part, after the comments' heading and count
_TAKING_PART = re.compile(r"\s+参与\s*\d+\s*人\s*$")


@functools.cache
def _sort() -> re.Pattern[str]:
    return re.compile(rf"(?<=\S)(?:\s+[|｜/／]?\s*(?:{alternation('pages/comment_sorts.txt')}))+\s*[▾▼∨⌄˅↓]?\s*$")


def _headline_below(blocks: list[Block], i: int) -> bool:
    """A post opening with its account line (某某工会 2025年11月23日 19:06 广东, nothing
    over it but the furniture) prints its headline straight under it, over the lead:
    that line is the headline however long, with a comma, quotes or an exclamation mark
    between two phrases (扫码入会，“骑”心聚力！某某街道…走进某某社区), when it holds no
    sentence and prose follows it.  A short one is found as any headline is."""
    if i + 2 >= len(blocks) or any(b.level is not None for b in blocks[i + 1 : i + 3]):
        return False
    head = blocks[i + 1].text.text
    # (a lead that lost its full stop opens as one: 近日，某某工会…)
    return not title_like(head) and post_title(head) and not opens_as_lead(head) and is_prose(blocks[i + 2].text.text)


def _heads_byline(blocks: list[Block], i: int) -> bool:
    """A headline straight over a byline's paragraph (本报讯（记者 X）…): the next article of
    the page, which ends a list of links above it (延伸阅读：… as an e-paper prints one
    between two articles), however short it is."""
    nxt = blocks[i + 1].text.text if i + 1 < len(blocks) else ""
    return title_like(blocks[i].text.text) and is_prose(nxt) and byline_at_start(nxt) is not None


def _closed_by_meta(kept: list[Block], since: int) -> Block | None:
    """The headline of the article a meta line closes, on a page whose articles each end
    with theirs (标题 / 正文 / 来源：… 作者：…, then the next): the first headline-shaped
    line after the last meta line with prose under it, when prose ends the kept lines."""
    lines = kept[since:]
    if not lines or not is_prose(lines[-1].text.text):
        return None
    for k, b in enumerate(lines[:-1]):
        if title_like(b.text.text) and is_prose(lines[k + 1].text.text):
            return b
    return None


def _later_meta(doc: Document, head: int, meta: Meta) -> None:
    """A meta line under a later headline of a page of several (the first article's body
    above it): its 作者, 来源 and date are that article's.  The page keeps its date only
    when nothing dated it before (the articles of one page are of one day or so)."""
    if meta.author:
        doc.later_authors[head] = meta.author
    if meta.outlet:
        doc.later_outlets[head] = meta.outlet
    if not meta.bare:
        doc.labelled_heads.add(head)
    if meta.date:
        doc.later_dates[head] = meta.date
        if doc.date is None:
            doc.date, doc.date_rank = meta.date, meta.date_rank


_FOLLOW = "关注"


def _followed(blocks: list[Block], i: int) -> bool:
    """A short name straight over a follow button alone on its line (栗子今天也要加油鸭 /
    ＋关注): the author's account on a note, whatever the name, no headline."""
    nxt = blocks[i + 1] if i + 1 < len(blocks) else None
    button = nxt is not None and not nxt.gap and _FOLLOW_BUTTON.fullmatch(nxt.text.text.strip()) is not None
    return button and short_name(blocks[i])


_FOLLOW_BUTTON = re.compile(r"[\[【]?\s*[＋+]?\s*(?:已)?关注\s*[\]】]?")


def _account_card(blocks: list[Block], i: int) -> bool:
    """An account's card on a post: its name, the line under it (what the account is:
    某某工会官方账号。传递…), and its follow button (已关注, +关注) under that, one straight
    under the other; ``i`` the middle line.  The card tells whose post it is, no news (its
    name alone under the headline would read as a deck, 某某 a person's name)."""
    if i == 0 or i + 1 >= len(blocks) or blocks[i].gap or blocks[i + 1].gap:
        return False
    below = blocks[i + 1].text.text
    return account_name(blocks[i - 1].text.text) and _FOLLOW in below and is_furniture(below)
