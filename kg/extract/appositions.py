"""Family *posts*, titles after a name: NAME（BODY TITLE）, NAME，BODY TITLE，and a title
glued after a name as a form of address (刘洋副主席, 党委书记刘洋校长).

An apposition names its own body (none without one); a title of address is at the body
glued before the name, else — a union's chair — at the union the sentence named last,
else at the body of the chain of titles before the name (kg.extract.posts).
"""

from __future__ import annotations

import re

from spacy.tokens import Span

from kg.extract.context import ArticleContext
from kg.extract.jobs import is_grade
from kg.extract.offices import BODY_CLASSES, OWN_BODY_WORDS, body_by_word, committee_at, role_at, title_from
from kg.extract.referred import referred_body
from kg.extract.units import UNIT_ENDINGS, unit_then_title
from kg.extract.wordlists import HONOUR_TITLES, UNION_WORD
from kg.lexicon import alternation
from kg.model.facts import EntityRef
from kg.nlp.names import REFERRING

# an apposition after a name opens with （, ， or ： (【人物】刘洋：某公司工会主席) and closes with ）, ， 。 ；
APPOSITION_OPEN = "（(，,：:"
APPOSITION_CLOSE = re.compile(r"[）)，,。；;\n]|$")
# what ends one entry of a list of names each with its titles after it (A，区总工会主席；B，…):
# the next name may follow it
ENTRY_CLOSE = "；;\n。"  # (and a line break: a note's next line; a full stop: the next sentence's name)
# a dash setting off the offices after a name (A —— 镇党委副书记), as a note or a list writes them
_DASH = re.compile(r"[ \u3000]*(?:——|—|--)[ \u3000]*")
# a note of the name's particulars in brackets before such a dash (A（德昂族）——)
_NOTE = re.compile(r"[（(](?:[男女]|[\u4e00-\u9fff]{1,5}族)[)）]")
# how an office is held, in brackets after its title (主席（兼）, 副主席（专职）): no end of the chain
_TENURE_NOTE = re.compile(r"[（(](?:兼|兼任|兼职|专职|挂职)[)）]")
# the rest of a bracket after a comma in it, to its close (A（区总工会副主席，经费审查委员会主任）)
_BRACKET_GOES_ON = re.compile(r"[^（()）\n。；]{1,30}[）)]")
# the marks a form typed from a scan sets a handwritten entry in (首席调解员：【刘洋】（…）)
HAND_MARK = "【】"
# what may follow a name before its apposition (刘洋同志（区总工会主席）)
HONORIFICS = ("同志", "先生", "女士")
# the longest qualification at a body in an apposition's chain (某律师事务所律师、), before its 、
_QUALIFICATION = 8
# a profile's particulars between the name and its offices (罗某（1978—），男，四川某县人，…):
# the birth years in brackets, then clauses of sex, ethnic group, birth year, birthplace
# (…人, naming no body and no title) and the words of ``posts/profile_particulars.txt``
_BORN = re.compile(r"[（(]\s*(?:19|20)\d\d(?:[.．年]\d{1,2}月?)?\s*(?:年|年生|年出生)?\s*[—–\-~～－]*\s*[)）]")
_PARTICULAR = re.compile(
    rf"[男女]|[\u4e00-\u9fff]{{1,5}}族|(?:19|20)\d\d年(?:\d{{1,2}}月)?(?:生|出生)|{alternation('posts/profile_particulars.txt')}"
)
_BIRTHPLACE = re.compile(r"[\u4e00-\u9fff]{2,8}人")
# an honour the profile names among the particulars (2025年全国劳动模范, 省劳模): no office
_HONOUR = re.compile(rf"(?:(?:19|20)\d\d年)?[\u4e00-\u9fff]{{0,10}}(?:{'|'.join(map(re.escape, HONOUR_TITLES))})")
_CLAUSE = re.compile(r"[，,]")
# a union's chair, addressed after the name (刘洋副主席) where the union is the sentence's
UNION_CHAIR = "主席"

