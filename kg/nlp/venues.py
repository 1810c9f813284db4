"""Venues and premises: a name ending in a venue word (…广场, …职工之家, …驿站).

A plain module of ``kg_bodies`` (kg.nlp.bodies).
"""

from __future__ import annotations

import re

from kg.lexicon import alternation_of, words
from kg.nlp.found import Found
from kg.nlp.honour_quotes import honour_named, in_honour_name
from kg.nlp.located_venues import body_endings, located_in_area, located_venue_start, venue_name_start
from kg.nlp.names import BREAKERS, CLAUSE_MARKS, PLACE_TAGS, PROPER_TAGS, UNION_ENDINGS, NameEdges
from kg.nlp.owned_venues import UNION_HOMES, owned_venues
from kg.nlp.site_names import site_bracket_end
from kg.nlp.slogan_halves import campaign_halves
from kg.nlp.spans import Anchors
from kg.nlp.text import CLOSE_QUOTES, OPEN_QUOTES, all_han
from kg.nlp.tokens import Tokens, occurrences
from kg.nlp.venue_frames import framed_spans
from kg.nlp.venue_rooms import FLOOR as _FLOOR
from kg.nlp.venue_rooms import ROOM, ROOM_HEADS, SIZE_WORDS, house_ends, numbered_room, room_after, room_of_a_body

FRAMED_HEADS = words("bodies/framed_venue_heads.txt")
# 星级酒店, 旅游酒店: a grade's or a trade's word alone before the ending classes venues, names none
CLASS_WORDS = frozenset(words("bodies/venue_class_words.txt"))
# 市会堂, 县体育馆: a building an area keeps one of, named by a level word alone
LEVEL_BUILDINGS = frozenset(words("bodies/level_building_heads.txt"))
VILLAGE_HEADS = words("bodies/village_heads.txt")
SITE_SUFFIXES = words("bodies/site_suffixes.txt")
PROJECT_SITE_WORDS = words("bodies/project_site_words.txt")
# the last character of a river's, a lake's or a mountain's name (大凌河), and the length of
# a word of the tagger's that is surely one such name whatever its tag
FEATURE_FINALS = tuple(words("areas/feature_finals.txt"))
_FEATURE_NAME = 3
# a quoted name right before one of these names that activity (“法律服务进驿站”活动), no venue
ACTIVITY_HEADS = words("events/generic_event_heads.txt")
# “参评全国模范职工之家”: a quoted title opening with a verb of a campaign names no venue
CAMPAIGN_VERBS = tuple(words("bodies/campaign_verbs.txt"))
# “劳动法律监督进园区”: a quoted slogan bringing something into a kind of place names a campaign
INTO_VERBS = tuple(words("bodies/campaign_into_verbs.txt"))
# “某街工会 职工之家”品牌: a quoted name before a brand's word is the brand, no venue
BRANDS = tuple(words("bodies/brand_words.txt"))
# words before a venue that frame it as where the event is held (在, 于, 假)
OPENER_WORDS = frozenset(words("events/venue_openers.txt"))
# 开设, 筹建: after a plan word, the venue they open is a plan (planned)
FOUNDING_VERBS = words("bodies/founding_verbs.txt")
PLAN_WORDS = words("events/plan_words.txt")
# where a works site's name starts: after a function word, a verb of going or of visiting
SITE_BOUNDS = BREAKERS | frozenset(words("events/venue_openers.txt")) | frozenset(words("bodies/site_visit_verbs.txt"))
MAX_SITE_NAME = 30
PROJECT = "项目"
# the shortest description of the works before a site's ending (3号线, 安置房)
MIN_SITE_NAME = 3
SHOP_FLOORS = tuple(words("bodies/shop_floor_endings.txt"))
SQUARE = "广场"  # a building's square (某中心广场): the building's ground
# the type words a text names its company by again (公司, 集团公司): one opening a venue's name
COMPANY_WORDS = tuple(
    sorted((w for w in words("bodies/org_heads.txt") if w.endswith(("公司", "集团"))), key=len, reverse=True)
)
# a company's rooms for its staff (职工书屋, 职工之家; not a centre, a building of its own)
STAFF_ROOMS = tuple(w for w in words("bodies/staff_amenities.txt") if not w.endswith("中心"))
# the rooms a framed venue may end in (报告厅, 多功能厅, 会议室): no organisation is so named
ROOM_NAMES = tuple(h for h in FRAMED_HEADS if h.endswith(ROOM_HEADS) and len(h) > 1)
# a people's government by its short words, which no organisation ending closes (乡人民政府)
GOVERNMENT_WORDS = ("人民政府", "政府")
# 一家酒店, 两所学校: a numeral and a measure word of places right before a venue's head
_UNIT_CLASSIFIERS = alternation_of(words("bodies/unit_classifiers.txt"))
_COUNTED = re.compile(f"(?:[一二两三四五六七八九十几数\\d]+(?:{_UNIT_CLASSIFIERS}))?[{OPEN_QUOTES}]?$")
_SOME_UNITS = re.compile(f"(?:[一二两三四五六七八九十几数\\d]+|某)(?:{_UNIT_CLASSIFIERS})$")
# what names a room of a building without a proper word: 第二, 三楼, 5号, 大
# a floor of a building ending a room's name (四楼, 3层): what comes before it names the house
# a number telling one place from its like (一五二团三连, 3号): a name, though no word is
# proper; not a count of places (3个车间, 二十多所学校, 10余家企业)
_NUMERAL = "〇零一二三四五六七八九十百"
_NUMBER_IN_NAME = re.compile(
    f"(?:(?<!\\d)\\d+(?!\\d)|(?<![{_NUMERAL}])[{_NUMERAL}]{{2,}}(?![{_NUMERAL}]))(?![多余几个名位]|{_UNIT_CLASSIFIERS})"
)


