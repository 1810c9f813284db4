"""Family *awards*, continued: honours known by the grammar around them, not by their head.

Most honours end with a word that says so (奖章, 先锋号, 工匠: kg.extract.awards); many
named on one occasion do not (“最美果农”, “金牌快递员”, “优秀法律援助律师”).  Two frames name
such an honour whatever its words, and a third one a title after a copula:

- a token handed over to people whom the honour stands before, as their apposition:
  为首批5名“最美茶农”A、B、C颁发了证书 — each of A, B, C holds “最美茶农” — or after them
  with their count (为A、B等6名“X”颁发证书); not a letter of appointment (为“法律顾问”A、B
  颁发聘书: ``appoint`` in the award patterns);
- a verb of being named right before a quoted honour that ends its clause (去年获评“X”,
  被评为“X”): the clause's people hold it, else its body, else the person the sentence
  opens with (A从事…16年，去年获评“X”: a clause with no subject of its own shares it),
  else, for a pronoun (他获评“X”), the person the sentence before opens with;
- a copula before a quoted title (its head: 工匠, 劳动模范) that ends its clause, maybe with a
  qualifier and its 的 between (…今年29岁，是某区总工会推荐的“某某工匠”): what the subject is,
  the clause's person, else the subject of the sentence's first clause.

Needs the people (PERSON mentions) and the bodies (``ctx.ref_at``); runs after the other
readers of honours, so an honour they gave is not given again to another.
"""

from __future__ import annotations

import re

from spacy.tokens import Span

from kg.extract.awards import award, bodies_in, clause_start, sentence_subject
from kg.extract.context import CONFIDENCE, ArticleContext
from kg.extract.honour_topic import owned_in, owns_holder, topic_holder
from kg.extract.wordlists import (
    APPOINTING_TOKENS,
    BESTOW_VERBS,
    HONOUR_TITLES,
    HONOURING_VERBS,
    SUBJECT_PRONOUNS,
    TITLED_VERBS,
)
from kg.lexicon import alternation_of
from kg.model.facts import EntityRef

_NUMBER = "[\\d一二两三四五六七八九十百千]+"
_SPACES = re.compile("[ \u3000\n]*")
_OPEN, _CLOSE, _NOT_QUOTE = '[“"「『]', '[”"」』]', '[^“”"「」『』]'
# 为首批5名“X”, 向某镇两位“X”, 给“X”: the giver's preposition, where the holders are from and
# their count, the honour
_HANDED = re.compile(
    f'(?:为|向|给)[^，,。；;！？!?“”"「」『』\\s]{{0,10}}?(?:首批|第{_NUMBER}批|新一批)?(?:{_NUMBER}(?:名|位))?'
    f"{_OPEN}({_NOT_QUOTE}{{2,16}}){_CLOSE}"
)
# what joins two names of a list (A、B和C)
_JOINS = "、和及与"
# after the names: 等N名, then the verb of handing over (颁发, 颁奖) and what is handed
_HANDING = re.compile(
    f"(?:等{_NUMBER}(?:名|位|人))?(?:同志)?(?:{alternation_of((*BESTOW_VERBS, *HONOURING_VERBS))})了?"
)
_APPOINTING = re.compile(alternation_of(APPOINTING_TOKENS))
# 为A、B等6名“X”颁发: the names first, then their count and the honour, then the verb
_COUNTED_AFTER = re.compile(f"等{_NUMBER}(?:名|位)?{_OPEN}({_NOT_QUOTE}{{2,16}}){_CLOSE}")
_GIVER_TO = "为向给"
# 2024年，他先后获评: one person's pronoun (not 他们), a few words, then the verb
_PRONOUN = re.compile(f"(?:{alternation_of(SUBJECT_PRONOUNS)})(?!们)[\u4e00-\u9fff]{{0,4}}$")
# 去年获评“X”。: a verb of being named, the quoted honour, the end of its clause
_TITLED = re.compile(
    f"(?:{alternation_of(TITLED_VERBS)})了?{_OPEN}({_NOT_QUOTE}{{4,16}}){_CLOSE}"
    "(?:荣誉)?(?:称号)?(?=[，,。；;！!？?\\s]|$)"
)

