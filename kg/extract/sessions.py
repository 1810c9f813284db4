"""Family *events*, continued: a session the main meeting holds is a part of it.

大会举行第二次全体会议，由A主持: the congress, named again by its head alone (大会, 会议:
``events/meeting_heads.txt``) as the subject of a verb of holding, holds a sitting of its
own; the sitting is no event of its own but a part of the congress, and who presides or
speaks there takes part in the congress.  A body's meeting named with its body
(市总工会第十四届委员会第一次全体会议) is another meeting, told so by its name.  So is an act
done at an occasion (授牌) told on the main event's day with nothing of its own.  Runs once the
headline's event is merged (the main event known), before the participants are read.
"""

from __future__ import annotations

import re

from kg.extract.context import ArticleContext
from kg.extract.wordlists import MEETING_HEADS, OCCASION_ACTS
from kg.lexicon import alternation_of, lexicon

# ，大会举行 right before a name: the head alone opening its clause, a verb of holding
_HOLDING = alternation_of(tuple(v for v, role in lexicon().event_verbs.items() if role == "organizer"))
_HELD_BY_HEAD = re.compile(f"(?:^|(?<=[，,。；;：:\\s]))({alternation_of(MEETING_HEADS)})(?:{_HOLDING})了?$")
# how far before a name its clause's head and verb may start
_REACH = 8


def sessions_of_main(ctx: ArticleContext) -> None:
    """Each event held by the main meeting named again by its head (大会举行第二次全体会议)
    becomes a part of the main event: its name an alias, what it says the main one's."""
    main = ctx.main_event()
    if main is None:
        return
    names = (main.ref.name, *main.aliases)
    for e in list(ctx.facts.events[1:]):
        m = _HELD_BY_HEAD.search(ctx.text, max(0, e.evidence.start - _REACH), e.evidence.start)
        if m is not None and any(m.group(1) in n for n in names):
            main.take_in(e)
            ctx.facts.events.remove(e)


def acts_of_main(ctx: ArticleContext) -> None:
    """4月27日，区领导为获命名的工作室代表授牌 (a photo's caption over the lead) beside 4月27日上午，
    …表彰大会在X举行: an act done at an occasion (occasion_acts.txt: 授牌, 颁奖) told as an event
    of its own, on the main event's day, with no place, count or organiser of its own, is done
    at the main event: one event with it."""
    main = ctx.main_event()
    if main is None or main.date is None:
        return
    for e in list(ctx.facts.events):
        if e is main or not e.core.startswith("verb:") or e.core.removeprefix("verb:") not in OCCASION_ACTS:
            continue
        if e.date is not None and e.date[0] == main.date[0] and not (e.locations or e.count or e.organizers):
            main.take_in(e)
            ctx.facts.events.remove(e)