class VenueFinder:
    """Candidate venue names (label PLACE).

    ``common_heads``: venue endings that are also common nouns (市场, 基地), mapped to what
    the name must hold to count ("brand": a proper word that is not a place's; else any
    proper word).
    """

    def __init__(self, edges: NameEdges, common_heads: dict[str, str]) -> None:
        self.edges = edges
        self.lex = edges.lex
        self.common_venue_heads = common_heads
        self._org_ends = body_endings(self.lex)  # (某所在某职工之家, 区妇联在某中心)

    def __call__(self, tk: Tokens, area_starts: Anchors) -> list[Found]:
        """The venues named in the text."""
        text = tk.text
        out: list[Found] = owned_venues(tk, self.edges, area_starts)  # 某公司“职工之家”, 在某街道“暖蜂驿站”
        halves = campaign_halves(text)  # “清凉驿站·暖心某区”关爱行动: a campaign's, no venue
        for suffix in self.lex.venue_suffixes:
            for s, e in occurrences(text, suffix):
                q = quoted_around(text, s, e)
                if q is not None:
                    if (
                        names_an_activity(tk, e + 1)
                        or text.startswith(CAMPAIGN_VERBS, q)
                        or text.endswith(INTO_VERBS, q, s)
                        or text.startswith(BRANDS, e + 1)
                        or honour_named(text[q:e])
                    ):
                        continue
                    a = q
                else:
                    ta, tb = tk.token_span_at(s)
                    if s not in tk.starts and tk.tag_at(s) not in ("ORG", "LOC"):
                        if tb != e or ta >= s:
                            continue
                        s = ta  # 职工文化宫 as one word: its head is part of the name
                    a = self.edges.left_edge(tk, s, area_starts)
                    if a is None:
                        continue
                    a = located_venue_start(tk, after_an_opener(tk, a, s), area_starts)
                    if self.edges.opens_with_generic(text, a, s):
                        continue
                    need = self.common_venue_heads.get(suffix)
                    if need and text[a:s] in self.lex.level_words:
                        continue  # 市市场监管局: a level word before a common head (市|市场) names none
                    if (
                        need
                        and not has_proper_word(tk, a, s, places=need != "brand")
                        and not self._levels_building(text, a, e)
                        and not located_in_area(text, a, area_starts)
                    ):
                        continue  # 资本市场, 工业基地: a kind of thing, not a named place
                if e < len(text) and e not in tk.ends and tk.tag_at(e - 1) not in ("ORG", "LOC"):
                    continue  # 服务站点: the ending is inside a longer word (the stations at large)
                a = venue_name_start(text, a, s, self._org_ends)  # (某所在某职工之家, 24小时某驿站)
                if a >= s or text[a:e] in self.lex.venue_suffixes or text[a:s] in SIZE_WORDS or text[a:e] in halves:
                    continue  # (大礼堂, 小会议室: a hall's size and its kind name no venue)
                if text[a:s] in CLASS_WORDS:
                    continue  # 43家星级酒店, 旅游酒店行业: hotels at large
                if any(text[a:e] == w + r for w in COMPANY_WORDS for r in STAFF_ROOMS):
                    continue  # 为公司职工书屋捐赠: the company's room for its staff, by its type word: unnamed
                if _FLOOR.search(text, max(0, a - 4), a + 1):
                    continue  # 调度大楼五楼会议中心: a room on a floor, cut after the floor's number
                if text[a:s].endswith(UNION_ENDINGS) and suffix not in UNION_HOMES:
                    continue  # 市总工会职工服务中心: the union's own body (某镇总工会职工之家: its venue)
                if in_honour_name(text, a, e):
                    continue  # “某职工之家建设示范点”称号
                if suffix == SQUARE and text.endswith(self.lex.venue_suffixes, a, s):
                    e = s  # 街道职工服务中心广场: the square of a named venue is its ground; that venue
                elif suffix.endswith(ROOM_HEADS):
                    # 某会议中心大礼堂: the hall of a named venue; that venue, the hall no name
                    house = self._house_end(text, a, s, e)
                    out += [Found(house, e, "PLACE", ROOM)] if house < e else []
                    e = house
                out.append(Found(a, site_bracket_end(text, e), "PLACE"))
        found = out + self.framed(tk, area_starts) + self.sites(tk, area_starts)
        return [f for f in found if not planned(text, f.start) and not in_document_title(text, f.start, f.end)]

    def sites(self, tk: Tokens, area_starts: Anchors) -> list[Found]:
        """Works sites (…安置房项目工地, 地铁3号线南延线施工工地): their name describes the works,
        with verbs and directions inside (南延线, 安置), so it runs back to the clause mark,
        function word, verb of going or of visiting before it; with a proper word, a number or an area
        in it (一线施工工地 names none)."""
        text = tk.text
        out: list[Found] = []
        for suffix in SITE_SUFFIXES:
            for s, e in occurrences(text, suffix):
                if s not in tk.starts:
                    continue
                a, i, ended = s, tk.tok_at[s] - 1, False
                while i >= 0 and s - tk.tokens[i][0] <= MAX_SITE_NAME:
                    ta, _, word, _tag = tk.tokens[i]
                    ended = any(c in CLAUSE_MARKS for c in word) or word in SITE_BOUNDS
                    if ended:
                        break  # 、, 的, 来到, 走访: the name's start
                    a, i = ta, i - 1
                if s - a < MIN_SITE_NAME or not (ended or i < 0):
                    continue  # no start found: no name
                named = has_proper_word(tk, a, s) or any(c.isdigit() for c in text[a:s])
                if named or any(k in area_starts for k in range(a, s)):
                    out.append(Found(a, e, "PLACE", "framed"))
        return out

    def framed(self, tk: Tokens, area_starts: Anchors) -> list[Found]:
        """Venues the sentence frames as the event's place (在区公共文化中心举办, 赴三清村开展),
        ending in a head too common to name one elsewhere; with a proper word before the
        head (在公司会议室召开 names no venue).  A village stands without its areas."""
        text = tk.text
        spans = framed_spans(text)
        out: list[Found] = []
        for a, e in spans:
            found = self._framed_at(tk, a, e, area_starts)
            if found is not None:
                out.append(found)
                room = room_after(text, found.end, e) if found.end < e else None
                out += [room] if room is not None else []  # (某殡仪馆守正厅: the hall names nothing)
        return out

    def _framed_at(self, tk: Tokens, a: int, e: int, area_starts: Anchors) -> Found | None:
        """The venue ``[a, e)`` names, framed as the event's place, if its head is one."""
        text = tk.text
        head = next((h for h in FRAMED_HEADS if text.endswith(h, a, e)), None)
        # (a level word that is a descriptor too, framed as where it is held, is the level's
        # area: 在地区职工服务中心召开, not 各地区)
        if head is None or (
            self.edges.opens_with_generic(text, a, e - len(head)) and not self._of_the_level(text, a, e - len(head))
        ):
            return None
        hs = e - len(head)
        if hs <= a or text[a:hs].endswith(UNION_ENDINGS):
            return None
        floor = _FLOOR.search(text[a:hs])
        if floor is not None and floor.start() >= 2 and head.endswith(ROOM_HEADS):
            # 在乡人民政府四楼会议室召开: a room of the building of the body named, no venue; on a
            # floor of a building that is a venue itself (县职工服务中心三楼多功能厅), that building
            return self._framed_at(tk, a, a + floor.start(), area_starts)
        if head.endswith(ROOM_HEADS):
            # 在市职工文化活动中心多功能厅举行: a room of a named venue, no floor between; that
            # venue — so too with the room's own short name or size between (某殡仪馆松柏厅,
            # 某会议中心大礼堂): the hall is a part of the house, the house the event's place
            building = self._building_of_room(tk, a, hs, area_starts)
            if building is not None:
                return building
        if head == SQUARE and text.endswith(self.lex.venue_suffixes, a, hs):
            # 在街道职工服务中心广场举办: the square before a named venue is its ground; that venue
            building = self._framed_at(tk, a, hs, area_starts)
            if building is not None:
                return building
        if _SOME_UNITS.search(text, a, hs):
            return None  # 在沪上一家酒店举办: a kind of venue, none named
        if _of_the_company(text, a, hs, head):
            return Found(a, e, "PLACE", "head")
        if not (
            has_proper_word(tk, a, hs)
            or feature_word(tk, a, hs)
            or self._of_the_level(text, a, hs)
            or self._levels_building(text, a, e)
            or numbered_room(text, a, hs, head)
            or _NUMBER_IN_NAME.search(text, a, hs)
        ):
            return None
        if room_of_a_body(text, a, hs, head, (*self.lex.org_suffixes, *self.lex.union_suffixes, *GOVERNMENT_WORDS)):
            return None  # 在乡人民政府四楼会议室召开: held at the body, its room no venue of its own
        if head in VILLAGE_HEADS:
            while a in area_starts and area_starts[a].end < hs:
                a = area_starts[a].end
        if a in area_starts and area_starts[a].end == e:
            return None  # 西牌楼社区 read as an area already
        if head in PROJECT_SITE_WORDS and text.endswith(PROJECT, a, hs) and hs - a > len(PROJECT):
            e = hs  # 在X项目现场举行: the venue is the project X项目, 现场 its ground
        return Found(a, e, "PLACE", "framed")

    def _building_of_room(self, tk: Tokens, a: int, hs: int, area_starts: Anchors) -> Found | None:
        """The named venue a room (its head at ``hs``) stands in: the venue's ending before the room's head
        or a short name of the room (守正厅, 牡丹厅: kg.nlp.venue_rooms), a framed head so (县文化中心多功能厅)."""
        text = tk.text
        for k in house_ends(text, a, hs):
            if text.endswith(self.lex.venue_suffixes, a, k) or (
                (k < hs or text.startswith(ROOM_NAMES, hs))
                and any(text.endswith(h, a, k) and not h.endswith(ROOM_HEADS) for h in FRAMED_HEADS)
            ):
                building = self._framed_at(tk, a, k, area_starts)
                if building is not None:
                    return building
        return None

    def _house_end(self, text: str, a: int, s: int, e: int) -> int:
        """Where the named venue ends that a hall found by its venue ending (礼堂, 会堂 at
        ``s``) stands in: right before it, or before the hall's short size or name (大礼堂);
        ``e`` when no venue's ending is there (人民大会堂 is a house of its own)."""
        ends = (k for k in house_ends(text, a, s) if k - a > 2 and text.endswith(self.lex.venue_suffixes, a, k))
        return next(ends, e)

    def _levels_building(self, text: str, a: int, e: int) -> bool:
        """在市会堂举行: a level word and a building the area keeps one of (LEVEL_BUILDINGS)
        name that building of the area in context, with no word between."""
        w = self.edges.level_prefix(text, a, e)
        return w is not None and text[a + len(w) : e] in LEVEL_BUILDINGS

    def _of_the_level(self, text: str, a: int, hs: int) -> bool:
        """在市职工服务中心举办: a level word opening the venue (市, 区) makes it the venue of
        the area in context, named by what stands between it and the head."""
        w = self.edges.level_prefix(text, a, hs)
        return w is not None and hs - a - len(w) >= 2


