"""Injected spam (a hacked page's gambling bait) taken out before anything reads the page.

Bait inserted into a page sits anywhere, often glued with no blank line to the line under
it: over a two-line 公文 title (关于… / …的调研报告) it parts the title's lines, and the
readers of a title, a cover or a masthead, which look at the first lines as printed, then
take its second line for the whole.  A line of bait is no part of any text, so it goes
first, its place a blank line (``kg.ingest.document.without``); ``kg.ingest.boilerplate``
drops the rest of the page's furniture later, where its place matters.  A hijacked page
also glues the bait's brand to its own headline after a space, a dash or a bar
(…召开第八次代表大会 某某娱乐场): the headline before it stays, the brand goes.
Two more kinds of injected line are bait too, whatever they say: a short advert closing
with a chat handle (急用钱？…微信同号：dk58866), and a search-engine keyword line (某地新闻
某地天气 某地房价 某酒价格 …: many bare phrases, some of them what people search for).
"""

from __future__ import annotations

import functools
import re
from dataclasses import replace

from kg.ingest.document import Block, without
from kg.ingest.shapes import is_prose
from kg.lexicon import alternation, entries

# what glues a brand to a headline: spaces, a bar, an underscore or a dash between them
_GLUE = re.compile(r"\s*[|｜_]\s*|\s*[-—–]{1,2}\s*|\s+")


def _marked(text: str) -> bool:
    low = text.lower()
    return any(m.lower() in low for m in entries("pages/spam_markers.txt"))


def is_spam(line: str) -> bool:
    """A line of bait: one of the spam markers (注册即送, 最新网址, bet365) in no sentence,
    an advert closing with a chat handle, or a line of search keywords."""
    return (not is_prose(line) and _marked(line)) or handle_advert(line) or keyword_line(line)


_ADVERT_MAX = 100  # an advert is a line or two; a notice's paragraph with a contact runs longer
_KEYWORDS_MIN = 6  # phrases of a keyword line (a menu has its words, a title two or three phrases)
_SEARCHED_MIN = 2  # of them ending as a search does (天气, 房价, 价格)


@functools.cache
def _handle() -> re.Pattern[str]:
    # the app, maybe 同号 or 号, a colon, a heart, the handle: a letter first, a digit in it
    # (a chat id, no phone number), then at most a short call (详聊) before the line ends
    apps = alternation("pages/contact_apps.txt")
    return re.compile(
        rf"(?:{apps})(?:同号|号)?\s*[:：]?\s*[❤♥💕\s]*(?=[A-Za-z][A-Za-z0-9_-]*\d)[A-Za-z][A-Za-z0-9_-]{{4,19}}"
        r"\s*[\u4e00-\u9fff]{0,4}\s*$"
    )


def handle_advert(line: str) -> bool:
    """急用钱？凭身份证最快10分钟到账…微信同号：dk58866, 兼职日结…加薇 xx8866 详聊: a short
    line closing with a chat handle.  News gives an office's telephone; a private chat id
    of letters and digits is an advert's, and the line is bait however it reads."""
    return len(line) <= _ADVERT_MAX and _handle().search(line) is not None


@functools.cache
def _searched() -> tuple[str, ...]:
    return tuple(entries("pages/seo_words.txt"))


def keyword_line(line: str) -> bool:
    """某地新闻 某地总工会 某地劳模 某地天气 某酒价格 某酒哪个牌子好 某地房价: a keyword line
    stuffed in for search engines — many bare phrases parted by spaces, no punctuation, two
    at least ending as a search does.  It repeats names of the page with no fact."""
    parts = line.split()
    if len(parts) < _KEYWORDS_MIN or re.search(r"[，。！？；：、,;:（）()“”]", line):
        return False
    return sum(1 for p in parts if len(p) > 2 and p.endswith(_searched())) >= _SEARCHED_MIN


def headline_before_bait(line: str) -> int | None:
    """Where a headline ends that bait was glued after (某某总工会召开第八次代表大会 某某娱乐场,
    …讲座-某某娱乐城官网): the first glue whose text before holds no marker and whose text
    after holds one, when the text before is a headline's -- at most three phrases of six
    characters or more.  A list of brands (太阳城集团 皇冠体育 …娱乐场) has shorter phrases
    and is bait from the start."""
    for m in _GLUE.finditer(line):
        head, tail = line[: m.start()], line[m.end() :]
        if not head.strip() or _marked(head) or not _marked(tail):
            continue
        parts = head.split()
        if len(parts) <= 3 and all(len(p) >= 6 for p in parts) and not re.search(r"[|｜_]", head):
            return m.start()
        return None
    return None


def without_spam(blocks: list[Block]) -> list[Block]:
    """The blocks but the lines of bait, and bait glued after a headline cut off."""
    drop: set[int] = set()
    out = list(blocks)
    for i, b in enumerate(blocks):
        text = b.text.text
        if not is_spam(text):
            continue
        end = headline_before_bait(text)
        if end is None:
            drop.add(i)
        else:
            out[i] = replace(b, text=b.text[:end].strip())
    return without(out, drop)
