"""Where a name starts: the walk left from a name's ending over name-like words, shared by
the finders of areas, unions, organisations and venues.

A Chinese name is found from its end (…总工会, …有限公司, …广场); its start is the
leftmost *anchor* (an area name, an ORG/LOC word, a quote) reached by walking left over
words that can sit inside a name.
"""

from __future__ import annotations

import re

from kg.lexicon import Lexicon, lexicon, table, words
from kg.nlp.areaindex import AreaIndex
from kg.nlp.found import Found, FoundList
from kg.nlp.level_openings import LevelOpenings
from kg.nlp.spans import Anchors
from kg.nlp.text import CLOSE_QUOTES, OPEN_QUOTES
from kg.nlp.tokens import Tokens

# Tags of words the tagger reads as names (LAC's entity and proper-noun tags).
PROPER_TAGS = frozenset({"LOC", "ORG", "PER", "nz", "nw", "ns", "nr", "nt"})
PLACE_TAGS = frozenset({"LOC", "ns"})
# compass points, alone or joined (东部, 东西部, 西北): inside a name though tagged as a
# locality word (东部战区, 西北电力公司, 东西部协作产业园)
COMPASS_RE = re.compile("[东西南北中]{1,2}部?")
# a works section's code inside a project's name (XBZQ-3标, 5标段, 三标): its letters and
# hyphen, its number and 标; a hyphen between a code's letters and its number
SECTION_CODE_RE = re.compile(r"(?:[A-Za-z]+[-－]?)?[0-9一二三四五六七八九十]+标段?|[-－]")
# a word of the tagger's that glues a section code's letters to the Han before it (高速QZ|-|2标)
CODE_LETTERS_RE = re.compile("[\u4e00-\u9fff][A-Za-z]+$")
# a numbered line (地铁8号线) inside a works unit's name, which the tagger reads as a numeral
LINE_NUMBER_RE = re.compile("[0-9一二三四五六七八九十]+号线")
# POS tags of LAC words that can sit inside a name.
DATE_UNITS = "月日号"  # a date's last unit, after its digits
NUMBER_SEPARATORS = ":：.．"  # what joins the parts of a clock time or a decimal (9:30, 3.5)
CLOCK_TAG = "TIME"  # the tagger's tag of a time of day (10:00)
NAMEISH = {"ORG", "LOC", "n", "nz", "vn", "j", "nw", "an", "xc", "s", "nt", "ns"}
# works a project is named by that the tagger cuts into a verb and a noun (改|扩建)
PROJECT_WORKS = tuple(words("bodies/project_works.txt"))
ROUTE_WORDS = tuple(words("areas/route_words.txt"))  # 某绥高速: a route, named by two initials
# Function words that never open or sit inside a name, whatever their tag (的, 在, 和 …).
BREAKERS = frozenset(words("names/function_words.txt"))
# words that refer back to a body named before (该公司, 本集团)
REFERRING = words("names/referring_words.txt")
NAME_BREAKERS = "names/name_breakers.txt"
# a mark of a past office read as a word of its own (原|南钢集团工会副主席): no name opens
# with it — the body is the one after it, its office a past one (kg.extract.posts)
FORMER_MARKS = frozenset(words("posts/former_marks.txt"))
# a word giving a body's old name after its new one (某市总工会原名|某地区工会联合会): no name
# opens with it, nor runs on over it when the tagger glues the two names into one word
# (kg.extract.renamings reads the two as one body)
RENAMED_FROM = frozenset(word for word, side in table("bodies/renaming_words.tsv") if side == "before")
# words of belonging between a body and its unit (省总工会下属职工服务中心): the unit's name starts after
BELONGING = frozenset(words("bodies/belonging_words.txt"))
# a place or prize won (冠军, 第一名, 一等奖: ``awards/award_patterns.tsv``'s ``place`` rows): a
# results line sets it right before the winner's name (冠军某某盐业有限公司代表队), never inside it
PLACES_WON = tuple(row[0] for row in table("awards/award_patterns.tsv") if row[1:2] == ["place"])
# marks that end a clause or a list item: never inside a name, whatever the tagger says
CLAUSE_MARKS = frozenset("，,。；;！!？?、：:")
# what ends a quoted sentence (“…。”): a quotation ending so is speech, no part of a name
SPEECH_ENDS = frozenset("。！!？?…")
# in brackets inside a company's name, besides areas and organisation words (（中国）)
BRACKET_QUALIFIERS = frozenset(words("bodies/bracket_qualifiers.txt"))
# the endings of a union's own name (…总工会, …工会): a body ending right before one is part of it
UNION_ENDINGS = tuple(
    s for s in lexicon().union_suffixes if s.endswith("工会")
)  # longer words that end the walk (选举产生, 代表 …)


