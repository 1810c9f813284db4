"""The credits of one article's body: bylines, credit lines, closing credits, read out of
the paragraphs (which lose them), and the page's 作者 field given to its first article.

The forms themselves are :mod:`kg.ingest.bylines`' (patterns in
:mod:`kg.ingest.credit_grammar`); this module says where in an article each is looked for.
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass, field

from kg.ingest.bylines import (
    author_credit,
    byline_at_start,
    closing_labelled,
    closing_names,
    labelled_credit_line,
    people_line,
    photo_credit_line,
    plausible_name,
    trailing_people_credit,
    trailing_photo_credit,
)
from kg.ingest.courtesy import without_courtesy
from kg.ingest.credit_grammar import grammar
from kg.ingest.credit_names import is_unit
from kg.ingest.credit_people import Credit
from kg.ingest.document import Block
from kg.ingest.shapes import credited_caption, is_prose
from kg.ingest.split import is_part_label
from kg.ingest.staff_lines import strip_editor_tail
from kg.ingest.textmap import Mapped
from kg.lexicon import alternation, entries
from kg.lexicon.chars import HAN
from kg.model.article import Article

_LEAD_PUNCT = "：:，, "
# a caption wholly in brackets led by its picture's credit and a colon (（图/X：活动现场）)
_CREDIT_OVER_CAPTION = re.compile(
    r"^\s*[（(]\s*(?P<credit>[^（）():：]{2,24}?)\s*[:：]\s*(?P<caption>[^（）()]{2,})[)）]\s*$"
)
# a post's topics (#话题#) and a platform's picture marks ([图片], [组图共4张]) printed
# after the bracketed credit that closes its paragraph (…参加。（文/图：X）#某某工会#): the
# credit still closes the text, the topics and marks go
_TOPICS_AFTER_CREDIT = re.compile(r"(?<=[)）】])(?:\s*(?:#[^#\n]{1,30}#|\[[^\[\]\n]{1,8}\]))+\s*$")


@functools.cache
def _inline_photo() -> re.Pattern[str]:
    """…参加开幕式。（开幕式现场图　摄影：X）为方便…: a picture's place in a paragraph, its caption
    and credit in brackets between two sentences, the label with its colon."""
    labels = alternation("credits/photo_credit_labels.txt")
    return re.compile(
        rf"(?<=[。！？])[（(](?:[^（）()。！？:：]{{1,20}}?\s+)?(?P<credit>(?:{labels})\s*[:：]\s*[^（）()\s:：]{{2,12}})[)）](?=[^\s)）])"
    )


def inline_photo_credits(t: Mapped, cr: _Credits) -> Mapped:
    """The paragraph without the pictures' credits set in it between sentences, their
    photographers credited.  A label that only says who took the picture (摄影：, 摄：) names
    a photographer whatever the name; after one that may label a caption too (图：活动现场),
    each name must start with a surname, else it is text."""
    for m in reversed(list(_inline_photo().finditer(t.text))):
        c = labelled_credit_line(m["credit"])
        if c is None or c.reporters:
            continue
        shot = m["credit"].startswith(tuple(entries("credits/photo_suffixes.txt")))
        if not shot and not all(plausible_name(n) for n in c.photographers):
            continue
        cr.add(c.photographers, cr.photographers, m["credit"])
        t = t[: m.start()] + t[m.end() :]
    return t


def _names_line(text: str, parts: list[Mapped]) -> Credit | None:
    """（林某）alone on its line straight under a paragraph of prose."""
    c = closing_names(text)
    return c if c is not None and c.start == 0 and parts and is_prose(parts[-1].text) else None


def credit_over_caption(text: str) -> Credit | None:
    """（图/钱某：茶艺选手展示冲泡技艺）: a caption in brackets whose picture's credit comes
    first, a colon after the names, as posts print it (the credit ``end``s at the colon;
    the caption follows).  The part before the colon must read as a labelled credit."""
    m = _CREDIT_OVER_CAPTION.match(text)
    c = labelled_credit_line(m["credit"]) if m else None
    if m is None or c is None:
        return None
    return Credit(text.strip(), 0, m.start("caption"), c.reporters, c.photographers)


def _unopened(t: Mapped) -> Mapped:
    """A caption wholly in brackets without the credit that closed it (（图为座谈会现场
    摄影：X） → 图为座谈会现场): its opening bracket, left alone, goes too."""
    if t.text[:1] in "（(" and not any(c in t.text for c in "）)"):
        return t[1:].strip()
    return t


@dataclass
class _Credits:
    byline: str | None = None
    outlet: str | None = None
    reporters: list[str] = field(default_factory=list)
    photographers: list[str] = field(default_factory=list)
    lines: dict[str, str] = field(default_factory=dict)  # name -> the credit it was read from

    def add(self, names: list[str], into: list[str], raw: str | None = None) -> None:
        into.extend(n for n in names if n not in into)
        if raw and raw[-1] in "）)" and not any(c in raw for c in "（("):
            raw = raw[:-1]  # a caption's closing bracket, its opening one left with the caption
        for n in names:
            if raw:
                self.lines.setdefault(n, raw)


@functools.cache
def _reporter_turn() -> re.Pattern[str]:
    """A transcript's turn its reporter speaks (记者 X：…, 本台记者X：…): a role ending in
    记者 (``credits/credit_roles.txt``), maybe after 本台/本报, the name, the turn's colon."""
    roles = "|".join(
        sorted((re.escape(r) for r in entries("credits/credit_roles.txt") if r.endswith("记者")), key=len)[::-1]
    )
    return re.compile(rf"^\s*(?:本[台报网])?(?:{roles})\s*(?P<name>[\u4e00-\u9fff]{{2,4}})\s*[：:]")


