"""Family *bodies*, level short forms: 区总工会, 街道总工会, 乡工会 — the same body named in
full before, else the union of the area of that level the text (or the page) is about —
and the units and committees named after one (旗总工会职工法律服务站, 乡工会女职工委员会),
which are that union's.

Read by ``kg.extract.bodies``; fills ``ctx.bodies_by_tail`` and ``ctx.head_fit_cache``.
"""

from __future__ import annotations

import bisect

from spacy.tokens import Span

from kg.extract.context import CONFIDENCE, LEVEL_ENDINGS, ArticleContext, area_ref
from kg.extract.one_area import one_county_city, one_named_area
from kg.extract.spanmap import TailIndex, last_before
from kg.extract.staffed_venues import SENTENCE_END_RE
from kg.extract.union_units import named_unit
from kg.extract.wordlists import AREA_UNION_ENDINGS, CLASS_BOUNDS, UNION_COMMITTEES, UNION_WORD
from kg.lexicon import words
from kg.model.facts import EntityRef
from kg.nlp.rows import line_row
from kg.nlp.text import OPEN_QUOTES


def level_name(ctx: ArticleContext, s: Span, text: str):
    """区总工会, 街道总工会: what the same short form stood for where the article said it
    before (开平市人大常委会副主任、市总工会主席A … 市总工会党组书记B: the same union, though the
    page is a prefecture's), else the same body named in full before, else the union of the
    area of that level the text (or the page) is about."""
    # (市总, and 省 of 省、市总工会, written short: kg.nlp.clipped_unions)
    text += s._.kg_ref if s._.kg_ref and (text.endswith(CLIPPED_END) or text in ctx.lex.level_words) else ""
    read = ctx.short_forms_read.setdefault(text, [])
    k = bisect.bisect_left(read, s.start_char, key=lambda r: r[0])
    named = _said_again(ctx, text, read[k - 1], s.start_char) if k else None
    named = named or _level_name(ctx, s, text)
    if named is not None and (k == len(read) or read[k][0] != s.start_char):
        read.insert(k, (s.start_char, named))
    return named


def level_area_said(ctx: ArticleContext, level: str, at: int):
    """The area a level's union said short (市总, 市总工会) stood for earlier in the sentence
    (市总主席A（市人大常委会副主任）): the same level word's body at ``at`` is of that area."""
    sa, _ = ctx.sentence_of(at)
    said = []
    for text, read in ctx.short_forms_read.items():  # (each read in order: the last before ``at``)
        k = bisect.bisect_left(read, at, key=lambda r: r[0]) if text.startswith(level + CLIPPED_END) else 0
        if k and read[k - 1][0] >= sa and read[k - 1][1][1] is not None:
            said.append(read[k - 1])
    return max(said, key=lambda n: n[0])[1][1] if said else None


# what a clipped federation (市总) ends with
CLIPPED_END = "总"
# the level short forms read as their earlier selves: a level's own union (市总工会)
UNION_BODY_ENDINGS = ("总工会",)


def _said_again(ctx: ArticleContext, text: str, earlier: tuple[int, tuple[str, object]], at: int):
    """What a level's own union said short (市总工会) stood for where the article said it before,
    when no area of that level is named between (a bulletin's next county: 民乐县… 县总工会 is
    that county's); None otherwise."""
    word = next((w for w in ctx.lex.level_words if text.startswith(w)), None)
    if word is None or not text.endswith(UNION_BODY_ENDINGS):
        return None
    levels = ctx.lex.level_words[word]
    if any(
        area.level in levels or area.name.endswith(word) for _x, _y, area in ctx.areas_in(earlier[0] + len(text), at)
    ):
        return None
    return earlier[1]


