"""Family *events*, an official notice: a page that is one document a body issues.

A page titled 关于…的公示 (…的通知, …的决定 …: the kinds of ``events/notice_kinds.txt``)
reports no meeting: the document itself is what happened, the body's act of issuing it.
Its title names that event; who signs it at the end (落款: the body alone on the last
line, its date beside or under it) organises it, on the day it is dated — or, when the
page keeps no date line, the day the page was published.  A title naming its kind bare
(…中标结果公告, …注销公告) makes a notice only with the period its body states, by its days
or counted from its own day (公告期限为自本公告发布之日起5个工作日: dated as signed), not
one planned (将于…公告), or with the body saying it is that document (现将选举结果公告如下).
A public procedure run over a period (…网络投票, 投票时间：…—…) named so is one too, once
begun by the page's date; with no signature, its labelled fields (主办：X) name who runs it.
A notice has no venue and no count (the numbers in it are the sizes of its lists).  A step of its own matter the body
reports (本项目于…在X开标; 笔试于…举行 in the paragraph of 本次招聘…), with no body said to take
it, is the issuer's too.  Runs after
``kg.extract.event_merge.merge_events``: the notice is the article's main event.
"""

from __future__ import annotations

import re

from kg.extract.context import CONFIDENCE, ArticleContext
from kg.extract.dates import parse_date
from kg.extract.wordlists import NOTICE_KINDS, PLAN_WORDS, PROCEDURE_KINDS, RESULT_WORDS
from kg.lexicon import alternation_of, words
from kg.model.facts import EntityRef, EventFact

# the title of a notice: 关于…的公示, perhaps after its issuer (市总工会关于…的通知)
_TITLE = re.compile(f"关于[^\\n]+的(?:{alternation_of(NOTICE_KINDS)})$")
# a title naming its kind without 关于…的 (市总工会干部任前公示): a notice only when its body
# states the period it runs (公示时间：7月6日至7月12日)
# (or a public procedure run over a period, named bare: …网络投票 with 投票时间：…—…)
_KINDS = alternation_of((*NOTICE_KINDS, *PROCEDURE_KINDS))
_BARE_TITLE = re.compile(f"[^\\n]{{2,40}}(?:{_KINDS})$")
# 公示时间：2027年7月6日至2027年7月12日, 公示期为4月17日至4月23日: the period, from its first day
_DAY = "(?:\\d{4}年)?\\d{1,2}月\\d{1,2}日"
_PERIOD = re.compile(
    f"(?:{_KINDS})(?:时间|期限|期|日期)(?:为|是|自)?[：:]?\\s*(?:({_DAY})(?:\\s*\\d{{1,2}}[:：]\\d{{2}})?起?\\s*(?:至|到|—|－|-|~)"
    # (公告期限为自本公告发布之日起1个工作日: counted from the notice's own day, its signature's)
    f"|自[^，,。；;\\n]{{0,8}}?之日起)"
)
_PLANNED = re.compile(alternation_of(PLAN_WORDS))
# the body saying it is the document itself (现将选举结果公告如下, 现予以公示, 特此通知): a bare
# title of its kind (…换届选举结果公告) is then the notice, its period stated or not
_STATED_HERE = re.compile(f"现(?:将[^。；;\\n]{{0,30}}?(?:{_KINDS})如下|予以?(?:{_KINDS}))|特此(?:{_KINDS})")
# a signer named with its party organ (中共X总工会党组, X总工会党委): the body signs
_ORGANS = alternation_of(tuple(words("posts/title_organs.txt")))
_PARTY = re.compile("中共|中国共产党")
_ORGAN_GAP = re.compile(f"{_PARTY.pattern}|{_ORGANS}")
# a date the signature gives (2026年4月17日, 二〇二六年四月十七日), alone or after the signer
_NUM = "[\\d〇零一二三四五六七八九十]"
_SIGNED_DATE = re.compile(f"{_NUM}{{4}}年{_NUM}{{1,3}}月{_NUM}{{1,3}}日")
_SEPARATORS = " \u3000\t、"
# 本项目, 本次: the notice's own matter named again, opening what its body reports
_OWN_MATTER = re.compile("本(?:项目|次)")
# an attachment's line under the 落款 (附件：1. X汇总表.xls): a file's name, perhaps numbered
_ATTACHED = re.compile(
    f"\\s*(?:附件[：:]?\\s*)?(?:\\d{{1,2}}\\s*[.．、]\\s*)?[^\\n]{{1,80}}(?:{alternation_of(words('events/attached_files.txt'))})\\s*$",
    re.I,
)


