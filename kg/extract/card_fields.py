"""Family *posts*, a person's card of labelled lines: a vote's or a list's candidate block.

A vote page (and a nominee list printed without a grid) gives each person a block of lines:
the name (perhaps after its number, 04号　A), then fields, one a line — 单位：某某有限公司,
职务：原装配车间主任，现任公司工会主席, 事迹：….  The 职务 field names the person's offices at
the unit the 单位 field names whole: each part (set apart by ，、；) ending with a title is an
office there, as a table's job cell is read (``kg.extract.post_tables``), unless

* a mark of the past opens it (原装配车间主任, 曾任…): held once, no post now; a mark of the
  present (现任) is dropped;
* it is a worker's job or trade (挡车工, 抢修班组长, 护士长: ``kg.extract.jobs``), no office
  (a company's officer, 董事长, is an office though it ends as a 班长 does).

The unit's own word (公司工会主席, 公司技术部部长) names the unit itself: an office of the 工会
is at the unit's union (某某有限公司工会), as the project's gold writes a company union's chair.
"""

from __future__ import annotations

import re

from kg.extract.context import CONFIDENCE, ArticleContext
from kg.extract.jobs import is_grade, is_job_word
from kg.extract.offices import role_at
from kg.extract.wordlists import FORMER_MARKS, PROFILE_VERBS, UNION_WORD
from kg.lexicon import words
from kg.model.facts import EntityRef, RelationFact

# a card's name line: its number (04号, No.4, 4.) perhaps, then the name alone
_NAME_LINE = re.compile(
    r"[ \u3000]*(?:(?:\d{1,3}号|No\.?\s*\d{1,3}|\d{1,3}[.．、])[ \u3000]*)?(?P<name>\S{2,5})[ \u3000]*$"
)
# a card's field line: a short label, a colon, its value
_FIELD = re.compile(r"[ \u3000]*(?P<label>[\u4e00-\u9fff]{2,6})[：:][ \u3000]*(?P<value>[^\n]*?)[ \u3000]*$")
# the labels of a card's unit field and of its offices field
UNIT_LABELS = frozenset(("单位", "工作单位", "所在单位", "推荐单位"))
JOB_LABELS = frozenset(("职务", "现任职务", "职务职称"))
# how many field lines a card holds before its 职务 (单位, 性别, 年龄…)
_CARD_LINES = 6
_PARTS = re.compile("[，,、；;]")
# the words by which a unit names itself in its own card (公司工会主席: the unit's union)
_OWN_WORDS = tuple(words("bodies/org_heads.txt"))
# a company's officers (董事长, 总经理): offices, though they end as a trade's head does (班长)
_COMPANY_OFFICERS = frozenset(words("posts/company_officer_titles.txt"))


def card_offices(ctx: ArticleContext) -> None:
    """Each card's 职务 field: its offices at the unit of the card's 单位 field."""
    text = ctx.text
    lines = _lines(text)
    for i, (a, b) in enumerate(lines):
        m = _NAME_LINE.fullmatch(text, a, b)
        person = field_person(ctx, m.start("name"), m.end("name")) if m else None
        if person is None:
            continue
        unit = None
        for x, y in lines[i + 1 : i + 1 + _CARD_LINES]:
            f = _FIELD.fullmatch(text, x, y)
            if f is None:
                break
            if f.group("label") in UNIT_LABELS:
                unit = field_body(ctx, *f.span("value"))
            elif f.group("label") in JOB_LABELS:
                if unit is not None:
                    field_offices(ctx, person, unit, *f.span("value"))
                break


def _lines(text: str) -> list[tuple[int, int]]:
    out, start = [], 0
    for m in re.finditer("\n", text):
        out.append((start, m.start()))
        start = m.end()
    out.append((start, len(text)))
    return out


def field_person(ctx: ArticleContext, a: int, b: int) -> EntityRef | None:
    """The person named by the whole of ``[a, b)``."""
    found = [p for p in ctx.mentions_in("PERSON", a, b) if (p.start_char, p.end_char) == (a, b)]
    return EntityRef("Person", found[0].text) if found else None


def field_body(ctx: ArticleContext, a: int, b: int) -> EntityRef | None:
    """The union or organisation the whole field ``[a, b)`` names."""
    for x, y in ctx.ref_at.starting_in(a, b):
        ref = ctx.ref_at[(x, y)]
        if (x, y) == (a, b) and ref.cls in ("TradeUnion", "Organization"):
            return ref
    return None


def field_offices(ctx: ArticleContext, person: EntityRef, unit: EntityRef, a: int, b: int) -> None:
    """The offices of a 职务 field ``[a, b)`` held now, each at the card's unit (see the module)."""
    text = ctx.text
    ends = {t.end_char: t for t in ctx.mentions_in("TITLE", a, b) if t._.kg_kind != "rank"}
    start = a
    for m in [*_PARTS.finditer(text, a, b), None]:
        end = b if m is None else m.start()
        part, start = text[start:end].strip(), end + 1
        t = ends.get(end)
        if t is None or not part or part.startswith(tuple(FORMER_MARKS)):
            continue
        part = part[next((len(v) for v in PROFILE_VERBS if part.startswith(v) and len(part) > len(v)), 0) :]
        if is_grade(part) or ((is_job_word(part) or is_job_word(t.text)) and part not in _COMPANY_OFFICERS):
            continue
        body, at = unit, end - len(part)
        own = next((w for w in _OWN_WORDS if part.startswith(w) and unit.name.endswith(w)), "")
        part = part[len(own) :]
        if part.startswith(UNION_WORD) and unit.cls == "Organization":
            # 公司工会主席: the unit's union, named by its own word and 工会
            body = EntityRef("TradeUnion", unit.name + UNION_WORD)
            ctx.add(body, text[at : at + len(own) + len(UNION_WORD)], (at, at + len(own) + len(UNION_WORD)))
        body, role = role_at(body, part)
        ev = ctx.evidence(a, b, CONFIDENCE["pattern"])
        ctx.facts.relations.append(RelationFact(person, "post", body, ev, role=role))
