"""Family *events*, continued: the group set up to run an event, named with its makeup.

…遗体告别仪式定于…举行。 / 治丧工作小组：市总工会办公室、老干部科: a line labelled with the name
of a group that runs an event (``events/working_groups.txt``) lists the bodies it is made
of; they run the event told last before the line, so they organise it — a department
through its body (市总工会办公室: the 市总工会).  Only for an event no one is said to
organise.  Runs once the organisers stated apart are read (kg.extract.sponsors).
"""

from __future__ import annotations

import re

from kg.extract.context import CONFIDENCE, ArticleContext
from kg.extract.wordlists import WORKING_GROUPS
from kg.lexicon import alternation_of
from kg.model.facts import EntityRef

# 治丧工作小组：A、B: a group's name opening its line, a colon, then its bodies to the line's end
_GROUP_LINE = re.compile(
    f"(?m)^[ \\t\\u3000]*[\\u4e00-\\u9fff]{{0,10}}(?:{alternation_of(WORKING_GROUPS)})[：:]([^\\n]+)"
)


def working_groups(ctx: ArticleContext) -> None:
    """The bodies a group's line lists organise the event told last before it."""
    for m in _GROUP_LINE.finditer(ctx.text):
        before = [e for e in ctx.facts.events if e.evidence.start < m.start()]
        if not before:
            continue
        event = max(before, key=lambda e: e.evidence.start)
        if event.organizers:
            continue
        for x, y, ref in ctx.bodies_in(m.start(1), m.end(1)):
            body = _body_of(ctx, ref)
            if all(body != r for r, _ in event.organizers):
                event.organizers.append((body, ctx.evidence(x, y, CONFIDENCE["context"])))


def _body_of(ctx: ArticleContext, ref: EntityRef) -> EntityRef:
    """The body a department belongs to (宜昌市总工会办公室: 宜昌市总工会), else ``ref``."""
    info = ctx.facts.entities.get(ref)
    return info.parent if info is not None and info.parent is not None and ref.cls == "Organization" else ref
