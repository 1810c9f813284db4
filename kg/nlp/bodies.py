"""``kg_bodies``: unions, organisations and venues — candidates from kg.nlp.unions,
kg.nlp.orgs and kg.nlp.venues, national bodies known by name, then the longest names win.
"""

from __future__ import annotations

import re

from spacy.language import Language
from spacy.tokens import Doc

from kg.lexicon import Lexicon, lexicon, table, words
from kg.nlp.addresses import outside_addresses
from kg.nlp.areaindex import AreaIndex, area_index
from kg.nlp.found import Found, MentionWork, work_of
from kg.nlp.glued_verbs import cut_glued_heads, cut_glued_verbs, cut_stray_levels, cut_submitted, glued_verbs
from kg.nlp.gov_bodies import GovBodyFinder
from kg.nlp.names import NAME_BREAKERS, NameEdges
from kg.nlp.not_names import undone
from kg.nlp.orgs import OrgFinder
from kg.nlp.own_levels import cut_own_levels
from kg.nlp.run_on_names import without_run_on_names
from kg.nlp.spans import Anchors, occurrences_of_words
from kg.nlp.text import OPEN_QUOTES, is_han
from kg.nlp.tokens import Tokens, occurrences
from kg.nlp.unions import UnionFinder
from kg.nlp.venue_rooms import ROOM
from kg.nlp.venues import VenueFinder

# the legal forms no name opens with (有限公司…: the tail of a company's name cut off its start)
# a union's departments (宣传教育部): a national body's short form ending one is no name there
UNION_DEPARTMENTS = tuple(words("bodies/union_departments.txt"))
# a firm named by its kind (该公司人事部, 本集团办公厅: the firm's own department, no ministry)
FIRM_WORDS = tuple(words("bodies/firm_words.txt"))
LEGAL_OPENERS = tuple(f for f in words("bodies/legal_forms.txt") if f.startswith(("有限", "股份")))

# what follows an area after a national industrial union's name: its committee there
COMMITTEE = "委员会"
# level words a national body's short form is no national body after (省国资委, 市人社部)
_LEVEL_CHARS = frozenset("省市县区州旗盟镇乡")
# a company's name or type word run on into the form, words between (集团公司安全环保部):
# the company's department, whose name ends as a ministry's short form does
_COMPANY_BEFORE = re.compile(f"(?:{'|'.join(words('bodies/company_endings.txt'))})[\u4e00-\u9fff]{{1,4}}$")
_COMPANY_REACH = 8
# the tags of an adjective (安全) a ministry's short form is no name glued after (安全环保部)
_ADJECTIVE_TAGS = frozenset(("a", "an"))
# which candidate wins between names of one length at one offset
LABEL_RANK = {"UNION": 0, "ORG": 1, "PLACE": 2}
# (other kinds: 2)
KIND_RANK = {
    **dict.fromkeys(
        (
            "national",
            "level-body",
            "league-body",
            "area-body",
            "region-body",
            "union-dept",
            "union-dept-next",
            "union-dept-bare",
            "committee",
            "level",
        ),
        0,
    ),
    "head": 1,
}


