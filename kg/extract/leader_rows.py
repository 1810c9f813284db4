"""Family *posts*, the leaders' rows of a union's 组织机构 page, each a person of the union's
own leadership written in one of three layouts:

* the name first, a wide gap, the chain of titles (刘某　党组书记、主席): one line alone under
  the block's label is a roster's line (``kg.extract.rosters`` reads runs of several);
* a label, a colon, the holder and a title in brackets (常务副主席：刘某（党组副书记）): the
  label's title is read as any title before a name; the bracket's, with no body, is a second
  office at the same union;
* a text table 姓名｜职务｜分管工作: the name's cell, the titles' cell (a note on how the
  office is held, （兼职）（挂职）, is no part of it), and a cell of duties whose first clause
  may be the holder's job at a named body (某公司总装车间主任，…) and whose 本职为 names the
  holder's own office elsewhere (本职为某街道党工委副书记).

A slide writes the block on one bullet's line, the label opening it and the entries parted by
bars (● 班子成员：主席 刘某（兼）｜常务副主席 王某｜副主席 李某（兼职，某公司工会主席）): each
entry's titles before the name, the bracket after it a note on how the office is held, then
maybe the holder's own office at a named body, read as the duties' cell is.

Titles without a body are the page's union's: the one named last before the block, else the
first the block names after it (主持市总工会全面工作); on a bullet's line, the union the
article is about (the bullets before it name other unions in passing).  A title chain holding anything else (a
verb, a sentence's marks) is no row.
"""

from __future__ import annotations

import re
from typing import NamedTuple

from spacy.tokens import Span

from kg.extract.context import CONFIDENCE, ArticleContext
from kg.extract.offices import BODY_CLASSES, body_before, role_at
from kg.extract.units import UNIT_ENDINGS
from kg.extract.workplace import article_union
from kg.ingest.rosters import roster_label, roster_line
from kg.model.facts import EntityRef, RelationFact

# a cell bar of a text table
_BAR = "｜"
# a table's header whose first column holds names
_NAME_HEADER = "姓名" + _BAR
# the name first, a wide gap, the rest of the line (刘某　党组书记、主席)
_NAME_FIRST = re.compile(r"^[ \u3000\t]*(?P<name>[\u4e00-\u9fff·]{2,6})[ \u3000\t]+(?P<chain>\S.*)$")
# a label's title, a colon, the name, maybe a chain in brackets (常务副主席：刘某（党组副书记）)
_LABEL = re.compile(
    r"^[ \u3000]*(?P<label>[^：:（()）]{2,20})[：:][ \u3000]*(?P<name>[\u4e00-\u9fff·]{2,6})"
    r"(?:[（(](?P<chain>[^（()）]{1,30})[）)])?[ \u3000]*$"
)
# a note on how an office is held, after its title in a cell (副主席（兼职）, 副主席（挂职）)
_NOTE = re.compile(r"[（(][\u4e00-\u9fff]{1,4}[）)]")
# what parts the titles of one chain
_CHAIN_MARKS = re.compile(r"[、，,]?")
# the phrase naming the holder's own office elsewhere, in a note (本职为某街道党工委副书记)
_OWN_POST = ("本职为", "本职是", "原单位职务为")
# what ends a clause of a cell
_CLAUSE_END = re.compile(r"[，,；;。]")
# the most characters of a unit's name between its body and its head's title (某公司总装车间主任)
_UNIT_LENGTH = 6
# the lines a leaders' block may run (its label to the next section)
_MOST_LINES = 30
# a bullet of a slide: it opens a list on its line, and the next one ends it
_BULLETS = "●■◆▪•"
# a roster's label opening a bullet's line, then a colon (● 班子成员：…)
_INLINE_LABEL = re.compile(f"(?:^|(?<=[{_BULLETS}\n]))[ \u3000]*(?P<label>[\u4e00-\u9fff]{{2,12}})[：:]", re.M)
# what ends the list: the line's end or the next bullet
_LIST_END = re.compile(f"[{_BULLETS}\n]")
# what parts the list's entries
_ENTRY_GAP = re.compile("[｜|；;]")
# a bracket closing an entry, after its name (（兼职，某公司工会主席）)
_ENTRY_BRACKET = re.compile(r"[ \u3000]*[（(](?P<inner>[^（()）]{1,40})[）)][ \u3000]*")


