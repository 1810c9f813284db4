"""Party and government bodies, and departments: the bodies an area has by law (区委, 县政府,
镇党委, 街道党工委, 市人大常委会, 州政协), written after a bare level word (区委: the area in
context) or glued to an area's name (洛江区委, 白兔潭镇党委); a party committee's departments
(县委统战部, bare in a title chain: 县委常委、统战部部长); a union's departments (市总工会权益
保障部).

The words are data (bodies/level_bodies.tsv, level_body_levels.tsv, party_departments.tsv,
union_departments.txt); the rule is the grammar: level or area, then the body word, at a
word's start.  Character patterns, not token matches: the tagger often glues such a name
to the title after it (县委书记, 区委常委) or a city's name to its 委 (衡阳市委).

A plain module of ``kg_bodies`` (kg.nlp.bodies).
"""

from __future__ import annotations

import re

from kg.lexicon import Lexicon, alternation_of, table, words
from kg.nlp.areaindex import AreaIndex
from kg.nlp.found import Found
from kg.nlp.glued_verbs import after_office_verb
from kg.nlp.lone_areas import joined_county
from kg.nlp.names import BREAKERS, NAME_BREAKERS
from kg.nlp.orgs import TITLE_JOINER
from kg.nlp.spans import Anchors
from kg.nlp.text import is_han
from kg.nlp.tokens import Tokens

# a level's 委 is not the verb or noun it may open: 委员, 委托, 委派 (but 派驻 after a body is
# the body sending a group: 市纪委监委派驻某局纪检监察组)
# (after any other body word, 派 is the body's own act: 区委宣传部派员指导)
_NOT_A_BODY_AFTER = "(?:(?<=委)(?![员托]|派(?!驻))|(?<!委))"
# what makes a level's 委 the Youth League's committee (团省委, 团县委)
LEAGUE = "团"
# the committee words whose departments follow them: 县委宣传部, and 区党委宣传部 (a district
# or region that writes its committee 党委: 自治区党委, 管理区党委), longest first
COMMITTEE_WORDS = ("党委", "委")
# level words short for a longer ending of their areas' names (特区: 特别行政区), which a text
# writes after the area's short name (澳门特区政府: 澳门 + 特区 + 政府)
SHORT_LEVELS = frozenset(w for w, _ending in table("areas/level_word_endings.tsv"))
# area names: two to twelve characters
_AREA_LENGTHS = range(12, 1, -1)


def _levels_of(lex: Lexicon, prefixes: tuple[str, ...]) -> dict[str, tuple[str, ...]]:
    """Each body word -> the level words it may follow (level_body_levels.tsv, else the
    levels of areas from a county up)."""
    listed = {w: tuple(levels.split(",")) for w, levels in table("bodies/level_body_levels.tsv", header=True)}
    default = tuple(p for p in prefixes if p in ("省", "自治区", "市", "区", "县", "州", "旗"))
    return {w: listed.get(w, default) for w in lex.level_bodies}


# the endings of departments named before their head's title, which repeats them (劳工处处长)
# 县总工会内设办公室、…: a verb of setting up departments, the list after it (no part of a name)
SETTING_WORDS = tuple(words("bodies/department_setting_words.txt"))
HEADED_ENDINGS = words("bodies/headed_department_endings.txt")
# the ranks a head's title may open with (副处长, 助理处长, 署理署长)
HEADED_RANKS = words("bodies/headed_title_ranks.txt")
_HEADED_RE = (
    re.compile(f"({alternation_of(HEADED_ENDINGS)})(?=(?:{alternation_of(HEADED_RANKS)})?\\1长)")
    if HEADED_ENDINGS
    else None
)
# the function words before such a name (某某与财政司副司长), but those inside one (民政及青年事务处)
_HEADED_STOPS = frozenset(BREAKERS) - frozenset("和及")
# a headed department's name: two to eight characters
_HEADED_LENGTHS = range(2, 9)

# the endings of development zones (高新区, 经开区), whose names the registry may lack
ZONE_SUFFIXES = tuple(words("areas/zone_suffixes.txt"))
# bodies a region names bare (立法会: the special administrative region's in context)
REGION_BODIES = dict(table("bodies/region_bodies.tsv", header=True))


