"""A short event's name held right before by its verb (召开座谈会, 开了个座谈会); a head after
the people a verb of gathering counts (组织230名劳模疗休养) is their act, not an event's name.

A head of three characters (座谈会, 读书会) names an event alone only right after a verb of
holding it: elsewhere it is a kind of event said (读书会是…).  Spoken Chinese holds one with
a plainer verb and a measure word (开了个座谈会, 办了一场讲座): the measure makes 开 and 办,
alone other words' (开发区, 举办), verbs of holding.  Read by ``kg.nlp.events`` (what is an
event) and ``kg.extract.events`` (which short names are events held).
"""

from __future__ import annotations

import re

from kg.lexicon import alternation_of, words
from kg.nlp.tokens import Tokens

# 开了个座谈会: verbs of holding in speech, with a measure word only, and that word
_SPOKEN_HOLDING = words("events/spoken_holding_verbs.txt")
_MEASURE = "一?[个场次]"
# 开了个 / 办了一场: a spoken verb of holding and its measure word, whose subject holds the
# event named right after (市总工会在X开了个座谈会)
SPOKEN_HELD = re.compile(f"({alternation_of(_SPOKEN_HOLDING)})了?{_MEASURE}")
# 区总工会办的联谊会: a spoken verb of holding with 的, right before the event it holds
SPOKEN_HELD_BY = re.compile(f"(?:{alternation_of(_SPOKEN_HOLDING)})的$")
# how far before a head its verb may start (召开了一场: five characters)
HELD_REACH = 6
# 组织230名劳模疗休养: a verb of gathering (gathering_verbs.txt) and the number of people it
# gathers, right before a name's words: they are who do the activity
_COUNTED = re.compile(
    f"(?:{alternation_of(words('events/gathering_verbs.txt'))})[^，,。；;！？!?]{{0,4}}?"
    "[\\d一二三四五六七八九十百千万]+[余多]?[名位]$"
)


def counted_before(text: str, a: int) -> bool:
    """Does a verb of gathering and a count of people end right at ``a`` (组织230名|劳模疗休养)?
    Then what follows is those people and their activity, a plan or a tally (计划分5批组织230名
    劳模疗休养), not the name of one event held."""
    return _COUNTED.search(text, max(0, a - 16), a) is not None


def held_right_before(verbs: list[str] | tuple[str, ...]) -> re.Pattern[str]:
    """召开座谈会, 举办了读书会, 开了个座谈会, 召开了一场座谈会: a verb of ``verbs`` right before an
    event's head, or one of them or a spoken one (``_SPOKEN_HOLDING``) and a measure word."""
    spoken = alternation_of((*verbs, *_SPOKEN_HOLDING))
    return re.compile(f"(?:(?:{alternation_of(verbs)})了?|(?:{spoken})了?{_MEASURE})$")


# 开展走访致敬劳动模范活动: a verb of holding an activity (holding_verbs.txt), then its object to
# the head, the activity's own verbs and modifiers among its words (走访致敬, 关爱帮扶困难职工)
_HOLDING = frozenset(words("events/holding_verbs.txt"))
_OBJECT_TAGS = frozenset(("v", "vn", "a", "ad", "an", "n", "nz"))
# how many words of the object may stand between the verb of holding and where a name's walk stopped
_OBJECT_WORDS = 4


def held_object_start(tk: Tokens, k: int, outside: frozenset[str]) -> int:
    """Where the object of a verb of holding starts when a name's walk left stopped at ``k`` on
    a verb or modifier (开展走访致敬|劳动模范活动, 举办传承弘扬|工匠精神主题活动): the whole
    object is the activity's name.  ``k`` itself when no verb of holding stands that near, or a
    word of ``outside`` (verbs governing events, function words) comes between."""
    if k == 0 or tk.tag_at(k - 1) not in ("v", "a", "ad"):
        return k
    a = k
    for _ in range(_OBJECT_WORDS):
        s, _e = tk.token_span_at(a - 1)
        word = tk.text[s:a]
        if word == "了" and s > 0:
            s, _e = tk.token_span_at(s - 1)
            word = tk.text[s : a - 1]
        if word in _HOLDING:
            return a
        if word in outside or tk.tag_at(s) not in _OBJECT_TAGS or s == 0:
            return k
        a = s
    return k