class Holder(NamedTuple):
    """Where a row names its person, and the name."""

    start_char: int
    end_char: int
    text: str


def leader_rows(ctx: ArticleContext) -> None:
    """The offices of each leader's row under a roster's label (领导班子)."""
    text = ctx.text
    _inline_lists(ctx)
    if "领导" not in text and _BAR not in text:
        return
    lines, pos = [], 0
    for line in text.split("\n"):
        lines.append((pos, pos + len(line)))
        pos += len(line) + 1
    for i, (a, b) in enumerate(lines):
        if not roster_label(_unnumbered(text[a:b])):
            continue
        union = _page_union(ctx, a, lines[min(len(lines) - 1, i + _MOST_LINES)][1])
        if union is None:
            continue
        for x, y in lines[i + 1 : i + 1 + _MOST_LINES]:
            if x < y and _section_head(text[x:y]):
                break
            _read_row(ctx, union, x, y)


def _inline_lists(ctx: ArticleContext) -> None:
    """● 班子成员：主席 刘某（兼）｜常务副主席 王某: each entry of a bullet's roster list, its titles
    at the article's union, the bracket's office at the body it names."""
    text = ctx.text
    for m in _INLINE_LABEL.finditer(text):
        if not roster_label(m["label"]) or (union := article_union(ctx)) is None:
            continue
        close = _LIST_END.search(text, m.end())
        end = close.start() if close else len(text)
        x = m.end()
        for part in _ENTRY_GAP.split(text[m.end() : end]):
            y = x + len(part)
            people = ctx.mentions_in("PERSON", x, y)
            if len(people) == 1:
                person = Holder(people[0].start_char, people[0].end_char, people[0].text)
                _chain(ctx, union, person, x, person.start_char)
                if (b := _ENTRY_BRACKET.fullmatch(text, person.end_char, y)) is not None:
                    inner = b.start("inner")
                    for clause in _CLAUSE_END.split(b["inner"]):
                        _duties(ctx, person, inner, b.end("inner"))
                        inner += len(clause) + 1
            x = y + 1


def _unnumbered(line: str) -> str:
    """The label without its section's number (一、领导班子)."""
    return re.sub(r"^[ \u3000]*(?:[一二三四五六七八九十]{1,3}[、.．]|[（(][一二三四五六七八九十]{1,3}[）)])", "", line)


def _section_head(line: str) -> bool:
    """二、内设机构: the next numbered section ends the leaders' block."""
    return _unnumbered(line) != line and len(line) <= 16


def _page_union(ctx: ArticleContext, a: int, b: int) -> EntityRef | None:
    """The union the block's page is: named last before the block, else first in it."""
    union = ctx.union_before(a)
    if union is not None:
        return union
    for x, y in ctx.ref_at.starting_in(a, b):
        if (ref := ctx.ref_at[(x, y)]).cls == "TradeUnion":
            return ref
    return None


def _read_row(ctx: ArticleContext, union: EntityRef, a: int, b: int) -> None:
    """The offices of the line ``[a, b)``, in whichever of the layouts it is."""
    line = ctx.text[a:b]
    if line.count(_BAR) >= 2:
        cells, pos = [], a
        for cell in line.split(_BAR):
            cells.append((pos, pos + len(cell)))
            pos += len(cell) + 1
        person = _person_at(ctx, *cells[0]) or _name_cell(ctx, *cells[0])
        if person is not None and _chain(ctx, union, person, *cells[1]) and len(cells) > 2:
            _duties(ctx, person, *cells[2])
        return
    if (m := _LABEL.match(line)) is not None:
        person = _person_at(ctx, a + m.start("name"), a + m.end("name"))
        if person is not None:
            _chain(ctx, union, person, a + m.start("label"), a + m.end("label"))
            if m["chain"]:
                _chain(ctx, union, person, a + m.start("chain"), a + m.end("chain"))
        return
    if (m := _NAME_FIRST.match(line)) is not None:
        person = _person_at(ctx, a + m.start("name"), a + m.end("name"))
        if person is not None:
            _chain(ctx, union, person, a + m.start("chain"), b)


