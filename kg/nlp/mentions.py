"""Finding the names that matter to union news: unions, bodies, areas, venues, people,
titles, events, dates and head counts.

Generic NER cuts names at the wrong places for this genre (LAC reads 来广营 as a
person-free ORG glued to the district body before it, and 常态化工会驿站 as a union),
so each kind of name is found by the morphology Chinese names have: an *ending*
(…总工会, …有限公司, …广场, …比赛) at a word boundary, and a *start* found by walking
left over name-like words to the leftmost anchor (an area name, an ORG word, a quote).

The result is a list of ``Found`` character spans; the ``kg_mentions`` component
aligns the tokens to them and stores them as ``doc.spans["kg"]``.
"""

from __future__ import annotations

import functools
import itertools
import re
from collections.abc import Iterator
from dataclasses import dataclass, field

import numpy as np
from spacy.language import Language
from spacy.tokens import Doc, Span

from kg.lexicon import Lexicon, lexicon, table, words
from kg.nlp.align import split_tokens
from kg.nlp.doctable import entity_table, token_table
from kg.nlp.spans import Anchors, Containers, Marks, occurrences_of_words
from kg.nlp.text import CLOSE_QUOTES, OPEN_QUOTES, all_han, is_han

# Tags of words the tagger reads as names (LAC's entity and proper-noun tags).
PROPER_TAGS = frozenset({"LOC", "ORG", "PER", "nz", "nw", "ns", "nr", "nt"})
PLACE_TAGS = frozenset({"LOC", "ns"})

# POS tags of LAC words that can sit inside a name.
NAMEISH = {"ORG", "LOC", "n", "nz", "vn", "j", "nw", "an", "xc", "s", "nt", "ns"}
ORDINAL_RE = re.compile(
    r"第?[一二三四五六七八九十百\d]+[届次期轮](?:[一二三四五六七八九十\d]+次)?"
    r"|\d{4}年|首届|首场|[一二三四五六七八九十\d]+周年"
)
# Words that never open or sit inside a name, whatever their tag.
BREAKERS = set("的在与和及或为对向从将把被了是等由并以于")
# What follows a person's name in a list of officials (出席, 主持, 讲话 …).
PERSON_FOLLOWERS = (
    "出席",
    "主持",
    "讲话",
    "表示",
    "介绍",
    "代表",
    "致辞",
    "同志",
    "等",
    "和",
    "与",
    "及",
    "为",
    "向",
    "对",
    "在",
    "作",
    "参加",
    "一行",
    "带队",
    "指出",
    "强调",
    "宣读",
    "颁发",
    "说",
    "当选",
    "认为",
    "告诉",
    "获得",
    "荣获",
    "到会",
)

Span.set_extension("kg_kind", default=None, force=True)
Span.set_extension("kg_ref", default=None, force=True)
Doc.set_extension("kg_abbreviations", default=None, force=True)


@dataclass(order=True)
class Found:
    start: int
    end: int
    label: str  # UNION ORG AREA PLACE PERSON TITLE EVENT TIME COUNT
    kind: str = ""  # AREA: full/short/abbr/capital; TITLE: post/rank; COUNT: the number
    ref: str = field(default="", compare=False)  # abbreviations: the full name they stand for


class Tokens:
    """Character-level view of a Doc's tokens.

    Read from ``Doc.to_array`` rather than by iterating the Doc: every ``Token`` object
    spaCy makes costs more than the lookups here, and ``Doc.text`` rebuilds the whole
    string from the tokens on each access.
    """

    def __init__(self, doc: Doc) -> None:
        self.text, self.tokens = token_table(doc)
        self.bounds = np.array([(a, b) for a, b, _, _ in self.tokens], dtype=np.int64).reshape(-1, 2)
        self.starts = set(self.bounds[:, 0].tolist())
        self.ends = set(self.bounds[:, 1].tolist())
        self.tok_at = _token_at(len(self.text), self.bounds)
        self.ents = {(self.tokens[a][0], self.tokens[b - 1][1]): label for a, b, label in entity_table(doc)}

    def token(self, i: int) -> tuple[int, int, str, str]:
        return self.tokens[i]

    def tag_at(self, c: int) -> str:
        if c >= len(self.text) or not self.tokens:
            return ""
        return self.tokens[self.tok_at[c]][3]

    def token_span_at(self, c: int) -> tuple[int, int]:
        a, b, _, _ = self.tokens[self.tok_at[c]]
        return a, b


def _token_at(size: int, bounds: np.ndarray) -> list[int]:
    """For each character offset, the index of the token holding it (white space between
    tokens: 0; the end of the text: the number of tokens).  ``bounds``: (start, end) rows."""
    at = np.zeros(size + 1, dtype=np.int64)
    if len(bounds):
        lengths = bounds[:, 1] - bounds[:, 0]
        owner = np.repeat(np.arange(len(bounds)), lengths)
        first = np.repeat(bounds[:, 0] - (np.cumsum(lengths) - lengths), lengths)
        at[first + np.arange(len(owner))] = owner
    at[size] = len(bounds)
    return at.tolist()


def occurrences(text: str, word: str) -> Iterator[tuple[int, int]]:
    """(start, end) of each occurrence of ``word``, left to right, not overlapping (as
    ``re.finditer`` of the escaped word, without a regex: most words are not there at all)."""
    i = text.find(word)
    while i >= 0 and word:
        yield i, i + len(word)
        i = text.find(word, i + len(word))


def _pair_code(pair: str) -> int:
    """Two characters as one integer (code points fit in 21 bits)."""
    return (ord(pair[0]) << 21) | ord(pair[1])


