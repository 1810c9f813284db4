"""What every extraction family reads and writes for one article: the ``ArticleContext``.

The families (``kg.extract.areas``, ``bodies``, ``posts`` …) are functions of the
context, run in the one order ``kg.extract.article.STEPS`` declares.  What a family
hands to a later one is a named field here (``area_at``, ``ref_at``, ``candidate_events``,
``facts``), never state hidden in an object; each field says which family fills it.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass, field

from spacy.tokens import Doc, Span

from kg.extract.page import PageContext
from kg.extract.spanmap import SpanMap, TailIndex, last_before
from kg.gazetteer import LEVELS, Gazetteer
from kg.ingest.normalize import to_traditional
from kg.lexicon import Lexicon, table, words
from kg.model.article import Article
from kg.model.evidence import Evidence
from kg.model.facts import ArticleFacts, EntityInfo, EntityRef, EventFact

# how sure a fact is, by how it was read: from a name, a pattern, the context, a byline
# verbs joining one body to the next (某某局联合市总工会): a level word after one is one area's
JOINING_VERBS = words("names/name_breakers.txt")
CONFIDENCE = {"name": 0.95, "pattern": 0.85, "context": 0.7, "credit": 0.95}
_SPACES = re.compile(r"\s*")


@dataclass(frozen=True)
class Zone:
    """An area known from its name only: a development zone inside ``parent``."""

    name: str
    parent: str
    code: None = None
    level: str = "zone"  # or "community", or UNPLACED


UNPLACED = "unplaced"  # the level of a Zone standing for a name the registry has several times

# level words standing for a longer ending of their areas' names (特区: 特别行政区)
LEVEL_ENDINGS = dict(table("areas/level_word_endings.tsv"))

# 从X调来, 从X调任: the area someone was transferred from (a career's, not the text's topic)
FROM, TRANSFERRED = "从", "调"
DESTINATION_VERBS = tuple(words("areas/destination_verbs.txt"))  # 到某市疗休养: where people went
MUNICIPALITY = "市"  # the ending of a province-level city's name (北京市), which 市 may stand for
TOWNSHIP = "township"  # the registry's level of towns, townships and streets


def area_ref(area) -> EntityRef:
    """The entity of an area of the registry, or of a zone named inside one."""
    if isinstance(area, Zone):
        return EntityRef("AdministrativeArea", area.name, None, within=area.parent)
    return EntityRef("AdministrativeArea", area.name, area.code)


@dataclass
class ArticleContext:
    """One article as the families see it, and the tables they share.

    Read-only after construction: the doc, its text, sentences, spans and abbreviations.
    Written by families, in the order of ``STEPS``: ``area_at``/``area_kind``/``seen_codes``
    (areas), ``ref_at`` (areas, bodies, people, events: what each span was resolved to),
    ``candidate_events`` (events, meetings), ``facts`` (every family).
    """

    doc: Doc
    article: Article
    page: PageContext
    article_id: str
    gaz: Gazetteer
    lex: Lexicon
    text: str
    sentences: list[tuple[int, int]]  # (start, end) of each sentence, in order
    spans: list[Span]  # the mentions of doc.spans["kg"], by start then longest first
    abbreviations: dict[str, str]  # short form defined in the text -> what it stands for
    facts: ArticleFacts
    spans_by_label: dict[str, list[Span]] = field(default_factory=dict)
    # what was resolved at each span, indexed (kg.extract.spanmap) as each mention asks
    # what stands near it
    area_at: SpanMap = field(default_factory=SpanMap)  # span -> area (areas)
    area_kind: dict[tuple[int, int], str] = field(default_factory=dict)  # span -> how the area was written
    # span -> an area the registry has several times, none picked (areas): named by its name alone
    unplaced_at: dict[tuple[int, int], Zone] = field(default_factory=dict)
    ref_at: SpanMap = field(default_factory=SpanMap)  # span -> EntityRef (areas, bodies, people, events)
    seen_codes: list[str] = field(default_factory=list)  # the region's codes, then each area's as read
    # events read, before merging; True where 此次/本次… names the article's own event again
    candidate_events: list[tuple[EventFact, bool]] = field(default_factory=list)
    # caches of questions asked often, made at their first use
    area_stems: dict[str, dict[str, tuple[int, object]]] | None = None  # see area_stems.area_by_stem
    bodies_by_tail: TailIndex | None = None  # see level_names.level_name
    # a level short form as written -> (where, what it was read as), in reading order (see level_names)
    short_forms_read: dict[str, list[tuple[int, tuple[str, object]]]] = field(default_factory=dict)
    head_fit_cache: dict[tuple[str, str], bool] = field(default_factory=dict)  # see level_names.head_fits
    named_levels: set[tuple] | None = None  # the levels, names and codes of the areas read (see area_unnamed)
    county_city: tuple | None = None  # (the one county-level city named, or None,): see one_area

    def __post_init__(self) -> None:
        self._sentence_starts = [a for a, _ in self.sentences]
        for span in self.spans:
            self.spans_by_label.setdefault(span.label_, []).append(span)
        self._label_starts = {label: [s.start_char for s in spans] for label, spans in self.spans_by_label.items()}
        self.abbreviation_lengths = sorted({len(a) for a in self.abbreviations}, reverse=True)
        self.seen_codes = list(self.page.region)

    # ------------------------------------------------------------ where things are
    def sentence_of(self, start: int) -> tuple[int, int]:
        """The sentence an offset is in (the whole text when it is in none)."""
        i = bisect.bisect_right(self._sentence_starts, start) - 1  # sentences are in order, apart
        if i >= 0 and start < self.sentences[i][1]:
            return self.sentences[i]
        return 0, len(self.text)

    def evidence(self, start: int, end: int, conf: float) -> Evidence:
        """What a fact was read from: the span, and its sentence."""
        a, b = self.sentence_of(start)
        return Evidence(article=self.article_id, start=start, end=end, sentence=self.text[a:b].strip(), confidence=conf)

    def mentions_of(self, label: str) -> list[Span]:
        """The mentions of ``label``, in order."""
        return list(self.spans_by_label.get(label, ()))

    def mentions_in(self, label: str, a: int, b: int) -> list[Span]:
        """The mentions of ``label`` that start in ``[a, b)``, in order."""
        starts = self._label_starts.get(label)
        if not starts:
            return []
        return self.spans_by_label[label][bisect.bisect_left(starts, a) : bisect.bisect_left(starts, b)]

    def opens_with(self, pos: int, words: tuple[str, ...]) -> bool:
        """``self.text[pos:].lstrip().startswith(words)``, without copying the rest of the text."""
        return self.text.startswith(words, _SPACES.match(self.text, pos).end())

    # ------------------------------------------------------------ what was found
    def add(self, ref: EntityRef, alias: str | None, span: tuple[int, int], conf: float = 0.9) -> EntityInfo:
        """Record an entity mentioned at ``span`` (its evidence: the first mention)."""
        info = self.facts.entity(ref, alias)
        printed = self.written_at(span[0], span[1])
        if printed is not None and printed != ref.name:
            info.aliases.add(printed)  # found by the name as printed; the label stays simplified
        if ref.cls == "Person" and self.article.dots and self.text[span[0] : span[1]] == ref.name:
            dots = self.article.dots  # (a name's dot as printed: the label resolve gives the person)
            printed = "".join(dots.get(span[0] + k, c) for k, c in enumerate(ref.name))
            if printed != ref.name:
                info.aliases.add(printed)
        if info.evidence is None:
            info.evidence = self.evidence(span[0], span[1], conf)
        self.ref_at[span] = ref
        return info

    def merge(self, merged: dict[EntityRef, EntityRef]) -> None:
        """Each entity of ``merged`` into the one it maps to (a short form into its full name):
        mentions, aliases, the spans read as it, and the bodies it was the parent of.  A full
        name that is itself merged away passes its short forms on to where it goes."""

        def last(ref: EntityRef) -> EntityRef:
            seen = {ref}
            while ref in merged and merged[ref] not in seen:
                ref = merged[ref]
                seen.add(ref)
            return ref

        merged = {short: last(full) for short, full in merged.items() if last(full) != short}
        for short, full in merged.items():
            if short not in self.facts.entities or full not in self.facts.entities:
                continue
            other = self.facts.entities.pop(short)
            info = self.facts.entity(full, alias=short.name, mention=False)
            info.mentions += other.mentions
            info.aliases |= other.aliases
        for span, ref in list(self.ref_at.items()):
            if ref in merged:
                self.ref_at[span] = merged[ref]
        for each in self.facts.entities.values():
            if each.parent in merged:
                each.parent = merged[each.parent]

    def written_at(self, a: int, b: int) -> str | None:
        """The text of ``[a, b)`` as printed, when the page was converted there (else None)."""
        written = self.article.written
        if written is None or written[a:b] == self.text[a:b]:
            return None
        return written[a:b]

    def written_before(self, word: str, end: int) -> str | None:
        """``word`` as printed where the text last writes it before ``end`` (a title read
        from simplified text, printed 黨組書記 on a converted page), or its traditional spelling
        where the page never prints it whole; None when unconverted."""
        if self.article.written is None:
            return None
        k = self.text.rfind(word, max(0, end - len(word) - 12), end)
        if k < 0:
            # a role never printed whole (女職工委員會，張萍任主任): spelled as the page would
            spelled = to_traditional(word)
            return spelled if spelled != word else None
        return self.written_at(k, k + len(word))

    def areas_in(self, a: int, b: int) -> list[tuple[int, int, object]]:
        """The areas read inside ``[a, b]``, in order."""
        return [(x, y, self.area_at[(x, y)]) for x, y in self.area_at.starting_in(a, b + 1) if y <= b]

    def context_area(self, levels: tuple[str, ...], before: int, word: str = ""):
        """The area of one of ``levels`` the text last named before ``before``, else the region's.

        ``word``: the level word that stands for the area (省 in 省总工会), which its name must
        end with — 省总工会 is never 北京市's, though a municipality is of a province's level
        (特区 stands for the ending 特别行政区: level_word_endings.tsv)."""
        word = LEVEL_ENDINGS.get(word, word)
        if self._own(before):
            return self._region_area(levels, word, [])
        headed = self.headline_township(levels, word)
        if headed is not None:
            return headed
        home = "prefecture" in levels  # 市 on a prefecture city's page: not a municipality elsewhere
        by_level = self.area_at.group(
            ("level", home), lambda span, area, _rank: [] if home and self._elsewhere(area) else [(area.level, span)]
        )
        fitting = self.area_at.group(
            ("level", word, home),
            lambda span, area, _rank: (
                [(area.level, span)]
                if area.name.endswith(word) and not (home and self._elsewhere(area)) and not self._left(span)
                else []
            ),
        )

        def named(table: dict) -> list:
            return [span for level in set(levels) if (span := last_before(table.get(level, []), (before,)))]

        last = named(fitting)
        if last:
            return self.area_at[max(last)]
        # none fits: the last ones named of those levels are areas the word cannot mean
        return self._region_area(levels, word, [self.area_at[span] for span in named(by_level)])

    def _several(self, before: int) -> bool:
        """Does a word before ``before`` make a level word several areas' (相关市, 各区)?  Not a
        verb joining one body to the next (某某局联合市总工会)."""
        text = self.text
        return text.endswith(self.lex.generic_prefixes, 0, before) and not text.endswith(JOINING_VERBS, 0, before)

    def area_unnamed(self, levels: tuple[str, ...], before: int, word: str = "") -> bool:
        """Is a level word at ``before`` one area the page never names (县总工会, 市政协 in a
        county's or a city's own paper, which calls its area by the level word alone)?  Not
        when the text names any area of those levels (the word may be one of them, or one
        inside it: 市 after 湖南省 on a page outside it), save the page's own province, which
        the word is not (市 is never 青海省, its name no 市); nor after a word making it
        several areas' (各县, 相关市)."""
        if self._several(before):
            return False
        if self.named_levels is None:  # (asked once the areas are all known)
            self.named_levels = {
                (getattr(a, "level", None), getattr(a, "name", ""), getattr(a, "code", None))
                for a in self.area_at.values()
            }
        ending, home = LEVEL_ENDINGS.get(word, word), self.page.region[-1] if self.page.region else None
        return not any(
            level in levels and (name.endswith(ending) or not (home and code and self.gaz.contains(code, home)))
            for level, name, code in self.named_levels
        )

    def _own(self, at: int) -> bool:
        """Does a level word at ``at`` follow a word that makes it the page's own area (我市)?"""
        return 0 < at < len(self.text) and self.text[at - 1] in self.lex.own_area_markers

    def _region_area(self, levels: tuple[str, ...], word: str, passed: list):
        """The area of one of ``levels`` the page's region names (its furniture, its outlet),
        inside each of ``passed`` of a larger level, else None.  The page's own area (the
        region's last) is what its level word stands for whatever its rank: a county-level
        city's paper or account says 市总工会 for its own union (义乌发布: 义乌市总工会); so does
        a town's page for the county-level city it lies in when no city of a prefecture's
        rank holds that one (琼海市博鳌镇, 格尔木市 of a 州: 市总工会 is the county-level city's)."""
        own = self.page.region[-1] if self.page.region else None
        county = None  # (the county-level 市 of the region, were no larger 市 there)
        for code in reversed(self.page.region):
            for area in self.gaz.chain(code):
                if not (area.name.endswith(word) and self._inside_passed(area, passed)):
                    continue
                if area.level in levels or (area.code == own and area.level == "county"):
                    return area
                if county is None and area.level == "county" and word == MUNICIPALITY and "prefecture" in levels:
                    county = area
        return county

    def headline_township(self, levels: tuple[str, ...], word: str):
        """The one street or town the headline names (某街道总工会2027年度工作总结), when the
        level word is a township's (街道党工委, 街道总工会): a street's own report calls itself
        by the level word alone, whatever other street it named on the way (与某街道总工会联合
        在位于某街道的…); None else."""
        headline = self.article.headline
        if TOWNSHIP not in levels or not headline or not self.text.startswith(headline):
            return None
        found = {area for _x, _y, area in self.areas_in(0, len(headline)) if getattr(area, "level", None) == TOWNSHIP}
        return found.pop() if len(found) == 1 and next(iter(found)).name.endswith(word) else None

    def _left(self, span: tuple[int, int]) -> bool:
        """从芒海镇调来: an area someone was transferred from, no area the text goes on about
        (镇政府 after it is still the township the page visits); 到林芝市疗休养: one outside
        the page's area that people went to."""
        if self.text.endswith(FROM, 0, span[0]) and self.text.startswith(TRANSFERRED, span[1]):
            return True
        return self.gone_abroad(span)

    def gone_abroad(self, span: tuple[int, int]) -> bool:
        """到林芝市疗休养: is the area at ``span`` one outside the page's area that people went to?"""
        return self.text.endswith(DESTINATION_VERBS, 0, span[0]) and self._abroad(self.area_at[span])

    def _abroad(self, area) -> bool:
        """Does ``area`` lie outside the page's own area (neither holding nor inside it)?"""
        home = self.page.region[-1] if self.page.region else None
        code = getattr(area, "code", None)
        if home is None or not code or code == home:
            return False
        return not self.gaz.contains(code, home) and not self.gaz.contains(home, code)

    def _elsewhere(self, area) -> bool:
        """A municipality (北京市: a 市 of a province's level) named on a page about a
        prefecture-level city outside it: the city's own bodies (市总工会, 市委) are that
        city's, and the capital is where its people travel to (赴京参会, 在北京召开)."""
        if area.level != "province" or not self.page.region:
            return False
        if not area.name.endswith(MUNICIPALITY):  # 市 after 湖南省: a city of 湖南省's, not the page's
            return False
        home = self.page.region[-1]
        if not any(a.level == "prefecture" for a in self.gaz.chain(home)):
            return False
        return home != area.code and not self.gaz.contains(area.code, home)

    def _inside_passed(self, area, passed: list) -> bool:
        """The page's area stands for a level word only inside the larger area the text
        named last and the word could not mean (市总工会 after 湖南省 is a city of 湖南省's)."""
        return all(
            self.gaz.contains(other.code, area.code)
            for other in passed
            if getattr(other, "code", None) and LEVELS.index(other.level) < LEVELS.index(area.level)
        )

    def qualified(self, area) -> str:
        """An area's name, qualified by its parent when the bare name is ambiguous (西山区)."""
        if isinstance(area, Zone):
            return area.name
        if len(self.gaz.lookup(area.name)) > 1 and area.parent:
            parent = self.gaz.get(area.parent)
            return parent.name + area.name
        return area.name

    def union_before(self, pos: int) -> EntityRef | None:
        """The union named last before ``pos`` (the first of those ending at the same place)."""

        def filing(span, ref, rank):
            if ref.cls == "TradeUnion":
                yield None, (span[1], -rank, span)

        last = last_before(self.ref_at.group("unions", filing).get(None, []), (pos + 1,))
        return self.ref_at[last[2]] if last is not None else None

    def bodies_in(self, a: int, b: int) -> list[tuple[int, int, EntityRef]]:
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

    def main_event(self) -> EventFact | None:
        """The event the article reports: its headline's, else the first its body names."""
        return self.facts.events[0] if self.facts.events else None
