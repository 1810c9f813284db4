"""How the names of one body vary: with and without its legal form; how one may open."""

from __future__ import annotations

from kg.extract.wordlists import LEGAL_FORMS
from kg.ingest.normalize import to_simplified, traditional_only
from kg.ingest.textmap import NO_SOURCE, Mapped
from kg.nlp.quoted_bodies import SHOP_ENDINGS
from kg.nlp.text import CLOSE_QUOTES, OPEN_QUOTES, all_han

_OF = "的"  # X镇的“Y”基地: an area's venue


def legal_form_of(short: str, full: str) -> bool:
    """Is ``full`` the name ``short`` with a legal form added (X集团 ~ X集团有限公司)?"""
    if not full.startswith(short) or full == short or len(short) < 4:
        return False
    tail = full[len(short) :]
    return tail in LEGAL_FORMS or (short.endswith("集团") and tail in ("有限公司", "股份有限公司"))


def simplified(name: str) -> str:
    """A name printed in traditional characters on a page in simplified ones (安徽建工集團…
    beside 安徽建工集团…), in simplified characters: one body, labelled as the page's
    other names are.  (A page in traditional characters is converted whole at ingest.)"""
    marks = traditional_only()
    if not any(ch in marks for ch in name):
        return name
    new = to_simplified(Mapped(name, [NO_SOURCE] * len(name))).text
    return new if len(new) == len(name) else name


def quoted_proper(name: str, before: str) -> bool:
    """X镇的“九曲茗居”职工疗休养基地: a name opening with its quoted proper part, the head after
    it, placed by the area before it and 的 (``before``: the text before the name); not one a
    stray mark opens, nor a quoted brand opening a clause (“和美”职工之家在X揭牌)."""
    shut = next((k for k, c in enumerate(name) if c in CLOSE_QUOTES), 0)
    if name[0] in OPEN_QUOTES and shut > 1 and name[shut + 1 :] in SHOP_ENDINGS:
        return True  # 某镇“花语时光”花店: a shop's trade name in quotes, its ending after it
    return before.endswith(_OF) and name[0] in OPEN_QUOTES and 1 < shut < len(name) - 2 and all_han(name[shut + 1 :])