class AreaIndex:
    """Surface forms of areas, grouped by first character for a fast longest match."""

    def __init__(self, full: set[str], short: set[str]) -> None:
        self.full = full
        self.short = short
        self.lengths: dict[str, list[int]] = {}
        for form in full | short:
            self.lengths.setdefault(form[0], []).append(len(form))
        for k in self.lengths:
            self.lengths[k] = sorted(set(self.lengths[k]), reverse=True)
        self.first_chars = frozenset(self.lengths)
        self.prefixes = frozenset(form[:2] for form in full | short)  # every form has two or more
        self._prefix_codes = np.array(sorted(_pair_code(p) for p in self.prefixes), dtype=np.int64)

    def candidates(self, text: str, firsts: frozenset[str] | set[str]) -> list[int]:
        """Offsets of Han characters where a form may begin: its first two characters
        open some form, or the character is one of ``firsts``.

        One numpy pass instead of a set look-up per character: most of a text's
        characters open no area name at all.
        """
        codes = np.frombuffer(text.encode("utf-32-le", "surrogatepass"), dtype=np.uint32).astype(np.int64)
        hit = np.zeros(len(codes), dtype=bool)
        known = self._prefix_codes
        if len(codes) > 1 and len(known):
            pairs = (codes[:-1] << 21) | codes[1:]
            at = np.minimum(np.searchsorted(known, pairs), len(known) - 1)
            hit[:-1] = known[at] == pairs
        if firsts:
            hit |= np.isin(codes, np.array([ord(c) for c in firsts], dtype=np.int64))
        han = (
            ((codes >= 0x3400) & (codes <= 0x4DBF))
            | ((codes >= 0x4E00) & (codes <= 0x9FFF))
            | ((codes >= 0xF900) & (codes <= 0xFAFF))
        )
        return np.flatnonzero(hit & han).tolist()

    def longest(self, text: str, i: int, extra: dict[str, str]) -> tuple[int, str] | None:
        best = None
        for form in extra:
            if text.startswith(form, i) and (best is None or len(form) > best[0]):
                best = (len(form), "abbr")
        if text[i : i + 2] not in self.prefixes:
            return best
        for n in self.lengths.get(text[i], ()):
            if best and n <= best[0]:
                break
            form = text[i : i + n]
            if form in self.full:
                return n, "full"
            if form in self.short:
                return n, "short"
        return best


@functools.cache
def area_index() -> AreaIndex:
    """Built once per process (a build forks its workers after building it)."""
    from kg.gazetteer import Gazetteer
    from kg.lexicon import words

    gaz = Gazetteer.default()
    stop = set(words("area_stopwords.txt"))
    full = {f for f in gaz.surface_forms() if f not in stop and len(f) >= 2}
    return AreaIndex(full, {f for f in gaz.short_forms() if f not in stop and len(f) >= 2} - full)


