"""Trade unions: a name ending in 工会 (…总工会, …工会委员会, …工会联合会) and where it starts.

A plain module of ``kg_bodies`` (kg.nlp.bodies), which weighs these candidates against
organisations and venues.
The unions of a list of areas sharing one ending (东城区、西城区等总工会) are read by
``kg.nlp.listed_unions``.
"""

from __future__ import annotations

import re

from kg.lexicon import alternation_of, words
from kg.nlp.addresses import UNION_WORD
from kg.nlp.area_pairs import area_openings, area_pair
from kg.nlp.areas import NUMBERED_UNIT_RE
from kg.nlp.class_unions import after_number, counted_kind, names_no_union, object_of_phrase
from kg.nlp.clipped_unions import clipped_federations, paired_levels
from kg.nlp.field_unions import SYSTEM, system_union
from kg.nlp.found import Found, FoundList
from kg.nlp.listed_unions import listed_areas
from kg.nlp.names import BREAKERS, OCCUPATION_END, REFERRING, NameEdges
from kg.nlp.orgs import JOINED_DEPARTMENT_RE
from kg.nlp.planned_unions import planned_union
from kg.nlp.spans import Anchors
from kg.nlp.text import is_han
from kg.nlp.tokens import Tokens
from kg.nlp.unit_unions import unit_branch_unions

# a nation's unions taken together (中国工会, 全国工会), not one body
NATIONWIDE = frozenset(words("unions/nationwide_prefixes.txt"))
# area endings whose 工会 is one body: a street's or a township's union
LOCAL_AREA_ENDINGS = words("unions/local_area_endings.txt")
# kinds of union the tagger glues to 工会 (产业工会)
UNION_KINDS = frozenset(words("unions/union_kind_words.txt"))
# a joint union of several small bodies (楼宇联合工会, 行业联合工会): 联合 is part of its ending
JOINT = "联合"
# 计算机学院分工会: a unit's branch union, its name the unit's and 分 before 工会
BRANCH_MARK = "分"
# tags of the words a unit's name is made of (计算机/n 学院/n)
UNIT_NAME_TAGS = frozenset({"n", "nz", "ORG", "LOC", "vn"})
# a body's office named by the body's short form (县委办, 政府办)
OFFICE = "办"
# before a bare level word: its union is the unions of several areas (相关市总工会)
SEVERAL_AREAS = words("unions/several_areas_words.txt")
# openings of a phrase about unions in general (新时代工会, 全州工会), not of a union's name
PHRASE_OPENINGS = words("unions/phrase_openings.txt")

# what joins two trades inside such a name (楼宇管理及保安业)
TRADES_JOINED = "及和"
# the endings of a union named after its members (香港…业职工会): ``_staff_unions``
STAFF_UNION_RE = re.compile(f"(?:{alternation_of(words('unions/staff_union_endings.txt'))})(?![员议上堂场])")

# an area's federation of unions written short (广州市总, 省总): 总 before a function word or
# a mark, and what its full name adds
# a works project's units (项目部, 项目经理部): 项目部工会 alone is the union of the one named last
PROJECT_UNITS = frozenset(words("posts/long_unit_endings.txt"))
UNIONS_JOINED = "和及与、"
# a zone's ending written alone (开发区, 经开区): the zone the text named, as a level word stands for its area
ZONE_WORDS = tuple(
    sorted((w for w in words("areas/zone_suffixes.txt") if len(w) == 3), key=len, reverse=True)
)  # between two unions' names the tagger reads as one run
SHORT_FEDERATION_RE = re.compile("总(?=[的、，,和与及。；;])")
SHORT_FEDERATION = "总"  # (also a word of its own before a verb: 某市总召开…)
FEDERATION_TAIL = UNION_WORD
# what unions have or give (经费, 力量): 工会 before one after a verb names no union
RESOURCE_WORDS = tuple(words("unions/union_resource_words.txt"))
# a union's office (某地区工会办事处): an organisation, its name running to the word
UNION_OFFICES = tuple(words("unions/union_offices.txt"))
# a verb naming an office a name is chosen to (选举A为, A同志任): no word of a union's name
NAMING_VERBS = ("为", *words("posts/elected_verbs.txt"))


