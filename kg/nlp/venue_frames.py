"""The sentence frames that say where an event is held (在X举办, 赴A、B开展, 主会场设在X), or
where its party sets off from (从X出发).

A venue whose head is too common to name one elsewhere (中心, 会议室, 村) is a venue
when the sentence frames it as the event's place: an opener (在, 赴, 于), the venue with
no punctuation, quote or 的 inside, then a verb of holding.  The frames are read here,
from the word lists in ``kg/data/lexicon/events`` and ``kg/data/lexicon/areas``; what
stands in a frame is judged a venue by kg.nlp.venues (``VenueFinder.framed``).
"""

from __future__ import annotations

import re

from kg.lexicon import alternation_of, words
from kg.nlp import venue_rooms

# 在X举办 / 赴X开展: X, with no punctuation, quote or 的 inside, where the event is held;
# nor 在, which opens a later place (于3月5日在X举办)
# (up to 30 characters: a company's full name and its project, 在X有限公司Y项目现场举行)
FRAME_RE = re.compile(
    "(?:{})(?P<x>[^，,。；;、“”‘’（）()《》\\s的在]{{3,30}}?)(?:{})?(?:{})".format(
        alternation_of(words("events/venue_openers.txt")),
        alternation_of(words("events/held_adverbs.txt")),
        alternation_of(words("events/venue_verbs.txt")),
    )
)

# 在人民路街道的某分拨中心举办: an area and 的 between the opener and the venue
FRAME_OF_AREA_RE = re.compile(
    "(?:{})[^，,。；;、“”‘’（）()《》\\s的在]{{2,16}}?(?:{})的(?P<x>[^，,。；;、“”‘’（）()《》\\s的在]{{3,30}}?)(?:{})?(?:{})".format(
        alternation_of(words("events/venue_openers.txt")),
        alternation_of(words("areas/area_stem_endings.txt")),
        alternation_of(words("events/held_adverbs.txt")),
        alternation_of(words("events/venue_verbs.txt")),
    )
)

# 赴A、B开展: a list of venues between the opener and the verb, split at 、
_ITEM = "[^，,。；;、“”‘’（）()《》\\s的在]{3,30}?"
FRAME_LIST_RE = re.compile(
    "(?:{})(?P<x>{}(?:、{})+)(?:{})?(?:{})".format(
        alternation_of(words("events/venue_openers.txt")),
        _ITEM,
        _ITEM,
        alternation_of(words("events/held_adverbs.txt")),
        alternation_of(words("events/venue_verbs.txt")),
    )
)
_LIST_MARK = re.compile("、")
# 主会场设在X、分会场设在Y: a venue after 设在, running to the next mark
FRAME_SET_RE = re.compile(
    "(?:{})(?:{})(?P<x>[^，,。；;、“”‘’（）()《》\\s的在]{{3,30}}?)(?=[，,。；;、）)\\s]|$)".format(
        alternation_of(words("events/venue_ground_words.txt")),
        alternation_of(words("events/venue_setting.txt")),
    )
)

# 从某站出发: the station a party leaves from, framed by 从 and a verb of setting off (a body
# it drives out of, 从某中心驶出, is the body's: only a station's name is read so); what stands
# there is judged as a framed venue is (its head, a proper word)
_STATION = "站"
FRAME_FROM_RE = re.compile(
    "从(?P<x>[^，,。；;、“”‘’（）()《》\\s的在从]{{2,19}}?{})(?:{})".format(
        _STATION, alternation_of(words("events/departure_verbs.txt"))
    )
)


def framed_spans(text: str) -> list[tuple[int, int]]:
    """The spans of ``text`` its frames set as an event's place, in the order of the frames
    (a floor's frame too, 在某站三楼，: kg.nlp.venue_rooms)."""
    spans = [m.span("x") for m in FRAME_RE.finditer(text)]
    spans += [m.span("x") for m in FRAME_SET_RE.finditer(text)]
    spans += [m.span("x") for m in FRAME_FROM_RE.finditer(text)]
    spans += [m.span("x") for m in FRAME_OF_AREA_RE.finditer(text)] + venue_rooms.floor_framed(text)  # 在某站三楼，
    # 赴A社区、B社区开展: each venue of a list framed as one
    for m in FRAME_LIST_RE.finditer(text):
        a = m.start("x")
        for item in _LIST_MARK.split(m.group("x")):
            spans.append((a, a + len(item)))
            a += len(item) + 1
    return spans