Office = tuple[Span, EntityRef, str]  # (title, body, role)


def apposition(ctx: ArticleContext, p: Span) -> list[Office]:
    """NAME（BODY TITLE、TITLE）or NAME，BODY TITLE，: titles after a name (and 同志, 先生 or
    女士), set off by a bracket or commas; each at the body written before it (none without one).
    A list may give each name its titles so, the entries set apart by ；(A，区总工会主席；B，…)."""
    text, pos = ctx.text, p.end_char
    if text[p.start_char - 1 : p.start_char] == HAND_MARK[0] and text.startswith(HAND_MARK[1], pos):
        pos += 1  # (签名：【刘洋】（某公司工会主席）: a form's handwritten entry, marked)
    pos += next((len(w) for w in HONORIFICS if text.startswith(w, pos)), 0)
    if (note := _NOTE.match(text, pos)) is not None and text[note.end() : note.end() + 1] in ("，", ","):
        pos = note.end()  # (A（德昂族），公司工会主席: a note of particulars, then the offices after a comma)
    pos = _after_particulars(ctx, pos)
    if (
        text[pos : pos + 2] in ("\n（", "\n(")
        and not text[text.rfind("\n", 0, p.start_char) + 1 : p.start_char].strip()
    ):
        pos += 1  # (a speaker's block: the name a line alone, its offices in brackets on the next)
    dash = _DASH.match(text, _after_note(text, pos))
    bracketed = False
    if dash is not None:
        pos = dash.end()  # (A（德昂族）—— 公司工会主席: a note's or a list's entry, set off by a dash)
    elif text[pos : pos + 1] not in APPOSITION_OPEN:
        return []
    else:
        bracketed, pos = text[pos : pos + 1] in ("（", "("), pos + 1
    found: list[Office] = []
    kept: list[Office] | None = None  # (what was read before a comma inside the brackets)
    current: EntityRef | None = None
    while True:
        body = _body_at(ctx, pos) or _referred_at(ctx, pos)
        opened = pos
        if body is None and current is None and (current := _body_before(ctx, p)) is not None:
            body = (pos, current)  # (陇川县总工会 尚南（办公室主任）: the body written right before the name)
        if body is not None:
            current, pos = body[1], body[0]
            pos += len(text[pos : pos + 2]) - len(text[pos : pos + 2].lstrip(" \u3000"))  # (市总 副主席)
        # the title next (which may begin inside the body's name: …工会|副主席)
        t = next((t for t in ctx.mentions_in("TITLE", opened, pos + 1) if t.end_char > pos), None)
        title = title_from(text, pos, t) if t is not None else None
        if title is None and body is not None and (held := unit_then_title(ctx, pos, current)) is not None:
            t, title = held  # (A，该会权益保障部部长: the union's office, its department in the role)
        if title is None and body is None and current is not None and (unit := _host_unit(ctx, pos, current)):
            t, title, current = unit  # (公司工会主席，兼行政部经理: the company's department, its head's office)
        if title is None and body is not None and (after := _qualification(text, pos)) is not None:
            pos = after  # (A，FIRM 律师、UNION 法律顾问: a qualification at its body, no office; the chain goes on)
            continue
        if title is None or current is None:
            return kept if kept is not None else []
        if t._.kg_kind != "rank":  # (工会女职工委员会主任: the union's office, kg.extract.offices)
            found.append((t, *committee_at(ctx, *role_at(current, title), t.start_char)))
        pos = t.end_char
        pos = tenure.end() if (tenure := _TENURE_NOTE.match(text, pos)) else pos  # (主席（兼）)
        if text[pos : pos + 2] in ("，兼", ",兼") and _host_unit(ctx, pos + 2, current) is not None:
            pos += 2  # (公司工会主席，兼行政部经理: 兼 goes on with the chain)
            continue
        if text[pos : pos + 1] and text[pos] in "、兼":
            pos += 1
            continue
        if bracketed and text[pos : pos + 1] in ("，", ",") and _BRACKET_GOES_ON.match(text, pos + 1):
            kept, pos = list(found), pos + 1  # (A（区总工会副主席，经费审查委员会主任）: the chain goes on)
            continue
        break
    if not APPOSITION_CLOSE.match(text, pos):
        return kept if kept is not None else []
    if text[pos : pos + 1] not in ENTRY_CLOSE and ctx.mentions_in("PERSON", pos + 1, pos + 2):
        return []  # (a name right after a comma: no apposition closed; after ；, the list's next entry)
    return found