class UnionFinder:
    """Candidate union names; ``kind`` "level" (市总工会), "head" (该公司工会) or ""."""

    def __init__(self, edges: NameEdges, capital: set[str], description_words: tuple[str, ...], org_heads) -> None:
        self.edges = edges
        self.lex = edges.lex
        self.areas = edges.areas
        self.capital = capital
        self.description_words = description_words
        self.org_heads = org_heads
        # what may follow 工会 inside one union's name (工会委员会 -> 委员会), longest first
        # the bodies of an area whose office (办) may have a union: 县委办, 政府办, 人大办
        self._office_bodies = tuple(sorted((w for w in self.lex.level_bodies if len(w) <= 3), key=len, reverse=True))
        self.tails = tuple(s[2:] for s in self.lex.union_suffixes if s.startswith("工会") and len(s) > 2)
        # the words before a bare level word that make its union many (相关市总工会, 各区总工会)
        self._determiners = SEVERAL_AREAS
        # the level words whose areas have a federation of unions (省, 市, 区, 县, 州 …)
        self._federation_levels = tuple(w for w in self.lex.level_words if w in "省市区县州旗盟")

    def __call__(self, tk: Tokens, area_starts: Anchors) -> FoundList:
        """The unions named in the text (and the parent bodies written before some)."""
        text = tk.text
        edges = self.edges
        out = FoundList()
        firsts = area_openings(text, area_starts)
        for m in re.finditer("工会", text):
            s = m.start()
            glued = s > 0 and text[s - 1] == "总"
            # (a word ending in 工会 right after an area's name, 某某街道机关工会, is a union
            # word too: 工 is no other word's)
            ta, tb = tk.token_span_at(s)
            word_end = ta < s and tb == m.end() and ta - 1 in area_starts.covered
            # (产业工会, 行业工会: a kind of union glued to it in one word; 系统工会 of 县卫生健康系统工会)
            word_end = word_end or (tb == m.end() and (text[ta:s] in UNION_KINDS or text[ta:s] == SYSTEM))
            # (和平新村社区工会 read as one word: an area's name, then 工会, make up the word)
            word_end = word_end or (tb == m.end() and ta < s and ta in area_starts and area_starts[ta].end == s)
            # (香港海员工会主席, 某某操作员工会主席: the tagger reads 员工|会; an occupation in
            # 员 before 工会 and an officer's title after it make 工会 the union word)
            word_end = word_end or (
                ta == s - 1
                and text[ta] == OCCUPATION_END
                and tb == s + 1
                and text.startswith(edges.titles_longer_than(1), m.end())
            )
            # (快递行业工会联合会 read as one word, whatever its tag: a word ending in a union's
            # tail after its 工会 is a union's name)
            word_end = word_end or (
                ta < s and any(tb == m.end() + len(t) for t in self.tails if text.startswith(t, m.end()))
            )
            if not (s in tk.starts or tk.tag_at(s) == "ORG" or glued or word_end or self._office_before(tk, s)):
                continue  # 常态化工会驿站: 工 belongs to 化工
            if s and not glued and tk.tag_at(s - 1) in ("v", "vn") and text.startswith(RESOURCE_WORDS, m.end()):
                continue  # 奖励工会经费, 贡献工会力量: what unions have, after a verb; no union
            if glued:
                s -= 1
            elif text.endswith(JOINT, 0, s) and s - len(JOINT) in tk.starts:
                s -= len(JOINT)  # 楼宇联合工会: a joint union of the bodies named before
            e = m.end()
            for longer in self.tails:
                if text.startswith(longer, e):
                    e += len(longer)
                    break
            listed = listed_areas(text, s, e, area_starts, self.areas)
            if listed:
                # 东城区、西城区等总工会: a union of each area, named after it
                out.extend(listed)
                continue
            joined = self._joined_department_before(tk, s, area_starts)
            if joined is not None:
                out.append(Found(joined[0], e, "UNION", joined[1]))
                continue
            a = edges.left_edge(tk, s, area_starts)
            if a is None:
                a = _numbered_unit_before(tk, s, area_starts)
            branch = _branch_union_start_of(tk, s, self.lex.org_suffixes) if a is None or a == s else None
            if branch is not None:
                out.append(Found(branch, e, "UNION"))  # 计算机学院分工会: no anchor, a unit's name
                continue
            if a is not None:
                a = _zone_start(text, edges.after_stray_words(tk, a, s, area_starts))  # (为开发|区工会)
                a = after_number(tk, a, s)
                a = _after_naming_verb(text, a, s, area_starts)
            if a is None or a == s:
                office = self._office_before(tk, s)
                if office is not None:
                    out.append(Found(office[0], e, "UNION", office[1]))
                    continue
                # a bare level word before it: 市总工会, 区总工会, 街道总工会
                lw = next((w for w in self.lex.level_words if text.startswith(w, s - len(w))), None)
                if lw and text.endswith(self._determiners, 0, self._level_run_start(text, s - len(lw))):
                    continue  # 相关市总工会, 各区总工会, 各县（市）区总工会: the unions of several areas
                if (
                    lw
                    and s - len(lw) >= 0
                    and (
                        s - len(lw) == 0
                        or not is_han(text[s - len(lw) - 1])
                        or text[s - len(lw) - 1] in BREAKERS
                        or s - len(lw) in tk.starts
                    )
                ):
                    out.append(Found(s - len(lw), e, "UNION", "level"))
                continue
            a = edges.after_belonging(text, self._after_glued_body(text, a, s), s)  # (集团下属|某公司工会)
            a = edges.split_parent(tk, a, s, out)
            a = edges.after_description(tk, a, s, area_starts)  # 中德合资企业|青岛某某公司工会
            a = _after_joined_union(text, a, s, area_starts)  # 某镇总工会和|某乡工会
            if (
                edges.opens_with_generic(text, a, s)
                or "工会" in text[a:s]
                or (
                    text[a:s].endswith(self.description_words)
                    and not system_union(text, a, s, area_starts, edges.level_prefix(text, a, s))
                )
                or self._phrase_opening(text, a, area_starts)
                or area_pair(text, a, s, area_starts, firsts)  # 漳台工会: the unions of two places
                or names_no_union(text, a, s, e, area_starts, self.lex.generic_prefixes, self.lex.org_suffixes)
                or counted_kind(text, a, s, area_starts)  # 全市首家|商圈联合工会: a kind, no name
                or object_of_phrase(tk, a, s)  # 调研指导|工会工作, 馆内全体|工会会员
                or planned_union(text, a, e)  # 拟成立某某产业工会联合会: a plan, no body yet
            ):
                continue  # …工会系统工会干部, 拱墅区基层工会: descriptions, not names
            prefix = text[a:s]
            if text[s:e] == "工会" and (
                prefix in NATIONWIDE
                or prefix in self.capital
                or (prefix in self.areas.full and not prefix.endswith(LOCAL_AREA_ENDINGS))
            ):
                continue  # 北京市工会, 中国工会, 首都工会: a place's unions taken together, not a body
            level = edges.level_prefix(text, a, s)
            if level and text.endswith(self._determiners, 0, self._level_run_start(text, a)):
                continue  # 相关市总工会 read as one word: the unions of several areas
            if self._after_several(text, a):
                continue  # 各省|辖市总工会: the unions of a class of areas, the name cut inside its phrase
            head = prefix in self.org_heads or prefix in PROJECT_UNITS
            head = head or (prefix[1:] in self.org_heads and prefix[0] in REFERRING)
            office = next((w for w in UNION_OFFICES if text.startswith(w, e)), "")
            if office:
                out.append(Found(a, e + len(office), "ORG"))  # 某地区工会办事处: the union's office
                continue
            out.append(Found(a, e, "UNION", "level" if level else "head" if head else ""))
        out.extend(self._federations_short(tk, area_starts))
        out.extend(self._staff_unions(tk, area_starts))
        out.extend(unit_branch_unions(tk))  # 一车间分会, 机关分会
        out.extend(clipped_federations(tk, area_starts, self.edges.titles_longer_than(1), self._determiners))
        out.extend(paired_levels(tk, out, area_starts, self._determiners))  # (省、市总工会: the province's too)
        return out

    def _after_several(self, text: str, a: int) -> bool:
        """Does a name at ``a`` follow a word of several areas and a level word glued to it
        (各省辖市总工会, 各市直属工会)?  Then it is a class of bodies, none named."""
        word = next((w for w in self.lex.level_words if text.endswith(w, 0, a)), None)
        return word is not None and text.endswith(self._determiners, 0, a - len(word))

    def _level_run_start(self, text: str, k: int) -> int:
        """Where the level words written before ``k`` start (各县（市）区总工会: 县（市） before
        区), one after another, bracketed or joined by 、; ``k`` if none."""
        while True:
            piece = next(
                (
                    p
                    for w in self.lex.level_words
                    for p in (w, f"（{w}）", f"({w})", f"{w}、")
                    if text.endswith(p, 0, k)
                ),
                None,
            )
            if piece is None:
                return k
            k -= len(piece)

    def _staff_unions(self, tk: Tokens, area_starts: Anchors) -> list[Found]:
        """香港冷链物流业职工会, 香港饮食业雇员协进会: unions named, as in Hong Kong and Macau,
        after their members (职工会, 职工总会, 雇员协进会) — a name opening with an area
        (职工会员, 职工会议 are no unions; 全体职工会 names no area)."""
        text = tk.text
        out = []
        for m in STAFF_UNION_RE.finditer(text):
            s = m.start()
            a = self.edges.left_edge(tk, s, area_starts)
            if a is not None and a not in area_starts and text[a - 1 : a] in TRADES_JOINED:
                # 香港楼宇管理及保安业职工总会: trades joined by 及 inside the name, the area
                # before the first
                k = self.edges.left_edge(tk, a - 1, area_starts)
                a = k if k is not None and all(is_han(c) for c in text[k:s]) else None
            if a is None or a not in area_starts or s - a < 3:
                continue
            out.append(Found(a, m.end(), "UNION"))
        return out

    def _federations_short(self, tk: Tokens, area_starts: Anchors) -> list[Found]:
        """广州市总的协助下, 某市总召开…: an area's federation of unions written short (its name +
        总, a word of its own, before a function word, a mark or a verb), kind "listed" with ``ref`` 工会
        (named by kg.extract.bodies as 广州市总工会)."""
        text = tk.text
        ends = {f.end: f for f in area_starts.values()}
        out = []
        acting = [k for k in ends if text.startswith(SHORT_FEDERATION, k) and _before_verb(tk, k)]
        for k in sorted({m.start() for m in SHORT_FEDERATION_RE.finditer(text)} | set(acting)):
            area = ends.get(k)
            if area is None or k not in tk.starts or not text.endswith(self._federation_levels, 0, k):
                continue
            out.append(Found(area.start, k + 1, "UNION", "listed", FEDERATION_TAIL))
        return out

    def _joined_department_before(self, tk: Tokens, s: int, area_starts: Anchors) -> tuple[int, str] | None:
        """县文化旅游广电和体育局工会: the union of a department with 和 inside its name, which
        the tagger cuts at 和 — named from the area or level word before the department."""
        text = tk.text
        m = next((m for m in JOINED_DEPARTMENT_RE.finditer(text, max(0, s - 24), s) if m.end() == s), None)
        if m is None:
            return None
        a = m.start()
        lw = next((w for w in self.lex.level_words if text.endswith(w, 0, a)), None)
        left = self.edges.left_edge(tk, a, area_starts)
        if lw and (left is None or left >= a - len(lw)):
            return a - len(lw), "level"  # 县文化广电和旅游局工会: the department of the area in context
        return (left, "") if left is not None and left < a else (a, "")

    def _office_before(self, tk: Tokens, s: int) -> tuple[int, str] | None:
        """县委办工会, 政府办工会: the union of a body's office (办) named by its short form —
        a body of an area (委, 政府, 人大 …) with, or without, the level word before it.  The
        start of the union's name and its kind ("level" after a level word, resolved by the
        area in context, else "": named as written)."""
        text = tk.text
        if not text.endswith(OFFICE, 0, s):
            return None
        k = s - len(OFFICE)
        body = next((w for w in self._office_bodies if text.endswith(w, 0, k)), None)
        if body is None:
            return None
        k -= len(body)
        lw = next((w for w in self.lex.level_words if text.endswith(w, 0, k)), None)
        start = k - len(lw) if lw else k
        if start > 0 and is_han(text[start - 1]) and start not in tk.starts:
            return None  # 市政府办 inside a longer word: no name of its own here
        if lw is None and len(body) < 2:
            return None  # a lone 委 is no body
        return start, "level" if lw else ""

    @staticmethod
    def _phrase_opening(text: str, a: int, area_starts: Anchors) -> bool:
        """Does ``text[a:]`` open with a phrase about unions in general (新时代, 全州) and not
        with an area longer than that word (全州县总工会 is the county's union)?"""
        word = next((w for w in PHRASE_OPENINGS if text.startswith(w, a)), None)
        area = area_starts.get(a)
        return word is not None and (area is None or area.end - a <= len(word))

    def _after_glued_body(self, text: str, a: int, s: int) -> int:
        """涿州市人力资源和社会保障局联合市总工会, read by the tagger as one word: a body's name
        and a verb joining it to the union (联合, 携手) stand before the union's own name."""
        best = self.edges.after_glued_body(text, a, s)
        # 服务中心向区总工会: a preposition between a body's ending and a bare level word
        k = s - 1
        while k > best and text[k - 1] not in BREAKERS:
            k -= 1
        lw = text[k:s]
        if k > best and lw in self.lex.level_words and text[a : k - 1].endswith(self.lex.org_suffixes):
            best = k
        return best


