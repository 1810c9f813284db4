"""A person called by a profession before the name who acts in an event's sentence takes part:
…组织双方进行调解，律师易某逐项核算赔偿项目 / …开展“法律进工地”活动，律师X现场解答咨询.
The profession word (participants/name_professions.txt) stands right before the name, at a
clause's start or after the body the person works at (X律师事务所律师Y); the name is the
subject of a clause (a verb follows, not 的 or a list's joint); the sentence names an event or
someone attending (参加调解).  A label (承办律师：X) or a possessive (律师X的事务所) is no act.

Read by kg.extract.participants for each person, with the other ways of taking part.
"""

from __future__ import annotations

import re

from spacy.tokens import Span

from kg.extract.context import ArticleContext
from kg.extract.wordlists import ATTEND_VERBS, NAME_PROFESSIONS
from kg.lexicon import alternation_of

# the profession right before the name, after a clause's start (or a body: X律师事务所律师)
_PROFESSION_BEFORE = re.compile(f"(?:{alternation_of(NAME_PROFESSIONS)})$")
_CLAUSE_START = re.compile(r"(?:^|[，,。；;！？!?\n\u3000 ])$")
# what cannot follow a clause's subject: a possessive, a list's joint, a note, a label's colon
_NOT_A_VERB = re.compile(r"[的、，,和与及等：:（(）)。；;\s]|$")


def by_profession(ctx: ArticleContext, p: Span, sb: int) -> bool:
    """Whether ``p`` is called by a profession before the name and acts in an event's sentence."""
    text = ctx.text
    a = p.start_char
    m = _PROFESSION_BEFORE.search(text, max(0, a - 4), a)
    if m is None or _NOT_A_VERB.match(text, p.end_char, sb):
        return False
    if not (
        _CLAUSE_START.search(text, max(0, m.start() - 1), m.start())
        or any(y == m.start() for _x, y, _r in ctx.bodies_in(max(0, m.start() - 40), m.start()))
    ):
        return False
    sa, _ = ctx.sentence_of(a)
    return bool(ctx.mentions_in("EVENT", sa, sb)) or any(v in text[sa:a] for v in ATTEND_VERBS)
