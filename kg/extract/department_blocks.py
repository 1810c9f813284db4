"""Family *posts*, an organisation page's department blocks (机构设置, 内设机构): each of a
union's departments with its heads, in one of three shapes —

* the department, a gap, its titled fields: 组织部　部长：D　副部长：E;
* the department as a label, its head's title before the name: 办公室：主任D　电话：…;
* the department alone on its line, its heads' fields on the lines under it: 权益保障部 /
  部　长：D / 副部长：E.

The head of a union's department holds the office at the union, the department written
into the role (组织部部长), as a department named after its union is read
(``kg.extract.units.held_unit``) and as the gold writes it (c75: 河源市总工会, 组织部部长).  The
union is the one named last before the block (the page's head: 某市总工会机构设置); a block
with no union before it reads nothing.  A department is a word ending as a union's departments
end (``bodies/union_departments.txt``); the name must be one the name finder read.
"""

from __future__ import annotations

import re
from functools import cache

from spacy.tokens import Span

from kg.extract.context import CONFIDENCE, ArticleContext
from kg.extract.offices import VENUE, workplace
from kg.lexicon import alternation_of, words
from kg.model.facts import EntityRef, RelationFact

# what may stand between a field's title and its name (部　长：D, 主任 D), a note on how the
# office is held among it (副部长（主持工作）：D: the role is the title, the note no part of it)
_FIELD_GAP = re.compile(r"(?:[（(][\u4e00-\u9fff]{1,6}[）)])?[ \u3000\t]*[：:]?[ \u3000\t]*")
# what opens a row of a list before its body: its number, a bullet, spaces
_ROW_OPENING = re.compile(r"[ \u3000\t]*(?:\d{1,3}[.、．）)]|[（(]\d{1,3}[）)]|[●·•])?[ \u3000\t]*")
# between a row's body and its fields
_ROW_GAP = re.compile(r"[ \u3000\t]+")
# the classes of body a row names
_ROW_BODIES = ("TradeUnion", "Organization")
# any department as a label, its name ending in 部 and a colon (经济技术保护部：部长D), or a
# gap and its head's field (财务资产部　部长：D, 某某部　副部长（主持工作）：D)
_LABEL_DEPARTMENT = "[\u4e00-\u9fff]{1,8}?部(?=[：:]|[ \u3000\t]+副?部长)"
# the most lines of fields one department's label heads
_MOST_FIELDS = 6


@cache
def _department() -> re.Pattern[str]:
    """A department's word opening its line: its label (办公室：), or a gap (组织部　部长：), or alone;
    or a committee of the union as a label (女职工委员会：主任D) — not the union's own committee
    (工会委员会), which is the union; or any 部 as a label (经济技术保护部：)."""
    ends = alternation_of(words("bodies/union_departments.txt"))
    committees = alternation_of(w for w in words("unions/union_committees.txt") if not w.endswith("工会委员会"))
    return re.compile(
        f"[ \u3000\t]*(?P<dept>[\u4e00-\u9fff]{{0,8}}?(?:{ends})|(?:{committees})(?=[：:])|{_LABEL_DEPARTMENT})"
        "(?P<after>[：:]|[ \u3000\t]+|$)"
    )


def department_blocks(ctx: ArticleContext) -> None:
    """The heads of each department block of the text: offices at the union before it."""
    text = ctx.text
    if "：" not in text and ":" not in text:
        return  # (every shape has a field's colon)
    pattern = _department()
    pos = 0
    lines = text.split("\n")
    starts = []
    for line in lines:
        starts.append(pos)
        pos += len(line) + 1
    for i, line in enumerate(lines):
        a = starts[i]
        m = pattern.match(line)
        if m is None:
            _body_row(ctx, a, a + len(line))
            continue
        union, dept = ctx.union_before(a), m["dept"]
        da, db = a + m.start("dept"), a + m.end("dept")
        unions = [(x, y, ctx.ref_at[(x, y)]) for x, y in ctx.ref_at.starting_in(da, db) if y < db]
        unions = [u for u in unions if u[2].cls == "TradeUnion"]
        if unions:  # 某县总工会办公室：主任D: the department after its union's name, that union's
            x, y, union = max(unions, key=lambda u: u[1])
            if x != da or not pattern.fullmatch(text[y:db]):
                continue
            dept = text[y:db]
        if union is None:
            continue
        if m["after"] == "":  # 权益保障部 alone: its fields on the lines under it
            for k in range(i + 1, min(len(lines), i + 1 + _MOST_FIELDS)):
                if not _read_fields(ctx, union, dept, starts[k], starts[k] + len(lines[k]), labelled=True):
                    break
        else:
            _read_fields(ctx, union, dept, a + m.end(), a + len(line), labelled=m["after"].strip() == "")


