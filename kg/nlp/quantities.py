"""``kg_quantities``: dates (2024年5月1日, 5月1日, 2024-05-01, 今年5月, 二〇二四年五月一日) and
head counts (120名, 三十余人)."""

from __future__ import annotations

import re

from spacy.language import Language
from spacy.tokens import Doc

from kg.lexicon import alternation_of, table
from kg.nlp.found import Found, MentionWork, work_of
from kg.nlp.text import cn_number

# (今年3月: the page's year; 二〇二四年三月五日: in Chinese numerals, as formal notices write)
_HAN_YEAR = "[〇零一二三四五六七八九]{4}年"
_HAN_MONTH_DAY = "[一二三四五六七八九十]{1,2}月[一二三四五六七八九十]{1,3}日"
# (a span of days in one month, 5月11—12日, as chronicles write it: the date of its first day;
# speech and casual pages write the day with 号, 9月16号 — never a 号楼, 号院 or 号线)
DAY_MARK = "(?:日|号(?![楼院线]))"
DATE_RE = re.compile(
    rf"(?:(\d{{4}})年|今年)?(\d{{1,2}})月(\d{{1,2}})(?:[—－～~-]\d{{1,2}})?{DAY_MARK}|"
    r"(?:(\d{4})年|今年)(\d{1,2})月(?!\d{0,2}[日号])|"
    r"(\d{4})[-./](\d{1,2})[-./](\d{1,2})|"
    f"(?:{_HAN_YEAR})?{_HAN_MONTH_DAY}"
)
# A number, 余/多, then a unit of people (名, 位, 人, 支, 家); 人次 counts visits, not
# people.  A pattern rather than a word list: the units only count after a number.
# Tens of thousands in figures (1.2万名) count; 数十名 / 几百人 say no number.  Web pages
# often set figures off by spaces (共有 67 名选手): one space may stand after a figure.
# A zero inside a number in words holds a place (一百零六名), never opens one.  After 第 a
# number is a rank (第一名, 第3名), no count of anyone.  Speech counts people with 个 and
# 来 for about (三十来个老同志, 十来个人): 个 counts only before a word of people, or before a
# noun and a word of taking part (68个打馕师傅参赛).  A scan's OCR reads a zero inside a figure
# as the letter O (实到2O人): a figure may go on with O after its first digit.
_TAKING_PART = alternation_of(row[0] for row in table("participants/taking_part.tsv"))
_HAN_COUNT = "[一二两三四五六七八九十百千万][一二两三四五六七八九十百千万零〇]*"
_NOT_AFTER_HAN = "数几\\d一二两三四五六七八九十百千万零〇"  # (inside a number in words, or 数十名)
COUNT_RE = re.compile(
    rf"(?<!第)(\d+(?:\.\d+)?万|(?<![\dOo])\d[\dOo]*|(?<![{_NOT_AFTER_HAN}]){_HAN_COUNT})"
    r"(?:(?<=\d) )?(余|多|来)?(名|位|人(?!次)|支|家|"
    rf"个(?=老?同志|人(?![次数所])|[\u4e00-\u9fff]{{1,4}}?(?:{_TAKING_PART})))"
)


def _number(s: str) -> int | None:
    """The value of a count's number: 120, 三十, 1.2万."""
    if s.endswith("万") and s[0].isdigit():
        return round(float(s[:-1]) * 10000)
    if s[0].isdigit():
        return int(s.replace("O", "0").replace("o", "0"))
    return cn_number(s)


def times_and_counts(text: str) -> list[Found]:
    """The dates (TIME) and positive head counts (COUNT, with the number) of ``text``."""
    out = []
    for m in DATE_RE.finditer(text):
        out.append(Found(m.start(), m.end(), "TIME"))
    for m in COUNT_RE.finditer(text):
        n = _number(m.group(1))
        if n is not None and n > 0:
            out.append(Found(m.start(), m.end(), "COUNT", count=n))
    return out


def quantities(work: MentionWork) -> None:
    """Adds the dates and head counts to ``work.found``."""
    work.found += times_and_counts(work.tokens.text)


@Language.factory("kg_quantities", assigns=["doc._.kg_work"], requires=["doc._.kg_work"])
def make_quantities(nlp: Language, name: str):
    """Dates and counts, last of the finders."""

    def component(doc: Doc) -> Doc:
        quantities(work_of(doc))
        return doc

    return component
