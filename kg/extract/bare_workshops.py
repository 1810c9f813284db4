"""Family *posts*, a company's unit named bare after the verb of taking an office, on the
company's page: 2023年起担任装配车间主任, 任结构件车间党支部书记.

A profile of a worker on a company's page (its union's, its paper's) tells the worker's
offices without the company's name: the unit (装配车间) is the page's workplace's
(``kg.extract.workplace.page_workplace``), as a unit written bare opening a clause is read
(``kg.extract.workplace.own_department``), and the office is at the company, its role the
unit and the title (装配车间主任), as the project's gold writes a workshop's head.  Only the
units whose heads hold the company's offices (``posts/held_unit_endings.txt``: 车间, 部) are
read so; a unit named after another body is that body's.
"""

from __future__ import annotations

import re

from spacy.tokens import Span

from kg.extract.context import ArticleContext
from kg.extract.units import HELD_UNIT_ENDINGS
from kg.extract.wordlists import COMPANY_WORD
from kg.extract.workplace import page_workplace
from kg.lexicon import alternation_of
from kg.model.facts import EntityRef

# a unit's name: a few characters, then the ending of a unit whose head is the company's officer
_UNIT = re.compile(f"[\u4e00-\u9fff]{{1,7}}?(?:{alternation_of(HELD_UNIT_ENDINGS)})")
# how far after the verb the title may start
_REACH = 9


def workshop_at(ctx: ArticleContext, pos: int, by_start: dict[int, Span]) -> tuple[EntityRef, str, int] | None:
    """The page's workplace, the words of its unit before the title and where the title
    starts, when a unit named bare starts at ``pos`` and a title follows it (装配车间|主任,
    装配|车间主任: the title the tagger read opening with the unit's ending); None otherwise.
    The company's own word before the unit (现任公司安全环保部部长) is the workplace, no word
    of the unit's name."""
    text = ctx.text
    for y in range(pos + 1, min(len(text), pos + _REACH)):
        t = by_start.get(y)
        if t is None:
            continue
        word = (pos, pos + len(COMPANY_WORD)) if text.startswith(COMPANY_WORD, pos) else None
        if ctx.mentions_in("PERSON", pos, y) or any(
            x < y and (x, z) != word for x, z in ctx.ref_at.starting_in(pos, y)
        ):
            return None  # (a name or a body between: no bare unit; the company's own word is none)
        ending = next((e for e in HELD_UNIT_ENDINGS if t.text.startswith(e)), "")
        if not (_UNIT.fullmatch(text, pos, y) or (ending and _UNIT.fullmatch(text[pos:y] + ending))):
            return None
        workplace = page_workplace(ctx)
        own = len(COMPANY_WORD) if text.startswith(COMPANY_WORD, pos) else 0
        own = own if own and _UNIT.fullmatch(text, pos + own, y) else 0
        return None if workplace is None else (workplace, text[pos + own : y], y)
    return None
