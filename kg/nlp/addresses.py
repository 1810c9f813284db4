"""An address field (地址：某市某区某路区行政中心3号楼) names a building and its street, no
organisation or venue (a union there is the body the reader is sent to).

A contact block at the foot of a notice or an e-mail (联系人：… 电话：… 地址：…) writes where
the sender sits: the words after the label, to the line's end, are parts of an address
(a road, a building, a floor), which the name finders would read as a body ending in a
body word (行政中心, 大厦).  Areas in it stay: they say which city the page is about.
"""

from __future__ import annotations

import re

from kg.lexicon import alternation_of, words
from kg.nlp.found import Found

# 地址：, 通讯地址：, 办公地址:
ADDRESS_RE = re.compile(f"(?:{alternation_of(words('bodies/address_labels.txt'))})[：:][^\\n]*")
_BODY_LABELS = ("ORG", "PLACE")
# a union and its units at the address (地址：某区某路18号区总工会劳动和经济工作部) are the
# body the reader is sent to, named as ever
UNION_WORD = "工会"
# but a floor or a building after the union (市总工会办公楼7楼纪检监察组办公室, 机关大楼三楼):
# the words are the rooms of its premises, no unit's name
_PREMISES_RE = re.compile("[0-9０-９一二三四五六七八九十]+[楼层]|办公楼|大楼")
# after an address's areas, to its closing bracket: a road and its number or its section, or
# nothing (某中心（桂城街道海八路××号）, 某公园（某街道滨江路北段）, 某殡仪馆（夷陵区小溪塔街道）);
# the number may be masked (××)
_STREET_REST_RE = re.compile(
    f"(?:[\u4e00-\u9fff0-9]{{1,8}}?(?:{alternation_of(words('areas/road_words.txt'))})"
    "(?:[东西南北中]段|[0-9０-９×xX一二三四五六七八九十]*号?))?[）)]"
)


def closes_address(text: str, at: int) -> bool:
    """Does a bracket after a body close at ``at`` (after the areas of an address inside it),
    or after a road and its number there?"""
    return _STREET_REST_RE.match(text, at) is not None


def outside_addresses(text: str, cands: list[Found]) -> list[Found]:
    """The candidates, but for the bodies and venues that start inside an address field."""
    fields = [m.span() for m in ADDRESS_RE.finditer(text)]
    if not fields:
        return cands
    return [
        f
        for f in cands
        if f.label not in _BODY_LABELS
        or (UNION_WORD in text[f.start : f.end] and not _PREMISES_RE.search(text, f.start, f.end))
        or not any(a <= f.start < b for a, b in fields)
    ]