class BodyFinder:
    """Finds the unions, organisations and venues of a text, after its areas."""

    def __init__(
        self,
        lex: Lexicon | None = None,
        areas: AreaIndex | None = None,
        description_words: str = "unions/description_words.txt",
        org_heads: str = "bodies/org_heads.txt",
        union_committees: str = "unions/union_committees.txt",
        anchored_suffixes: str = "bodies/org_anchored_suffixes.txt",
        venue_common_heads: str = "bodies/venue_common_heads.tsv",
        name_breakers: str = NAME_BREAKERS,
    ) -> None:
        self.lex = lex or lexicon()
        self.areas = areas or area_index()
        edges = NameEdges(self.lex, self.areas, name_breakers)
        self.breakers = edges.name_breakers
        heads = words(org_heads)
        # the forms of the national bodies, longest first (sorted once, not for each text)
        self.national = sorted(self.lex.national_bodies.items(), key=lambda kv: -len(kv[0]))
        self.unions = UnionFinder(edges, set(self.lex.capital_words), words(description_words), heads)
        self.orgs = OrgFinder(edges, heads, words(union_committees), frozenset(words(anchored_suffixes)))
        self.venues = VenueFinder(edges, dict(table(venue_common_heads)))
        self.gov = GovBodyFinder(self.lex, areas or area_index())

    def __call__(self, work: MentionWork) -> None:
        """Adds the bodies to ``work.found`` (which holds the areas), and the areas glued to
        a body word (衡阳市委) that the areas' finder left."""
        tk = work.tokens
        area_starts = Anchors(len(tk.text), [f for f in work.found if f.label == "AREA"])
        gone: list[Found] = []
        found = self.find(tk, area_starts, work.abbreviations, gone)
        work.rejected += gone
        work.found += found
        verbs, people = glued_verbs(tk, found)
        work.rejected += verbs
        work.found += people

    def find(
        self,
        tk: Tokens,
        area_starts: Anchors,
        abbreviations: dict[str, str] | None = None,
        gone: list[Found] | None = None,
    ) -> list[Found]:
        """Candidates first, then the longest names win (then the glued areas, label AREA);
        ``gone`` gets the spans the words after a name undid (浦江工会网: kg.nlp.not_names)."""
        text = tk.text
        cands: list[Found] = []
        national: list[Found] = []
        # national bodies known by name (中华全国总工会, 中央和国家机关工会联合会 …).  Found in
        # the characters, not as a PhraseMatcher over tokens: LAC's words need not end where
        # the names do (中国海员建设工会全国|委员会; 全国总工会 inside 中华全国总工会).
        for name, (canonical, cls) in self.national:
            for s, e in occurrences(text, name):
                if not self._national_at(tk, s, e):
                    continue
                label = "UNION" if cls == "TradeUnion" else "ORG"
                area = area_starts.get(e)
                if label == "UNION" and area is not None and text.startswith(COMMITTEE, area.end):
                    # 中国教育工会北京市委员会: the national union's committee of an area
                    cands.append(Found(s, area.end + len(COMMITTEE), "UNION"))
                    continue
                national.append(Found(s, e, label, "national", canonical))
        cands += self.unions(tk, area_starts)
        cands += self.orgs(tk, area_starts, cands)
        venues = self.venues(tk, area_starts)
        cands += [f for f in venues if f.kind != ROOM]
        rooms = [f for f in venues if f.kind == ROOM]  # (某会议中心大礼堂: the hall names nothing)
        # (a national union's departments too: 全国总工会组织部)
        gov, glued = self.gov(tk, area_starts, cands + [f for f in national if f.label == "UNION"])
        cands = cut_glued_verbs(text, cands + gov, area_starts)  # (任|县总工会: the level's)
        cands, stray = cut_stray_levels(tk, cands, area_starts, self.areas)  # (事业编进|县总工会)
        cands = cut_glued_heads(text, cands)  # (前报|公司党委: the type word's)
        cands = cut_submitted(text, cands)  # (汇总表|报|组委会办公室: the body after the verb)
        cands, own = cut_own_levels(text, cands)  # (我|市金鼎化工有限公司: the firm's trade name on)
        cands = outside_addresses(text, cands)  # (地址：…区行政中心3号楼: no body)
        cands = without_run_on_names(text, cands)  # (A总工会联合B: two names, not one)
        # a name found once is the same name wherever else it is written
        names = {(text[f.start : f.end], f.label, f.kind) for f in cands if f.end - f.start >= 4}
        places = occurrences_of_words(text, {name for name, _, _ in names})
        for name, label, kind in names:
            for s, e in places[name]:
                cands.append(Found(s, e, label, kind))
        cands += self._defined_forms(text, cands, abbreviations or {})
        cands += self._inner_tails(text, cands, area_starts)
        # (有限公司职工活动中心: a name cut after its company's own name, a column's line broken
        # inside it; no name opens with a legal form)
        cands = [f for f in cands if not text.startswith(LEGAL_OPENERS, f.start)]
        cands = party_prefixed(text, cands)  # (中共某市委老干部局: the committee's department)
        cands, undid = undone(tk, cands)
        if gone is not None:
            gone += undid + rooms + stray + own
        return longest_names(national, cands) + glued

    @staticmethod
    def _inner_tails(text: str, cands: list[Found], area_starts: Anchors) -> list[Found]:
        """万兴街道新园里社区工会 … 新园里社区工会主席: a union named in full, then from its
        inner area on (the areas before dropped) is the same union wherever that tail is
        written (kg.extract.bodies finds the full name it is a tail of)."""
        tails = set()
        for f in cands:
            if f.label != "UNION" or f.start not in area_starts:
                continue
            for k in range(f.start + 2, f.end - 4):
                if k in area_starts and k in area_starts.ends:
                    tails.add(text[k : f.end])
        places = occurrences_of_words(text, tails)
        return [Found(s, e, "UNION") for tail in sorted(tails) for s, e in places[tail]]

    @staticmethod
    def _defined_forms(text: str, cands: list[Found], abbreviations: dict[str, str]) -> list[Found]:
        """…第二采油厂（以下简称“采油二厂”） … 采油二厂党委书记: a short form the text defined for
        a body it found is a mention of that body wherever else it is written, whatever the
        tagger made of it (kg.extract.bodies resolves it to the full name)."""
        label_of = {text[f.start : f.end]: f.label for f in cands if f.label in ("UNION", "ORG")}
        out = []
        for short, full in abbreviations.items():
            label = label_of.get(full)
            if label is None or len(short) < 2:
                continue
            for s, e in occurrences(text, short):
                if text[max(0, s - 1) : s] not in OPEN_QUOTES:  # (not the definition itself)
                    out.append(Found(s, e, label))
        return out

    def _national_at(self, tk: Tokens, s: int, e: int) -> bool:
        """Is the form of a national body at ``[s, e)`` its name?  Not glued after a level
        word (省国资委, 市人社部: an area's body), nor before 门 (财政部门: a kind of
        department), nor glued after another nation's name (中华民国全国总工会: that nation's own
        body), nor ending a union's department (宣传教育部), nor glued after a firm's word
        (该公司人事部: the firm's own department); a short form of three characters or fewer
        opens a word (全总, not the 全总 of 安全总监), not after an adjective glued to it (安全环保部:
        a unit's compound name), or follows a verb joining bodies glued to it (联同工联会)."""
        text = tk.text
        before = text[s - 1] if s else ""
        if before in _LEVEL_CHARS or text.startswith("门", e):
            return False
        if before == "国" and text.startswith("全国", s) and not text.endswith("中国", 0, s):
            return False  # (中华民国|全国总工会, 日本|全国…: another nation's body of that name)
        if any(len(d) > e - s and text.endswith(d, 0, e) for d in UNION_DEPARTMENTS):
            return False  # (宣传|教育部: the union's department, the tagger's word cut inside it)
        if text.endswith(FIRM_WORDS, 0, s):
            return False  # (该公司|人事部: the company's department)
        if _COMPANY_BEFORE.search(text, max(0, s - _COMPANY_REACH), s):
            return False  # (集团公司安全|环保部: a company's department, named like a ministry)
        if e - s > 3 or not before or not is_han(before):
            return True
        if s in tk.starts:  # (安全|环保部: glued after an adjective, a unit's compound name)
            return tk.tag_at(s - 1) not in _ADJECTIVE_TAGS
        # 联同工联会: the tagger glued a verb joining bodies to the short form; it opens a word still
        start, _ = tk.token_span_at(s)
        return text[start:s] in self.breakers


