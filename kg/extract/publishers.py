"""Whose newsletter a page is: the publisher its masthead names.

A company's union prints its newsletter with a masthead field naming the publisher
(主办：某某有限公司工会); the page is then the company's own, and its text says 公司 and
公司工会 for that company and its union (kg.extract.head_words)."""

from __future__ import annotations

import re

# the publisher's field of a masthead: 主办：X, 主办单位：X
_PUBLISHER = re.compile(r"^\s*主办(?:单位)?\s*[:：]\s*(\S+)")


def publisher(line: str) -> str | None:
    """The body a masthead's 主办 field names, or None for any other line."""
    if "主办" not in line:
        return None
    m = _PUBLISHER.match(line)
    return m.group(1) if m else None
