"""Those honoured right after an honouring meeting is told took part in it: X总工会在Y召开
表彰大会。A荣获“…奖章”，B被授予“…”称号: the meeting (its name holds an act of honouring:
表彰, 颁奖) is where the honours of the next sentence (and of its own, after its name) were
given, so their holders, people or bodies, take part in it.  Only the next sentence: the
paragraph may go on to honours of other days (此前已被…授予, 推荐…参评).

Runs after the honours are read (``ctx.facts.awards``).
"""

from __future__ import annotations

from kg.extract.context import CONFIDENCE, ArticleContext
from kg.extract.wordlists import HONOURING_VERBS

_SPACES = " \t\u3000"


def honoured_after(ctx: ArticleContext) -> None:
    """The holders of the honours read from an honouring meeting's name to the end of the
    sentence after it (no paragraph break between) take part in the meeting."""
    if not ctx.facts.awards:
        return
    text = ctx.text
    for event in ctx.facts.events:
        if not any(w in event.ref.name for w in HONOURING_VERBS):
            continue
        a = event.evidence.end
        _, sb = ctx.sentence_of(event.evidence.start)
        gap = sb
        while gap < len(text) and text[gap] in _SPACES:
            gap += 1
        if gap >= len(text) or text[gap] == "\n":
            continue  # (the paragraph ends with the meeting's sentence)
        _, end = ctx.sentence_of(gap)
        known = {r for r, _ in event.participants} | {r for r, _ in event.organizers}
        for ref, _, ev in ctx.facts.awards:
            if a <= ev.start < end and ref not in known:
                known.add(ref)
                event.participants.append((ref, ctx.evidence(ev.start, ev.end, CONFIDENCE["context"])))
