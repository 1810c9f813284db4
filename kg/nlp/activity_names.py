"""Names of events the lexicon's heads miss.

- A course named by a noun ending in 班 whose opening is told right after the name
  (…托管班在X开班, …兴趣班正式开班) is an event, whatever the noun before 班.  The
  lexicon's heads hold the common courses (培训班, 研修班); a post's own kind of course
  (暑托班) is read by its opening instead: 班 is no head alone, a work team (装配一班) is
  no event, and only a 班 that opens (开班) names a course.
- The manner of an activity a gathering's people do (组织女职工|健康|查体, 组织职工|免费|体检):
  the adverb right before the activity is part of its name (健康查体), not of who does it.
- A talk with the people of a place gone to (到X公司，与A当面沟通, 来到X，与职工座谈交流):
  the verb of going, its place, then 与 and who is talked with, then a verb of what two
  parties do together (meeting_verbs.txt): the talk is an event, its adverb (当面) in its name.
- Who does an activity (50名劳动模范, 职工开展) holds no verb; an act right before a noun
  it modifies (颁奖词, 授牌单位) names no event.
"""

from __future__ import annotations

import re

from kg.lexicon import alternation_of, words
from kg.nlp.stops import VISITED_PLACE
from kg.nlp.tokens import Tokens

# …班, then perhaps 在X (the venue) and an adverb of holding, then 开班
_OPENED_RE = re.compile(
    f"班(?=(?:在[^，,。；;！？!?\\n]{{2,30}}?)?(?:{alternation_of(words('events/held_adverbs.txt'))})?开班)"
)


def opened_courses(tk: Tokens) -> list[tuple[int, int]]:
    """The spans of the words ending in 班 (托管班, 班) that a course's opening follows: the
    word LAC read, with the word before a lone 班 when LAC took it for a name (暑托|班)."""
    text = tk.text
    if "开班" not in text:
        return []
    out = []
    for m in _OPENED_RE.finditer(text):
        e = m.end()
        if e not in tk.ends or text.startswith("开班", m.start() - 1):
            continue  # (not 开班 itself: 开班班会)
        i = tk.token_span_at(e - 1)[0]
        if i == e - 1 and i > 0 and tk.tag_at(i - 1) == "PER":
            i = tk.token_span_at(i - 1)[0]  # (暑托|班: no one's name before a course's 班)
        out.append((i, e))
    return out


# tags of an adverb of manner right before an activity (健康|查体, 免费|体检)
_MANNER_TAGS = ("ad", "vd")


def manner_start(tk: Tokens, a: int, b: int) -> int:
    """Where the activity after those gathered in ``[a, b)`` starts: ``b``, or the start of
    an adverb of manner ending there after a word of people (女职工|健康|查体)."""
    if b > a and tk.tag_at(b - 1) in _MANNER_TAGS:
        k = tk.token_span_at(b - 1)[0]
        if k > a:
            return k
    return b


_AT = frozenset(words("areas/place_prepositions.txt"))
_GOING = alternation_of(tuple(w for w in words("events/venue_openers.txt") if w not in _AT))
# 到X，与A当面沟通: going, the place, 与 and those talked with (no stop between), the talk
_TALK_RE = re.compile(
    f"(?:{_GOING}){VISITED_PLACE}[，,]与[^，,。；;！？!?\\n]{{1,30}}?"
    f"((?:{alternation_of(words('events/meeting_verbs.txt'))})+)"
)


def visit_talks(tk: Tokens) -> list[tuple[int, int]]:
    """The spans of the talks held at a place gone to (到X，与A当面|沟通), each with the adverb
    of manner right before it."""
    text = tk.text
    if "与" not in text:
        return []
    out = []
    for m in _TALK_RE.finditer(text):
        a, e = m.span(1)
        if a in tk.starts and e in tk.ends:
            if a > 0 and tk.tag_at(a - 1) in ("ad", "d"):
                a = tk.token_span_at(a - 1)[0]
            out.append((a, e))
    return out


def people_only(tk: Tokens, a: int, b: int, held_by: bool) -> bool:
    """Whether ``[a, b)`` names only who does an activity (50名劳动模范, 职工开展): no verb
    but a verb of holding at its end (not 共筹集慰问资金: what is done is another thing)."""
    if held_by:
        b = tk.token_span_at(b - 1)[0]
    k = a
    while k < b:
        if tk.tag_at(k).startswith("v") and tk.tag_at(k) != "vn":
            return False
        k = tk.token_span_at(k)[1]
    return True


def act_of_noun(tk: Tokens, b: int, heads_re: re.Pattern[str]) -> bool:
    """Whether the verb phrase ending at ``b`` in its act (颁奖, 授牌) is a modifier of the
    noun right after it (颁奖词, 颁奖嘉宾, 授牌单位): a noun follows that is no event's head
    (``heads_re``)."""
    if b >= len(tk.text) or b not in tk.ends or tk.tag_at(b - 1) not in ("v", "vn"):
        return False
    return tk.tag_at(b) == "n" and heads_re.match(tk.text, b) is None


# an edition in brackets right after a name's head: 亲子研学活动（第一期）, 培训班（第二批）
_BRACKETED_EDITION = re.compile(r"[（(]第?[一二三四五六七八九十百\d]+[期届批轮季][）)]")


def edition_end(text: str, e: int) -> int:
    """Where an event's name ending in its head at ``e`` ends: past an edition in brackets
    right after the head (…研学活动（第一期）), else at ``e``."""
    m = _BRACKETED_EDITION.match(text, e)
    return m.end() if m else e