def longest_names(national: list[Found], cands: list[Found]) -> list[Found]:
    """The names that win, sorted: the national bodies first, then the candidates longest
    first (then leftmost, unions before organisations before venues, named levels and
    committees before type words), each unless it clashes with one already chosen."""
    # a national body whose name a longer candidate opens with (国家税务总局某市税务局,
    # 全国总工会组织部: its own offices and departments), or whose short form of three
    # characters or fewer a longer one holds (the 教育部 of 某总工会宣传教育部), or that names
    # the host of a stationed group (中央纪委国家监委驻某部纪检监察组), competes by length
    # (a short form inside a longer form of the same label found there is part of it: 税务总局)
    national = [
        f
        for f in national
        if not any(
            g.label == f.label and g.start <= f.start and f.end <= g.end and g.end - g.start > f.end - f.start
            for g in national
        )
    ]
    opening = {
        (f.start, f.end)
        for f in national
        for c in cands
        if c.end - c.start > f.end - f.start
        and (
            c.start == f.start
            or (c.start <= f.start and f.end <= c.end and (f.end - f.start <= 3 or c.kind == "stationed"))
        )
    }
    cands = cands + [f for f in national if (f.start, f.end) in opening]
    national = [f for f in national if (f.start, f.end) not in opening]
    chosen: list[Found] = []
    spans: set[tuple[int, int]] = set()
    holding: dict[int, list[Found]] = {}  # character -> the chosen names over it
    for f in national + sorted(
        cands, key=lambda f: (f.start - f.end, f.start, _label_rank(f), KIND_RANK.get(f.kind, 2))
    ):
        if (f.start, f.end) in spans:
            continue
        overlapping = {id(c): c for k in range(f.start, f.end) for c in holding.get(k, ())}.values()
        if not any(_clashes(f, c) for c in overlapping):
            chosen.append(f)
            spans.add((f.start, f.end))
            for k in range(f.start, f.end):
                holding.setdefault(k, []).append(f)
    return sorted(chosen)


