"""A firm named after the page's own area (我市金鼎化工有限公司, 本县某某食品有限公司工会): 我市 is
the writer's city, and the tagger's word 市金鼎化工有限公司 keeps its level word.  A registered
company's name opens with its trade name (字号), never with a bare level word, so the name opens
after the level word; generic bodies of the level (我市供电公司, 本市第二人民医院) end in no legal
form and keep it, as 市总工会 does.
"""

from __future__ import annotations

from kg.lexicon import lexicon, words
from kg.nlp.found import Found
from kg.nlp.names import UNION_ENDINGS
from kg.nlp.text import all_han

# 我, 本: the level word after one is the page's own area (kg.extract.context reads 我市总工会 so)
OWN_MARKERS = tuple(lexicon().own_area_markers)
# the level words of one character (市, 县, 区 …)
LEVEL_CHARS = frozenset(w for w in lexicon().level_words if len(w) == 1)
# the legal forms that end a registered company's name (有限公司, 股份有限公司 …), longest first
LEGAL_FORMS = tuple(sorted((w for w in words("bodies/legal_forms.txt") if "有限" in w), key=len, reverse=True))
# the kind of a short form named by its level word (县总工会)
LEVEL_KIND = "level"
# a union's endings, longest first (…总工会 before …工会)
_UNION_ENDINGS = tuple(sorted(UNION_ENDINGS, key=len, reverse=True))
# a trade name has two characters at least (金鼎化工有限公司)
MIN_TRADE_NAME = 2


def cut_own_levels(text: str, cands: list[Found]) -> tuple[list[Found], list[Found]]:
    """The candidates, a union's or organisation's name opening with a level word right after
    a word of the page's own area (我|市金鼎化工有限公司, 我县|鑫源食品有限公司工会) whose firm ends in
    a legal form, read from after the level word; and the level words cut off (label VERB), for
    ``rejected``: the tagger's longer word over them yields."""
    out, cut = [], []
    for f in cands:
        if f.label in ("UNION", "ORG") and f.kind != "national" and _own_level_opens(text, f):
            kind = "" if f.kind == LEVEL_KIND else f.kind  # (named by the firm now, not the level)
            out.append(Found(f.start + 1, f.end, f.label, kind, f.ref, f.count))
            cut.append(Found(f.start, f.start + 1, "VERB"))
        else:
            out.append(f)
    return out, cut


def _own_level_opens(text: str, f: Found) -> bool:
    """Does ``f`` open with a level word after 我/本, the rest a firm with a legal form?"""
    if f.start == 0 or text[f.start] not in LEVEL_CHARS or not text.endswith(OWN_MARKERS, 0, f.start):
        return False
    name = text[f.start + 1 : f.end]
    for ending in _UNION_ENDINGS:
        if name.endswith(ending) and len(name) > len(ending):
            name = name[: -len(ending)]
            break
    form = next((w for w in LEGAL_FORMS if name.endswith(w)), None)
    if form is None:
        return False
    trade = name[: -len(form)]
    return len(trade) >= MIN_TRADE_NAME and all_han(trade)
