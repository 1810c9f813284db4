"""A forum thread saved as text: the thread one article, a news item quoted in it another.

A board (Discuz and its kind) prints the site's bars and breadcrumb, the thread's counts
(查看: N | 回复: N), then the thread's title, often between tag marks ([维权经验] 标题
[精华]), then its floors: a floor line (楼主 / 沙发 / 5楼 and the poster's screen name), the
poster's ranks and counts (积分, 注册时间 — the member's, no date of the page) and the
date line 发表于 ….  Read as a news page, the first floor's ranks are taken for a meta line
and the title for the site's header; so a thread is taken as one article under its title,
dated by its first floor's 发表于, its tag marks left out.

A floor may quote an official news item between BBCode marks (``[quote]`` … ``[/quote]``):
headed by its own title, it is an article of its own (its credit line its writer's), and
it is taken out of the thread's text.

The floors' own furniture names nobody: a floor's head (沙发　荆中路的晓风, 7楼　某某) is a
screen name that may hold place names and given names, a reply's address (回复 7楼 某某：)
repeats it, and a floor's button bar (回复　引用　举报　支持(86)　反对(0)) counts votes; all three
are taken out, the floors' words stay (an official account's floor corrects the news).
"""

from __future__ import annotations

import re

from kg.ingest.dates import DATE_PATTERN, parse_date
from kg.ingest.document import Block, Document
from kg.ingest.shapes import title_like
from kg.ingest.textmap import Mapped
from kg.lexicon import alternation, entries

_QUOTE_OPEN = re.compile(r"^\s*\[quote(?:=[^\]]*)?\]\s*$", re.I)
_QUOTE_CLOSE = re.compile(r"^\s*\[/quote\]\s*$", re.I)
# tag marks around a thread's title: [维权经验] … [精华], 【求助】…
_TAGS = re.compile(r"^(?:\s*[\[【][^\]】\s]{1,8}[\]】])+\s*|\s*(?:[\[【][^\]】\s]{1,8}[\]】]\s*)+$")
_TITLE_MAX = 60
# a floor's button bar: its words, then the vote counters (支持(86)　反对(0))
_BUTTON_WORDS = "回复|引用|举报|评分|分享|收藏"
_VOTES = r"(?:支持|反对|顶|踩)[(（]\d+[)）]"
_BUTTONS = re.compile(rf"^\s*(?:(?:{_BUTTON_WORDS})[\s\u3000]*)+(?:{_VOTES}[\s\u3000]*)*$")
_ABOVE = 12  # the title stands within these lines above the first floor


def _floor_label() -> str:
    """A floor's label: the first floors' names (楼主, 沙发 …), the later ones numbered (5楼, 5#)."""
    return rf"(?:{alternation('pages/floor_labels.txt')}|\d+\s*[楼#])"


def _first_floor() -> re.Pattern[str]:
    """The thread's opening floor: the list's first label (楼主), alone or before the poster's name."""
    return re.compile(rf"^\s*{re.escape(entries('pages/floor_labels.txt')[0])}(?:[\s\u3000]+\S|$)")


def _floor_head() -> re.Pattern[str]:
    """A floor's head line: its label, then the poster's screen name (and marks after it, 认证：X),
    no sentence in it (5楼 说得对，… is a reply's words)."""
    return re.compile(rf"^\s*{_floor_label()}[\s\u3000]+[^\s，。！？；]+(?:[\s\u3000]+[^\s，。！？；]+)*\s*$")


def _addressed() -> re.Pattern[str]:
    """A reply's address before its words: 回复 7楼 某某： / 回复5楼："""
    return re.compile(rf"^\s*回复\s*{_floor_label()}(?:[\s\u3000]*[^：:\s]{{1,20}})?[：:]")


def _floor_furniture(blocks: list[Block]) -> list[Block]:
    """The thread's lines without its floors' heads and button bars, replies unaddressed."""
    head, addressed, out = _floor_head(), _addressed(), []
    for b in blocks:
        t = b.text.text
        if head.match(t) or _BUTTONS.match(t):
            continue
        if (m := addressed.match(t)) is not None:
            b = Block(b.text[m.end() :], b.level, b.gap)
        out.append(b)
    return out


def _posted() -> re.Pattern[str]:
    return re.compile(rf"^\s*(?:{alternation('pages/posted_labels.txt')})\s*[:：]?\s*(?:{DATE_PATTERN})")


def _title_at(blocks: list[Block], floor: int) -> tuple[int, Mapped] | None:
    """The thread's title above its first floor: a line with tag marks, else the nearest
    headline-shaped one; the marks cut off."""
    found: tuple[int, Mapped] | None = None
    for i in range(floor - 1, max(-1, floor - 1 - _ABOVE), -1):
        line = blocks[i].text
        bare = line.sub(_TAGS, "").strip()
        tagged = len(bare) < len(line.strip())
        if not bare or "|" in bare.text or len(bare) > _TITLE_MAX or bare.text.endswith("。"):
            continue
        if tagged:  # (a poster's title may be worded as he speaks: 亲身经历！…，…)
            return i, bare
        if title_like(bare.text):
            found = found or (i, bare)
    return found


def thread_documents(doc: Document) -> list[Document] | None:
    """A forum thread's documents (the thread, then each quoted news item), or None."""
    if doc.one_article:
        return None
    texts = [b.text.text for b in doc.blocks]
    first = _first_floor()
    floor = next((i for i, t in enumerate(texts) if first.match(t)), None)
    if floor is None:
        return None
    posted = _posted()
    when = next((i for i in range(floor + 1, min(len(texts), floor + 5)) if posted.match(texts[i])), None)
    head = _title_at(doc.blocks, floor)
    if when is None or head is None:
        return None
    date = parse_date(texts[when])
    thread: list[Block] = []
    quotes: list[list[Block]] = []
    inside: list[Block] | None = None
    for b in doc.blocks[head[0] + 1 :]:
        if inside is None and _QUOTE_OPEN.match(b.text.text):
            inside = []
        elif inside is not None and _QUOTE_CLOSE.match(b.text.text):
            if len(inside) >= 2 and title_like(inside[0].text.text.strip()):
                quotes.append(inside)  # (a news item, headed by its title)
            else:
                thread.extend(inside)  # (a reply quoting a floor: the thread's own words)
            inside = None
        elif inside is not None:
            inside.append(b)
        else:
            thread.append(b)
    thread.extend(inside or [])
    out = [
        Document(
            _floor_furniture(thread),
            title=head[1],
            date=date,
            date_rank=-1,
            one_article=True,
            furniture=list(doc.furniture),
        )
    ]
    for q in quotes:
        out.append(Document(q[1:], title=q[0].text.strip(), date=date, date_rank=-1, one_article=True))
    return out
