"""A social-media post's date line: when it was posted, as the platform prints it.

A post (a fan page's, a self-media account's) prints its time on a line of its own by
the headline, with a label that says it was posted (发布于, 發佈於 before the text is
simplified), a part of the day before the clock (下午 3:42) and marks that are no news:
who may see it (公开), the viewer's buttons (已关注), icons (🌐) and counts (播放 2.3万)::

    某某产业工会 发布于 2026年11月29日 下午 3:42 · 🌐 公开
    2027-07-16 09:38 · 发布于：广西 · 已关注

The label stands before the date, or after it before the poster's region; a line with
no label is one when the clock follows the date (with its day part, or the region after
a dot: 2027-07-16 09:38 · 广西, or the account glued to 发布: … 09:38 · 某某工会发布),
but it does not say the page is one post.  Such a line
is page furniture that dates the page, as a site's 发布时间 line does
(:func:`kg.ingest.meta_lines.meta_line` reads it through :func:`post_date_line`); the
account before the date is the post's owner.  Kept apart because its words (labels,
day parts, marks) are the platforms', not a web page's meta labels.
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass

from kg.ingest.bars import buttons
from kg.ingest.dates import DATE_PATTERN, parse_date
from kg.lexicon import alternation, entries
from kg.lexicon.chars import HAN_COMMON, PICTOGRAPHS


@dataclass(frozen=True)
class Posted:
    """What a post's date line says: the date and the account that posted (if printed)."""

    date: str | None
    account: str | None
    labelled: bool = True  # said posted (发布于): the page is one post


# the date pattern twice in one regex: its groups unnamed
_DATE = re.sub(r"\?P<\w+>", "?:", DATE_PATTERN)
# what sets the line's pieces apart: middle dots, bars, spaces
_PIECES = re.compile(r"[\s·•・|｜丨]+")
_ICONS = re.compile(f"[{PICTOGRAPHS}]+")


@functools.cache
def _line() -> re.Pattern[str]:
    label = alternation("pages/posted_labels.txt")
    part = alternation("pages/day_parts.txt")
    clock = rf"(?:\s*(?:{part}))?\s*\d{{1,2}}:\d{{2}}(?::\d{{2}})?"
    # (a repost's label in brackets may follow the account: 某某身边事 【转载】 2028-07-10 08:47)
    kind = rf"(?:[【\[](?:{alternation('pages/post_labels.txt')})[】\]]\s*)?"
    who = rf"(?:(?!(?:{label})[\s:：])(?P<who>[^\s:：，,。！？·•|｜【\[]{{2,20}})\s+{kind})?"
    region = rf"[{HAN_COMMON}]{{2,3}}(?=[\s·•・|｜丨]|$)"
    # 发布于 DATE …, or DATE … · 发布于：REGION (the poster's region after the label); without
    # a label, the date with its clock and maybe the region after a dot (… 下午 3:42 · 广西)
    # (after the label a note may print the month and day alone, 编辑于 05-23: no year, no
    # date of the page; the poster's region may follow, IP属地：湖南)
    day = rf"(?:{_DATE}|(?P<day>\d{{1,2}}-\d{{1,2}}))(?:{clock})?"
    where = rf"(?:\s*[·•・|｜丨]?\s*(?:{label})\s*[:：]?\s*{region})?"
    # (or the account that posted it after a dot, glued to 发布: … 10:21 · 某某区总工会发布)
    by = r"(?P<by>[^\s:：，,。！？·•|｜【\[]{2,20}?)发布(?=[\s·•・|｜丨]|$)"
    return re.compile(
        rf"^{who}(?:(?:{label})\s*[:：]?\s*(?P<date>{day}){where}"
        rf"|(?P<date2>{_DATE}(?:{clock})?)\s*[·•・|｜丨]?\s*(?:{label})\s*[:：]?\s*{region}"
        rf"|(?P<date3>{_DATE}{clock})(?:\s*[·•・]\s*(?:{by}|{region}))?)"
    )


_COUNT = re.compile(r"^\d[\d.,]*[万亿wWkK]?\+?$")


def _mark(piece: str) -> bool:
    """A piece that says nothing of the news: an icon, a visibility mark, a button, a
    count and its label (a video's 播放 2.3万 after its date line)."""
    bare = _ICONS.sub("", piece).strip("+＋")
    if not bare or bare in entries("pages/post_marks.txt") or buttons(bare) or _COUNT.match(bare):
        return True
    return bare in entries("pages/follower_labels.txt")


def post_date_line(line: str) -> Posted | None:
    """The date (and account) of a post's date line, or None when ``line`` is none."""
    text = line.strip()
    if len(text) > 80:
        return None
    m = _line().match(text)
    if m is None:
        return None
    if not all(_mark(p) for p in _PIECES.split(text[m.end() :]) if p):
        return None
    labelled = m["date3"] is None
    when = None if m["day"] else parse_date(m["date"] or m["date2"] or m["date3"])
    return Posted(date=when, account=m["who"] or m["by"], labelled=labelled)
