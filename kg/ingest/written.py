"""A converted page's text as it was written, character for character.

Traditional pages are converted to simplified before NLP, so that a name reads the
same on every page and people and unions of both kinds of page merge.  But a reader
searches a name as it is printed (臨夏市總工會), and an article's headline is the one
on the page: the graph keeps that form beside the simplified one.  The conversion
already keeps each character's source offset (:class:`~kg.ingest.textmap.Mapped`), so
the written form of any cleaned text is its characters looked up by offset: no second
copy of the page travels through cleaning, splitting and credit reading.
"""

from __future__ import annotations

import re

from kg.ingest.normalize import clean_line, fold_width, is_traditional, t2s_converter, without_readings
from kg.ingest.textmap import Mapped
from kg.lexicon.chars import PICTOGRAPHS


class WrittenForms:
    """What the conversion of one document changed, by source offset."""

    def __init__(self) -> None:
        # source offset -> (simplified, as written), for characters converted one for one
        self.chars: dict[int, tuple[str, str]] = {}
        # the metadata title may have no source offsets (not found in the raw page): it
        # is kept whole, as the converted Mapped and its text as written
        self.title: tuple[Mapped, str] | None = None

    def of(self, m: Mapped) -> str:
        """``m``'s text as written: a character still the one converted at its offset
        is put back; anything else (a separator, a later repair) stays."""
        if self.title is not None and m is self.title[0]:
            return self.title[1]
        chars = self.chars
        out = []
        for ch, at in zip(m.text, m.src, strict=True):
            pair = chars.get(at)
            out.append(pair[1] if pair is not None and pair[0] == ch else ch)
        return "".join(out)

    def text_of(self, parts: list[Mapped], text: str) -> str | None:
        """The written form of ``text`` (``parts`` joined by line breaks), or None when it
        is ``text`` itself (nothing in this article was converted)."""
        written = "\n".join(self.of(p) for p in parts)
        return None if written == text else written


def printed_form(m: Mapped, source: str, written: str) -> str | None:
    """``m`` (a headline) as the source printed it, when cleaning changed more than its
    script: a page writes a bullet for a dot (匠心•礼赞).  The headline is a title as
    published, so its label keeps it; the clean forms stay the text the NLP reads and the
    Article's other names.  Pinyin readings (兩節(jié), 亳（bó）州) are no part of a title:
    a converter's or an editor's gloss for the reader, left out here too.

    ``written`` is ``m`` as written (``WrittenForms.of``).  The source stretch ``m`` came
    from counts only when cleaning it again gives ``written`` (one line, no markup, no
    repair joined into it); runs of white space in it are one space.  None: nothing to add.
    """
    span = m.span()
    if span is None:
        return None
    raw = source[span[0] : span[1]]
    if "\n" in raw or "\r" in raw or len(raw) > 2 * len(m) + 16:
        return None
    if clean_line(fold_width(Mapped.of(raw))).text != written:
        return None
    # (a mirror's pinyin glosses are the converter's, not the title's: out, like cleaning takes them)
    lead, tail = _title_icons(source, span)
    printed = lead + " ".join(without_readings(fold_width(Mapped.of(raw)).text).split()) + tail
    return printed if printed != written else None


_ICONS = re.compile(f"[{PICTOGRAPHS}]+")


def _title_icons(source: str, span: tuple[int, int]) -> tuple[str, str]:
    """The emoji opening and closing a headline that is its line's all (🍉夏送清凉 | …,
    …联谊会真的不尬🥹💕): a post's title is written so, and its emoji are the title's tone,
    printed with it (cleaning cuts them from the text the NLP reads).  Icons set off from a
    title by a space are its bullet (📌 标题), no part of it; a title cut from a longer line
    (【快报】标题🎉, a column's tag before it) is printed as cut."""
    start, end = span
    head = source[source.rfind("\n", 0, start) + 1 : start]
    line_end = source.find("\n", end)
    tail = source[end : len(source) if line_end < 0 else line_end].strip()
    lead = head.strip()
    if lead and not _ICONS.fullmatch(lead):
        return "", ""
    glued = lead if lead and head.endswith(lead) and not head[: len(head) - len(lead)].strip() else ""
    return glued, tail if _ICONS.fullmatch(tail) else ""


def simplified_page(text: str) -> tuple[str, WrittenForms] | None:
    """A traditional page's text in simplified characters, and what changed, by offset;
    None when the page is simplified already or its conversion would not keep every
    character's place (a phrase converted to one of another length: the readers' offsets
    would point astray, so the page is converted later, document by document)."""
    if not is_traditional(text):
        return None
    simple = t2s_converter().convert(text)
    if len(simple) != len(text):
        return None
    forms = WrittenForms()
    forms.chars = {at: (s, w) for at, (s, w) in enumerate(zip(simple, text, strict=True)) if s != w}
    return simple, forms