# 是某区总工会推荐的“某某工匠”，: a copula, maybe a qualifier and its 的, then a quoted title
# (its head: 工匠, 劳动模范) ending its clause: what the subject is
_IS_TITLED = re.compile(
    f'是(?:[^，,。；;！？!?“”"「」『』\\s]{{0,20}}?的)?{_OPEN}({_NOT_QUOTE}{{2,14}}?(?:{alternation_of(HONOUR_TITLES)})){_CLOSE}'
    "(?:荣誉)?(?:称号)?(?=[，,。；;！!？?\\s]|$)"
)


def handed_tokens(ctx: ArticleContext) -> None:
    """为N名“X”A、B、C颁发证书: the people listed right after the quoted honour, up to the
    verb of handing over, hold it; not when what is handed is a letter of appointment."""
    text = ctx.text
    starts = {p.start_char: p for p in ctx.mentions_of("PERSON")}
    for m in _HANDED.finditer(text):
        holders: list[Span] = []
        pos = m.end()
        while (p := starts.get(pos)) is not None:
            holders.append(p)
            pos = p.end_char
            if pos < len(text) and text[pos] in _JOINS and pos + 1 in starts:
                pos += 1
        verb = _HANDING.match(text, pos) if holders else None
        if verb is None or _APPOINTING.match(text, verb.end()):
            continue
        for p in holders:
            award(
                ctx, EntityRef("Person", p.text), m.group(1), ctx.evidence(m.start(), verb.end(), CONFIDENCE["pattern"])
            )
    _counted_after(ctx)


def _counted_after(ctx: ArticleContext) -> None:
    """为A、B等6名“X”颁发证书: the people listed from the giver's 为 up to 等, their count and
    the honour right before the verb of handing over, hold it."""
    text = ctx.text
    ends = {p.end_char: p for p in ctx.mentions_of("PERSON")}
    for m in _COUNTED_AFTER.finditer(text):
        verb = _HANDING.match(text, m.end())
        if verb is None or _APPOINTING.match(text, verb.end()):
            continue
        holders = []
        pos = m.start()
        while (p := ends.get(pos)) is not None:
            holders.append(p)
            pos = p.start_char
            if pos > 0 and text[pos - 1] in _JOINS and pos - 1 in ends:
                pos -= 1
        if holders and pos > 0 and text[pos - 1] in _GIVER_TO:
            ev = ctx.evidence(pos, verb.end(), CONFIDENCE["pattern"])
            for p in reversed(holders):
                award(ctx, EntityRef("Person", p.text), m.group(1), ev)


def titled_quotes(ctx: ArticleContext) -> None:
    """去年获评“X”, 被评为“X”: a quoted honour named by the verb before it, ending its clause,
    to the clause's people, else its body, else the person its sentence opens with; once
    per honour (one the other readers gave from these words stays theirs)."""
    text = ctx.text
    for m in _TITLED.finditer(text):
        honour = m.group(1)
        if any(h == honour and ev.start <= m.end() and m.start() <= ev.end for _r, h, ev in ctx.facts.awards):
            continue  # read here already
        a = clause_start(ctx, m.start())
        ev = ctx.evidence(a, m.end(), CONFIDENCE["context"])
        people = ctx.mentions_in("PERSON", a, m.start())
        bodies = bodies_in(ctx, a, m.start())
        if any(owns_holder(ctx, p.end_char) for p in people) or owned_in(ctx, a, m.start()):
            continue  # 喻某所在的班组获评“X”: the team, which the bodies stage may not name
        if people:
            for p in people:
                award(ctx, EntityRef("Person", p.text), honour, ev)
        elif bodies:
            for _, ref in listed_bodies(ctx, bodies):  # the last body named, and those listed with it
                award(ctx, ref, honour, ev)
        elif (subject := _opening_person(ctx, m.start())) is not None:
            award(ctx, EntityRef("Person", subject), honour, ev)
        elif _PRONOUN.search(text, a, m.start()) and (named := _named_before(ctx, m.start())) is not None:
            award(ctx, EntityRef("Person", named), honour, ev)
        elif (topic := topic_holder(ctx, a, m.start())) is not None:  # 本人先后被评为“X”
            award(ctx, topic, honour, ev)


