"""A government portal's furniture around an item it publishes (政府信息公开).

Such a page prints a metadata table over the item (索引号：… 发布机构：… 成文日期：…
文号：…), a site assistant under it (智能问答 “某小某”24小时在线为您服务: a mascot with a
person's name) and a footer of fields over the ICP line (主办：某某市人民政府办公室
承办：…, 地址：…街道, 网站地图 | 联系我们).  None of it is news: read as text, the table's
lines become decks, the mascot a person and the footer's offices and streets entities.
Lines are told by their shape and labels (``kg/data/lexicon/pages``), not by the names.
"""

from __future__ import annotations

import functools
import re

from kg.ingest.boilerplate import MAX_FURNITURE_LEN, is_furniture
from kg.ingest.shapes import is_prose
from kg.lexicon import alternation, entries, table
from kg.lexicon.chars import HAN_COMMON

_MAX_ASSISTANT = 60  # a site's assistant prompt: a longer line is a paragraph about it
# a footer's parts, between bars or before a labelled field (主办：某市总工会　技术支持：某某公司)
_BAR = re.compile(r"\s*[|｜丨]\s*|\s+(?=[\u4e00-\u9fff]{2,6}[：:])")
# a label and its colon, spaces inside the label allowed (索 引 号：, 文　　号：)
_FIELD = re.compile(rf"(?P<label>[{HAN_COMMON}](?:[ \u3000]*[{HAN_COMMON}]){{1,6}})[ \u3000]*[:：]")
# a footer's field: a label of a publisher, an address or a contact (主办：, 联系地址：, 邮编：)
_FOOTER_LABEL = re.compile(
    rf"^\s*[{HAN_COMMON}]{{0,4}}(?:主办|承办|协办|主管|地址|电话|邮编|传真|邮箱)(?:单位)?\s*[:：]"
)


@functools.cache
def _assistant() -> re.Pattern[str]:
    return re.compile(rf"^\W*[{HAN_COMMON}]{{0,4}}(?:{alternation('pages/assistant_labels.txt')})")


def assistant_line(line: str) -> bool:
    """智能问答 | “某小某”24小时在线为您服务, 智能客服“某某”：您好: a site's answering
    service on its own short line, opened by its label; its name is a mascot's.  A sentence
    opening with the label and naming no one in quotes is the text's (在线咨询服务开通以来…)."""
    m = _assistant().match(line)
    if m is None or len(line) > _MAX_ASSISTANT:
        return False
    return not is_prose(line) or re.match(r"\s*[|｜丨:：]?\s*[“「\"]", line[m.end() :]) is not None


@functools.cache
def _disclosure() -> tuple[frozenset[str], frozenset[str]]:
    rows = table("pages/disclosure_labels.tsv", header=True)
    return frozenset(r[0] for r in rows if r[1] == "strong"), frozenset(r[0] for r in rows)


def _labels_of(line: str) -> list[str] | None:
    """The labels of a line made only of labelled fields (索 引 号：X　分　类：Y), spaces
    inside each taken out; None when text stands before the first label."""
    found = list(_FIELD.finditer(line))
    if not found or line[: found[0].start()].strip():
        return None
    return [re.sub(r"[ \u3000]", "", m["label"]) for m in found]


def disclosure_lines(lines: list[str]) -> set[int]:
    """Indices of a 政府信息公开 item's metadata table: lines of labelled fields whose
    labels are all the table's, one a strong one (索引号, 文号, 发布机构, 成文日期); a line
    of weak labels only (名　　称：…, 主题分类：…) when it borders the table."""
    strong, known = _disclosure()
    kinds: list[str | None] = []
    for line in lines:
        labels = _labels_of(line) if len(line) <= MAX_FURNITURE_LEN and not is_prose(line) else None
        if not labels or not all(any(lab.endswith(k) for k in known) for lab in labels):
            kinds.append(None)
        else:
            kinds.append("strong" if any(lab in strong or lab.endswith(tuple(strong)) for lab in labels) else "weak")
    found = {i for i, k in enumerate(kinds) if k == "strong"}
    for i, k in enumerate(kinds):
        if k == "weak" and ({i - 1, i + 1} & found or _weak_run_borders(kinds, i, found)):
            found.add(i)
    return found


def _weak_run_borders(kinds: list[str | None], i: int, found: set[int]) -> bool:
    """A run of weak-labelled lines touching the table (名称 under 文号 under 发布机构)."""
    j = i
    while j > 0 and kinds[j - 1] == "weak":
        j -= 1
    k = i
    while k + 1 < len(kinds) and kinds[k + 1] == "weak":
        k += 1
    return j - 1 in found or k + 1 in found


def _footer_anchor(line: str) -> bool:
    """The line a footer is known by: its ICP or 公网安备 number, its copyright, its
    网站标识码 or 技术支持."""
    low = line.lower()
    return is_furniture(line) and (
        any(m.lower() in low for m in entries("pages/boilerplate_markers.txt"))
        or bool(re.match(r"^\s*(?:网站标识码|技术支持|版权所有)", line))
    )


def footer_lines(lines: list[str]) -> set[int]:
    """Indices of a footer's field lines over its anchor (主办：X 承办：Y, 地址：…, 网站地图 |
    联系我们 over 某ICP备…号): lines of publisher, address or contact fields, or of links,
    in an unbroken run up to the anchor.  主办：X 承办：Y in the text of an event notice
    has no ICP line under it and stays."""
    found: set[int] = set()
    for i, line in enumerate(lines):
        if not _footer_anchor(line):
            continue
        j = i - 1
        while j >= 0 and _footer_field(lines[j]):
            found.add(j)
            j -= 1
    return found


def _footer_field(line: str) -> bool:
    if not line.strip():
        return False
    if len(line) > MAX_FURNITURE_LEN or is_prose(line):
        return False
    return _FOOTER_LABEL.match(line) is not None or is_furniture(line) or footer_bar(line)


def footer_bar(line: str) -> bool:
    """黔某邮 政务版 V6 | 技术支持：某某科技有限公司 | 客服热线 400…: a client's or site's
    footer as a bar (or as labelled fields side by side), one of its parts after the first a
    footer's own (技术支持, 版权所有), none a sentence."""
    parts = [p for p in _BAR.split(line.strip()) if p]
    if len(parts) < 2 or len(line) > MAX_FURNITURE_LEN or any(is_prose(p) for p in parts):
        return False
    prefixes = entries("pages/boilerplate_prefixes.txt")
    return any(p.startswith(prefixes) for p in parts[1:])
