"""Family *participants*: the writer of a personal account takes part in what they tell.

A blog post or diary signed by one writer (作者：X, ingest's credit) speaks in the first
person: 我是…工段长。这次…参加市总工会组织的劳模疗休养 / 下午在基地会议室开了个座谈会。…我也被
点名说了几句.  Where the paragraph that names an event has the writer say 我 of themself
(outside a quote, which is someone else's voice), the writer was there: a participant.

Not 我省, 我市, 我会 (an official's "our province": the body, not the writer), not 我们 alone
(a body speaking, 我们联合区总工会…), nor a turn of an interview (熊德安：我…, the speaker's
words, not the writer's), nor an article with several or no writers.
"""

from __future__ import annotations

import re

from kg.extract.context import CONFIDENCE, ArticleContext
from kg.extract.honour_topic import teller
from kg.extract.offices import OWN_BODY_WORDS
from kg.lexicon import lexicon
from kg.model.facts import EntityRef
from kg.nlp.text import CLOSE_QUOTES, OPEN_QUOTES

_SELF = "我"
# 我们, 我国, 我省, 我市, 我院, 我公司: the speaker's group, country, area or body, not the writer
_NOT_SELF = (
    "我们",
    "我国",
    *(_SELF + w for w in lexicon().level_words),
    *(w for w in OWN_BODY_WORDS if w.startswith(_SELF)),
)
# a line that is an interview's turn (熊德安：…, 记者：…): a speaker's words, not the writer's
_TURN = re.compile(r"[^\s：:。，,]{1,12}[：:]")


def writer_takes_part(ctx: ArticleContext) -> None:
    """The one credited writer of a first-person account takes part in each event whose
    paragraph has them say 我 outside quotes."""
    told = teller(ctx)  # (口述：X　采访、整理：Y、Z: the teller says 我, not those who wrote it down)
    if told is None and len(ctx.article.reporters) != 1:
        return
    writer = told or EntityRef("Person", ctx.article.reporters[0])
    body_start = len(ctx.text) - len(ctx.article.body)
    for f in ctx.facts.events:
        at = f.evidence.start
        if at < body_start or any(ref == writer for ref, _ in f.participants):
            continue
        a = max(ctx.text.rfind("\n", body_start, at) + 1, body_start)
        b = ctx.text.find("\n", at)
        b = len(ctx.text) if b < 0 else b
        if _TURN.match(ctx.text, a + len(ctx.text[a:b]) - len(ctx.text[a:b].lstrip())):
            continue
        k = _self_said(ctx.text, a, b)
        if k is not None:
            f.participants.append((writer, ctx.evidence(k, k + 1, CONFIDENCE["context"])))


def _self_said(text: str, a: int, b: int) -> int | None:
    """Where the writer says 我 of themself in ``[a, b)``, outside quotes; None if nowhere."""
    depth = 0
    for k in range(a, b):
        c = text[k]
        if c in OPEN_QUOTES:
            depth += 1
        elif c in CLOSE_QUOTES:
            depth = max(0, depth - 1)
        elif depth == 0 and c == _SELF and not text.startswith(_NOT_SELF, k):
            return k
    return None
