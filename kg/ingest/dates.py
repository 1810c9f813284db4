"""Dates as the project stores them: ISO ``YYYY-MM-DD`` (or ``YYYY-MM``, ``YYYY``)."""

from __future__ import annotations

import datetime as dt
import re

from kg.errors import KgError

# 2025-03-18, 2025/3/18, 2025.03.18, 2025年3月18日 (or 18号, as the spoken form some pages
# print), optionally followed by a time.
DATE_PATTERN = r"(?P<y>(?:19|20)\d{2})\s*[-/.年]\s*(?P<m>\d{1,2})(?:\s*[-/.月]\s*(?P<d>\d{1,2})\s*[日号]?|\s*月)?"
_DATE = re.compile(DATE_PATTERN)
_ISO = re.compile(r"^(?P<y>\d{4})(?:-(?P<m>\d{2})(?:-(?P<d>\d{2}))?)?$")


def _iso(y: str, m: str | None, d: str | None) -> str | None:
    try:
        if d:
            return dt.date(int(y), int(m or 0), int(d)).isoformat()
        if m:
            dt.date(int(y), int(m), 1)
            return f"{int(y):04d}-{int(m):02d}"
    except ValueError:
        return None
    return f"{int(y):04d}"


def parse_date(text: str) -> str | None:
    """The first calendar date in ``text`` as ISO text, or None (also for 2025-02-30)."""
    text = text.strip()
    m = _ISO.match(text)
    if m:
        return _iso(m["y"], m["m"], m["d"])
    m = _DATE.search(text)
    if not m:
        return None
    return _iso(m["y"], m["m"], m["d"])


def check_date_arg(value: str | None) -> str | None:
    """Validate a user-given document date: it must be ISO already."""
    if value is None:
        return None
    m = _ISO.match(value.strip())
    iso = _iso(m["y"], m["m"], m["d"]) if m else None
    if iso is None:
        raise KgError(f"--date {value!r}: expected a date as YYYY-MM-DD (or YYYY-MM, YYYY)")
    return iso


# a date line in Chinese numerals (二〇二四年十月廿八日, as Macao and Hong Kong papers and 公文
# print theirs): the year digit by digit, month and day by 十 (廿 twenty, 卅 thirty)
_HAN_DATE = re.compile(
    "([〇零一二三四五六七八九]{4})年([一二三四五六七八九十]{1,2})月([一二三四五六七八九十廿卅]{1,3})([日号])"
)
_HAN_DIGITS = {c: i for i, c in enumerate("〇一二三四五六七八九")} | {"零": 0}


def _han_value(digits: str) -> int:
    """十 10, 十二 12, 二十五 25, 廿八 28, 卅一 31, 五 5."""
    tens = {"十": 1, "廿": 2, "卅": 3}
    if digits[0] in "廿卅":
        return tens[digits[0]] * 10 + (_HAN_DIGITS.get(digits[1:].lstrip("十"), 0) if len(digits) > 1 else 0)
    head, ten, ones = digits.partition("十")
    if not ten:
        return _HAN_DIGITS.get(head, 0)
    return (_HAN_DIGITS.get(head, 1) if head else 1) * 10 + (_HAN_DIGITS.get(ones, 0) if ones else 0)


# a year of the Minguo calendar Taiwan's pages date by (民國113年4月30日, 更新時間：113-04-30):
# year 1 is 1912; written bare, three digits with the month and day after a dash or slash
_MINGUO_YEAR = re.compile(r"民[國国]\s*(\d{2,3})\s*年")
_MINGUO_DATE = re.compile(r"(?<![\d./-])(1[0-4]\d)([-/.])(\d{1,2})\2(\d{1,2})(?![\d.:：/-])")
_MINGUO_START = 1911


def arabic_dates(text: str) -> str:
    """二〇二四年十月廿八日 -> 2024年10月28日, 民國113年4月30日 and 113-04-30 -> 2024年4月30日
    and 2024-04-30: dates in Chinese numerals, or in Taiwan's calendar, written in digits of
    the common era, so that a page's date line in them is read as any other (no year 113)."""

    def digits(m: re.Match[str]) -> str:
        year = "".join(str(_HAN_DIGITS[c]) for c in m.group(1))
        return f"{year}年{_han_value(m.group(2))}月{_han_value(m.group(3))}{m.group(4)}"

    text = _MINGUO_YEAR.sub(lambda m: f"{int(m.group(1)) + _MINGUO_START}年", text)
    text = _MINGUO_DATE.sub(
        lambda m: f"{int(m.group(1)) + _MINGUO_START}{m.group(2)}{m.group(3)}{m.group(2)}{m.group(4)}", text
    )
    return _HAN_DATE.sub(digits, text)
