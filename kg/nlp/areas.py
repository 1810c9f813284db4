"""``kg_areas``: administrative areas named in the text — the gazetteer's areas, the capital
by its role (首都), abbreviations the text defines, development zones and communities.

Runs first: every later finder anchors names on the areas (北京市朝阳区 opens
北京市朝阳区总工会).
"""

from __future__ import annotations

import re

from spacy.language import Language
from spacy.tokens import Doc

from kg.gazetteer import Gazetteer
from kg.lexicon import Lexicon, lexicon, table, words
from kg.nlp.areaindex import AreaIndex, area_index
from kg.nlp.birthplaces import with_birthplaces
from kg.nlp.common_areas import common_named_children, misread_number
from kg.nlp.communities import communities
from kg.nlp.definitions import abbreviates, bare_short_forms, definitions, name_before_bracket
from kg.nlp.farm_zones import farm_zones
from kg.nlp.found import ANCHORED, Found, MentionWork, work_of
from kg.nlp.listed_towns import listed_towns
from kg.nlp.lone_areas import lone_area, place_tail
from kg.nlp.names import NAME_BREAKERS, NameEdges
from kg.nlp.new_areas import new_areas
from kg.nlp.registered_stems import registered_stem
from kg.nlp.spans import Anchors, Containers, Marks
from kg.nlp.street_offices import street_offices
from kg.nlp.text import OPEN_QUOTES
from kg.nlp.tokens import Tokens
from kg.nlp.town_zones import town_zones, township_in_township
from kg.nlp.unlisted_townships import unlisted_townships
from kg.nlp.unlisted_zones import unlisted_zones, zone_endings
from kg.nlp.villages import PROPER_TAGS, UNLISTED_LEVELS, VillageFinder, outside_villages

# the tags of words of a trade or a kind (物流, 园区): no proper name among them
COMMON_NOUN_TAGS = frozenset({"n", "vn"})
# GB/T 2260: the township part of a code opening with 4 is a unit like a township (a zone, a farm)
ZONE_UNIT_DIGIT = "4"

# a numbered unit inside an area's body (一五二团五连, a regiment's fifth company), which the
# tagger reads as one number with the area's name: the area ends where it starts
NUMBERED_UNIT_RE = re.compile(f"[一二三四五六七八九十百零〇]+(?:{'|'.join(words('unions/numbered_unit_words.txt'))})")

# 南京东路, 安庆路, 凤城八路, 营口道: a road named after a place, its direction and number
# between (道路 and 街道 are words of their own, no road's name)
_ROADS = sorted(words("areas/road_words.txt"), key=len, reverse=True)
ROAD_AFTER_RE = re.compile(
    "[东西南北中]?[一二三四五六七八九十]{0,3}(?:" + "|".join(f"{w}(?![路道])" for w in _ROADS) + ")"
)
# the endings of an area's level (北京市, 平湖街道): the area's own name, not a road's opening
_LEVEL_ENDINGS = (*words("areas/area_stem_endings.txt"), "省", "旗", "盟")
_SUBJECT_TAGS = ("d", "r")  # an adverb or a pronoun: what a verb follows, never what a place name does


