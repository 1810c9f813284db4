"""A meeting's recording transcribed by an app (智能纪要, 录制转写): one article, no headline.

A video-meeting app exports a meeting as its name, the app's disclaimer, fields (会议主题,
会议时间, 会议号, 参会人), an AI summary and the transcript: each turn a head line, the
speaker's display name and the time into the recording set off by spaces
(``某某（县总）  00:01:15``), what was said under it.  Read as a page, the meeting's name
is taken for a headline and the summary's points and the turn heads for more, though no
one published it under a title: the name is the meeting's own, repeated as a field.

So three or more turn heads make the page a transcript: one article under no headline,
all its lines its text (the display names give the speakers' names as written).
"""

from __future__ import annotations

import re

from kg.ingest.document import Document

# a turn's head: a display name (no sentence, no date), a space, the time into the recording
# to the second (a chat's head opens with its date instead)
_TURN = re.compile(r"^\s*[^\s\d，。！？：:][^，。！？：:]{0,24}?\s+\d{1,2}:\d{2}:\d{2}\s*$")
_TURNS_MIN = 3


def transcript_turns(lines: list[str]) -> list[int]:
    """The indexes of a transcript's turn heads: none when fewer than three."""
    turns = [i for i, t in enumerate(lines) if _TURN.match(t)]
    return turns if len(turns) >= _TURNS_MIN else []


def read_minutes(doc: Document) -> None:
    """When the document is an app's transcript of a meeting, make it one untitled article."""
    if doc.one_article or doc.title is not None:
        return
    if transcript_turns([b.text.text for b in doc.blocks]):
        doc.one_article = doc.untitled = True
        doc.repair = False