def title_after(ctx: ArticleContext, p: Span, after: dict[int, Span]) -> list[Office]:
    """NAME TITLE, the title glued after the name as a form of address (刘洋副主席): at the body
    written right before the name (区总工会刘洋主席); with none, a union's chair is at the
    union the sentence named last before the name, when that is the last body it named
    (区总工会召开全委会，刘洋副主席主持会议) — another body's chair would be named with it."""
    t = addressed_by(ctx, p, after)
    if t is None:
        return []
    glued = [ctx.ref_at[span] for span in ctx.ref_at.by_end.get(p.start_char, ())]
    glued = [ref for ref in glued if ref.cls in BODY_CLASSES] or _body_of_list(ctx, p.start_char)
    if glued:
        return [(t, *role_at(glued[0], t.text))]
    if not t.text.endswith(UNION_CHAIR):
        return []
    sa, _ = ctx.sentence_of(p.start_char)
    named = [(y, ctx.ref_at[(x, y)]) for x, y in ctx.ref_at.starting_in(sa, p.start_char) if y <= p.start_char]
    named = [(y, ref) for y, ref in named if ref.cls in BODY_CLASSES]
    if not named or max(named, key=lambda n: n[0])[1].cls != "TradeUnion":
        return []
    return [(t, *role_at(max(named, key=lambda n: n[0])[1], t.text))]


def _body_of_list(ctx: ArticleContext, x: int) -> list[EntityRef]:
    """工联总会A副会长、B助理秘书长: a name after 、 in a list of names each addressed by its
    title, the first glued after a body: that body, the whole list's."""
    for _ in range(8):  # (a list of a few names)
        if ctx.text[x - 1 : x] != "、":
            return []
        title = next((t for t in ctx.mentions_in("TITLE", max(0, x - 12), x) if t.end_char == x - 1), None)
        if title is None:
            return []
        near = ctx.mentions_in("PERSON", max(0, title.start_char - 8), title.start_char)
        person = next((q for q in near if q.end_char == title.start_char), None)
        if person is None:
            return []
        x = person.start_char
        glued = [ctx.ref_at[span] for span in ctx.ref_at.by_end.get(x, ())]
        if glued := [ref for ref in glued if ref.cls in BODY_CLASSES]:
            return glued
    return []


def addressed_by(ctx: ArticleContext, p: Span, after: dict[int, Span]) -> Span | None:
    """The title glued after a name (刘洋校长、), by which the name is addressed; None for a
    rank or a title that opens the next name's chain (主席刘洋副主席李静)."""
    t = after.get(p.end_char)
    if t is None or t._.kg_kind == "rank" or ctx.mentions_in("PERSON", t.end_char, t.end_char + 1):
        return None
    return t


def _body_at(ctx: ArticleContext, pos: int) -> tuple[int, EntityRef] | None:
    """The body whose name starts at ``pos`` (the longest): where it ends, and it.  A union's
    department (某区总工会权益保障部部长) is the union's: its head's office is the union's, the
    department in the role."""
    found = [(y, ctx.ref_at[(x, y)]) for x, y in sorted(ctx.ref_at.by_start.get(pos, ()), key=lambda s: -s[1])]
    found = [(y, ref) for y, ref in found if ref.cls in BODY_CLASSES]
    if not found:
        return None
    union = next((f for f in found[1:] if f[1].cls == "TradeUnion"), None)
    if union is not None and found[0][1].cls == "Organization" and found[0][1].name.endswith(UNIT_ENDINGS):
        return union
    return found[0]


