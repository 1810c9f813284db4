"""Injected spam (a hacked page's gambling bait) taken out before anything reads the page.

Bait inserted into a page sits anywhere, often glued with no blank line to the line under
it: over a two-line 公文 title (关于… / …的调研报告) it parts the title's lines, and the
readers of a title, a cover or a masthead, which look at the first lines as printed, then
take its second line for the whole.  A line of bait is no part of any text, so it goes
first, its place a blank line (``kg.ingest.document.without``); ``kg.ingest.boilerplate``
drops the rest of the page's furniture later, where its place matters.  A hijacked page
also glues the bait's brand to its own headline after a space, a dash or a bar
(…召开第八次代表大会 某某娱乐场): the headline before it stays, the brand goes.
"""

from __future__ import annotations

import re
from dataclasses import replace

from kg.ingest.document import Block, without
from kg.ingest.shapes import is_prose
from kg.lexicon import entries

# what glues a brand to a headline: spaces, a bar, an underscore or a dash between them
_GLUE = re.compile(r"\s*[|｜_]\s*|\s*[-—–]{1,2}\s*|\s+")


def _marked(text: str) -> bool:
    low = text.lower()
    return any(m.lower() in low for m in entries("pages/spam_markers.txt"))


def is_spam(line: str) -> bool:
    """A line of bait: one of the spam markers (注册即送, 最新网址, bet365) in no sentence."""
    return not is_prose(line) and _marked(line)


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
