"""A verb of taking an office glued by the tagger to the level word that opens a body's
short form: 郑某任|县人力资源和社会保障局副局长 and 原任|县总工会副主席, read as one word
(任县人力资源和社会保障局, 郑某任县总工会), and 任|政协某市委员会 before the word that opens an
area's body's name.  No area is named 任县 (the register's areas are
asked first: a verb's characters inside an area's name are the area's), so the body is the
level's in context, its name opening at the level word.
"""

from __future__ import annotations

import re

from kg.lexicon import alternation_of, lexicon, table, words
from kg.nlp.areaindex import AreaIndex
from kg.nlp.found import Found
from kg.nlp.name_checks import SURNAMES, plausible_name
from kg.nlp.names import BREAKERS, FORMER_MARKS
from kg.nlp.spans import Anchors
from kg.nlp.text import all_han
from kg.nlp.tokens import Tokens

# verbs after which the offices named next are taken (任, 兼任, 调任, 当选 …): kg.extract's list
OFFICE_VERBS = tuple(sorted(words("posts/elected_verbs.txt"), key=len, reverse=True))
# the marks of a past office (原|县总工会主席, 原|拉孜县总工会主席): the office is a past one, the
# body the one named after the mark (kg.extract reads the mark before the chain)
PAST_MARKS = tuple(sorted(FORMER_MARKS, key=len, reverse=True))
# what else the tagger glues before a level word (function words: 由|县总工会; 经|县总工会研究)
OPENERS = tuple(sorted({*OFFICE_VERBS, *BREAKERS, *words("bodies/level_short_openers.txt")}, key=len, reverse=True))
# the level words of one character (县总工会, 市人社局, 镇政府): a short form opens with one
LEVEL_CHARS = frozenset(w for w in lexicon().level_words if len(w) == 1)
# words of a class of bodies opening at a level word (乡镇, 市级): 某市总和乡镇工会 cut at 和 leaves the
# townships' unions taken together, no union of one level
CLASS_OPENERS = tuple(w for w in lexicon().generic_prefixes if w[0] in LEVEL_CHARS)
SURNAME_WORDS = tuple(words(SURNAMES))
# the type words a body is named again by (公司, 集团): a short form opening with one
HEAD_WORDS = tuple(sorted(words("bodies/org_heads.txt"), key=len, reverse=True))
# what may stand before a verb glued to a type word, in the tagger's word (4月30日前|报|公司)
_TIME_ENDS = ("前", "后")
MIN_BODY = 3
# the level words of a county's and a city's own federation (县总工会, 市总工会): named after an
# area of the register, whose every county and city the area index holds
STRAY_LEVELS = frozenset("县市")
FEDERATION = "总工会"
# the fewest characters read as glued words before such a level word: fewer may be a place's
# stem the register does not hold (任县, now 任泽区; a page's invented 某河市)
MIN_STRAY = 3
# a form or list (汇总表, 名单) and a verb of sending it (报, 送, 交) run on before a body
_SENT_RE = re.compile(
    f"(?:{alternation_of(words('bodies/sent_papers.txt'))})[报送交]"
)  # the level word and at least two characters of the body's word (县委 is 2: 县委办)


def _prefixed_forms() -> tuple[str, ...]:
    """The words that open an area's body's name before the area (政协 of 政协某市委员会, 中共 of
    中共某县委员会, 中国人民政治协商会议…): ``level_bodies.tsv`` and ``level_body_aliases.tsv``."""
    lex = lexicon()
    forms = [t for t, _cls in lex.level_bodies.values()]
    forms += [f for _w, fs in table("bodies/level_body_aliases.tsv", header=True) for f in fs.split(",")]
    heads = {f.split("{area}")[0] for f in forms if "{area}" in f}
    return tuple(sorted((h for h in heads if len(h) > 1), key=len, reverse=True))


# the words that open an area's body's name before the area (政协某市委员会, 中共某县委员会)
PREFIXED = _prefixed_forms()


def after_office_verb(text: str, k: int, since: int = 0) -> bool:
    """Does an office verb (or a function word, 经) end right before the level word at ``k``
    (written from ``since`` on)?"""
    return any(text.endswith(v, max(since, 0), k) for v in OPENERS)