_IN_A_BUILDING = "楼层号室"  # what tells a room of a building (五楼, 3号, 会议室)
_MEETING = "会议"  # 会议中心: a hall for meetings, a room of the body's premises


def _of_the_company(text: str, a: int, hs: int, head: str) -> bool:
    """在公司职工文体中心举办: a body's type word (公司, 集团) opening a framed building, with
    words that tell the building between it and the head, names that body's building (the
    company's, as 市职工服务中心 is the city's); a room (在公司会议室召开) names none."""
    word = next((w for w in COMPANY_WORDS if text.startswith(w, a)), None)
    if word is None or head.endswith(ROOM_HEADS) or head.endswith(SHOP_FLOORS):
        return False  # (在公司液态奶车间开展: a workshop, the company where it is held)
    # (公司调度大楼五楼会议中心: a meeting room in the body's building, the body where it is held)
    middle = text[a + len(word) : hs]
    return (
        len(middle) >= 2
        and all_han(middle)
        and not any(c in _IN_A_BUILDING for c in middle)
        and not middle.endswith(_MEETING)
    )


def has_proper_word(tk: Tokens, a: int, s: int, places: bool = True) -> bool:
    """Whether a word in ``[a, s)`` is one the tagger reads as a name (or Latin letters);
    with ``places=False``, a place name does not count."""
    i = tk.tok_at[a]
    while i < len(tk.tokens) and tk.tokens[i][0] < s:
        _, _, word, tag = tk.tokens[i]
        if tag in PROPER_TAGS and (places or tag not in PLACE_TAGS):
            return True
        if any(c.isascii() and c.isalpha() for c in word):
            return True
        i += 1
    return False


