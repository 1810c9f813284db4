"""Family *posts*: a unit written bare before its head's title, no body glued before it
(质检部部长X, 、职业安全健康厅厅长X, 带领法律工作部部长X): whose unit it is, or a body of its own.

``kg.extract.offices`` asks ``bare_unit`` once neither a body nor a unit glued to one
(kg.extract.units) is written right before a title.
"""

from __future__ import annotations

from spacy.tokens import Span

from kg.extract.context import CONFIDENCE, ArticleContext
from kg.extract.units import (
    BODY_CLASSES,
    HELD_UNIT_ENDINGS,
    NAME_TAGS,
    UNIT_RE,
    UNIT_REACH,
    held_at,
    is_company,
    is_title,
)
from kg.extract.wordlists import LEADING_VERBS
from kg.extract.workplace import own_department, page_workplace
from kg.lexicon import table, words
from kg.model.facts import EntityRef
from kg.nlp.titles import QUALIFIERS

# how many characters of a head's title may stand before the title read (监察大队副大|队长)
_REPEATED_HEAD = 2
# the marks of a list's entries and of clauses: a unit after one opens an entry
_ENTRY_MARKS = frozenset("、，,；;：:。\n")
# words naming a body by pointing at one named before (该所, 本院: posts/own_body_words.tsv): no name
_POINTING_WORDS = frozenset(row[0] for row in table("posts/own_body_words.tsv", header=True))
# words before a head's title making a kind of it (助理处长, 署理局长, 常务副局长): the head word after them
_HEAD_QUALIFIERS = words(QUALIFIERS)


def bare_unit(ctx: ArticleContext, t: Span) -> tuple[int, EntityRef, str] | None:
    """A unit written bare before the title of its head, no body glued before it (where the
    unit's name starts, the office's body, the role):

    * a company's department in the clause that names the company (某某有限公司…负责人是
      质检部部长X): an office at that company, its role the unit and the title
      (质检部部长), as the text names no body of the unit;
    * a unit opening an entry of a list, its head written with the unit's last word again
      (、职业安全健康厅厅长X): the word that ends the unit and opens the title tells that it
      names a body, of its own (no body before it says whose unit it is);
    * a department opening its clause on a workplace's page (人力资源部总经理X): the page's
      workplace's (``kg.extract.workplace``).
    """
    return (
        _department(ctx, t)
        or _led_unit(ctx, t)
        or _entry_unit(ctx, t)
        or own_department(ctx, t, _name_words_before, UNIT_RE.fullmatch)
    )


def _department(ctx: ArticleContext, t: Span) -> tuple[int, EntityRef, str] | None:
    """某某有限公司…负责人是质检部部长X: the unit (the words of a name right before the title)
    is a department of the company the clause names last, no mark or person between."""
    start = t.start_char
    a = _name_words_before(ctx, start)
    unit = ctx.text[a:start]
    if not UNIT_RE.fullmatch(unit) or ctx.mentions_in("PERSON", a, start) or ctx.mentions_in("TITLE", a, start):
        return None
    sa, _ = ctx.sentence_of(start)
    named = [(x, y, ref) for x, y, ref in ctx.bodies_in(sa, a) if y <= a]
    if not named or not is_company(named[-1][2]):
        return None
    y = named[-1][1]
    if _ENTRY_MARKS.intersection(ctx.text[y:a]) or ctx.mentions_in("PERSON", y, a):
        return None
    return (a, named[-1][2], unit + ctx.text[start : t.end_char])


def _led_unit(ctx: ArticleContext, t: Span) -> tuple[int, EntityRef, str] | None:
    """区总工会副主席A带领法律工作部部长B: a union's or a company's department (its ending one of
    ``posts/held_unit_endings.txt``) written bare after the verb by which an officer of a body
    leads its head is a department of that body, the leader's: an office at the body, its
    role the unit and the title (法律工作部部长), as the body's own department is read."""
    start = t.start_char
    a = _name_words_before(ctx, start)
    unit = ctx.text[a:start]
    if not UNIT_RE.fullmatch(unit) or not unit.endswith(HELD_UNIT_ENDINGS):
        return None
    if ctx.mentions_in("PERSON", a, start) or ctx.mentions_in("TITLE", a, start):
        return None
    verb = next((v for v in LEADING_VERBS if ctx.text.endswith(v, 0, a)), None)
    if verb is None:
        return None
    led = a - len(verb)
    leader = next((p for p in ctx.mentions_in("PERSON", max(0, led - 8), led) if p.end_char == led), None)
    if leader is None:
        return None
    # the leader's title right before the name, the body before it (区总工会副主席A: the union)
    bodies = [
        ctx.ref_at[(x, y)]
        for x, y in ctx.ref_at.starting_in(max(0, leader.start_char - UNIT_REACH * 2), leader.start_char)
        if y < leader.start_char and is_title(ctx.text[y : leader.start_char])
    ]
    body = next((ref for ref in reversed(bodies) if ref.cls in BODY_CLASSES), None)
    return None if body is None else (a, body, unit + t.text)


