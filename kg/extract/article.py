"""From one processed article (a spaCy Doc with ``doc.spans["kg"]``) to its facts.

Short forms are resolved here, where the article's own context is at hand: 市总工会
is the 市 of the page's region, 区总工会 the district the article is about, 街道总工会
the street union named before it, 经开区 whatever the text defined it as.  Facts carry
their evidence: the sentence, and the span the fact was read from.
"""

from __future__ import annotations

import bisect
import itertools
import re
from dataclasses import dataclass, field

from spacy.tokens import Doc, Span

from kg.extract.facts import ArticleFacts, EntityRef, EventFact, RelationFact
from kg.extract.names import LEGAL_FORMS, legal_form_of
from kg.extract.spanmap import SpanMap, TailIndex, last_before
from kg.graph.model import Evidence
from kg.ingest.model import Article
from kg.lexicon import lexicon, words
from kg.nlp.doctable import doc_text, sentence_table
from kg.nlp.text import CLOSE_QUOTES, OPEN_QUOTES, all_han

BODY_LABELS = ("UNION", "ORG")
CLASS_OF = {
    "UNION": "TradeUnion",
    "ORG": "Organization",
    "PLACE": "Place",
    "PERSON": "Person",
    "AREA": "AdministrativeArea",
}
# after a name: 当选为 / 担任 … and the offices follow (a parenthesis such as （兼职） may come first)
ELECTING = re.compile(r"(?:选举|补选|推选|增补|任命|聘任|聘请|选出)$")
ELECTED = re.compile(r"(?:（[^）]{1,8}）)?(?:当选为|当选|继续担任|担任|出任|被选举为|被推选为|被选为|任)")
# …有限公司襄阳分公司: a branch, and the company it belongs to
BRANCH = re.compile(r"^(.{2,}(?:公司|集团))[\u4e00-\u9fff]{1,8}?(?:分公司|子公司|分行|支行|分厂|分院)$")
ATTEND_VERBS = (
    "出席",
    "参加",
    "参与",
    "观摩",
    "列席",
    "莅临",
    "到会",
    "当选",
    "讲话",
    "致辞",
    "主持",
    "作工作报告",
    "作报告",
    "颁奖",
    "颁发",
    "授课",
    "宣讲",
    "指导",
    "代表",
    "宣读",
    "作动员",
    "讲解",
    "讲述",
)
WINNING = re.compile(
    r"(?:分获|荣获|获得|夺得|摘得|获)(?:了)?"
    r"(?:冠军|亚军|季军|前[三五十]名|第[一二三]名|[一二三]等奖|金奖|银奖|铜奖|优胜奖|特等奖)"
)
# sentences that happen at the article's main event: 会上, 同日 …
SAME_OCCASION = ("会上", "会议上", "同日", "当天", "当日", "会后", "活动现场", "现场", "活动中", "期间")
MEET_VERBS = ("交流", "座谈", "对接", "签约", "共建", "联谊", "调研")
PARTY_LEVEL = re.compile(r"(省|市|区|县)委(?=[^员会]|$)")
CONFIDENCE = {"name": 0.95, "pattern": 0.85, "context": 0.7, "credit": 0.95}


LEVEL_RANK = {"province": 1, "prefecture": 2, "county": 3, "zone": 3, "township": 4, "community": 5}


def area_ref(area) -> EntityRef:
    if isinstance(area, Zone):
        return EntityRef("AdministrativeArea", area.name, None, within=area.parent)
    return EntityRef("AdministrativeArea", area.name, area.code)


# 此次… / 本次… / 这次…, perhaps with a few words of the name between (此次健康市集活动,
# 此次北京职工国家安全教育活动): the article's own event named again
_SPACES = re.compile(r"\s*")
# X与Y交流…: what the two bodies do together
_MEETING = re.compile(f"(?:{'|'.join(MEET_VERBS)})[\u4e00-\u9fff]{{0,4}}")
# …，Z承办 after the organisers of an event
_HOSTS_AFTER = re.compile(r"[，,]([^。；，,]{2,40}?)(?:承办|协办)")
_THIS_EVENT_RE = re.compile(r"(?:此次|本次|这次)[^，,。；;：:、！？!?\s“”\"]{0,10}$")
# what makes an event's name a title of its own: a quoted title, an edition, a year
_TITLED_RE = re.compile(f"[{OPEN_QUOTES}]|第[一二三四五六七八九十百\\d]+[届次期]|首届|\\d{{4}}年")
# LAC tags of the words that may stand inside an event's name: nouns, names, adjectives
_NAME_WORD_TAGS = frozenset({"n", "nz", "nw", "vn", "an", "a", "b", "j", "s", "f", "ns", "nt", "LOC", "ORG"})


@dataclass(frozen=True)
class Zone:
    """An area known from its name only: a development zone inside ``parent``."""

    name: str
    parent: str
    code: None = None
    level: str = "zone"  # or "community"


@dataclass
class PageContext:
    """What the page as a whole says: the region it is about, and its year."""

    region: list[str] = field(default_factory=list)  # area codes, most specific last
    year: int | None = None