def _level_name(ctx: ArticleContext, s: Span, text: str):
    word = next((w for w in ctx.lex.level_words if text.startswith(w)), None)
    if word is None or ctx.text.endswith(CLASS_BOUNDS, 0, s.start_char):
        return None  # (地级以上市总工会: the unions of every city of a rank, none named)
    rest = text[len(word) :]
    levels = ctx.lex.level_words[word]
    # the same body named in full before (the last one): 香水园街道总工会 … 街道总工会
    if ctx.bodies_by_tail is None:
        ctx.bodies_by_tail = TailIndex(
            ctx.ref_at,
            lambda ref: ref.name if ref.cls in ("TradeUnion", "Organization") else None,
            lambda head, level_word: head_fits(ctx, head, level_word),
        )
    last = last_before(ctx.bodies_by_tail.get(rest, word), (s.start_char,))
    row = row_area(ctx, s.start_char, word, levels) or dateline_area(ctx, s.start_char, word, levels)
    if row is not None:
        return ctx.qualified(row) + rest, row
    chained = _chain_area(ctx, s, word, levels)
    if chained is not None and (last is None or last[1] <= s.start_char - 1):
        return ctx.qualified(chained) + rest, chained
    if last is not None:
        info = ctx.facts.entities.get(ctx.ref_at[last])
        located = info.located_in if info else None
        # (or the street the headline names: 街道总工会 in a street's own report)
        own = _own_area(ctx, word, levels, s.start_char) or ctx.headline_township(levels, word)
        if (
            own is not None
            and located is not None
            and located.code
            and located.code != own.code
            and not _headline_county(ctx, located.code, own, word)
        ):
            return ctx.qualified(own) + rest, own
        last = _home_named(ctx, ctx.bodies_by_tail.get(rest, word), s.start_char, rest, levels, word) or last
        ref = ctx.ref_at[last]
        info = ctx.facts.entities.get(ref)
        located = info.located_in if info else None
        moved = _moved_to(ctx, s.start_char, last[1], ref, word, levels)
        if moved is not None:
            return ctx.qualified(moved) + rest, moved
        # (a zone or community the registry lacks has no code: the name alone then)
        return ref.name, ctx.gaz.get(located.code) if located is not None and located.code else None
    area = (
        ctx.context_area(levels, s.start_char, word)
        or one_named_area(ctx, levels, LEVEL_ENDINGS.get(word, word))
        or one_county_city(ctx, levels, word)
    )
    if area is None:
        # the union of a department or office (县卫生局工会, 县委办工会) whose area is not
        # certain: named as written; so is the level's own union (县总工会) of an area the
        # page never names (a county's paper says 县 for its county), one body of that page
        department = s.label_ == "UNION" and not rest.startswith(("总", UNION_WORD))
        unnamed = rest.startswith("总") and ctx.area_unnamed(levels, s.start_char, word)
        return (text, None) if department or unnamed else None
    return ctx.qualified(area) + rest, area


def city_in_sentence(ctx: ArticleContext, area, word: str, at: int):
    """韶山市总工会在市会议中心召开…: a venue said short by a level word (市会议中心) in a
    sentence that named, before it, a county-level city inside the area the word would stand
    for (a prefecture's paper reporting on one of its cities) is that city's venue — the body
    holding the meeting there is the city's, and so is the house it meets in."""
    ending = LEVEL_ENDINGS.get(word, word)
    sa, _ = ctx.sentence_of(at)
    named = [
        a
        for _x, y, a in ctx.areas_in(sa, at)
        if y <= at
        and getattr(a, "level", None) == COUNTY
        and a.name.endswith(ending)
        and a.code
        and area.code
        and ctx.gaz.contains(area.code, a.code)
    ]
    return named[-1] if named else None


def _own_area(ctx: ArticleContext, word: str, levels, at: int):
    """The page's own area (whose paper, site or union the page is) when a level word can
    stand for it: 区总工会 on a district's site is that district's union even after another
    district's (锦江区总工会一行到区总工会交流), as 市总工会 on a prefecture's site is the
    city's after a county-level city's; a county-level city's own page says 市 for it."""
    if ctx.page.home is None or ctx.text.endswith(REFERRING_AREA_WORDS, 0, at):
        return None  # (该区总工会: the district named last)
    own = ctx.gaz.get(ctx.page.home)
    if not own.name.endswith(LEVEL_ENDINGS.get(word, word)) or own.level not in (*levels, "county"):
        return None
    return own


def _headline_county(ctx: ArticleContext, code: str, own, word: str) -> bool:
    """聊城网讯 … 临清市总工会下发决定 … 市总工会、市人社局等联合举办: a prefecture's outlet
    reporting on a county-level city inside it, which the headline names (the article's
    topic, 临清市…表彰), writes 市 after the city's body in full for that city, not its own;
    not when the headline names no area or another (市总工会召开座谈会 … 义乌市总工会参加)."""
    area = ctx.gaz.get(code)
    if area is None or area.level != COUNTY or not area.name.endswith(word) or own.level == COUNTY:
        return False
    if not ctx.gaz.contains(own.code, code):
        return False
    headline = ctx.article.headline
    if not headline or not ctx.text.startswith(headline):
        return False
    named = {getattr(a, "code", None) for _x, _y, a in ctx.areas_in(0, len(headline)) if a.name.endswith(word)}
    return named == {code}


