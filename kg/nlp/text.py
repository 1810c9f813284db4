"""Small facts about Chinese characters that several stages share."""

from __future__ import annotations

import re

HAN = r"\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff"
HAN_RE = re.compile(f"[{HAN}]")
OPEN_QUOTES = "“‘「『《"
CLOSE_QUOTES = "”’」』》"
QUOTE_PAIRS = dict(zip(OPEN_QUOTES, CLOSE_QUOTES, strict=True))
QUOTE_CHARS = OPEN_QUOTES + CLOSE_QUOTES + "\"'"
CN_DIGITS = {"零": 0, "〇": 0, "一": 1, "二": 2, "两": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9}
CN_UNITS = {"十": 10, "百": 100, "千": 1000, "万": 10000}


def is_han(ch: str) -> bool:
    """Whether ``ch`` opens with a Han character (CJK ideographs, extension A, compatibility)."""
    return bool(HAN_RE.match(ch))


def all_han(s: str) -> bool:
    """Whether ``s`` is non-empty and all Han characters."""
    return bool(s) and all(is_han(c) for c in s)


def cn_number(s: str) -> int | None:
    """Value of an Arabic or Chinese numeral (129, 一百二十, 十六, 两); None if not one."""
    s = s.strip()
    if s.isdigit():
        return int(s)
    if not s or any(c not in CN_DIGITS and c not in CN_UNITS for c in s):
        return None
    total, section, digit = 0, 0, 0
    for c in s:
        if c in CN_DIGITS:
            digit = CN_DIGITS[c]
        else:
            unit = CN_UNITS[c]
            if unit == 10000:
                total += (section + digit) * unit
                section = 0
            else:
                section += (digit or 1) * unit
            digit = 0
    return total + section + digit


def line_spans(text: str) -> list[tuple[int, int]]:
    """(start, end) of each line of ``text``, so a reader that works line by line can still
    give evidence in the article's own offsets."""
    out, pos = [], 0
    for line in text.split("\n"):
        out.append((pos, pos + len(line)))
        pos += len(line) + 1
    return out
