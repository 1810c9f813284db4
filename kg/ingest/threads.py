"""A forum thread's page (a Discuz-style BBS): the opening post is the text, the replies
are furniture.

Each floor opens with a head line, its label and the poster's screen name (``楼主　某某``,
``沙发　某某``, ``12楼　某某``), then the poster's badge line (会员组, 帖子, 积分, 注册时间), the
``发表于`` line, the message, and perhaps a signature under a dash rule and a bar of
buttons (回复 引用 举报 支持(86)).  The thread's title stands above the first floor with
its bracket tags (``[维权经验] 标题 [精华]``).  The opening post (楼主) is the article; a
reply is a reader's chatter, its screen name no person (as the comments under a post),
unless the poster's head carries a verification mark (``认证：某某总工会``): an official
account's reply is the body's own statement and stays as text.  A text pasted whole in
``[quote]…[/quote]`` with its own title line and closing credit is an article of its own.
Left to the splitter, the floor heads and badge lines read as headlines, a screen name's
pieces as people, and the replies' places as the story's.
"""

from __future__ import annotations

import functools
import re

from kg.ingest.dates import parse_date
from kg.ingest.document import Block, Document
from kg.ingest.split import Segment
from kg.ingest.textmap import Mapped
from kg.lexicon import alternation

_TITLE_MIN, _TITLE_MAX = 4, 60  # a thread's title may run long, a sentence with its commas
_MIN_HEADS = 5  # fewer floor heads are no thread (a page's 楼主 said once)
_RULE = re.compile(r"^\s*[─━—\-=＝_＿]{4,}\s*$")
_BADGE = re.compile(r"(?:帖子|积分|威望|UID)\s*\d+|注册时间")
_EDITED = re.compile(r"^\s*本帖最后由\s*\S")
# a bar of buttons under a message: three or more short words, a count in brackets perhaps
_BUTTONS = re.compile(r"^\s*(?:[\u4e00-\u9fff]{2}(?:[(（]\d+[)）])?\s*){3,}$")
_VERIFIED = re.compile(r"认证\s*[:：]")
_QUOTE_OPEN = re.compile(r"^\s*\[quote\]\s*$", re.I)
_QUOTE_CLOSE = re.compile(r"^\s*\[/quote\]\s*$", re.I)
# a tag in brackets opening or closing a thread's title ([维权经验], [精华], 【求助】)
_TAG = r"[\[【][^\[\]【】]{1,8}[\]】]"
_TAGGED = re.compile(rf"^\s*(?:{_TAG}\s*)*(?P<title>.*?)(?:\s*{_TAG})*\s*$")


@functools.cache
def _head() -> re.Pattern[str]:
    label = alternation("pages/floor_labels.txt")
    return re.compile(rf"^\s*(?:{label}|\d{{1,4}}\s*楼)[ \t\u3000]+\S[^。！？]{{0,40}}$")


@functools.cache
def _posted() -> re.Pattern[str]:
    return re.compile(rf"^\s*(?:{alternation('pages/posted_labels.txt')})\s*[:：]?\s*\d")


def floor_heads(blocks: list[Block]) -> list[int]:
    """The indices of a thread's floor heads (five at least, each under a rule or a blank
    line), else none."""
    heads = [i for i, b in enumerate(blocks) if _head().match(b.text.text) and _posted_near(blocks, i)]
    return heads if len(heads) >= _MIN_HEADS else []


def _posted_near(blocks: list[Block], i: int) -> bool:
    """A floor head has its 发表于 line within the next three lines."""
    return any(_posted().match(b.text.text) for b in blocks[i + 1 : i + 4])


def read_thread(doc: Document) -> None:
    """When the page is a forum thread: its title as the page's title, the opening post
    and the official replies as its text, a quoted text after them (its head marked in
    ``doc.quoted_heads``); the other replies dropped."""
    heads = floor_heads(doc.blocks)
    if not heads:
        return
    blocks = doc.blocks
    above = blocks[: heads[0]]
    title = _title(above)
    if doc.title is None and title is not None:
        doc.title = title
    post: list[Block] = []
    quoted: list[Block] = []
    for n, (a, b) in enumerate(zip(heads, [*heads[1:], len(blocks)], strict=True)):
        if n > 0 and not _VERIFIED.search(blocks[a].text.text):
            continue  # a reader's reply: chatter, no text of the page
        text, quote = _message(blocks[a + 1 : b])
        post.extend(text)
        if quote and not quoted:
            quoted = quote
        if n == 0 and doc.date is None:  # the opening post's 发表于 dates the page
            doc.date = _posted_date(blocks[a + 1 : b])
    if quoted:
        doc.quoted_heads.add(id(quoted[0].text))
        quoted[0] = Block(quoted[0].text, quoted[0].level, max(quoted[0].gap, 1))
    doc.blocks = post + quoted  # (the site's bars above the title: furniture)
    doc.repair = False  # (a post's lines are its paragraphs)


def _posted_date(lines: list[Block]) -> str | None:
    """The date of a floor's 发表于 line (not the poster's 注册时间 on the badge line)."""
    return next((parse_date(b.text.text) for b in lines if _posted().match(b.text.text)), None)


def _title_block(above: list[Block]) -> Block | None:
    """The line of the thread's title, its tags around it."""
    for b in reversed(above):
        t = b.text.text
        if re.match(rf"^\s*{_TAG}", t) or re.search(rf"{_TAG}\s*$", t):
            m = _TAGGED.match(t)
            if m and _TITLE_MIN <= len(m["title"]) <= _TITLE_MAX and "。" not in m["title"]:
                return b
    return None


def _title(above: list[Block]) -> Mapped | None:
    """The thread's title without its bracket tags: the last line above the first floor
    that a tag opens or closes."""
    b = _title_block(above)
    if b is None:
        return None
    m = _TAGGED.match(b.text.text)
    return b.text[m.start("title") : m.end("title")] if m else None


def _message(lines: list[Block]) -> tuple[list[Block], list[Block]]:
    """A floor's message lines without its badge, date, edit note, signature and
    buttons; and the text it quotes in ``[quote]`` (empty when none)."""
    text: list[Block] = []
    quote: list[Block] = []
    inside = signed = False
    for b in lines:
        t = b.text.text
        if _QUOTE_OPEN.match(t):
            inside = True
        elif _QUOTE_CLOSE.match(t):
            inside = False
        elif inside:
            quote.append(b)
        elif _RULE.match(t):
            signed = True  # a signature under the rule, to the floor's end
        elif signed or _BADGE.search(t) or _posted().match(t) or _EDITED.match(t) or _BUTTONS.match(t):
            continue
        else:
            text.append(b)
    return text, quote


def thread_segments(blocks: list[Block], quoted_heads: set[int]) -> list[Segment] | None:
    """The thread's post and the text it quotes as two articles (None when the quoted
    head is gone from ``blocks``)."""
    at = next((i for i, b in enumerate(blocks) if id(b.text) in quoted_heads), None)
    if at is None:
        return None
    return [Segment(body=blocks[:at]), Segment(headline=blocks[at], body=blocks[at + 1 :])]