# the registry's level of counties and county-level cities
COUNTY = "county"
_ACTING_TAGS = frozenset({"d", "v"})  # the tagger's adverb and verb

# 该区, 当地县: a level word referring back to the area named last
REFERRING_AREA_WORDS = words("areas/referring_area_words.txt")

# 北滘镇等地: an area named as one of several
SEVERAL = "等"


def _moved_to(ctx: ArticleContext, at: int, since: int, ref: EntityRef, word: str, levels):
    """中北镇总工会主席X说。… 来到张家窝镇，…张家窝镇党委副书记、镇总工会主席Y: a level word
    after its sentence moved on to another area of that level (named there, after the body
    named in full, and not one of several: 北滘镇等地) is that area's, not the body's named
    earlier."""
    start = max(since, ctx.sentence_of(at)[0])
    named = [
        area
        for x, y, area in ctx.areas_in(start, at)
        if y <= at
        and area.level in levels
        and area.name.endswith(word)
        and not ctx.text.startswith(SEVERAL, y)
        and not ctx.gone_abroad((x, y))  # (到林芝市疗休养: a trip out of the page's area, no move)
    ]
    if not named or named[-1].name in ref.name:
        return None
    return named[-1]


def _home_named(ctx: ArticleContext, spans: list, at: int, rest: str, levels, word: str):
    """论坛由泉州市总工会主办，晋江市总工会承办。市总工会主席X: on the page of an area of the
    level word's level (its site, its region), the level's short form is that area's own body,
    when the text named it in full before — not the body of another area of that level named
    after it (a county-level city's union, a partner of the event).  None else."""
    if not ctx.page.region:
        return None
    home = ctx.gaz.get(ctx.page.region[-1])
    if home is None or home.level not in levels or not home.name.endswith(word):
        return None
    own = {form + rest for form in (home.name, ctx.qualified(home))}
    return next((span for span in reversed(spans) if span[1] <= at and ctx.ref_at[span].name in own), None)


def row_area(ctx: ArticleContext, at: int, word: str, levels):
    """2　灵山镇代表队　刘某（镇总工会主席）: in a table's row (three cells or more, no
    sentence), a level word is the area of that level opening an earlier cell of the row —
    the row's own unit (a town's team) — not the page's town nor the last one named before
    the row.  None where no earlier cell opens with such an area."""
    row = line_row(ctx.text, at)
    if row is None or len(row.cells) < ROW_CELLS or SENTENCE_END_RE.search(ctx.text, row.start, at):
        return None
    opening = {a for a, b in row.cells if b <= at}
    fitting = [
        area
        for x, _y, area in ctx.areas_in(row.start, at)
        if x in opening and (area.level in levels and area.name.endswith(LEVEL_ENDINGS.get(word, word)))
    ]
    return fitting[-1] if fitting else None


def dateline_area(ctx: ArticleContext, at: int, word: str, levels):
    """双辽市　6月11日，双辽市总召开表彰会…市总工会主席X: in an item of a column opening with
    its place's name set off by a space or in brackets (a news round-up's dateline: 【双辽市】),
    a level word is that place's, not the one named last before the item.  None where the
    line opens otherwise."""
    line = ctx.text.rfind("\n", 0, at) + 1
    line += ctx.text.startswith(DATELINE_OPEN, line)  # (【双辽市】6月11日，…)
    first = next(iter(ctx.areas_in(line, min(at, line + _DATELINE))), None)
    if first is None or first[0] != line or ctx.text[first[1] : first[1] + 1] not in DATELINE_ENDS:
        return None
    area = first[2]  # (a county-level city's 市 too, as in a chain: kg.extract.level_names._chain_area)
    return area if area.level in levels or area.name.endswith(LEVEL_ENDINGS.get(word, word)) else None


# how long a dateline's place name may be, and the spaces (or the bracket) setting it off
_DATELINE = 16
DATELINE_OPEN = "【"
DATELINE_ENDS = " \u3000】"


# a table's row: a number (or a first column), the unit's cell, the person's cell
ROW_CELLS = 3


