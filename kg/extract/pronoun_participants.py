"""Family *events*, continued: a pronoun that attends an event (他作为主讲人参加X举办的Y).

A profile or a recommendation form names its person once (姓名　A, A同志2003年…) and goes on
with 他 / 她; a clause opening with the pronoun, perhaps the part played (作为主讲人), then a
verb of attending (``participants/attend_verbs.txt``: 参加, 出席) and the event named after it
in the sentence, says that person took part in that event.  The pronoun stands for the one
person the text named before it — its paragraph's, else the whole text's; where two or more
were named (张三向李四学艺。他参加…) it could be either: no participant.
"""

from __future__ import annotations

import re

from kg.extract.context import CONFIDENCE, ArticleContext
from kg.extract.event_mentions import mentions
from kg.extract.wordlists import ATTEND_VERBS
from kg.lexicon import alternation_of
from kg.model.facts import EntityRef

# 他参加 / 她作为主讲人出席, opening a sentence or a clause
_ATTENDS = re.compile(
    f"(?:^|(?<=[。！？；;，,\\s]))[他她](?:作为[^，,。；;！？!?\\s]{{1,8}})?(?:{alternation_of(ATTEND_VERBS)})"
)


def pronoun_participants(ctx: ArticleContext) -> None:
    """他（作为…）参加…Y: the one person named before takes part in the event Y named after."""
    if not ctx.facts.events:
        return
    named = mentions(ctx, ctx.facts.events)
    for m in _ATTENDS.finditer(ctx.text):
        _, sb = ctx.sentence_of(m.start())
        event = next((e for at, e in named if m.end() <= at < sb), None)
        person = _one_person_before(ctx, m.start())
        if event is None or person is None:
            continue
        ref = EntityRef("Person", person[0])
        if all(r != ref for r, _ in event.participants):
            event.participants.append((ref, ctx.evidence(m.start(), m.start() + 1, CONFIDENCE["context"])))


def _one_person_before(ctx: ArticleContext, at: int) -> tuple[str, int] | None:
    """The one person named before ``at`` in its paragraph, else in the text before it."""
    paragraph = ctx.text.rfind("\n", 0, at) + 1
    for a in (paragraph, 0):
        names = {p.text: p.start_char for p in ctx.mentions_in("PERSON", a, at)}
        if len(names) == 1:
            return next(iter(names.items()))
        if names:
            return None
    return None