def read_credits(body: list[Block]) -> tuple[list[Mapped], _Credits]:
    """Body paragraphs without bylines and credit lines, and the people credited.

    The byline opens the first paragraph (or stands alone before it); photo credits
    stand alone or close a paragraph, as may a bracketed reporters' credit; web pages
    put a labelled line (文：X 图：Y); an editor's note closing a paragraph is dropped.
    A broadcast's transcript credits the reporter whose turns it prints (记者 X：…).
    """
    cr = _Credits()
    parts: list[Mapped] = []
    section = False  # the paragraph before was a roundup's section label (某县总工会：)
    captions: set[int] = set()  # ids of the parts that are a picture's caption (closed by its credit)
    signed = False  # a paragraph of text closed by its bracketed credit: a column's item
    for b in body:
        t = b.text
        turn = _reporter_turn().match(t.text)
        if turn and plausible_name(turn["name"]):  # (a broadcast's transcript: the turn stays its text)
            cr.add([turn["name"]], cr.reporters, turn.group().rstrip("：: "))
        after_label, section = section, is_part_label(t.text)
        photo = photo_credit_line(t.text)
        if photo:
            cr.add(photo.reporters, cr.reporters, photo.raw)  # 文/摄: they wrote it too
            cr.add(photo.photographers, cr.photographers, photo.raw)
            cr.outlet = cr.outlet or photo.outlet
            continue
        over = credit_over_caption(t.text)
        if over:  # (the caption stays, without its brackets, as other captions do)
            cr.add(over.reporters, cr.reporters, over.raw)
            cr.add(over.photographers, cr.photographers, over.raw)
            t = t[over.end : len(t.text.rstrip().rstrip(")）"))].strip()
        labelled = labelled_credit_line(without_courtesy(t.text))
        if labelled:
            cr.byline = cr.byline or labelled.raw
            cr.add(labelled.reporters, cr.reporters, labelled.raw)
            cr.add(labelled.photographers, cr.photographers, labelled.raw)
            continue
        if (cr.byline is None and not any(is_prose(p.text) for p in parts if id(p) not in captions)) or after_label:
            # (the byline may come under the pictures and their captions)
            c = byline_at_start(t.text) or people_line(t.text)
            if c:
                cr.byline = cr.byline or c.raw
                cr.outlet = c.outlet or cr.outlet
                cr.add(c.reporters, cr.reporters, c.raw)
                cr.add(c.photographers, cr.photographers, c.raw)
                t = t[c.end :].strip().strip(_LEAD_PUNCT)
                if not t:
                    continue
        else:
            # (a line of names alone in brackets under the last paragraph: its credit, even
            # when a link or the account's name still follows)
            people = people_line(t.text) or _names_line(t.text, parts)
            if people:
                cr.byline = cr.byline or people.raw
                cr.add(people.reporters, cr.reporters, people.raw)
                cr.add(people.photographers, cr.photographers, people.raw)
                continue
        t = inline_photo_credits(t, cr)
        topics = _TOPICS_AFTER_CREDIT.search(t.text)
        if topics:
            t = t[: topics.start()]
        tail = trailing_photo_credit(t.text)
        caption = credited_caption(t.text)  # (a byline may still come under the picture)
        if tail:
            cr.add(tail.reporters, cr.reporters, tail.raw)
            cr.add(tail.photographers, cr.photographers, tail.raw)
            t = _unopened(t[: tail.start].strip())
        t = strip_editor_tail(t)
        labelled_tail = closing_labelled(t.text)
        if labelled_tail:
            cr.byline = cr.byline or labelled_tail.raw
            cr.add(labelled_tail.reporters, cr.reporters, labelled_tail.raw)
            cr.add(labelled_tail.photographers, cr.photographers, labelled_tail.raw)
            t = _unopened(t[: labelled_tail.start].strip())
        closing = trailing_people_credit(t.text)
        signed = signed or (closing is not None and is_prose(t.text[: closing.start]))
        if closing:
            cr.byline = cr.byline or closing.raw
            cr.add(closing.reporters, cr.reporters, closing.raw)
            cr.add(closing.photographers, cr.photographers, closing.raw)
            t = t[: closing.start].strip()
        if t:
            parts.append(t)
            if caption:
                captions.add(id(t))
    # names alone in brackets close only the article's last sentence (elsewhere they are
    # text), or each item of a column whose items close with their credits (…。（通讯员 X）
    # over …。（Y））: there the bare form is one item's credit as the labelled one is
    for k in reversed(range(0 if signed else max(0, len(parts) - 1), len(parts))):
        closing = closing_names(parts[k].text)
        if closing is None:
            continue
        cr.byline = cr.byline or closing.raw
        cr.add(closing.reporters, cr.reporters, closing.raw)
        parts[k] = parts[k][: closing.start].strip()
    return [p for p in parts if p.text], cr