def _chain_area(ctx: ArticleContext, s: Span, word: str, levels):
    """仁怀市人大常委会副主任、市总工会主席X: a level body right after the title of a body
    named with an area of its level (or called by its word: a county-level 市) is that
    area's, not the last one of its name.  The body may open the item (after a mark) or
    follow the name of someone else (副主席A和某镇党委副书记、镇总工会主席B): the areas
    read are those after the last name, each opening the item or a body's name.  The chain
    may run over items with no area (仁怀市委常委、组织部部长、市总工会主席X) and over a comma
    right after a title (仁怀市委常委、组织部部长，市总工会主席X: one person's offices still):
    the nearest item naming an area of the level gives it."""
    text = ctx.text
    end = s.start_char - 1
    while end > 0 and _chain_mark(ctx, end):
        item = max(text.rfind(m, 0, end) for m in "、，,；;。：:\n") + 1
        named = max([item, *(p.end_char for p in ctx.mentions_in("PERSON", item, end))])
        opening = [
            area
            for x, _y, area in ctx.areas_in(named, end)
            if (x == named or x in ctx.ref_at.by_start) and (area.level in levels or area.name.endswith(word))
        ]
        if opening:
            return opening[0]
        if named != item:
            return None  # (someone else's offices before: 副主席A和…)
        end = item - 1
    return None


def _chain_mark(ctx: ArticleContext, at: int) -> bool:
    """Does the mark at ``at`` join two items of one person's chain of titles: a 、, or a
    comma right after a title (组织部部长，市总工会主席)?"""
    mark = ctx.text[at]
    if mark == "、":
        return True
    return mark in "，," and any(t.end_char == at for t in ctx.mentions_in("TITLE", max(0, at - 12), at))


def head_fits(ctx: ArticleContext, head: str, word: str) -> bool:
    """Can ``head`` (北京市, 朝阳区) be what a level word (市, 区) stands for?  市总工会 is a
    city's (or a municipality's), never a province's: 省总工会 ≠ 市总工会."""
    key = (head, word)
    found = ctx.head_fit_cache.get(key)
    if found is None:
        levels = ctx.lex.level_words[word]
        cands = [a for a in ctx.gaz.lookup(head) if a.level in levels and a.name.endswith(word)]
        found = ctx.head_fit_cache[key] = bool(cands) or head.endswith(word)
    return found


def level_union_unit(ctx: ArticleContext, s: Span) -> bool:
    """旗总工会职工法律服务站, 乡工会女职工委员会: a venue-named unit or a committee named after a
    bare level word and a union's ending is a unit of the union that level's short form names
    (乌审旗总工会职工法律服务站, subOrganizationOf 乌审旗总工会), as 旗总工会 alone is that union.
    False where no area is certain, or for a quoted team's name (区总工会“法律援助”服务队), read
    as written and linked by kg.extract.body_links.  A unit with an organisation's ending
    (县总工会法律援助工作站) is the union's unit named before (kg.extract.union_units); one
    with a venue's ending is read as written unless the text makes it act, an adverb or a
    verb right after it (县总工会职工服务中心还为职工提供…): then the unit of the union the
    short form names."""
    text = s.text
    if any(q in text for q in OPEN_QUOTES):
        return False
    if s.label_ == "UNION" or (s._.kg_kind or "") != "":
        return False
    word = next((w for w in ctx.lex.level_words_longest if text.startswith(w)), None)
    if word is None:
        return False
    ending = next((u for u in AREA_UNION_ENDINGS if text.startswith(u, len(word))), None)
    k = len(word) + len(ending or "")
    if ending is None or len(text) - k < 2 or ctx.areas_in(s.start_char, s.start_char + k):
        return False
    unit = s.label_ != "PLACE" and text[k:] not in UNION_COMMITTEES
    named = level_name(ctx, s, text[:k])
    if named is None or named[0] == text[:k]:
        return False
    if unit and named_unit(ctx, EntityRef("TradeUnion", named[0]), text[k:], s):
        return True  # (县总工会法律援助工作站: the one named before)
    if unit and text.endswith(ctx.lex.venue_suffixes) and not _acts(s):
        # (市总工会职工服务中心, a venue's ending too: read as written, as kg.extract.bodies
        # reads it — but for one the text makes act, 县总工会职工服务中心还为职工提供…; one with
        # an organisation's ending alone, 县总工会职工法律援助工作站, is the unit of the union
        # the short form names)
        return False
    union = EntityRef("TradeUnion", named[0])
    info = ctx.add(union, text[:k], (s.start_char, s.start_char + k), CONFIDENCE["context"])
    if named[1] is not None and info.located_in is None:
        info.located_in = area_ref(named[1])
        ctx.facts.entity(info.located_in, mention=False)
    unit = EntityRef("Organization", union.name + text[k:])
    ctx.add(unit, text, (s.start_char, s.end_char), CONFIDENCE["context"]).parent = union
    return True


def _acts(s: Span) -> bool:
    """Does an adverb or a verb follow the mention ``s`` (…服务中心还为职工提供: it acts)?"""
    return s.end < len(s.doc) and s.doc[s.end].tag_ in _ACTING_TAGS
