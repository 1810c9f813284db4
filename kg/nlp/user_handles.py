"""A user's handle on a platform (@江城小李, 网友@海边小鱼儿说：) names no person: the words
after an ``@`` up to the next mark or space are the handle a user chose, however much of
it looks like a name (小李, 小鱼儿).  Comment sections, 留言 and reposts on union pages
quote such users; the corpus Conventions leave nicknames out of the graph.

A comment section prints each commenter's screen name on a line of its own before the
label of their region (平原老张　IP属地：河北, ``people/commenter_marks.txt``): the words
on that line before the label are a handle too, with or without an @.  A chat export
prints each message under a head line of its time and the sender's screen name
(2028-04-22 10:05:55　江城老王): a name there that the screen name runs on past (江城|老王:
a place and a nickname; a bot's 小助（群助手）) or that is glued to a word before it (老|王头)
is part of the handle; a name that ends the screen name, set off from what comes before
(镇工会-王芳, 【镇工会】王芳), still names its person.

A name the text says it made up, quoted or a pet name (“小林”（化名）, 阿芳（化名）), stands for
someone left unnamed: no person.
"""

from __future__ import annotations

import functools
import re

from kg.lexicon import alternation, words
from kg.nlp.found import Found
from kg.nlp.text import is_han

# a handle runs from its @ to the first mark, bracket or space (a colon or a comma ends it)
_HANDLE = re.compile(r"[@＠][^\s　、，,。：:；;！!？?（()）【】“”\"'《》]{1,20}")


@functools.cache
def _screen_name_line() -> re.Pattern[str]:
    """A comment's head line: the screen name (a run with no space), maybe a date or a
    time, then a commenter's mark (平原老张　06-19　IP属地：河北)."""
    marks = alternation("people/commenter_marks.txt")
    return re.compile(rf"(?m)^[ \t　]*(?P<name>[^\s　]{{1,20}})[ \t　]+(?:[\d:：/.-]+[ \t　]+)*(?:{marks})")


# a chat message's head line: its date and time, then the sender's screen name to the line's end
_SENDER_LINE = re.compile(
    r"(?m)^[ \t　]*\d{4}-\d\d-\d\d[ \t　]+\d\d?:\d\d(?::\d\d)?[ \t　]+(?P<name>[^\s　]{2,20})[ \t　]*$"
)


@functools.cache
def _made_up() -> re.Pattern[str]:
    """A note after a name that says the name is made up: （化名）, （均为化名）; the group
    ``q`` holds the quote that closes a quoted name before it."""
    return re.compile(rf"(?P<q>[”\"’']?)[（(](?:{alternation('people/pseudonym_notes.txt')})[，,。）)]")


@functools.cache
def _pet_prefixes() -> tuple[str, ...]:
    return tuple(words("people/nickname_prefixes.txt"))


def _made_up_name(text: str, p: Found) -> bool:
    """Is ``p`` a name the page made up: marked （化名） and quoted (“阿浪”（化名）) or a pet
    name (阿芳（化名）)?  A full name so marked (李建新（化名）) is kept: it stands for one
    person throughout, as a name does."""
    m = _made_up().match(text, p.end)
    return m is not None and (bool(m["q"]) or (p.end - p.start == 2 and text.startswith(_pet_prefixes(), p.start)))


def _glued(text: str, p: Found, a: int, b: int) -> bool:
    """Is the name ``p`` glued to more of the screen name ``[a, b)`` before it (老|王头), or
    does the screen name run on past it (江城|老王, 小助（群助手）)?"""
    return (p.start > a and is_han(text[p.start - 1])) or p.end < b


def off_handles(text: str, people: list[Found]) -> list[Found]:
    """``people`` without the names that start inside a user's handle or screen name, the
    names a sender's screen name runs on past, and made-up names."""
    handles = [(m.start(), m.end()) for m in _HANDLE.finditer(text)] if "@" in text or "＠" in text else []
    handles += [(m.start("name") - 1, m.end("name")) for m in _screen_name_line().finditer(text)]
    senders = [m.span("name") for m in _SENDER_LINE.finditer(text)]
    return [
        p
        for p in people
        if not any(a < p.start < b for a, b in handles)
        and not any(a <= p.start < b and _glued(text, p, a, b) for a, b in senders)
        and not _made_up_name(text, p)
    ]
