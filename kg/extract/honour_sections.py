"""Family *awards*, continued: a section of honours, an item a line, under its label.

A profile of a person or an organisation prints what it received as a section: a label line
(主要荣誉, 所获荣誉：, 个人荣誉) and under it an honour a line, with its year before or after
(``2025年　全国模范职工之家``, ``2021年获“全国劳动模范”称号；``, ``湖南省五一劳动奖状（2024年）``);
or the label and its items on one line (``荣获：A（2021年）、B（2019年）``).  Every item is held
by the section's topic: the person (else the body) the profile opens with
(:func:`kg.extract.honour_topic.topic_at`).  The section ends at the first line that is no such
item.  Needs the people (PERSON mentions) and the bodies (``ctx.ref_at``).
"""

from __future__ import annotations

import re

from kg.extract.awards import HONOUR_HEAD_WORDS, award
from kg.extract.context import CONFIDENCE, ArticleContext
from kg.extract.form_honours import form_subject
from kg.extract.honour_topic import topic_at
from kg.extract.wordlists import HONOUR_SECTION_LABELS, TITLED_VERBS
from kg.lexicon import alternation_of

_GAP = "[ \u3000\t]*"
_YEAR = f"(?:[（(]?\\d{{4}}年?度?[)）]?{_GAP}[、.．:：]?{_GAP})"
# 1. / （2） / ★ / ● : a number or a bullet opening an item
_BULLET = f"(?:(?:\\d{{1,2}}[.．、]|[一二三四五六七八九十]{{1,2}}[、.．]|[（(]\\d{{1,2}}[)）]|[★☆●○◆◇■□▲△•·—-]+){_GAP})"
_LABELS = alternation_of(HONOUR_SECTION_LABELS)
# 主要荣誉 / 所获荣誉： / 荣获： — the label, alone on its line or with its items after a colon;
# a form's label cell wraps (曾获 / 荣誉) and its first item follows in the next cell (row)
_LABEL = re.compile(
    f"^{_GAP}(?:{_LABELS})(?:\n{_GAP}(?:{_LABELS}))?(?:{_GAP}[:：]{_GAP}(.*)|[ \u3000\t]+(?P<row>)(?=\\S)|{_GAP}$)",
    re.M,
)
# one honour: a year, a verb of receiving, the name (quoted, maybe with the kind of prize after
# it: “X”提名奖; or ending with an honour's head), 称号, the year or a note after it in brackets
# (its giver: （某市人民政府）)
_ITEM = re.compile(
    f"{_GAP}{_BULLET}?{_YEAR}?(?:(?:{alternation_of(TITLED_VERBS)})了?{_GAP})?"
    f'(?:[“"「『]([^“”"「」『』]{{2,20}})[”"」』]([\u4e00-\u9fff]{{0,4}}?奖(?![\u4e00-\u9fff]))?'
    f"|([\u4e00-\u9fff\\d]{{2,24}}?(?:{HONOUR_HEAD_WORDS})))"
    f"(?:荣誉)?(?:称号)?{_GAP}(?:[（(](?:\\d{{4}}年?度?|[^（）()\\n]{{2,30}})[)）])?{_GAP}"
)
_LINE_END = re.compile(f"[；;。，,]?{_GAP}$")
_ITEM_JOIN = re.compile(f"[、；;，,]{_GAP}")
_EDITION = re.compile(r"^(?:首届|第[一二三四五六七八九十\d]+届|\d{4}年度?)")


def section_honours(ctx: ArticleContext) -> None:
    """Each honour of a labelled section to the topic before its label."""
    text = ctx.text
    if "荣" not in text:
        return
    for m in _LABEL.finditer(text):
        form, holder = form_subject(ctx, m.start())  # (a form's: whom its name field names)
        holder = holder if form else topic_at(ctx, m.start())
        if holder is None:
            continue
        items: list[tuple[int, int, str]] = []
        if m.group(1):
            items = _inline_items(text, m.start(1), m.end(1))
        else:
            pos = m.end() if m["row"] is not None else m.end() + 1
            while pos < len(text) and (item := _line_item(text, pos)) is not None:
                items.append(item)
                end = text.find("\n", pos)
                pos = len(text) if end < 0 else end + 1
        for a, b, honour in items:
            award(ctx, holder, honour, ctx.evidence(a, b, CONFIDENCE["context"]))


def _honour(m: re.Match) -> str:
    return _EDITION.sub("", m.group(1) + (m.group(2) or "") if m.group(1) else m.group(3))


def _line_item(text: str, pos: int) -> tuple[int, int, str] | None:
    """The honour a whole line at ``pos`` holds, or None when the line is no such item."""
    end = text.find("\n", pos)
    end = len(text) if end < 0 else end
    m = _ITEM.match(text, pos, end)
    if m is None or not _LINE_END.match(text, m.end(), end) or len(_honour(m)) < 4:
        return None
    return m.start(), m.end(), _honour(m)


def _inline_items(text: str, a: int, b: int) -> list[tuple[int, int, str]]:
    """荣获：A（2021年）、B（2019年）: the items listed after the label's colon, all or none."""
    out, pos = [], a
    while pos < b:
        m = _ITEM.match(text, pos, b)
        if m is None or len(_honour(m)) < 4:
            return []
        out.append((m.start(), m.end(), _honour(m)))
        j = _ITEM_JOIN.match(text, m.end(), b)
        pos = j.end() if j else m.end()
        if j is None and not _LINE_END.match(text, pos, b):
            return []
    return out
