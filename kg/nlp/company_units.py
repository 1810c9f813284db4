"""A company's own units: 采购运输部, 圆织班组 named right after its name, and its type word
before a unit and the unit head's title (公司人力资源部经理), which names the company.

Part of the organisations finder (kg.nlp.orgs).
"""

from __future__ import annotations

import re

from kg.lexicon import table, words
from kg.nlp.found import Found, FoundList
from kg.nlp.names import BREAKERS, NameEdges
from kg.nlp.tokens import Tokens, clause_inside

# what lists one body after another (公司工会、安全监察部), and the endings of a company's
# departments (部, 办公室) — not its teams or works, which another list may name
LIST_MARK = "、"
DEPARTMENT_ENDINGS = ("部", "办公室")
# a company's departments and teams named after it (…有限公司采购运输部, …公司塑编部圆织班组)
COMPANY_ENDINGS = words("bodies/company_endings.txt")
UNIT_ENDINGS = tuple(words("bodies/unit_endings.txt"))
UNIT_RE = re.compile("[\u4e00-\u9fff]{2,12}(?:" + "|".join(map(re.escape, words("bodies/unit_endings.txt"))) + ")")
NON_UNIT_WORDS = words("bodies/non_unit_words.txt")
_WORKS_ENDINGS = tuple(w for w in words("bodies/org_suffixes.txt") if len(w) > 1)
_UNIT_REACH = 8  # the longest unit's name read between a type word and a title (人力资源部)
TRADES = words("people/trades.txt")
# a workshop or team before its head's title (…公司数控车间主任, …公司电焊班班长) is the job's
SHOP_FLOORS = tuple(words("bodies/shop_floor_endings.txt"))
# a unit's word cut inside a longer one (班 of 班组: 冷库班|组长 is a job, 班组长, no 冷库班)
_CUT_UNIT_WORDS = tuple((u[:j], u[j:]) for u in words("bodies/unit_endings.txt") for j in range(1, len(u)))
# verbs of receiving or winning an honour (获评, 荣获): a unit's name never runs over one
# (…公司车架部冲压班获评先进班组 names the team 车架部冲压班)
HONOUR_VERBS = tuple(
    sorted({w for w, kind, *_ in table("awards/award_patterns.tsv") if kind in ("receive", "win", "named")})
)
# a company's branch named by its number after it (…有限公司一分公司, …集团第二分厂)
NUMBERED_BRANCH_RE = re.compile(
    "第?[一二三四五六七八九十\\d]{1,3}(?:" + "|".join(map(re.escape, words("bodies/branch_suffixes.txt"))) + ")"
)


def unit_then_title(tk: Tokens, e: int, edges: NameEdges) -> bool:
    """公司|人力资源部|经理, 酒店|客房部|经理 at ``e``: a unit of the body, then its head's
    title: the type word before them names the body (the posts read the unit with the title)."""
    text = tk.text
    for k in range(e + 2, min(len(text), e + _UNIT_REACH) + 1):
        if k in tk.ends and text.endswith(UNIT_ENDINGS, e, k) and text.startswith(edges.titles_longer_than(0), k):
            return not BREAKERS.intersection(text[e:k])
    return False


def company_units(tk: Tokens, found: FoundList, edges: NameEdges) -> FoundList:
    """采购运输部, 圆织班组 right after a company's name: its department or team, whatever
    words its name is made of (the tagger reads them as verbs, 育种部/v); the longest
    such run ending at a word's end, with no function word inside (公司将…).  A branch
    named by its number (一分公司, read as a number) likewise."""
    text = tk.text
    out = FoundList()
    ends: dict[int, list[int]] = {}  # each ORG's end, by its start (one pass over the page's names)
    for g in found:
        if g.label == "ORG":
            ends.setdefault(g.start, []).append(g.end)
    for f in found:
        if f.label != "ORG" or f.kind == "head" or not text.endswith(COMPANY_ENDINGS, f.start, f.end):
            # (公司 alone, the type word naming a company again: its unit goes with the title)
            continue
        b = NUMBERED_BRANCH_RE.match(text, f.end)
        if b is not None and b.end() in tk.ends:
            # 一分公司, read as a number (m); and its own units after it (二分厂三工段二班)
            out.append(Found(f.start, _unit_end(tk, b.end(), edges, ()) or b.end(), "ORG"))
            continue
        # (…公司井东煤矿综采二队: a mine or works found inside the run, named by a word of two or
        # more characters, is the body the crew belongs to — no unit of the company's is read)
        works = [y for y in ends.get(f.start, ()) if f.end < y]
        e = _unit_end(tk, f.end, edges, [y for y in works if text.endswith(_WORKS_ENDINGS, f.end, y)])
        if e is not None:
            out.append(Found(f.start, e, "ORG"))
    return out


def listed_units(tk: Tokens, heads: list[Found], edges: NameEdges) -> FoundList:
    """公司工会、安全监察部联合举办: a department listed right after a body named by its type
    word and one of its organs (公司工会, 公司党委) is that same body's department, named bare
    (its unit's ending closing it, as after the company's name)."""
    text = tk.text
    out = FoundList()
    for f in heads:
        if f.kind != "head" or not text.startswith(LIST_MARK, f.end) or not text.startswith(COMPANY_ENDINGS, f.start):
            continue
        e = _unit_end(tk, f.end + 1, edges, ())
        if e is not None and text[f.end + 1 : e].endswith(DEPARTMENT_ENDINGS):
            out.append(Found(f.end + 1, e, "ORG"))
    return out


def _unit_end(tk: Tokens, at: int, edges: NameEdges, works) -> int | None:
    """Where the longest run of a unit's name from ``at`` ends (a word's end, no function
    word, trade or honour verb inside), not past a works named in it; None for none."""
    text = tk.text
    m = UNIT_RE.match(text, at)
    while m is not None:
        e = m.end()
        unit = text[at:e]
        if any(y < e for y in works):
            break
        if unit.endswith(TRADES):
            break  # 客房部领班: a worker's trade at the unit, no body named
        job = e + text.startswith("的", e)  # (…公司数控车间的工段长: the job's unit all the same)
        if (
            (e in tk.ends or tk.tag_at(e - 1) == "ORG")  # (炼铁总厂|综合管理室 as one ORG word)
            and not BREAKERS.intersection(unit)
            and not unit.endswith(NON_UNIT_WORDS)
            and not any(v in unit for v in HONOUR_VERBS)
            and not clause_inside(tk, at, e)
            and not any(text.endswith(h, 0, e) and text.startswith(t, e) for h, t in _CUT_UNIT_WORDS)
            and not (
                unit.endswith(SHOP_FLOORS) and text.startswith((*edges.titles_longer_than(1), unit[-1] + "长"), job)
            )
        ):
            return e
        m = UNIT_RE.match(text[: e - 1], at)
    return None
