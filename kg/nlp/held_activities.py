"""Events named by an activity that a verb holds, a party goes to do, or a leader leads.

Many events have no name with a head (…大会, …活动): the text says what was done.  The
activity is the event when a verb of holding governs it (进行了座谈, 开展防暑降温专项检查,
开展“五一”劳模慰问), when a verb of going and the place come before it (走进X，慰问…,
来到X调研, 深入X开展督查), when a talk is held at a place gone to (到X，与A当面沟通:
kg.nlp.activity_names), or when a verb of leading a party comes before it (带队走访了X镇,
带领工作人员慰问…).  An activity before a noun modifies the noun (慰问资金), unless it
follows a visit or a gathering, where a verb before its object is the act.  Read for
kg.nlp.events from the word lists in ``kg/data/lexicon/events``.
"""

from __future__ import annotations

import re

from kg.lexicon import alternation_of, words
from kg.nlp.activity_names import manner_start, people_only, visit_talks
from kg.nlp.found import Found
from kg.nlp.stops import VISITED_PLACE
from kg.nlp.tokens import Tokens

# 进行了座谈, 开展防暑降温专项检查, 开展“五一”劳模慰问: a verb of holding, then a few words
# (a quoted title among them) ending in an activity
_ACTIVITY_WORDS = alternation_of(words("events/activity_words.txt"))
HOLDING_VERBS = words("events/holding_verbs.txt")
_ACTIVITY_RE = re.compile(
    f'({alternation_of(HOLDING_VERBS)})了?(([^，,。；;：:、！？!?\\s"（）()]{{0,10}}?)(?:{_ACTIVITY_WORDS}))'
)
# 组织50名劳模参观游览: a verb of holding whose object may be who does the activity
_GATHERING = frozenset(words("events/gathering_verbs.txt"))

# 走进X，慰问…, 来到X调研, 深入X开展督查: a verb of going to a place (venue_openers.txt, not the
# prepositions 在/于: 在安全检查中), the place, then an activity held there, the event
_AT = frozenset(words("areas/place_prepositions.txt"))
_GOING = alternation_of(tuple(w for w in words("events/venue_openers.txt") if w not in _AT))
_VISIT_RE = re.compile(f"({_GOING}){VISITED_PLACE}[，,]?(?:开展|进行)?了?({_ACTIVITY_WORDS})")

# 带队走访了X镇, 带领工作人员慰问…: a verb of leading a party (leading_verbs.txt), perhaps
# with those led, then the activity the party does, the event
_LED_RE = re.compile(
    f"(?:{alternation_of(words('events/leading_verbs.txt'))})"
    f'([^，,。；;：:、！？!?\\s“”"（）()]{{0,8}}?)({_ACTIVITY_WORDS})'
)


def held_activities(tk: Tokens) -> list[Found]:
    """The activities of ``tk`` held, gone to or led (label EVENT, kind ``verb``)."""
    text = tk.text
    out: list[Found] = []
    held: dict[tuple[int, int], bool] = {}
    for m in _ACTIVITY_RE.finditer(text):
        # (组织50名劳模参观游览, 组织职工开展走访慰问: who does it stands between, the
        # activity a verb of theirs; the event is the activity; not 组织专项检查, a noun
        # and its modifier)
        between = m.group(3)
        held_by = between.endswith(HOLDING_VERBS)
        verb = tk.tag_at(m.end(3)) == "v" or held_by
        gathered = m.group(1) in _GATHERING and between and verb and people_only(tk, m.start(3), m.end(3), held_by)
        a = manner_start(tk, m.start(3), m.end(3)) if gathered else m.start(2)
        if held_by and not gathered:
            a = m.end(3)  # 就…开展情况|进行|调研: the verb nearest the activity holds it, alone
        held[(a, m.end(2))] = bool(gathered)  # (a verb before its object: 参观游览神农城)
    for m in _VISIT_RE.finditer(text):
        if m.start() in tk.starts and m.end(1) in tk.ends:  # (来 a word: not 以来, 来自)
            held.setdefault(m.span(2), True)
    held.update((span, True) for span in visit_talks(tk) if span not in held)  # 到X，与A当面沟通
    for m in _LED_RE.finditer(text):
        if m.start() in tk.starts and people_only(tk, m.start(1), m.end(1), False):
            held.setdefault(m.span(2), True)
    for (a, e), visit in sorted(held.items()):
        # …慰问资金, 三个慰问组: an activity before a noun is no event; after a visit or
        # a gathering, a verb before its object is (走进X，慰问高温下坚守岗位的职工,
        # 来X调研指导工作, 组织劳模参观游览X)
        before_noun = tk.tag_at(e) in ("n", "vn") and not (visit and tk.tag_at(e - 1) in ("v", "vn"))
        if a in tk.starts and (e == len(text) or (e in tk.ends and not before_noun)):
            out.append(Found(a, e, "EVENT", "verb"))
    return out
