"""Family *participants*, continued: the people a meeting honours take part in it.

大会授予A、B、C等10名同志“X”称号 / 会上授予A…: the meeting, named by its head alone (大会,
会议) or as the setting (会上), gives its honours to people who are there to receive them.
The meeting is the last one named before the clause whose name holds the head (a
chronicle's entries each name their own), else the article's main event.  An honour given on
the spot (…当场授予A“X”称号) in a paragraph that names the main event is given at it too.  Runs once the
events are merged; the honours themselves are read by :mod:`kg.extract.honour_lists`.
"""

from __future__ import annotations

import re

from kg.extract.context import CONFIDENCE, ArticleContext
from kg.extract.elected import named_before
from kg.extract.wordlists import GIVING_VERBS, MEETING_HEADS
from kg.lexicon import alternation_of
from kg.model.facts import EntityRef

# ，大会授予 / 。会上还授予 / 会议决定授予: a meeting's head (or 会上) opening a clause, a few
# words, then a verb of giving
_GIVES = re.compile(
    f"(?<=[，,。；;\n])(?:({alternation_of(MEETING_HEADS)})|会上)"
    f"[^，,。；;！？!?“”]{{0,6}}?(?:{alternation_of(GIVING_VERBS)})"
)
# where those honoured end: the quoted honour, or the clause's end
_HONOUR_OR_END = re.compile('[“"「『，,。；;！？!?\n]')


def meeting_honours(ctx: ArticleContext) -> None:
    """The people named between a meeting's verb of giving and the honour take part in
    the meeting."""
    text = ctx.text
    for m in _GIVES.finditer(text):
        # (会议 and 会上 name any meeting: 表彰会, 表彰大会)
        head = "会" if m.group(1) in (None, "会议") else m.group(1)
        event = named_before(ctx, head, m.start()) or ctx.main_event()
        if event is None or head not in event.ref.name:
            continue
        end = _HONOUR_OR_END.search(text, m.end())
        known = {r for r, _ in event.participants}
        for p in ctx.mentions_in("PERSON", m.end(), end.start() if end else len(text)):
            ref = EntityRef("Person", p.text)
            if ref not in known:
                event.participants.append((ref, ctx.evidence(p.start_char, p.end_char, CONFIDENCE["context"])))
                known.add(ref)


# 市总工会当场授予A“X”称号: a word of the spot, a few words, then a verb of giving
_ON_THE_SPOT = re.compile(f"(?:当场|现场)[^，,。；;！？!?“”]{{0,4}}?(?:{alternation_of(GIVING_VERBS)})")


def spot_honours(ctx: ArticleContext) -> None:
    """The people an honour is given to on the spot (当场授予A“X”称号), in a paragraph that names
    the main event (by any of its mentions), take part in it."""
    main = ctx.main_event()
    if main is None:
        return
    names = {main.ref.name, *main.aliases}
    said = {main.evidence.start} | {c.evidence.start for c, _ in ctx.candidate_events if c.ref.name in names}
    paragraphs = {ctx.text.rfind("\n", 0, at) + 1 for at in said}
    known = {r for r, _ in main.participants}
    for m in _ON_THE_SPOT.finditer(ctx.text):
        if ctx.text.rfind("\n", 0, m.start()) + 1 not in paragraphs:
            continue
        end = _HONOUR_OR_END.search(ctx.text, m.end())
        for p in ctx.mentions_in("PERSON", m.end(), end.start() if end else len(ctx.text)):
            ref = EntityRef("Person", p.text)
            if ref not in known:
                main.participants.append((ref, ctx.evidence(p.start_char, p.end_char, CONFIDENCE["context"])))
                known.add(ref)
