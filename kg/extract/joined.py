"""Units named bare inside a chain of titles, written with the next title and held at the
body of the title before them (``JOINED`` stands for that body; ``kg.extract.posts`` reads it).

* 兼 joins a title to the next (副主席兼基层工作部部长): a unit named bare between them is
  written with the next title, at the body of the first;
* after a chain's 、, a party department (组织部) after a title held at a party working
  committee (党工委委员、组织部部长): the committee's office, its role the whole (组织部部长);
* after a chain's 、, a group with no unit's ending (机关代表团团长, after 机关党委书记、) whose
  last character opens its head's title is written with it too: no body of its own (a
  delegation is no organisation), so the office is the body's, its role the whole
  (机关代表团团长).  Units with a unit's ending after 、 (、职业安全健康厅厅长) are
  ``kg.extract.units``' (a body of their own).
"""

from __future__ import annotations

import re

from spacy.tokens import Span

from kg.extract.context import ArticleContext
from kg.extract.gov_bodies import DEPARTMENTS, WORKING_COMMITTEE
from kg.extract.units import UNIT_ENDINGS
from kg.lexicon import alternation_of
from kg.model.facts import EntityRef

TITLE_JOINER = "兼"
JOINED = EntityRef("Organization", "")
JOINED_UNIT = re.compile(f"[\u4e00-\u9fff]{{1,7}}(?:{alternation_of(UNIT_ENDINGS)})")
# a group named bare after a chain's mark (机关代表团): two to seven characters
_GROUP = re.compile("[\u4e00-\u9fff]{2,7}")
CHAIN_MARK = "、"


def joined_unit(ctx: ArticleContext, t: Span, sa: int) -> tuple[int, EntityRef, str] | None:
    """副主席兼基层工作部部长X, 机关党委书记、机关代表团团长X: a unit named bare between 兼 (or,
    a group whose last character opens the title, 、) and a title, right after another
    title, is written with the title, at the body of the title before (``JOINED``)."""
    x = t.start_char
    j = ctx.text.rfind(TITLE_JOINER, max(sa, x - 9), x)
    if j >= 0 and JOINED_UNIT.fullmatch(ctx.text, j + 1, x):
        pass
    elif (j := ctx.text.rfind(CHAIN_MARK, max(sa, x - 8), x)) < 0 or not (
        _group(ctx.text[j + 1 : x], t.text) or _working_department(ctx, j, ctx.text[j + 1 : x])
    ):
        return None
    if not _title_ends(ctx, j):
        return None
    unit = ctx.text[j + 1 : x]
    if ctx.mentions_in("PERSON", j + 1, x) or ctx.mentions_in("TITLE", j + 1, x) or ctx.ref_at.starting_in(j + 1, x):
        return None
    return (j + 1, JOINED, unit + t.text)


def _group(words: str, title: str) -> bool:
    """机关代表团 before 团长: a group with no unit's ending whose last character opens the title."""
    head = title.removeprefix("副")
    return bool(_GROUP.fullmatch(words)) and not JOINED_UNIT.fullmatch(words) and head.startswith(words[-1])


def _working_department(ctx: ArticleContext, mark: int, words: str) -> bool:
    """党工委委员、组织部部长: a party department named bare after a title held at a party working
    committee (街道党工委, 开发区党工委) is written with its title, at that committee."""
    before = [t for t in ctx.mentions_in("TITLE", max(0, mark - 12), mark) if t.end_char == mark]
    return words in DEPARTMENTS and bool(before) and ctx.text.endswith(WORKING_COMMITTEE, 0, before[0].start_char)


def group_before(ctx: ArticleContext, pos: int, title: Span) -> str:
    """担任顾问团团长: a group named bare from ``pos`` to the title (no area, body or name in it,
    its last character opening the title): no body of its own, its head an office of the body
    that formed it; "" else."""
    words = ctx.text[pos : title.start_char]
    if (
        not _group(words, title.text)
        or ctx.areas_in(pos, title.start_char)
        or ctx.ref_at.starting_in(pos, title.start_char)
    ):
        return ""
    return "" if ctx.mentions_in("PERSON", pos, title.start_char) else words


def _title_ends(ctx: ArticleContext, at: int) -> bool:
    """Whether a title ends at ``at`` (副主席|兼)."""
    return any(t.end_char == at for t in ctx.mentions_in("TITLE", max(0, at - 12), at))
