"""An episode's page (a podcast's, a programme's on an audio or video platform): one article
under the episode's title.

The platform prints its bar, the show's name, owner and subscriber count, the show's blurb,
then the episode: its title (after its number, EP.31 / 第31期 / Vol.31) over its meta line,
fields set off by bars — its length (时长 41:26), its date (2027-06-18 发布) and its plays
(▶ 5,873 次播放) — then its notes: hosts and guests, summary, tags, timestamped chapters
(00:00 开场…), credits, comments and other episodes.  Read as a news page, each short line
of the notes (a guest's line, a chapter's title, a comment) opens an article, and the page
has no date.

So a meta line holding a date and the episode's length or its plays, under a title opened by
the episode's number, marks the page as one episode: the title (its number cut off) is the
headline, the date the page's, the lines above the title the show's and the platform's (kept
as the page's furniture: whose page it is), the meta line dropped; the chapters' time marks
(14:20　回顾…) are cut as a video's cue times are (:mod:`kg.ingest.video_posts`).
"""

from __future__ import annotations

import re

from kg.ingest.dates import DATE_PATTERN, parse_date
from kg.ingest.document import Document
from kg.ingest.shapes import post_title, title_like

_CLOCK = r"\d{1,2}:\d{2}(?::\d{2})?"
_LENGTH = re.compile(rf"(?:时长|时间长度)\s*[:：]?\s*{_CLOCK}")
_PLAYS = re.compile(r"\d[\d,.]*\s*[万wW]?\s*次?播放|播放\s*[:：]?\s*\d")
_DATE = re.compile(DATE_PATTERN)
_META_MAX = 80
# the episode's number before its title: EP.31, Ep 31, Vol.31, No.31, #31, 第31期, 31期
_NUMBER = re.compile(r"^\s*(?:(?:EP|Ep|ep|VOL|Vol|vol|No|NO)\s*[.．]?\s*\d{1,4}|#\d{1,4}|第?\d{1,4}\s*期)[\s:：｜|·]+")


def _meta_line(text: str) -> str | None:
    """The date of an episode's meta line (时长 41:26 ｜ 2027-06-18 发布 ｜ ▶ 5,873 次播放):
    a short line with a date and the episode's length or its plays; None for another line."""
    if len(text) > _META_MAX or re.search(r"[，。；！？]", text):
        return None
    if not (_LENGTH.search(text) or _PLAYS.search(text)):
        return None
    date = _DATE.search(text)
    return parse_date(date.group()) if date else None


def read_episode(doc: Document) -> None:
    """When the document is an episode's page, make it one article under the episode's title,
    dated by its meta line, the show's header kept as furniture."""
    if doc.one_article or doc.title is not None:
        return
    texts = [b.text.text for b in doc.blocks]
    at = next((i for i, t in enumerate(texts) if i > 0 and _meta_line(t)), None)
    if at is None:
        return
    title = doc.blocks[at - 1].text.strip()
    number = _NUMBER.match(title.text)  # (a programme's replay of a day, 《某某》 2027年7月20日, has none)
    if number is None:
        return
    title = title[number.end() :].strip()
    if not (title_like(title.text) or post_title(title.text)):
        return
    doc.title = title
    doc.date = _meta_line(texts[at])
    doc.date_rank = 1
    doc.furniture.extend(texts[: at - 1])
    doc.blocks = doc.blocks[at + 1 :]
    doc.one_article = True
    doc.repair = False  # (a platform's lines, no print's: a chapter's title runs into no line)
