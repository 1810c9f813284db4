"""Family *posts*, elections and appointments: offices given to people named before them.

The usual forms, each with the offices after the names:

* NAME、NAME（同志）当选（为）[BODY] TITLE — 当选, 担任, 增补为 … (``elected_verbs.txt``), the
  vote perhaps told between (A于2027年5月经镇总工会委员会选举任主席: no body written, the
  office is at the union that voted);
* 选举 NAME、NAME（同志）为 [BODY] TITLE — 选举, 补选, 增补, 任命 … (``electing_verbs.txt``),
  and the clauses that go on from it: 选举A同志为主席，B、C同志为副主席 (the verb is said once);
* a term between the body and the title (区总工会第三届委员会主席);
* 分别 before the verb: the names and the offices go one to one, in order
  (王明、李强分别当选为主席、副主席; 选举A、B分别为主席、副主席);
* a union's committee named bare in a vote (选举X为经费审查委员会主任): the office is the
  committee's title at the vote's union (its role 经费审查委员会主任), as a union's own
  congress elects the heads of its committees.

Without a body written, the office is at the union the article last named: the one
holding the congress or meeting; a bare 工会 before the title (选举X为工会主席) is the union
the article is about, the first it names.  Each
list of names takes only its own clause's offices: X当选主席，A、B当选为副主席 gives A and
B only 副主席.
"""

from __future__ import annotations

import re

from spacy.tokens import Span

from kg.extract.careers import CAREER, SPAN_BEFORE, SPAN_REACH
from kg.extract.context import CONFIDENCE, ArticleContext
from kg.extract.office_chains import offices_after, title_index
from kg.extract.offices import BODY_CLASSES
from kg.extract.vote_committees import COMMITTEE_SEATS
from kg.extract.wordlists import ELECTED_VERBS, ELECTING_VERBS, ELECTION_ADVERBS, NAME_PROFESSIONS, PROFILE_VERBS
from kg.lexicon import alternation_of, words
from kg.model.facts import EntityRef, RelationFact

# 分别: the names of a list and the offices after them go one to one, in order
RESPECTIVELY = "分别"
# before the names: 会议选举李红为… / 补选… / 任命…
ELECTING = re.compile(f"(?:{alternation_of(ELECTING_VERBS)})(?:产生了?)?$")
# a vote told before, in the sentence (选举产生了新一届委员会，刘洋为主席): its clauses name
# the offices with 为 after the names
VOTE_TOLD = re.compile(alternation_of(ELECTING_VERBS))
# what opens a clause of such a vote (…委员会，刘洋为主席 / …委员会：刘洋为主席)
TOLD_GAP = "，,；;：:"
# the votes won, between the name and the verb (X以98票当选理事长)
VOTES = "以[\\d一二三四五六七八九十百千]+票"
# after a name: 当选为 / 担任 … and the offices follow (a parenthesis such as （兼职） may come
# first, or a comma, as a profile writes it: 刘洋，现任…, or a word on the vote: 全票当选,
# or the votes won: 以98票当选; 等 may close the list first: A、B等同志当选为副主席, each named holds it;
# a profession the person is called by may follow the name: A律师担任某公司工会法律顾问)
# the vote told between the name and the verb, perhaps after its month (A于2027年5月经镇总工会
# 委员会选举任主席, A经职代会推选担任…): 经, the body that voted (or none), its verb
# (or only its month, a move's: A于2027年9月调任某公司某部副经理)
_DAY = "[\\d〇零一二三四五六七八九十]"
ON_DAY = f"于{_DAY}{{2,4}}年(?:{_DAY}{{1,2}}月)?(?:{_DAY}{{1,3}}日)?"
VOTED_BY = f"(?:{ON_DAY})?经(?P<voter>[^，,。；;：:\\s“”（）]{{0,20}}?)(?:{alternation_of(ELECTING_VERBS)})"
# the reason for a move, between the name and the verb (A因工作调动，已任…): a clause of its own
MOVED_FOR = "因[^，,。；;\\s]{1,8}[，,]"
ELECTED = re.compile(
    f"等?(?:同志|{alternation_of(NAME_PROFESSIONS)})?(?:（[^（）\n]{{1,30}}）)?[，,]?(?:{VOTES})?"
    f"(?:{VOTED_BY}|{ON_DAY})?(?:{MOVED_FOR})?(?:{alternation_of(ELECTION_ADVERBS)}){{0,2}}"
    f"(?:{alternation_of(ELECTED_VERBS)})"
)
# a profile after a name, its facts in clauses, then the offices held now (刘洋，女，1978年生，现任…; a
# 任前公示's entry gives eight: sex, nation, birth, …, 现任…; a past office, 曾任…队长, may be longer;
# the first clause may say with 为 or 是 what the name is, glued to it: 李某为兼职副主席，系某公司工会主席)
_PAST = alternation_of(words("posts/career_openers.txt"))
_PROFILE_CLAUSE = f"(?:[^，,。；;（）]{{1,16}}|(?:{_PAST})[^，,。；;（）]{{1,32}})"
PROFILE = re.compile(
    f"(?:同志)?(?:[，,]|(?=[为是]))(?:{_PROFILE_CLAUSE}[，,]){{1,9}}(?:{alternation_of(PROFILE_VERBS)})"
)
# after the names of a vote: 为 (分别为: one office each; 选举A、B等为委员: 等 closes the list; 聘请A律师为…)
# (a slide sets the name off by spaces: 选举某公司人事总监 X 为联合会主席)
NAMED_AS = re.compile(f"[ \u3000]?等?(?:同志|{alternation_of(NAME_PROFESSIONS)})?(?:{RESPECTIVELY})?为")
# the verb of a vote, then who is elected described before the name: their unit, job and
# qualifications, set apart by 、 (补选心血管内科护士长、主任护师X为…, 选举公司副总经理X为…)
DESCRIBED = re.compile(
    f"(?:{alternation_of(ELECTING_VERBS)})(?P<who>[^，,。；;：:！!？?\\s“”《》（）()为]{{2,24}})[ \u3000]?$"
)
# a bracket after the offices a vote gives, a short note perhaps first (（兼职，某公司工会主席）):
# the one elected's own office at the body the bracket names
_BESIDES = re.compile(r"[（(](?:[^（()）\n，,、]{1,4}[，,])?")
# between the names of a list: 、, after a note on the name (刘洋（女）、李静当选为副主席), or a
# conjunction (杨帆和李静为副主席, 杨帆、王强及李静当选为委员), each name with its 同志 or not
# (蔡敏同志、鞠强同志当选为副主席)
LISTED = re.compile(r"(?:同志)?(?:（[^（）、，。]{1,6}）)?(?:、|和|及|以及)")
# between the names of a list, each described by its unit and job (A、某公司某站骑手B、某站骑手C
# 当选为副主席): 、 and words without a mark or 为 — the list goes on across the description (a
# company's full name and a unit within it may take twenty characters)
DESCRIBED_ITEM = re.compile("、[^，,。；;：:！!？?\\s“”《》（）()为、]{2,24}")
# a line of a results list naming a whole elected body's members (委员：…, 监事（5席）：…), its
# title perhaps spaced out (委　　员：)
MEMBERS_LINE = re.compile(
    "(?:{})[ \u3000]*(?:[（(][^\n（()）]{{1,16}}[）)])?[：:]".format(
        "|".join("[ \u3000]*".join(map(re.escape, w)) for w in words("posts/member_titles.txt"))
    )
)
# between one clause of a vote and the next (选举A为主席，B为副主席; 选举A为主席、B为副主席)
CLAUSE_GAP = "，,；;、"
# a clause going on from a vote, who is elected described before the name (…为主席，某公司经理B为…)
DESCRIBED_CLAUSE = re.compile(f"[{CLAUSE_GAP}](?P<who>[^，,。；;：:！!？?\\s“”《》（）()为、]{{2,24}})$")