def _entry_unit(ctx: ArticleContext, t: Span) -> tuple[int, EntityRef, str] | None:
    """、职业安全健康厅厅长X: the words from the mark opening the entry to a title (副)X长 whose X
    ends them are a body of its own (a qualifier may open the title: 劳工处助理处长X).  The
    head may repeat the unit's last two characters, the title read from the second
    (监察大队副大|队长: 副大队长), and the unit may open with its area's name (、某镇劳动保障所所长X:
    the town's office, named so).  On a company's page a unit of the company's kind (、某光伏电站站长X)
    is the company's, as ``held_unit`` reads it."""
    start = t.start_char
    sa, _ = ctx.sentence_of(start)
    reach = max(sa, start - UNIT_REACH)
    a = max([reach - 1] + [ctx.text.rfind(mark, reach, start) for mark in _ENTRY_MARKS]) + 1
    opened = a == sa or ctx.text[a - 1] in _ENTRY_MARKS
    for end in range(start, max(a, start - _REPEATED_HEAD) - 1, -1):
        unit, title = ctx.text[a:end], ctx.text[end : t.end_char]
        head = title.removeprefix(next((q for q in _HEAD_QUALIFIERS if title.startswith(q)), ""))
        # (the words before the title read are the head's only when they repeat the unit's end)
        repeated = unit[-1:] if end == start else unit[-_REPEATED_HEAD:]
        if opened and UNIT_RE.fullmatch(unit) and head.removeprefix("副").startswith(repeated):
            break
    else:
        return None
    if ctx.mentions_in("PERSON", a, end) or ctx.mentions_in("TITLE", a, end):
        return None  # (a person or a title in the words: no one name)
    if unit in _POINTING_WORDS:
        return None  # 。该所所长X: the body named before, pointed back at (bare_titles.own_body)
    if any(ctx.ref_at[s].cls != "AdministrativeArea" for s in ctx.ref_at.starting_in(a, end)):
        return None  # (a body in the words: no one name; an area opens the unit's name)
    named = _named_with_ending(ctx, unit, a)
    if named is not None:
        return (a, named, title)
    if (workplace := page_workplace(ctx)) is not None and held_at(unit, workplace):
        return (a, workplace, unit + title)  # 、某光伏电站站长X on a company's page: its station, no body
    ref = EntityRef("Organization", unit)
    ctx.add(ref, unit, (a, end), CONFIDENCE["pattern"])
    return (a, ref, title)


def _named_with_ending(ctx: ArticleContext, unit: str, before: int) -> EntityRef | None:
    """。工作站站长X after 某区总工会职工法律援助工作站 was named: the unit is that body named
    again by its kind (the last body named before whose longer name ends with it), no body
    of its own."""
    for x, y in reversed(ctx.ref_at.starting_in(0, before)):
        ref = ctx.ref_at[(x, y)]
        if (
            y <= before
            and ref.cls in (*BODY_CLASSES, "Place")
            and len(ref.name) > len(unit)
            and ref.name.endswith(unit)
        ):
            return ref
    return None


def _name_words_before(ctx: ArticleContext, end: int) -> int:
    """Where the run of words that may make a name (nouns, names: ``NAME_TAGS``) ending at
    ``end`` starts, at most ``UNIT_REACH`` characters back; ``end`` when none ends there."""
    a = end
    for token in reversed(ctx.doc.char_span(max(0, end - UNIT_REACH), end, alignment_mode="expand") or ()):
        if token.idx + len(token) > a:
            continue  # (a word running past the end: none)
        if token.idx + len(token) < a or token.tag_ not in NAME_TAGS or end - token.idx > UNIT_REACH:
            break
        a = token.idx
    return a
