"""Family *awards*, continued: the holder of an honour whose clause names no one.

A profile names its person once and then lists what they received in clauses of their own:
韩立军，男，1972年出生…。先后获得A、B等荣誉称号。 / 2023年荣获X，2025年被评为Y。 / 他曾获X。 /
本人先后被评为X (我叫…). Such a clause holds, before its verb, only words of time and manner
(先后, 曾, 2023年) or a pronoun: its holder is the topic — the person (else the body) that opens
its sentence, or the nearest sentence before that opens with one, within a few sentences (a
profile's opening line, an organisation's first sentence).  A clause with any other words
before its verb (3家企业获评…, X所在的班组荣获…) has a subject of its own and no topic.
"""

from __future__ import annotations

import bisect
import re

from kg.extract.context import ArticleContext
from kg.extract.wordlists import (
    HONOUR_ADVERBS,
    HONOUR_LISTING,
    HONOUR_OWNERS,
    PERSON_NOUNS,
    SELF_PRONOUNS,
    SUBJECT_PRONOUNS,
    THIS_WORDS,
)
from kg.lexicon import alternation_of, words
from kg.model.facts import EntityRef
from kg.nlp.name_checks import single_surnames
from kg.nlp.text import CLOSE_QUOTES, OPEN_QUOTES

# what a clause with no subject of its own may hold before its verb: years, words of time and
# manner, a pronoun (one person: not 他们), punctuation and spaces
_NO_SUBJECT = re.compile(
    f"(?:\\d{{4}}年度?|\\d{{1,2}}月(?:份)?|{alternation_of((*HONOUR_ADVERBS, *SELF_PRONOUNS))}"
    f"|(?:{alternation_of(SUBJECT_PRONOUNS)})(?!们)"
    # 在全市技能比武中, 在比赛上: the setting of the clause, no subject
    '|在[^，,。；;：:！!？?“”"\\s]{2,20}?(?:中|上|里)'
    "|[ \u3000，,、（）()])*"
)
# how many sentences before the clause's own the topic may be named in
_REACH = 6
# 我叫X / 我是X: the person a first-person text is by
_FIRST_PERSON = re.compile("我(?:叫|是)")
# 口述：X: the teller of an oral history, who says 我 in it
_TELLER = re.compile("口述[：:][ \u3000]*")
# X所在的班组: the name qualifies the holder named after it
_OWNER = re.compile(alternation_of(HONOUR_OWNERS))
_SPACES = re.compile("[ \u3000\n]*")
# 展板2-6　【劳模故事】张三，…: a line's tag in square brackets (a block's or a column's label),
# maybe after the number of its panel or item and a gap, before the name the line opens with
LINE_TAG = re.compile("(?:[^\\s【】，,。；;：:！!？?]{1,8}[ \u3000\t]+)?【[^】\n]{1,8}】[ \u3000]*")
# ，分别是: the next clause opens by listing the holders
_LISTED_NEXT = re.compile(f"(?:荣誉)?(?:称号)?[，,：:]?[ \u3000]*(?:{alternation_of(HONOUR_LISTING)})[：:]?")
_CLAUSE_STOP = re.compile("[。；;！!？?\n]")
# 该公司 / 本单位 / 我厂 …, then words of time or manner up to the verb
_THIS = re.compile(f"(?:{alternation_of((*THIS_WORDS, *SELF_PRONOUNS))})([\u4e00-\u9fff]{{1,4}}?){_NO_SUBJECT.pattern}")
NAME_HEADS = words("pages/name_column_heads.txt")
# 姓名：: the field of a form a person's name is written in
_NAME_LABEL = re.compile(f"(?:(?:{alternation_of(NAME_HEADS)})[:：][ \u3000]*)?")
_SELF = re.compile(alternation_of(SELF_PRONOUNS))
# 08号　张三: the number of a list's card before the name its head line gives
_CARD_NUMBER = re.compile(r"(?:No\.?\s*)?\d{1,3}\s*号?[ \u3000\t]+")
# 他 / 她 (not 他们): one person named before
_PRONOUN = re.compile(f"(?:{alternation_of(SUBJECT_PRONOUNS)})(?!们)")
_BODIES = ("TradeUnion", "Organization")
# 老孙, 小李, 阿陈: a surname after one of these, the familiar form of a person named in full
PET_PREFIXES = tuple(words("people/nickname_prefixes.txt"))
# 老孙: the familiar form of a grown-up, not of a child named after a word for one (女儿孙某)
ELDER_PREFIX = "老"
CHILD_WORDS = tuple(words("people/child_words.txt"))
# 荣誉接踵而至：: a lead-in closing with a colon, opening a run of clauses that have no subject
_LEAD_IN = re.compile("[^：:]*[：:]")
# how often the person a text is about is named at least, and how many times more than any other
_DOMINANT_MENTIONS, _DOMINANT_RATIO = 3, 2