def read_notice(ctx: ArticleContext) -> None:
    """The notice a page titled 关于…的公示 is: an event of its kind, first of the article's."""
    headline = ctx.article.headline or ""
    period = _period(ctx)
    bare = period is not None or _STATED_HERE.search(ctx.text, len(headline)) is not None
    m = _TITLE.search(headline) or (_BARE_TITLE.fullmatch(headline) if bare else None)
    if m is None or _names_reported_event(ctx, m.group(), told=period is None):
        return
    if m.group().endswith(PROCEDURE_KINDS) and _not_begun(ctx, period):
        return  # (a vote still to open; a notice is issued on its day, its period may start later)
    fact = EventFact(EntityRef("Event", m.group()), m.group(), ctx.evidence(m.start(), m.end(), CONFIDENCE["pattern"]))
    _read_signature(ctx, fact)
    if not fact.organizers:
        _read_sponsor_fields(ctx, fact)
    if not fact.organizers:
        # (no signature kept: the body the title opens with issues it, 市总工会干部任前公示)
        fact.organizers = [
            (r, ctx.evidence(x, y, CONFIDENCE["context"])) for x, y, r in ctx.bodies_in(0, m.end())[:1] if x == 0
        ]
    if period is not None and period.group(1) and (parsed := parse_date(period.group(1), ctx.page.year)):
        # (a notice posted for a period runs from its first day: 公示时间：7月6日至…)
        fact.date = (*parsed, ctx.evidence(period.start(1), period.end(1), CONFIDENCE["pattern"]))
    if fact.date is None and ctx.article.date:
        parsed = parse_date(ctx.article.date, None)
        if parsed:
            fact.date = (*parsed, ctx.evidence(m.start(), m.end(), CONFIDENCE["pattern"]))
    ctx.ref_at[(m.start(), m.end())] = fact.ref
    ctx.facts.events.insert(1 if _reports_a_meeting(ctx) else 0, fact)
    for e in ctx.facts.events:
        # (…。本次招聘共有N人报名，…。笔试于…在X举行: in the paragraph that names it, a step too)
        pa = ctx.text.rfind("\n", 0, e.evidence.start) + 1
        if e is not fact and not e.organizers and _OWN_MATTER.search(ctx.text, pa, e.evidence.start):
            # (本项目于…在X开标: a step of the notice's own matter, no body said to take it: its issuer's)
            e.organizers = [(r, ctx.evidence(pa, e.evidence.end, CONFIDENCE["context"])) for r, _ in fact.organizers]


def _period(ctx: ArticleContext) -> re.Match[str] | None:
    """The period the notice runs, stated in its body (公示时间：7月6日至7月12日); not one
    planned (将于7月6日至7月12日公示: the page reports what is to come)."""
    m = _PERIOD.search(ctx.text, len(ctx.article.headline or ""))
    if m is None:
        return None
    sa, _ = ctx.sentence_of(m.start())
    return None if _PLANNED.search(ctx.text, sa, m.start()) else m


# a name this long is an event's own, not a word of the title's (表彰, 竞赛)
_EVENT_NAME_MIN = 6


def _not_begun(ctx: ArticleContext, period: re.Match[str] | None) -> bool:
    """Whether the period stated starts after the page's date (投票时间：5月2日… on a page of
    4月28日): the page announces a procedure to come, no event yet."""
    if period is None or not period.group(1) or not ctx.article.date:
        return False
    start, today = parse_date(period.group(1), None), parse_date(ctx.article.date, None)
    return bool(start and today and start[1] == today[1] == "date" and start[0] > today[0])


# a labelled field of the page naming who runs it: 主办：X, 承办单位：Y, 协　办：A、B (one a line)
_GAP = "[ \u3000]*"
_SPONSOR_FIELD = re.compile(f"^[ \u3000\t■·]*[主承协]{_GAP}办(?:单位)?{_GAP}[：:]", re.M)


def _read_sponsor_fields(ctx: ArticleContext, fact: EventFact) -> None:
    """No signature kept (a vote page ends on its share buttons): the bodies its labelled
    fields name (■ 组织单位 / 主办：X / 承办：Y / 协办：A、B) run the procedure, each its part."""
    for field in _SPONSOR_FIELD.finditer(ctx.text, len(ctx.article.headline or "")):
        end = ctx.text.find("\n", field.end())
        end = len(ctx.text) if end < 0 else end
        known = {r for r, _ in fact.organizers}
        for x, y, ref in ctx.bodies_in(field.end(), end):
            if ref not in known:
                fact.organizers.append((ref, ctx.evidence(x, y, CONFIDENCE["pattern"])))
                known.add(ref)


