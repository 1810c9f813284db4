"""A page's own name over its headline, and the writer's sign-off under the article.

Small sites print their owner's name (某某街道总工会) over the headline, and close the
article with the writer's unit and name on lines of their own::

    某某街道总工会
    某某社区服务业建会信息          <- the headline
    7月31日上午，……。
    某某街道总工会                  <- the sign-off: unit, then the writer
    张某某

Both name lines are short and unpunctuated, so the splitter takes them for headlines.
The unit may name its department too, and share the line with the writer (某某县总工会
办公室 张某某, 某某市总工会民管部 法律部 张某某); the unit's address and telephone may
follow on a line of their own.
Here the owner's line gives way to the headline under it, and a sign-off (a unit's name
and a line of names that start with a surname, after the last sentence; or the names
after a dash, —林某, as a commentary's writer signs) credits its names to the article
above it.  A commentary may print its writer's name alone under its headline instead:
that line is its byline, not a deck.
"""

from __future__ import annotations

import re

from kg.ingest.bars import PHONE
from kg.ingest.bilingual import english_prose, english_signature
from kg.ingest.bylines import author_credit, is_credit, plausible_name, trailing_photo_credit
from kg.ingest.credit_grammar import grammar
from kg.ingest.document import Block
from kg.ingest.segments import Segment
from kg.ingest.shapes import account_name, is_prose
from kg.ingest.textmap import Mapped

# what a page may print under the sign-off: a lone separator
_RULE = re.compile(r"^[\s|｜丨_\-—－]*$")
# ... or the unit's address and telephone (某某路27号 联系电话 0000-1234567): a number to
# call, and no sentence
_CONTACT = re.compile(rf"(?:电话|热线|手机|地址|邮编)[:：\s]*{PHONE}|^\s*(?:地址|通讯地址|邮编)[:：]")
_CONTACT_MAX = 60


def owner_over_headline(seg: Segment) -> None:
    """某某街道总工会 over the headline: the page's owner, and the line under it the headline."""
    if seg.headline is not None and seg.decks and account_name(seg.headline.text.text):
        seg.headline, seg.decks = seg.decks[0], [seg.headline, *seg.decks[1:]]  # its text kept


def writer_under_headline(seg: Segment) -> list[str]:
    """A person's name alone on the last line of the header, under the headline (a
    column's commentary: 标题 / 林某 / text): its writer, credited, and no deck."""
    if seg.headline is None or not seg.decks:
        return []
    lines = sorted([seg.headline, *seg.decks], key=lambda b: (b.text.span() or (0, 0))[0])
    last = lines[-1]
    t = last.text.text.strip()
    if last is seg.headline or not _lone_name(t):
        return []
    seg.decks = [d for d in seg.decks if d is not last]
    return [t]


_NAME_MAX = 4  # a Han name: a surname and one or two characters, three with a double surname


def _lone_name(text: str) -> bool:
    """One person's name alone (not a phrase of a deck): it starts with a surname."""
    c = author_credit(text)
    return c is not None and c.reporters == [text] and len(text) <= _NAME_MAX and plausible_name(text)


def merge_sign_offs(segments: list[Segment]) -> list[Segment]:
    """A segment that is only a sign-off (unit, names, no sentence) closes the one before."""
    out: list[Segment] = []
    for seg in segments:
        lines = [b for b in seg.blocks() if not _RULE.match(b.text.text)]
        if out and lines and _sign_off(lines) is not None and len(lines) == len(seg.blocks()) - _rules(seg):
            out[-1].body.extend(seg.blocks())
            continue
        out.append(seg)
    return out


def closing_sign_off(body: list[Block]) -> tuple[list[Block], list[str]]:
    """The body without the sign-off closing it, and the names it credits."""
    end = len(body)
    while end and (_RULE.match(body[end - 1].text.text) or _contact_tail(body[end - 1].text.text)):
        end -= 1
    if end >= 2 and is_prose(body[end - 2].text.text):
        names = _one_line(body[end - 1].text.text)
        if names:
            return body[: end - 1], names
    for n in (2, 1):
        tail = body[end - n : end] if end - n >= 1 else []
        names = _sign_off(tail) if tail and is_prose(body[end - n - 1].text.text) else None
        if names:
            return body[: end - n], names
    if end >= 2 and (is_prose(body[end - 2].text.text) or english_prose(body[end - 2].text.text)):
        last = body[end - 1].text.text
        names = _dashed(last, body[end - 2].text.text) or english_signature(last)
        if names:
            return body[: end - 1], names
    return body, []


# the dash a writer signs with under the last sentence (—林某, ——林某)
_DASH = re.compile(r"^\s*(?:[—－]{1,2}|-{1,2})\s*")


def _dashed(line: str, before: str) -> list[str] | None:
    """—林某 alone under the last sentence: the writer's sign-off, names that start with a
    surname.  Not under a quotation (“……。” / ——某某 names whom it quotes)."""
    m = _DASH.match(line)
    if m is None or before.rstrip().endswith(("”", "」", "』", "’")):
        return None
    return _sign_off([Block(Mapped.of(line[m.end() :]))])


def _contact_tail(line: str) -> bool:
    """The unit's address and telephone under its sign-off: a number to call, no sentence."""
    return len(line) <= _CONTACT_MAX and not is_prose(line) and _CONTACT.search(line) is not None


def _one_line(line: str) -> list[str] | None:
    """某某县总工会办公室 张某某: the unit (and its departments, each a word of its own)
    and the names after it on one line."""
    words = line.split()
    k = next((i for i, w in enumerate(words) if not account_name(w)), len(words))
    if k == 0 or k == len(words):
        return None
    return _sign_off([Block(Mapped.of(" ".join(words[k:])))])


def _rules(seg: Segment) -> int:
    return sum(1 for b in seg.blocks() if _RULE.match(b.text.text))


def _sign_off(lines: list[Block]) -> list[str] | None:
    """[unit,] names: the unit's name (if any) over a line of names alone."""
    if not 1 <= len(lines) <= 2 or any(not account_name(b.text.text) for b in lines[:-1]):
        return None
    t = lines[-1].text.text.strip()
    if is_credit(t) or trailing_photo_credit(t) or not grammar().names.fullmatch(t):
        return None  # 王某 供图, 图/记者 王某: credits read as such, not a sign-off
    c = author_credit(t)
    if c is None or not c.reporters or not all(plausible_name(n) for n in c.reporters):
        return None
    return c.reporters