def owns_holder(ctx: ArticleContext, end: int) -> bool:
    """Whether the words right after a name ending at ``end`` make it qualify the holder
    named after it (喻某所在的班组荣获…: the team holds the honour)."""
    return _OWNER.match(ctx.text, end) is not None


def owned_in(ctx: ArticleContext, a: int, b: int) -> bool:
    """Whether ``[a, b)`` holds words making what precedes them qualify the holder (她所在班组)."""
    return _OWNER.search(ctx.text, a, b) is not None


def topic_holder(ctx: ArticleContext, a: int, verb: int) -> EntityRef | None:
    """The holder of the clause ``[a, verb)`` when it names no one: its topic (above), or
    None when the clause has a subject of its own."""
    text = ctx.text
    lead = _LEAD_IN.search(text, a, verb)
    a = lead.end() if lead else a  # 荣誉接踵而至：2016年获X，: the clause after the lead-in's colon
    k = _NO_SUBJECT.match(text, a).end()
    if k < verb:
        this = _THIS.fullmatch(text, k, verb)  # 该公司获评…, 本单位被评为…: the topic by a noun
        if this is None:
            return None
        return topic_at(ctx, verb, person=this.group(1) in PERSON_NOUNS)
    if _SELF.search(text, a, verb):
        first = _first_person(ctx, verb)
        if first is not None:
            return first
    if _PRONOUN.search(text, a, verb) and (named := _last_named(ctx, a)) is not None:
        return named
    writer = _writer_introduced(ctx, a)
    return writer if writer is not None else topic_at(ctx, verb)


def _writer_introduced(ctx: ArticleContext, a: int) -> EntityRef | None:
    """我是某公司数控车间的工段长，进厂23年，2021年被评为X: the clause's sentence opens with the
    writer introducing themself (我是 and no name after it, outside quotes, maybe after a
    lead-in's colon); the holder is the one writer the article credits (a blog's 作者)."""
    if len(ctx.article.reporters) != 1:
        return None
    text = ctx.text
    sa, _ = ctx.sentence_of(a)
    lead = _LEAD_IN.match(text, sa, a)  # 先交代一下：我是…
    k = _SPACES.match(text, lead.end() if lead else sa).end()
    m = _FIRST_PERSON.match(text, k, a)
    if m is None or ctx.mentions_in("PERSON", m.end(), m.end() + 1):
        return None
    line = text.rfind("\n", 0, k) + 1
    if sum(text.count(q, line, k) for q in OPEN_QUOTES) > sum(text.count(q, line, k) for q in CLOSE_QUOTES):
        return None  # (“我是一名焊工，…”: someone else's voice)
    return EntityRef("Person", ctx.article.reporters[0])


