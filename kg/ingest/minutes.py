"""A meeting's recording transcribed by an app (智能纪要, 录制转写): one article, no headline.

A video-meeting app exports a meeting as its name, the app's disclaimer, fields (会议主题,
会议时间, 会议号, 参会人), an AI summary and the transcript: each turn a head line, the
speaker's display name and the time into the recording set off by spaces
(``某某（县总）  00:01:15``), what was said under it.  Read as a page, the meeting's name
is taken for a headline and the summary's points and the turn heads for more, though no
one published it under a title: the name is the meeting's own, repeated as a field.

So three or more turn heads make the page a transcript: one article under no headline,
all its lines its text (the display names give the speakers' names as written).  It is
dated by the meeting, the first date of its header's fields (会议时间 comes before the
export's 导出时间): what is said (上周, 四月十二号) was said that day.
"""

from __future__ import annotations

import re

from kg.ingest.dates import DATE_PATTERN, parse_date
from kg.ingest.document import Document
from kg.ingest.shapes import is_prose
from kg.lexicon.chars import HAN

# a turn's head line: a display name (no sentence, no date), a gap, the time into the
# recording to the second (a chat's head opens with its date instead; a programme's
# 抵达黄山 14:30 tells the clock, no recording)
TURN_HEAD = re.compile(
    r"(?m)^[ \t\u3000]*(?P<who>[^\s\d，。！？：:][^，。！？：:\n]{0,24}?)[ \t\u3000]+\d{1,2}:\d{2}:\d{2}[ \t\u3000]*$"
)
_TURNS_MIN = 3
# a header's field: a short label, maybe its count (参会人（9）：), a colon
_FIELD = re.compile(rf"^\s*[{HAN}]{{2,6}}(?:[（(]\d+[)）])?\s*[:：]")
_DATE = re.compile(DATE_PATTERN)


def transcript_turns(lines: list[str]) -> list[int]:
    """The indexes of a transcript's turn heads: none when fewer than three."""
    turns = [i for i, t in enumerate(lines) if TURN_HEAD.match(t)]
    return turns if len(turns) >= _TURNS_MIN else []


def read_minutes(doc: Document) -> None:
    """When the document is an app's transcript of a meeting, make it one untitled article."""
    if doc.one_article or doc.title is not None:
        return
    turns = transcript_turns([b.text.text for b in doc.blocks])
    if not turns:
        return
    doc.one_article = doc.untitled = True
    doc.repair = False
    top = next((i for i, b in enumerate(doc.blocks) if is_prose(b.text.text)), turns[0])
    fields = [b.text.text for b in doc.blocks[: min(top, turns[0])] if _FIELD.match(b.text.text)]
    dated = next((m for t in fields if (m := _DATE.search(t)) and m["d"]), None)
    if dated is not None:
        doc.date, doc.date_rank = parse_date(dated.group()), 0