class MentionFinder:
    def __init__(self, lex: Lexicon | None = None, areas: AreaIndex | None = None) -> None:
        self.lex = lex or lexicon()
        self.areas = areas or area_index()
        self.capital = set(self.lex.capital_words)
        self._capital_firsts = {w[0] for w in self.capital}
        self.national = self.lex.national_bodies
        self._title_re = re.compile("|".join(map(re.escape, self.lex.titles_longest_first)))
        self.surnames = words("surnames.txt")
        self.name_breakers = set(words("name_breakers.txt"))
        self.description_words = words("description_words.txt")
        self.community_stop = words("community_stopwords.txt")
        self.org_heads = words("org_heads.txt")
        self.zone_suffixes = words("zone_suffixes.txt")
        self.common_venue_heads = dict(table("venue_common_heads.tsv"))
        self._event_pattern_re = [re.compile(p) for p in words("event_patterns.txt")]
        self._person_head_re = re.compile("|".join(map(re.escape, words("person_heads.txt"))))
        # 人次 counts visits, not people
        self._count_re = re.compile(r"(\d+|[一二两三四五六七八九十百千万]+)(余|多)?(名|位|人(?!次)|支|家)")
        self._name_breaker_words = tuple(sorted(self.name_breakers))
        self._union_committees = words("union_committees.txt")
        self._anchored_suffixes = frozenset(words("org_anchored_suffixes.txt"))
        self._nickname_prefixes = frozenset(words("nickname_prefixes.txt"))
        self._surname_set = frozenset(self.surnames)
        bodies = sorted((w for w, (_c, k) in self.lex.level_bodies.items() if k != "TradeUnion"), key=len, reverse=True)
        self._level_body_re = re.compile(f"(省|市|区|县)({'|'.join(bodies)})(?!员)")
        self._longer_titles: dict[int, tuple[str, ...]] = {}
        self._longer_venue_suffixes: dict[int, tuple[str, ...]] = {}
        self._longer_areas: dict[str, tuple[frozenset[str], tuple[int, ...]]] = {}

    def _titles_longer_than(self, n: int) -> tuple[str, ...]:
        """Titles of more than ``n`` characters, as a tuple for ``str.startswith``."""
        found = self._longer_titles.get(n)
        if found is None:
            found = self._longer_titles[n] = tuple(t for t in self.lex.titles if len(t) > n)
        return found

    def _venue_suffixes_longer_than(self, n: int) -> tuple[str, ...]:
        found = self._longer_venue_suffixes.get(n)
        if found is None:
            found = self._longer_venue_suffixes[n] = tuple(v for v in self.lex.venue_suffixes if len(v) > n)
        return found

    # -- the whole document -------------------------------------------------
    def find(
        self, doc: Doc, tk: Tokens | None = None, rejected: list[Found] | None = None
    ) -> tuple[list[Found], dict[str, str]]:
        """Mentions and abbreviations; names the model took for people that are not
        people (a robot called 天轶) are added to ``rejected`` when it is given."""
        tk = tk or Tokens(doc)
        areas = self._areas(tk, {})
        abbrs = self._abbreviations(tk, areas + self._zones(tk, areas))
        if abbrs:
            areas = self._areas(
                tk,
                {a: full for a, full in abbrs.items() if self._is_area_name(full) or full.endswith(self.zone_suffixes)},
            )
        areas += self._zones(tk, areas)
        areas += self._communities(tk, areas)
        found: list[Found] = list(areas)
        size = len(tk.text)
        bodies = self._bodies(tk, Anchors(size, areas), abbrs)
        found += bodies
        people = self._people(tk, found, rejected)
        # a person is a person even when the name is also a place's (黄山, 江山)
        named = Marks(size, ((p.start, p.end) for p in people))
        found = [f for f in found if not (f.label == "AREA" and named.overlaps(f.start, f.end))] + people
        found += self._titles(tk)
        events = self._events(tk, found)
        # an event named inside a longer body or event is part of that name
        holders = Containers((f.start, f.end) for f in found + events if f.label in ("ORG", "UNION", "PLACE", "EVENT"))
        found += [ev for ev in events if not holders.holds_more(ev.start, ev.end)]
        found += self._times_and_counts(tk)
        found.sort()
        return found, abbrs

    def _zones(self, tk: Tokens, areas: list[Found]) -> list[Found]:
        """Development zones the registry lacks (武汉东湖新技术开发区): an area name, then name
        words, then a zone ending."""
        text = tk.text
        starts = Anchors(len(text), areas)
        taken = Marks(len(text), ((f.start, f.end) for f in areas))
        out = []
        for suffix in self.zone_suffixes:
            for s, e in occurrences(text, suffix):
                if taken.overlaps(s, e):
                    continue
                if e not in tk.ends and tk.tag_at(e - 1) not in ("ORG", "LOC"):
                    continue
                a = self._left_edge(tk, s, starts)
                if a is None or a not in starts or starts[a].kind != "full":
                    continue
                out.append(Found(a, e, "AREA", "zone"))
                taken.add(a, e)
        return out

    def _communities(self, tk: Tokens, areas: list[Found]) -> list[Found]:
        """Communities (社区), below the registry's townships: a place word and 社区."""
        text = tk.text
        taken = Marks(len(text), ((f.start, f.end) for f in areas))
        out = []
        for m in re.finditer("社区", text):
            e = m.end()
            a, _ = tk.token_span_at(max(0, m.start() - 1)) if m.start() else (0, 0)
            if m.start() in tk.starts and m.start() > 0:
                a = tk.token_span_at(m.start() - 1)[0]
                if tk.tag_at(a) not in ("LOC", "ns", "nz", "ORG"):
                    continue
            elif tk.tag_at(m.start()) not in ("LOC", "ORG") or a >= m.start():
                continue
            stem = text[a : m.start()]
            if not (2 <= len(stem) <= 5 and all_han(stem)) or stem.startswith(self.community_stop):
                continue
            if taken.overlaps(a, e):
                continue
            out.append(Found(a, e, "AREA", "community"))
            taken.add(a, e)
        return out

    def _is_area_name(self, name: str) -> bool:
        return name in self.areas.full

    # -- areas --------------------------------------------------------------
    def _areas(self, tk: Tokens, extra: dict[str, str]) -> list[Found]:
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
                out.append(Found(i, i + len(cap), "AREA", "capital"))
                i += len(cap)
                continue
            if hit is None:
                continue
            n, kind = hit
            j = i + n
            if self._area_ok(tk, i, j, kind):
                ref = extra.get(text[i:j], "") if kind == "abbr" else ""
                out.append(Found(i, j, "AREA", kind, ref))
                i = j
        return out

    def _area_ok(self, tk: Tokens, i: int, j: int, kind: str) -> bool:
        text = tk.text
        # A name glued inside a longer plain word (广东城市 …) is not a mention.
        starts_ok = i in tk.starts or tk.tag_at(i) in ("ORG", "LOC") or text[i - 1 : i] in OPEN_QUOTES
        if kind == "short":
            # a bare stem (海淀, 通州) only as its own LOC word or opening an ORG word
            a, b = tk.token_span_at(i)
            tag = tk.tag_at(i)
            return a == i and ((b == j and tag in ("LOC", "ns", "ORG")) or tag == "ORG")
        if not starts_ok:
            return False
        # the next character must not continue the place name into a longer word
        return j in tk.ends or tk.tag_at(j - 1) in ("ORG", "LOC") or j >= len(text)

    def _abbreviations(self, tk: Tokens, areas: list[Found]) -> dict[str, str]:
        """``X（以下简称“Y”）`` definitions: Y stands for the name just before."""
        text = tk.text
        out: dict[str, str] = {}
        anchors = Anchors(len(text), areas)
        full_before = {f.end: text[f.start : f.end] for f in areas if f.kind == "full"}  # the last one ending there
        for m in re.finditer(r"[（(](?:以下)?简称[“\"]?([^”\"）)]{1,12})[”\"]?[）)]", text):
            abbr = m.group(1)
            end = m.start()
            full = full_before.get(end)
            if full is None:
                k = self._left_edge(tk, end, anchors)
                full = text[k:end] if k is not None else None
            if full and abbr != full:
                out[abbr] = full
        return out

    # -- unions, organisations, venues ---------------------------------------
    def _left_edge(self, tk: Tokens, s: int, area_starts: Anchors, limit: int = 40) -> int | None:
        """Leftmost plausible start of a name that ends where ``s`` begins, or None."""
        text = tk.text
        k = s
        anchors: list[int] = []
        while k > 0 and s - k < limit:
            a, _ = tk.token_span_at(k - 1)
            word = text[a:k]
            tag = tk.tag_at(k - 1)
            in_area = a in area_starts.covered or k - 1 in area_starts.covered
            if text[k - 1] in CLOSE_QUOTES:
                q = text.rfind(OPEN_QUOTES[CLOSE_QUOTES.index(text[k - 1])], max(0, k - 30), k - 1)
                if q < 0:
                    break
                k = q
                anchors.append(k)
                continue
            if text[k - 1] in "）)" and k == s:
                # X（以下简称“Y”）总工会: the definition sits inside the name
                q = max(text.rfind("（", max(0, k - 20), k), text.rfind("(", max(0, k - 20), k))
                if q > 0 and "简称" in text[q:k]:
                    k = q
                    continue
                break
            inner_adj = tag in ("a", "b", "an") and k < s and len(word) <= 2
            if not (in_area or tag in NAMEISH or inner_adj or (word.isascii() and word.strip().isalnum())):
                break
            if word in BREAKERS or word in self.name_breakers:
                break
            k = a
            if a in area_starts or tag == "ORG" or tag == "LOC" or (word.isascii() and word.isalnum()):
                anchors.append(a)
        if k == s:
            return None
        start = min(anchors) if anchors else k
        # a name does not open with an adjective (先进, 公共 …) unless it is anchored there
        while start < s and start not in anchors and tk.tag_at(start) in ("a", "b", "an"):
            start = tk.token_span_at(start)[1]
        return start if start < s else None

    def _anchored(self, tk: Tokens, a: int, area_starts: Anchors) -> bool:
        """Does a name opening at ``a`` open with something proper: an area, an ORG/LOC/PER or
        proper-noun word, Latin letters, or a quote?"""
        text = tk.text
        return (
            a in area_starts
            or tk.tag_at(a) in ("ORG", "LOC", "PER", "nz", "ns", "nt")
            or (text[a].isascii() and text[a].isalnum())
            or text[a - 1 : a] in OPEN_QUOTES
        )

    def _strip_generic(self, text: str, a: int, s: int) -> int | None:
        """Drop leading descriptors (各级, 基层 …); None when nothing but them is left."""
        changed = True
        while changed and a < s:
            changed = False
            for g in self.lex.generic_prefixes:
                if text.startswith(g, a) and a + len(g) <= s:
                    return None
        return a

    def _bodies(self, tk: Tokens, area_starts: Anchors, abbrs: dict[str, str]) -> list[Found]:
        """Unions, organisations and venues: candidates first, then the longest names win."""
        text = tk.text
        cands: list[Found] = []
        national: list[Found] = []
        # national bodies known by name (中华全国总工会, 中央和国家机关工会联合会 …)
        for name, (canonical, cls) in sorted(self.national.items(), key=lambda kv: -len(kv[0])):
            for s, e in occurrences(text, name):
                label = "UNION" if cls == "TradeUnion" else "ORG"
                national.append(Found(s, e, label, "national", canonical))
        cands += self._unions(tk, area_starts)
        cands += self._orgs(tk, area_starts, cands)
        cands += self._venues(tk, area_starts)
        # a name found once is the same name wherever else it is written
        names = {(text[f.start : f.end], f.label, f.kind) for f in cands if f.end - f.start >= 4}
        places = occurrences_of_words(text, {name for name, _, _ in names})
        for name, label, kind in names:
            for s, e in places[name]:
                cands.append(Found(s, e, label, kind))
        chosen: list[Found] = []
        spans: set[tuple[int, int]] = set()
        holding: dict[int, list[Found]] = {}  # character -> the chosen names over it
        rank = {"UNION": 0, "ORG": 1, "PLACE": 2}
        special = {"level-body": 0, "committee": 0, "level": 0, "head": 1}
        for f in national + sorted(
            cands, key=lambda f: (f.start - f.end, f.start, rank[f.label], special.get(f.kind, 2))
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

    def _unions(self, tk: Tokens, area_starts: Anchors) -> list[Found]:
        text = tk.text
        out = _FoundList()
        for m in re.finditer("工会", text):
            s = m.start()
            glued = s > 0 and text[s - 1] == "总"
            if not (s in tk.starts or tk.tag_at(s) == "ORG" or glued):
                continue  # 常态化工会驿站: 工 belongs to 化工
            if glued:
                s -= 1
            e = m.end()
            for longer in ("全国委员会", "联席委员会", "联合会", "委员会"):
                if text.startswith(longer, e):
                    e += len(longer)
                    break
            a = self._left_edge(tk, s, area_starts)
            if a is not None:
                a = self._after_stray_words(tk, a, s, area_starts)
            if a is None or a == s:
                # a bare level word before it: 市总工会, 区总工会, 街道总工会
                lw = next((w for w in self.lex.level_words if text.startswith(w, s - len(w))), None)
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
            a = self._split_parent(tk, a, s, out)
            if (
                self._strip_generic(text, a, s) is None
                or "工会" in text[a:s]
                or text[a:s].endswith(self.description_words)
            ):
                continue  # …工会系统工会干部, 拱墅区基层工会: descriptions, not names
            prefix = text[a:s]
            if text[s:e] == "工会" and (
                prefix in ("中国", "全国")
                or prefix in self.capital
                or (prefix in self.areas.full and not prefix.endswith(("街道", "镇", "乡", "社区")))
            ):
                continue  # 北京市工会, 中国工会, 首都工会: a place's unions taken together, not a body
            level = self._level_prefix(text, a, s)
            head = prefix in self.org_heads or (prefix[1:] in self.org_heads and prefix[0] in "该本")
            out.append(Found(a, e, "UNION", "level" if level else "head" if head else ""))
        return out

    def _after_stray_words(self, tk: Tokens, a: int, s: int, area_starts: Anchors) -> int:
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

    def _orgs(self, tk: Tokens, area_starts: Anchors, unions: list[Found]) -> list[Found]:
        text = tk.text
        out = _FoundList()
        in_union = Marks(len(text), ((u.start, u.end) for u in unions))
        shortest_union: dict[int, int] = {}  # start -> the end of the shortest union there
        union_ends: dict[int, tuple[int, Found]] = {}  # end -> the first union ending there, and its place
        for i, u in enumerate(unions):
            if u.label == "UNION":
                shortest_union[u.start] = min(u.end, shortest_union.get(u.start, u.end))
                union_ends.setdefault(u.end, (i, u))
        for suffix in self.lex.org_suffixes:
            for s, e in occurrences(text, suffix):
                if e not in tk.ends and tk.tag_at(e - 1) != "ORG":
                    continue
                if text.startswith(("工会", "总工会"), e) or text.endswith(("工会", "总工会"), 0, s):
                    continue  # part of a union's name
                if text.startswith(self._titles_longer_than(len(suffix)), s):
                    continue  # 党组成员, 党委书记: a title, not a body
                if re.match(r"[一二三四五六七八九十\d]?(联队|代表队|队)", text[e : e + 4]):
                    continue  # …研究室联队: a sports team made of departments
                if s not in tk.starts and tk.tag_at(s) != "ORG" and s - 1 not in in_union:
                    continue
                a = self._org_start(tk, s, area_starts, union_ends)
                if a is None or (a == s and len(suffix) < 3):
                    continue
                a = self._after_stray_words(tk, a, s, area_starts)
                if self._strip_generic(text, a, s) is None or a == s or text[a:e] in self.org_heads:
                    continue
                if text[a:e].endswith(self.lex.union_suffixes) or "工会联席" in text[a:e]:
                    continue  # …企业工会联席委员会 is a union
                if (len(suffix) <= 2 or suffix in self._anchored_suffixes) and not self._anchored(tk, a, area_starts):
                    continue  # 比赛中学: a common word before a short ending is no name
                union_named = shortest_union.get(a, e) < e
                if not union_named and text.endswith(self._venue_suffixes_longer_than(len(suffix)), 0, e):
                    continue  # 雁塔区会议中心: a venue, not a body (市总工会职工服务中心 stays one)
                a = self._split_parent(tk, a, s, out)
                out.append(Found(a, e, "ORG"))
        # an organisation named again by its type word: 集团党委书记, 公司总经理
        for head in self.org_heads:
            for s, e in occurrences(text, head):
                after_breaker = text.endswith(self._name_breaker_words, 0, s)
                if (s not in tk.starts and not after_breaker) or (e not in tk.ends and tk.tag_at(e - 1) != "ORG"):
                    continue
                before = text[s - 1 : s]
                if before and is_han(before) and not after_breaker and before not in BREAKERS and before not in "该本":
                    continue
                if (
                    text.startswith(("工会", "总工会"), e)
                    or text.startswith(self._titles_longer_than(0), e)
                    or text.startswith(("党委", "总部", "所属", "职工", "的"), e)
                ):
                    out.append(Found(s - (1 if before in ("该", "本") else 0), e, "ORG", "head"))
        # a union's committees, named bare (女职工委员会主任)
        for name in self._union_committees:
            for s, e in occurrences(text, name):
                out.append(Found(s, e, "ORG", "committee"))
        # quoted names of teams and bodies: “首都职工志愿国家安全教育宣讲服务队”
        for m in re.finditer("[“「]([^”」]{2,30})[”」]", text):
            if m.group(1).endswith(self.lex.org_suffixes):
                out.append(Found(m.start(1), m.end(1), "ORG", "quoted"))
        # bodies of the area in context: 市委, 区委, 区人大常委会, 区政协, 县政府 …
        for m in self._level_body_re.finditer(text):
            k = m.start()
            inside_area = k in area_starts.inner or k + 1 in area_starts.ends
            if (k == 0 or not is_han(text[k - 1]) or k in tk.starts) and not inside_area:
                out.append(Found(k, m.end(), "ORG", "level-body"))
        return out

    def _venues(self, tk: Tokens, area_starts: Anchors) -> list[Found]:
        text = tk.text
        out: list[Found] = []
        for suffix in self.lex.venue_suffixes:
            for s, e in occurrences(text, suffix):
                q = self._quoted_around(text, s, e)
                if q is not None:
                    a = q
                else:
                    ta, tb = tk.token_span_at(s)
                    if s not in tk.starts and tk.tag_at(s) not in ("ORG", "LOC"):
                        if tb != e or ta >= s:
                            continue
                        s = ta  # 职工文化宫 as one word: its head is part of the name
                    a = self._left_edge(tk, s, area_starts)
                    if a is None or self._strip_generic(text, a, s) is None:
                        continue
                    need = self.common_venue_heads.get(suffix)
                    if need and not self._has_proper_word(tk, a, s, places=need != "brand"):
                        continue  # 资本市场, 工业基地: a kind of thing, not a named place
                hours = re.search(r"\d{1,2}小时$", text[max(0, a - 4) : a])
                if hours:
                    a -= len(hours.group())  # 24小时智慧骑手驿站
                if a >= s or text[a:e] in self.lex.venue_suffixes:
                    continue
                if text[a:s].endswith(("工会", "总工会")):
                    continue  # 市总工会职工服务中心: the union's own body
                out.append(Found(a, e, "PLACE"))
        return out

    def _has_proper_word(self, tk: Tokens, a: int, s: int, places: bool = True) -> bool:
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

    def _quoted_around(self, text: str, s: int, e: int) -> int | None:
        """Start of the quoted text that ``[s, e)`` closes, as in ‘建外i家公共区域职工之家’."""
        if e < len(text) and text[e] in CLOSE_QUOTES:
            o = OPEN_QUOTES[CLOSE_QUOTES.index(text[e])]
            q = text.rfind(o, max(0, s - 30), s)
            if q >= 0 and all(c not in "，。；" for c in text[q:s]):
                return q + 1
        return None

    def _org_start(
        self, tk: Tokens, s: int, area_starts: Anchors, union_ends: dict[int, tuple[int, Found]]
    ) -> int | None:
        """Where an organisation's name ending at ``s`` starts; ``union_ends``: the first
        union (and its place among the unions) ending at each offset."""
        text = tk.text
        # an ORG word that contains the ending
        a, _ = tk.token_span_at(s)
        if tk.tag_at(s) == "ORG" and a < s:
            # the tagger may glue words before the name onto it (任|国强代表集团公司)
            cut = max(
                (text.rfind(w, a, s) + len(w) for w in self.name_breakers if text.rfind(w, a, s) >= 0), default=-1
            )
            if cut > a:
                return cut
            left = self._left_edge(tk, a, area_starts)
            return left if left is not None else a
        left = self._left_edge(tk, s, area_starts)
        if left is None:
            return None
        # a union right before, joined by name words only: 市总工会职工服务中心 (the first such union)
        joined = [union_ends[end] for end in range(left, s + 1) if end in union_ends and all_han(text[end:s])]
        return min(joined, key=lambda iu: iu[0])[1].start if joined else left

    def _split_parent(self, tk: Tokens, a: int, s: int, out: _FoundList) -> int:
        """``…工委来广营…中心工会``: the name after a parent body's ending starts a new name."""
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

    def _level_prefix(self, text: str, a: int, s: int) -> str | None:
        for w in self.lex.level_words:
            if text.startswith(w, a) and not self._area_opens_with(w, text, a):
                rest = text[a + len(w) : s]
                if rest == "" or all_han(rest):
                    return w
        return None

    def _area_opens_with(self, w: str, text: str, a: int) -> bool:
        """Does an area name longer than ``w`` and opening with it start at ``a``?"""
        found = self._longer_areas.get(w)
        if found is None:
            forms = frozenset(f for f in self.areas.full if f.startswith(w) and len(f) > len(w))
            found = self._longer_areas[w] = (forms, tuple(sorted({len(f) for f in forms})))
        forms, lengths = found
        return any(text[a : a + n] in forms for n in lengths)

    # -- people ---------------------------------------------------------------
    def _people(self, tk: Tokens, found: list[Found], rejected: list[Found] | None = None) -> list[Found]:
        text = tk.text
        out: list[Found] = []
        bodies = [(f.start, f.end) for f in found if f.label in ("UNION", "ORG", "PLACE")]
        holders = Containers(bodies)
        covered = Marks(len(text), bodies)
        for (a, b), label in sorted(tk.ents.items()):
            if label != "PER":
                continue
            name = text[a:b]
            if not plausible_name(name) or self._nickname(name):
                continue
            if holders.holds(a, b):
                continue
            if self._nonhuman(text, a, b):
                if rejected is not None:
                    rejected.append(Found(a, b, "PERSON", "rejected"))
                continue
            if self._doctrine(text, b):
                continue  # 习近平 in the name of a doctrine: a name, but no one acting here
            out.append(Found(a, b, "PERSON"))
        # a name right after an office or a role noun, whatever the tagger thought of it
        # (副主席黄山出席, 劳动模范罗淑贞说): in a list of officials a place-like name is a person
        taken = Marks(len(text), ((f.start, f.end) for f in out))
        heads = {m.end() for m in self._title_re.finditer(text)}
        heads |= {m.end() for m in self._person_head_re.finditer(text)}
        for a in sorted(heads):
            b = self._name_at(tk, a, covered, taken)
            if b:
                out.append(Found(a, b, "PERSON", "after-title"))
                taken.add(a, b)
        # the other names of a list: 何慧敏、黄山出席; 江山、周海燕当选为副主席.  Names are
        # looked for beside every name found, in order, then beside the ones that found
        # (looking again beside the others could find nothing: what they saw is taken)
        todo = sorted(out)
        while todo:
            grown: list[Found] = []
            for p in todo:
                if text[p.end : p.end + 1] == "、":
                    b = self._name_at(tk, p.end + 1, covered, taken)
                    if b:
                        grown.append(Found(p.end + 1, b, "PERSON", "list"))
                        taken.add(p.end + 1, b)
                if p.start > 0 and text[p.start - 1] == "、":
                    for n in (3, 2):
                        a = p.start - 1 - n
                        if (
                            a < 0
                            or a not in tk.starts
                            or (a > 0 and is_han(text[a - 1]) and a not in heads and text[a - 1] not in "、，：:")
                        ):
                            continue
                        if self._name_at(tk, a, covered, taken, list_item=True) == p.start - 1:
                            grown.append(Found(a, p.start - 1, "PERSON", "list"))
                            taken.add(a, p.start - 1)
                            break
            out += grown
            todo = sorted(grown)
        return out

    def _name_at(self, tk: Tokens, a: int, covered: Marks, taken: Marks, list_item: bool = False) -> int | None:
        """End of a personal name starting at ``a`` that the text closes off, else None."""
        text = tk.text
        for n in (3, 2):
            b = a + n
            name = text[a:b]
            if b > len(text) or not plausible_name(name) or taken.overlaps(a, b):
                continue
            if self._nickname(name) or (n == 3 and text.startswith(PERSON_FOLLOWERS, b - 1)):
                continue  # 快递员小李说: no name, and 说 is not part of one
            closed = b == len(text) or text[b] in "、，,。；;：:（(）) " or text.startswith(PERSON_FOLLOWERS, b)
            starts = a in tk.starts or tk.tag_at(a) == "PER"  # LAC may glue the head's last character on
            if not closed or not starts or (b not in tk.ends and tk.tag_at(b - 1) != "PER"):
                continue
            if name in self.lex.titles or name.startswith(PERSON_FOLLOWERS) or name.endswith(self.lex.org_suffixes):
                continue
            if tk.tag_at(a) not in ("PER", "LOC", "n", "nz", "ORG", "j", "nr", "ns") and not list_item:
                continue
            if a in covered:
                continue
            if tk.tag_at(a) != "PER" and not name.startswith(self.surnames):
                continue  # 工匠精神: a head noun before a common word
            return b
        return None

    def _nickname(self, name: str) -> bool:
        """小李, 老王: a surname after 小/老/阿 (the model still calls it a person)."""
        return len(name) == 2 and name[0] in self._nickname_prefixes and name[1] in self._surname_set

    def _nonhuman(self, text: str, a: int, b: int) -> bool:
        before = text[max(0, a - 8) : a].rstrip('“‘"「 ')
        return before.endswith(self.lex.nonhuman_heads)

    def _doctrine(self, text: str, b: int) -> bool:
        after = text[b : b + 16]
        return any(after.startswith(d) or after.startswith("新时代") for d in self.lex.doctrine) or after.startswith(
            "总书记"
        )

    # -- titles -----------------------------------------------------------------
    def _titles(self, tk: Tokens) -> list[Found]:
        out = []
        for m in self._title_re.finditer(tk.text):
            out.append(Found(m.start(), m.end(), "TITLE", self.lex.titles[m.group()]))
        return out

    # -- events -----------------------------------------------------------------
    def _events(self, tk: Tokens, found: list[Found]) -> list[Found]:
        text = tk.text
        out: list[Found] = []
        bodies: dict[int, Found] = {}  # end -> the first body ending there
        for f in found:
            if f.label in ("UNION", "ORG", "AREA", "PLACE"):
                bodies.setdefault(f.end, f)
        walked: dict[int, int] = {}  # see _event_start
        heads_re = self._heads_re()
        i = 0
        while i < len(text):
            # the first head (in lexicon order) at the next position where any starts
            m = heads_re.search(text, i)
            if m is None:
                break
            i = m.start()
            head = m.group()
            e = i + len(head)
            # extend to the longest head ending here (宣讲比赛 over 比赛, 主题活动 over 活动)
            nxt = heads_re.match(text, e)
            while nxt:
                e = nxt.end()
                nxt = heads_re.match(text, e)
            if i not in tk.starts and tk.tag_at(i) not in ("ORG", "nz", "n", "vn"):
                i += 1
                continue
            if e < len(text) and e not in tk.ends:
                i += 1
                continue
            a = self._event_start(tk, i, bodies, walked)
            name = text[a:e]
            chained = e - i > len(head)
            while a < i and name.startswith(self.lex.generic_prefixes):
                g = next(g for g in self.lex.generic_prefixes if name.startswith(g))
                a += len(g)
                name = text[a:e]
            if (a < i or chained) and len(name) >= 4:
                out.append(Found(a, e, "EVENT"))
            i = e
        for rx in self._event_pattern_re:
            for m in rx.finditer(text):
                out.append(Found(m.start(), m.end(), "EVENT", "verb"))
        return out

    def _heads_re(self) -> re.Pattern[str]:
        """The event heads as one alternation in lexicon order (regex alternation takes the
        first alternative that matches, as the scan over the list did)."""
        heads = tuple(self.lex.event_heads)
        if getattr(self, "_heads_key", None) != heads:
            self._heads_key = heads
            self._heads_pattern = re.compile("|".join(map(re.escape, heads)))
        return self._heads_pattern

    def _event_start(self, tk: Tokens, i: int, bodies: dict[int, Found], walked: dict[int, int]) -> int:
        """Walk left over the words of an event's name: modifiers, ordinals, quotes, bodies
        (``bodies``: the first ending at each offset).

        Where the walk goes next depends on where it stands alone, so a walk that reaches a
        place an earlier walk passed ends where that one ended: ``walked`` remembers it,
        and the walks of a text cost its length, not its length per event.
        """
        passed: list[int] = []
        k = self._walk_left(tk, i, bodies, walked, passed)
        for p in passed:
            walked[p] = k
        return k

    def _walk_left(
        self, tk: Tokens, k: int, bodies: dict[int, Found], walked: dict[int, int], passed: list[int]
    ) -> int:
        text = tk.text
        while k > 0:
            if k in walked:
                return walked[k]
            passed.append(k)
            c = text[k - 1]
            if c in CLOSE_QUOTES:
                o = OPEN_QUOTES[CLOSE_QUOTES.index(c)]
                q = text.rfind(o, max(0, k - 40), k - 1)
                if q < 0:
                    break
                k = q
                continue
            if c in "）)":
                q = max(text.rfind("（", max(0, k - 20), k - 1), text.rfind("(", max(0, k - 20), k - 1))
                if q >= 0 and ("简称" in text[q:k] or k - q - 2 <= 4):
                    k = q  # （以下简称…）, or a short aside inside the name: 全体（扩大）会议
                    continue
                break
            body = bodies.get(k)
            if body:
                k = body.start
                continue
            a, _ = tk.token_span_at(k - 1)
            word = text[a:k]
            tag = tk.tag_at(k - 1)
            if ORDINAL_RE.fullmatch(word):
                k = a
                continue
            if (
                word in BREAKERS
                or word in ("此次", "本次", "这次", "该", "各类", "一系列", "系列")
                or tag not in NAMEISH
                or tag in ("TIME",)
            ):
                break
            k = a
        return k

    # -- dates and counts ---------------------------------------------------------
    def _times_and_counts(self, tk: Tokens) -> list[Found]:
        text = tk.text
        out = []
        for m in re.finditer(
            r"(?:(\d{4})年)?(\d{1,2})月(\d{1,2})日|(\d{4})年(\d{1,2})月(?!\d{0,2}日)|"
            r"(\d{4})[-./](\d{1,2})[-./](\d{1,2})",
            text,
        ):
            out.append(Found(m.start(), m.end(), "TIME"))
        for m in self._count_re.finditer(text):
            from kg.nlp.text import cn_number

            n = cn_number(m.group(1))
            if n is not None and n > 0:
                out.append(Found(m.start(), m.end(), "COUNT", str(n)))
        return out


COMPOUND_SURNAMES = (
    "欧阳",
    "司马",
    "诸葛",
    "上官",
    "东方",
    "皇甫",
    "尉迟",
    "公孙",
    "慕容",
    "令狐",
    "司徒",
    "夏侯",
    "长孙",
    "宇文",
    "轩辕",
    "端木",
    "独孤",
    "南宫",
    "西门",
    "呼延",
)
# characters that end names of places and premises far more often than people's names
PLACE_FINALS = set("园店馆场厂站所院部局室处村镇乡区县市省路街楼队团社")


class _FoundList(list):
    """Found spans, and the (start, end) of each, for a duplicate check that does not
    read them all."""

    def __init__(self) -> None:
        super().__init__()
        self.spans: set[tuple[int, int]] = set()

    def append(self, f: Found) -> None:
        super().append(f)
        self.spans.add((f.start, f.end))


def _clashes(f: Found, c: Found) -> bool:
    """Can ``f`` not be chosen beside ``c``, which overlaps it?  Only a union opening an
    organisation's name (市总工会职工服务中心) stays a mention inside it."""
    nested = c.start <= f.start and f.end <= c.end
    return not (nested and f.label != c.label and f.start == c.start and c.label == "ORG")


def plausible_name(name: str) -> bool:
    """Could this be a Chinese personal name? 2–3 Han characters, 4 with a compound
    surname, or a transliterated name with a middle dot."""
    if "·" in name:
        return all_han(name.replace("·", "")) and len(name) <= 12
    if not all_han(name) or not 2 <= len(name) <= 4:
        return False
    if len(name) == 4 and not name.startswith(COMPOUND_SURNAMES):
        return False
    return not (len(name) >= 3 and name[-1] in PLACE_FINALS)


def align(doc: Doc, found: list[Found], tk: Tokens | None = None) -> Doc:
    """Split tokens so every found span starts and ends on a token boundary (a new Doc
    when any is split: see kg.nlp.align)."""
    tk = tk or Tokens(doc)
    text = tk.text
    cuts = np.array(sorted({f.start for f in found} | {f.end for f in found}), dtype=np.int64)
    # the cuts strictly inside each token are cuts[lo:hi]
    lo = np.searchsorted(cuts, tk.bounds[:, 0], side="right")
    hi = np.searchsorted(cuts, tk.bounds[:, 1], side="left")
    splits: list[tuple[int, list[str]]] = []
    for i in np.flatnonzero(hi > lo).tolist():
        a, b = tk.tokens[i][:2]
        bounds = [a, *cuts[lo[i] : hi[i]].tolist(), b]
        splits.append((i, [text[x:y] for x, y in itertools.pairwise(bounds)]))
    return split_tokens(doc, splits)


@Language.factory("kg_mentions")
def make_mentions(nlp: Language, name: str):
    finder: MentionFinder | None = None

    def component(doc: Doc) -> Doc:
        nonlocal finder
        if finder is None:
            finder = MentionFinder()
        tk = Tokens(doc)
        rejected: list[Found] = []
        found, abbrs = finder.find(doc, tk, rejected)
        doc = align(doc, found, tk)
        spans = []
        for f in found:
            span = doc.char_span(f.start, f.end, label=f.label)
            if span is None:
                continue
            span._.kg_kind = f.kind
            span._.kg_ref = f.ref or None
            spans.append(span)
        doc.spans["kg"] = spans
        # what the model saw as names and we know are not (kg_entities leaves them out)
        doc.spans["kg_rejected"] = [
            span for f in rejected if (span := doc.char_span(f.start, f.end, label=f.label)) is not None
        ]
        doc._.kg_abbreviations = abbrs
        return doc

    return component
