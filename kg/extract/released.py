"""Family *posts*: offices a notice or minutes says a person no longer holds.

An election or an appointment often ends with the office it replaces: 选举A为公司工会常务副主席，
其原任公司工会副主席职务自然免除; 同意B同志任区总工会副主席，免去其街道总工会主席职务.  The
office after 原任/免去 is a former one; the same person's office with that title read elsewhere
in the article (an attendance line written before the vote: A（公司工会副主席）) is dropped, so
that only the offices held now remain.  A report says it with 不再担任 (A因工作调动不再担任公司
工会主席；): the office runs to the clause's end; one who retires (A因到龄退休不再担任…) keeps none
of the offices read of them (the 党委副书记 beside the chair, too).  The phrases live in
``posts/release_phrases.tsv``, the words of leaving work in ``posts/leaving_words.txt``.
"""

from __future__ import annotations

import itertools
import re

from kg.extract.context import ArticleContext
from kg.extract.wordlists import UNION_WORD
from kg.lexicon import alternation_of, table, words
from kg.nlp.titles import compound_title_pattern, read_titles

_PHRASES = table("posts/release_phrases.tsv", header=True)
_CLAUSE_END = "。"  # a close so written: the office runs to the clause's end
_OPENS = tuple(dict.fromkeys(row[0] for row in _PHRASES if row[1] != _CLAUSE_END))
_CLOSES = tuple(dict.fromkeys(row[1] for row in _PHRASES if row[1] != _CLAUSE_END))
_OPENS_TO_END = tuple(dict.fromkeys(row[0] for row in _PHRASES if row[1] == _CLAUSE_END))
# 其原任…职务自然免除, 免去其…职务, 免去A同志的…职务: the words between hold the body and the title
_RELEASE = re.compile(f"(?:{alternation_of(_OPENS)})(?P<office>[^，,。；;（(]{{2,30}}?)(?:{alternation_of(_CLOSES)})")
# A因工作调动不再担任公司工会主席；: the office runs to the clause's end, 职务 or not after it
_RELEASE_TO_END = re.compile(
    f"(?:{alternation_of(_OPENS_TO_END)})(?P<office>[^，,。；;（(]{{2,30}}?)(?:职务)?(?=[，,。；;（(\n]|$)"
)
# A因到龄退休不再担任…: leaving work ends every office the article read of the person (党委副书记、工会主席A)
_LEAVING = tuple(words("posts/leaving_words.txt"))
# what follows a name owning the office after it (免去A同志的…职务)
_OWNER_MARKS = ("同志的", "的")
# how far before the office a holder's name is looked for (冀长河因年龄原因不再担任: 9)
_HOLDER_REACH = 24
_TITLE_END = re.compile(f"(?:{compound_title_pattern(read_titles()).pattern})$")


def released_posts(ctx: ArticleContext) -> None:
    """Drop the offices the article says their holders no longer hold (see the module)."""
    gone: set[tuple[str, str]] = set()
    left: set[str] = set()  # people who left work (退休): none of their offices is held now
    offices: dict[str, list[str]] = {}  # holder -> the words of each office ended
    holders: frozenset[str] | None = None
    for m in itertools.chain(_RELEASE.finditer(ctx.text), _RELEASE_TO_END.finditer(ctx.text)):
        title = _TITLE_END.search(m.group("office"))
        if holders is None:
            holders = frozenset(r.subject.name for r in ctx.facts.relations if r.pred == "post")
        holder = _holder(ctx, m.start("office"), holders)
        if holder is not None and any(w in ctx.text[ctx.sentence_of(m.start())[0] : m.start()] for w in _LEAVING):
            left.add(holder)
        if title is not None and holder is not None:
            gone.update({(holder, title.group()), (holder, title.group().removeprefix(UNION_WORD))})
            # 不再担任经费审查委员会主任: the role read elsewhere may hold the committee before the title
            offices.setdefault(holder, []).append(m.group("office"))
    if not gone and not left:
        return
    ctx.facts.relations[:] = [
        r
        for r in ctx.facts.relations
        if r.pred != "post"
        or (
            (r.subject.name, r.role) not in gone
            and r.subject.name not in left
            and not any(office.endswith(r.role) for office in offices.get(r.subject.name, ()))
        )
    ]


def _holder(ctx: ArticleContext, at: int, holders: frozenset[str]) -> str | None:
    """Whose office opens at ``at``: the name written there (免去A同志的…职务), else the
    person named last before it in its sentence (其原任…, 免去其…: 其 points back to it) —
    as the tagger read a name there, or as the name of one of ``holders`` (of an office the
    article read elsewhere) written shortly before (the tagger may miss a name opening the
    clause: 冀长河因年龄原因不再担任…)."""
    sa, _ = ctx.sentence_of(at)
    people = ctx.mentions_of("PERSON")
    own = [p for p in people if at <= p.start_char <= at + 1 and ctx.text.startswith(_OWNER_MARKS, p.end_char)]
    if own:
        return own[0].text
    named = [(p.start_char, p.text) for p in people if sa <= p.start_char and p.end_char <= at]
    lengths = {len(name) for name in holders}
    named += [
        (k, ctx.text[k : k + n])
        for k in range(max(sa, at - _HOLDER_REACH), at)
        for n in lengths
        if k + n <= at and ctx.text[k : k + n] in holders
    ]
    return max(named)[1] if named else None
