"""Family *participants*, continued: acts after a person's name that put the person at the
event, read past a bracketed note on the photo or the person (（右二）, （原…主席）):

- A接过奖牌 / A上台领取荣誉证书: receiving a thing handed over there (not 接过前任的工作:
  no thing handed over);
- A与B在比赛间隙看望参赛职工 / A在赛场边慰问…: visiting others at a place or moment of the
  event, said by 在… (not 曾多次看望: a habit told in passing);
- 律师A围绕X等问题解答咨询: a service done on a topic (not 围绕X撰写报告: no service).

Read by ``kg.extract.participants`` for each person; patterns compiled once.  Also here:
an act joined by 并 to a verb of attending (A出席并为困难职工发放慰问金) is done at the
event attended, no event of its own (``act_at_attended``, read by the events family); those
a leader takes along (A带领B、C，来到…) go with the party (``led_along``).
"""

from __future__ import annotations

import re

from kg.extract.wordlists import LEADING_VERBS, RECEIVED_THINGS, RECEIVING_VERBS, SERVING_VERBS, VISIT_VERBS
from kg.lexicon import alternation_of
from kg.model.facts import EventFact

# a bracketed note right after a name: where the person stands in the photo, a former post
_NOTE = re.compile(r"[（(][^（）()\n]{1,20}[）)]")
_CLAUSE = "[^，,。；;！？!?\n]"
_RECEIVES = re.compile(
    f"(?:同志)?(?:上台|上前)?(?:{alternation_of(RECEIVING_VERBS)})了?{_CLAUSE}{{0,6}}?(?:{alternation_of(RECEIVED_THINGS)})"
)
_VISITS_AT = re.compile(f"(?:同志)?在{_CLAUSE}{{1,12}}?(?:{alternation_of(VISIT_VERBS)})")
# A带领B、C，来到…: a verb of leading, then the titles of those taken along, in the clause
_LED_ALONG = re.compile(f"(?:{alternation_of(LEADING_VERBS)})[^，,。；;！？!?“”]{{0,30}}$")
# 出席并为…, 莅临并…: a verb of attending joined to the act that follows
_ATTENDED_AND = re.compile(r"(?:出席|参加|莅临|到会|到场)(?:活动|仪式|会议)?并[^，,。；;！？!?]{0,24}$")
_SERVES_ON = re.compile(f"(?:同志)?(?:就|围绕){_CLAUSE}{{1,24}}?(?:{alternation_of(SERVING_VERBS)})")


def note_end(text: str, end: int) -> int:
    """Where the words about a person go on: past a bracketed note right after the name."""
    m = _NOTE.match(text, end)
    return m.end() if m else end


def acts_at_event(text: str, end: int, sb: int) -> bool:
    """Whether the words after a name ending at ``end`` (up to ``sb``, the sentence's end)
    receive, visit at the scene, or serve on a topic: the person is at the event."""
    at = note_end(text, end)
    return any(r.match(text, at, sb) for r in (_RECEIVES, _VISITS_AT, _SERVES_ON))


def act_at_attended(text: str, start: int, sa: int) -> bool:
    """Whether the verb phrase at ``start`` (its sentence from ``sa``) is joined by 并 to a
    verb of attending right before it: done at the event attended (出席并为…发放慰问金)."""
    return _ATTENDED_AND.search(text, max(sa, start - 30), start) is not None


def led_along(text: str, start: int) -> bool:
    """Whether the person named at ``start`` is one a leader takes along (A带领B、C，来到…:
    B and C, after the verb of leading in its clause): they go with the party."""
    return _LED_ALONG.search(text, max(0, start - 32), start) is not None


# 开展“送清凉”慰问活动，为120余名建筑工人送去…: the activity's name, then, in the next clause,
# those it is for and the bringing (the clause of 为 alone between them)
_FOR_WHOM = re.compile(f"[，,]为{_CLAUSE}{{1,30}}?$")
_REACH = 80  # (the name and the clause of 为 together)


def activity_of_bringing(text: str, f: EventFact, named: list[EventFact]) -> EventFact | None:
    """The event of ``named`` (in the text's order) whose act the bringing ``f`` is: the one
    named right before it, only the clause of those it is for between (开展“送清凉”慰问活动，
    为…送去防暑降温物品: one activity, not a stop of its own; the places it read are the
    activity's, said once); None when none is."""
    for m in reversed(named):
        for name in (m.ref.name, *m.aliases):
            b = text.rfind(name, max(0, f.evidence.start - _REACH), f.evidence.start)
            if b >= 0 and _FOR_WHOM.match(text, b + len(name), f.evidence.start):
                f.locations = [x for x in f.locations if x[0] not in {r for r, _ in m.locations}]
                return m
    return None
