"""How the names of one body vary: with and without its legal form."""

from __future__ import annotations

from kg.extract.wordlists import LEGAL_FORMS


def legal_form_of(short: str, full: str) -> bool:
    """Is ``full`` the name ``short`` with a legal form added (X集团 ~ X集团有限公司)?"""
    if not full.startswith(short) or full == short or len(short) < 4:
        return False
    tail = full[len(short) :]
    return tail in LEGAL_FORMS or (short.endswith("集团") and tail in ("有限公司", "股份有限公司"))