class ArticleExtractor:
    def __init__(self, gazetteer=None) -> None:
        from kg.gazetteer import Gazetteer

        self.gaz = gazetteer or Gazetteer.default()
        self.lex = lexicon()
        self.committees = set(words("union_committees.txt"))
        spirit = "|".join(map(re.escape, sorted(words("spirit_words.txt"), key=len, reverse=True)))
        # the nouns right after a name, or after a second name joined to it by 和/及/与/、
        self._spirit_re = re.compile(f"(?:(?:和|及|与|以及|、)[^，,。；;！？!?\n]{{2,30}}?)?(?:{spirit})")
        self._plan_words = frozenset(words("plan_words.txt"))
        self._membership_verbs = words("membership_verbs.txt")
        self._speech_verbs = frozenset(words("speech_verbs.txt"))
        verbs = "|".join(map(re.escape, words("carry_out_verbs.txt")))
        self._carry_out_re = re.compile(f"(?:{verbs})[^，,。；;！？!?\n]{{0,30}}$")

    # ------------------------------------------------------------------ main
    def extract(self, doc: Doc, article: Article, page: PageContext, article_id: str) -> ArticleFacts:
        self.doc, self.article, self.page, self.aid = doc, article, page, article_id
        self.facts = ArticleFacts(article_id)
        self.text = doc_text(doc)
        self.spans = sorted(doc.spans.get("kg", []), key=lambda s: (s.start_char, -s.end_char))
        self.sentences = sentence_table(doc)
        self._sentence_starts = [a for a, _ in self.sentences]
        self._by_label: dict[str, list[Span]] = {}
        for span in self.spans:
            self._by_label.setdefault(span.label_, []).append(span)
        self._label_starts = {label: [s.start_char for s in spans] for label, spans in self._by_label.items()}
        self.abbrs: dict[str, str] = doc._.kg_abbreviations or {}
        self._abbr_lengths = sorted({len(a) for a in self.abbrs}, reverse=True)
        # what was resolved at each span: indexed (kg.extract.spanmap), as each mention
        # asks what stands near it
        self.area_at = SpanMap()
        self.area_kind: dict[tuple[int, int], str] = {}
        self.ref_at = SpanMap()
        self._stems: dict[str, dict[str, tuple[int, object]]] | None = None  # see _area_by_stem
        self._bodies_by_tail: TailIndex | None = None  # see _level_name
        self._fits: dict[tuple[str, str], bool] = {}  # see _head_fits
        self.seen_codes: list[str] = list(page.region)
        self._areas()
        self._bodies()
        self._parenthetical_aliases()
        self._branch_unions()
        self._situated()
        self._people()
        self._credits()
        self._posts()
        self._events()
        self._awards()
        return self.facts

    # ------------------------------------------------------------ helpers
    def sentence_of(self, start: int) -> tuple[int, int]:
        i = bisect.bisect_right(self._sentence_starts, start) - 1  # sentences are in order, apart
        if i >= 0 and start < self.sentences[i][1]:
            return self.sentences[i]
        return 0, len(self.text)

    def evidence(self, start: int, end: int, conf: float) -> Evidence:
        a, b = self.sentence_of(start)
        return Evidence(article=self.aid, start=start, end=end, sentence=self.text[a:b].strip(), confidence=conf)

    def of(self, label: str) -> list[Span]:
        return list(self._by_label.get(label, ()))

    def within(self, label: str, a: int, b: int) -> list[Span]:
        """The mentions of ``label`` that start in ``[a, b)``, in order."""
        starts = self._label_starts.get(label)
        if not starts:
            return []
        return self._by_label[label][bisect.bisect_left(starts, a) : bisect.bisect_left(starts, b)]

    def add(self, ref: EntityRef, alias: str | None, span: tuple[int, int], conf: float = 0.9):
        info = self.facts.entity(ref, alias)
        if info.evidence is None:
            info.evidence = self.evidence(span[0], span[1], conf)
        self.ref_at[span] = ref
        return info

    # ------------------------------------------------------------ areas
    def _resolve_area(self, name: str, kind: str, ref: str | None):
        if kind == "capital":
            code = self.lex.capital_words.get(name)
            return self.gaz.get(code) if code and code in self.gaz else None
        if kind == "abbr" and ref:
            name = ref
        area = self.gaz.resolve(name, context=list(reversed(self.seen_codes[-12:])))
        if area is None:
            if kind == "community":
                return self._community(name)
            return self._zone(name) if kind in ("zone", "abbr") else None
        # a bare stem (东湖, 海淀) counts only inside the region the page is about
        if (
            kind == "short"
            and self.page.region
            and not any(c == area.code or self.gaz.contains(c, area.code) for c in self.page.region)
        ):
            return None
        return area

    def _community(self, name: str):
        """盐市口社区: a community of the street (township) the text names around it."""
        township = self.context_area(("township",), len(self.text))
        if township is None:
            return None
        return Zone(name=name, parent=township.code, level="community")

    def _zone(self, name: str):
        """A development zone the registry lacks, part of the area its name opens with."""
        for k in range(len(name) - 2, 1, -1):
            parent = self.gaz.resolve(name[:k], context=list(reversed(self.seen_codes[-12:])), short=False)
            if parent is not None and self.gaz.is_surface_form(name[:k]):
                return Zone(name=name, parent=parent.code)
        return None

    def _areas(self) -> None:
        for s in self.of("AREA"):
            area = self._resolve_area(s.text, s._.kg_kind or "full", s._.kg_ref)
            if area is None:
                continue
            self.area_at[(s.start_char, s.end_char)] = area
            self.area_kind[(s.start_char, s.end_char)] = s._.kg_kind or "full"
            ref = area_ref(area)
            info = self.add(ref, s.text, (s.start_char, s.end_char), CONFIDENCE["name"])
            if isinstance(area, Zone):
                parent = self.gaz.get(area.parent)
                info.parent = area_ref(parent)
                self.seen_codes.append(area.parent)
            else:
                self.seen_codes.append(area.code)

    def areas_in(self, a: int, b: int) -> list[tuple[int, int, object]]:
        return [(x, y, self.area_at[(x, y)]) for x, y in self.area_at.starting_in(a, b + 1) if y <= b]

    def context_area(self, levels: tuple[str, ...], before: int):
        """The area of one of ``levels`` the text last named before ``before``, else the region's."""
        by_level = self.area_at.group("level", lambda span, area, _rank: [(area.level, span)])
        last = [span for level in set(levels) if (span := last_before(by_level.get(level, []), (before,)))]
        if last:
            return self.area_at[max(last)]
        for code in reversed(self.page.region):
            for area in self.gaz.chain(code):
                if area.level in levels:
                    return area
        return None

    # ------------------------------------------------------------ bodies
    def qualified(self, area) -> str:
        """An area's name, qualified by its parent when the bare name is ambiguous (西山区)."""
        if isinstance(area, Zone):
            return area.name
        if len(self.gaz.lookup(area.name)) > 1 and area.parent:
            parent = self.gaz.get(area.parent)
            return parent.name + area.name
        return area.name

    def body_name(self, s: Span) -> tuple[str, object | None] | None:
        """Full name of a union/organisation/venue mention, and the area its name puts it in."""
        text = s.text
        kind = s._.kg_kind or ""
        if kind == "national":
            return s._.kg_ref or text, None
        if kind == "level":
            # 市总工会 is the level's union even where 市总 is defined as a short name
            # (北京市总工会（以下简称“市总”）… 市总工会): the context gives the same body
            return self._level_name(s, text)
        # the longest defined abbreviation opening the name (and not all of it)
        abbr = next((text[:n] for n in self._abbr_lengths if n < len(text) and text[:n] in self.abbrs), None)
        if abbr is not None:
            text = self.abbrs[abbr] + text[len(abbr) :]
        if kind == "head":
            return self._head_name(s, text)
        areas = self.areas_in(s.start_char, s.end_char)
        # leading, consecutive areas: 朝阳区建外街道… / 昆明市西山区…
        pos, lead = s.start_char, []
        for x, y, area in areas:
            if x == pos:
                lead.append((x, y, area))
                pos = y
        if text != s.text and not lead:
            # a body named by a defined abbreviation that is not an area's
            return text, None
        if not lead:
            return text, None
        # 集美区厦门市职工文化宫: an area that does not contain the next one says where the body
        # is; the name starts after it
        where = None
        for i in range(1, len(lead)):
            if not self._inside(lead[i][2], lead[i - 1][2]):
                where = lead[i - 1][2]
                lead = lead[i:]
                break
        # qualifiers before the innermost area go (朝阳区建外街道总工会 is 建外街道总工会); the
        # name keeps the area as written, qualified only when that full name is ambiguous
        x, y, inner = lead[-1]
        if where is not None and LEVEL_RANK.get(where.level, 0) > LEVEL_RANK.get(inner.level, 0):
            named = self._named_from(x, y, inner, s)
            return named[0], where
        return self._named_from(x, y, inner, s)

    def _inside(self, area, container) -> bool:
        code = area.parent if isinstance(area, Zone) else area.code
        if container.code is None:
            return False
        return code == container.code or self.gaz.contains(container.code, code)

    def _named_from(self, x: int, y: int, inner, s: Span):
        written = self.text[x:y]
        kind = self.area_kind.get((x, y), "full")
        rest = self.text[y : s.end_char]
        if kind in ("abbr", "capital"):
            return inner.name + rest, inner
        if written == inner.name:
            return self.qualified(inner) + rest, inner
        return written + rest, inner

    def _head_name(self, s: Span, text: str):
        """集团, 分公司工会: the organisation of that type the article named last."""
        suffix = next((u for u in self.lex.union_suffixes if text.endswith(u)), "") if s.label_ == "UNION" else ""
        head = text[: len(text) - len(suffix)].lstrip("该本")

        def filing(span, ref, rank):
            if ref.cls == "Organization" and head in ref.name and ref.name != head:
                # a name of that very type (X集团有限公司 for 集团) before one that merely contains it
                bare = ref.name
                for form in LEGAL_FORMS:
                    if bare.endswith(form) and not bare.endswith("分" + form):
                        bare = bare[: -len(form)] or bare
                        break
                yield bare.endswith(head) or ref.name.endswith(head), (span[1], -rank, span)

        # the last named before (the first of those ending at the same place), of that type if any
        named = self.ref_at.group(("head", head), filing)
        for exact in (True, False):
            last = last_before(named.get(exact, []), (s.start_char + 1,))
            if last is not None:
                return self.ref_at[last[2]].name + suffix, None
        return None

    def _level_name(self, s: Span, text: str):
        word = next((w for w in self.lex.level_words if text.startswith(w)), None)
        if word is None:
            return None
        rest = text[len(word) :]
        levels = self.lex.level_words[word]
        # the same body named in full before (the last one): 香水园街道总工会 … 街道总工会
        if self._bodies_by_tail is None:
            self._bodies_by_tail = TailIndex(
                self.ref_at,
                lambda ref: ref.name if ref.cls in ("TradeUnion", "Organization") else None,
                self._head_fits,
            )
        last = last_before(self._bodies_by_tail.get(rest, word), (s.start_char,))
        if last is not None:
            ref = self.ref_at[last]
            info = self.facts.entities.get(ref)
            located = info.located_in if info else None
            # (a zone or community the registry lacks has no code: the name alone then)
            return ref.name, self.gaz.get(located.code) if located is not None and located.code else None
        area = self.context_area(levels, s.start_char)
        if area is None:
            return None
        if word == "市" and area.level == "province" and not area.name.endswith("市"):
            return None
        return self.qualified(area) + rest, area

    def _bodies(self) -> None:
        for s in self.spans:
            if s.label_ not in ("UNION", "ORG", "PLACE"):
                continue
            if s._.kg_kind == "level-body":
                ref = self._level_body(s.text, s.start_char)
                if ref is not None:
                    self.ref_at[(s.start_char, s.end_char)] = ref
                continue
            named = self.body_name(s)
            if named is None:
                continue
            name, area = named
            if not all_han(name[:1]) and not name[:1].isalnum():
                continue
            cls = CLASS_OF[s.label_]
            if s.label_ == "UNION" and (s._.kg_kind == "national"):
                cls = "TradeUnion"
            if name in self.committees:
                union = self._union_before(s.start_char)
                if union is None:
                    continue
                name = union.name + name
                info = self.add(EntityRef(cls, name), s.text, (s.start_char, s.end_char), CONFIDENCE["context"])
                info.parent = union
                continue
            if area is None and s._.kg_kind not in ("national", "level"):
                earlier = self._named_before(cls, name, s.start_char)
                if earlier is not None:
                    self.add(earlier, s.text, (s.start_char, s.end_char), CONFIDENCE["context"])
                    continue
            ref = EntityRef(cls, name)
            info = self.add(ref, s.text, (s.start_char, s.end_char), CONFIDENCE["name"])
            if cls == "Place" and area is not None:
                bare = self._without_areas(s)
                if bare:
                    info.aliases.add(bare)
            if area is None and cls in ("TradeUnion", "Place"):
                area = self._area_by_stem(name)
            if area is not None and cls in ("TradeUnion", "Place"):
                where = area_ref(area)
                self.facts.entity(where, mention=False)
                info.located_in = where
            if cls == "TradeUnion":
                self._union_host(s, name)
            if cls == "Organization":
                self._org_parent(s, info)

    def _without_areas(self, s: Span) -> str | None:
        """苏家坨镇凤凰岭劳模实践基地 is also 凤凰岭劳模实践基地 — when what follows the areas is a
        proper name of its own (a place word, not 户外劳动者驿站)."""
        pos = s.start_char
        for x, y, _area in self.areas_in(s.start_char, s.end_char):
            if x == pos:
                pos = y
        if pos == s.start_char or pos >= s.end_char:
            return None
        token = self.doc.char_span(pos, pos + 1, alignment_mode="expand")
        if (
            (token is not None and token[0].tag_ in ("LOC", "ORG", "nz", "ns", "PER"))
            or self.text[pos].isascii()
            or self.text[pos] in OPEN_QUOTES
        ):
            return self.text[pos : s.end_char]
        return None

    def _named_before(self, cls: str, name: str, pos: int) -> EntityRef | None:
        """经费审查委员会 after 区总工会经费审查委员会: a tail of a name given in full before."""

        def filing(span, ref, rank):
            if ref.cls in ("TradeUnion", "Organization", "Place"):
                for k in range(1, len(ref.name)):
                    yield (ref.cls, ref.name[k:]), (span[1], -rank, span)

        # the last named before (the first of those ending at the same place)
        last = last_before(self.ref_at.group("tails", filing).get((cls, name), []), (pos + 1,))
        return self.ref_at[last[2]] if last is not None else None

    def _head_fits(self, head: str, word: str) -> bool:
        """Can ``head`` (北京市, 朝阳区) be what a level word (市, 区) stands for?  市总工会 is a
        city's (or a municipality's), never a province's: 省总工会 ≠ 市总工会."""
        key = (head, word)
        found = self._fits.get(key)
        if found is None:
            levels = self.lex.level_words[word]
            cands = [a for a in self.gaz.lookup(head) if a.level in levels and a.name.endswith(word)]
            found = self._fits[key] = bool(cands) or head.endswith(word)
        return found

    def _area_by_stem(self, name: str):
        """建外i家…: a name opening with the stem of an area the article names (建外街道)."""
        if self._stems is None:  # (asked once the areas are all known)
            self._stems = {}  # stem -> area name -> the first area of that name
            for rank, area in enumerate(self.area_at.values()):
                stem = re.sub(r"(街道办事处|街道|地区|镇|乡|区|县|市)$", "", area.name)
                if len(stem) >= 2 and stem != area.name:
                    self._stems.setdefault(stem, {}).setdefault(area.name, (rank, area))
        # the first area whose stem opens the name
        opening = [
            (rank, area)
            for k in range(2, len(name) + 1)
            for rank, area in self._stems.get(name[:k], {}).values()
            if not name.startswith(area.name)
        ]
        return min(opening, key=lambda ra: ra[0])[1] if opening else None

    def _parenthetical_aliases(self) -> None:
        """北京市总工会职工大学（北京市工会干部学院）: one body, two names."""
        refs = sorted(self.ref_at.items())
        starting: dict[int, list[tuple[tuple[int, int], EntityRef]]] = {}  # as they were before any change here
        for (x, y), ref in refs:
            starting.setdefault(x, []).append(((x, y), ref))
        for (_x, y), ref in refs:
            if ref.cls not in ("Organization", "TradeUnion", "Place") or not self.text.startswith(("（", "("), y):
                continue
            for (x2, y2), ref2 in starting.get(y + 1, ()):
                if self.text[y2 : y2 + 1] in "）)" and ref2.cls == ref.cls and ref2 != ref:
                    self.facts.entity(ref, alias=ref2.name, mention=False)
                    other = self.facts.entities.pop(ref2, None)
                    if other is not None:
                        self.facts.entity(ref).mentions += other.mentions - 1
                        self.facts.entities[ref].aliases |= other.aliases
                    self.ref_at[(x2, y2)] = ref

    def _union_host(self, s: Span, name: str) -> None:
        """来广营社区卫生服务中心工会: the body the union belongs to is named too."""
        for suf in ("工会委员会", "工会联合会", "工会"):
            if name.endswith(suf) and not name.endswith("总工会"):
                host = name[: -len(suf)]
                if host.endswith(self.lex.org_suffixes) and len(host) >= 4:
                    ref = EntityRef("Organization", host)
                    end = s.end_char - len(suf)
                    self.add(ref, self.text[s.start_char : end], (s.start_char, end), CONFIDENCE["name"])
                return

    def _org_parent(self, s: Span, info) -> None:
        """市总工会职工服务中心 belongs to the union it is named after; …公司襄阳分公司 to the
        company it is a branch of."""
        for x, y in self.ref_at.by_start.get(s.start_char, ()):
            ref = self.ref_at[(x, y)]
            if y < s.end_char and ref.cls == "TradeUnion":
                info.parent = ref
                return

    def _branch_unions(self) -> None:
        """A branch belongs to its company, and the branch's union to the company's union, when
        the article names both (…公司襄阳分公司 → …公司)."""
        for ref, info in self.facts.entities.items():
            m = BRANCH.match(ref.name) if ref.cls == "Organization" and info.parent is None else None
            parent = EntityRef("Organization", m.group(1)) if m else None
            if parent is not None and parent in self.facts.entities and self.facts.entities[parent].mentions:
                info.parent = parent
        unions = {r.name: r for r in self.facts.entities if r.cls == "TradeUnion"}
        for ref, info in self.facts.entities.items():
            if ref.cls != "TradeUnion" or info.parent is not None:
                continue
            m = BRANCH.match(ref.name[:-2]) if ref.name.endswith("工会") else None
            if not m:
                continue
            company = m.group(1)
            # the company's union: its name, or the name with or without a legal form, + 工会
            hosts = {company} | {
                h for h in _legal_variants(company) if legal_form_of(h, company) or legal_form_of(company, h)
            }
            names = sorted(h + "工会" for h in hosts if h + "工会" in unions and unions[h + "工会"] != ref)
            if names:
                info.parent = unions[names[0]]

    def _situated(self) -> None:
        """X位于Y: where a body or venue is."""
        for (x, y), ref in sorted(self.ref_at.items()):
            if ref.cls not in ("Organization", "TradeUnion", "Place") or not self.text.startswith("位于", y):
                continue
            at = y + 2
            # 位于湘潭市岳塘区: the last of the areas that follow one another
            while True:
                nxt = [y2 for _, y2 in self.area_at.by_start.get(at, ())]
                later = self.area_at.by_start.get(max(nxt), []) if nxt else []
                if nxt and later:
                    at = max(nxt)
                    continue
                break
            here = [(y2, self.area_at[(x2, y2)]) for x2, y2 in self.area_at.by_start.get(at, ())]
            places = [
                (y2, r2) for x2, y2 in self.ref_at.by_start.get(at, ()) if (r2 := self.ref_at[(x2, y2)]).cls == "Place"
            ]
            if places:
                y2, target = max(places, key=lambda t: t[0])
            elif here:
                y2, area = max(here, key=lambda t: t[0])
                target = area_ref(area)
            else:
                continue
            ev = self.evidence(x, y2, CONFIDENCE["pattern"])
            self.facts.relations.append(RelationFact(ref, "locatedIn", target, ev))

    # ------------------------------------------------------------ people
    def _people(self) -> None:
        for s in self.of("PERSON"):
            self.add(EntityRef("Person", s.text), None, (s.start_char, s.end_char), CONFIDENCE["name"])

    def _credits(self) -> None:
        ev = Evidence(
            article=self.aid, start=0, end=0, sentence=self.article.byline or "", confidence=CONFIDENCE["credit"]
        )
        for name in self.article.reporters:
            ref = EntityRef("Person", name)
            self.facts.entity(ref, mention=False)
            self.facts.reporters.append(ref)
        for name in self.article.photographers:
            ref = EntityRef("Person", name)
            self.facts.entity(ref, mention=False)
            self.facts.photographers.append(ref)
        del ev

    # ------------------------------------------------------------ posts
    def _posts(self) -> None:
        """Who holds which office where, in the two shapes news gives it:

        * titles before a name: BODY TITLE、TITLE，BODY TITLE NAME — each office at the body
          named before it; the other names of a list share the offices (副主席何慧敏、黄山);
        * an election after names: NAME、NAME当选为 [BODY] TITLE — at the body named, or at
          the union the article last named (the one holding the congress).
        """
        text = self.text
        titles = {t.end_char: t for t in self.of("TITLE")}
        people = self.of("PERSON")
        posts: dict[tuple[int, int], list[tuple[Span, EntityRef]]] = {}
        for p in people:
            sa, _ = self.sentence_of(p.start_char)
            chain: list[tuple[Span, tuple[int, EntityRef] | None]] = []
            pos = p.start_char
            while pos > sa:
                k = pos
                while k > sa and text[k - 1] in " 、，,兼" and pos - k < 2:
                    k -= 1
                t = titles.get(k) or titles.get(pos)
                if t is None or (chain and k == pos and t is titles.get(pos) and pos != t.end_char):
                    break
                body = self._body_before(t.start_char)
                chain.append((t, body))
                pos = body[0] if body else t.start_char
            held: list[tuple[Span, EntityRef]] = []
            current: EntityRef | None = None
            for t, body in reversed(chain):
                if body is not None:
                    current = body[1]
                if current is not None and t._.kg_kind != "rank":
                    held.append((t, current))
            posts[(p.start_char, p.end_char)] = held
        # the other names of a list share the first name's offices
        ordered = sorted(people, key=lambda p: p.start_char)
        for prev, p in itertools.pairwise(ordered):
            if text[prev.end_char : p.start_char] == "、" and not posts[(p.start_char, p.end_char)]:
                posts[(p.start_char, p.end_char)] = posts[(prev.start_char, prev.end_char)]
        for p in people:
            for t, org in posts[(p.start_char, p.end_char)]:
                ev = self.evidence(min(t.start_char, p.start_char), max(t.end_char, p.end_char), CONFIDENCE["pattern"])
                self.facts.relations.append(RelationFact(EntityRef("Person", p.text), "post", org, ev, role=t.text))
        self._elections(ordered, titles)

    def _elections(self, people: list[Span], titles: dict[int, Span]) -> None:
        text = self.text
        by_start = {t.start_char: t for t in titles.values()}
        # where the list (names joined by 、) each name is in begins
        opens = list(range(len(people)))
        for j in range(1, len(people)):
            if text[people[j - 1].end_char : people[j].start_char] == "、":
                opens[j] = opens[j - 1]
        for i, p in enumerate(people):
            m = ELECTED.match(text, p.end_char)
            if not m:
                # 会议选举李红为市总工会副主席: the verb before the names, 为 after them
                first = people[opens[i]]
                if not ELECTING.search(text, max(0, first.start_char - 4), first.start_char):
                    continue
                m = re.compile("为").match(text, p.end_char)
                if not m:
                    continue
            pos = m.end()
            body = None
            for x, y in sorted(self.ref_at.by_start.get(pos, ()), key=lambda span: -span[1]):
                ref = self.ref_at[(x, y)]
                if ref.cls in ("TradeUnion", "Organization") and y in by_start:
                    body, pos = ref, y
                    break
            roles = []
            while pos in by_start:
                t = by_start[pos]
                roles.append(t)
                pos = t.end_char
                if text[pos : pos + 1] in "、和及":
                    pos += 1
            if not roles:
                continue
            if body is None:
                body = self._union_before(p.start_char)
            if body is None:
                continue
            # the names listed before this one (江山、周海燕当选为副主席)
            for q in people[opens[i] : i + 1]:
                for t in roles:
                    if t._.kg_kind == "rank":
                        continue
                    ev = self.evidence(q.start_char, t.end_char, CONFIDENCE["pattern"])
                    self.facts.relations.append(
                        RelationFact(EntityRef("Person", q.text), "post", body, ev, role=t.text)
                    )

    def _union_before(self, pos: int) -> EntityRef | None:
        """The union named last before ``pos`` (the first of those ending at the same place)."""

        def filing(span, ref, rank):
            if ref.cls == "TradeUnion":
                yield None, (span[1], -rank, span)

        last = last_before(self.ref_at.group("unions", filing).get(None, []), (pos + 1,))
        return self.ref_at[last[2]] if last is not None else None

    def _body_before(self, pos: int) -> tuple[int, EntityRef] | None:
        best = None
        for x, y in self.ref_at.by_end.get(pos, ()):
            ref = self.ref_at[(x, y)]
            if ref.cls in ("TradeUnion", "Organization") and (best is None or x < best[0]):
                best = (x, ref)
        return best

    def _level_body(self, text: str, at: int) -> EntityRef | None:
        """区政协 in an article about 雁塔区 is 政协西安市雁塔区委员会 (names from level_bodies.tsv)."""
        word, rest = text[0], text[1:]
        if rest not in self.lex.level_bodies:
            return None
        area = self.context_area(self.lex.level_words.get(word, ()), at)
        if area is None:
            return None
        template, cls = self.lex.level_bodies[rest]
        full = self.full_area_name(area)
        ref = EntityRef(cls, template.format(area=full))
        info = self.facts.entity(ref, alias=text)
        for form in {area.name, self.qualified(area)}:
            info.aliases.add(template.format(area=form))
            info.aliases.add(form + rest)
        info.aliases.discard(ref.name)
        self.ref_at[(at, at + len(text))] = ref
        return ref

    def full_area_name(self, area) -> str:
        """A county's or township's name led by its city's (西安市雁塔区), as official names are."""
        if isinstance(area, Zone):
            return area.name
        chain = self.gaz.chain(area.code)
        if area.level == "county" and len(chain) > 1 and chain[1].level == "prefecture":
            return chain[1].name + area.name
        return area.name

    # ------------------------------------------------------------ events
    def _events(self) -> None:
        events: list[EventFact] = []
        for s in self.of("EVENT"):
            fact = self._event(s)
            if fact is not None:
                events.append(fact)
        events += self._meetings()
        self.facts.events = self._merge_events(events)
        self._attendance()
        self._sponsors()
        self._winners()
        self._occasion_dates()

    def _core(self, s: Span) -> str:
        """What identifies an event within its article: its quoted title and head, or its
        name without the year, areas and bodies that open it (望京街道职工沟通会 ~ 职工沟通会)."""
        name = s.text
        q = re.search(f"[{OPEN_QUOTES}][^{CLOSE_QUOTES}]+[{CLOSE_QUOTES}].*$", name)
        if q:
            return q.group()
        pos = s.start_char
        while True:
            m = re.match(r"\d{4}年", self.text[pos : s.end_char])
            if m:
                pos += m.end()
                continue
            nxt = [y for spans in (self.area_at, self.ref_at) for _, y in spans.by_start.get(pos, ()) if y < s.end_char]
            if not nxt:
                break
            pos = max(nxt)
        return self.text[pos : s.end_char]

    def _event(self, s: Span) -> EventFact | None:
        name = s.text
        name = re.sub(r"[（(](?:以下)?简称[^）)]*[）)]", "", name)
        if len(name) < 4 and s._.kg_kind != "verb":
            return None
        sa, sb = self.sentence_of(s.start_char)
        if self._decided_by(s, sa):
            return None  # 落实…代表大会精神: what it decided, not an event of this article
        ev = self.evidence(s.start_char, s.end_char, CONFIDENCE["pattern"])
        core = self._core(s)
        if s._.kg_kind == "verb":  # 慰问困难职工 and 走访慰问了…困难职工家庭 are one visit
            core = "verb:" + re.sub(r"^(?:走访|举行了?)", "", name)[:2]
        fact = EventFact(EntityRef("Event", name), core, ev)
        self.ref_at[(s.start_char, s.end_char)] = fact.ref
        self._organizer(fact, s, sa)
        self._location(fact, s, sa, sb)
        self._date(fact, s, sa, sb)
        self._count(fact, s, sb)
        anaphor = self._names_this_event(s.start_char, sa)
        pinned = fact.date or fact.locations or fact.count or _TITLED_RE.search(name)
        if not pinned and not anaphor and self._planned_or_said(s, sa):
            return None  # 今后将开展更多安全教育活动, 负责人表示，推动全民健身活动…: not one held
        if s._.kg_kind == "verb":
            # 任国强代表集团公司、付丽萍代表集团工会签订了集体合同: the signers take part
            clause = max(sa, max(self.text.rfind(c, sa, s.start_char) for c in "，,；") + 1)
            for p in self.within("PERSON", clause, s.start_char):
                fact.participants.append(
                    (EntityRef("Person", p.text), self.evidence(p.start_char, s.end_char, CONFIDENCE["pattern"]))
                )
        fact.aliases.add("anaphor" if anaphor else "")
        return fact

    def _planned_or_said(self, s: Span, sa: int) -> bool:
        """A word of planning (将, 下一步, 今后 …) or a verb of saying (表示, 介绍 …)
        before the name in its sentence."""
        before = self.doc.char_span(sa, s.start_char, alignment_mode="contract")
        return before is not None and any(
            (t.text in self._plan_words and t.tag_ != "p") or (t.text in self._speech_verbs and t.tag_.startswith("v"))
            for t in before
        )

    def _decided_by(self, s: Span, sa: int) -> bool:
        """落实…代表大会精神 / 贯彻…会议部署: the name stands for what the event decided."""
        if not self._spirit_re.match(self.text, s.end_char):
            return False
        return self._carry_out_re.search(self.text, sa, s.start_char) is not None

    def _names_this_event(self, start: int, sa: int) -> bool:
        """此次… / 本次… / 这次… right before the name, or with a few more of its words
        between (此次健康市集活动): the article's own event named again.  Not when a verb
        stands between (本次比赛作为全国…系列活动: the series is another thing)."""
        m = _THIS_EVENT_RE.search(self.text, max(sa, start - 12), start)
        if m is None:
            return False
        between = self.doc.char_span(m.start() + 2, start, alignment_mode="expand")
        return between is None or all(t.tag_ in _NAME_WORD_TAGS for t in between)

    def _bodies_in(self, a: int, b: int) -> list[tuple[int, int, EntityRef]]:
        """Bodies named in [a, b), outermost only (a union, not the host named inside it)."""
        found = sorted(
            (
                (x, y, r)
                for x, y in self.ref_at.starting_in(a, b + 1)
                if y <= b and (r := self.ref_at[(x, y)]).cls in ("TradeUnion", "Organization")
            ),
            key=lambda t: (t[0], -t[1]),
        )
        out: list[tuple[int, int, EntityRef]] = []
        for x, y, r in found:
            if out and out[-1][0] <= x and y <= out[-1][1]:
                continue
            out.append((x, y, r))
        return out

    def _organizer(self, fact: EventFact, s: Span, sa: int) -> None:
        text = self.text
        before = text[sa : s.start_char]
        m = re.search(r"由(.{2,40}?)(主办|组织|举办|承办|发起)", before)
        if m:
            for x, _y, r in self._bodies_in(sa + m.start(1), sa + m.end(1)):
                fact.organizers.append((r, self.evidence(x, s.end_char, CONFIDENCE["pattern"])))
            if fact.organizers:
                return
        subject = self._subject(s, sa)
        if subject is None and s._.kg_kind == "verb":
            # 涪城区总工会慰问困难职工: a verb phrase's subject stands right before it
            clause = max(sa, max(self.text.rfind(c, sa, s.start_char) for c in "，,；") + 1)
            near = [
                b
                for b in self._bodies_in(clause, s.start_char)
                if re.fullmatch(r"[\u4e00-\u9fff]{0,8}", self.text[b[1] : s.start_char])
                and not self.text[max(sa, b[0] - 2) : b[0]].endswith(("在", "与", "和", "向", "为", "对"))
            ]
            subject = near[-1] if near else None
        if subject is not None:
            x, _y, r = subject
            fact.organizers.append((r, self.evidence(x, s.end_char, CONFIDENCE["pattern"])))
            return
        # a meeting named after its body: 北京市服务工会第二届委员会第三次全体会议
        lead = re.match(r"(\d{4}年(度)?)?", s.text).end()
        opening = [t for t in self._bodies_in(s.start_char, s.end_char) if t[0] == s.start_char + lead]
        if opening and opening[0][1] < s.end_char:
            x, _y, r = opening[0]
            fact.organizers.append((r, self.evidence(x, s.end_char, CONFIDENCE["context"])))

    def _subject(self, s: Span, sa: int) -> tuple[int, int, EntityRef] | None:
        """The body doing 举办/开展/组织… with the event as its object."""
        text = self.text
        before = text[sa : s.start_char]
        verbs = "|".join(
            sorted((v for v, r in self.lex.event_verbs.items() if r == "organizer"), key=len, reverse=True)
        )
        matches = list(re.finditer(f"({verbs})了?", before))
        vm = matches[-1] if matches else None
        if vm is None or s.start_char - (sa + vm.end()) > 24:
            return None
        verb_at = sa + vm.start()
        if re.search("[。；]", text[sa + vm.end() : s.start_char]):
            return None
        clause_start = max(sa, max(text.rfind(c, sa, verb_at) for c in "，,；") + 1)
        for x, y, r in reversed(self._bodies_in(clause_start, verb_at)):
            pre = text[max(sa, x - 2) : x]
            if not pre.endswith(("在", "与", "和", "同", "携手", "联合", "及", "向", "为", "对")):
                return x, y, r
        # the clause has no subject: the sentence's, if a body opens a clause
        for x, y, r in self._bodies_in(sa, verb_at):
            if x == sa or text[x - 1] in "，,":
                return x, y, r
        return None

    def _location(self, fact: EventFact, s: Span, sa: int, sb: int) -> None:
        text = self.text
        # 在 X 举办/召开…, before or after the event's name
        for m in re.finditer(r"在(?:位于[^，。；]{1,20}?的)?", text[sa:sb]):
            at = sa + m.end()
            here = sorted(
                (
                    (y, ref)
                    for x, y in self.ref_at.by_start.get(at, ())
                    # the contract's classes of a location; a union is no venue (在市总工会召开 names
                    # the host, not a place of the graph)
                    if (ref := self.ref_at[(x, y)]).cls in ("Place", "AdministrativeArea", "Organization")
                ),
                key=lambda t: -t[0],
            )
            if not here:
                continue
            y, ref = here[0]
            # the venue may follow its area: 在苏家坨镇凤凰岭劳模实践基地
            after = [
                (y2, r2) for x2, y2 in self.ref_at.by_start.get(y, ()) if (r2 := self.ref_at[(x2, y2)]).cls == "Place"
            ]
            if after and ref.cls == "AdministrativeArea":
                y, ref = max(after, key=lambda t: t[0])
            tail = re.sub(r"^[（(][^）)]*[）)]", "", text[y : y + 30])
            near = s.end_char <= at <= s.end_char + 2 or 0 <= s.start_char - y <= 30
            if re.match(r"(举办|举行|召开|开展|组织|以|拉开|开幕|进行|启动|开班)", tail) or near:
                fact.locations.append((ref, self.evidence(at, y, CONFIDENCE["pattern"])))
                return
        # an area naming the event: 2025年北京经济技术开发区“亦城工匠日”主题活动
        inside_body = [(x, y) for x, y, _ in self._bodies_in(s.start_char, s.end_char)]
        for x, y in self.area_at.starting_in(s.start_char, s.end_char):
            if any(bx <= x < by for bx, by in inside_body):
                continue
            if re.fullmatch(r"(\d{4}年)?", text[s.start_char : x]):
                fact.locations.append((area_ref(self.area_at[(x, y)]), self.evidence(x, y, CONFIDENCE["context"])))
                return

    def _date(self, fact: EventFact, s: Span, sa: int, sb: int) -> None:
        for t in self.within("TIME", sa, sb):
            parsed = parse_date(t.text, self.page.year)
            if parsed:
                lexical, xsd = parsed
                fact.date = (lexical, xsd, self.evidence(t.start_char, t.end_char, CONFIDENCE["pattern"]))
                return

    def _count(self, fact: EventFact, s: Span, sb: int) -> None:
        """How many took part: N名/位/人 in the event's sentence, or in the next one when that
        sentence is about who took part (全区各行业50余名劳动模范…参与)."""
        sa, _ = self.sentence_of(s.start_char)
        cands = [c for c in self._counts(sa, sb) if not (s.start_char - 1 <= c.end_char and c.start_char < s.end_char)]
        if not cands:
            na, nb = self.sentence_of(sb)
            nxt = self.text[na:nb]
            others = self.within("EVENT", na, nb)
            if na == sb and not others and re.search(r"参加|参与|参赛|出席|报名|参训|选手|运动员|队员", nxt):
                cands = self._counts(na, nb)
        if cands:
            players = [c for c in cands if re.match(r"(选手|运动员|队员|参赛)", self.text[c.end_char : c.end_char + 3])]
            c = players[0] if players else cands[0]
            fact.count = (c._.kg_count, self.evidence(c.start_char, c.end_char, CONFIDENCE["pattern"]))

    def _counts(self, a: int, b: int) -> list[Span]:
        """People counted in [a, b): N名/位/人, not inside quotes (“百名劳模进一线”)."""
        out = []
        for c in self.within("COUNT", a, b):
            if c.text[-1] not in "名位人":
                continue
            before = self.text[a : c.start_char]
            if before.count("“") > before.count("”"):
                continue
            if before.rstrip("了共计约近").endswith(self._membership_verbs):
                continue  # 吸纳68名职工入会: new members, not people taking part
            out.append(c)
        return out

    def _meetings(self) -> list[EventFact]:
        """X与Y交流工作: a meeting of two bodies, both taking part."""
        out = []
        text = self.text
        bodies = sorted(((x, y, r) for (x, y), r in self.ref_at.items() if r.cls in ("TradeUnion", "Organization")))
        for x1, y1, r1 in bodies:
            if not text.startswith(("与", "和", "同"), y1):
                continue
            for x2, y2 in sorted(self.ref_at.by_start.get(y1 + 1, ())):
                r2 = self.ref_at[(x2, y2)]
                if r2.cls not in ("TradeUnion", "Organization"):
                    continue
                m = _MEETING.match(text, y2)
                if not m:
                    continue
                end = m.end()
                name = text[x1:end]
                ev = self.evidence(x1, end, CONFIDENCE["pattern"])
                fact = EventFact(EntityRef("Event", name), name, ev)
                fact.participants += [(r1, ev), (r2, ev)]
                out.append(fact)
        return out

    def _merge_events(self, events: list[EventFact]) -> list[EventFact]:
        """One event per distinct core in an article; 此次… refers to the article's main event."""
        merged: list[EventFact] = []
        by_core: dict[str, EventFact] = {}
        for f in events:
            anaphor = "anaphor" in f.aliases
            f.aliases.discard("anaphor")
            f.aliases.discard("")
            target = by_core.get(f.core)
            if target is None and anaphor and merged:
                target = merged[0]
            if target is None:
                by_core[f.core] = f
                merged.append(f)
                continue
            if len(f.ref.name) > len(target.ref.name) and target.ref.name in f.ref.name:
                target.aliases.add(target.ref.name)
                target.ref = f.ref
            elif f.ref.name != target.ref.name:
                target.aliases.add(f.ref.name)
            for attr in ("organizers", "participants", "locations"):
                getattr(target, attr).extend(getattr(f, attr))
            target.date = target.date or f.date
            target.count = target.count or f.count
        return self._merge_headline(merged)

    def _merge_headline(self, events: list[EventFact]) -> list[EventFact]:
        """The headline names the event the body reports: 义务植树 is the …植树系列活动 below."""
        top = len(self.article.headline or "")
        heads = self.lex.event_heads
        out = list(events)
        for h in [e for e in events if e.evidence.start < top]:
            word = next((w for w in heads if h.ref.name.endswith(w) and w not in ("活动", "会议")), None)
            if word is None:
                continue
            body = next((b for b in out if b is not h and b.evidence.start >= top and word in b.ref.name), None)
            if body is None:
                continue
            body.aliases.add(h.ref.name)
            body.aliases |= h.aliases
            for attr in ("organizers", "participants", "locations"):
                if not getattr(body, attr):
                    getattr(body, attr).extend(getattr(h, attr))
            body.date = body.date or h.date
            body.count = body.count or h.count
            out.remove(h)
        return out

    def main_event(self) -> EventFact | None:
        """The event the article reports: its headline's, else the first its body names."""
        return self.facts.events[0] if self.facts.events else None

    def _sponsors(self) -> None:
        """本次竞赛由X、Y联合主办，Z承办: the organisers of the main event, stated apart."""
        main = self.main_event()
        if main is None:
            return
        for m in re.finditer(r"由([^。；]{2,80}?)(?:联合|共同)?(?:主办|举办|组织|承办|发起)", self.text):
            sa, _ = self.sentence_of(m.start())
            own = self.within("EVENT", sa, m.start())
            if own and not re.search(r"(本次|此次|这次|该)", self.text[sa : m.start()]):
                continue
            known = {r for r, _ in main.organizers}
            for x, _y, r in self._bodies_in(m.start(1), m.end()):
                if r not in known:
                    main.organizers.append((r, self.evidence(x, m.end(), CONFIDENCE["pattern"])))
                    known.add(r)
            # …，Z承办 right after
            rest = _HOSTS_AFTER.match(self.text, m.end())
            if rest:
                for x, _y, r in self._bodies_in(rest.start(1), rest.end(1)):
                    if r not in known:
                        main.organizers.append((r, self.evidence(x, rest.end(), CONFIDENCE["pattern"])))
                        known.add(r)

    def _winners(self) -> None:
        """People who win a place or prize (分获前三名, 荣获一等奖) took part in the main event."""
        main = self.main_event()
        if main is None:
            return
        for m in WINNING.finditer(self.text):
            sa, _ = self.sentence_of(m.start())
            for p in self.within("PERSON", sa, m.start()):
                main.participants.append(
                    (EntityRef("Person", p.text), self.evidence(p.start_char, m.end(), CONFIDENCE["context"]))
                )

    def _occasion_dates(self) -> None:
        """The main event happens on the date the article opens with (1月16日，…); events of
        sentences that open with 会上 / 同日 share it."""
        main = self.main_event()
        if main is None:
            return
        if main.date is None:
            top = len(self.article.headline or "")
            first = [t for t in self.of("TIME") if t.start_char >= top]
            lead = self.sentence_of(first[0].start_char) if first else None
            body_start = len(self.text) - len(self.article.body)
            if first and lead[0] <= body_start + 2:
                parsed = parse_date(first[0].text, self.page.year)
                if parsed:
                    main.date = (*parsed, self.evidence(first[0].start_char, first[0].end_char, CONFIDENCE["context"]))
        for f in self.facts.events:
            if f is main or f.date is not None or main.date is None:
                continue
            sa, _ = self.sentence_of(f.evidence.start)
            if self._opens_with(sa, SAME_OCCASION):
                f.date = main.date

    def _attendance(self) -> None:
        """Named people who attend, speak or sign (出席, 讲话, 代表…签订) take part in the event
        last named before them, or in the main event."""
        if not self.facts.events:
            return
        main = self.main_event()
        # the event last in the list among those named before an offset: by start, with the
        # greatest place in the list of those starting at or before each
        order = sorted(range(len(self.facts.events)), key=lambda i: self.facts.events[i].evidence.start)
        starts = [self.facts.events[i].evidence.start for i in order]
        latest = list(itertools.accumulate(order, max))
        for p in self.of("PERSON"):
            _, sb = self.sentence_of(p.start_char)
            window = self.text[p.end_char : min(sb, p.end_char + 12)]
            if not any(v in window for v in ATTEND_VERBS):
                continue
            k = bisect.bisect_right(starts, p.start_char)
            target = self.facts.events[latest[k - 1]] if k else None
            sa, _ = self.sentence_of(p.start_char)
            if target is None or (self._opens_with(sa, SAME_OCCASION) and target.evidence.start < sa):
                target = target if target is not None and target.evidence.start >= sa else main
            target = target or main
            ref = EntityRef("Person", p.text)
            target.participants.append((ref, self.evidence(p.start_char, p.end_char, CONFIDENCE["context"])))

    def _opens_with(self, pos: int, words: tuple[str, ...]) -> bool:
        """``self.text[pos:].lstrip().startswith(words)``, without copying the rest of the text."""
        return self.text.startswith(words, _SPACES.match(self.text, pos).end())

    # ------------------------------------------------------------ awards
    def _awards(self) -> None:
        text = self.text
        awarded = {(ref.name, honour) for ref, honour, _ in self.facts.awards}
        for m in re.finditer(r"(?:第[一二三四五六七八九十\d]+届)?[“\"]([^”\"]{2,16})[”\"](?:称号)?获得者", text):
            honour = m.group(1)
            sa, sb = self.sentence_of(m.start())
            people = self.within("PERSON", max(sa, m.end() + 1), sb)
            if not people:
                na, nb = self.sentence_of(sb)
                if na == sb and re.search(r"分别是|分别为|是|为", text[na : na + 20]):
                    people = self.within("PERSON", na, nb)
            for p in people:
                ev = self.evidence(p.start_char, p.end_char, CONFIDENCE["pattern"])
                if (p.text, honour) not in awarded:
                    self.facts.awards.append((EntityRef("Person", p.text), honour, ev))
                    awarded.add((p.text, honour))
        given = r"(?:荣获|获得|被授予|授予)[^，。；]{0,12}?[“\"]([^”\"]{2,16})[”\"](?:称号|荣誉称号|奖章)"
        for m in re.finditer(given, text):
            honour = m.group(1)
            sa, _ = self.sentence_of(m.start())
            people = self.within("PERSON", sa, m.start())
            for p in people[-3:]:
                ev = self.evidence(p.start_char, m.end(), CONFIDENCE["pattern"])
                self.facts.awards.append((EntityRef("Person", p.text), honour, ev))


