"""A platform account's page: the account's lines between the headline and the text.

A news app or portal that hosts accounts (a 政务号 of a county's media centre, a union's
号 on a national app) prints under the headline the account's name, its channel label
(某某号·政务: the platform's name ending in 号, a dot, the channel), what the account is
(某某融媒体中心官方账号), how long it has been there (已入驻某某号 1126 天), an originality
mark (原创) glued to them when the page's spans run together (原创某某工会某某号·政务),
and the date line closed by a follow button (2028-04-27 09:36　发布于青海　[ ＋关注 ]).
None of it is the headline or the text: left in, the account's line or the date line
stands over the lead as its headline.  The account's name and what it is say whose
page it is (the page's furniture); the date line is a meta line once its button is off.
"""

from __future__ import annotations

import functools
import re

from kg.lexicon import alternation
from kg.lexicon.chars import HAN

# a platform's channel: its name ending in 号 (国声号, 澎湃号), a dot, the channel (政务, 湃客)
_CHANNEL = rf"[{HAN}]{{2}}号\s*[·•・]\s*[{HAN}]{{2,4}}"
# what the account is (某某融媒体中心官方账号); how long it has been on the platform
_OWNER = re.compile(r"[^\s｜|]{2,30}(?:官方账号|官方帐号|官方号)")
_TENURE = re.compile(r"已入驻\s*[^\s｜|]{0,8}\s*\d+\s*天")
# the fields of the account's line, parted by bars
_BAR = re.compile(r"\s*[｜|]\s*")
# a follow or subscribe button closing a line ([ ＋关注 ], + 订阅, 【关注】)
_BUTTON = re.compile(r"\s+[\[【]?\s*[＋+]?\s*(?:已)?(?:关注|订阅)\s*[\]】]?\s*$")


@functools.cache
def _marked_channel() -> re.Pattern[str]:
    """原创某某工会某某号·政务: a mark, the account's name and the channel, maybe run together."""
    marks = alternation("pages/post_labels.txt")
    return re.compile(rf"^\s*(?:(?:{marks})\s*)?(?P<name>[^\s｜|，,。：:]{{0,16}})\s*(?P<channel>{_CHANNEL})\s*$")


def channel_line(line: str) -> list[str] | None:
    """The account's line: bar-parted fields, one the channel label (国声号 · 政务　｜　某某融媒体
    中心官方账号　｜　已入驻国声号 1126 天), the others what the account is; or the channel after
    an originality mark and the account's name (原创某某工会某某号·政务).  What of it says
    whose page it is (the account's name, what it is), or None: no such line."""
    fields = [f for f in _BAR.split(line.strip()) if f]
    if not fields or len(fields) > 4:
        return None
    owners: list[str] = []
    channel = False
    for f in fields:
        if (m := _marked_channel().match(f)) is not None:
            channel = True
            owners += [m["name"]] if m["name"] else []
        elif _OWNER.fullmatch(f) is not None:
            owners.append(f)
        elif _TENURE.fullmatch(f) is None:
            return None
    return owners if channel else None


def without_button(line: str) -> str:
    """The line without the follow button closing it (a date line's [ ＋关注 ])."""
    return _BUTTON.sub("", line)
