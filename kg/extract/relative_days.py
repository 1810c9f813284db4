"""Family *dates*, continued: a day relative to the report (昨天, 今天; a weekday of a week
counted from the report's, 上周四) opening a sentence, or right after the body it opens with
(X镇总工会上周四开了…), anywhere in the text — a bulletin's item after the main story, a
programme's report after the hosts' words — dates the events of that sentence, counted from the report's day (or
from a speech's own day, bracketed on a line of its own under its speaker).

Read by ``kg.extract.dates.read_date`` when the sentence gives no date of its own.
"""

from __future__ import annotations

import contextlib
import re
from datetime import date, timedelta

from kg.extract.context import CONFIDENCE, ArticleContext
from kg.extract.wordlists import RELATIVE_DAYS, RELATIVE_WEEKS, RELATIVE_YEARS
from kg.lexicon import alternation_of, lexicon

# the days of a week, from Monday (上周日, 上周天: its Sunday)
_WEEKDAYS = "一二三四五六日天"
# the day opening the sentence (perhaps after a speaker's label, 记者 X：, or a sender's sign,
# 【某某总工会】), or right after the event it dates (某某代表大会今日闭幕), its part and hour
# perhaps after it, then a comma, a preposition of place or the clause's subject (昨天下午，X在Y
# 举办… / 今天上午9点，… / 今日市总工会举办…); not a day qualifying a noun (今日的, 今日头条)
_RELATIVE_OPENING = re.compile(
    f"\\s*(?:【[^【】\\n]{{1,20}}】)?(?:[^，,。；;：:！？!?\\n]{{1,12}}[：:])?"
    f"(?:[^，,。；;：:！？!?\\n]{{2,20}}?(?:{alternation_of(lexicon().event_heads)}))?"
    f"({alternation_of(tuple(RELATIVE_DAYS))}|(?:{alternation_of(tuple(RELATIVE_WEEKS))})[{_WEEKDAYS}])"
    r"(?:上午|下午|晚上|晚间|傍晚|早上|中午|凌晨|夜间)?(?:\d{1,2}(?:点|时)(?:半|\d{1,2}分)?)?"
    r"(?:[，,]|在|于|(?=[\u4e00-\u9fff])(?!的|头条|起|以来))"
)
# a year relative to the page's, opening a date (去年11月9日)
_RELATIVE_YEAR = re.compile(f"({alternation_of(tuple(RELATIVE_YEARS))})(.*)", re.S)
# a text's own day on a line of its own, in brackets: a speech's (（2027年7月8日）)
_OWN_DAY_LINE = re.compile(r"(?:^|\n)[ \t\u3000]*[（(](\d{4})年(\d{1,2})月(\d{1,2})日[）)][ \t\u3000]*(?=\n|$)")


# 另讯：前一日（二十日），… / 次日（22日）上午，…: a day said relative to another, its day of the
# month in brackets after it, opening the sentence (perhaps after an item's label)
_BRACKETED_OPENING = re.compile(
    r"\s*(?:【[^【】\n]{1,20}】)?(?:[^，,。；;：:！？!?\n]{1,12}[：:])?[^，,。；;：:（(\n]{1,4}?"
    r"[（(](\d{1,2}|[一二三四五六七八九十]{1,3})日[）)]"
)
_HAN_DIGITS = "一二三四五六七八九"
# a day relative to the report with its day of the month in brackets (今日（16日）, 今（18）日,
# as Hong Kong and Taiwan reports write it; in Chinese numerals, 今（十四）日, as Macau's do):
# the day is said outright, wherever it stands (…」，前日（17日）于X落幕)
BRACKETED_DAY = re.compile(r"([今昨前])[日天]?[（(](\d{1,2}|[一二三四五六七八九十]{1,3})日?[）)]日?")


def _day_number(written: str) -> int:
    """16 / 十六 / 二十: a day of the month as written, in digits or Chinese numerals."""
    if written.isdigit():
        return int(written)
    tens, _, units = written.rpartition("十")
    if "十" not in written:
        return _HAN_DIGITS.index(written) + 1
    return (_HAN_DIGITS.index(tens) + 1 if tens else 1) * 10 + (_HAN_DIGITS.index(units) + 1 if units else 0)


def bracketed_opening(ctx: ArticleContext, sa: int, sb: int, report: date | None):
    """前一日（二十日），A代表团到访…: the day of the month in brackets after a day said relative
    to another, opening the sentence (or after a day relative to the report anywhere in it:
    …」，前日（17日）于X落幕) — that day on or before ``report``'s (its month, else the
    one before); None when the sentence opens otherwise."""
    m = _BRACKETED_OPENING.match(ctx.text, sa, sb)
    number = m.group(1) if m is not None else None
    if m is None and (m := BRACKETED_DAY.search(ctx.text, sa, sb)) is not None:
        number = m.group(2)
    if m is None or number is None or report is None:
        return None
    day = _day_number(number)
    month = report if day <= report.day else (report.replace(day=1) - timedelta(days=1))
    with contextlib.suppress(ValueError):
        found = month.replace(day=day)
        return found.isoformat(), "date", ctx.evidence(m.start(1), m.end(1), CONFIDENCE["context"])
    return None


def relative_opening(ctx: ArticleContext, sa: int, sb: int, report: date | None):
    """The day (lexical form, xsd type, evidence) of the sentence ``[sa, sb)`` when it opens
    with a day relative to ``report``, the report's day; else None."""
    if (bracketed := bracketed_opening(ctx, sa, sb, report)) is not None:
        return bracketed
    m = _RELATIVE_OPENING.match(ctx.text, sa, sb)
    if m is None:
        # (X镇总工会上周四开了…: the day right after the body the sentence opens with)
        first = ctx.bodies_in(sa, sb)[:1]
        if first and not ctx.text[sa : first[0][0]].strip():
            m = _RELATIVE_OPENING.match(ctx.text, first[0][1], sb)
    if m is None:
        return None
    # (a speech under its own day, （2027年7月8日）: its 今天 is that day, not the report's)
    own = list(_OWN_DAY_LINE.finditer(ctx.text, 0, sa))
    if own:
        with contextlib.suppress(ValueError):  # (a day no calendar has keeps the report's)
            report = date(*(int(own[-1].group(k)) for k in (1, 2, 3)))
    if report is None:
        return None
    word = m.group(1)
    if word in RELATIVE_DAYS:
        day = report + timedelta(days=RELATIVE_DAYS[word])
    else:  # (上周四: that weekday of the week before the report's; not a day still to come)
        weekday = _WEEKDAYS.index(word[-1]) if word[-1] != "天" else 6
        day = report + timedelta(days=7 * RELATIVE_WEEKS[word[:-1]] + weekday - report.weekday())
        if day > report:
            return None
    return day.isoformat(), "date", ctx.evidence(m.start(1), m.end(1), CONFIDENCE["context"])


def with_relative_year(text: str, year: int | None) -> str:
    """A date opening with a year counted from the page's (去年11月9日) in that year (2026年11月9日
    on a page of 2027); without the page's year only the day is known (11月9日)."""
    m = _RELATIVE_YEAR.fullmatch(text)
    if m is None or re.match(r"\d{4}年", m.group(2)):  # (去年 before a year written out: that year)
        return text if m is None else m.group(2)
    return f"{year + RELATIVE_YEARS[m.group(1)]}年{m.group(2)}" if year else m.group(2)


def relative_year_before(text: str, at: int) -> str:
    """The word of a relative year ending right at ``at`` (去年 before the tagger's 11月9日), or ""."""
    return next((w for w in RELATIVE_YEARS if text.endswith(w, 0, at)), "")
