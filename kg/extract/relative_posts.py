"""Family *posts*, an office told in a clause before a name, set off by 的: 调任某公司工会主席的X,
新当选区总工会副主席的X.  The chain of titles before 的 is read as any chain before a name
(``kg.extract.posts``); whether the person holds it now is said by the verb opening the clause:
a verb of taking an office (``elected_verbs.txt``: 调任, 担任, 当选 …) makes it a present post,
a mark of a past office before the verb (曾任, 原任: ``former_marks.txt``) a past one, and no verb
(获评先进的X, 公司工会主席的发言) no post at all: the clause may only describe the name.
"""

from __future__ import annotations

from spacy.tokens import Span

from kg.extract.context import ArticleContext
from kg.extract.wordlists import ELECTED_VERBS, FORMER_MARKS

# what joins the clause to the name
OF = "的"
# how far before the verb a mark of a past office may stand (曾经担任)
_PAST_REACH = 3


def relative_end(ctx: ArticleContext, p: Span) -> int | None:
    """Where the clause before the name at ``p`` ends (its 的), or None when no 的 joins them."""
    at = p.start_char - len(OF)
    return at if at > 0 and ctx.text.startswith(OF, at) else None


def held_now(ctx: ArticleContext, chain: list) -> bool:
    """Whether a verb of taking an office opens the clause of a chain of titles (``kg.extract.
    posts``: each title with its body's start, body and role, or None), right before where the
    chain starts (调任|某公司工会主席的X), with no mark of a past office before it (曾任)."""
    if not chain:
        return False
    text = ctx.text
    start = chain[-1][1][0] if chain[-1][1] else chain[-1][0].start_char
    verb = next((v for v in sorted(ELECTED_VERBS, key=len, reverse=True) if text.endswith(v, 0, start)), None)
    if verb is None:
        return False
    before = text[max(0, start - len(verb) - _PAST_REACH) : start - len(verb)]
    return not any(mark in before for mark in FORMER_MARKS)