# a field that names people and nothing else: names of a person's length, parted by 、 or ,
_NAMED_FIELD = re.compile(f"[{HAN}]{{2,4}}(?:\\s*[、,，]\\s*[{HAN}]{{2,4}})*")


def named_credit(value: str) -> Credit | None:
    """The people of a field that is only ever a writer's name (a note's front matter
    ``author:``): each name of a person's length (two to four characters) whole, with or
    without a surname the lists know (岩X, a Dai name), but no unit (某某区总工会)."""
    t = value.strip()
    if _NAMED_FIELD.fullmatch(t) is None:
        return None
    names = [n.strip() for n in re.split(r"[、,，]", t)]
    if any(is_unit(n) for n in names):
        return None
    return Credit(raw=t, start=0, end=len(t), reporters=list(dict.fromkeys(names)))


def add_author(article: Article, author: str, *, named: bool = False) -> None:
    """The people of a meta line's 作者 field credited on the page's (first) article: a
    web article's meta line stands under its headline.  A byline of other people beats
    the field (it may name the page's editor), unless the field gives their role (本报记者
    X over a rewrite closing with the source paper's （综合《某报》记者 Y）: both wrote it);
    a field that names the byline's people too lists the article's writers, all of them
    credited (a roundup's 作者 lists the writers of its parts), and so does one whose
    byline closes a report appended after the article's own (【又讯】…（某镇总工会 Y）: Y
    wrote that item, the field's X the article).  ``named``: the field names its writer
    and nothing else (:func:`named_credit`)."""
    credit = author_credit(author) or (named_credit(author) if named else None)
    if credit is None:
        return
    by_role = grammar().role.match(author.strip()) is not None
    appended = _appended_item(article.body)
    if article.reporters and not set(credit.reporters) & set(article.reporters) and not (by_role or appended):
        return
    article.reporters += [n for n in credit.reporters if n not in article.reporters]
    article.photographers += [n for n in credit.photographers if n not in article.photographers]
    for n in (*credit.reporters, *credit.photographers):
        article.credit_lines.setdefault(n, author.strip())


@functools.cache
def _appended_mark() -> re.Pattern[str]:
    return re.compile(rf"^\s*[【\[（(]?\s*(?:{alternation('credits/appended_marks.txt')})\s*[】\]）)]?")


def _appended_item(body: str) -> bool:
    """Does the body's last paragraph open an appended report (【又讯】同日上午，…)?"""
    last = body.rstrip().rsplit("\n", 1)[-1]
    return _appended_mark().match(last) is not None