def glued_level_start(text: str, f: Found, area_starts: Anchors) -> int | None:
    """Where the short form inside the name ``f`` opens, when an office verb is glued
    before its level word and no area holds the verb; None otherwise.  The verb may open
    before the name, the tagger parting it (张某当|选区总工会: 当选, then 区总工会)."""
    for j in range(f.start + 1, f.end - MIN_BODY + 1):
        if _verb_across(text, f.start, j) and j not in area_starts and (j - 1) not in area_starts.covered:
            return j  # (张某当|选区总工会主席: the verb's tail read as a place's name, 选区)
        if (
            j in area_starts
            and (j - 1) not in area_starts.covered
            and text[f.start : j] in (*OFFICE_VERBS, *PAST_MARKS)
        ):
            return j  # 任|源城区总工会副主席, 原|某县总工会主席: the verb (or mark) before an area's name
        if text[f.start : j] in OFFICE_VERBS and text.startswith(PREFIXED, j):
            return j  # 任|政协宜昌市委员会副主席: the verb glued before the word opening the body's name
        if text[j] not in LEVEL_CHARS or not (after_office_verb(text, j, f.start) or text[f.start : j] in PAST_MARKS):
            continue  # (a mark only as the whole glued word: 原|镇总工会, not 东原|市)
        if j in area_starts.inner or j in area_starts.ends or (j - 1) in area_starts.covered:
            continue  # the verb's character inside an area's name (任丘市): the area's
        if any(text.endswith(v, f.start, j) and j - len(v) in area_starts.ends for v in OPENERS):
            continue  # 邢台市任县: right after its city, a county of an old name (任县 → 任泽区)
        return j
    return None


def _verb_across(text: str, start: int, j: int) -> bool:
    """Does an office verb opening before ``start`` end at ``j``, before a level word
    (当|选区: 当选, then 区)?"""
    return text[j] in LEVEL_CHARS and any(
        text.endswith(v, 0, j) and j - len(v) < start < j for v in OFFICE_VERBS if len(v) > 1
    )


def cut_glued_verbs(text: str, cands: list[Found], area_starts: Anchors) -> list[Found]:
    """The candidates, a union's or organisation's name that holds an office verb glued to
    a level word opening at that level word instead: a union's is the level's in context
    (kind "level"), an organisation's keeps its kind (the government bodies' finder reads a
    body of the level there)."""
    out = []
    for f in cands:
        j = glued_level_start(text, f, area_starts) if f.label in ("UNION", "ORG") and f.kind != "national" else None
        if j is None:
            out.append(f)
        elif f.label == "UNION" and text.startswith(CLASS_OPENERS, j):
            continue  # (某市总和|乡镇工会: a class of unions, none named)
        else:
            level = f.label == "UNION" and j not in area_starts  # (任|源城区总工会: named in full)
            out.append(Found(j, f.end, f.label, "level" if level else f.kind, f.ref, f.count))
    return out


def cut_stray_levels(
    tk: Tokens, cands: list[Found], area_starts: Anchors, areas: AreaIndex
) -> tuple[list[Found], list[Found]]:
    """The candidates, a county's or a city's federation (…县总工会, …市总工会) read by the tagger
    as one word with characters before its level word that end no area of the register
    (审查中督促市总工会, 事业编进县总工会; a place's name the tagger ends at the level word, 某某市|
    总工会, stays a name), read from the level word on: those are words of the
    clause glued to the short form, which is the level's in context (kind "level"); such a
    federation is named after an area, and the register holds every county and city.  And the
    glued runs (label VERB), for ``rejected``: the model's longer word over them yields."""
    text = tk.text
    out, stray = [], []
    for f in cands:
        j = f.end - len(FEDERATION) - 1
        if (
            f.label == "UNION"
            and not f.kind
            and j - f.start >= MIN_STRAY
            and text[j] in STRAY_LEVELS
            and text.endswith(FEDERATION, 0, f.end)
            and tk.token_span_at(j)[0] <= f.start < j + 1 < tk.token_span_at(j)[1]
            and all_han(text[f.start : j])
            and not any(k in area_starts.covered for k in range(f.start, j + 1))
            and not any(text[k : j + 1] in areas.full or text[k : j + 1] in areas.short for k in range(f.start, j))
        ):
            out.append(Found(j, f.end, "UNION", "level", f.ref, f.count))
            stray.append(Found(f.start, j, "VERB"))
        else:
            out.append(f)
    return out, stray


