"""A saved social-media timeline (微博, 头条号, 抖音, 视频号, 小红书…): a list of posts, cut
into one article each before anything else reads the page.

Each post is opened by its account line (a V or 认证 badge maybe) and a metadata line —
the time it was posted, printed without a year (``4-28 09:30``), relatively (``5分钟前``,
``昨天 18:40``) or in full, maybe with the client (``来自 iPhone 15``) and marks (已编辑) —
and closed by a counts line (``转发 326　评论 58　赞 1024``).  What stands outside the
posts is the platform's: the profile card and tabs above them, the readers' comments
under each, the sidebar (你可能感兴趣的人, 热搜) and footer below.  Inside a post the
picture marks (``[图片]×6``), a video's view line, the icon-font tails of its buttons
(``收起d``, ``...展开全文c``) and its hashtags (#…#) are furniture too; an @mention inside
a sentence is the name it mentions (联合@某区总工会 在…: 联合某区总工会在…).

A repost quotes its original (``@某某：text`` with the original's own metadata line
under it): the original is the text that carries the facts, its account the page's owner
for that article; the reposter's comment (with its ``//@X:`` chain) says nothing.

A post's 【…】 title at the start of its text is its headline; its date is the metadata
date, its year what the page says (its copyright's last year, else the latest year its
text prints), a year earlier when a later post of the list is dated later in the year.
Kept apart from :mod:`kg.ingest.page_furniture`: its words are the platforms', and it
decides the page's articles, not what lines of one article are furniture.
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass, field

from kg.ingest.document import Block, Document
from kg.ingest.page_furniture import opens_comments
from kg.ingest.post_counts import counts as _counts
from kg.ingest.post_counts import counts_line
from kg.ingest.textmap import Mapped
from kg.lexicon import alternation, entries
from kg.lexicon.chars import HAN_COMMON

_CLOCK = r"\d{1,2}:\d{2}"
_WHEN_BODY = (
    rf"(?:(?:(?P<y>(?:19|20)\d{{2}})\s*[-/.年]\s*|(?P<y2>\d{{2}})-(?=\d{{1,2}}-))?"
    rf"(?P<m>\d{{1,2}})\s*[-/.月]\s*(?P<d>\d{{1,2}})\s*日?(?P<c>\s+{_CLOCK})?"
    rf"|(?:今天|昨天|前天)\s*{_CLOCK}|\d{{1,2}}\s*(?:秒|分钟|小时|天)前|刚刚)(?=\s|$)"
)
_WHEN = re.compile(f"^{_WHEN_BODY}")
# the account and the time on one line (某某工会 · 2026-05-20 11:00)
_WHO_WHEN = re.compile(rf"^(?P<who>[^\s·•|｜，。：:]{{2,20}})(?:\s*[·•|｜]\s*|\s+){_WHEN_BODY}")
# an account's badges after its name: V, ✓, [V], 蓝V, 微博官方认证
_BADGES = re.compile(r"(?:\s+(?:[^\s\u4e00-\u9fff]{1,3}|[蓝黄金红橙]V)|\s*\S{0,4}认证)+$")
_PIECES = re.compile(r"[\s·•|｜]+")
_PICTURE = re.compile(r"^[\[【](?:图片|长图|组图[^\]】]*|动图|视频|GIF)[\]】](?:\s*[×xX*]\s*\d+)?$")
_VIEWS = re.compile(r"^▶|\d[\d.]*\s*[万亿]?\s*次(?:观看|播放)$")
_QUOTED = re.compile(r"^@(?P<who>[^\s:：@，,。]{2,30})(?:[:：]\s*(?=\S)|[:：]?\s*$)")
_TITLE = re.compile(r"^【(?P<t>[^【】。！？]{4,40})】\s*")
_COPYRIGHT = re.compile(r"(?:©|Copyright)\s*(?:©\s*)?(?:(?:19|20)\d{2}\s*[-–—~]\s*)?((?:19|20)\d{2})")
_YEAR = re.compile(r"((?:19|20)\d{2})\s*年")
_SENTENCE = re.compile(r"[。！？；，：:]")
# what a post's line prints that is no text: the repost chain, hashtags, buttons' tails
_CUTS = re.compile(
    r"\s*//@.*$"
    r"|\[[\u4e00-\u9fff]{1,4}\]"  # an emoticon's code ([鼓掌])
    r"|\s*[OＯ]?网页链接"
    r"|\s*[LＬ]?\S{0,30}的(?:微博)?视频(?:\s*[\d.]+\s*万?次观看)?\s*$"
    r"|\s*(?:\.{2,}|…+)\s*全文\s*[a-zA-Z]?\s*$"
    r"|#[^#\n]{1,30}#\s*"
    r"|\s*(?:\.{2,}|…+)?\s*展开全文\s*[a-zA-Z]?\s*$"
    r"|\s*收起(?:全文)?\s*[a-zA-Z]?\s*$"
)
_MENTION = re.compile(r"@(?P<n>[^\s@:：，,。！？、#（）()“”]{2,30})(?:\s(?=\S)|(?=[，,。！？、”]|$))")
_POSTS_MIN = 2
_CLIENT_MAX = 60  # 来自 微博 weibo.com　转发 52　评论 14　赞 317
_QUOTE_MAX = 40  # lines a quoted original may run before its time line


@functools.cache
def _closer() -> re.Pattern[str]:
    return re.compile(rf"^(?:{alternation('pages/timeline_closers.txt')})")


@dataclass
class Post:
    """One post of a timeline: the indices of its text lines, what its metadata says."""

    month_day: tuple[int, int] | None
    year: int | None = None  # printed on the metadata line
    account: str | None = None
    source: str | None = None  # a repost's quoted original: its account
    source_at: int = -1  # the line that names it
    at: int = -1  # its time line
    lines: list[int] = field(default_factory=list)
    pinned: bool = False
    closed: bool = False
    date: str | None = None


def meta_line(line: str) -> re.Match[str] | None:
    """The post's time at the start of the line, and after it only the client (来自 X),
    marks (已编辑) and counts: the metadata line of a post (None when it is no such line)."""
    if len(line) > 200:
        return None
    t = line.strip().lstrip("·•").strip()
    labelled = _posted().match(t)  # 编辑于 06-02 江西: the label says it is the post's time
    if labelled:
        t = t[labelled.end() :]
    m = _WHEN.match(t) or _WHO_WHEN.match(t)
    if m is None or len(t) > 80:
        return None
    rest = t[m.end() :].strip()
    dotted = rest.startswith(("·", "•", "|", "｜"))
    rest = rest.strip("·•|｜").strip()
    if m["m"] and not m["c"] and not labelled:  # a date without its clock: only with the client after it
        return m if re.match(r"来自\s", rest) and len(rest) <= 30 and not _SENTENCE.search(rest) else None
    if rest.startswith("来自"):  # the client: a name, no clause (来自全市的职工，…)
        return m if len(rest) <= _CLIENT_MAX and not re.search("[，。！？；]", rest) else None
    if not rest:
        return m
    rest = _counts().sub(" ", _region(dotted or bool(labelled)).sub(" ", rest))
    marks = entries("pages/post_marks.txt")
    return m if all(p in marks for p in _PIECES.split(rest) if p) else None


@functools.cache
def _posted() -> re.Pattern[str]:
    return re.compile(rf"^(?:{alternation('pages/posted_labels.txt')})\s*[:：]?\s*")


@functools.cache
def _region(dotted: bool) -> re.Pattern[str]:
    """The poster's region after the time: 发布于 江西, IP属地：江西, or after a dot · 江西
    (a bare word after a space may be the text's: 10:15 开会)."""
    label = alternation("pages/posted_labels.txt")
    bare = "|^" if dotted else ""  # (after the time a posted label led: 编辑于 06-02 江西)
    return re.compile(rf"(?:(?:^|\s)(?:{label})\s*[:：]?\s*{bare})[{HAN_COMMON}]{{2,4}}(?=\s|$)")


@functools.cache
def _reply_button() -> re.Pattern[str]:
    return re.compile(rf"(?:^|\s)(?:{alternation('pages/reply_buttons.txt')})(?=\s|$)")


def _reply_line(line: str) -> bool:
    """IP属地：江西　3小时前　回复　赞 57: a time line with a reply button is a reader's
    comment's under an article (its nickname over its text), not a post's: a portal's page
    with its comments is no timeline, however many of them it prints."""
    return len(line) <= _CLIENT_MAX and _reply_button().search(line) is not None


def _account(line: str) -> str | None:
    """An account line over a metadata line: a short name, a badge maybe, no sentence."""
    t = line.strip()
    if not t or len(t) > 30 or _SENTENCE.search(t) or meta_line(t) or counts_line(t):
        return None
    return _BADGES.sub("", t).strip().lstrip("@") or None


def _quoted(lines: list[str], i: int) -> str | None:
    """``@某某：text`` that a metadata line closes (the original's, under its text) before
    the post's counts: a repost's quoted original, by its account."""
    m = _QUOTED.match(lines[i].strip())
    if m is None:
        return None
    for j in range(i + 1, min(len(lines), i + _QUOTE_MAX)):
        if counts_line(lines[j]) or _closer().match(lines[j].strip()):
            return None
        if meta_line(lines[j]):
            return m["who"] if _account(lines[j - 1]) is None else None
    return None


def timeline_posts(lines: list[str]) -> list[Post] | None:
    """The posts of a page's lines, or None when the page is no timeline (fewer than two
    posts, or neither a counts line nor an account line over two of them)."""
    if sum(1 for x in lines if meta_line(x)) < _POSTS_MIN:
        return None  # (most pages: no post's time line at all)
    posts: list[Post] = []
    cur: Post | None = None
    quoted_closed = False
    counted = any(counts_line(x) for x in lines)
    comments = False  # under the readers' comments: their time lines open no post
    since = -1  # the last blank or closing line: a post's text under the time starts below it
    for i, raw in enumerate(lines):
        t = raw.strip()
        nxt = lines[i + 1].strip() if i + 1 < len(lines) else ""
        comments = opens_comments(t) or (comments and bool(t))
        if not t or counts_line(t) or _closer().match(t) or comments:
            since = i
        m = meta_line(t) if not (comments or _reply_line(t)) else None
        if m is not None:
            if cur is not None and cur.source and not quoted_closed and not cur.closed:
                quoted_closed = True  # the quoted original's own line: its date is the article's
                cur.month_day, cur.year = _month_day(m), _year(m)
                continue
            before = lines[i - 1].strip() if i else ""
            account = m.groupdict().get("who") or (_account(before) if i else None)
            pinned = i >= 2 and (lines[i - 2].strip() == "置顶" or "置顶" in before)
            cur = Post(_month_day(m), _year(m), account=account, pinned=pinned, at=i)
            posts.append(cur)
            quoted_closed = False
            _text_above(lines, since, i, cur)
            continue
        if cur is None or cur.closed:
            continue
        if counts_line(t) or _closer().match(t) or opens_comments(t):
            cur.closed = True
            continue
        if not t or (meta_line(nxt) and _account(t)) or _PICTURE.match(t) or _VIEWS.search(t) or quoted_closed:
            continue
        who = _quoted(lines, i)
        if who is not None:
            cur.source, cur.source_at, cur.lines = who, i, []
            if _QUOTED.sub("", t).strip() == "":
                continue  # the account alone: the original's text starts on the next line
        elif cur.lines and not counted and _after_gap_no_prose(lines, i):
            cur.closed = True
            continue
        cur.lines.append(i)
    posts = [p for p in posts if p.lines]
    if posts and _text_before(lines, posts[0]):
        return None
    accounts = [p.account for p in posts if p.account]
    if len(posts) < _POSTS_MIN or not (counted or len(accounts) - len(set(accounts)) >= 1):
        return None
    _date_posts(posts, _page_year(lines))
    return posts


def _text_above(lines: list[str], since: int, i: int, post: Post) -> None:
    """An older layout prints the time under the text, straight over the counts: the
    post's text is then the lines above the time, below its account line."""
    below = next((x.strip() for x in lines[i + 1 :] if x.strip()), "")
    if not counts_line(below):
        return
    above = [k for k in range(since + 1, i) if lines[k].strip()]
    if above and (name := _account(lines[above[0]])):
        post.account, above = name, above[1:]
    post.lines = [k for k in above if not (_PICTURE.match(lines[k].strip()) or _VIEWS.search(lines[k]))]


_PROSE_BEFORE_MAX = 60  # a profile card's unlabelled lines hold a slogan at most; an article runs longer


def _text_before(lines: list[str], first: Post) -> bool:
    """Prose above the first post that is no post's: an article, the time lines under it
    its readers' comments (a page with comments is no timeline)."""
    mine = set(first.lines)
    prose = [x for k in range(first.at) if k not in mine and re.search("[。！？]", x := lines[k].strip())]
    prose = [x for x in prose if not re.match(r"\S{1,4}[:：]", x)]  # (a card's 简介：… is its field)
    return sum(map(len, prose)) > _PROSE_BEFORE_MAX


def _after_gap_no_prose(lines: list[str], i: int) -> bool:
    """After a blank line, a line with no sentence in a post with no counts line: the
    page's furniture under the last post (a sidebar's entries), not its text."""
    return i > 0 and not lines[i - 1].strip() and not _SENTENCE.search(lines[i]) and len(lines[i].strip()) <= 30


def _month_day(m: re.Match[str]) -> tuple[int, int] | None:
    return (int(m["m"]), int(m["d"])) if m["m"] else None


def _year(m: re.Match[str]) -> int | None:
    return int(m["y"]) if m["y"] else 2000 + int(m["y2"]) if m["y2"] else None


def _page_year(lines: list[str]) -> int | None:
    """The year the page was saved in: its copyright's last year, else the latest year
    its lines print."""
    text = "\n".join(lines)
    if found := _COPYRIGHT.findall(text):
        return int(found[-1])
    years = [int(y) for y in _YEAR.findall(text)]
    return max(years) if years else None


def _date_posts(posts: list[Post], year: int | None) -> None:
    """Each post's ISO date; going down the list goes back in time, so a post dated later
    in the year than the one above it is of the year before (a pinned post stands apart)."""
    prev: tuple[int, int] | None = None
    for p in posts:
        if p.month_day is None:
            continue
        if p.year is not None:
            year = p.year
        elif year is not None and prev is not None and not p.pinned and p.month_day > prev:
            year -= 1
        if year is None:
            continue
        month, day = p.month_day
        if 1 <= month <= 12 and 1 <= day <= 31:
            p.date = f"{year:04d}-{month:02d}-{day:02d}"
        if not p.pinned:
            prev = p.month_day


def _clean(line: Mapped) -> Mapped:
    """A post's line without its furniture (chain, hashtags, tails, a quote's ``@X：``),
    its @mentions bare names."""
    text = line.strip().sub(_CUTS, "").sub(_QUOTED, "")
    return text.sub(_MENTION, lambda m: text.group(m, "n")).strip()


def timeline_documents(doc: Document) -> list[Document] | None:
    """The posts of a timeline page as documents of one article each (None: no timeline)."""
    if doc.one_article:
        return None
    lines: list[str] = []
    at: list[int] = []  # the block of each line (-1: a blank line the block's gap stands for)
    for k, b in enumerate(doc.blocks):
        if b.gap and lines:
            lines.append("")
            at.append(-1)
        lines.append(b.text.text)
        at.append(k)
    posts = timeline_posts(lines)
    if posts is None:
        return None
    out: list[Document] = []
    for p in posts:
        picked = [doc.blocks[at[i]] for i in p.lines]
        blocks = [Block(line, None, b.gap) for b in picked if (line := _clean(b.text))]
        if not blocks:
            continue
        title = None
        if (m := _TITLE.match(blocks[0].text.text)) and (m.end() < len(blocks[0].text) or len(blocks) > 1):
            title = blocks[0].text[m.start("t") : m.end("t")]
            rest = blocks[0].text[m.end() :].strip()
            blocks = ([Block(rest, None, 0)] if rest else []) + blocks[1:]
        # a repost's original: its account named over its text (whose news it is), not the
        # page's own account (the page's home stays the reposter's)
        quoted = doc.blocks[at[p.source_at]].text.strip() if p.source else None
        if quoted is not None and (q := _QUOTED.match(quoted.text)):
            blocks.insert(0, Block(quoted[q.start("who") : q.end("who")], None, 0))
        owner = p.account if p.source is None else None
        out.append(
            Document(
                blocks=blocks,
                title=title,
                date=p.date or doc.date,
                date_rank=0 if p.date else doc.date_rank,
                url=doc.url,
                one_article=True,
                repair=False,
                furniture=[owner] if owner else [],
            )
        )
    return out or None