def _after_naming_verb(text: str, a: int, s: int, area_starts: Anchors) -> int:
    """选举温某为|源城区总工会, 温某同志任|源城区总工会: a verb naming an office (为, 任) before
    an area that opens the union's name ends the words before it (a name the tagger glued
    to the verb): the union's name starts at the area."""
    for k in range(a + 1, s):  # (the words before the union's word: a short stretch)
        if k in area_starts and text.endswith(NAMING_VERBS, a, k):
            return k
    return a


def _branch_union_start_of(tk: Tokens, s: int, org_suffixes: tuple[str, ...]) -> int | None:
    """计算机学院分工会: the branch union (分工会) of a unit named bare, a run of name words
    ending as a body does (学院) right before 分: where the unit's name starts."""
    text = tk.text
    k = s - len(BRANCH_MARK)
    if not text.startswith(BRANCH_MARK, k) or not text.endswith(org_suffixes, max(0, k - 8), k):
        return None
    a = k
    while a > max(0, k - 8) and tk.tag_at(a - 1) in UNIT_NAME_TAGS and tk.token_span_at(a - 1)[0] >= k - 8:
        a = tk.token_span_at(a - 1)[0]
    return a if a < k - 2 and text[a:k].endswith(org_suffixes) else None


def _zone_start(text: str, b: int) -> int:
    """Where a name starts that the walk began at a level word ``b``, when that word closes a
    zone's ending (开发|区工会联合会, 为开发|区工会: 开发区, the zone the text named, not 区)."""
    return next((b + 1 - len(z) for z in ZONE_WORDS if b + 1 >= len(z) and text.startswith(z, b + 1 - len(z))), b)


