"""Bodies named in quotes (“首都职工志愿国家安全教育宣讲服务队”), for ``kg.nlp.orgs``: a quoted
run ending as an organisation's name does is one, unless it lists bodies (A、B) or chains
levels of them (“县总工会—街道总工会—村工会联合会”, a system described, no body named).
"""

from __future__ import annotations

import re

from kg.lexicon import words
from kg.nlp.found import Found, FoundList

QUOTED_RE = re.compile("[“「]([^”」]{2,30})[”」]")
# a small business's ending (花店, 茶社): after a quoted trade name (“花语时光”花店), a shop's name
SHOP_ENDINGS = tuple(sorted(words("bodies/shop_endings.txt"), key=len, reverse=True))
# a chain's dashes (one may join two names of one body: 中国—东盟中心)
_CHAIN_DASHES = re.compile("[—－]+")


def quoted_bodies(text: str, org_suffixes: tuple[str, ...]) -> FoundList:
    """The quoted names of teams and bodies in ``text`` (kind "quoted")."""
    out = FoundList()
    for m in QUOTED_RE.finditer(text):
        if m.group(1).endswith(org_suffixes) and not quoted_list(m.group(1)):
            out.append(Found(m.start(1), m.end(1), "ORG", "quoted"))
        elif (shop := next((w for w in SHOP_ENDINGS if text.startswith(w, m.end())), None)) is not None:
            out.append(Found(m.start(), m.end() + len(shop), "ORG", "quoted"))
    return out


def quoted_list(inner: str) -> bool:
    """Does a quoted run list bodies (A、B, A，B) or chain levels (A—B—C), rather than name one?"""
    return any(c in inner for c in "、，,；;") or len(_CHAIN_DASHES.findall(inner)) >= 2