# a union's department (法律工作部, 组织部): a body of its own before a joining verb (法律工作部联合某乡总工会)
DEPARTMENT_ENDINGS = tuple(words("bodies/union_departments.txt"))


# a street address (赭山中路18号, 人民路十二号): no part of the name of the body housed there
_ROADS = "|".join(sorted(words("areas/road_words.txt"), key=len, reverse=True))
ADDRESS_RE = re.compile(f"(?:{_ROADS})[0-9０-９一二三四五六七八九十百零〇]+号$")
# a road's junction (南后街口, 中山路口): a locality word the tagger reads so, but named by its road
JUNCTION_RE = re.compile(f"..*?(?:{_ROADS})口")
# a house number ending a word the tagger cut from its road (赭山中路|18号)
HOUSE_NUMBER_RE = re.compile("[0-9０-９]+号$")
# kind words closing a description before a body's name (爱心企业|某某有限公司)
DESCRIPTION_HEADS = words("bodies/description_heads.txt")
# a zone's ending (工业园区, 开发区): a park named before a company's registered name, which
# opens with an area of its own (县工业园区|江西某某有限公司), is where it lies, no part of it
ZONE_ENDINGS = words("areas/zone_suffixes.txt")
# 明年, 明天: a time a clause opens with, glued by the tagger to a body's name after it
TIME_WORDS = tuple(sorted(words("names/time_words.txt"), key=len, reverse=True))
# the ending of an occupation named by what its worker does (操作员, 驾驶员)
OCCUPATION_END = "员"
# a cooperative's registered forms, and the trades its name gives right before one (刺梨种植|农民专业合作社)
COOPERATIVE_FORMS = tuple(words("bodies/cooperative_forms.txt"))
COOPERATIVE_TRADES = frozenset(words("bodies/cooperative_trades.txt"))