def _legal_variants(name: str) -> list[str]:
    """``name`` with a legal form added, or taken off (what ``legal_form_of`` may relate it to)."""
    return [name + form for form in LEGAL_FORMS] + [name[: -len(form)] for form in LEGAL_FORMS if name.endswith(form)]


def parse_date(text: str, year: int | None) -> tuple[str, str] | None:
    """A date as written (2025年3月24日, 3月24日, 2025-03-24, 2025年3月) to an xsd literal."""
    m = re.fullmatch(r"(?:(\d{4})年)?(\d{1,2})月(\d{1,2})日", text)
    if m:
        y = int(m.group(1)) if m.group(1) else year
        mo, d = int(m.group(2)), int(m.group(3))
        if not (1 <= mo <= 12 and 1 <= d <= 31):
            return None
        if y:
            return f"{y:04d}-{mo:02d}-{d:02d}", "date"
        return f"--{mo:02d}-{d:02d}", "gMonthDay"
    m = re.fullmatch(r"(\d{4})[-./](\d{1,2})[-./](\d{1,2})", text)
    if m:
        return f"{int(m.group(1)):04d}-{int(m.group(2)):02d}-{int(m.group(3)):02d}", "date"
    m = re.fullmatch(r"(\d{4})年(\d{1,2})月", text)
    if m:
        return f"{int(m.group(1)):04d}-{int(m.group(2)):02d}", "gYearMonth"
    return None
