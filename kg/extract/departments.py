"""Family *bodies*, departments: a government department after a bare level word (市科技局
in a paper of 鹤岗市: 鹤岗市科技局), a party committee's department bare in a title chain
(县委常委、统战部部长), and a union's departments (市总工会权益保障部).

Read by ``kg.extract.bodies`` once the bodies they belong to are read; the bodies of an
area themselves are ``kg.extract.gov_bodies``'.
"""

from __future__ import annotations

from spacy.tokens import Span

from kg.extract.area_body_names import area_forms, full_area_name
from kg.extract.context import CONFIDENCE, ArticleContext
from kg.extract.gov_bodies import DEPARTMENT_ENDINGS, DEPARTMENTS, level_area
from kg.lexicon import words
from kg.model.facts import EntityRef
from kg.nlp.gov_bodies import SETTING_WORDS

# a department only a province has (厅): 区 before it stands for an autonomous region
PROVINCE_DEPARTMENT_ENDINGS = tuple(words("bodies/province_department_endings.txt"))
REGION_LEVEL = "自治区"  # the level word 区 is short for before such a department

# what a committee of an area's body ends with (人大常委会社会建设工作委员会)
UNIT_COMMITTEE = "委员会"
# the canonical name's ending of a party working committee (中共某街道工作委员会: 党工委)
WORKING_COMMITTEE_NAME = "工作委员会"


def level_department(ctx: ArticleContext, s: Span) -> EntityRef | None:
    """市科技局 in a paper of 鹤岗市: 鹤岗市科技局 — a department after a bare level word is the
    department of the area of that level in context (not one 市科技局 for every city)."""
    text = s.text
    if ctx.areas_in(s.start_char, s.end_char):
        return None
    level = next((w for w in ctx.lex.level_words if text.startswith(w) and len(text) > len(w) + 1), None)
    if level is None or not (text.endswith(DEPARTMENT_ENDINGS) or _unit_of_level_body(ctx, text[len(level) :])):
        return None
    # (自治区总工会、区交通运输厅: a 厅 is a province's, so 区 is the autonomous region)
    region = REGION_LEVEL.endswith(level) and text.endswith(PROVINCE_DEPARTMENT_ENDINGS)
    area = level_area(ctx, REGION_LEVEL if region else level, s.start_char)
    if area is None:
        return None
    rest = text[len(level) :]
    ref = EntityRef("Organization", full_area_name(ctx, area) + rest)
    # 市人社局劳动保障监察支队: a unit of the area's body written short (人社局), named after
    # it in full (…人力资源和社会保障局), and belonging to it — a department the article names
    # by no other word too (县人社局劳动保障监察大队 names the county's bureau)
    word = next((w for w in ctx.lex.level_bodies_longest if rest.startswith(w) and len(w) > 1), "")
    head = None
    if word and len(rest) - len(word) >= 2:
        head = EntityRef("Organization", ctx.lex.level_bodies[word][0].format(area=full_area_name(ctx, area)))
        # (its unit named whatever its ending, 人大常委会社会建设工作委员会: the body named too)
        if head not in ctx.facts.entities and (
            word.endswith(DEPARTMENT_ENDINGS) or not text.endswith(DEPARTMENT_ENDINGS)
        ):
            named = ctx.facts.entity(head, mention=False)
            template = ctx.lex.level_bodies[word][0]
            for form in area_forms(ctx, area):
                named.aliases.update({form + word, template.format(area=form)})
            named.aliases.add(level + word)
            named.aliases.discard(head.name)
        head = head if head in ctx.facts.entities else None
    if head is not None:
        ref = EntityRef("Organization", head.name + rest[len(word) :])
    info = ctx.add(ref, text, (s.start_char, s.end_char), CONFIDENCE["context"])
    info.aliases.update(form + rest for form in {area.name, ctx.qualified(area)})
    info.aliases.discard(ref.name)
    if head is not None:
        info.parent = head
    return ref