class AreaFinder:
    """Finds the areas of a text and the abbreviations it defines."""

    def __init__(
        self,
        lex: Lexicon | None = None,
        areas: AreaIndex | None = None,
        zone_suffixes: str = "areas/zone_suffixes.txt",
        community_stopwords: str = "areas/community_stopwords.txt",
        name_breakers: str = NAME_BREAKERS,
        gaz: Gazetteer | None = None,
    ) -> None:
        self.lex = lex or lexicon()
        self.areas = areas or area_index()
        self.gaz = gaz or Gazetteer.default()
        self.edges = NameEdges(self.lex, self.areas, name_breakers)
        self._conjunctions = frozenset(("和", "与", "及"))  # (joining two names the tagger reads as one)
        self._body_endings = self.lex.org_suffixes + self.lex.union_suffixes
        self._union_endings = self.lex.union_suffixes
        # words that name an area by its role (首都) or a nickname (沪上), and their kind
        self.role_words = {w: "nickname" for w in self.lex.city_nicknames}
        self.role_words |= {w: "capital" for w in self.lex.capital_words}
        self.capital = sorted(self.role_words, key=len, reverse=True)
        self._capital_firsts = {w[0] for w in self.capital}
        self.zone_suffixes = words(zone_suffixes)
        levels = table(UNLISTED_LEVELS)
        self.township_heads = tuple(sorted((e for e, lv in levels if lv == "township"), key=len, reverse=True))
        self.community_stop = words(community_stopwords)
        self.villages = VillageFinder(self.township_heads, self.community_stop, self._union_endings)
        # the last word of a road's name (幸福路): a community named after it has a proper name
        self.road_words = words("areas/road_words.txt")
        self.streets = self.gaz.street_forms()

    def __call__(self, work: MentionWork) -> None:
        """Adds the areas to ``work.found`` and sets ``work.abbreviations``.

        Areas are looked for twice when the text defines abbreviations: the definition
        (…（以下简称“经开区”）) is found from the areas before it, and the abbreviation
        is an area wherever else it is written.
        """
        tk = work.tokens
        areas = self.areas_in(tk, {})
        abbrs = self.abbreviations(tk, areas + unlisted_zones(tk, areas, self.edges, self.areas, self.zone_suffixes))
        if abbrs:
            areas = self.areas_in(
                tk,
                {a: full for a, full in abbrs.items() if full in self.areas.full or full.endswith(self.zone_suffixes)},
            )
        areas += new_areas(tk, areas)  # 两江新区, which the registry lacks
        areas += self.anchored(tk, areas)
        areas = with_birthplaces(tk.text, areas, self.gaz)  # 云南宣威人: the province's 宣威
        areas += common_named_children(tk.text, areas, self.gaz)  # 阳泉市郊区: the city's 郊区
        areas += street_offices(tk, areas, self.streets)
        areas += unlisted_zones(tk, areas, self.edges, self.areas, self.zone_suffixes)
        areas += town_zones(tk.text, areas, self.township_heads, self.zone_suffixes, tk.starts)
        areas += unlisted_townships(tk, areas, self.gaz, self.township_heads)  # 海门区三厂街道
        towns = listed_towns(tk, areas, self.gaz)  # 来自甲溪、乙水等镇
        towns += farm_zones(tk, areas, self.gaz)  # 某某华侨旅游经济区: the registry's 某某华侨农场
        listed = Containers((t.start, t.end) for t in towns).holds  # (天水 inside 天水郡: the street's)
        areas = [f for f in areas if not listed(f.start, f.end)] + towns
        named = self.communities(tk, areas)  # (中山社区: no 中山 before it)
        held = Containers((c.start, c.end) for c in named).holds
        areas = [f for f in areas if not held(f.start, f.end)] + named
        areas = outside_villages(areas, self.villages(tk, areas))  # (下营镇常州村: no 常州市)
        work.found += areas
        work.abbreviations = abbrs

    def areas_in(self, tk: Tokens, extra: dict[str, str]) -> list[Found]:
        """The gazetteer's areas and the capital words, longest first at each offset;
        ``extra``: abbreviations (short form -> full name) to read as areas too."""
        text = tk.text
        out: list[Found] = []
        i = 0
        for c in self.areas.candidates(text, self._capital_firsts | {form[0] for form in extra}):
            if c < i:  # inside the area found last
                continue
            i = c
            cap = None
            if text[i] in self._capital_firsts:
                cap = next((w for w in self.capital if text.startswith(w, i)), None)
            hit = self.areas.longest(text, i, extra)
            if cap and (hit is None or hit[0] <= len(cap)) and i in tk.starts and i + len(cap) in tk.ends:
                out.append(Found(i, i + len(cap), "AREA", self.role_words[cap]))
                i += len(cap)
                continue
            if hit is None:
                continue
            n, kind = hit
            j = i + n
            if kind == "full" and not (out and out[-1].end == i) and self._kind_of_place(tk, i, j):
                continue
            if kind == "full" and township_in_township(self.gaz, text, out, i, j):
                continue  # 红果子镇新能源产业园: the town's park (kg.nlp.town_zones)
            if self._area_ok(tk, i, j, kind) or (kind == "short" and registered_stem(tk, self.gaz, out, i, j)):
                ref = extra.get(text[i:j], "") if kind == "abbr" else ""
                ref = ANCHORED if kind == "full" and self._township_read_as_name(tk, i, j) else ref  # 嘎达/PER|布其镇
                out.append(Found(i, j, "AREA", kind, ref))
                i = j
            elif kind == "full" and self._township_read_as_name(tk, i, j) and not self._joining_verb(tk, i, j):
                out.append(Found(i, j, "AREA", kind, ANCHORED))
                i = j
        return out

    def _kind_of_place(self, tk: Tokens, i: int, j: int) -> bool:
        """在商圈、物流园区建驿站, 全市首个化工园区: a registry unit below a county that is no
        township but a zone or farm (code 4xx) whose name is words of a trade or kind alone
        (物流 园区, 化工 园区: common nouns to the tagger, two words or more) is that kind of
        place in news, not the one unit of that name; so it is where its area is not named
        before it (某区物流园区 is read by the zone's area)."""
        if not tk.tokens:  # (a text the tagger read no word of)
            return False
        words_in = [(a, b, tag) for a, b, _w, tag in tk.tokens[tk.tok_at[i] : tk.tok_at[j - 1] + 1]]
        if len(words_in) < 2 or words_in[0][0] != i or words_in[-1][1] != j:
            return False
        if any(tag not in COMMON_NOUN_TAGS for _a, _b, tag in words_in):
            return False
        meanings = self.gaz.lookup(tk.text[i:j])
        return bool(meanings) and all(a.level == "township" and a.code[6:7] == ZONE_UNIT_DIGIT for a in meanings)

    def _area_ok(self, tk: Tokens, i: int, j: int, kind: str) -> bool:
        text = tk.text
        # A name glued inside a longer plain word (广东城市 …) is not a mention.
        starts_ok = i in tk.starts or tk.tag_at(i) in ("ORG", "LOC") or text[i - 1 : i] in OPEN_QUOTES
        starts_ok = starts_ok or misread_number(tk, i)  # (a row's cell read as one number)
        # 联合|浔阳区总工会 read as one verb, 某某和龙文区总工会 as one name: a joining word before it
        starts_ok = starts_ok or text[tk.token_span_at(i)[0] : i] in self.edges.name_breakers
        starts_ok = starts_ok or (text[i - 1 : i] in self._conjunctions and tk.tag_at(i) == "PER")
        if kind == "short":
            # a bare stem (海淀, 通州) only as its own LOC word or opening an ORG word
            a, b = tk.token_span_at(i)
            tag = tk.tag_at(i)
            return a == i and ((b == j and tag in ("LOC", "ns", "ORG")) or tag == "ORG")
        if not starts_ok or self._joining_verb(tk, i, j) or lone_area(text, i, j, self.gaz) or place_tail(tk, i, j):
            return False  # (咱们和县人社局, “桃园工会驿站”: kg.nlp.lone_areas)
        if ROAD_AFTER_RE.match(text, j) and not text.endswith(_LEVEL_ENDINGS, i, j):
            return False  # 安庆路, 南京东路: a road's name, which says nothing of the city
        # the next character must not continue the place name into a longer word; a union's
        # ending may (火车站街道总工会 read as one common noun: the street's union)
        return (
            j in tk.ends
            or tk.tag_at(j - 1) in ("ORG", "LOC")
            or misread_number(tk, j - 1)
            or j >= len(text)
            or NUMBERED_UNIT_RE.fullmatch(text, j, tk.token_span_at(j - 1)[1]) is not None
            or (kind == "full" and text.startswith(self._union_endings, j))
            or (kind == "full" and self._level_body_after(tk, j))
        )

    def _level_body_after(self, tk: Tokens, j: int) -> bool:
        """共青团和龙|市委 read by the tagger with the stem glued before: the area's level
        character opens a word of its own that opens with its body (市委, 县政府), so the area ends inside it."""
        a, b = tk.token_span_at(j - 1)
        return a == j - 1 and b > j and tk.text.startswith(self.lex.level_bodies_longest, j)

    def _township_read_as_name(self, tk: Tokens, i: int, j: int) -> bool:
        """达尔汗苏木 in 达尔汗苏木党委 tagged as one person's name, glued to the village after
        it, or cut 嘎达/PER|布其镇: a registry township written whole with its ending (苏木, 镇,
        乡, 街道) after a stem of two or more characters, inside words the tagger read as proper
        names.  No personal name ends in a township's ending: no person is read in it (``ANCHORED``)."""
        text = tk.text
        head = next((h for h in self.township_heads if text.startswith(h, j - len(h))), None)
        return (
            head is not None
            and j - i - len(head) >= 2
            and i in tk.starts
            and tk.tag_at(i) in PROPER_TAGS
            and tk.tag_at(j - 1) in PROPER_TAGS
        )

    def _joining_verb(self, tk: Tokens, i: int, j: int) -> bool:
        """联合街道 in 某某工会联合街道综合文化站: a name opening with a verb that joins one body
        to the next (联合, 携手) right after a body's ending is the verb, not an area.  So is
        one of a verb and a level's one character (联合镇 in 还将联合镇卫生院) after an adverb or a
        pronoun (将, 也, 他们): the verb's subject is before it, and its object the body the text
        names by its level (镇卫生院); 联合镇 opening a sentence or after 在 is the town."""
        text = tk.text
        for w in self.edges.name_breakers:
            if not text.startswith(w, i) or len(w) >= j - i:
                continue
            if text[:i].endswith(self._body_endings):
                return True
            cut = i + len(w)
            if j == cut + 1 and text[cut] in _LEVEL_ENDINGS and i > 0 and tk.tag_at(i - 1) in _SUBJECT_TAGS:
                return True
        return False

    def anchored(self, tk: Tokens, areas: list[Found]) -> list[Found]:
        """Bare county stems the tagger did not call places (卓尼, 金东 read as names): an area
        when the text names that county in full (卓尼县 … 谱写卓尼新篇章) or the city or
        prefecture that holds it (金华市 … 永康、金东、浦江), and the stem is a word of its own.
        A short form of an area the page names is no person's name; a noun right after another
        (酒店|大堂, a lobby) is that one's head, no area."""
        text = tk.text
        named: set[str] = set()
        for f in areas:
            if f.kind == "full":
                named.update(a.code for a in self.gaz.lookup(text[f.start : f.end]))
        if not named:
            return []
        taken = Marks(len(text), ((f.start, f.end) for f in areas))
        out = []
        for a, b, _, tag in tk.tokens:
            form = text[a:b]
            if form not in self.areas.short or tag in ("LOC", "ns", "ORG") or taken.overlaps(a, b):
                continue  # a place word is found as one already
            if a > 0 and tk.tag_at(a - 1) == "n" and tag == "n":
                continue  # 酒店大堂: a common noun's head after it (the hotel's lobby), no area's short form
            if any(m.code in named or m.parent in named for m in self.gaz.lookup(form, short=True)):
                out.append(Found(a, b, "AREA", "short", ANCHORED))
        return out

    def abbreviations(self, tk: Tokens, areas: list[Found]) -> dict[str, str]:
        """``X（以下简称“Y”）`` definitions: Y stands for the name just before."""
        text = tk.text
        out: dict[str, str] = {}
        anchors = Anchors(len(text), areas)
        full_before = {f.end: text[f.start : f.end] for f in areas if f.kind == "full"}  # the last one ending there
        for end, forms in definitions(text):
            full = full_before.get(end)
            if full is None:
                k = self.edges.left_edge(tk, end, anchors)
                full = text[k:end] if k is not None else None
            for abbr in forms:
                if full and abbr != full:
                    out[abbr] = full
        for end, form in bare_short_forms(text):  # 某某职工联合总会（某某职联）
            k = self.edges.left_edge(tk, end, anchors)
            full = full_before.get(end) or (text[k:end] if k is not None else None) or name_before_bracket(tk, end)
            if full and abbreviates(form, full):
                out.setdefault(form, full)
        return zone_endings(text, areas) | out

    def communities(self, tk: Tokens, areas: list[Found]) -> list[Found]:
        """Communities (社区), below the registry's townships (kg.nlp.communities)."""
        return communities(tk, areas, self.community_stop, self.road_words, self._union_endings)


@Language.factory(
    "kg_areas",
    # every finder also reads the tokenizer's tags (token.tag), which no component assigns
    assigns=["doc._.kg_work"],
    default_config={
        "zone_suffixes": "areas/zone_suffixes.txt",
        "community_stopwords": "areas/community_stopwords.txt",
        "name_breakers": NAME_BREAKERS,
    },
)
def make_areas(nlp: Language, name: str, zone_suffixes: str, community_stopwords: str, name_breakers: str):
    """Areas first (the gazetteer is indexed when the first Doc comes, not at start-up)."""
    finder: AreaFinder | None = None

    def component(doc: Doc) -> Doc:
        nonlocal finder
        if finder is None:
            finder = AreaFinder(
                zone_suffixes=zone_suffixes, community_stopwords=community_stopwords, name_breakers=name_breakers
            )
        finder(work_of(doc))
        return doc

    return component
