"""Jobs at a unit: the post of a worker named in a list of model workers or winners.

Such lists name each person after the unit and the job held there — 某公司技术主管、高级技师
刘洋, 某车间值班调度长刘洋, 某集团首席技能大师、高级工程师刘洋 — and the job words are too many to
list (值班调度长, 首席化验师, 焊工首席技师 …).  They are read by their shape instead: the
words between a body's name and the person's, set off by 、，兼, where the first is a job (it
ends as jobs do: …师, …长, …主管, ``posts/job_heads.txt``) and each other word is a job or
a grade of a profession (高级技师, 中小学高级教师: ``posts/job_grades.txt``), which is a
qualification, not a post.  Anything else between (工人、高级技师, a unit's place, a
membership such as 党员, an occupation such as 驾驶员) and no job is read: the reading holds
only where the words are all a worker's jobs and grades.
"""

from __future__ import annotations

import re

from kg.extract.context import ArticleContext
from kg.extract.offices import BODY_CLASSES, role_at
from kg.extract.wordlists import UNIT_HEAD_TITLES
from kg.lexicon import alternation_of, words
from kg.model.facts import EntityRef

JOB_HEADS = words("posts/job_heads.txt")
JOB_GRADES = words("posts/job_grades.txt")
JOB_NON_POSTS = frozenset(words("posts/job_non_posts.txt"))
# a qualification after a trade (制茶技师, 电气工程师) is the qualification still; after these
# (总工程师, 焊工首席技师) a position at the unit
POSITION_MARKS = tuple(words("posts/job_position_marks.txt"))
# a worker's trade (工长: a work group's foreman, 线路工长, 接触网工区工长): an occupation, as
# 驾驶员 is, no post at the unit, though it ends as a job does
TRADES = tuple(words("people/trades.txt"))
# a company's directors of a field (技术总监, 财务总监): another field may open the job's word
# (养殖技术总监, 生产技术总监), written between the company and the title the name finder reads
FIELD_OFFICERS = frozenset(w for w in words("posts/company_officer_titles.txt") if w.endswith("总监"))
# the words of a job or a grade ending as a job does: a job two to six characters long (a
# longer one is a unit and its job, 综合管理室值班调度长, not read), a grade up to eight (中小学高级教师)
_JOB = re.compile(f"[\u4e00-\u9fff]{{1,7}}(?:{alternation_of(JOB_HEADS)})")
_JOB_LENGTH = 6
_GRADE = re.compile(alternation_of(JOB_GRADES))
# between the words (技术主管、高级技师 / 焊工首席技师，高级技师 / 总工程师兼技术委员会主任)
_GAP = "、，,兼"
# a grade set off by a mark right before a name, a space perhaps between (，高级工程师 刘洋)
_GRADE_BEFORE = re.compile(r"[，,、]([\u4e00-\u9fff]{2,10})[ \u3000]?$")
# LAC's tags of function words (的, 在, 和, marks): no job's word holds one (公司的技术主管X)
_FUNCTION_TAGS = frozenset({"u", "p", "c", "xc", "w"})
# how far before a name the words of a list's entry may reach
_REACH = 24

Job = tuple[int, int, EntityRef, str]  # (start, end, body, role)


def jobs_before(ctx: ArticleContext, start: int) -> list[Job]:
    """The jobs named between a body and the name starting at ``start`` (each at that body),
    [] unless every word between is a job or a grade and the first is a job."""
    text = ctx.text
    sa, _ = ctx.sentence_of(start)
    pos = start
    while pos > max(sa, start - _REACH) and text[pos - 1] != "\n":
        pos -= 1
        body = _body_ending(ctx, pos)
        if body is not None:
            return _jobs_between(ctx, pos, start, body)
        if not ("\u4e00" <= text[pos] <= "\u9fff" or text[pos] in _GAP):
            return []
    return []


def graded_before(ctx: ArticleContext, end: int, sa: int) -> int | None:
    """Where the mark before a grade of a profession right before ``end`` (a name's start) stands,
    the grade bare (公司工会主席，高级工程师 刘洋) or at a body of its own (区总工会法律顾问、某律师
    事务所律师刘洋: a lawyer's qualification at the firm, no office): the titles before the mark are
    the name's; None without one.  (sa: the sentence's start.)"""
    text = ctx.text
    if (grade := _GRADE_BEFORE.search(text, max(sa, end - 12), end)) and is_grade(grade.group(1)):
        return grade.start(1) - 1
    for pos in range(end - 2, max(sa, end - _REACH), -1):
        if text[pos - 1] not in "、，," or not (body := _body_at(ctx, pos, end)):
            continue
        return pos - 1 if _kind(text[body:end].rstrip(" \u3000")) == "grade" else None
    return None


