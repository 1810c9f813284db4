"""A short-video post's page: its title line, its subtitle track, its account's card.

A video platform's page (视频号, 抖音, B站) prints the post's title as the first line of
its text with the platform's topics after it (某某托管班开班啦 #暑期托管# #某某工会#), then a
line of description and the date line; under the video, maybe, the subtitle track:
a heading (字幕　自动生成字幕（仅供参考）) and the spoken lines, each after its cue time
(00:12　今天上午…), the voice-over's sign-off last (记者 X 某地报道).  Above it all stands the
account's card: its name with the platform's verified mark and what it is (某某工会　✔
某某区总工会官方账号), its counts under it.

The title line, however it is punctuated (a ！ between two phrases, a comma), is the
post's headline: the hashtags after it say it is the post's caption, no sentence of a
text.  The cue times are the player's, not the words': cut, so that the sign-off reads
as one and no time is taken for the text's.  The heading and the card are furniture
(:func:`kg.ingest.genre_furniture.genre_line`).
"""

from __future__ import annotations

import functools
import re

from kg.ingest.document import Block
from kg.ingest.shapes import is_prose, post_title
from kg.lexicon import entries

_CUE = re.compile(r"^\s*(?:\[\s*)?(\d{1,2}):(\d{2})(?::(\d{2}))?(?:\s*\])?[\s\u3000]+(?=[^\s\d—–\-~～至])")
_CUES_MIN = 3  # a run of cue lines: one or two timed lines are an agenda's, a post's clock
_NOTE = re.compile(r"[（(][^（）()]{1,12}[)）]$")
_VERIFIED = re.compile(r"^@?[^\s，,。：:！？；]{2,20}\s+[✔✓☑√]\s*[^\s，,。！？；]{0,30}$")


def _seconds(m: re.Match[str]) -> int:
    a, b, c = (int(g) if g else 0 for g in m.groups())
    return (a * 60 + b) * 60 + c if m.group(3) else a * 60 + b


def without_cues(blocks: list[Block]) -> list[Block]:
    """The lines of a subtitle track without their cue times (00:12　text → text): a run
    of three lines or more, one straight under the other, each opened by its time, the
    times rising and the first within the video's first minute; or any run under the
    track's heading.  An agenda's times (09:00 开幕式) start later in the day, and have no heading."""
    if not any(":" in b.text.text[:9] for b in blocks):
        return blocks
    cues = [_CUE.match(b.text.text) if ":" in b.text.text[:9] else None for b in blocks]
    out = list(blocks)
    i = 0
    while i < len(blocks):
        j = i
        while j < len(blocks) and cues[j] is not None and (j == i or (not blocks[j].gap and _rises(cues, j))):
            j += 1
        first = cues[i]
        headed = i > 0 and transcript_head(blocks[i - 1].text.text)
        if first is not None and ((j - i >= _CUES_MIN and _seconds(first) < 60) or (headed and j > i)):
            for k in range(i, j):
                m = cues[k]
                assert m is not None
                out[k] = Block(blocks[k].text[m.end() :], blocks[k].level, blocks[k].gap)
        i = max(j, i + 1)
    return out


def _rises(cues: list[re.Match[str] | None], j: int) -> bool:
    a, b = cues[j - 1], cues[j]
    return a is not None and b is not None and _seconds(b) >= _seconds(a)


@functools.cache
def _heads() -> frozenset[str]:
    return frozenset(entries("pages/transcript_heads.txt"))


def transcript_head(line: str) -> bool:
    """字幕　自动生成字幕（仅供参考）, 视频文字稿: the heading of a subtitle track, its words
    (a script's label may open it) and maybe a note in brackets; one of its words names
    the track."""
    t = _NOTE.sub("", line.strip())
    if len(t) > 20 or not t:
        return False
    words = t.split()
    return any(w in _heads() for w in words) and all(
        w in _heads() or w in entries("pages/script_labels.txt") for w in words
    )


def verified_account(line: str) -> bool:
    """某某工会　✔ 某某区总工会官方账号: an account's name, the platform's verified mark and
    what the account is; the card of whose page it is, no news."""
    return _VERIFIED.match(line.strip()) is not None


def tagged_title(blocks: list[Block], tagged: set[int]) -> bool:
    """Whether the page's first line is a post's title: its hashtags were cut from it
    (``tagged``, the ids of such lines' texts), it reads as a post's headline does (no full
    stop, a ！ or a comma between phrases allowed) and a sentence of text follows it."""
    if len(blocks) < 2 or blocks[0].level is not None or id(blocks[0].text) not in tagged:
        return False
    return post_title(blocks[0].text.text) and is_prose(blocks[1].text.text)
