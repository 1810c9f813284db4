"""Family *dates*: dates as written to xsd literals, and the main event's date.

``parse_date`` serves every family that reads a date; ``opening_date`` is the day the lead
opens with, which ``kg.extract.occasion_dates`` gives the main event once the events are merged.
"""

from __future__ import annotations

import re
from datetime import date, timedelta

from spacy.tokens import Span

from kg.extract.context import CONFIDENCE, ArticleContext
from kg.extract.month_parts import month_part_date
from kg.extract.relative_days import BRACKETED_DAY, relative_opening, relative_year_before, with_relative_year
from kg.extract.wordlists import MONTH_PARTS, RELATIVE_DAYS
from kg.lexicon import alternation_of
from kg.model.facts import EventFact

# a day relative to the report: 昨天, 今日
_RELATIVE = re.compile(alternation_of(tuple(RELATIVE_DAYS)))
# what may end the text before a date that opens a clause (”今天，…; ……今天起，; （记者 X）昨天，)
_CLAUSE_ENDS = '。！？!?，,；;”"…）)'
# after the day: the part of the day, then the comma (上午，/ 起，)
_DAY_TAIL = re.compile(r"(?:上午|下午|晚上|晚间|傍晚|早上|中午|凌晨|夜间|晚|起)?[，,]")
# after a day standing behind its subject (大巴车8日上午从X驶出, 市总工会今天在X举行):
# the part of the day, then a preposition of place or time
_DAY_THEN_PLACE = re.compile(r"(?:上午|下午|晚上|晚间|傍晚|早上|中午|凌晨|夜间)?(?:在|从|于|赴)")
# a day of the month without its month (5日上午，本月5日，): the report's month, or the one before
_DAY_ONLY = re.compile(r"(?:本月|(?<![\d月]))(\d{1,2})日")
# a day written with a dot (3.18，龙湾区总工会…), as posts write it: a date only where it opens
# a clause, a comma after it (never 3.5万 or a score)
_DOTTED_DAY = re.compile(r"(?<![\d.．])(\d{1,2})[.．](\d{1,2})(?![\d.．])")
# a part of a month (3月初，2024年3月中旬，): the month, no day
_MONTH_PART = re.compile(f"(?:(\\d{{4}})年)?(\\d{{1,2}})月(?:{alternation_of(MONTH_PARTS)})")
# 当天 opening a sentence of the lead: the day the lead said last, else the report's own
_THAT_DAY = re.compile("当天|当日")
_SENTENCE_ENDS = tuple("。！？!?；;")
# the day of a dateline: 本报杭州7月20日讯
DATELINE = re.compile(r"(\d{1,2})月(\d{1,2})日(?:讯|电)")
# the end of a dateline (本报株洲3月6日讯, 本报讯, 新华社北京3月6日电): what follows opens the lead
_DATELINE_END = re.compile(r"(?:本报[^\s，。；]{0,10}|\d日)(?:讯|电)$")
# a date the page stamps, not prose: written with dashes (2010-07-21) or with its weekday
# (2010年07月21日 星期三), as archive lines and page headers print it
_STAMP_DAY = re.compile(r"\s*(?:星期|周)[一二三四五六日天]")


def is_page_stamp(text: str, a: int, b: int) -> bool:
    """Whether the date at ``[a, b)`` is the page's stamp: an event is never dated by it."""
    return bool(re.fullmatch(r"\d{4}[-./]\d{1,2}[-./]\d{1,2}", text[a:b]) or _STAMP_DAY.match(text, b))


# how far into the body a dateline may stand (本报杭州7月20日讯 opening the first line)
_DATELINE_REACH = 24


# a number written in Chinese before 年, 月 or 日 (二〇二四年三月五日, 十二月二十日)
_HAN_NUMBER = re.compile("([〇零一二三四五六七八九十]+)([年月日])")
_HAN_DIGITS = {c: i for i, c in enumerate("〇一二三四五六七八九")} | {"零": 0}