def read_elections(
    ctx: ArticleContext, people: list[Span], titles: dict[int, Span], entries: dict[int, int] | None = None
) -> None:
    """NAME、NAME当选为 [BODY] TITLE, and 选举NAME为 [BODY] TITLE: offices after the names.
    ``entries``: where the chain of titles before a name starts (by the name's start), when
    one does: the names of a list may each come with the offices they hold (增补A大学工会主席
    X、B市教育工会主席Y为委员会委员)."""
    text = ctx.text
    entries = entries or {}
    by_start, inside = title_index(titles.values())
    # where the list (names joined by 、, each name after its own titles or not) each name is
    # in begins, and where its first entry starts (its titles, else the name)
    opens = list(range(len(people)))
    entry = [entries.get(p.start_char, p.start_char) for p in people]
    for j in range(1, len(people)):
        gap = (people[j - 1].end_char, people[j].start_char)
        if (
            LISTED.fullmatch(text, *gap)
            or (text[gap[0] : gap[0] + 1] == "、" and entry[j] == gap[0] + 1)
            or DESCRIBED_ITEM.fullmatch(text, *gap)
        ):
            opens[j] = opens[j - 1]
    vote_ends: dict[int, EntityRef] = {}  # where the offices of a vote's clause end -> its union
    for i, p in enumerate(people):
        m = ELECTED.match(text, p.end_char)
        if m is None:
            # a profile: only when no other name comes between
            m = PROFILE.match(text, p.end_char) or CAREER.match(text, p.end_char)
            if m is not None and ctx.mentions_in("PERSON", p.end_char, m.end()):
                m = None
        first = people[opens[i]]
        if not m:
            # 会议选举李红为市总工会副主席: the verb before the names, 为 after them
            # (选举产生了A为主席的新一届委员会: the vote's result named with 为 too), or
            # before the first name's titles (增补某大学工会主席A、…为委员)
            opened = entry[opens[i]]
            voted = (
                ELECTING.search(text, max(0, first.start_char - 7), first.start_char)
                or (opened < first.start_char and ELECTING.search(text, max(0, opened - 7), opened))
                or _described(ctx, first.start_char)
            )
            # (the offices of the clause before may end with 、: 选举A为主席、B为副主席)
            goes_on = (
                text[first.start_char - 1 : first.start_char] in CLAUSE_GAP
                and (first.start_char - 1 in vote_ends or first.start_char in vote_ends)
            ) or _described_clause(ctx, first.start_char, vote_ends)
            told = text[first.start_char - 1 : first.start_char] in TOLD_GAP and VOTE_TOLD.search(
                text, ctx.sentence_of(first.start_char)[0], first.start_char
            )
            if not (voted or goes_on or told):
                continue
            m = NAMED_AS.match(text, p.end_char)
            if not m:
                continue
            vote = True
        elif SPAN_BEFORE.search(text, max(0, p.start_char - SPAN_REACH), p.start_char):
            continue  # 2012年至2018年，X任…: a past office
        else:
            vote = False
        # a clause that goes on from a vote holds it at the same union; a vote told after the
        # name (经某工会委员会选举任主席) at the union that voted
        union = (vote_ends.get(first.start_char - 1) or vote_ends.get(first.start_char)) if vote else _voter(ctx, m)
        # (a list whose names come with their offices: no body written is the one named
        # before the list, not one of those offices')
        named_at = entry[opens[i]] if any(entry[k] < people[k].start_char for k in range(opens[i], i + 1)) else None
        offices, end = offices_after(ctx, m.end(), by_start, inside, named_at or p.start_char, union)
        offices = [o for o in offices if o[2] not in COMMITTEE_SEATS]  # (经费审查委员会委员: no office)
        if not offices:
            continue
        if vote and offices[0][1].cls == "TradeUnion":
            vote_ends[end] = offices[0][1]
        # the names listed before this one (江山、周海燕当选为副主席); with 分别 one office
        # each, in order (王明、李强分别当选为主席、副主席), when the counts agree
        names = people[opens[i] : i + 1]
        paired = RESPECTIVELY in text[p.end_char : m.end()] and len(names) == len(offices) > 1
        if len(names) == 1:  # 选举A为兼职副主席（某公司工会主席）: A's own office besides, in brackets
            offices = [*offices, *_held_besides(ctx, end, by_start, inside)]
        for k, q in enumerate(names):
            for t, body, role in [offices[k]] if paired else offices:
                ev = ctx.evidence(q.start_char, t.end_char, CONFIDENCE["pattern"])
                printed = ctx.written_before(role, t.end_char)
                ctx.facts.relations.append(
                    RelationFact(EntityRef("Person", q.text), "post", body, ev, role=role, role_written=printed)
                )


