"""Family *event attributes*: how many an event reached, said of an act done at its scene.

X活动在某工地启动。…A、B一行来到施工现场，为300余名建筑工人送上防暑物资: the party goes to
the scene (现场, with no place of its own named) and does there what the event is for; the act
has no day of its own.  The scene is the venue of the event told last before it, so the
people the act reached are those that event reached: it takes the act's count when it has
none of its own.

Runs once the events are merged and their counts read (after ``attended_count``).
"""

from __future__ import annotations

import re

from kg.extract.context import ArticleContext
from kg.extract.wordlists import VENUE_OPENERS
from kg.lexicon import alternation_of

# 来到施工现场, 在活动现场, 走进项目现场: a verb of going (or 在) and the scene, a few words of its
# kind before it, no place named
_AT_SCENE = re.compile(f"(?:{alternation_of(VENUE_OPENERS)})[\u4e00-\u9fff]{{0,4}}?现场")


def scene_counts(ctx: ArticleContext) -> None:
    """The count of an act with no day of its own, done at 现场 in its sentence before it, goes
    to the event told last before it that has a venue and no count."""
    events = ctx.facts.events
    if "现场" not in ctx.text or len(events) < 2:
        return
    for act in events:
        if act.count is None or act.date is not None:
            continue
        sa, _ = ctx.sentence_of(act.evidence.start)
        if not _AT_SCENE.search(ctx.text, sa, act.evidence.start):
            continue
        told = [e for e in events if e.evidence.start < sa and e.locations]
        if told:
            held = max(told, key=lambda e: e.evidence.start)
            if held.count is None:
                held.count = act.count
