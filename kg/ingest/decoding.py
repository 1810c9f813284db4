"""Turning a file's bytes into text.  Encodings are detected, not assumed: the news this
project reads comes as UTF-8 (with or without a BOM) and as GB18030/GBK from older sites,
and a wrong guess silently garbles names.

Split from kg.ingest.sources (one idea per module: finding the input files there)."""

from __future__ import annotations

import re

from kg.errors import InputError
from kg.ingest.normalize import t2s_converter
from kg.lexicon.chars import HAN_COMMON

_HAN = re.compile(f"[{HAN_COMMON}]")

# GB18030 accepts most byte strings, so a file in another legacy encoding (Big5) also
# "decodes" as GB18030 -- into rare characters, kana and private-use code points.  Real
# Chinese text keeps nearly all its non-ASCII characters among the common Han characters
# (GB2312, directly or after t2s conversion) and CJK punctuation.
PLAUSIBLE_COMMON_SHARE = 0.9
_PUNCTUATION = re.compile("[\u2010-\u206f\u3000-\u303f\uff00-\uffef\u00b7\u00d7]")


def _common_share(text: str, sample: int = 20_000) -> float:
    """Share of the (first ``sample``) non-ASCII characters that are common Han characters
    or CJK punctuation."""
    wide = [ch for ch in text[: 4 * sample] if ord(ch) > 0x7F and not ch.isspace()][:sample]
    if not wide:
        return 1.0
    conv = t2s_converter()
    common = 0
    for ch in wide:
        if _PUNCTUATION.match(ch):
            common += 1
            continue
        if not _HAN.match(ch):
            continue
        for c in (ch, conv.convert(ch)):
            try:
                c.encode("gb2312")
            except UnicodeEncodeError:
                continue
            common += 1
            break
    return common / len(wide)


# Control (Cc) but not line or tab, private-use (Co) and surrogate (Cs) characters: what
# a binary file decoded as text is full of.
_CONTROL_RE = re.compile(
    "[\x00-\x08\x0b\x0e-\x1f\x7f-\x9f\ud800-\udfff\ue000-\uf8ff\U000f0000-\U000ffffd\U00100000-\U0010fffd]"
)


def _control_share(text: str) -> float:
    if not text:
        return 0.0
    return len(_CONTROL_RE.findall(text)) / len(text)


# A UTF-8 file with a few stray bytes (a cut multi-byte character, a byte of another
# encoding pasted in) is still that text: a replacement (U+FFFD, with a warning) for at
# most this share of its valid non-ASCII characters.  Text in another encoding read as
# UTF-8 turns nearly every Chinese character into replacements.
STRAY_SHARE = 0.05
# Legacy encodings tried in order, each kept only when the result reads as Chinese.
LEGACY = ("gb18030", "big5")


def decode(data: bytes, name: str) -> str:
    """Decode a file's bytes, or raise InputError saying why it is not text."""
    return decode_noting(data, name)[0]


def decode_noting(data: bytes, name: str) -> tuple[str, str | None]:
    """A file's text and, when reading it lost something, a note saying what.

    Order: strict UTF-8 (a BOM is dropped); UTF-8 with a few stray bytes replaced; the
    legacy Chinese encodings (GB18030, a superset of GBK and GB2312, then Big5) when the
    result reads as Chinese; charset-normalizer's best guess.  Raises InputError saying
    why the bytes are not text.
    """
    if not data.strip():
        raise InputError(name, "empty file")
    note = None
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        try:
            text = data.decode("utf-16")
        except UnicodeDecodeError:
            raise InputError(name, "cannot decode UTF-16 text") from None
    elif b"\x00" in data:
        raise InputError(name, "binary file (contains NUL bytes), not text")
    else:
        text, note = _decode_8bit(data, name)
    if _control_share(text) > 0.05:
        raise InputError(name, "binary file (mostly control characters), not text")
    if not text.strip():
        raise InputError(name, "empty file (white space only)")
    return text, note


def _decode_8bit(data: bytes, name: str) -> tuple[str, str | None]:
    try:
        return data.decode("utf-8-sig"), None
    except UnicodeDecodeError:
        pass
    loose = data.decode("utf-8-sig", errors="replace")
    valid = data.decode("utf-8-sig", errors="ignore")
    bad = loose.count("\ufffd") - valid.count("\ufffd")
    if bad <= STRAY_SHARE * sum(1 for ch in valid if ord(ch) > 0x7F):
        return loose, f"{bad} byte sequence(s) that are not UTF-8 replaced by U+FFFD"
    fallback = None
    best: tuple[float, str] | None = None
    for encoding in LEGACY:
        try:
            text = data.decode(encoding)
        except UnicodeDecodeError:
            continue
        share = _common_share(text)
        if share >= PLAUSIBLE_COMMON_SHARE and (best is None or share > best[0]):
            best = (share, text)
        fallback = fallback or text
    if best is not None:
        return best[1], None
    import charset_normalizer

    best = charset_normalizer.from_bytes(data).best()
    if best is not None:
        return str(best), None
    if fallback is not None:
        return fallback, None
    raise InputError(name, "cannot decode text (not UTF-8, GB18030/GBK, Big5 or another known encoding)")
