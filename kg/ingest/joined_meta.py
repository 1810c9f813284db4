"""A headline and its meta line printed as one line, made two.

Pages copied without their layout run the headline and the line under it together
(标题 2024-05-01 来源：某某日报, 标题 发布时间：… 作者：…).  Left so, the line is neither a
headline (the date and source ride in it) nor a meta line (the headline is no field), so
the page loses both its headline and its date.  The line is cut where a whole meta line
(:func:`~kg.ingest.meta_lines.meta_line`) starts after a part that reads as a headline:
at the page's top, or right under a rule further down (a later item of the column shown in
full: its headline and meta line, then its text).
"""

from __future__ import annotations

import functools
import re

from kg.ingest.boilerplate import MAX_FURNITURE_LEN
from kg.ingest.document import Block
from kg.ingest.meta_lines import meta_line
from kg.ingest.shapes import account_name, is_prose, title_like
from kg.lexicon import alternation
from kg.lexicon.chars import HAN_COMMON

_HAN = re.compile(f"[{HAN_COMMON}]")
_TITLE_OVER_DATE = 8
# a rule across the page (━━━━, ────): what is under it starts a new part of the page
_RULE = re.compile(r"^[━─—\-=＝_＿]{4,}$")  # Han characters a headline has at least before a bare date on its line


@functools.cache
def _meta_starts() -> re.Pattern[str]:
    """Where a meta line may start inside a headline's line: after a gap, or at a date
    label or a date glued to the headline's last character."""
    labels = "|".join((alternation("pages/date_labels.txt"), alternation("pages/source_labels.txt")))
    return re.compile(rf"\s+(?=\S)|(?<=[{HAN_COMMON}])(?=(?:{labels})\s*[:：]|(?:19|20)\d\d[-/.])")


def title_then_meta(line: str) -> int | None:
    """Where the meta part of a line starts that prints the headline and its meta line as
    one (标题 2024-05-01 来源：某某日报, 标题 发布时间：…), as pages copied without their
    layout do; None when the line is not so made.

    The part before must read as a headline (short, no sentence) and the part after must
    be a whole meta line (``meta_line``): a date alone after a headline (标题 2024-05-01)
    counts, which a list of links also prints, so the caller checks that the line stands
    alone (not in a run of such lines).  Before a bare date the part must be longer than
    a post's account is and not end as a unit's name, once or twice (某某工会 2025-05-20 and
    某某工会 某某工会 2025-05-20 are the account line of a post)."""
    if len(line) > MAX_FURNITURE_LEN or is_prose(line):
        return None
    whole = meta_line(line)
    # (an account's line may be a headline over a bare date; a post's 发布于 line never is)
    if whole is not None and (whole.posted or not (whole.bare and whole.outlet and whole.author is None)):
        return None
    for m in _meta_starts().finditer(line):
        head = line[: m.start()].strip()
        if len(_HAN.findall(head)) < 4 or not title_like(head):
            continue
        meta = meta_line(line[m.end() :])
        if meta is None or (meta.bare and (len(_HAN.findall(head)) < _TITLE_OVER_DATE or _account_head(head))):
            continue
        return m.end()
    return None


def _account_head(head: str) -> bool:
    """某某工会, or 某某工会 某某工会 (a post's author field that is its account's name): the
    account of a post over its bare date, no headline."""
    parts = head.split()
    return account_name(head) or (len(parts) == 2 and parts[0] == parts[1] and account_name(parts[0]))


def split_title_meta(blocks: list[Block]) -> list[Block]:
    """A headline and its meta line printed as one line (标题 2024-05-01 来源：某某日报)
    made two, above the page's first sentence and its first meta line of its own (the
    lines under that are the article's or a disclosure table's); not in a run of such
    lines: that is a list of links to other articles, each with its date, and is dropped
    (its dates are not the page's, its titles no headline)."""
    out: list[Block] = []
    cut: list[int | None] = [None] * len(blocks)
    for i, b in enumerate(blocks):
        if is_prose(b.text.text):
            break
        cut[i] = title_then_meta(b.text.text)
        if cut[i] is None and meta_line(b.text.text) is not None:
            break
    # (and under a rule further down, a later item of the page's column printed in full:
    # ━━━ / 【同栏目】标题　发布时间：…, then its own text)
    for i in range(1, len(blocks) - 1):
        if cut[i] is None and _RULE.match(blocks[i - 1].text.text.strip()):
            cut[i] = title_then_meta(blocks[i].text.text)
    for i, b in enumerate(blocks):
        at = cut[i]
        if at is None:
            out.append(b)
            continue
        if (i > 0 and cut[i - 1] is not None) or (i + 1 < len(blocks) and cut[i + 1] is not None):
            continue  # one of a list of links
        head = b.text[:at].strip()
        above = out[-1].text if out else None
        if above is not None and len(above) > len(head) + 4 and above.text.startswith(head.text):
            # a spam mirror glues its keyword before the headline and before the date line
            # (关键词标题 / 关键词 2024-05-16 来源：…): the keyword is no headline, the rest is
            out[-1] = Block(above[len(head) :].strip(), out[-1].level, out[-1].gap)
            out.append(Block(b.text[at:].strip(), None, b.gap))
            continue
        out += [Block(head, b.level, b.gap), Block(b.text[at:].strip(), None, 0)]
    return out