def feature_word(tk: Tokens, a: int, s: int) -> bool:
    """Whether a word of the tagger's in ``[a, s)`` is three characters ending as a river's, a
    lake's or a mountain's name does (大凌河, 小清河), whatever the tagger called it (an
    adjective, 大凌河/a): a venue named after the feature has a proper name (大凌河冰雪乐园)."""
    i = tk.tok_at[a]
    while i < len(tk.tokens) and tk.tokens[i][0] < s:
        _, end, word, _ = tk.tokens[i]
        if end <= s and len(word) == _FEATURE_NAME and word.endswith(FEATURE_FINALS) and all_han(word):
            return True
        i += 1
    return False


def after_an_opener(tk: Tokens, a: int, s: int) -> int:
    """Where a venue's name starts once a word that frames it (假, 于, 在: 假X大厦举行; 假 the
    written Hong Kong form of 在, which the tagger may read as LOC) or a verb building it (建|驿站,
    建 read as LOC: what is built, ``s`` when nothing else names it) is left out."""
    ta, tb = tk.token_span_at(a)
    word = tk.text[a:tb]
    return tb if ta == a and ((tb < s and word in OPENER_WORDS) or (tb <= s and word in FOUNDING_VERBS)) else a


def planned(text: str, a: int) -> bool:
    """Is the venue at ``a`` the object of a verb of opening or building after a plan word in
    its clause (明年将于观塘区开设东九龙服务站, 计划新建X驿站)?  Then it does not stand yet."""
    clause = text[max(0, a - 30) : a]
    clause = clause[max((clause.rfind(c) for c in CLAUSE_MARKS), default=-1) + 1 :]
    clause = _COUNTED.sub("", clause)  # 计划再建10个“某某驿站”: how many are built, and the quote
    verb = max((clause.rfind(v) for v in FOUNDING_VERBS), default=-1)
    return verb > 0 and len(clause) - verb <= 4 and any(w in clause[:verb] for w in PLAN_WORDS)


