"""Where a chain of titles before a name may run back across a comma.

A chain of offices is written with 、 between its titles, and with a comma between the
offices of one body and those of another (市委常委、统战部部长，市总工会主席X).  A title
before a comma may as well close another clause (X当选为主席，区总工会党组书记Y: Y is no
主席), so the chain runs back across a comma only when its first link opens the clause:
after a clause's mark (，副主任，区总工会主席X), or after a word that opens a clause's
subject or an adverbial — a preposition, a conjunction or an adverb (届时市委常委、统战部部长，
市总工会主席X出席; 由市委常委、组织部部长，市总工会主席X颁奖) — and then the link names its
body (a bare 主席 after 由 is the object of a clause gone before).  A verb's object (当选为,
任) never opens one.
"""

from __future__ import annotations

from kg.extract.bare_titles import CLAUSE_OPENERS
from kg.extract.context import ArticleContext
from kg.extract.wordlists import ELECTED_VERBS

# the tags (LAC's) of the words after which a chain opens its clause: a preposition, a
# conjunction, an adverb (由, 并, 届时)
_OPENING_TAGS = frozenset({"p", "c", "d"})
# the copula and the verbs of taking an office (任, tagged a preposition at times), after
# which a title is an object
_OBJECT_WORDS = frozenset({"为", "作为", *ELECTED_VERBS})


def opens_clause(ctx: ArticleContext, x: int, named: bool) -> bool:
    """Whether a chain whose first link starts at ``x`` opens its clause: after a clause's
    mark, or (its link naming its body, ``named``) after a preposition, a conjunction or an
    adverb."""
    if ctx.text[x - 1 : x] in tuple(CLAUSE_OPENERS):
        return True
    if not named:
        return False
    before = ctx.doc.char_span(x - 1, x, alignment_mode="expand")
    if before is None or before.end_char != x:
        return False
    word = before[-1]
    return word.tag_ in _OPENING_TAGS and word.text not in _OBJECT_WORDS


def cut_at_commas(ctx: ArticleContext, chain: list, starts: list[int], sa: int) -> None:
    """Titles across a comma are this name's only when the chain opens its clause (副主任，
    区总工会主席X; 届时市委常委、统战部部长，市总工会主席X); after a verb they are another
    clause's (当选为主席，区总工会党组书记X): cut ``chain`` (and ``starts``) in place at the
    last comma it crosses until it does."""
    text = ctx.text
    while chain and starts[-1] > sa and not opens_clause(ctx, starts[-1], chain[-1][1] is not None):
        crossed = max((i for i in range(1, len(chain)) if text[starts[i - 1] - 1] in "，,"), default=0)
        if not crossed:
            break
        del chain[crossed:], starts[crossed:]
