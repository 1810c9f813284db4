"""An event's name that names no new event: the article's own event named again, or what
an event decided.

Kept apart from kg.extract.events, which reads the events an article names: these two
tests tell it when a name found is not one to add — 此次… / 本次… / 这次… right before it
(the article's own event, named again: :func:`names_this_event`), or 落实…代表大会精神 after
it (what that event decided: :func:`decided_by`).
"""

from __future__ import annotations

import re

from spacy.tokens import Span

from kg.extract.context import ArticleContext
from kg.extract.wordlists import CARRY_OUT_VERBS, SPIRIT_WORDS, THEME_WORDS, THIS_EVENT_WORDS
from kg.lexicon import alternation_of, words

# 此次… / 本次… / 这次…, perhaps with a few words of the name between (此次健康市集活动,
# 此次北京职工国家安全教育活动): the article's own event named again
_THIS_EVENT_RE = re.compile(f'(?:{alternation_of(THIS_EVENT_WORDS)})[^，,。；;：:、！？!?\\s“”"]{{0,10}}$')
# 这场以“…”为主题的…: the article's own event named again after a theme
_THIS_THEMED_RE = re.compile(
    f"(?:{alternation_of(THIS_EVENT_WORDS)})以(?:“[^”]{{1,60}}”|[^，,。；;“]){{1,60}}?为(?:{alternation_of(THEME_WORDS)})的$"
)
# LAC tags of the words that may stand inside an event's name: nouns, names, adjectives
_NAME_WORD_TAGS = frozenset({"n", "nz", "nw", "vn", "an", "a", "b", "j", "s", "f", "ns", "nt", "LOC", "ORG"})
_SPIRIT = alternation_of(SPIRIT_WORDS)
# the nouns right after a name, or after a second name joined to it by 和/及/与/、
_SPIRIT_RE = re.compile(f"(?:(?:和|及|与|以及|、)[^，,。；;！？!?\n]{{2,30}}?)?(?:{_SPIRIT})")
_CARRY_OUT_RE = re.compile(f"(?:{alternation_of(CARRY_OUT_VERBS)})[^，,。；;！？!?\n]{{0,60}}$")
# 经X会议选举，A接任… / 经X常委会研究决定: the meeting named as the authority of a decision
_DECIDING = alternation_of((*words("events/deciding_verbs.txt"), *words("posts/electing_verbs.txt")))
_BY_AUTHORITY_RE = re.compile(f"(?:{_DECIDING})")


def decided_by(ctx: ArticleContext, s: Span, sa: int) -> bool:
    """落实…代表大会精神 / 贯彻…会议部署: the name stands for what the event decided."""
    if not _SPIRIT_RE.match(ctx.text, s.end_char):
        return False
    return _CARRY_OUT_RE.search(ctx.text, sa, s.start_char) is not None


def authority_of(ctx: ArticleContext, s: Span) -> bool:
    """经第十届理事会第六次会议选举，A接任主任 / 经常委会研究决定: 经 right before the name
    and a verb of deciding right after it — the meeting is named for what it decided (the
    caller keeps it when its sentence gives it a day, a place or a count of its own)."""
    return ctx.text.endswith("经", 0, s.start_char) and _BY_AUTHORITY_RE.match(ctx.text, s.end_char) is not None


def names_this_event(ctx: ArticleContext, start: int, sa: int) -> bool:
    """此次… / 本次… / 这次… right before the name, or with a few more of its words
    between (此次健康市集活动): the article's own event named again.  Not when a verb
    stands between (本次比赛作为全国…系列活动: the series is another thing)."""
    m = _THIS_EVENT_RE.search(ctx.text, max(sa, start - 12), start)
    if m is None:
        # 这场以“…”为主题的消费帮扶活动: the theme between says what the event was about
        t = _THIS_THEMED_RE.search(ctx.text, max(sa, start - 80), start)
        return t is not None
    between = ctx.doc.char_span(m.start() + 2, start, alignment_mode="expand")
    return between is None or all(t.tag_ in _NAME_WORD_TAGS for t in between)