def _names_reported_event(ctx: ArticleContext, title: str, told: bool) -> bool:
    """The title is about an event the body reports by name (关于2027年“技能同心”职工职业技能
    竞赛获奖情况的通报 over …的2027年“技能同心”职工职业技能竞赛在…举行): the page is that
    event's report, its results told in a document; the document is no event of its own.
    An event the body names with nothing of its own (no day, place or count: 关于某工会第五次
    会员代表大会代表名单的公示, the name again only in an attachment's file name) is the
    document's matter, not reported -- unless the title tells its outcome (…竞赛结果的通报,
    ``told``: no period stated for the notice to run), which it has only once held, whatever
    the body dates (its 决赛's day and hall, not the contest's)."""
    body = ctx.text[len(ctx.article.headline or "") :]
    return any(
        len(e.ref.name) >= _EVENT_NAME_MIN
        and e.ref.name in title
        and e.ref.name in body
        and (
            e.date is not None
            or bool(e.locations)
            or e.count is not None
            or (told and title[title.find(e.ref.name) + len(e.ref.name) :].startswith(RESULT_WORDS))
        )
        for e in ctx.facts.events
    )


def _reports_a_meeting(ctx: ArticleContext) -> bool:
    """Whether the page reports first an event held on a day at a place, named in its body
    (…的决定 over 4月27日上午，…表彰大会在X举行。…欧阳立新宣读表彰决定): the page carries the
    meeting's report and the document read there — the meeting is the main event, what is
    said at it (会上，…) is said at the meeting, not in the document."""
    top = len(ctx.article.headline or "")
    first = ctx.facts.events[0] if ctx.facts.events else None
    return (
        first is not None
        and first.evidence.start >= top
        and not first.core.startswith("verb:")
        and first.date is not None
        and bool(first.locations)
    )


def _read_signature(ctx: ArticleContext, fact: EventFact) -> None:
    """The 落款 of the notice: its signers organise it, on the day dated beside or under them."""
    signed = _signature(ctx)
    if signed is None:
        return
    bodies, date = signed
    for x, y, ref in bodies:
        ref, x = _without_party(ctx, ref, x, y)
        fact.organizers.append((ref, ctx.evidence(x, y, CONFIDENCE["pattern"])))
    if date is not None:
        parsed = parse_date(date.group(), None)
        if parsed:
            fact.date = (*parsed, ctx.evidence(date.start(), date.end(), CONFIDENCE["pattern"]))


def signature_start(ctx: ArticleContext) -> int | None:
    """Where the 落款 of a page titled as a notice (关于…的决定) starts, if it has one: the
    list of holders the decision prints above it ends there (its signer gives, holds nothing)."""
    if _TITLE.search(ctx.article.headline or "") is None:
        return None
    signed = _signature(ctx)
    return signed[0][0][0] if signed is not None else None


def _signature(ctx: ArticleContext) -> tuple[list[tuple[int, int, EntityRef]], re.Match[str] | None] | None:
    """The last lines of the text, a line of bodies only (one or several signers) with
    perhaps a date after them or on the line below: the signers and the date.  A last line
    that is prose (联系电话：…) signs nothing; the attachments listed under it (1. X.xls) are
    passed over."""
    text = ctx.text
    lines: list[tuple[int, int]] = []
    end = len(text.rstrip())
    while end > 0 and len(lines) < 2:
        start = text.rfind("\n", 0, end) + 1
        if text[start:end].strip() and not (not lines and _ATTACHED.fullmatch(text, start, end)):
            lines.append((start, end))
        end = start - 1
    for a, b in lines:
        date = _SIGNED_DATE.search(text, a, b)
        signers_end = date.start() if date else b
        bodies = ctx.bodies_in(a, signers_end)
        gaps = [_ORGAN_GAP.sub("", text[x:y]) for x, y in _gaps(a, signers_end, bodies)]
        if bodies and not any(g.strip(_SEPARATORS) for g in gaps):
            return bodies, date or _SIGNED_DATE.search(text, b, len(text))
        if date is None or date.start() != a:
            return None  # (only a date line may stand under the signers)
    return None


def _without_party(ctx: ArticleContext, ref: EntityRef, x: int, y: int) -> tuple[EntityRef, int]:
    """A signer read with the party's name before it (中共昆明市总工会党组: the party group
    of the union, no body of its own): the body it belongs to signs."""
    party = _PARTY.match(ref.name)
    if party is None or len(ref.name) - party.end() < 3 or not ctx.text.startswith(party.group(), x):
        return ref, x
    x += party.end()
    body = EntityRef(ref.cls, ref.name[party.end() :])
    ctx.add(body, None, (x, y))
    return body, x


def _gaps(a: int, b: int, bodies: list[tuple[int, int, EntityRef]]) -> list[tuple[int, int]]:
    """The stretches of ``[a, b)`` between the bodies named there."""
    out, pos = [], a
    for x, y, _r in bodies:
        out.append((pos, x))
        pos = max(pos, y)
    out.append((pos, b))
    return out