def _person_at(ctx: ArticleContext, a: int, b: int) -> Holder | None:
    """The person named by the whole of ``[a, b)`` (spaces around it aside)."""
    a, b = _trimmed(ctx.text, a, b)
    p = next((p for p in ctx.mentions_in("PERSON", a, b) if p.start_char == a and p.end_char == b), None)
    return None if p is None else Holder(a, b, p.text)


def _name_cell(ctx: ArticleContext, a: int, b: int) -> Holder | None:
    """A row's first cell under a table's 姓名 header: a name by its column, when it has a
    name's shape (a listed surname, a few characters, no body's or title's word)."""
    a, b = _trimmed(ctx.text, a, b)
    head = ctx.text.rfind(_NAME_HEADER, 0, a)
    if head < 0 or ctx.text.count("\n", head, a) > _MOST_LINES or roster_line(ctx.text[a:b] + "　主席", True) is None:
        return None
    ctx.add(EntityRef("Person", ctx.text[a:b]), None, (a, b), CONFIDENCE["pattern"])
    return Holder(a, b, ctx.text[a:b])


def _trimmed(text: str, a: int, b: int) -> tuple[int, int]:
    """``[a, b)`` without the spaces around it."""
    while a < b and text[a] in " \u3000\t":
        a += 1
    while b > a and text[b - 1] in " \u3000\t":
        b -= 1
    return a, b


def _chain(ctx: ArticleContext, union: EntityRef, person: Holder, a: int, b: int) -> bool:
    """The titles filling ``[a, b)`` (parted by 、, a note after each), no body written before
    them: each an office at ``union``.  Nothing when anything else stands in the span."""
    text = ctx.text
    titles, pos = [], a
    for t in ctx.mentions_in("TITLE", a, b):
        gap = text[pos : t.start_char]
        if not _CHAIN_MARKS.fullmatch(gap.strip(" \u3000")) or (titles and not gap.strip(" \u3000")):
            return False
        titles.append(t)
        pos = t.end_char
        if (note := _NOTE.match(text, pos, b)) is not None:
            pos = note.end()
    if not titles or text[pos:b].strip(" \u3000") or any(body_before(ctx, t) is not None for t in titles):
        return False
    for t in titles:
        _post(ctx, person, t, *role_at(union, t.text))
    return True


def _duties(ctx: ArticleContext, person: Holder, a: int, b: int) -> None:
    """The duties' cell: its first clause a job at a named body (某公司总装车间主任，…), and
    the holder's own office elsewhere after 本职为."""
    text = ctx.text
    starts = [a] + [a + text[a:b].index(w) + len(w) for w in _OWN_POST if w in text[a:b]]
    for x in starts:
        m = _CLAUSE_END.search(text, x, b)
        y = m.start() if m else b
        titles = [t for t in ctx.mentions_in("TITLE", x, y) if t.end_char == y]
        if titles and (found := body_before(ctx, titles[0]) or _unit_of(ctx, titles[0], x)) and found[0] == x:
            _post(ctx, person, titles[0], found[1], found[2])


def _unit_of(ctx: ArticleContext, t: Span, x: int) -> tuple[int, EntityRef, str] | None:
    """某公司总装车间主任: a body named from ``x``, a unit of it (a few characters) and the
    title opening with the unit's word (车间主任): an office at the body, the unit in the role."""
    if not t.text.startswith(UNIT_ENDINGS):
        return None
    for y in range(t.start_char - 1, max(x, t.start_char - _UNIT_LENGTH - 1), -1):
        for a, b in ctx.ref_at.by_end.get(y, ()):
            ref = ctx.ref_at[(a, b)]
            if (
                a == x
                and ref.cls in BODY_CLASSES
                and all("\u4e00" <= c <= "\u9fff" for c in ctx.text[y : t.start_char])
            ):
                return x, ref, ctx.text[y : t.end_char]
    return None


def _post(ctx: ArticleContext, person: Holder, t: Span, body: EntityRef, role: str) -> None:
    ev = ctx.evidence(person.start_char, max(person.end_char, t.end_char), CONFIDENCE["pattern"])
    ref = EntityRef("Person", person.text)
    ctx.facts.relations.append(RelationFact(ref, "post", body, ev, role=role))