def _han_number(m: re.Match[str]) -> str:
    """二〇二四年 -> 2024年 (a year digit by digit), 二十五日 -> 25日 (a month or day by 十)."""
    digits, unit = m.group(1), m.group(2)
    if unit == "年":
        return "".join(str(_HAN_DIGITS.get(c, 0)) for c in digits) + unit
    tens, _, ones = digits.rpartition("十")
    if "十" not in digits:
        return str(_HAN_DIGITS.get(digits[-1], 0)) + unit
    value = (_HAN_DIGITS.get(tens, 0) if tens else 1) * 10 + (_HAN_DIGITS.get(ones, 0) if ones else 0)
    return f"{value}{unit}"


def parse_date(text: str, year: int | None) -> tuple[str, str] | None:
    """A date as written (2025年3月24日, 3月24日, 2025-03-24, 2025年3月; in Chinese numerals,
    二〇二五年三月二十四日; 今年3月, in the page's year; 去年11月9日, in the year before it) to an
    xsd literal."""
    text = _HAN_NUMBER.sub(_han_number, text)
    text = with_relative_year(text, year)
    # (5月11—12日: a span of days in one month dates by its first)
    # (9月16号: speech writes the day with 号)
    m = re.fullmatch(r"(?:(\d{4})年)?(\d{1,2})月(\d{1,2})(?:[—－～~-]\d{1,2})?[日号]", text)
    if m:
        y = int(m.group(1)) if m.group(1) else year
        mo, d = int(m.group(2)), int(m.group(3))
        if not (1 <= mo <= 12 and 1 <= d <= 31):
            return None
        if y:
            return f"{y:04d}-{mo:02d}-{d:02d}", "date"
        return f"--{mo:02d}-{d:02d}", "gMonthDay"
    m = re.fullmatch(r"(\d{4})[-./](\d{1,2})[-./](\d{1,2})", text)
    if m:
        return f"{int(m.group(1)):04d}-{int(m.group(2)):02d}-{int(m.group(3)):02d}", "date"
    m = re.fullmatch(r"(\d{4})年(\d{1,2})月", text)
    if m:
        return f"{int(m.group(1)):04d}-{int(m.group(2)):02d}", "gYearMonth"
    return None


# a date with its month, said before a day written alone (12月17日至18日 … 18日下午，)
_WITH_MONTH = re.compile(r"(?:(\d{4})年)?(\d{1,2})月\d{1,2}日")


def day_only_dates(ctx: ArticleContext) -> None:
    """18日下午，X召开…: an event whose sentence opens with a day of the month alone happens
    on that day of the month (and year) of the date said last before it in the article; one
    whose paragraph opens with a time of the day alone (16:20　…, a live report's entry)
    happens on the day said last before it."""
    body_start = len(ctx.text) - len(ctx.article.body)
    for f in ctx.facts.events:
        if f.date is not None:
            continue
        sa, _ = ctx.sentence_of(f.evidence.start)
        k = sa + len(ctx.text[sa : f.evidence.start]) - len(ctx.text[sa : f.evidence.start].lstrip())
        f.date = _clock_day(ctx, f.evidence.start, body_start)
        if f.date is not None:
            continue
        m = _DAY_ONLY.match(ctx.text, k)
        if m is None or not _DAY_TAIL.match(ctx.text, _FESTIVAL_DAY.match(ctx.text, m.end()).end()):
            # (代表团抵惠后，16日先后参观了…: the day opening the clause after one of arriving)
            after = _ARRIVED.match(ctx.text, k)
            m = _DAY_ONLY.match(ctx.text, after.end()) if after else None
            m = m if m is not None and _CLAUSE_DAY_TAIL.match(ctx.text, m.end()) else None
        if m is None or k < body_start:
            continue
        said = [d for d in _WITH_MONTH.finditer(ctx.text, body_start, k) if not is_page_stamp(ctx.text, *d.span())]
        if not said:
            # (no month said before it, an item of a bulletin: the last such day on or
            # before the report's, 12日 in a page of 5月13日)
            report = _report_date(ctx)
            day = _day_before(report, int(m.group(1))) if report is not None else None
            if day is not None:
                f.date = day.isoformat(), "date", ctx.evidence(m.start(), m.end(), CONFIDENCE["context"])
            continue
        year = said[-1].group(1) or (str(ctx.page.year) if ctx.page.year else "")
        parsed = parse_date(f"{year}年" * bool(year) + f"{said[-1].group(2)}月{m.group(1)}日", ctx.page.year)
        if parsed:
            f.date = (*parsed, ctx.evidence(m.start(), m.end(), CONFIDENCE["context"]))


