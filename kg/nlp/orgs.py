"""Organisations: a name ending in an organisation word (…有限公司, …委员会, …中心), bodies
named again by their type word (集团党委书记), a union's committees, and quoted team names
(the bodies of an area, 市委, 区政协: kg.nlp.gov_bodies).

A plain module of ``kg_bodies`` (kg.nlp.bodies).
"""

from __future__ import annotations

import re

from kg.lexicon import words
from kg.nlp.class_unions import counted_after_area
from kg.nlp.company_units import COMPANY_ENDINGS, company_units, listed_units, unit_then_title
from kg.nlp.found import Found, FoundList
from kg.nlp.glued_verbs import office_verb_word_before
from kg.nlp.names import BREAKERS, CLAUSE_MARKS, REFERRING, UNION_ENDINGS, NameEdges
from kg.nlp.org_starts import CLOSE_PARENS, LIST_MARK, OrgStarts
from kg.nlp.quoted_bodies import quoted_bodies
from kg.nlp.row_units import headed_row_units, prize_row_units, row_units
from kg.nlp.shop_names import courier_outlets, street_shops
from kg.nlp.spans import Anchors, Marks
from kg.nlp.text import CLOSE_QUOTES, all_han, is_han
from kg.nlp.titles import ORGANS
from kg.nlp.tokens import Tokens, occurrences
from kg.nlp.venues import ROOM_NAMES

# what follows a body's type word when it names the body (集团党委, 公司总部, 公司所属)
HEAD_FOLLOWERS = words("bodies/org_head_followers.txt")
# the body's own organs named before a title (公司党总支委员, 公司纪委书记): the type word
# before one names the body, as before a title
TITLE_ORGANS = words(ORGANS)
# a term of the body's committee or union after its type word (公司第一届工会委员会)
HEAD_TERM_RE = re.compile("第[一二三四五六七八九十百零〇\\d]+届")
# a sports team made of departments (…研究室联队, …局第二代表队)
TEAM_AFTER_RE = re.compile(
    r"[一二三四五六七八九十\d]?(?:" + "|".join(map(re.escape, words("bodies/team_words.txt"))) + ")"
)
# the team that represents a unit (某中心代表队), not one made of departments (某中心一队, 某室联队)
REPRESENTING_TEAM = "代表队"
# what stands before a unit named as an item of a list of teams, a table's cell or a sentence's subject
TEAM_ITEM_OPENERS = frozenset("、，,；;：:。！？!? \u3000\t\n")
_TEAM_UNIT_STEM, _TEAM_UNIT_REACH = 2, 10  # the fewest and most characters of its own name before its ending
# what joins one title to the next held by the same person (总工程师兼技术委员会主任)
TITLE_JOINER = "兼"
# 全公司, 全集团公司: a body's type word after a word counting the body whole names no body
WHOLE_BODY_WORDS = "".join(words("names/whole_body_words.txt"))
AT_WORD = "在"  # a preposition glued after a body's name (…事务所在大厦)
# verbs only a body does (主办, 承办, 协办): the tagger may glue one after a body's ending into one
# word (旗文化旅游体育局协办/n), and the body's name ends before it
RUNNING_VERBS = tuple(words("bodies/running_verbs.txt"))
# tags of words that never sit inside a unit's name (an adverb, a preposition, a conjunction,
# a particle: 公司工会同时授予分公司检修班 is a clause, not one unit)
UNION_WORD = "工会"
BRANCH_SUFFIXES = frozenset(words("bodies/branch_suffixes.txt"))
# 首届职工代表大会, 区域性职工代表大会: a sitting of a union's assembly, not its body
MEETING_MARKS = tuple(words("unions/meeting_marks.txt"))
ASSEMBLY = "大会"
SYSTEM_WORDS = tuple(words("unions/system_words.txt"))  # 职工代表大会制度: the system of such bodies
# 等 (a few words: 知名, 15家) and a word for bodies closing a list of them
FIRM_LIST_END_RE = re.compile(
    "等[^、，,。；;：:\n]{0,5}?(?:" + "|".join(map(re.escape, words("bodies/firm_list_closers.txt"))) + ")"
)
# tags of words the walk to a name's start reads as they are (an organisation's, a place's, a
# person's, a verb the tagger glued an ending into: 配送有限公司/v)
PROPER_WORD_TAGS = frozenset({"ORG", "LOC", "PER", "v", "vn"})
# a place's or a person's name ending in a referring word's character (日本, 松本): no reference
NAMED_WORD_TAGS = frozenset({"LOC", "ns", "PER", "nr"})
# an area's body named by the area alone and the ending (某县公路段)
AREA_BODY_ENDINGS = frozenset(words("bodies/area_body_endings.txt"))
# openings that make an organisation's name a programme of building a kind of body (智慧医院)
PROGRAMME_PREFIXES = tuple(words("bodies/programme_prefixes.txt"))
# a government department with 和 inside its name (人力资源和社会保障局, 文化广电和旅游局)
JOINED_DEPARTMENT_RE = re.compile(
    "(?:"
    + "|".join(map(re.escape, sorted(words("bodies/joined_department_stems.txt"), key=len, reverse=True)))
    + ")(?:"
    + "|".join(map(re.escape, words("bodies/joined_department_endings.txt")))
    + ")"
)
# 旅游和文化广电体育局, 教育和科技局: fields of government work joined by 和, in any order a county
# merges them, and a department's ending (after an area or a level word only); a few fields
# each side (a run of field words with no 和 costs each start a few steps, not the run)
_FIELD = "(?:" + "|".join(map(re.escape, sorted(words("bodies/department_fields.txt"), key=len, reverse=True))) + ")"
JOINED_FIELDS_RE = re.compile(
    f"{_FIELD}{{1,4}}和{_FIELD}{{1,4}}(?:"
    + "|".join(map(re.escape, words("bodies/joined_department_endings.txt")))
    + ")"
)


