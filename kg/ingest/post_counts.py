"""A post's counts bar: 转发 326　评论 58　赞 1024, ♡ 3826　💬 88　↗ 转发 412　☆ 收藏 265.

A timeline closes each post with it (:mod:`kg.ingest.timelines`), and a short-video page
prints it under the video (:mod:`kg.ingest.genre_furniture`): labels of counts, each
maybe with its number, an icon standing for a label or before it.  No news.
"""

from __future__ import annotations

import functools
import re

from kg.lexicon import alternation, entries
from kg.lexicon.chars import HAN

_SEPARATORS = re.compile(r"[·•|｜丨]")


@functools.cache
def counts() -> re.Pattern[str]:
    """One count of the bar: its label (or icon), maybe its number before or after it; an
    icon may stand before a worded label (↗ 转发 412, ☆ 收藏 265)."""
    label = alternation("pages/count_labels.txt")
    icons = "".join(
        re.escape(w) for w in entries("pages/count_labels.txt") if len(w) == 1 and not re.match(f"[{HAN}]", w)
    )
    # (a quota's count is a fraction: 已报名 126/150)
    number = r"\d[\d.,]*(?:/\d[\d.,]*)?\s*[万wWkK]?\+?"
    return re.compile(
        rf"(?:^|\s)(?:[{icons}]\s*)?(?:{number}\s*)?(?:{label})(?:\s*{number}|\s*[(（]{number}[)）])?(?=\s|$)"
    )


@functools.cache
def _label_chars() -> frozenset[str]:
    """The first characters of the labels: a line with none of them is no counts bar."""
    return frozenset(w[0] for w in entries("pages/count_labels.txt"))


def counts_line(line: str) -> bool:
    """转发 326　评论 58　赞 1024: two labels of counts or more, and nothing else."""
    if len(line) > 200 or _label_chars().isdisjoint(line):
        return False
    t = _SEPARATORS.sub(" ", line).strip()
    if len(t) > 80:
        return False
    found = counts().findall(t)
    return len(found) >= 2 and not counts().sub(" ", t).strip()
