"""A text's definitions of short forms: ``X（以下简称“Y”）`` — Y stands for the name before.

Read by the area finder (``kg.nlp.areas``, which sets ``doc._.kg_abbreviations``) and by
the body readers, which leave a definition written inside a name out of it.  A report
often gives its company two short forms at once (``（以下简称“海澄科技”或“公司”）``):
each stands for the same name, so that a bare 公司 later on is that company and not the
subsidiary the text lists last.
"""

from __future__ import annotations

import re

_OTHER_CLAUSES = r"[（(](?:[^（）()]{0,40}[，,；;])?"  # （证券简称：X，证券代码：N，以下简称“公司”）
# one short form, quoted or not; further ones after 或/、/和/及, quoted
_SHORT_FORM = r"[“\"]?[^”\"）)]{1,12}[”\"]?"
ABBREVIATION_RE = re.compile(
    _OTHER_CLAUSES + rf"(?:以下)?简称({_SHORT_FORM}(?:(?:或|、|和|及)[“\"][^”\"）)]{{1,12}}[”\"])*)[）)]"
)
_QUOTED_FORM = re.compile(r"[“\"]([^”\"）)]{1,12})[”\"]")
DEFINITION_RE = re.compile(_OTHER_CLAUSES + r"(?:以下)?简称[^）)]*[）)]")  # X（以下简称Y）工会: left out of X工会


def short_forms(defined: str) -> list[str]:
    """The short forms of one definition's words (``“海澄科技”或“公司”`` → both; ``经开区`` → it)."""
    quoted = _QUOTED_FORM.findall(defined)
    return quoted or [defined.strip('“”"')]
