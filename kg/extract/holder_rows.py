"""Family *awards*, continued: the holder a row of a winners' list names.

A list of winners under a label prints each holder on a row of cells set apart by gaps, as
the table it was copied from had them: the name, the job, the unit (张三　焊工　某公司), or the
unit first (某医院　李四); a list of bodies may set several on one line (A工会　B工会　C工会).
The row's person is its holder, wherever the cell stands; a line whose every cell is a holder
of one kind (all bodies, all people) holds one each.  The list's frame says whose row it is:
under a person's honour, a row that names a unit and no person the tagger knew has its name
in its first or last cell (the tagger may read a name holding a place's name, 申陵川, as a
place, or glue a name after a unit to the unit): a name of three characters (four with a
compound surname) that opens with a surname and ends with no worker's ending (焊工, 技师).
"""

from __future__ import annotations

import re

from kg.extract.awards import bodies_in
from kg.extract.context import ArticleContext
from kg.extract.wordlists import COLLECTIVE_HONOURS
from kg.model.facts import EntityRef
from kg.nlp.name_checks import COMPOUND_SURNAMES, plausible_name, single_surnames
from kg.nlp.name_shapes import ROLE_ENDINGS, common_word

# a gap between cells: what ingestion leaves of a table's white space (one space, a wide one)
_CELL = re.compile("[^ \u3000\t]+")
# a note in brackets closing a cell (张三（女）)
_NOTE = re.compile("[（(][^（()）\n]{1,20}[)）]\\Z")
_COLLECTIVE = tuple(COLLECTIVE_HONOURS)


def row_holders(ctx: ArticleContext, a: int, b: int, honour: str, bodies: bool) -> list[EntityRef] | None:
    """The holders the row ``[a, b)`` names, when it has two cells or more; None for a row
    of one cell (its holder is read from its start), and for a row of a list of ``bodies``
    that is not all bodies (其钢筋班　班组长　A: the team's, not A's)."""
    cells = [(a + m.start(), a + m.end()) for m in _CELL.finditer(ctx.text[a:b])]
    if len(cells) < 2:
        return None
    whole = [_holder_filling(ctx, x, y) for x, y in cells]
    kinds = {ref.cls == "Person" for ref in whole if ref is not None}
    if all(whole) and (kinds == {False} or (kinds == {True} and not bodies)):
        return [ref for ref in whole if ref is not None]  # (A工会　B工会　C工会: one each)
    if bodies:
        return None
    people = [ref for ref in whole if ref is not None and ref.cls == "Person"]
    if people:
        return people[:1]
    if honour.endswith(_COLLECTIVE) or not any(whole):
        return None
    for k in (0, len(cells) - 1):
        x, y = cells[k]
        if whole[k] is None and _untagged_name(ctx.text[x:y]):
            return [EntityRef("Person", ctx.text[x:y])]
    return None


def _holder_filling(ctx: ArticleContext, x: int, y: int) -> EntityRef | None:
    """The person, else the body, whose name fills the cell ``[x, y)`` (a note after it)."""
    note = _NOTE.search(ctx.text, x, y)
    y = note.start() if note is not None and note.start() > x else y
    people = ctx.mentions_in("PERSON", x, y)
    if people and people[0].start_char == x and people[0].end_char == y:
        return EntityRef("Person", people[0].text)
    return next((ref for end, start, ref in bodies_in(ctx, x, y) if (start, end) == (x, y)), None)


def _untagged_name(cell: str) -> bool:
    """Whether a cell of a person's row the tagger read no name in is a name: three
    characters opening with a surname (four with a compound one), no worker's noun."""
    compound = cell.startswith(COMPOUND_SURNAMES)
    if len(cell) != (4 if compound else 3) or not (compound or cell[0] in single_surnames()):
        return False
    return plausible_name(cell) and not common_word(cell) and not cell.endswith(ROLE_ENDINGS)