class NameEdges(LevelOpenings):
    """The walks that find where a name ending at some offset starts."""

    def __init__(self, lex: Lexicon, areas: AreaIndex, name_breakers: str = NAME_BREAKERS) -> None:
        super().__init__(lex, areas)
        self.name_breakers = set(words(name_breakers)) | RENAMED_FROM | set(TIME_WORDS)
        self._longer_titles: dict[int, tuple[str, ...]] = {}
        self._longer_venue_suffixes: dict[int, tuple[str, ...]] = {}

    def titles_longer_than(self, n: int) -> tuple[str, ...]:
        """Titles of more than ``n`` characters, as a tuple for ``str.startswith``."""
        found = self._longer_titles.get(n)
        if found is None:
            found = self._longer_titles[n] = tuple(t for t in self.lex.titles if len(t) > n)
        return found

    def venue_suffixes_longer_than(self, n: int) -> tuple[str, ...]:
        """Venue endings of more than ``n`` characters, as a tuple for ``str.endswith``."""
        found = self._longer_venue_suffixes.get(n)
        if found is None:
            found = self._longer_venue_suffixes[n] = tuple(v for v in self.lex.venue_suffixes if len(v) > n)
        return found

    def left_edge(self, tk: Tokens, s: int, area_starts: Anchors, limit: int = 40) -> int | None:
        """Leftmost plausible start of a name that ends where ``s`` begins, or None."""
        text = tk.text
        k = s
        anchors: list[int] = []
        while k > 0 and s - k < limit:
            a, _ = tk.token_span_at(k - 1)
            close = max(text.rfind(")", a, k - 1), text.rfind("）", a, k - 1))
            if close >= 0:
                a = close + 1  # 中国）有限公司, read as one word: the name goes on before the bracket
            word = text[a:k]
            tag = tk.tag_at(k - 1)
            mark = max((word.rfind(c) for c in CLAUSE_MARKS), default=-1)
            if mark >= 0:
                # 北京，华远物流…: the tagger may read a comma into a name; it ends there
                if a + mark + 1 >= k:
                    break
                a += mark + 1
                word = text[a:k]
            won = max((word.rfind(w) + len(w) for w in PLACES_WON if w in word), default=0)
            if won:  # 冠军|某某公司, or in one word of the tagger's (冠军额|吉淖尔…): the name starts after it
                if a + won < k:
                    k = a + won
                    anchors.append(k)
                break
            in_area = a in area_starts.covered or k - 1 in area_starts.covered
            if text[a] in DATE_UNITS and a > 0 and text[a - 1].isdigit():
                break  # 2024年5月经某某公司…: a date (and the 经 after it) ends before the name
            if tag == CLOCK_TAG or (word.isdigit() and text[a - 1 : a] in NUMBER_SEPARATORS):
                break  # 上午9:30某某公司…: a clock time (its minutes) or a decimal's tail, no name
            if text[k - 1] in CLOSE_QUOTES:
                if text[k - 2 : k - 1] in SPEECH_ENDS:
                    break  # “…定心丸。”公司工会: a quoted sentence (speech) ends before the name
                q = text.rfind(OPEN_QUOTES[CLOSE_QUOTES.index(text[k - 1])], max(0, k - 30), k - 1)
                if q < 0:
                    break
                k = q
                anchors.append(k)
                continue
            if text[k - 1] in "）)":
                q = max(text.rfind("（", max(0, k - 20), k), text.rfind("(", max(0, k - 20), k))
                if q > 0 and k == s and "简称" in text[q:k]:
                    # X（以下简称“Y”）总工会: the definition sits inside the name
                    k = q
                    continue
                if q > 0 and k < s and self.qualifier(text[q + 1 : k - 1]):
                    # 天马注塑（深圳）有限公司工会: a bracketed area inside the name
                    k = q
                    continue
                break
            # (an adjective inside the name; 县非物质|文化遗产保护中心: one of three too)
            inner_adj = tag in ("a", "b", "an") and k < s
            # 浙川（苍溪）东西部协作产业园: compass points (东西部, 西北) read as a locality word
            compass = tag == "f" and k < s and COMPASS_RE.fullmatch(word) is not None
            compass = compass or (tag == "f" and JUNCTION_RE.fullmatch(word) is not None)
            # a word ending as a body does (育苗幼儿园, which the tagger may read as a verb)
            body = k == s and len(word) > 3 and word.endswith(self.lex.org_suffixes)
            # a verb before 员 makes an occupation (操作员, 驾驶员), a noun inside the name
            occupation = tag in ("v", "vn") and k < s and text[k] == OCCUPATION_END
            # a cooperative's trade (金果刺梨种植|农民专业合作社): a word of its name, read as a verb
            occupation = occupation or (k == s and word in COOPERATIVE_TRADES and text.startswith(COOPERATIVE_FORMS, s))
            # a trade name the tagger read as a person's, between an area and the ending
            # (某镇|鸿鑫麻鸭/PER|养殖场): a name standing there is the body's own
            trade = tag == "PER" and k == s and a in area_starts.ends
            if not (
                in_area
                or trade
                or tag in NAMEISH
                or inner_adj
                or compass
                or body
                or occupation
                or (k < s and text.startswith((*PROJECT_WORKS, *ROUTE_WORDS), a))
                or (k < s and k - a == 2 and text.startswith(ROUTE_WORDS, k))
                or (word.isascii() and word.strip().isalnum())
                or (SECTION_CODE_RE.fullmatch(word) is not None and text[a - 1 : a].isascii())
                or (k < s and LINE_NUMBER_RE.fullmatch(word) is not None)  # 地铁8号线|项目部
                or (k < s and text[k] in "-－" and CODE_LETTERS_RE.search(word) is not None)
            ):
                break
            if ADDRESS_RE.search(word) or HOUSE_NUMBER_RE.search(word):
                break  # 镜湖区赭山中路18号市总工会: the body at that address starts after it
            breaker = word in BREAKERS or word in self.name_breakers or word in FORMER_MARKS
            if breaker and not (a in area_starts and area_starts[a].end > k):
                # 从/江县: a function word the tagger cut off an area's name (从江县) opens it
                break
            if in_area and a not in area_starts:
                # 苏某和龙文区总工会 read as one word: a function word before an area inside it
                # ends the walk, the name opens with the area
                cut = next((p for p in range(k - 1, a, -1) if p in area_starts and text[p - 1] in BREAKERS), None)
                if cut is not None:
                    anchors.append(cut)
                    k = cut
                    break
            k = a
            if a in area_starts or tag == "ORG" or tag == "LOC" or (word.isascii() and word.isalnum()):
                anchors.append(a)
        if k == s:
            return None
        start = min(anchors) if anchors else k
        # a name does not open with an adjective (先进, 公共 …) unless it is anchored there
        while start < s and start not in anchors and tk.tag_at(start) in ("a", "b", "an"):
            if any(text.startswith(g, start) for g in self.lex.generic_prefixes):
                break  # (新就业形态行业工会: a class of bodies the adjective opens, as 基层 does)
            start = tk.token_span_at(start)[1]
        return start if start < s else None

    @staticmethod
    def after_belonging(text: str, a: int, s: int, inside: bool = True) -> int:
        """Where a name ending at ``s`` starts once a word of belonging (辖下, 下属) across its
        start, or (``inside``) within it, is left out: 某某总会辖|下职安健委员会, the tagger cutting
        the word, is the committee's name after it (the body before owns it: kg.extract.members).
        An organisation keeps one within (工联会属下某中心: kg.extract.national_forms names it)."""
        top = a + 1 if not inside else s
        cuts = [k + len(w) for w in BELONGING if (k := text.rfind(w, max(0, a - len(w) + 1), top)) >= 0]
        return max([a, *cuts]) if max(cuts, default=a) < s else a

    def after_glued_body(self, text: str, a: int, s: int) -> int:
        """Where a name ending at ``s`` starts once a body's name and a verb joining it to
        the next (联合, 携手) are left out: 某某局联合市总工会, 某某总工会联合某某县总工会, read
        by the tagger as one word.  ``a`` when there is none."""
        best = a
        endings = self.lex.org_suffixes + self.lex.union_suffixes + DEPARTMENT_ENDINGS
        for w in self.name_breakers:
            k = text.find(w, a, s)
            while k >= 0:
                if k + len(w) < s and text[a:k].endswith(endings):
                    best = max(best, k + len(w))
                k = text.find(w, k + 1, s)
        return best

    def qualifier(self, inner: str) -> bool:
        """Can ``inner``, in brackets, sit inside a company's name: an area (（深圳）, （中国）)
        or an organisation word (（集团）)?"""
        return (
            inner in BRACKET_QUALIFIERS
            or inner in self.lex.org_suffixes
            or inner in self.areas.full
            or inner in self.areas.short
        )

    def anchored(self, tk: Tokens, a: int, area_starts: Anchors) -> bool:
        """Does a name opening at ``a`` open with something proper: an area, an ORG/LOC/PER or
        proper-noun word, Latin letters, or a quote?"""
        text = tk.text
        return (
            a in area_starts
            or tk.tag_at(a) in ("ORG", "LOC", "PER", "nz", "ns", "nt")
            or self._level_ordinal(text, a)
            or self._level_staff(text, a)
            or self._level_glued(tk, a)
            or (text[a].isascii() and text[a].isalnum())
            or text[a - 1 : a] in OPEN_QUOTES
        )

    def after_stray_words(self, tk: Tokens, a: int, s: int, area_starts: Anchors) -> int:
        """选举产生市服务工会: a level word inside the walked-over words starts the name."""
        text = tk.text
        for k in range(a, s):
            if k in area_starts.covered or k in area_starts:
                return a
            for w in self.lex.level_words:
                if text.startswith(w, k) and k > a and k in tk.starts:
                    if text[a:k].endswith(self.lex.org_suffixes) or text[a:k] in self.areas.full:
                        return a
                    return k
        return a

    def after_description(self, tk: Tokens, a: int, s: int, area_starts: Anchors) -> int:
        """爱心企业湖南某某有限公司: a description closed by a kind word (企业, 单位) before a
        name's anchor (an area, an ORG or LOC word) is no part of the name, which starts
        after it (中国企业联合会 keeps its 企业: no anchor follows).  The kind word may end a
        longer word of the tagger's (民营企业, 中德合资企业) when an area's name follows it.  A
        zone before an area (县工业园区|江西某某有限公司) is where the body lies, as a description.
        A time word opening the words (明年|镇总工会) is no part of the name either."""
        text = tk.text
        a = next((a + len(w) for w in TIME_WORDS if text.startswith(w, a) and a + len(w) < s), a)
        for k in range(s - 1, a, -1):
            zone = k in area_starts and text.endswith(ZONE_ENDINGS, a, k) and k - a > 2
            if zone and not (a in area_starts and area_starts[a].end == k):
                return k  # 县工业园区|江西某某有限公司: the park where the company lies (not 苏州工业园区, an area)
            if not text.endswith(DESCRIPTION_HEADS, a, k):
                continue
            if k not in tk.starts:
                if k in area_starts and k - 2 > a:
                    return k  # 中德合资企业|青岛某某公司, one word of the tagger's: an area opens the name
                continue
            head = next(h for h in DESCRIPTION_HEADS if text.endswith(h, a, k))
            if k - len(head) in tk.starts and (k in area_starts or tk.tag_at(k) in ("ORG", "LOC")):
                return k
            if k in area_starts and tk.token_span_at(k - 1)[0] < k - len(head):
                return k  # 民营企业|杭州某某公司: the tagger's word ends with the kind word
        return a

    def split_parent(self, tk: Tokens, a: int, s: int, out: FoundList) -> int:
        """``…工委来广营…中心工会``: the name after a parent body's ending starts a new name;
        each parent is added to ``out`` as an ORG of kind "parent"."""
        text = tk.text
        best = a
        for suf in self.lex.org_split_suffixes:
            k = text.find(suf, a, s)
            while k >= 0:
                cut = k + len(suf)
                if best < cut < s - 1:
                    if (a, cut) not in out.spans:
                        out.append(Found(a, cut, "ORG", "parent"))
                    best = cut
                k = text.find(suf, k + 1, s)
        return best