# a mark between two bodies listed together (A工会委员会、B工会委员会被评为…)
_BODY_LIST = ("、", "和", "及", "与", "以及")


def listed_bodies(ctx: ArticleContext, bodies: list[tuple[int, int, EntityRef]]) -> list[tuple[int, EntityRef]]:
    """The body named last (the longest ending there) and those listed right before it, as
    (start, body): A工会委员会、B工会委员会被评为“X” honours each, not B alone; a body inside
    another's name (B's company) is skipped, as it ends at no mark of a list."""
    _, x, ref = max(bodies, key=lambda b: (b[0], -b[1]))
    out = [(x, ref)]
    while True:
        ends = [b for b in bodies if any(b[0] + len(w) == x and ctx.text.startswith(w, b[0]) for w in _BODY_LIST)]
        if not ends:
            return out
        _, x, ref = max(ends, key=lambda b: (b[0], -b[1]))
        out.append((x, ref))


def copula_titles(ctx: ArticleContext) -> None:
    """获得一等奖的张三今年29岁，是某区总工会推荐的“某某工匠”: a quoted title after 是 ending its
    clause is what the subject is, so holds: the clause's person, else the subject of the
    sentence's first clause (the first person there who qualifies no noun with 的)."""
    text = ctx.text
    for m in _IS_TITLED.finditer(text):
        a = clause_start(ctx, m.start())
        people = ctx.mentions_in("PERSON", a, m.start())
        if not people:
            sa, _ = ctx.sentence_of(m.start())
            first = _clause_end(ctx, sa, m.start())
            people = [p for p in ctx.mentions_in("PERSON", sa, first) if text[p.end_char : p.end_char + 1] != "的"][:1]
        ev = ctx.evidence(a, m.end(), CONFIDENCE["context"])
        for p in people:
            award(ctx, EntityRef("Person", p.text), m.group(1), ev)


def _clause_end(ctx: ArticleContext, a: int, b: int) -> int:
    """Where the first clause from ``a`` ends (its comma), at most ``b``."""
    m = re.compile("[，,；;]").search(ctx.text, a, b)
    return m.start() if m else b


def _named_before(ctx: ArticleContext, pos: int) -> str | None:
    """邓某在矿山干了二十年。2024年，他获评“X”: the person the sentence before, in the same
    paragraph, opens with — whom a pronoun in the sentence at ``pos`` stands for."""
    sa, _ = ctx.sentence_of(pos)
    if sa == 0 or ctx.text[sa - 1] == "\n":
        return None
    return _opening_person(ctx, sa - 1)


def _opening_person(ctx: ArticleContext, pos: int) -> str | None:
    """The person the sentence holding ``pos`` opens with: a name found there, or the name of
    a person found elsewhere in the article that the sentence opens with (温景山从事…: the
    tagger may miss a name where no title stands before it; the article named it before)."""
    subject = sentence_subject(ctx, pos)
    if subject is not None:
        return subject.text
    sa, _ = ctx.sentence_of(pos)
    start = _SPACES.match(ctx.text, sa).end()
    known = sorted({p.text for p in ctx.mentions_of("PERSON")}, key=len, reverse=True)
    return next((name for name in known if ctx.text.startswith(name, start, pos)), None)