def _label_rank(f: Found) -> float:
    """Unions before organisations before venues; but a venue the sentence frames as the
    event's place (在区公共文化中心举办) before an organisation of the same name."""
    return LABEL_RANK["ORG"] - 0.5 if f.kind == "framed" else LABEL_RANK[f.label]


def _clashes(f: Found, c: Found) -> bool:
    """Can ``f`` not be chosen beside ``c``, which overlaps it?  Only a union opening an
    organisation's name (市总工会职工服务中心) stays a mention inside it."""
    nested = c.start <= f.start and f.end <= c.end
    return not (nested and f.label == "UNION" and f.start == c.start and c.label == "ORG")


@Language.factory(
    "kg_bodies",
    assigns=["doc._.kg_work"],
    requires=["doc._.kg_work"],
    default_config={
        "description_words": "unions/description_words.txt",
        "org_heads": "bodies/org_heads.txt",
        "union_committees": "unions/union_committees.txt",
        "anchored_suffixes": "bodies/org_anchored_suffixes.txt",
        "venue_common_heads": "bodies/venue_common_heads.tsv",
        "name_breakers": NAME_BREAKERS,
    },
)
def make_bodies(
    nlp: Language,
    name: str,
    description_words: str,
    org_heads: str,
    union_committees: str,
    anchored_suffixes: str,
    venue_common_heads: str,
    name_breakers: str,
):
    """Unions, organisations and venues, after ``kg_areas``."""
    finder: BodyFinder | None = None

    def component(doc: Doc) -> Doc:
        nonlocal finder
        if finder is None:
            finder = BodyFinder(
                description_words=description_words,
                org_heads=org_heads,
                union_committees=union_committees,
                anchored_suffixes=anchored_suffixes,
                venue_common_heads=venue_common_heads,
                name_breakers=name_breakers,
            )
        finder(work_of(doc))
        return doc

    return component


# the party's name before one of its committees' names (中共宜昌市委老干部局)
PARTY = "中共"


def party_prefixed(text: str, cands: list[Found]) -> list[Found]:
    """The candidates, a plain name (中共某市委老干部局, read by the ending 局) that is the
    party's name before a committee's department read by its grammar (某市委老干部局, kind
    area-body) made one with it: the grammar's reading, from the party's name on (it knows
    the committee the department belongs to; the whole name stays where the text wrote it)."""
    bodies = {(g.start, g.end): g for g in cands if g.kind == "area-body"}
    prefixed = {
        (f.start, f.end): g
        for f in cands
        if not f.kind
        and text.startswith(PARTY, f.start)
        and (g := bodies.get((f.start + len(PARTY), f.end))) is not None
    }
    if not prefixed:
        return cands
    whole = {id(g): Found(start, end, g.label, g.kind, g.ref, g.count) for (start, end), g in prefixed.items()}
    out = []
    for f in cands:
        if not f.kind and (f.start, f.end) in prefixed:
            continue
        out.append(whole.get(id(f), f))
    return out
