"""Who does a verb phrase's act together: A与B签订《…协议》, A和B（在P）共同签署….

An event named by a verb phrase (:mod:`kg.nlp.events`, ``event_patterns.txt``) has its
subject right before it (县总工会慰问困难职工).  When two bodies joined by 与/和/联合 stand
there, perhaps with where they did it between (A与B在P签订), both are the subject: the
second is no object of 与 (与X联合… blocks a lone body, not one joined to a subject before
it).  Called by :func:`kg.extract.event_details.read_organizers`.

A report's lines often have no subject at all: （一）3月8日，联合市妇联在P举办… — the report's
author (the union the article is about) acts, the partner joined to it organises with it;
（二）我会于5月1日…: the own body's word after the section's number.
"""

from __future__ import annotations

import re

from kg.extract.context import ArticleContext
from kg.extract.offices import OWN_BODY_WORDS, body_by_word
from kg.extract.wordlists import JOINING_WORDS, PARTNERING_VERBS, SPEAKER_WORDS, VERB_PHRASE_SUBJECT_BLOCKERS
from kg.extract.workplace import article_union
from kg.lexicon import alternation_of
from kg.model.facts import EntityRef

# between two bodies acting together: 与, 和, 联合 (and 、 in a longer list)
_JOINED = re.compile(f"(?:{alternation_of(JOINING_WORDS)}|、)+")
# 我们联合B, 我们还与B: a speaker's own body, unnamed, then a word joining its partner to it
_SPEAKER_JOINS = re.compile(f"(?:{alternation_of(SPEAKER_WORDS)})[还也又]?(?:{alternation_of(JOINING_WORDS)})")
# a clause opening on a joining word, no subject before it (联合B…, 会同B…)
_UNNAMED_JOINS = re.compile(f"[还也又]?(?:{alternation_of(JOINING_WORDS)})")
# a section's number opening a report's line: （二）, 2., 二、, 一是; or a list's bullet (● as
# a slide's points are set)
_SECTION_MARK = re.compile(
    r"\s*(?:[（(][一二三四五六七八九十\d]{1,3}[）)]|[一二三四五六七八九十]{1,3}[、是]|\d{1,2}[.．、](?!\d)|[●■◆▶►•▪])?\s*"
)
# 联合B, 还携手B: a verb joining a partner, perhaps after an adverb of going on
_PARTNERED = re.compile(f"[还也又]?(?:{alternation_of(PARTNERING_VERBS)})")
# 联合B、C: the partners listed after the first (not 与: B与C, the other side)
_PARTNER_LISTED = re.compile("[、和及]")
# an agent's preposition before a body's word (经本委员会…组织调解, 由本会…举办)
_AGENT_MARKS = ("经", "由")
# the page's own words naming itself (本委员会, 我会), not one pointing back (该会) or bare (公司)
_SELF_WORDS = tuple(w for w in OWN_BODY_WORDS if w.startswith(("本", "我")))
# between the last of them and the verb phrase: where (在P), perhaps a few words (共同, 正式)
_TO_VERB = re.compile(r"(?:[在于][^，,。；;！？!?]{2,24}?)?[\u4e00-\u9fff]{0,4}")


def joint_subject(ctx: ArticleContext, clause: int, b: int, sa: int) -> list[tuple[int, int, EntityRef]] | None:
    """The bodies of ``[clause, b)`` joined into one list right before the verb phrase at
    ``b``, when there are two or more and the first is nobody's object."""
    text = ctx.text
    chains: list[list[tuple[int, int, EntityRef]]] = []
    for body in ctx.bodies_in(clause, b):
        if chains and _JOINED.fullmatch(text, chains[-1][-1][1], body[0]):
            chains[-1].append(body)
        else:
            chains.append([body])
    for chain in reversed(chains):
        x = chain[0][0]
        if len(chain) < 2 or text[max(sa, x - 2) : x].endswith(VERB_PHRASE_SUBJECT_BLOCKERS):
            continue
        if _TO_VERB.fullmatch(text, chain[-1][1], b):
            return chain
        return None
    return None


