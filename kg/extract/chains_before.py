"""Family *posts*: the chain of titles written before a name (BODY TITLE、TITLE，BODY TITLE NAME).

Kept apart from :mod:`kg.extract.posts`, which reads every shape of an office and asks here
for the titles before a name: read from the name back, each title at the body named right
before it (``kg.extract.offices`` reads how the two are glued), else at the title before's
body; a title must touch the name (a note, a Latin name, a grade or an honour may come
between), the titles before it set off by 、，兼, and a comma ends the chain unless its first
link opens the clause (``kg.extract.comma_chains``).  Each link is a title and its body, or
None where the text writes none.
"""

from __future__ import annotations

import re

from spacy.tokens import Span

from kg.extract.bare_titles import (
    CHAIN_GAP,
    article_union_of,
    bare_union,
    government_of,
    kind_named_before,
    own_body,
    own_site,
    referred_firm,
    residents_committee,
    village_body,
    workshop,
)
from kg.extract.comma_chains import cut_at_commas
from kg.extract.context import ArticleContext
from kg.extract.jobs import graded_before
from kg.extract.joined import joined_unit
from kg.extract.office_times import (
    after_mark,
    former,
    former_committee,
    former_head,
    inner_mark,
    links_now,
    marked_time,
)
from kg.extract.offices import body_before, role_at
from kg.extract.units import held_unit
from kg.extract.wordlists import SET_OFF_BEFORE_NAME
from kg.extract.workplace import bracketed_officer, leading_officer
from kg.lexicon import alternation_of, words
from kg.model.facts import EntityRef

# between the title next to a name and the name (主席 刘洋; a list of results: 主席：刘洋)
NAME_GAP = " ：:"
# a note on a title in brackets before the name (副主席（挂职）刘洋, 主任（兼）李静, 副主席（按姓氏笔画为序）：刘洋)
NOTE_BEFORE = re.compile(r"[（(][^（()）、，。]{1,16}[）)][：:]?$")
# a note after the titles saying their holder left them (退休, 调离: ``posts/departed_notes.txt``)
DEPARTED_NOTES = words("posts/departed_notes.txt")
# a meeting's words before the title of one serving it (职代会秘书长): a role of the session, no office
SESSION_WORDS = words("posts/session_words.txt")
# a name in Latin letters right before the Han one, the same person's (会长Michael Wong黄家明)
LATIN_BEFORE = re.compile(r"(?<![A-Za-z])[A-Z][A-Za-z'.-]+(?: [A-Z][A-Za-z'.-]*){0,3} ?$")
# an honour set off between the titles and the name (合作社理事长、省劳动模范X, 副总经理、技术骨干X): no office
HONOUR_BEFORE = re.compile(f"[，,、]([\u4e00-\u9fff]{{0,12}}(?:{alternation_of(SET_OFF_BEFORE_NAME)}))$")


