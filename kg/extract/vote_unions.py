"""Whose office a title is when no body is written before it: the union of a vote or of a
list of results.

A congress's results are often printed without the union before each title: a sentence of
the vote (会议选举产生了新一届委员会，主席A) or a list under a head line (主席：A / 副主席：B、C)
gives the union once.  ``kg.extract.posts`` asks here when a chain of titles has no body of
its own; the vote's words and the list's line shapes are read only here.
"""

from __future__ import annotations

import re

from kg.extract.context import ArticleContext
from kg.extract.elections import members_line
from kg.extract.offices import voted_union
from kg.extract.wordlists import ELECTING_VERBS, PROFILE_VERBS
from kg.extract.workplace import article_union
from kg.lexicon import alternation_of, words
from kg.model.facts import EntityRef

# a vote told before a chain of titles without a body (选举产生…，主席A)
VOTE = re.compile(alternation_of(ELECTING_VERBS))

# the end of the head line of a list of offices (…委员会组成人员名单)
LIST_HEADS = words("posts/list_heads.txt")
# what follows a union's name where a head line names it by its committee (某医院工会委员会)
COMMITTEE = "委员会"
# a list's head opening the line of its entries (某市总工会领导班子：主席A，副主席B)
_INLINE_HEAD = re.compile(f"[^\n：:，。；]{{0,30}}(?:{alternation_of(LIST_HEADS)})[：:]\\s*")
# marks opening the lines of a list (●理事长：…, ·副主席：…)
BULLETS = " \u3000\t●○•·▪◆◇■□★☆▶►-*"
# what sets names apart in a line of them
NAME_MARKS = " \u3000\t、，,；;。"
# a line of a list of results: a short label and a colon (副主席：A、B, 某工会第五届委员会主席：A)
# (a note in brackets may end the label: 理事（15席，依姓氏笔划排序）：)
LIST_LINE = re.compile(r"\s*[^\n：:，。（(]{1,20}(?:[（(][^\n（()）]{1,16}[）)])?[：:]")


# notes on the names of a line of names (刘洋（女） 李静（兼职）)
_NOTES = re.compile(r"[（(][^（()）\n]{1,8}[）)]")


def vote_union(ctx: ArticleContext, at: int) -> EntityRef | None:
    """The union whose vote the sentence before ``at`` tells (会议选举产生了新一届委员会，…):
    the one the vote names (选举产生了中国某某第五届全国委员会), else the union named last
    before, else the article's; None without a vote."""
    sa, _ = ctx.sentence_of(at)
    clause = max(sa - 1, *(ctx.text.rfind(m, 0, at) for m in "，,；;：:")) + 1
    if not VOTE.search(ctx.text, sa, at) or ctx.bodies_in(clause, at):
        return None  # (选举某公司财务经理X为…: a body named before the title, in its clause, holds it)
    if ctx.text[clause:at].strip() and not VOTE.search(ctx.text, clause, at):
        return None  # (…为主席，会后园区负责人X: a title inside another clause is no office of the vote)
    return voted_union(ctx, at) or ctx.union_before(at) or article_union(ctx)


def list_union(ctx: ArticleContext, at: int) -> EntityRef | None:
    """主席：A, a title opening its line: the union of the vote told in the line before the
    lines of the list (each TITLE：NAMES), or of the list's head (…委员会组成人员名单); None
    when that line is neither, when it lists the whole committee (委员：A、B: no office), or when
    the title's own line is no list's (its label and a colon): a sentence opening with a title
    after a vote (补选…。\n党委书记X在讲话中指出) is prose.  A line may open with a bullet
    (●常务理事：A、B), and a line of names alone goes on the entry before it."""
    text = ctx.text
    start = text.rfind("\n", 0, at) + 1
    if (head := _INLINE_HEAD.fullmatch(text, start, at)) is not None:
        # 某市总工会领导班子：主席A，副主席B、C: a list's head and its entries on one line
        bodies = ctx.bodies_in(start, head.end())  # (the head's union, however its class was read)
        return bodies[-1][2] if bodies else article_union(ctx)
    lead = text[start:at].strip(BULLETS)
    if (lead and lead not in PROFILE_VERBS) or not LIST_LINE.match(text, start) or members_line(text, at):
        return None  # (现任主席：A, an entry's infobox: the office held now)
    while start > 0:
        head = text.rfind("\n", 0, start - 1) + 1
        line = text[head : start - 1]
        if not LIST_LINE.match(line) and not _names_only(ctx, head, start - 1):
            told = VOTE.search(line) or line.strip().endswith(LIST_HEADS)
            return ctx.union_before(at) or article_union(ctx) if told else named_head(ctx, head, start - 1)
        start = head
    return None


