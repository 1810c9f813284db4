"""An article closed by its writer's credit in brackets, alone on its line under the text.

A bulletin, a roundup or a page of briefs closes each item with who sent it: （某某街道总工会
钟离某）, （某某县总工会供稿）, （通讯员 X）, （X）, （报送单位：某某 撰稿：X）.  What follows such a line is another
item, even on a page taken for one web article (whose short lines are otherwise its
subheads): an article signs off once, at its end.  Kept apart from :mod:`kg.ingest.split`,
which asks it.
"""

from __future__ import annotations

import functools
import re

from kg.ingest.bylines import closing_names, labelled_credit_line, people_line
from kg.ingest.document import Block
from kg.ingest.shapes import is_prose
from kg.lexicon import alternation
from kg.lexicon.chars import HAN


@functools.cache
def _unit_signed() -> re.Pattern[str]:
    """（某某县总工会供稿）, （某某区总工会）: a unit sends the item, no person."""
    units = alternation("credits/unit_heads.txt")
    return re.compile(rf"^\s*[（(]\s*[{HAN}]{{2,24}}?(?:{units})\s*(?:供稿|供图|报道|报送)?\s*[)）]\s*$")


def signing_line(text: str) -> bool:
    """The whole line is a writer's or unit's credit in brackets."""
    t = text.strip()
    if not t or t[0] not in "（(" or t[-1] not in ")）":
        return False
    if _unit_signed().match(t):
        return True
    names = closing_names(t)
    if (names is not None and names.start == 0) or people_line(t) is not None:
        return True
    # (a picture's credit alone, （摄影：X）, kept where its caption was dropped, signs off nothing)
    labelled = labelled_credit_line(t)
    return labelled is not None and bool(labelled.reporters)


def signed_off(body: list[Block]) -> bool:
    """Whether the body so far ends with a signing line straight under a paragraph of prose."""
    return len(body) >= 2 and signing_line(body[-1].text.text) and is_prose(body[-2].text.text)