def names_an_activity(tk: Tokens, at: int) -> bool:
    """Does an activity word stand whole at ``at``, right after a quote?  “法律服务进驿站”活动
    names the campaign of bringing legal help to the stations, not a station; “职工之家”活动室
    (one word) is a room."""
    return any(tk.text.startswith(w, at) and at + len(w) in tk.ends for w in ACTIVITY_HEADS)


def quoted_around(text: str, s: int, e: int) -> int | None:
    """Start of the quoted text that ``[s, e)`` closes, as in ‘建外i家公共区域职工之家’."""
    if e < len(text) and text[e] in CLOSE_QUOTES:
        o = OPEN_QUOTES[CLOSE_QUOTES.index(text[e])]
        q = text.rfind(o, max(0, s - 30), s)
        if q >= 0 and all(c not in "，。；" for c in text[q:s]):
            return q + 1
    return None


def in_document_title(text: str, a: int, e: int) -> bool:
    """《某市工会驿站提质扩面三年行动方案》: a venue's kind inside a document's title that goes
    on after it names the subject of the document, no place."""
    opened = text.rfind("《", max(0, a - 30), a + 1)
    if opened < 0 or text.rfind("》", opened, a) >= 0:
        return False
    closed = text.find("》", e, e + 40)
    return closed > e
