"""Subtitle files (SubRip ``.srt``, WebVTT ``.vtt``): a video's words as text.

A union's news video reaches users as its subtitle track: numbered cues, each a time line
(``00:00:03,120 --> 00:00:06,480``) over one or two lines of text.  The cue numbers, time
lines and styling tags are the format's, not the video's, so they go; what is said is
read as paragraphs.  Cues follow each other closely while one voice speaks, so a pause
(or a cue over another one, a caption on screen while someone speaks) starts a new
paragraph; a label cue (``编导：某某``) is a line of its own, as credits are printed.

Subtitle writers end a cue where the voice pauses, in the middle of a sentence as often as
between two clauses.  A track that writes punctuation (any ，or 。 in its cues) marks
its clause ends itself: cues without one run on into the next.  A track without
punctuation (the common style: a space where a comma would be) gets a comma at each such
space and cue end, and a full stop at each paragraph's end, so that sentences and
clauses read as they were spoken; only a cue opening with a verb that follows a venue
(在某街道 | 举办…) runs on without one.  Told by content, whatever the file is called.
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass

from kg.ingest.dates import DATE_PATTERN, parse_date
from kg.ingest.document import Block, Document
from kg.ingest.normalize import clean_line, fold_width
from kg.ingest.shapes import ends_mid_sentence, ends_sentence, title_like
from kg.ingest.textmap import Mapped
from kg.lexicon import alternation, lexicon

_TIME = r"(?:(\d{1,2}):)?(\d{2}):(\d{2})[,.](\d{3})"
_TIMING = re.compile(rf"^\s*{_TIME}\s*-->\s*{_TIME}(?:\s.*)?$")
# a cue's tags: <i>, </b>, <font color=…>, WebVTT's <c.red>, <v 讲述人> and <00:01.000>, and
# the {\an8} position codes of tracks converted from ASS
_TAGS = re.compile(r"</?[A-Za-z][^>]*>|<\d[\d:.]*>|\{\\[^}]*\}")
_DIALOGUE_DASH = re.compile(r"^[-‐–]\s*")
_VTT_BLOCK = re.compile(r"^(?:WEBVTT|NOTE|STYLE|REGION)\b")
# a hearing-impaired track's note of what is no speech ([片头音乐], [画面：…], ♪～): no text
_STAGE_NOTE = re.compile(r"^\s*(?:\[[^\[\]]*\]|♪[\s～~♪]*)\s*$")
# a title card's second line: the subtitle after a dash (——某某竞赛侧记)
_DASHED = re.compile(r"^\s*(?:——|—|--)\s*(?=\S)")
# the first cues a title card may stand among (a channel's logo cue before it)
_CARD_CUES = 3
# a track's sign-off, its last cue: who made it and when (某某区总工会 2028年3月)
_SIGN_OFF = re.compile(rf"^[\u4e00-\u9fff]{{2,20}}\s+(?:{DATE_PATTERN})\s*$")
# a cue that is a label and its value (编导：某某, 出品：某区总工会): printed as a line of its own
_LABEL = re.compile(r"^[\u4e00-\u9fff]{1,6}\s*[：:]")
# a space between two Han characters: in a track without punctuation, a comma
_SPACE = re.compile(r"(?<=[\u4e00-\u9fff”」）])[ \u3000]+(?=[\u4e00-\u9fff“「（])")
_PUNCTUATED = re.compile(r"[，。！？；]")
# a pause this long between two cues (seconds) ends a paragraph
PAUSE = 1.2
# the longest first line of a caption's two (a name)
_NAME_MAX = 4
# the fewest time lines that make a file a subtitle track
_MIN_CUES = 2


@dataclass
class _Cue:
    start: float
    end: float
    text: Mapped
    caption: bool = False  # a name over its title, on screen while someone speaks
    lines: tuple[Mapped, ...] = ()  # its lines as shown (a credits cue's labels, a title card)


@functools.cache
def _venue_verb() -> re.Pattern[str]:
    return re.compile(f"^(?:{alternation('events/venue_verbs.txt')})")


def _seconds(h: str | None, m: str, s: str, ms: str) -> float:
    return int(h or 0) * 3600 + int(m) * 60 + int(s) + int(ms) / 1000


def looks_like_subtitles(text: str) -> bool:
    """Two or more cue time lines (``00:00:03,120 --> 00:00:06,480``) and no other shape."""
    count = 0
    for line in text.splitlines():
        if _TIMING.match(line):
            count += 1
            if count >= _MIN_CUES:
                return True
    return False


def _cue_text(lines: list[Mapped]) -> tuple[Mapped, bool, tuple[Mapped, ...]]:
    """A cue's lines, tags and stage notes gone, as one, whether it is a caption (a short
    first line is a name over its title, set apart by a space; longer lines wrap one
    sentence, joined), and its lines."""
    kept = [clean_line(fold_width(line.sub(_TAGS, "").sub(_DIALOGUE_DASH, ""))) for line in lines]
    kept = [k for k in kept if k and not _STAGE_NOTE.match(k.text)]
    if not kept:
        return Mapped("", ()), False, ()
    caption = len(kept) > 1 and len(kept[0]) <= _NAME_MAX
    if caption:
        return _caption(kept[0], Mapped.join("　", kept[1:])), caption, tuple(kept)
    return Mapped.join("", kept), caption, tuple(kept)


def _caption(name: Mapped, title: Mapped) -> Mapped:
    """A lower third, a name over its title: a title line that is one chain of offices, no
    gap in it, ending with a title (区委常委、组织部部长，区总工会主席), is written before the
    name as a report prints a person's offices (…区总工会主席孙某。); another (a unit, a grade
    and a role set apart by gaps, 某研究所 高级农艺师 竞赛裁判长) stays after it, a space between."""
    if re.search(r"\s", title.text) or not title.text.endswith(_titles()):
        return Mapped.join("　", [name, title])
    return title + name + Mapped.synthetic("。")


@functools.cache
def _titles() -> tuple[str, ...]:
    return tuple(lexicon().titles)


def _label_lines(lines: list[Mapped]) -> list[list[Mapped]]:
    """A closing credit cue prints a label and its names on each line (编导：X over 摄像：Y  Z):
    each line is a credit of its own, never run into the next one's label; other cues whole."""
    kept = [line for line in lines if line.text.strip()]
    if len(kept) > 1 and all(_LABEL.match(clean_line(fold_width(line)).text) for line in kept):
        return [[line] for line in kept]
    return [lines]