def _held_besides(ctx: ArticleContext, at: int, by_start: dict[int, Span], inside: dict[int, Span]) -> list:
    """（某公司工会主席）, （兼职，某公司工会主席） right after the offices a vote gives (ending at
    ``at``): the office the one elected holds at the body written first in the brackets, or []."""
    m = _BESIDES.match(ctx.text, at)
    if m is None:
        return []
    named = {ctx.ref_at[s].name for s in ctx.ref_at.by_start.get(m.end(), ()) if ctx.ref_at[s].cls in BODY_CLASSES}
    if not named:
        return []
    offices, end = offices_after(ctx, m.end(), by_start, inside, m.end())
    if ctx.text[end : end + 1] not in "）)":
        return []
    return [o for o in offices if any(n.startswith(o[1].name) for n in named)]


def _voter(ctx: ArticleContext, m: re.Match) -> EntityRef | None:
    """The union named whole as the voter of a vote told after a name (经镇总工会委员会选举任…:
    the union's committee, read as the union), or None."""
    if m.re is not ELECTED or m.group("voter") is None:
        return None
    a, b = m.span("voter")
    whole = [ctx.ref_at[(x, y)] for x, y in ctx.ref_at.starting_in(a, b) if (x, y) == (a, b)]
    return next((ref for ref in whole if ref.cls == "TradeUnion"), None)


def members_line(text: str, at: int) -> bool:
    """委员：A、B、C, a line of a results list opening at ``at`` with the bare title of a whole
    elected body's members (``member_titles.txt``: 委员, 理事, 监事): they hold no office of the
    union by it; its officers do, and the members of its standing committee (常务委员会委员：A、B,
    常务监事：A), as a 公报 lists them."""
    return MEMBERS_LINE.match(text, at) is not None


def _described(ctx: ArticleContext, at: int) -> bool:
    """补选心血管内科护士长、主任护师X为…: the verb of a vote, then words describing the one
    elected (their unit, job and grades: no post here, no other name) right before the name at
    ``at``."""
    m = DESCRIBED.search(ctx.text, max(0, at - 30), at)
    return m is not None and not ctx.mentions_in("PERSON", m.start("who"), at)


def _described_clause(ctx: ArticleContext, at: int, vote_ends: dict[int, EntityRef]) -> bool:
    """选举A为主席，某公司项目经理B为副主席: a clause going on from a vote, the one elected
    described (their unit and job, no other name) before the name at ``at``."""
    m = DESCRIBED_CLAUSE.search(ctx.text, max(0, at - 30), at)
    return m is not None and m.start() in vote_ends and not ctx.mentions_in("PERSON", m.start("who"), at)