# 代表团抵惠后，/ 抵达后，: a first clause of the party arriving, the day opening the next; the day
# then goes on to what is done (16日先后参观了…), not a span (5日内, 5日前, 5日起)
_ARRIVED = re.compile(r"[^，,。；;！？!?\n]{1,12}?(?:抵|到达|抵达)[^，,。；;！？!?\n]{0,4}?后[，,]")
_CLAUSE_DAY_TAIL = re.compile(r"(?![内前后起以])[\u4e00-\u9fff]")
# the festival a day is (9日母亲节当天，/ 12日护士节，): between the day and its comma
_FESTIVAL_DAY = re.compile(r"(?:[\u4e00-\u9fff]{1,5}节(?:当天|当日|这天)?)?")


# a time of the day opening a live report's entry (16:20　…), no date with it
_CLOCK = re.compile(r"\s*\d{1,2}[:：]\d{2}(?![\d:：])\s")


def _clock_day(ctx: ArticleContext, at: int, body_start: int):
    """The day said last before ``at`` in full (2027年9月24日 08:30—17:30, the report's
    heading), when the paragraph of ``at`` opens with a time of the day alone (16:20　…)."""
    paragraph = ctx.text.rfind("\n", 0, at) + 1
    if paragraph < body_start or _CLOCK.match(ctx.text, paragraph) is None:
        return None
    said = [
        d for d in _WITH_MONTH.finditer(ctx.text, 0, paragraph) if d.group(1) and not is_page_stamp(ctx.text, *d.span())
    ]
    parsed = parse_date(said[-1].group(), None) if said else None
    return (*parsed, ctx.evidence(said[-1].start(), said[-1].end(), CONFIDENCE["context"])) if parsed else None


def opening_date(ctx: ArticleContext):
    """A day (5月1日 / 昨天) that opens a sentence or clause of the body's first paragraph,
    set off by a comma (2018年4月27日上午，由…举行): the lead sentence's date, unless the
    sentence names another event."""
    body_start = len(ctx.text) - len(ctx.article.body)
    end = ctx.text.find("\n", body_start)
    end = len(ctx.text) if end < 0 else end
    main = ctx.main_event()
    for t in ctx.mentions_in("TIME", body_start, end):
        sa, sb = ctx.sentence_of(t.start_char)
        if any(f is not main and sa <= f.evidence.start < sb for f in ctx.facts.events):
            continue  # 2024年9月3日，区总工会还举办了读书分享会: that event's own date
        if _opens_clause(ctx.text, t.start_char, t.end_char, body_start):
            parsed = parse_date(t.text, ctx.page.year)
            if parsed and parsed[1] != "gYearMonth":
                return (*parsed, ctx.evidence(t.start_char, t.end_char, CONFIDENCE["context"]))
    report = _report_date(ctx)
    year = ctx.page.year or (report.year if report else None)
    for m in _DOTTED_DAY.finditer(ctx.text, body_start, end):
        if year and _opens_clause(ctx.text, m.start(), m.end(), body_start):
            parsed = parse_date(f"{year}年{m.group(1)}月{m.group(2)}日", year)
            if parsed:
                return (*parsed, ctx.evidence(m.start(), m.end(), CONFIDENCE["context"]))
    if report is not None:
        for m in BRACKETED_DAY.finditer(ctx.text, body_start, end):
            number = m.group(2)
            if not number.isdigit():
                number = _HAN_NUMBER.sub(_han_number, number + "日")[:-1]
            day = _day_before(report, int(number))
            if day is not None:
                return day.isoformat(), "date", ctx.evidence(m.start(), m.end(), CONFIDENCE["context"])
        days = [
            (m, report + timedelta(days=RELATIVE_DAYS[m.group()]))
            for m in _RELATIVE.finditer(ctx.text, body_start, end)
        ]
        days += [(m, _day_before(report, int(m.group(1)))) for m in _DAY_ONLY.finditer(ctx.text, body_start, end)]
        for m, day in sorted(days, key=lambda t: t[0].start()):
            if day is not None and (
                _opens_clause(ctx.text, m.start(), m.end(), body_start) or _DAY_THEN_PLACE.match(ctx.text, m.end())
            ):
                return day.isoformat(), "date", ctx.evidence(m.start(), m.end(), CONFIDENCE["context"])
        for m in _THAT_DAY.finditer(ctx.text, body_start, end):
            if ctx.text[body_start : m.start()].rstrip()[-1:] in ("", *_SENTENCE_ENDS):
                # 当天在X举行的仪式上: the day said last before it (记者今天获悉), else the report's
                said = [d for n, d in days if n.start() < m.start() and d is not None]
                day = said[-1] if said else report
                return day.isoformat(), "date", ctx.evidence(m.start(), m.end(), CONFIDENCE["context"])
    for m in _MONTH_PART.finditer(ctx.text, body_start, end):
        year = int(m.group(1)) if m.group(1) else ctx.page.year or (report.year if report else None)
        if year and 1 <= int(m.group(2)) <= 12 and _opens_clause(ctx.text, m.start(), m.end(), body_start):
            return (
                f"{year:04d}-{int(m.group(2)):02d}",
                "gYearMonth",
                ctx.evidence(m.start(), m.end(), CONFIDENCE["context"]),
            )
    return None