# the words of ``posts/own_body_words.tsv`` that point back at the body of that kind named
# last (该会, 该公司), not at the page's own (本会, 我院)
_POINTING = tuple(
    sorted((w for w, (refers, _) in OWN_BODY_WORDS.items() if refers == "last" and w[0] in REFERRING), key=len)[::-1]
)


def _referred_at(ctx: ArticleContext, pos: int) -> tuple[int, EntityRef] | None:
    """A body written at ``pos`` by a word pointing back at it (A，该会主席; B，该公司执行董事兼
    总经理, as a judgment's parties block writes the officers under their body's line): the
    body of that kind named last before; None when none is named."""
    word = next((w for w in _POINTING if ctx.text.startswith(w, pos)), None)
    if word is not None:
        body = body_by_word(ctx, word, pos)
        return (pos + len(word), body) if body is not None else None
    return referred_body(ctx, pos, pos)


def _qualification(text: str, pos: int) -> int | None:
    """Where the chain goes on after a bare qualification (律师, 高级工程师: kg.extract.jobs) at
    ``pos`` closed by 、: the one named holds it at the body before it, no office; None else."""
    mark = text.find("、", pos, pos + _QUALIFICATION + 1)
    return mark + 1 if mark > pos and is_grade(text[pos:mark]) else None


def _body_before(ctx: ArticleContext, p: Span) -> EntityRef | None:
    """The body whose name ends right before the name ``p`` (a space between, perhaps)."""
    at = p.start_char
    while at > 0 and ctx.text[at - 1] in " \u3000":
        at -= 1
    glued = [ctx.ref_at[span] for span in ctx.ref_at.by_end.get(at, ())]
    return next((ref for ref in glued if ref.cls in BODY_CLASSES), None)


def _host_unit(ctx: ArticleContext, pos: int, union: EntityRef) -> tuple[Span, str, EntityRef] | None:
    """A unit and its head's title at ``pos`` (行政部经理) after an office at a workplace's union,
    no body written: the office is at the workplace the article names (X for X工会); else None."""
    host = EntityRef("Organization", union.name.removesuffix(UNION_WORD))
    if union.cls != "TradeUnion" or host.name == union.name or host not in ctx.facts.entities:
        return None
    held = unit_then_title(ctx, pos, host)
    return (*held, host) if held is not None else None


def _after_note(text: str, pos: int) -> int:
    """Past a note of particulars in brackets at ``pos`` (（德昂族）), else ``pos``."""
    note = _NOTE.match(text, pos)
    return note.end() if note else pos


def _after_particulars(ctx: ArticleContext, pos: int) -> int:
    """Where a profile's offices open after its particulars (罗某（1978—），男，四川某县人，某县
    总工会副主席): at the comma after the last particular, past the birth years' bracket;
    ``pos`` itself when none is written there."""
    text = ctx.text
    born = _BORN.match(text, pos)
    at = born.end() if born else pos
    while text[at : at + 1] in ("，", ","):
        end = _CLAUSE.search(text, at + 1)
        if end is None or not _particular(ctx, at + 1, end.start()):
            break
        at = end.start()
    return at if at > pos and text[at : at + 1] in ("，", ",") else pos


def _particular(ctx: ArticleContext, a: int, b: int) -> bool:
    """Is ``text[a:b]`` a particular of a profile: sex, ethnic group, birth year, party,
    degree, or a birthplace (四川某县人) or an honour (2025年全国劳动模范) naming no body or title?"""
    clause = ctx.text[a:b]
    if _PARTICULAR.fullmatch(clause):
        return True
    if not (_BIRTHPLACE.fullmatch(clause) or _HONOUR.fullmatch(clause)) or ctx.mentions_in("TITLE", a, b):
        return False
    return not any(ctx.ref_at[xy].cls in BODY_CLASSES for xy in ctx.ref_at.starting_in(a, b))
