"""Family *posts*: a vote of a board named bare (经第十届理事会第六次会议选举) on a union's
own page, or of a board named after its body (某协会第二届理事会第一次会议，选举A为会长).

A union's site tells its own votes without its name: 【本会讯】… 经第十届理事会第六次会议选举，
A接任某委员会主任，B获增补为副理事长.  The board (理事会, 委员会, with its term) is the one
of the union the page calls 本会 (``posts/own_body_words.tsv``), the union the article is
about — not the union named last before the names (a visiting delegation's, a partner's).
"""

from __future__ import annotations

import re

from kg.extract.context import ArticleContext
from kg.extract.offices import OWN_BODY_WORDS
from kg.extract.wordlists import UNION_WORD
from kg.extract.workplace import article_union
from kg.model.facts import EntityRef

# a board named by its term alone, voting (经第十届理事会第六次会议选举, 第五届委员会第二次全体会议推选)
_BARE_BOARD = re.compile(
    r"(?:^|(?<=[经由，,：:；;。\n]))第[一二三四五六七八九十百零〇\d]+届(?:理事会|委员会|监事会|常务委员会)"
    r"(?:第[一二三四五六七八九十百零〇\d]+次(?:全体)?会议)?(?:选举|推选|通过|决定)"
)
# a board named after its body, its sitting, then the vote in the clause after (…协会第二届理事会
# 第一次会议，选举A为会长; 某工会第五届委员会第二次全体会议选举)
_NAMED_BOARD = re.compile(
    r"第[一二三四五六七八九十百零〇\d]+届(?:理事会|委员会|监事会|常务理事会|常务委员会)"
    r"第[一二三四五六七八九十百零〇\d]+次(?:全体)?(?:会员)?(?:扩大)?会议(?:上)?[，,]?(?:会议)?(?:选举|推选|补选|增补)"
)
# the words by which a union's page names itself (本会, 我会)
_OWN_WORDS = tuple(
    w for w, (refers, endings) in OWN_BODY_WORDS.items() if refers == "page" and endings == (UNION_WORD,)
)
# how far back in its paragraph the vote may be told (one sentence and its clauses)
_REACH = 120


def own_board_union(ctx: ArticleContext, at: int) -> EntityRef | None:
    """The union whose board, named bare, voted in the sentence before ``at`` (its clauses
    after ；too), on a page naming its union 本会: the union the article is about; None else."""
    text = ctx.text
    start = max(text.rfind("。", 0, at), text.rfind("\n", 0, at), at - _REACH) + 1
    if _BARE_BOARD.search(text, start, at) is None or not any(w in text for w in _OWN_WORDS):
        return None
    return article_union(ctx)


def named_board_body(ctx: ArticleContext, at: int) -> EntityRef | None:
    """The body whose board sat and voted in the sentence before ``at``, its name written right
    before the board's term (某协会第二届理事会第一次会议，选举A为会长): the offices the vote gives
    are that body's — an association's, a company's — not those of the union the article last
    named; None when no such sitting is told."""
    text = ctx.text
    start = max(text.rfind("。", 0, at), text.rfind("\n", 0, at), at - _REACH) + 1
    body = None
    for m in _NAMED_BOARD.finditer(text, start, at):
        body = next((ref for _x, y, ref in ctx.bodies_in(start, m.start()) if y == m.start()), None)
    return body
