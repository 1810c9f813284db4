"""A question-and-answer page (知乎 and its kind) saved as text: one article under the question.

The site prints its bar and the question's topic tags, the question's title over its
detail, the question's buttons (关注问题　写回答　邀请回答) and counts, then each answer under
its author's screen name, self-description and vote line (1,206 人赞同了该回答), the answer's
date line (发布于 …), its vote bar, its comments (a commenter's screen name, day and IP place
over the words; the author's replies, 某某（作者）回复 某某：…), and at the foot related
questions (· 某某？　27 个回答) and an ad.  Read as a news page, every short line heads an
article: the tags head the question, the counts the answer, each comment and related
question one of its own.

So the question's bar marks the page: the line over the question's detail is the headline,
the lines above it the site's (kept as the page's furniture), the page one article; the
answer's and the comments' words are its text, the answer's header, the commenters' heads,
reply addresses and likes, the related questions and the ad box are furniture.  A question
page's lines are a platform's, no print's: none runs on into the next (no repair).
"""

from __future__ import annotations

import functools
import re

from kg.ingest.dates import DATE_PATTERN, parse_date
from kg.ingest.document import Block, Document, without
from kg.ingest.shapes import is_prose, post_title, title_like
from kg.lexicon import alternation, alternation_of, table

_BAR_MAX = 80  # the question's bar is a row of buttons, no paragraph
_BAR_MIN = 2  # buttons on it
_HEADER = 2  # the author's screen name and self-description over the vote line
# a commenter's head: the screen name, the day and the IP place (沙湾吃鸡爱好者　03-13 · 新疆)
_COMMENT_HEAD = re.compile(r"^\s*\S{1,24}[\s\u3000]+(?:\d{4}-)?\d{1,2}-\d{1,2}\s*·\s*\S{1,8}\s*$")
# a reply's address before its words (某某（作者）回复 某某：)
_REPLY = re.compile(r"^\s*\S{1,24}?(?:[（(]作者[)）])?\s*回复\s*\S{1,24}?[:：]\s*")
# the likes closing a comment (♡ 42)
_LIKES = re.compile(r"[\s\u3000]*[♡♥❤👍]\s*\d[\d,]*\s*$")


@functools.cache
def _words() -> dict[str, tuple[str, ...]]:
    out: dict[str, list[str]] = {}
    for kind, word in table("pages/answer_page_words.tsv", header=True):
        out.setdefault(kind, []).append(word)
    return {k: tuple(v) for k, v in out.items()}


@functools.cache
def _patterns() -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    """The vote line, a related question's line (or a list's or an ad's heading), the thanks."""
    w = _words()
    votes = re.compile(rf"^\s*\d[\d,.]*\s*[万kK]?\s*(?:{alternation_of(w['votes'])})\s*$")
    foot = re.compile(
        rf"\d[\d,.]*\s*[万kK]?\s*(?:{alternation_of(w['answers'])})\s*$"
        rf"|^\s*(?:{alternation_of((*w['heading'], *w['ad']))})\s*[×xX✕]?\s*$"
    )
    thanks = re.compile(rf"^\s*(?:{alternation_of(w['thanks'])})(?:[（(][^）)]*[)）])?[，,。！!\s]*")
    return votes, foot, thanks


def _asked(line: str) -> bool:
    """A question's title: a headline's shape, its question marks no sentence's end."""
    return title_like(line) or post_title(line)


def _bar(line: str) -> bool:
    return len(line) <= _BAR_MAX and sum(w in line for w in _words()["button"]) >= _BAR_MIN


def read_answers(doc: Document) -> None:
    """When the document is a question-and-answer page, make it one article under the
    question's title, its furniture out."""
    if doc.one_article or doc.title is not None:
        return
    texts = [b.text.text for b in doc.blocks]
    votes, foot, thanks = _patterns()
    bar = next((i for i, t in enumerate(texts) if _bar(t)), None)
    if bar is None or not any(votes.match(t) for t in texts[bar:]):
        return
    # the question's title over its detail: the nearest line over the bar shaped as a headline
    # (a question may end in ？, its detail is sentences)
    k = next((i for i in range(bar - 1, -1, -1) if _asked(texts[i])), None)
    if k is None or any(not is_prose(t) for t in texts[k + 1 : bar]):
        return
    drop = {i for i, t in enumerate(texts) if i > k and (_bar(t) or foot.search(t) or _COMMENT_HEAD.match(t))}
    for i, t in enumerate(texts):
        if i > k and votes.match(t):
            drop |= {i, *(j for j in range(max(k + 1, i - _HEADER), i) if not is_prose(texts[j]))}
    # (the ad under its heading: the line after it)
    drop |= {i + 1 for i in list(drop) if i + 1 < len(texts) and texts[i].strip().startswith(_words()["ad"])}
    blocks = [_cleaned(b, thanks) for b in doc.blocks]
    # the answer's date line (发布于 2028-03-12 21:07　编辑于 2028-03-14 22:41 · IP 属地X): the
    # page is dated by its last date, the text as it stands
    posted = re.compile(rf"^\s*(?:{alternation('pages/posted_labels.txt')})")
    for i, t in enumerate(texts):
        if i > k and posted.match(t) and (dates := [parse_date(m.group()) for m in re.finditer(DATE_PATTERN, t)]):
            doc.date = doc.date or next((d for d in reversed(dates) if d), None)
            drop.add(i)
    doc.title = doc.blocks[k].text.strip()
    doc.furniture.extend(texts[:k])
    doc.blocks = [b for b in without(blocks[k + 1 :], {i - k - 1 for i in drop}) if b.text.text.strip()]
    doc.one_article = True
    doc.repair = False


def _cleaned(b: Block, thanks: re.Pattern[str]) -> Block:
    """A line without a reply's address, the likes after a comment and the answer's thanks."""
    text = b.text
    if m := _LIKES.search(text.text):
        text = text[: m.start()]
    for rx in (_REPLY, thanks):
        if m := rx.match(text.text):
            text = text[m.end() :]
    return Block(text, b.level, b.gap, b.item)