def _day_before(report: date, day: int) -> date | None:
    """The last day numbered ``day`` on or before the report's (28日 in a report of 3月7日: 2月28日)."""
    month = report.replace(day=1)
    for _ in range(2):
        try:
            found = month.replace(day=day)
        except ValueError:
            found = None
        if found is not None and found <= report:
            return found
        month = (month - timedelta(days=1)).replace(day=1)
    return None


def _opens_clause(text: str, a: int, b: int, body_start: int) -> bool:
    """Whether ``[a, b)`` opens a sentence or clause and a comma follows (after 上午…)."""
    before = text[body_start:a].rstrip()
    opens = not before or before[-1] in _CLAUSE_ENDS or bool(_DATELINE_END.search(before))
    return opens and bool(_DAY_TAIL.match(text, b))


def _report_date(ctx: ArticleContext) -> date | None:
    """The day the report was written: its dateline's (本报1月5日讯, in the byline or opening
    the body), in the page's year, else the page's date."""
    m = DATELINE.search(ctx.article.byline or "") or DATELINE.search(ctx.article.body[:_DATELINE_REACH])
    year = ctx.page.year or (int(ctx.article.date[:4]) if ctx.article.date else None)
    try:
        if m and year:
            return date(year, int(m.group(1)), int(m.group(2)))
        if ctx.article.date and len(ctx.article.date) == 10:
            return date.fromisoformat(ctx.article.date)
    except ValueError:
        return None
    return None


# after a day: a report of that day is the source of what the sentence tells (据X5月11日报道，)
_REPORTED = re.compile(r"(?:的)?(?:报道|消息|通报)")


def read_date(ctx: ArticleContext, fact: EventFact, s: Span, sa: int, sb: int) -> None:
    """The first date of the event's sentence, but a dateline's (本报长沙3月6日讯: the report's)
    and the page's stamp (an archive line under the article repeats the headline by it)."""
    for t in ctx.mentions_in("TIME", sa, sb):
        if DATELINE.match(ctx.text, t.start_char) or is_page_stamp(ctx.text, t.start_char, t.end_char):
            continue
        if _REPORTED.match(ctx.text, t.end_char):
            continue  # 据《X报》5月11日报道，…于5月9日举办: the source's day, not the event's
        # (去年11月9日: the year word before the day the tagger marked counts the year)
        before = relative_year_before(ctx.text, t.start_char)
        parsed = parse_date(before + t.text, ctx.page.year)
        if parsed:
            lexical, xsd = parsed
            fact.date = (lexical, xsd, ctx.evidence(t.start_char - len(before), t.end_char, CONFIDENCE["pattern"]))
            return
    fact.date = relative_opening(ctx, sa, sb, _report_date(ctx))  # (昨天下午，…: counted from the report)
    if fact.date is None:
        fact.date = month_part_date(ctx, sa, sb)  # (于3月上旬启动: the month only)