def _after_joined_union(text: str, a: int, s: int, area_starts: Anchors) -> int:
    """某镇总工会和某乡工会 read by the tagger as one run: after a union's name, a joining word
    (和, 及, 与, 、) before an area opens the next union's name, which starts at that area."""
    k = text.rfind(UNION_WORD, a, s)
    j = k + len(UNION_WORD)
    if k >= 0 and j + 1 < s and text[j] in UNIONS_JOINED and j + 1 in area_starts:
        return j + 1
    return a


def _numbered_unit_before(tk: Tokens, s: int, area_starts: Anchors) -> int | None:
    """一五二团五连工会: a numbered unit (五连) right after an area's name, read by the
    tagger as a number, opens no name of its own: the union's name starts at the area."""
    k = next((k for k in range(max(0, s - 6), s - 1) if NUMBERED_UNIT_RE.fullmatch(tk.text, k, s)), None)
    if k is None or k not in area_starts.ends:
        return None
    return next((a for a, f in area_starts.items() if f.end == k), None)


def _before_verb(tk: Tokens, k: int) -> bool:
    """Is the character at ``k`` a word of its own right before a verb (某市总|召开)?"""
    return tk.token_span_at(k) == (k, k + 1) and k + 1 < len(tk.text) and tk.tag_at(k + 1) == "v"