def chain_before(
    ctx: ArticleContext, p: Span, titles: dict[int, Span], end: int | None = None
) -> list[tuple[Span, tuple[int, EntityRef, str] | None]]:
    """BODY TITLE、TITLE，BODY TITLE NAME: the offices of the chain of titles before a name
    (or, a table's row naming the person first, of the chain ending at ``end``, its cell's end)."""
    text = ctx.text
    sa, _ = ctx.sentence_of(p.start_char if end is None or end > p.start_char else end - 1)
    chain: list[tuple[Span, tuple[int, EntityRef, str] | None]] = []
    starts: list[int] = []  # where each title (with its body) of the chain starts
    now: set[int] = set()  # the links a time mark makes held now (现任), or held once (原, 前)
    past: set[int] = set()
    inner: set[int] = set()
    pos = p.start_char if end is None else end
    session = False  # a session's role (职代会秘书长) was read next to the name: no link, the chain goes on
    while pos > sa:
        k = pos
        # the title next to the name touches it (a space may come between); the titles
        # before it are set off by 、，兼
        gap = CHAIN_GAP if chain or session else NAME_GAP
        if chain:
            k = after_mark(text, k, chain[-1][1] is not None)  # 副校长、原县总工会副主席X: a time after 、
        if not chain and not session and (note := NOTE_BEFORE.search(text, max(sa, k - 20), k)) is not None:
            if any(w in note.group() for w in DEPARTED_NOTES):
                return []  # 某公司车间主任（2027年12月退休）: a row's job cell telling it left: held no more
            k = note.start()  # 副主席（挂职）刘洋: a note on the title between it and the name
        if not chain and (latin := LATIN_BEFORE.search(text, max(sa, k - 40), k)) is not None:
            k = latin.start()  # 会长Michael Wong黄家明
        if not chain and (mark := graded_before(ctx, k, sa)) is not None:
            k, gap = mark, ""  # 公司工会主席，高级工程师 刘洋 (法律顾问、某律师事务所律师X): a grade after the titles
        elif not chain and (honour := HONOUR_BEFORE.search(text, max(sa, k - 20), k)) is not None:
            k, gap = honour.start(1) - 1, ""  # 合作社理事长、省劳动模范X: an honour after the titles
        while k > sa and text[k - 1] in gap and pos - k < (2 if chain else 3):  # (主席：A, 主席 ： A)
            k -= 1
        t = titles.get(k)
        if t is None:
            break
        body = (
            joined_unit(ctx, t, sa)
            or body_before(ctx, t, past=True)
            or bare_union(ctx, t, sa)
            or government_of(ctx, t, sa)
            or own_body(ctx, t, sa)
        )
        body = body or article_union_of(ctx, t, sa) or own_site(ctx, t, sa) or village_body(ctx, t, sa)
        body = body or workshop(ctx, t, sa) or kind_named_before(ctx, t, sa) or residents_committee(ctx, t, sa)
        body = body or referred_firm(ctx, t, sa)  # 这家茶企的工会主席X
        if body is None and (officer := bracketed_officer(ctx, t) or leading_officer(ctx, t, sa)) is not None:
            body = (t.start_char, *role_at(officer, t.text))  # A（总经理） on a company's own page
        if body is None and not chain and (word := _session_word(text, t.start_char, sa)):
            session, pos = True, t.start_char - len(word)  # 某部经理、职代会秘书长X: the session's role
            continue
        if (time := marked_time(text, t, body)) is not None:  # (县总工会原主席: a mark inside the link)
            (now if time else inner if inner_mark(text, t, body) else past).add(len(chain))
        chain.append((t, body))
        pos = body[0] if body else t.start_char
        starts.append(pos)
        group = len(chain) - 1
        while body and (shared := _body_listed_before(ctx, pos, body[1], body[2] != t.text)) is not None:
            # 权益保障部、劳动和经济工作部部长X: the title is the head of each unit listed
            body = (shared[0], *held_unit(ctx, *role_at(shared[1], t.text)))
            chain.append((t, body))
            pos = body[0]
            starts.append(pos)
        heirs = group
        while heirs > 0 and chain[heirs - 1][1] is None:
            heirs -= 1
        if len(chain) - 1 > group and heirs < group:
            # A协会、B协会副会长、秘书长X: which title is at which body is not written
            del chain[heirs:], starts[heirs:]
    cut_at_commas(ctx, chain, starts, sa)  # (当选为主席，区总工会党组书记X: another clause's)
    if chain and former_committee(text, chain[-1][0].start_char):
        return []  # 因原女职工委员会主任X: offices held once, not now
    # 原区总工会主席X, 时任…主席X; 某校副校长、原县总工会副主席X: the mark opens a past run of links
    opened = {i for i in range(len(chain)) if former(text, starts[i]) or former_head(text, starts[i])}
    return links_now(chain, opened | past | inner, now, frozenset(inner - opened))


def _session_word(text: str, at: int, sa: int) -> str:
    """职代会秘书长 after 、: the word of a meeting (``posts/session_words.txt``) glued before the
    title at ``at``, a mark of a chain before it; "" otherwise."""
    word = next((w for w in SESSION_WORDS if text.endswith(w, 0, at)), "")
    return word if word and at - len(word) > sa and text[at - len(word) - 1] in CHAIN_GAP else ""


def _body_listed_before(
    ctx: ArticleContext, pos: int, body: EntityRef, unit: bool = False
) -> tuple[int, EntityRef] | None:
    """A body of the same kind as ``body`` (its name ends as this one's) listed right before
    it with 、: where its name starts, and it.  ``unit``: the office was read at a unit of
    ``body`` (组织部、宣传部部长X): another unit of it listed before heads the same."""
    if ctx.text[pos - 1 : pos] != "、":
        return None
    for x, y in ctx.ref_at.by_end.get(pos - 1, ()):
        ref = ctx.ref_at[(x, y)]
        if unit and ref != body and held_unit(ctx, ref, "")[0] == body:
            return x, ref
        if ref.cls == body.cls and ref != body and ref.name[-1] == body.name[-1]:
            return x, ref
    return None