def joined_to_speaker(text: str, clause: int, x: int) -> bool:
    """我们联合B在P举办…, （一）3月8日，联合B举办…: the clause up to the body at ``x`` is a
    speaker's own body, unnamed (or no subject at all), joined to it; the body, though after
    a word joining it, is no object: it organises."""
    before = text[clause:x].strip()
    return _SPEAKER_JOINS.fullmatch(before) is not None or _UNNAMED_JOINS.fullmatch(before) is not None


def with_author(
    ctx: ArticleContext, clause: int, chain: list[tuple[int, int, EntityRef]]
) -> list[tuple[int, int, EntityRef]]:
    """The bodies organising, the article's union first when the clause has no subject
    and opens on a word joining the chain to it (联合B…: the report's author and B)."""
    if not _UNNAMED_JOINS.fullmatch(ctx.text[clause : chain[0][0]].strip()):
        return chain
    author = article_union(ctx)
    if author is None or any(r == author for _, _, r in chain):
        return chain
    return [(clause, clause, author), *chain]


# a line's day before its verb (4月28日，召开…; 5月1日上午举办…), or its span of days
# (3月15日—4月30日，开展…), perhaps with where it was held (10月17日，在P举办…)
_DAY_OPENING = re.compile(
    r"(?:\d{1,2}月\d{1,2}日(?:[—－~～至到-](?:\d{1,2}月)?\d{1,2}日)?(?:上午|下午|晚上)?[，,]?)?"
    r"(?:在[^，,。；;！？!?在]{2,24})?"
)


def bare_clause_author(ctx: ArticleContext, sa: int, verb_at: int) -> list[tuple[int, int, EntityRef]] | None:
    """（二）4月28日，召开…大会: a line of a report with no subject at all (from ``sa``, after
    its section's number), its day then its verb, is its author's act (the union the article
    is about)."""
    x = after_section_mark(ctx.text, sa)
    if _DAY_OPENING.match(ctx.text, x, verb_at).end() != verb_at:
        return None
    author = article_union(ctx)
    return [(x, x, author)] if author is not None else None


def own_body_opening(ctx: ArticleContext, sa: int) -> list[tuple[int, int, EntityRef]] | None:
    """（二）我会于5月1日…, 本院…于某日公开开庭进行了审理: a word naming the page's own body
    (本会, 我院: ``posts/own_body_words.tsv``) opening the sentence at ``sa``, after its section's
    number, is the subject; the body it names (the first of that kind the page names).  An
    agent's 经/由 may stand before it (经本委员会于某日组织调解: the committee holds it)."""
    x = after_section_mark(ctx.text, sa)
    x += ctx.text.startswith(_AGENT_MARKS, x) and ctx.text.startswith(_SELF_WORDS, x + 1)
    word = next((w for w in OWN_BODY_WORDS if ctx.text.startswith(w, x)), None)
    body = body_by_word(ctx, word, x) if word is not None else None
    return [(x, x + len(word), body)] if body is not None and word is not None else None


def after_section_mark(text: str, x: int) -> int:
    """Where a line's words start after its section's number (（二）我会于…: at 我会)."""
    return _SECTION_MARK.match(text, x).end()


def with_partners(text: str, chain: list[tuple[int, int, EntityRef]]) -> list[tuple[int, int, EntityRef]]:
    """The subject opening a clause and the partners a verb of partnering joins to it
    (A联合B走进C，开展…: A and B organise), not a body after 与/和 alone (A与B座谈: B the
    other side); nor those listed after a partner (A联合B、C组成检查组: B and C are partners)."""
    n = 1
    while n < len(chain) and (
        _PARTNERED.fullmatch(text, chain[n - 1][1], chain[n][0])
        or (n > 1 and _PARTNER_LISTED.fullmatch(text, chain[n - 1][1], chain[n][0]))
    ):
        n += 1
    return chain[:n]