def cut_glued_heads(text: str, cands: list[Found]) -> list[Found]:
    """The candidates, a body named by its type word alone after a verb the tagger glued to
    it (4月30日前|报|公司党委审定, 经公司工会研究, 报集团工会) read as that short form:
    the union's name from the type word on, an organisation's the type word itself (as
    公司党委副书记 reads 公司), kind "head"."""
    out = []
    for f in cands:
        name = text[f.start : f.end]
        lead = name[1:] if name.startswith(_TIME_ENDS) else name
        verb = next((v for v in OPENERS if lead.startswith(v)), None) if f.label in ("UNION", "ORG") else None
        k = f.end - len(lead) + len(verb) if verb is not None and f.kind != "national" else -1
        head = next((h for h in HEAD_WORDS if text.startswith(h, k)), None) if k >= 0 else None
        if head is None or k + len(head) > f.end or (f.label == "UNION" and k + len(head) == f.end):
            out.append(f)
        else:
            out.append(Found(k, f.end if f.label == "UNION" else k + len(head), f.label, "head", f.ref, f.count))
    return out


def cut_submitted(text: str, cands: list[Found]) -> list[Found]:
    """The candidates, a body's name run on from the papers sent to it (将报名汇总表|报|某组委会
    办公室, 将名单|送|区总工会: a form, a verb of sending, the body) read from after the verb."""
    out = []
    for f in cands:
        m = _SENT_RE.search(text, f.start, f.end) if f.label in ("UNION", "ORG") and f.kind != "national" else None
        if m is None or f.end - m.end() < MIN_BODY:
            out.append(f)
        else:
            out.append(Found(m.end(), f.end, f.label, f.kind, f.ref, f.count))
    return out


def glued_verbs(tk: Tokens, found: list[Found]) -> tuple[list[Found], list[Found]]:
    """The office verbs glued before the short forms found (those not opening a word of the
    tagger's): no part of a name, so that the tagger's longer name over them (任县总工会,
    郑某任县人力资源和社会保障局) yields to the body's; and a person's name glued before the
    verb in the same word (郑某任), which is the one taking the office."""
    text = tk.text
    verbs, people = [], []
    for f in found:
        if f.label not in ("UNION", "ORG") or f.start in tk.starts:
            continue
        if text[f.start : f.start + 1] not in LEVEL_CHARS and not (
            f.kind == "head" and text.startswith(HEAD_WORDS, f.start)
        ):
            continue
        verb = next((v for v in OPENERS if text.endswith(v, 0, f.start)), None)
        mark = text[tk.token_span_at(f.start)[0] : f.start]
        verb = verb or (mark if mark in PAST_MARKS else None)  # (原镇总|工会: the whole glued word)
        if verb is None:
            continue
        k = f.start - len(verb)
        verbs.append(Found(k, f.start, "VERB"))
        if verb not in OFFICE_VERBS:
            continue  # (a person glued before an office verb only: 郑某任)
        a = tk.token_span_at(k)[0] if k > 0 else k
        name = text[a:k]
        if a < k and plausible_name(name) and name.startswith(SURNAME_WORDS):
            people.append(Found(a, k, "PERSON"))
    return verbs, people


def office_verb_word_before(tk: Tokens, s: int) -> bool:
    """Whether a word of its own before ``s`` is a verb of taking an office (现任, 担任, 兼任): the
    type word after it opens its object (现任|公司工程管理部部长), read by kg.nlp.orgs."""
    if s == 0:
        return False
    a, b = tk.token_span_at(s - 1)
    return b == s and tk.text[a:b] in OFFICE_VERBS