def _body_row(ctx: ArticleContext, a: int, b: int) -> None:
    """1.某镇总工会　主席：D　副主席：E — a row of a list of unions (a union's 基层组织 page),
    its body first, a gap, its officers' fields: each office at the row's body."""
    m = _ROW_OPENING.match(ctx.text, a, b)
    start = m.end() if m else a
    for x, y in ctx.ref_at.starting_in(start, start + 1):
        body = ctx.ref_at[(x, y)]
        if x == start and body.cls == VENUE and _ROW_GAP.match(ctx.text, y, b):
            # 某市职工服务中心　主任：D: a place read as a venue, which has a head: its body's office
            read = len(ctx.facts.relations)
            if _read_fields(ctx, body, "", _ROW_GAP.match(ctx.text, y, b).end(), b, labelled=True):
                org = workplace(ctx, body, (x, y))
                for r in ctx.facts.relations[read:]:
                    r.object = org
            return
        if x == start and body.cls in _ROW_BODIES and _ROW_GAP.match(ctx.text, y, b):
            _read_fields(ctx, body, "", _ROW_GAP.match(ctx.text, y, b).end(), b, labelled=True)
            return


def _read_fields(ctx: ArticleContext, union: EntityRef, dept: str, a: int, b: int, labelled: bool) -> bool:
    """The heads named in ``[a, b)``: each a title, its gap (a colon where ``labelled``), a
    name; whether the span opens with such a head."""
    text = ctx.text
    titles = {t.end_char: t for t in ctx.mentions_in("TITLE", a, b)}
    found = False
    for p in ctx.mentions_in("PERSON", a, b):
        if _held_by(ctx, union, dept, titles, a, p):
            found = True
            continue
        t = next((t for end, t in titles.items() if _gap(text, end, p.start_char, labelled)), None)
        if t is None or t.start_char < a:
            continue
        if not found and text[a : t.start_char].strip(" \u3000\t"):
            return False  # (the span opens with something else: no field of the department)
        found = True
        person = EntityRef("Person", p.text)
        ev = ctx.evidence(t.start_char, p.end_char, CONFIDENCE["pattern"])
        ctx.facts.relations.append(RelationFact(person, "post", union, ev, role=dept + t.text))
    return found


def _held_by(ctx: ArticleContext, union: EntityRef, dept: str, titles: dict[int, Span], a: int, p: Span) -> bool:
    """部长由副主席D兼任: the department's head is one of the union's officers, who holds both
    offices; the head's title opens the span, the officer's stands just before the name."""
    text = ctx.text
    if not text.startswith("兼任", p.end_char):
        return False
    officer = titles.get(p.start_char)
    head = next((t for t in titles.values() if t.start_char == a and text.startswith("由", t.end_char)), None)
    if officer is None or head is None or officer.start_char != head.end_char + 1:
        return False
    person, ev = EntityRef("Person", p.text), ctx.evidence(a, p.end_char + 2, CONFIDENCE["pattern"])
    for role in (officer.text, dept + head.text):
        ctx.facts.relations.append(RelationFact(person, "post", union, ev, role=role))
    return True


def _gap(text: str, end: int, start: int, labelled: bool) -> bool:
    """Whether only a field's gap stands between a title's end and a name's start."""
    if end > start:
        return False
    gap = text[end:start]
    return _FIELD_GAP.fullmatch(gap) is not None and (not labelled or ":" in gap or "：" in gap)