def _unit_of_level_body(ctx: ArticleContext, rest: str) -> bool:
    """Does ``rest`` (after the level word) open with an area's body that is no union, written
    short, and go on with a committee's name of its own (人大常委会社会建设工作委员会: a committee
    of the congress's standing committee)?"""
    word = next((w for w in ctx.lex.level_bodies_longest if rest.startswith(w) and len(w) > 1), "")
    if not word or len(rest) - len(word) < 2:
        return False
    template, cls = ctx.lex.level_bodies[word]
    # (卫生健康委|员会: the body itself; 法院诉讼服务中心: a service it runs, no committee of it)
    return cls == "Organization" and not template.endswith(rest) and rest.endswith(UNIT_COMMITTEE)


def bare_department(ctx: ArticleContext, s: Span) -> EntityRef | None:
    """统战部 in 县委常委、统战部部长: the department of the party committee named last
    before it in the clause (its 中共<area>委员会)."""
    committee = _last_committee(ctx, s.start_char)
    if committee is None or committee.name.endswith(WORKING_COMMITTEE_NAME):
        # (党工委委员、组织部部长: a working committee's department, written with its title at
        # the committee: kg.extract.joined)
        return None
    short = s.text
    full = DEPARTMENTS.get(short, short)
    base = committee.name[: -len("员会")]  # 中共X委员会 -> 中共X委
    ref = EntityRef("Organization", base + full)
    info = ctx.add(ref, short, (s.start_char, s.end_char), CONFIDENCE["context"])
    area = base[len("中共") : -1]
    info.aliases.update({base + short, area + "委" + short, committee.name + short})
    for alias in ctx.facts.entities[committee].aliases:
        if alias.endswith("委") and not alias.startswith("中共"):
            info.aliases.add(alias + short)
    info.aliases.discard(ref.name)
    info.parent = committee
    return ref


def _last_committee(ctx: ArticleContext, pos: int) -> EntityRef | None:
    """The party committee (中共…委员会) named last before ``pos`` in its sentence."""
    a, _ = ctx.sentence_of(pos)
    best = None
    for x, y in ctx.ref_at.starting_in(a, pos):
        ref = ctx.ref_at[(x, y)]
        committee = ref.cls == "Organization" and ref.name.startswith("中共") and ref.name.endswith("委员会")
        if committee and y <= pos and (best is None or y > best[0]):
            best = (y, ref)
    return best[1] if best else None


def union_department(ctx: ArticleContext, s: Span) -> EntityRef | None:
    """市总工会权益保障部: the department of the union its name opens with (read once that
    union is resolved: 县总工会办公室 is the department of the county's union)."""
    if s._.kg_kind == "union-dept-bare":
        # 组织部 bare in a union's title chain: the union's named last before it
        union = ctx.union_before(s.start_char)
        if union is None:
            return None
        y = s.start_char
    elif s._.kg_kind == "union-dept-next":
        # …权益保障部、劳动和经济工作部: the union of the department named before
        before = [ctx.ref_at[span] for span in ctx.ref_at.by_end.get(s.start_char - 1, ())]
        info = ctx.facts.entities.get(before[-1]) if before else None
        if info is None or info.parent is None or info.parent.cls != "TradeUnion":
            union = _setting_union(ctx, s.start_char)  # 县总工会内设|办公室、…: the first of the list
            if union is None:
                return None
        else:
            union = info.parent
        y = s.start_char
    else:
        unions = [
            (y, ctx.ref_at[(x, y)])
            for x, y in ctx.ref_at.by_start.get(s.start_char, ())
            if y < s.end_char and ctx.ref_at[(x, y)].cls == "TradeUnion"
        ]
        if not unions:
            return None
        y, union = max(unions, key=lambda t: t[0])
    rest = ctx.text[y : s.end_char]
    ref = EntityRef("Organization", union.name + rest)
    info = ctx.add(ref, s.text, (s.start_char, s.end_char), CONFIDENCE["name"])
    if y > s.start_char:
        info.aliases.update(alias + rest for alias in ctx.facts.entities[union].aliases)
    info.aliases.discard(ref.name)
    info.parent = union
    return ref


def _setting_union(ctx: ArticleContext, at: int) -> EntityRef | None:
    """The union named right before a verb of setting up departments that ends at ``at``
    (县总工会内设|办公室), if any."""
    verb = next((w for w in SETTING_WORDS if ctx.text.endswith(w, 0, at)), None)
    if verb is None:
        return None
    refs = [ctx.ref_at[span] for span in ctx.ref_at.by_end.get(at - len(verb), ())]
    return next((r for r in refs if r.cls == "TradeUnion"), None)
