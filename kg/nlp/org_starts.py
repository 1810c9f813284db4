"""Where an organisation's name starts: the walk left from its ending (…有限公司, …委员会)
past a bracketed qualifier, to an area's name or a union's, and back after a joining word
the tagger read into the name.

Part of the organisations finder (kg.nlp.orgs), which asks it for each ending it reads.
"""

from __future__ import annotations

from kg.nlp.company_units import COMPANY_ENDINGS
from kg.nlp.found import Found
from kg.nlp.names import BREAKERS, UNION_ENDINGS, NameEdges
from kg.nlp.spans import Anchors
from kg.nlp.text import all_han
from kg.nlp.tokens import Tokens

OPEN_PARENS, CLOSE_PARENS = "(（", ")）"
LIST_MARK = "、"


class OrgStarts:
    """The start of an organisation's name before its ending, read with ``edges``."""

    def __init__(self, edges: NameEdges) -> None:
        self.edges = edges
        self.lex = edges.lex
        # the endings a breaker word may open (联合会): organisations' and unions'
        self._cut_endings = tuple({*self.lex.org_suffixes, *self.lex.union_suffixes})
        # (and the verbs that end a name, 联合, 携手: 某总工会联合区人社局 is two bodies)
        self._joiners = tuple(sorted({*BREAKERS, *edges.name_breakers}, key=len, reverse=True))

    def opens_with_area(self, text: str, a: int, s: int) -> bool:
        """Does ``text[a:s]`` open with an area's full name and go on with words of its own?"""
        return any(text[a : a + n] in self.edges.areas.full for n in range(2, min(s - a - 1, 8)))

    def after_joiner(self, tk: Tokens, a: int, s: int) -> int:
        """某区总工会与区司法局: a joining word (与, 和) the tagger read into one name, right
        after a body's ending (a union's, an organisation's), joins two bodies: the name
        starts after it (人力资源和社会保障局 keeps its 和: no body ends before it)."""
        text = tk.text
        endings = (*UNION_ENDINGS, *self.lex.org_suffixes)
        for k in range(s - 2, a, -1):
            word = next((w for w in self._joiners if text.startswith(w, k)), None)
            # (not 联合 of an ending, 工会联合会: it joins nothing)
            if word is not None and text.endswith(endings, a, k) and k + len(word) < s:
                if text.startswith(self._cut_endings, k):
                    continue
                return k + len(word)
        return a

    def listed_company_start(self, tk: Tokens, s: int, area_starts: Anchors) -> int | None:
        """深圳某某有限公司、深圳速驰即时配送有限公司: a company's ending glued into a verb
        (配送有限公司/v) after words the walk stops at (即时/d), in a list after another
        company: the name is the whole item, from the mark (an area opening it)."""
        text = tk.text
        mark = text.rfind(LIST_MARK, max(0, s - 12), s)
        if mark < 0 or mark + 1 not in area_starts or not all_han(text[mark + 1 : s]):
            return None
        return mark + 1 if text.endswith(COMPANY_ENDINGS, 0, mark) else None

    def _breaker_end(self, text: str, w: str, a: int, s: int) -> int:
        """Where the last ``w`` (联合, 代表 …) in ``text[a:s]`` ends, -1 if none: not one that
        opens a body's ending (残疾人联合会职业培训中心: 联合 of 联合会 joins nothing)."""
        k = text.rfind(w, a, s)
        while k >= 0 and text.startswith(self._cut_endings, k):
            k = text.rfind(w, a, k)
        return k + len(w) if k >= 0 else -1

    def before_qualifier(self, text: str, s: int) -> int:
        """Where the name before an ending at ``s`` ends: before a bracketed organisation word
        or area (…酒厂（集团）有限公司, …注塑(深圳)有限公司 is one company, named from before the
        bracket)."""
        if text[s - 1 : s] in CLOSE_PARENS:
            p = max(text.rfind(c, max(0, s - 8), s) for c in OPEN_PARENS)
            if p > 0 and self.edges.qualifier(text[p + 1 : s - 1]):
                return p
        return s

    def org_start(
        self, tk: Tokens, s: int, area_starts: Anchors, union_ends: dict[int, tuple[int, Found]]
    ) -> int | None:
        """Where an organisation's name ending at ``s`` starts; ``union_ends``: the first
        union (and its place among the unions) ending at each offset."""
        text = tk.text
        edges = self.edges
        # an ORG word that contains the ending
        a, _ = tk.token_span_at(s)
        if tk.tag_at(s) == "ORG" and a < s:
            # the tagger may glue words before the name onto it (任|国强代表集团公司)
            cut = max((self._breaker_end(text, w, a, s) for w in edges.name_breakers), default=-1)
            if cut > a:
                return cut
            left = edges.left_edge(tk, a, area_starts)
            return whole_area_start(left if left is not None else a, area_starts)
        left = edges.left_edge(tk, s, area_starts)
        if left is None:
            return edges.level_ordinal_before(text, s)  # （县第四|中学: the county's numbered school
        # a union right before, joined by name words only: 市总工会职工服务中心 (the first such union)
        joined = [union_ends[end] for end in range(left, s + 1) if end in union_ends and all_han(text[end:s])]
        return min(joined, key=lambda iu: iu[0])[1].start if joined else left


# the longest area name a body's name may open inside of (新疆维吾尔自治区…: well past it)
_LONGEST_AREA = 24


def whole_area_start(a: int, area_starts: Anchors) -> int:
    """Start of the area found around ``a`` when a body's ORG word starts inside that area's
    name (四季|吉祥村村委会/ORG after 才纳乡: the village 四季吉祥村, its first word read as a
    time), else ``a``: a body named after an area opens with the area's whole name."""
    if a not in area_starts.inner:
        return a
    for k in range(a - 1, max(-1, a - _LONGEST_AREA), -1):
        if k in area_starts and area_starts[k].end > a:
            return k
    return a
