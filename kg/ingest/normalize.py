"""Character-level clean-up: widths, odd white space, traditional characters.

Sources mix full-width Latin letters and digits (ＦＥＳＣＯ, ２０２５), ideographic and
no-break spaces used for indentation, and sometimes traditional characters.  The NLP
stages want one form, so this folds them, but only those: Chinese punctuation
(，。、：；“”（）《》) stays full-width because it carries meaning (and the byline and
sentence grammar rely on it).  Offsets stay mapped to the source throughout.
"""

from __future__ import annotations

import functools
import re

from kg.ingest.name_marks import (
    join_padded_labels,
    join_padded_names,
    join_prose_padded_names,
    join_signature_line,
    unify_name_dots,
)
from kg.ingest.textmap import Mapped
from kg.lexicon.chars import HAN

_FULLWIDTH_ALNUM = re.compile(r"[０-９Ａ-Ｚａ-ｚ]")
_FOLD_TABLE = {c: c - 0xFEE0 for a, b in (("０", "９"), ("Ａ", "Ｚ"), ("ａ", "ｚ")) for c in range(ord(a), ord(b) + 1)}
_ODD_SPACE = re.compile(r"[ \t\u00a0\u1680\u2000-\u200a\u202f\u205f\u3000]+")
_INVISIBLE = re.compile(r"[\u200b-\u200d\u2060\ufeff\u00ad]")
# Control characters (C0 but tab and line ends, DEL, C1) and the Unicode line and
# paragraph separators inside a line: no news text means them, and some outputs cannot
# hold them (XML 1.0 has no NUL, even escaped).  Lone surrogates (a JSON "\ud800"
# escape) are no characters at all and cannot be written as UTF-8.
_CONTROL = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\u2028\u2029]")
_SURROGATE = re.compile("[\ud800-\udfff]")
_HAN = re.compile(f"[{HAN}]")

# A pinyin reading in brackets after a character (區(qū)委, 亳（bó）州): a gloss for the
# reader, not part of the word it splits.  Only letters of pinyin, with at least one
# tone mark, so that (ABC), (2025) or an English word in brackets stay.
_TONED = "āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜ"
_READING = re.compile(f"(?<=[{HAN}])[（(](?=[a-zü]*[{_TONED}])[a-zü{_TONED}]{{1,7}}[)）]")

# A text is converted when at least this share of its Han characters exist only in
# traditional form.  Simplified text shows a few such characters (乾隆, 甚麼) well
# below it; traditional text runs at a fifth or more.
TRADITIONAL_SHARE = 0.05


def without_readings(text: str) -> str:
    """``text`` without its pinyin readings (兩節(jié) → 兩節): a gloss for the reader, which a
    title keeps no more than the words it splits do."""
    return _READING.sub("", text)


def fold_width(m: Mapped) -> Mapped:
    """Full-width ASCII letters and digits to half-width; the ideographic space to a space."""
    if _FULLWIDTH_ALNUM.search(m.text) is None:
        return m
    # one character for one: the offsets stay as they are
    return Mapped(m.text.translate(_FOLD_TABLE), m.src)


def scrub(text: str) -> str:
    """Control characters to spaces, lone surrogates to U+FFFD: text every output can hold.

    One character for one, so that offsets into the text stay valid.
    """
    text = _CONTROL.sub(" ", text)
    return _SURROGATE.sub("\ufffd", text)


def clean_line(m: Mapped) -> Mapped:
    """One line: control and invisible characters and pinyin readings out, runs of odd
    white space to one space, names and list labels padded with a space joined (陈 刚, 主席宋　琳到会,
    副 主 席：; a judgment's signature line: 法官助理 朵兰), a name's dot made one (•, ・ → ·), trimmed."""
    if _CONTROL.search(m.text) or _SURROGATE.search(m.text):
        m = Mapped(scrub(m.text), m.src)
    m = m.sub(_INVISIBLE, "")
    m = m.sub(_READING, "")
    m = join_prose_padded_names(m).sub(_ODD_SPACE, " ")
    return unify_name_dots(join_padded_labels(join_padded_names(join_signature_line(m)))).strip()


@functools.cache
def t2s_converter():  # pragma: no cover - trivial
    import opencc

    return opencc.OpenCC("t2s")


@functools.cache
def _to_traditional():  # pragma: no cover - trivial
    import opencc

    return opencc.OpenCC("s2t")


def to_traditional(text: str) -> str:
    """``text`` in traditional characters (OpenCC's s2t): how a traditional page would spell a
    name it never printed whole (中共槐荫区委员会 → 中共槐蔭區委員會)."""
    return _to_traditional().convert(text)


@functools.cache
def traditional_only() -> frozenset[str]:
    """Han characters that OpenCC's t2s would change: the marks of traditional text.

    Derived once from the converter itself (one call over the basic CJK block, a few
    milliseconds) rather than kept as a list that could drift from it.
    """
    chars = [chr(c) for c in range(0x4E00, 0xA000)]
    out = t2s_converter().convert("\n".join(chars)).split("\n")
    return frozenset(a for a, b in zip(chars, out, strict=True) if a != b)


def is_traditional(text: str) -> bool:
    """Cheap test: count traditional-only characters instead of converting everything."""
    marks = traditional_only()
    if marks.isdisjoint(text):  # most pages: not one such character, told at C speed
        return False
    han = _HAN.findall(text)
    n = sum(map(marks.__contains__, han))
    return n >= 2 and n / len(han) >= TRADITIONAL_SHARE


_CHUNK = re.compile(r"[^，。！？；：、\n]+[，。！？；：、\n]?|[，。！？；：、\n]")


def to_simplified(m: Mapped, written: dict[int, tuple[str, str]] | None = None) -> Mapped:
    """Convert traditional to simplified, keeping each character's source offset.

    OpenCC converts phrases, and a phrase may in principle change length.  Converting
    clause by clause and checking each clause's length keeps the alignment exact where
    lengths agree (nearly always); a clause whose length changed maps its characters
    proportionally onto its source span.

    ``written``, when given, receives for each character converted one for one (in a
    clause whose length held) its source offset -> (simplified, as written): the
    article's text as printed is rebuilt from it (:mod:`kg.ingest.written`).  A
    proportionally mapped clause adds nothing: no character there has one source.
    """
    conv = t2s_converter()
    whole = conv.convert(m.text)
    if len(whole) == len(m.text):
        _record(m.text, whole, m.src, written)
        return Mapped(whole, m.src)
    parts: list[Mapped] = []
    for c in _CHUNK.finditer(m.text):
        piece = m[c.start() : c.end()]
        new = conv.convert(piece.text)
        if len(new) == len(piece):
            _record(piece.text, new, piece.src, written)
            parts.append(Mapped(new, piece.src))
        else:
            n, k = len(piece), max(1, len(new))
            parts.append(Mapped(new, [piece.src[min(n - 1, i * n // k)] for i in range(len(new))]))
    return Mapped.join("", parts)


def _record(old: str, new: str, src: tuple[int, ...], written: dict[int, tuple[str, str]] | None) -> None:
    if written is None or old == new:
        return
    for a, b, at in zip(old, new, src, strict=True):
        if a != b and at >= 0:
            written[at] = (b, a)