def _body_at(ctx: ArticleContext, pos: int, end: int) -> int | None:
    """Where the longest body's name starting at ``pos`` and ending before ``end`` ends."""
    ends = [y for x, y in ctx.ref_at.by_start.get(pos, ()) if y < end and ctx.ref_at[(x, y)].cls in BODY_CLASSES]
    return max(ends, default=None)


def _body_ending(ctx: ArticleContext, pos: int) -> EntityRef | None:
    """The body (union or organisation) whose name ends at ``pos``, the longest."""
    spans = sorted(ctx.ref_at.by_end.get(pos, ()), key=lambda s: s[0])
    refs = [ctx.ref_at[s] for s in spans]
    return next((ref for ref in refs if ref.cls in BODY_CLASSES), None)


def _jobs_between(ctx: ArticleContext, a: int, b: int, body: EntityRef) -> list[Job]:
    """The jobs of the words of ``[a, b)``, when all are jobs or grades and the first a job."""
    if ctx.ref_at.starting_in(a, b) or any(
        t.end_char > a and (t.start_char <= a or t.text not in FIELD_OFFICERS)
        for t in ctx.mentions_in("TITLE", a - _REACH, b)
    ):
        # a place, another body or a person between: not one entry's words; a title of the
        # lexicon (工会|一级巡视员 may start in the body's name): the chains of titles read it
        # (and a rank, 一级巡视员, is no post there); a company's director of a field with
        # another field before it (某公司养殖|技术总监X) no chain reads at the body: the job is
        # the word (not a mark of time, 原|会长, nor a trade's head, 中厨|厨师长)
        return []
    if any(t.tag_ in _FUNCTION_TAGS and t.text not in _GAP for t in ctx.doc.char_span(a, b, alignment_mode="expand")):
        return []  # 公司的技术主管X: a phrase, not the words of a list's entry
    found: list[Job] = []
    pos = a
    for word in re.split(f"[{_GAP}]", ctx.text[a:b]):
        kind = _kind(word)
        if kind is None or (not found and kind != "job"):
            return []
        if kind == "job":
            found.append((pos, pos + len(word), *role_at(body, word)))
        pos += len(word) + 1
    return found


def is_grade(word: str) -> bool:
    """Whether ``word`` is a grade of a profession (高级工程师, 正高级工程师): a qualification, no post."""
    return _kind(word) == "grade"


def is_job_word(word: str) -> bool:
    """Whether ``word`` is a worker's job, trade or a grade of a profession (班组长, 焊工班长,
    高级技师): the words of a worker, whether a post or not."""
    return _kind(word) is not None or (_JOB.fullmatch(word) is not None and word.endswith(TRADES))


def _trade_qualification(word: str) -> bool:
    """制茶技师, 电气工程师, 药剂师: a trade, then a bare qualification or a profession (技师,
    工程师, …师: job_non_posts.txt) with no mark of a position in it (总工程师, 首席化验师,
    焊工首席技师).  A qualification holding a mark itself (首席技师, the skill ladder's top
    grade) is one only bare: a trade before it names that trade's chief at the unit."""
    if len(word) > _JOB_LENGTH:
        return False  # (a longer word is a phrase: 补选药剂科主管药师)
    return any(
        word.endswith(q) and len(word) > len(q) and not any(m in word[: -len(q)] for m in POSITION_MARKS)
        for q in JOB_NON_POSTS
        if not any(m in q for m in POSITION_MARKS)  # (首席技师 bare a grade; 焊工首席技师 a trade's chief)
    )


def _kind(word: str) -> str | None:
    """ "job", "grade" (a qualification) or None for a word that is neither."""
    if word in JOB_NON_POSTS or _trade_qualification(word):
        return "grade"
    if _JOB.fullmatch(word) is None or word.endswith(TRADES):
        return None
    if _GRADE.search(word):
        return "grade"
    return "job" if len(word) <= _JOB_LENGTH else None


def unit_head_jobs(ctx: ArticleContext) -> None:
    """某集团公司项目经理X, 某公交公司1路车队队长X: a unit head's title (``posts/unit_head_titles.tsv``)
    is an office only at its unit (某标项目经理部); at any other body, whatever read it, the
    holder's job there, no post."""
    ctx.facts.relations[:] = [
        r
        for r in ctx.facts.relations
        if not (
            r.pred == "post" and r.role in UNIT_HEAD_TITLES and not r.object.name.endswith(UNIT_HEAD_TITLES[r.role])
        )
    ]
