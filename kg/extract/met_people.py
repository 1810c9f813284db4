"""Family *participants*, continued: the one a visitor meets or hands something to, named
after a description of any length.

同刚从外地返岗的快递小哥代表、X网点负责人A亲切交谈 / 为全国五一劳动奖章获得者、X公司高级技师B颁奖:
the words between the opener (与/同/跟/和 of meeting, 为/向/给 of giving) and the name are a
noun phrase describing the person, however long: titles, honours and jobs joined by 、 (or
及/和), each perhaps after a clause ending in 的 (刚从外地返岗的). A fixed gap of characters
misses a long description and may run over a short clause; the grammar does neither, and a
clause break (，。；) stops it, so a name opening its own clause is never read as met.
"""

from __future__ import annotations

import re

from spacy.tokens import Span, Token

from kg.extract.context import ArticleContext
from kg.extract.wordlists import GIVING_TO_VERBS, MET_VERBS
from kg.lexicon import alternation_of

# the opener of the one met (与护士长A握手) and of the one given to (为A颁奖, 向B赠送)
_MET_OPENERS = frozenset("与同跟和")
_GIVEN_OPENERS = frozenset("为向给")
# right after the name: a verb of meeting or of giving, perhaps after adverbs (亲切交谈, 一一握手)
_MET_VERB = re.compile(alternation_of(MET_VERBS))
_GIVEN_VERB = re.compile(alternation_of(GIVING_TO_VERBS))
# where a clause ends: the description never runs past it
_CLAUSE_BREAK = re.compile(r"[，,。；;！？!?：:\n]")
# the words of a noun phrase that names a person's titles, honours and jobs
# (省级/a 劳动模范/n, “/w 巾帼/n 建功/vn 标兵/n ”/w, 县供电公司/ORG 高级/a 技师/n)
_NOUN_TAGS = frozenset(
    {"n", "nz", "nt", "nw", "ns", "nr", "j", "an", "vn", "a", "b", "m", "q", "f", "s", "ORG", "LOC", "TIME", "PER"}
)
# quotes around an honour's name (“湖南省五一劳动奖章”获得者)
_QUOTES = frozenset("“”‘’「」『』《》\"'")
# what joins two descriptions of one person (高级技师、班组长, 乡村医生及妇女代表)
_JOINERS = frozenset({"、", "及", "和", "以及"})
# adverbs between the name and the verb (亲切交谈): at most this many characters
_ADVERB_REACH = 4


def met_after_description(ctx: ArticleContext, p: Span) -> bool:
    """Whether ``p`` is the one met (与/同/跟/和 … p 交谈) or handed something (为/向/给 … p
    颁奖) in its clause: a verb of that kind right after the name, its opener before it with
    only a description of the person between."""
    text = ctx.text
    ahead = text[p.end_char : p.end_char + _ADVERB_REACH + 4]
    if not (_MET_VERB.search(ahead) or _GIVEN_VERB.search(ahead)):
        return False  # the cheap test first: no verb of either kind near the name
    verb_at = _after_adverbs(ctx, p.end_char)
    if _MET_VERB.match(text, verb_at):
        openers = _MET_OPENERS
    elif _GIVEN_VERB.match(text, verb_at):
        openers = _GIVEN_OPENERS
    else:
        return False
    sa, _ = ctx.sentence_of(p.start_char)
    breaks = list(_CLAUSE_BREAK.finditer(text, sa, p.start_char))
    clause = breaks[-1].end() if breaks else sa
    before = ctx.doc.char_span(clause, p.start_char, alignment_mode="expand")
    if before is None or before.end_char != p.start_char:
        return False
    tokens = list(before)
    # the nearest opener first: 与A、B和C交谈 reads 和C, then 与A、B和C
    return any(
        t.text in openers and _describes(tokens[i + 1 :])
        for i, t in reversed(list(enumerate(tokens)))
        if t.text in openers
    )


def gives_to_described(ctx: ArticleContext, p: Span, at: int) -> bool:
    """A（右二）为获得一等奖的焊工、电工等项目优秀选手代表颁奖: whoever hands something over,
    the opener 为/向/给 right after the name (``at``, past a note and 同志), then a
    description of those given to of any length, then the verb of giving."""
    text = ctx.text
    if text.startswith("同志", at):
        at += 2
    if at >= len(text) or text[at] not in _GIVEN_OPENERS:
        return False
    m = _CLAUSE_BREAK.search(text, at)
    end = m.start() if m else len(text)
    v = _GIVEN_VERB.search(text, at + 1, end)
    if v is None:
        return False  # the cheap test first: no verb of giving in the clause
    words = ctx.doc.char_span(at + 1, v.start(), alignment_mode="expand")
    return words is not None and words.start_char == at + 1 and words.end_char == v.start() and _describes(list(words))


def _after_adverbs(ctx: ArticleContext, at: int) -> int:
    """The offset past the adverbs that open the words at ``at`` (亲切, 一一), a few characters."""
    span = ctx.doc.char_span(at, min(len(ctx.text), at + _ADVERB_REACH + 2), alignment_mode="contract")
    if span is None or span.start_char != at:
        return at
    for t in span:
        if t.tag_ not in ("d", "ad") or t.idx + len(t.text) - at > _ADVERB_REACH:
            break
        at = t.idx + len(t.text)
    return at


def _describes(tokens: list[Token]) -> bool:
    """Whether the words between the opener and the name describe one person: each part
    (joined by 、, 及) a noun phrase, perhaps after a clause that ends in 的 (a clause that
    itself lists with 、: 获得焊工、电工等项目一等奖的|优秀选手, one part up to its 的)."""
    if not tokens:
        return True  # the name right after the opener (与A交流)
    parts: list[list[Token]] = [[]]
    for t in tokens:
        if t.text in _JOINERS:
            parts.append([])
        else:
            parts[-1].append(t)
    pending: list[Token] = []
    for part in parts:
        if not part:
            return False
        pending = [*pending, *part]
        if _noun_phrase(_past_relative(pending)):
            pending = []
    return not pending


def _past_relative(part: list[Token]) -> list[Token]:
    """The words after the last 的 of a part (刚从外地返岗的|快递小哥代表): the clause before
    the 的 qualifies the noun, whatever its words."""
    de = [i for i, t in enumerate(part) if t.text == "的"]
    return part[de[-1] + 1 :] if de else part


def _noun_phrase(words: list[Token]) -> bool:
    """Nouns, their modifiers and quotes; a verb only before the noun it qualifies
    (退休/v 挡车工/n, 变/v 电/n 运维/vn 班/n)."""
    for i, t in enumerate(words):
        if t.tag_ in _NOUN_TAGS or t.text in _QUOTES:
            continue
        if t.tag_ == "v" and i + 1 < len(words) and words[i + 1].tag_ in _NOUN_TAGS:
            continue
        return False
    return True
