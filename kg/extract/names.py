"""How the names of one body vary: with and without its legal form."""

from __future__ import annotations

from kg.extract.wordlists import LEGAL_FORMS
from kg.ingest.normalize import to_simplified, traditional_only
from kg.ingest.textmap import NO_SOURCE, Mapped


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