def listed_after(ctx: ArticleContext, end: int) -> list:
    """3名职工获评“X”，分别是A、B、C。: the people the clause right after the honour lists (分别是)."""
    m = _LISTED_NEXT.match(ctx.text, end)
    if m is None:
        return []
    stop = _CLAUSE_STOP.search(ctx.text, m.end())
    return ctx.mentions_in("PERSON", m.end(), stop.start() if stop else len(ctx.text))


def topic_at(ctx: ArticleContext, pos: int, person: bool | None = None) -> EntityRef | None:
    """The person (else the body) that the sentence holding ``pos``, or the nearest of the few
    sentences before it, opens with: whom a profile or a page of honours is about (only a
    person, or only a body, when ``person`` says so: 该同志, 该公司)."""
    starts = [s for s, _ in ctx.sentences]
    i = bisect.bisect_right(starts, pos) - 1
    for k in range(i, max(-1, i - _REACH - 1), -1):
        ref = _opener(ctx, starts[k], pos)
        if ref is not None and (person is None or (ref.cls == "Person") == person):
            return ref
    return _dominant_person(ctx) if person is not False else None


def _dominant_person(ctx: ArticleContext) -> EntityRef | None:
    """The person a profile is about when no sentence near opens with them: the one it names
    far more often than anyone else (凭着这股钻劲，巩某…, 这是巩某常说的…)."""
    counts: dict[str, int] = {}
    for p in ctx.mentions_of("PERSON"):
        counts[p.text] = counts.get(p.text, 0) + 1
    ranked = [*sorted(counts.values(), reverse=True), 0, 0]
    if ranked[0] < _DOMINANT_MENTIONS or ranked[0] < _DOMINANT_RATIO * ranked[1]:
        return None
    return EntityRef("Person", max(counts, key=lambda n: counts[n]))


def _last_named(ctx: ArticleContext, a: int) -> EntityRef | None:
    """谈起荣誉，仉某很淡然。他曾获…: the person a pronoun stands for, the last one named
    before it in its paragraph (not one of a list: 张三、李四)."""
    line = ctx.text.rfind("\n", 0, a) + 1
    people = [p for p in ctx.mentions_in("PERSON", line, a) if ctx.text[p.end_char : p.end_char + 1] != "、"]
    return EntityRef("Person", people[-1].text) if people else None


def _opener(ctx: ArticleContext, sa: int, limit: int) -> EntityRef | None:
    """The person (else the body) a sentence opens with, after a date or spaces; not the first
    of a list (张三、李四…)."""
    text = ctx.text
    start = _SPACES.match(text, sa).end()
    start = tag.end() if (tag := LINE_TAG.match(text, start)) else start  # 【劳模故事】 (a block's label)
    start = _NAME_LABEL.match(text, start).end()  # 姓名：张三 (a form's field)
    start = card.end() if (card := _CARD_NUMBER.match(text, start)) else start  # 08号　张三 (a card's head)
    start = _NO_SUBJECT.match(text, start).end() if text.startswith(tuple("0123456789"), start) else start
    for p in ctx.mentions_in("PERSON", start, start + 1):
        if p.end_char < limit and text[p.end_char : p.end_char + 1] != "、":
            return EntityRef("Person", p.text)
    familiar = familiar_person(ctx, start)
    if familiar is not None:
        return familiar
    spans = ctx.ref_at.starting_in(start, start + 1)
    bodies = [(y, ref) for x, y in spans if (ref := ctx.ref_at[(x, y)]).cls in _BODIES]
    if bodies:
        y, ref = max(bodies, key=lambda b: b[0])  # the longest name opening the sentence
        if y < limit and text[y : y + 1] != "、":
            return ref
    return None