class GovBodyFinder:
    """Candidate party and government bodies and departments."""

    def __init__(self, lex: Lexicon, areas: AreaIndex) -> None:
        self.areas = areas
        self.generic_prefixes = lex.generic_prefixes
        prefixes = words("bodies/level_body_prefixes.txt")
        self.levels = _levels_of(lex, prefixes)
        # longer level words ending in a level word of a body (自治区, 自治州): what stands before it
        self._level_openings = {
            w: tuple(lw[: -len(w)] for lw in lex.level_words if lw.endswith(w) and lw not in prefixes) for w in prefixes
        }
        self.departments = {short for short, _full in table("bodies/party_departments.tsv", header=True)}
        # the words after a level: the bodies of level_bodies.tsv and the committee's departments
        body_words = [w for w, (_c, k) in lex.level_bodies.items() if k != "TradeUnion"]
        body_words += [c + d for c in COMMITTEE_WORDS for d in self.departments]
        self._re = re.compile(f"({alternation_of(prefixes)})({alternation_of(body_words)}){_NOT_A_BODY_AFTER}")
        self._region_re = re.compile(alternation_of(list(REGION_BODIES))) if REGION_BODIES else None
        # bare after a body of an area: a committee's departments, and the area's bodies of two
        # characters or more (总工会, 政府, 妇联) but those that open a title (党委书记, 人大代表)
        bare = self.departments | {
            w for w in lex.level_bodies if len(w) > 1 and not any(t.startswith(w) for t in lex.titles)
        }
        # the bodies a zone's name may end with (党工委, 管委会), longest first
        self._zone_words = sorted((w for w in lex.level_bodies if len(w) > 1), key=len, reverse=True)
        self._bare_re = re.compile(f"(?:{alternation_of(bare)}){_NOT_A_BODY_AFTER}")
        stationed = table("bodies/stationed_groups.tsv", header=True)
        senders = alternation_of([w for part, w in stationed if part == "sender"])
        groups = alternation_of([w for part, w in stationed if part == "group"])
        # 中央纪委国家监委驻某部纪检监察组: one body (the host's name inside it is no name of its own)
        self._stationed_re = re.compile(f"(?:{senders})驻[\u4e00-\u9fff]{{2,24}}?(?:{groups})")
        union_departments = alternation_of(words("bodies/union_departments.txt"))
        # (…部门 is no department's name: 与财务部门)
        # a department bare in a union's title chain: after a mark, then its title
        # (its name may hold words before the ending: 、权益保障部部长, 、劳动和经济工作部副部长;
        # not after 兼, which joins a department to the title of the body before it, kg.extract.posts)
        self._bare_union_department_re = re.compile(
            f"(?<=[、，, ])[\u4e00-\u9fff]{{0,6}}?(?:{union_departments})(?=[副正]?[部主])"
        )
        self._union_department_re = re.compile(f"[\u4e00-\u9fff]{{0,6}}?(?:{union_departments})(?!门)")

    def allowed(self, level: str, word: str) -> bool:
        """May ``word`` follow the level (or area ending) ``level``?"""
        committee = next(
            (c for c in COMMITTEE_WORDS if word[len(c) :] in self.departments and word.startswith(c)), None
        )
        allowed = self.levels.get(committee or word)
        return allowed is not None and level in allowed

    def __call__(self, tk: Tokens, area_starts: Anchors, unions: list[Found]) -> tuple[list[Found], list[Found]]:
        """(the bodies found, the areas glued to a body word that the areas' finder missed)."""
        text = tk.text
        out: list[Found] = []
        glued: list[Found] = []
        area_end_start = {f.end: f.start for f in area_starts.values()}
        for m in self._re.finditer(text):
            level, word = m.group(1), m.group(2)
            if not self.allowed(level, word):
                continue
            k, after_level = m.start(), m.end(1)
            if level in SHORT_LEVELS and k in area_end_start:
                # 澳门特区政府: the area's short name, then the short level word
                out.append(Found(area_end_start[k], m.end(), "ORG", "area-body"))
                continue
            if after_level in area_end_start or (area := self._glued_area(tk, k, after_level, area_starts)):
                if after_level not in area_end_start:
                    glued.append(area)
                    area_end_start[area.end] = area.start
                out.append(Found(self._chain_start(area_end_start, after_level), m.end(), "ORG", "area-body"))
                continue
            if k in area_end_start and text[k - 1] == level and len(level) == 1:
                # 茂县县委, 滁州市市委: the level word said again after an area of that level
                out.append(Found(self._chain_start(area_end_start, k), m.end(), "ORG", "area-body"))
                continue
            inside_area = k in area_starts.inner or after_level in area_starts.ends
            if word == "委" and text.startswith(LEAGUE, k - len(LEAGUE)) and not inside_area:
                # 团省委, 团市委: the Youth League's committee of the level, not the party's
                out.append(Found(k - len(LEAGUE), m.end(), "ORG", "league-body"))
            elif (
                k == 0
                or not is_han(text[k - 1])
                or k in tk.starts
                or after_office_verb(text, k)
                or joined_after(text, k)
            ) and not inside_area:
                out.append(Found(k, m.end(), "ORG", "level-body"))
            elif not inside_area and (start := self._longer_level_start(tk, k, level)) is not None:
                out.append(Found(start, m.end(), "ORG", "level-body"))  # 自治区人民政府: the region's in context
        out += [Found(m.start(), m.end(), "ORG", "stationed") for m in self._stationed_re.finditer(text)]
        # 立法会 bare (a level word before it is found above: 特区立法会): the region's in context
        if self._region_re is not None:
            out += [Found(m.start(), m.end(), "ORG", "region-body") for m in self._region_re.finditer(text)]
        if _HEADED_RE is not None:
            out += self._headed_departments(text, area_starts, unions + out)
        out += self._bare_departments(tk, out + self._zone_bodies(text, unions))
        out += self._union_departments(text, unions)
        out += self._bare_union_departments(text, unions, out)
        return out, glued

    def _longer_level_start(self, tk: Tokens, k: int, level: str) -> int | None:
        """Where a longer level word ending in ``level`` at ``k`` opens a word (自治区 before
        人民政府, 自治州 before 政协: the autonomous region's or prefecture's in context), or None."""
        text = tk.text
        for opening in self._level_openings.get(level, ()):
            a = k - len(opening)
            if a >= 0 and text.startswith(opening, a) and (a == 0 or not is_han(text[a - 1]) or a in tk.starts):
                return a
        return None

    def _glued_area(self, tk: Tokens, k: int, end: int, area_starts: Anchors) -> Found | None:
        """衡阳市委: the registry's longest area name ending with the level word at ``end``,
        opening a word (or after a character that is not Han), where no area was found."""
        text = tk.text
        for n in _AREA_LENGTHS:
            a = end - n
            if a < 0 or a >= k:
                continue
            if text[a:end] not in self.areas.full or area_starts.covered.overlaps(a, end):
                continue
            if joined_county(text, a, end):
                continue  # 咱们和县人社局: 和 and the level word 县 (kg.nlp.lone_areas)
            if a == 0 or a in tk.starts or not is_han(text[a - 1]) or a in area_starts.ends:
                return Found(a, end, "AREA", "full")
        return None

    @staticmethod
    def _chain_start(area_end_start: dict[int, int], end: int) -> int:
        """江西省上饶市广丰区委: the start of the areas that follow one another up to ``end``."""
        start = area_end_start[end]
        while start in area_end_start and area_end_start[start] < start:
            start = area_end_start[start]
        return start

    def _headed_departments(self, text: str, area_starts: Anchors, bodies: list[Found]) -> list[Found]:
        """政务司司长, 劳工处处长, 特区政府劳工处处长: a department whose head's title repeats its
        last character (headed_department_endings.txt), its name from the mark, area, body or
        function word (与) before it — the departments of a government, which no organisation ending names
        (司 and 处 end too many words to be one); kind "headed-dept"."""
        ends = {f.end for f in bodies} | area_starts.ends
        generic = self.generic_prefixes
        out: list[Found] = []
        for m in _HEADED_RE.finditer(text):
            end = m.end()
            start = next(
                (
                    a
                    for a in range(end - 2, max(-1, end - 10), -1)
                    if a in ends or a == 0 or not is_han(text[a - 1]) or text[a - 1] in _HEADED_STOPS
                ),
                None,
            )
            if start is None or text.startswith(generic, start):
                continue  # (各处处长, 该处处长: the heads of several or of one named before)
            if end - start in _HEADED_LENGTHS and all(is_han(c) for c in text[start:end]):
                out.append(Found(start, end, "ORG", "headed-dept"))
        return out

    def _zone_bodies(self, text: str, names: list[Found]) -> list[Found]:
        """松林高新区党工委 read as one name (a zone the registry lacks, then its body): a body
        of an area too, whose chain may go on bare (…党工委书记、管委会主任: the zone's)."""
        return [
            Found(f.start, f.end, f.label, "area-body")
            for f in names
            if f.label == "ORG" and self._zone_body_word(text[f.start : f.end]) is not None
        ]

    def _zone_body_word(self, name: str) -> str | None:
        """The body word ending ``name`` after a zone's ending (高新区|党工委), else None."""
        word = next((w for w in self._zone_words if name.endswith(w)), None)
        return word if word is not None and name[: -len(word)].endswith(ZONE_SUFFIXES) else None

    def _bare_departments(self, tk: Tokens, bodies: list[Found]) -> list[Found]:
        """Bodies named bare in a title chain after a body of an area, in the same clause: 统战部
        in 县委常委、统战部部长 (the committee's department, kind "party-dept"); 总工会 in 区委常委、
        总工会主席, 政府 in 镇党委、政府 (the same area's, kind "chain-body"); both resolved in
        kg.extract.gov_bodies."""
        text = tk.text
        out: list[Found] = []
        of_areas = [f for f in bodies if f.kind in ("area-body", "level-body")]
        committees = sorted(f.end for f in of_areas if text[f.end - 1 : f.end] == "委")
        ends = sorted(f.end for f in of_areas)
        for m in self._bare_re.finditer(text):
            s, word = m.start(), m.group()
            before = committees if word in self.departments else ends
            if s == 0 or text[s - 1] not in "、，,；; " or not any(e <= s for e in before):
                continue
            if any(c in "。！？\n" for c in text[max(e for e in before if e <= s) : s]):
                continue
            out.append(Found(s, m.end(), "ORG", "party-dept" if word in self.departments else "chain-body"))
        return out

    def _union_departments(self, text: str, unions: list[Found]) -> list[Found]:
        """市总工会权益保障部: a federation of unions (…总工会: the ones with departments), then a
        department ending (the department is the union's); no function word between (与财务部),
        but 和 (劳动和经济工作部), and no other union.  More departments may follow, set off by
        、 (…总工会权益保障部、劳动和经济工作部部长): the same union's, kind "union-dept-next"."""
        out: list[Found] = []
        for u in unions:
            if u.label != "UNION" or not text.endswith("总工会", 0, u.end):
                continue
            end, kind = self._union_department_end(text, u.end), "union-dept"
            start = u.start
            setting = next((w for w in SETTING_WORDS if text.startswith(w, u.end)), None)
            if setting is not None:  # 县总工会内设办公室、…: the departments listed after the verb
                start, kind = u.end + len(setting), "union-dept-next"
                end = self._union_department_end(text, start)
            while end is not None:
                out.append(Found(start, end, "ORG", kind))
                if not text.startswith("、", end):
                    break
                start, kind = end + 1, "union-dept-next"
                end = self._union_department_end(text, start)
        return out

    def _union_department_end(self, text: str, at: int) -> int | None:
        """Where a union's department named from ``at`` ends, or None."""
        m = self._union_department_re.match(text, at)
        if m is None:
            return None
        name = text[at : m.end()]
        if "工会" in name or any(c in BREAKERS and c not in "和" for c in name) or TITLE_JOINER in name:
            return None  # (副主席兼基层工作部部长: a title, then the department of the next one)
        return m.end()

    def _bare_union_departments(self, text: str, unions: list[Found], bodies: list[Found]) -> list[Found]:
        """组织部 in 某总工会书记处书记、党组成员，组织部部长: a department bare in a title
        chain, after a federation of unions (…总工会) in the same line and clause with no
        committee of an area between (县委常委、统战部部长 is the committee's): the
        union's, kind "union-dept-bare" (resolved in kg.extract.gov_bodies)."""
        out: list[Found] = []
        federations = sorted(u.end for u in unions if u.label == "UNION" and text.endswith("总工会", 0, u.end))
        committees = [f.end for f in bodies if f.kind in ("area-body", "level-body")]
        taken = {(f.start, f.end) for f in bodies}
        for m in self._bare_union_department_re.finditer(text):
            s = m.start()
            before = [e for e in federations if e <= s]
            if not before or (s, m.end()) in taken or any(c in "。！？\n" for c in text[before[-1] : s]):
                continue
            if any(before[-1] <= c <= s for c in committees):
                continue
            out.append(Found(s, m.end(), "ORG", "union-dept-bare"))
        return out


_JOINING = tuple(sorted(words(NAME_BREAKERS), key=len, reverse=True))


def joined_after(text: str, k: int) -> bool:
    """某区总工会联合|区妇联: a verb joining one body to the next (联合, 会同) right before a
    level word, the tagger reading the whole run as one name: the level's body opens there."""
    return text.endswith(_JOINING, 0, k)