def _cues(text: Mapped) -> list[_Cue]:
    cues: list[_Cue] = []
    timing: re.Match[str] | None = None
    body: list[Mapped] = []

    def close() -> None:
        if timing is not None:
            g = timing.groups()
            start, end = _seconds(*g[:4]), _seconds(*g[4:])
            for lines in _label_lines(body):
                cue = _Cue(start, end, *_cue_text(lines))
                if cue.text:
                    cues.append(cue)

    for line in text.lines():
        m = _TIMING.match(line.text)
        if m:
            close()
            timing, body = m, []
        elif not line.text.strip() or _VTT_BLOCK.match(line.text):
            close()
            timing, body = None, []
        elif timing is not None:
            body.append(line)
        # (a line before a cue's time line is its number or WebVTT id)
    close()
    return cues


def _paragraphs(cues: list[_Cue]) -> list[list[_Cue]]:
    paras: list[list[_Cue]] = []
    for cue in cues:
        prev = paras[-1][-1] if paras else None
        runs_on = (
            prev is not None
            and 0 <= cue.start - prev.end < PAUSE
            and not any(c.caption or _LABEL.match(c.text.text) for c in (prev, cue))
        )
        if runs_on:
            paras[-1].append(cue)
        else:
            paras.append([cue])
    return paras


def _joined(para: list[_Cue], punctuated: bool) -> Mapped:
    texts = [c.text if punctuated else c.text.sub(_SPACE, "，") for c in para]
    out = texts[0]
    for t in texts[1:]:
        soft = ends_sentence(out.text) or ends_mid_sentence(out.text) or _venue_verb().match(t.text)
        out = Mapped.join("" if soft or punctuated else "，", [out, t])
    if not punctuated and len(para) > 1 and not ends_sentence(out.text):
        out = out + Mapped.synthetic("。")
    return out


def _title_card(cues: list[_Cue]) -> int | None:
    """Which of the first cues is the video's title card: a headline over its subtitle
    after a dash (桃枝修剪见真章 / ——某某竞赛侧记)."""
    for k, cue in enumerate(cues[:_CARD_CUES]):
        if len(cue.lines) >= 2 and title_like(cue.lines[0].text) and _DASHED.match(cue.lines[1].text):
            return k
    return None


def read_subtitles(text: str) -> list[Document]:
    """The track as one document of paragraphs (see the module's docstring).  A track
    with a title card is one article under the card's headline (its subtitle the first
    line of text, the cues before it the channel's furniture): the lower thirds and the
    short lines of what is said head no story of their own."""
    cues = _cues(Mapped.of(text))
    punctuated = any(_PUNCTUATED.search(c.text.text) for c in cues if not c.caption)  # (a caption's marks are its own)
    card = _title_card(cues)
    if card is None:
        blocks = [Block(_joined(p, punctuated)) for p in _paragraphs(cues)]
        return [Document(blocks)] if blocks else []
    head, sub = cues[card].lines[0], cues[card].lines[1:]
    # (the sign-off under the credits dates the video: furniture, as a page's date line)
    signed = len(cues) > card + 1 and _SIGN_OFF.match(cues[-1].text.text) is not None
    said = cues[card + 1 : -1] if signed else cues[card + 1 :]
    lines = [Block(Mapped.join("", [x.sub(_DASHED, "") for x in sub]))]
    blocks = lines + [Block(_joined(p, punctuated)) for p in _paragraphs(said)]
    furniture = [c.text.text for c in cues[:card]] + ([cues[-1].text.text] if signed else [])
    date = parse_date(cues[-1].text.text) if signed else None
    return [Document(blocks, title=head, date=date, one_article=True, furniture=furniture)]
