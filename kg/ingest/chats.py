"""A chat group's exported history (微信群聊记录导出, a QQ group's saved messages).

Each message opens with a head line, its date, clock and the sender's display name
(``2027-10-27 09:05:33 【镇工会】某某``), the message's lines under it.  Most messages are
chat (收到, 1, [图片]): no article's headline, whatever their shape, and read as the
page's text all the same (the names in them are news: who won, who was there).  A
message that pastes a titled text (a 群公告 notice, a news item forwarded whole) holds
an article: its first line under the labels ([群公告], @所有人) is the headline when
prose follows it in the same message, and its closing credit is that article's.
Left to the splitter, each short message heads an article of its own and the heads
read as headlines; the PDF-break repair would join one message to the next.
"""

from __future__ import annotations

import itertools
import re

from kg.ingest.document import Block
from kg.ingest.segments import Segment
from kg.ingest.shapes import is_prose, title_like

# a message's head: date, clock, then the sender's display name (the export may glue it on)
_HEAD = re.compile(
    r"^\s*(?:19|20)\d{2}[-/.]\d{1,2}[-/.]\d{1,2}\s+\d{1,2}:\d{2}(?::\d{2})?(?:\s*[^\s。！？，,][^。！？]{0,30})?\s*$"
)
# a message's label over its text: a bracketed tag ([群公告]) or mentions alone (@所有人)
_LABEL = re.compile(r"^\s*(?:[\[【][^\[\]【】]{2,6}[\]】]|(?:@\S{1,16}\s*)+)\s*$")
# a media placeholder before what it shows ([链接] 某某｜标题, [文件] 名单.pdf, [位置] 某广场): a
# shared link's title is no text of the page
_PLACEHOLDER = re.compile(r"^\s*[\[【][^\[\]【】]{1,4}[\]】]\s*\S")
_MIN_HEADS = 5  # a page of fewer dated lines is no chat (a site's date lines, a post's)


def chat_heads(blocks: list[Block]) -> list[int]:
    """The indices of the message heads, when the page is a chat's history (five heads
    at least), else none."""
    heads = [i for i, b in enumerate(blocks) if _HEAD.match(b.text.text)]
    return heads if len(heads) >= _MIN_HEADS else []


def chat_segments(blocks: list[Block], heads: list[int]) -> list[Segment]:
    """The articles of a chat's history: each titled message one (its head and labels
    left out), the other messages with their heads in headless stretches between them
    (the export's own header before the first message too)."""
    segments: list[Segment] = []
    chat: Segment | None = None
    if heads[0] > 0:
        chat = Segment(body=blocks[: heads[0]])
        segments.append(chat)
    for a, b in itertools.pairwise([*heads, len(blocks)]):
        message = blocks[a + 1 : b]
        k = 0
        while k < len(message) and _LABEL.match(message[k].text.text):
            k += 1
        rest = message[k + 1 :]
        titled = k < len(message) and title_like(message[k].text.text) and not _PLACEHOLDER.match(message[k].text.text)
        if titled and any(is_prose(x.text.text) for x in rest):
            segments.append(Segment(headline=message[k], body=rest))
            chat = None
            continue
        if chat is None:
            chat = Segment()
            segments.append(chat)
        chat.body.extend(blocks[a:b])
    return segments