def named_head(ctx: ArticleContext, a: int, b: int) -> EntityRef | None:
    """The union a page's head line names alone (温县总工会, 某医院工会委员会 over 主席：A /
    副主席：B, as an organisation page or an entry's infobox prints its officers): the line is
    the union's name and nothing else but its committee word; None otherwise."""
    line = ctx.text[a:b]
    a += len(line) - len(line.lstrip())
    b = a + len(line.strip())
    for end in (b, b - len(COMMITTEE) if ctx.text.endswith(COMMITTEE, a, b) else b):
        bodies = ctx.bodies_in(a, end)
        if len(bodies) == 1 and bodies[0][:2] == (a, end) and bodies[0][2].cls == "TradeUnion":
            return bodies[0][2]
    return None


def _names_only(ctx: ArticleContext, a: int, b: int) -> bool:
    """Whether ``[a, b)`` holds names alone, set apart by marks: the names of a list's entry
    going on in a line of their own (理事（15席）：\n王振宇、江佩珊…), each maybe with a note (刘洋（女）)."""
    rest = list(ctx.text[a:b])
    for p in ctx.mentions_in("PERSON", a, b):
        rest[p.start_char - a : p.end_char - a] = [""] * (p.end_char - p.start_char)
    return b > a and not _NOTES.sub("", "".join(rest)).strip(NAME_MARKS)


def in_list_line(ctx: ArticleContext, at: int) -> bool:
    """Whether ``at`` is after the label of a list's line (副主席：A B)."""
    start = ctx.text.rfind("\n", 0, at) + 1
    m = LIST_LINE.match(ctx.text, start)
    return m is not None and m.end() <= at


# a note on a name in a list's line, before the gap to the next name (刘洋（女） 李静, 王强（兼职） 赵敏)
NAME_NOTE = re.compile(r"^[（(][^（()）\n]{1,8}[）)]")


# how far a line of names may open before its first name (its bullets and indent), and the
# longest line of a list read (a label's line, a line of names)
_BULLET_REACH = 8
_LONGEST_LINE = 200
# the most lines of names one label heads
_MOST_LINES = 12


def label_above(ctx: ArticleContext, at: int) -> int | None:
    """副主席（按姓氏笔画为序）：\\nA B C: where the label of a list's entry ends (after its
    colon), when ``at`` opens a line of names alone under that label's line (maybe after
    other lines of names alone: a long entry goes on over lines); None otherwise."""
    text = ctx.text
    start = text.rfind("\n", max(0, at - _BULLET_REACH), at) + 1
    if not start or text[start:at].strip(BULLETS):
        return None
    for _ in range(_MOST_LINES):
        if start <= 0:
            break
        head = text.rfind("\n", max(0, start - 1 - _LONGEST_LINE), start - 1) + 1
        if not head and start - 1 > _LONGEST_LINE:
            return None  # (a line longer than a list's: prose)
        line = text[head : start - 1].rstrip(" \u3000\t")
        m = LIST_LINE.match(line)
        if m is not None and m.end() == len(line):
            return head + m.end()
        if not _names_only(ctx, head, start - 1):
            return None
        start = head
    return None


def in_names_line(ctx: ArticleContext, at: int) -> bool:
    """Whether ``at`` is in a list's line: after its label (副主席：A B), or in a line of names
    alone under a label's line (副主席：\\nA B)."""
    if in_list_line(ctx, at):
        return True
    start = ctx.text.rfind("\n", max(0, at - _LONGEST_LINE), at) + 1
    return (start > 0 or at <= _LONGEST_LINE) and label_above(ctx, start) is not None
