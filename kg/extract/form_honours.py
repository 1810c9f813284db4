"""Family *awards*, continued: the honours of a filled form (a recommendation form, 推荐审批表).

A form names whom it is about in a field (``姓　　名⇥X``, or a unit's ``集体名称⇥Y``) and lists
what they received before in a section (曾获荣誉, read by :mod:`kg.extract.honour_sections`,
whose holder :func:`form_subject` finds).  The approving bodies write their opinions in fields
of their own: an approval that grants the honour and names no holder (``省总工会意见⇥同意授予X
奖章``) gives it to the form's subject, while a recommendation (同意推荐) or an opinion still
pending (（待审）) gives nothing.  The subject is the nearest field before: a unit's form after
a person's names the unit.  A page may have printed the field grid above its text (the
article's furniture): its name field names the form's person when the text names them too.
Needs the people (PERSON mentions) and the bodies (``ctx.ref_at``).
"""

from __future__ import annotations

import functools
import re

from kg.extract.awards import EDITION, HONOUR_HEAD_WORDS, award, clause_start
from kg.extract.context import CONFIDENCE, ArticleContext
from kg.extract.honour_topic import NAME_HEADS
from kg.extract.wordlists import GRANTING_VERBS
from kg.lexicon import alternation_of, table
from kg.model.facts import EntityRef

_GAP = "[ \u3000\t]*"
_BODIES = ("TradeUnion", "Organization")
# a name a field of the furniture's grid holds (令狐建军 before the next field, 性　别)
_VALUE = re.compile("[\u4e00-\u9fff·]{2,8}")


def _spaced(word: str) -> str:
    """A field's label as a form spaces it out to its cell's width (姓　　名)."""
    return _GAP.join(map(re.escape, word))


@functools.cache
def _field() -> re.Pattern[str]:
    """A field naming whom a form is about, at a line's or a cell's start: a person's name
    (姓名) or a unit's (集体名称, 单位名称; the body heads of ``pages/table_heads.tsv``)."""
    people = "|".join(_spaced(h) for h in sorted(NAME_HEADS, key=len, reverse=True))
    bodies = alternation_of([row[0] for row in table("pages/table_heads.tsv") if row[1:] == ["body"]])
    return re.compile(
        f"(?:^|(?<=[ \u3000\t]))(?:(?P<person>{people})|[\u4e00-\u9fff]{{1,4}}(?:{bodies})){_GAP}[:：]?{_GAP}", re.M
    )


# 同意授予山西省五一劳动奖章。: an approval granting an honour, quoted or ending with an honour's
# head, to no holder it names
@functools.cache
def _grant() -> re.Pattern[str]:
    return re.compile(
        f"(?:{alternation_of(GRANTING_VERBS)})"
        f'(?:[“"「『]([^“”"「」『』]{{2,20}})[”"」』]|([\u4e00-\u9fff\\d]{{2,24}}?(?:{HONOUR_HEAD_WORDS})))'
        f"(?:荣誉)?(?:称号)?(?=[，,。；;、！!？?\\s（(]|$)"
    )


def form_subject(ctx: ArticleContext, pos: int) -> tuple[bool, EntityRef | None]:
    """Whether the text before ``pos`` is a form's (a field naming whom it is about), and whom
    the nearest such field names (None when a unit's field holds no body read)."""
    text = ctx.text
    fields = list(_field().finditer(text, 0, pos))
    if fields:
        m = fields[-1]
        if m["person"] is not None:
            # (a field naming no one is a table's heading row, 姓名　单位　职务: no form's)
            people = ctx.mentions_in("PERSON", m.end(), m.end() + 1)
            person = EntityRef("Person", people[0].text) if people else _named(ctx, text, m.end())
            return person is not None, person
        spans = [(y, ctx.ref_at[(x, y)]) for x, y in ctx.ref_at.starting_in(m.end(), m.end() + 1)]
        bodies = [(y, ref) for y, ref in spans if ref.cls in _BODIES]
        return True, max(bodies, key=lambda b: b[0])[1] if bodies else None
    for line in ctx.article.furniture:
        m = _field().search(line)
        holder = _named(ctx, line, m.end()) if m is not None and m["person"] is not None else None
        if holder is not None:
            return True, holder
    return False, None


def _named(ctx: ArticleContext, line: str, at: int) -> EntityRef | None:
    """The person a name field's value at ``at`` names, when the text names them too (a cell
    between two fields, 姓　名⇥X⇥性　别, is often no name to the tagger)."""
    value = _VALUE.match(line, at)
    if value is None:
        return None
    named = [p.text for p in ctx.mentions_of("PERSON") if value.group().startswith(p.text) and len(p.text) > 1]
    return EntityRef("Person", max(named, key=len)) if named else None  # (姓名：张三性别：男)


def granted(ctx: ArticleContext) -> None:
    """同意授予X奖章 in a form's opinion field: the form's subject holds X."""
    text = ctx.text
    for m in _grant().finditer(text):
        honour = EDITION.sub("", m.group(1) or m.group(2))
        a = clause_start(ctx, m.start())
        named = ctx.mentions_in("PERSON", a, m.end()) or any(
            ctx.ref_at[(x, y)].cls in _BODIES for x, y in ctx.ref_at.starting_in(a, m.start())
        )
        if named or len(honour) < 4:
            continue  # (同意授予张三…: the holder is named, read as any grant is)
        _, holder = form_subject(ctx, m.start())
        if holder is not None:
            award(ctx, holder, honour, ctx.evidence(m.start(), m.end(), CONFIDENCE["context"]))
