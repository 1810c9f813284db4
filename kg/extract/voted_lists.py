"""Family *posts*, the offices of a list a union committee's own sitting voted: the sentence
opening with the sitting and closing with its vote (…经费审查委员会第一次全体会议召开，…以无记名
投票方式选举：), then label lines (主　任：A / 副主任：B　C).

The labels are the committee's offices, not the union's: a committee's head holds, at the
union, the office the README's conventions write with the committee (经费审查委员会主任), as
a vote in one sentence does (kg.extract.vote_committees, 经费审查委员会第一次会议推选A为主任).
Whichever reader took a label's title before a name for an office at the union, its role is
written with the committee here.  The union's whole committee (工会委员会) heads no committee
of it: its sitting's labels stay the union's.
"""

from __future__ import annotations

import re

from kg.extract.context import ArticleContext
from kg.extract.vote_committees import WHOLE_UNION_BODIES
from kg.extract.wordlists import ELECTING_VERBS, UNION_COMMITTEES
from kg.lexicon import alternation_of

# the sitting's sentence, to its vote and colon at the line's end
_SITTING = re.compile(
    f"(?P<committee>{alternation_of(UNION_COMMITTEES)})(?:第[一二三四五六七八九十\\d]+次)?(?:全体)?(?:会议|全会)"
    f"[^。\\n]{{0,40}}?(?:{alternation_of(ELECTING_VERBS)})[：:][ \u3000]*$"
)
# a label line of the list: a title (spaced out to a width, 主　任), its colon
_LABEL_LINE = re.compile("[ \u3000]*[\u4e00-\u9fff][\u4e00-\u9fff \u3000]{0,8}[：:]")
# the most label lines between the sitting's sentence and a holder's line
_LIST_LINES = 8


def voted_list_roles(ctx: ArticleContext) -> None:
    """Each office at a union read from a label line under a committee's sitting's vote: the
    committee's, its name in the role (主任 → 经费审查委员会主任)."""
    text = ctx.text
    for rel in ctx.facts.relations:
        if rel.pred != "post" or rel.object.cls != "TradeUnion" or not rel.role:
            continue
        line = text.rfind("\n", 0, rel.evidence.start) + 1
        committee = _sitting_above(text, line) if _LABEL_LINE.match(text, line) else ""
        if committee and not rel.role.startswith(committee):
            rel.role = committee + rel.role


def _sitting_above(text: str, line: int) -> str:
    """The committee whose sitting's vote opens the list the label line at ``line`` is in, or ""."""
    for _ in range(_LIST_LINES):
        if line == 0:
            return ""
        above = text.rfind("\n", 0, line - 1) + 1
        m = _SITTING.search(text[above : line - 1])
        if m is not None:
            return m.group("committee") if m.group("committee") not in WHOLE_UNION_BODIES else ""
        if not _LABEL_LINE.match(text, above):
            return ""
        line = above
    return ""