def familiar_person(ctx: ArticleContext, at: int) -> EntityRef | None:
    """老孙 (老/小/阿 and a surname, one word) at ``at``: the one person of that surname the
    text named before (孙云台 … 老孙在码头干了十八年) — a letter's or a profile's familiar form of
    its person; 老 is a grown-up's, not a child's named after a word for one (女儿孙小雨).  None
    when no one or more than one person of that surname was named before (小马 of an unnamed
    rider is no one)."""
    text = ctx.text
    if not text.startswith(PET_PREFIXES, at) or text[at + 1 : at + 2] not in single_surnames():
        return None
    word = ctx.doc.char_span(at, at + 2)
    if word is None or len(word) != 1:
        return None  # (小时候, 老家: a word of its own, no surname)
    named = {p.text for p in ctx.mentions_in("PERSON", 0, at) if p.text[0] == text[at + 1] and 2 <= len(p.text) <= 3}
    if text.startswith(ELDER_PREFIX, at):  # (老孙 is no child: 女儿孙小雨 is not he)
        named -= {p.text for p in ctx.mentions_in("PERSON", 0, at) if text.endswith(CHILD_WORDS, 0, p.start_char)}
    return EntityRef("Person", named.pop()) if len(named) == 1 else None


def last_named(ctx: ArticleContext, a: int) -> EntityRef | None:
    """The person a 他 / 她 at ``a`` stands for (``_last_named``)."""
    return _last_named(ctx, a)


def narrator(ctx: ArticleContext, pos: int) -> EntityRef | None:
    """The person who says 我 at ``pos``: the one a first-person text names after 我叫/我是,
    else the teller an oral history's header names (口述：X)."""
    first = _first_person(ctx, pos)
    if first is not None:
        return first
    for m in _TELLER.finditer(ctx.text, 0, pos):
        people = ctx.mentions_in("PERSON", m.end(), m.end() + 1)
        named = [
            ref.name for ref in ctx.facts.entities if ref.cls == "Person" and ctx.text.startswith(ref.name, m.end())
        ]
        if people or named:
            return EntityRef("Person", people[0].text if people else max(named, key=len))
    return teller(ctx)


def teller(ctx: ArticleContext) -> EntityRef | None:
    """The teller an oral history's byline names (口述：X　采访、整理：Y), when the page names
    them as a person: who says 我 in it, though others wrote it down."""
    m = _TELLER.search(ctx.article.byline or "")
    if m is None:
        return None
    named = [r.name for r in ctx.facts.entities if r.cls == "Person" and m.string.startswith(r.name, m.end())]
    return EntityRef("Person", max(named, key=len)) if named else None


def _first_person(ctx: ArticleContext, pos: int) -> EntityRef | None:
    """我叫蔺某，…本人先后被评为…: the person a first-person text names after 我叫/我是."""
    for m in _FIRST_PERSON.finditer(ctx.text, 0, pos):
        people = ctx.mentions_in("PERSON", m.end(), m.end() + 1)
        if people:
            return EntityRef("Person", people[0].text)
    return None


# …被评为“县级技术能手”，B荣获…: a clause ending in a quoted honour of its own
_OWN_HONOUR_END = re.compile(f"[{CLOSE_QUOTES}](?:荣誉)?(?:称号)?[，,；;]")


def after_own_honours(ctx: ArticleContext, sa: int, verb: int) -> int:
    """Where the holders of the verb of receiving at ``verb`` may be named, from ``sa``: after
    the sentence's last clause ending in a quoted honour of its own, when people or a body are
    named after it (A被评为“X”，B荣获“Y”: Y is B's, not A's; A荣获“X”，某公司检修班被授予“Y”称号:
    the team's; A被评为“X”，并荣获“Y”: both A's)."""
    ends = [m.end() for m in _OWN_HONOUR_END.finditer(ctx.text, sa, verb)]
    if not ends:
        return sa
    named = ctx.mentions_in("PERSON", ends[-1], verb) or any(
        y <= verb and ctx.ref_at[(x, y)].cls in _BODIES for x, y in ctx.ref_at.starting_in(ends[-1], verb)
    )
    return ends[-1] if named else sa


_BODIES = ("TradeUnion", "Organization")