class OrgFinder:
    """Candidate organisation names, after the unions (``unions``) they may open with."""

    def __init__(
        self,
        edges: NameEdges,
        org_heads: tuple[str, ...],
        union_committees: tuple[str, ...],
        anchored_suffixes: frozenset[str],
    ) -> None:
        self.edges = edges
        self.lex = edges.lex
        self.org_heads = org_heads
        self._union_committees = union_committees
        self._anchored_suffixes = anchored_suffixes
        self._name_breaker_words = tuple(sorted(edges.name_breakers))
        self.starts = OrgStarts(edges)

    def __call__(self, tk: Tokens, area_starts: Anchors, unions: list[Found]) -> FoundList:
        """The organisations named in the text."""
        text = tk.text
        edges = self.edges
        out = FoundList()
        in_union = Marks(len(text), ((u.start, u.end) for u in unions))
        shortest_union: dict[int, int] = {}  # start -> the end of the shortest union there
        union_ends: dict[int, tuple[int, Found]] = {}  # end -> the first union ending there, and its place
        for i, u in enumerate(unions):
            if u.label == "UNION":
                shortest_union[u.start] = min(u.end, shortest_union.get(u.start, u.end))
                union_ends.setdefault(u.end, (i, u))
        for suffix in self.lex.org_suffixes:
            for s, e in occurrences(text, suffix):
                # (某镇司法|所在|广场: the ending's last character and 在 read as one word, 所在)
                seam = len(suffix) >= 3 and tk.token_span_at(e - 1) == (e - 1, e + 1) and text.startswith(AT_WORD, e)
                ran = next((v for v in RUNNING_VERBS if text.startswith(v, e)), "")
                run_on = bool(ran) and tk.token_span_at(e - 1)[1] == e + len(ran)  # (…体育局协办/n)
                if e not in tk.ends and tk.tag_at(e - 1) != "ORG" and not seam and not run_on:
                    continue
                if text.startswith(UNION_ENDINGS, e) or text.endswith(UNION_ENDINGS, 0, s):
                    continue  # part of a union's name
                if text.startswith(edges.titles_longer_than(len(suffix)), s):
                    continue  # 党组成员, 党委书记: a title, not a body
                # …研究室联队: a sports team made of departments (…有限公司代表队: the company's); a
                # unit named whole before 代表队, the team that represents it, is a body (_team_unit)
                team = TEAM_AFTER_RE.match(text[e : e + 4]) is not None and not suffix.endswith(COMPANY_ENDINGS)
                represented = team and text.startswith(REPRESENTING_TEAM, e)
                word_start, word_end = tk.token_span_at(s)
                # 种植专业合作社/vn: an ending the tagger glued into a verb with the words before
                glued = len(suffix) >= 3 and word_end == e and e - word_start > len(suffix) + 1
                # (楚天律师事务所在园区/LOC: a body's name glued to the 在 after it ends before it)
                glued = glued or (len(suffix) >= 3 and e < word_end and text.startswith(AT_WORD, e))
                # (阳光花园幼儿园/LOC: a body's name the tagger read as a place's, its ending glued in;
                # 江港物流有限公司/PER in a table's row after a person's name: as a person's)
                glued = glued and tk.tag_at(s) in ("v", "vn", "LOC", "PER")
                # (惠农区|环境卫生管理所/n: a noun ending so after an area; a quoted one is kg.nlp.quoted_bodies's)
                # (三华社区|擂茶坊/nz: a short ending that needs its area, right after it)
                long_enough = len(suffix) > 2 or suffix in self._anchored_suffixes
                after_area = long_enough and word_end == e and s > word_start in area_starts.ends
                glued = glued or (after_area and text[e : e + 1] not in CLOSE_QUOTES)
                # (新吴支行/LOC: a branch's name read as a place's; no place's name so ends)
                branch = suffix in BRANCH_SUFFIXES and tk.tag_at(s) == "LOC" and word_end == e
                branch = branch and word_start < s and all_han(text[word_start:e])
                glued = glued or branch or run_on
                # (县总工会|职工服务中心/n: a word ending so right after a union's name is its unit's)
                glued = glued or (word_end == e and word_start < s and word_start in union_ends)
                # (略阳县嘉陵江水电开发有限公司/n, …/a: a company's whole name read as one common word
                # that opens with an area's name and ends in a legal form; proper tags are read above)
                area_word = word_end == e and tk.tag_at(s) not in PROPER_WORD_TAGS
                area_word = area_word and self.starts.opens_with_area(text, word_start, s)
                area_word = area_word and suffix.endswith(COMPANY_ENDINGS) and len(suffix) >= 4
                glued = glued or area_word
                # (洛阳市…街道中心小学/LOC, 钧瓷文化产业园|管理中心/LOC: a place word, a body's ending
                # glued into it after an area inside it or a place word before it, and a word of
                # the body's own between: a body named after the place; not 北京市中心)
                placed = tk.tag_at(s) == "LOC" and word_end == e and 0 < word_start < s
                inner = max((k for k in range(word_start + 1, s + 1) if k in area_starts.ends), default=None)
                glued = glued or (
                    placed
                    and ((inner is not None and inner < s) or (inner is None and tk.tag_at(word_start - 1) == "LOC"))
                )
                if (
                    s not in tk.starts
                    and tk.tag_at(s) != "ORG"
                    and not glued
                    and s - 1 not in in_union
                    and text[s - 1 : s] not in CLOSE_PARENS
                    and not CLAUSE_MARKS.intersection(text[tk.token_span_at(s)[0] : s])
                ):
                    continue
                if (glued and tk.tag_at(s) == "PER") or area_word:
                    a = word_start  # 孙庆华 芜湖江港物流有限公司/PER: no person's name ends as a body's does
                elif branch:
                    a = word_start  # 新吴支行/LOC: the word is the branch's whole name
                else:
                    a = self.starts.org_start(tk, self.starts.before_qualifier(text, s), area_starts, union_ends)
                if glued and tk.tag_at(s) in ("v", "vn") and (a is None or a >= word_start):
                    a = self.starts.listed_company_start(tk, word_start, area_starts) or a
                if team:  # (the item's start, whatever words the tagger read it as: 洗/v 选/vn 加工/vn 中心/n)
                    a = self._team_unit(text, s) if represented else None
                if a is None or (a == s and len(suffix) < 3):
                    continue
                a = edges.after_description(tk, edges.after_stray_words(tk, a, s, area_starts), s, area_starts)
                a = edges.after_belonging(text, a, s, inside=False)  # (某总会辖|下职安健委员会)
                a = self.starts.after_joiner(tk, a, s)
                if glued and tk.tag_at(s) in ("v", "vn") and s not in tk.starts and a >= word_start:
                    continue  # (the glued verb alone, 全国委员会, names nothing: a name runs on before it)
                if (
                    edges.opens_with_generic(text, a, s)
                    or text.startswith(PROGRAMME_PREFIXES, a)  # 智慧医院: a programme, no body
                    or text[a:e] in self.lex.org_suffixes  # (a == s; 律师事务所 alone: a type, no name)
                    or text[a:e].lstrip(WHOLE_BODY_WORDS) in self.org_heads
                    or text[a:s].lstrip("该本" + WHOLE_BODY_WORDS) in self.org_heads
                ):
                    continue
                if self._runs_over_title(text, a, s):
                    continue  # …公司总工程师兼技术委员会: a chain of titles, not one body
                if counted_after_area(text, a, s, area_starts):
                    continue  # 某区一家胶业公司: a body of the area described, none named
                if _glued_reference(tk, a, s):
                    continue  # 经本|委员会, 复印件交本|委员会: this committee (本委员会), a verb before it
                if text[a:e].endswith(self.lex.union_suffixes) or "工会联席" in text[a:e]:
                    continue  # …企业工会联席委员会 is a union
                # (an anchored ending also between 、 and a title: 副主席、职工法律援助工作站站长)
                chained = suffix in self._anchored_suffixes and self._chain_item(text, a, e)
                needs_anchor = len(suffix) <= 2 or (suffix in self._anchored_suffixes and not chained)
                # (旗文化旅游体育局协办: a level's short form doing what only a body does is one)
                needs_anchor = needs_anchor and not (run_on and text.startswith(self.lex.level_words_longest, a))
                # (a unit fielding a team, an item of a list or a cell: the frame anchors it, 洗选加工中心代表队)
                needs_anchor = needs_anchor and not team
                if needs_anchor and not edges.anchored(tk, a, area_starts):
                    continue  # 比赛中学: a common word before a short ending is no name
                if suffix in AREA_BODY_ENDINGS and not _all_areas(a, s, area_starts):
                    continue  # 京港澳高速公路段: a stretch of road, not the county's 某县公路段
                union_named = shortest_union.get(a, e) < e
                if not union_named and text.endswith(edges.venue_suffixes_longer_than(len(suffix)), 0, e):
                    continue  # 雁塔区会议中心: a venue, not a body (市总工会职工服务中心 stays one)
                if text.endswith(ROOM_NAMES, 0, e):
                    continue  # 某活动中心报告厅: a room (厅 no department's ending here)
                a = edges.split_parent(tk, a, s, out)
                # (公司总医院代表队: a unit opening with the company's type word is the company's, named so)
                out.append(Found(a, e, "ORG", "head" if team and text.startswith(COMPANY_ENDINGS, a) else ""))
        # an organisation named again by its type word: 集团党委书记, 公司总经理 (现任|公司工程管理部部长:
        # after a verb of taking an office, the type word opens its object)
        for head in self.org_heads:
            for s, e in occurrences(text, head):
                after_breaker = text.endswith(self._name_breaker_words, 0, s) or office_verb_word_before(tk, s)
                if (s not in tk.starts and not after_breaker) or (e not in tk.ends and tk.tag_at(e - 1) != "ORG"):
                    continue
                before = text[s - 1 : s]
                glued = before and is_han(before) and not after_breaker
                if glued and before not in BREAKERS and before not in REFERRING:
                    continue
                if (
                    text.startswith(UNION_ENDINGS, e)
                    or text.startswith(edges.titles_longer_than(0), e)
                    or text.startswith(HEAD_FOLLOWERS, e)
                    or text.startswith(TITLE_ORGANS, e)
                    or HEAD_TERM_RE.match(text, e) is not None
                    or unit_then_title(tk, e, self.edges)
                ):
                    out.append(Found(s - (1 if before in REFERRING else 0), e, "ORG", "head"))
        # a union's committees, named bare (女职工委员会主任)
        for name in self._union_committees:
            for s, e in occurrences(text, name):
                if text.startswith(SYSTEM_WORDS, e):
                    continue  # 坚持职工代表大会制度: the system, no body
                if not (name.endswith(ASSEMBLY) and text.endswith(MEETING_MARKS, 0, s)):
                    out.append(Found(s, e, "ORG", "committee"))
        out += self._joined_departments(tk, area_starts)
        out += company_units(tk, out, self.edges)
        out += listed_units(tk, [*unions, *out], self.edges)  # 公司工会、安全监察部
        out += self._listed_firms(tk, area_starts)
        out += quoted_bodies(text, self.lex.org_suffixes)  # “首都职工志愿国家安全教育宣讲服务队”
        out += street_shops(tk, area_starts) + courier_outlets(tk)  # 某区某巷某某餐厅, 某某速运某镇网点
        out += [Found(a, b, "ORG", "row-unit") for a, b in row_units(text) if (a, b) not in out.spans]  # 王某　炼铁厂…
        # 一等奖⏎焊工项目　张三　某镇某某茶社: a winner's unit, the row's last cell
        # 序号　姓名　工作单位: the unit's cell, when no body was read in it (not two bodies' cell)
        headed = [(a, b) for a, b in headed_row_units(text) if not any(a <= x < b for x, _ in out.spans)]
        for a, b in prize_row_units(text) + headed:
            if (a, b) not in out.spans:
                out.append(Found(a, b, "UNION" if text.endswith(UNION_ENDINGS, a, b) else "ORG", "row-unit"))
        return out

    def _listed_firms(self, tk: Tokens, area_starts: Anchors) -> FoundList:
        """江淮汽车、奇瑞汽车、长安汽车等知名企业: the items of a list closed by 等 and a word
        for bodies are bodies named short (kind "listed-firm", named as written), when most
        open with a word the tagger reads as an organisation's (and none with a descriptor: 基层)."""
        text = tk.text
        out = FoundList()
        for m in FIRM_LIST_END_RE.finditer(text):
            items: list[tuple[int, int]] = []
            end = m.start()
            while True:
                mark = text.rfind(LIST_MARK, max(0, end - 9), end)
                if mark >= 0 and mark + 1 in tk.starts:
                    start = mark + 1  # an item after a mark
                else:  # the list's first item: the name ending there
                    start, mark = self.edges.left_edge(tk, end, area_starts, limit=8), -1
                if start is None or not 2 <= end - start <= 8 or not all_han(text[start:end]):
                    break
                if self.edges.opens_with_generic(text, start, end):
                    break  # 基层干部: a description, not a name
                items.append((start, end))
                if mark < 0:
                    break
                end = mark
            named = sum(tk.tag_at(a) == "ORG" for a, _ in items)
            if len(items) >= 2 and 2 * named > len(items):
                out.extend(Found(a, b, "ORG", "listed-firm") for a, b in items)
        return out

    def _joined_departments(self, tk: Tokens, area_starts: Anchors) -> FoundList:
        """文体广电和旅游局: a department whose name has 和 inside, which the tagger cuts at
        和, named from the area or level word before it (天柱县…, 县…)."""
        text = tk.text
        edges = self.edges
        out = FoundList()
        listed = [(m, True) for m in JOINED_DEPARTMENT_RE.finditer(text)]
        spans = {m.span() for m, _ in listed}
        for m, named in listed + [(m, False) for m in JOINED_FIELDS_RE.finditer(text) if m.span() not in spans]:
            s = m.start()
            a = edges.left_edge(tk, s, area_starts)
            a = s if a is None else edges.after_stray_words(tk, edges.after_glued_body(text, a, s), s, area_starts)
            if a == s:
                # a bare level word before it (县发展和改革局): the department of that level
                a -= len(next((w for w in self.lex.level_words if text.startswith(w, s - len(w))), ""))
            if (named or a < s) and not edges.opens_with_generic(text, a, s):
                out.append(Found(a, m.end(), "ORG"))
        return out

    def _team_unit(self, text: str, s: int) -> int | None:
        """矿山救护大队代表队, 、信息技术中心代表队: a unit named whole before 代表队, the team
        that represents it, an item of a list or a table's cell (after a list mark, a gap, a
        line's start), is a body (a company's unit fielding its team): where its name starts,
        the item's start.  None for one glued after another body's name (市环保局研究室代表队:
        the department's team, the department no body of the news)."""
        a = s
        while a > 0 and s - a < _TEAM_UNIT_REACH and is_han(text[a - 1]):
            a -= 1
        if (a > 0 and text[a - 1] not in TEAM_ITEM_OPENERS) or s - a < _TEAM_UNIT_STEM:
            return None
        return None if text.endswith(self.lex.org_suffixes, a, s) else a

    def _chain_item(self, text: str, a: int, e: int) -> bool:
        """Does ``text[a:e]`` stand between 、 and a title, an item of a chain of titles
        (副主席、职工法律援助工作站站长)?  The body its holder heads, named bare."""
        return text[a - 1 : a] == LIST_MARK and text.startswith(self.edges.titles_longer_than(0), e)

    def _runs_over_title(self, text: str, a: int, s: int) -> bool:
        """Does a title joined to the next by 兼 stand inside ``text[a:s]`` (总工程师兼)?  A
        title ends the name of the body it is held at, so what follows is another title's
        body word (技术委员会主任), no part of one name."""
        k = text.find(TITLE_JOINER, a + 1, s)
        while k >= 0:
            if text.endswith(self.edges.titles_longer_than(1), a, k):
                return True
            k = text.find(TITLE_JOINER, k + 1, s)
        return False


def _all_areas(a: int, s: int, area_starts: Anchors) -> bool:
    """Do areas' names, one after another, make up all of ``[a, s)``?"""
    while a < s and a in area_starts:
        a = area_starts[a].end
    return a == s


def _glued_reference(tk: Tokens, a: int, s: int) -> bool:
    """Does the name's part ``text[a:s]`` end with a referring word (本, 该) glued by the tagger
    into one common word with the words before it (经本|委员会, 复印件交本|委员会)?  Then the
    body is the one the page speaks of (本委员会: this committee), no name, the words before
    it the clause's."""
    text = tk.text
    ref = next((r for r in REFERRING if text.endswith(r, a, s)), None)
    if ref is None or s - len(ref) <= a:
        return False
    k = s - len(ref)
    return tk.token_span_at(k)[0] < k and tk.tag_at(k) not in NAMED_WORD_TAGS
