"""Family *participants*, continued: the people who win a place or are honoured at an
event take part in it.

- 分获前三名, 荣获一等奖, 夺得削皮项目一等奖: a place or prize won in the main event, or in the
  contest the paragraph names before the winners.
- 会议对先进集体和先进个人进行了表彰。A、B等22人获评“先进个人”: the people given honours in a
  sentence opened at the main event, to its paragraph's end, and those listed after 受表彰的有;
  会上，A等12名同志被评为“X”: those given honours in a sentence opened at it, no verb of honouring said.
- 昨天的“X”圆满结束！…工会评出“健步达人”3名：A、B、C: those a selection names in a paragraph
  that names an event before them (a recap) were chosen among the ones who took part in it.
- 二等奖　A　… / 　　　B　…, 大会为获奖选手颁奖。A等8名选手获个人一等奖: whoever holds a place
  won, however read, took part in the article's one contest (the prizes given at a ceremony too).

Needs the merged events (``ctx.facts.events``) and, for the honoured, the honours read by
:mod:`kg.extract.awards` (``ctx.facts.awards``).
"""

from __future__ import annotations

import bisect
import re

from kg.extract.awards import WINNING
from kg.extract.context import CONFIDENCE, ArticleContext
from kg.extract.event_mentions import mentions
from kg.extract.wordlists import (
    CONTEST_HEADS,
    HONOURING_VERBS,
    MEETING_HEADS,
    PLACES_WON,
    SAME_OCCASION,
    SELECTING_VERBS,
    THIS_EVENT_WORDS,
    WIN_VERBS,
)
from kg.lexicon import alternation_of
from kg.model.facts import EntityRef

# 夺得削皮项目一等奖, 获女子组冠军: a place won in an item of the contest (the item's name
# between): its winner took part as much (the prize's name is read elsewhere)
_WINNING_IN_ITEM = re.compile(
    f"(?:{alternation_of(WIN_VERBS)})(?:了)?[\u4e00-\u9fff]{{1,6}}?(?:项目|组)(?:{alternation_of(PLACES_WON)})"
)
_CONTEST = re.compile(f"(?:{alternation_of(CONTEST_HEADS)})$")


def winners(ctx: ArticleContext) -> None:
    """People who win a place or prize (分获前三名, 荣获一等奖, 夺得削皮项目一等奖) took part in the
    main event, or in the contest their paragraph names before them (8月6日，某某技能比武举行。
    A、B分获两个项目第一名: the 比武's, not the campaign's a bulletin is named for)."""
    main = ctx.main_event()
    if main is None:
        return
    contests = [(a, e) for a, e in mentions(ctx, ctx.facts.events) if _CONTEST.search(e.ref.name)]
    starts = [a for a, _ in contests]
    wins = sorted([*WINNING.finditer(ctx.text), *_WINNING_IN_ITEM.finditer(ctx.text)], key=lambda m: m.start())
    for m in wins:
        sa, _ = ctx.sentence_of(m.start())
        k = bisect.bisect_left(starts, m.start())
        won_at = contests[k - 1][1] if k and "\n" not in ctx.text[starts[k - 1] : m.start()] else main
        for p in ctx.mentions_in("PERSON", sa, m.start()):
            won_at.participants.append(
                (EntityRef("Person", p.text), ctx.evidence(p.start_char, m.end(), CONFIDENCE["context"]))
            )


# 会议对…进行了表彰 / 会上，表彰了…: the event's act of honouring people
_HONOURING = re.compile(alternation_of(HONOURING_VERBS))
# 受表彰的有A、B / 获表彰的职工是A: the people honoured, listed after it
_HONOURED_LISTED = re.compile(
    f"[受获](?:到)?(?:{alternation_of(HONOURING_VERBS)})的[\u4e00-\u9fff]{{0,4}}?(?:有|是|为|包括)[：:]?"
)


def honoured_at(ctx: ArticleContext) -> None:
    """会议对先进集体和先进个人进行了表彰。A、B等22人获评“先进个人”: a sentence that the main
    event's head (会议, 大会) or an opening at it (会上) opens, saying people are honoured:
    the people given honours from it to its paragraph's end were honoured there, and so took
    part in the main event; so do those listed after 受表彰的有 there."""
    main = ctx.main_event()
    if main is None:
        return
    text = ctx.text
    held = sorted(((ev.start, ref) for ref, _, ev in ctx.facts.awards if ref.cls == "Person"), key=lambda t: t[0])
    done = -1
    for m in _HONOURING.finditer(text):
        sa, _ = ctx.sentence_of(m.start())
        if sa <= done or not _opens_at_main(ctx, main.ref.name, sa):
            continue
        end = text.find("\n", sa)
        done = end = len(text) if end < 0 else end
        known = {r for r, _ in main.participants}
        # (受表彰的有A、B等: those listed as honoured, whatever honour they are given)
        listed = [
            (p.start_char, EntityRef("Person", p.text))
            for h in _HONOURED_LISTED.finditer(text, sa, end)
            for p in ctx.mentions_in("PERSON", h.end(), ctx.sentence_of(h.start())[1])
        ]
        for start, ref in [*held[bisect.bisect_left(held, (sa,)) : bisect.bisect_left(held, (end,))], *listed]:
            if ref not in known:
                main.participants.append((ref, ctx.evidence(start, start + len(ref.name), CONFIDENCE["context"])))
                known.add(ref)
    # 会上，A、B等12名同志被评为“X”: honours given in a sentence opened at the main event, no verb
    # of honouring said (the honour received: 被评为, 被授予)
    known = {r for r, _ in main.participants}
    for start, ref in held:
        # (the sentence to its full stop: its clauses after ；are said at the occasion too)
        full = ctx.sentence_of(start)[0]
        while full > 0 and text[max(0, full - 3) : full].rstrip()[-1:] in ("；", ";"):
            full = ctx.sentence_of(full - 1)[0]
        if ref not in known and _opens_at_main(ctx, main.ref.name, full):
            main.participants.append((ref, ctx.evidence(start, start + len(ref.name), CONFIDENCE["context"])))
            known.add(ref)


# 评出“健步达人”3名: a selection of the quoted honour's holders
_SELECTED = re.compile(f'(?:{alternation_of(SELECTING_VERBS)})[“"「]')


def selected_at(ctx: ArticleContext) -> None:
    """昨天的“迎春·职工登山赛”圆满结束！…工会评出“登山能手”3名：A、B、C: people a selection
    names (评出 before the quoted honour, in their sentence) were picked from those who took part
    in the event their paragraph named last before them (by its name, an alias or the quoted
    title in it): a recap's prize is the event's."""
    names = [(n, e) for e in ctx.facts.events for n in _names_of(e.ref.name, e.aliases)]
    if not names:
        return
    text = ctx.text
    for ref, _, ev in ctx.facts.awards:
        if ref.cls != "Person":
            continue
        at = text.find(ref.name, ev.start, ev.end + 1)
        at = ev.start if at < 0 else at
        sa, _ = ctx.sentence_of(at)
        if not _SELECTED.search(text, sa, at):
            continue
        p = text.rfind("\n", 0, sa) + 1
        named = max(((text.rfind(n, p, sa), k) for k, (n, _) in enumerate(names)), default=(-1, 0))
        if named[0] < 0:
            continue
        event = names[named[1]][1]
        if all(r != ref for r, _ in event.participants):
            event.participants.append((ref, ctx.evidence(at, at + len(ref.name), CONFIDENCE["context"])))


def _names_of(name: str, aliases: list[str]) -> list[str]:
    """An event's names to find it again by: its name, aliases and the quoted titles in them."""
    out = [name, *aliases]
    out += [q for n in out for q in _QUOTED.findall(n)]
    return [n for n in dict.fromkeys(out) if len(n) >= _NAME_MIN]


_QUOTED = re.compile(r"“[^”]{2,}”")
_NAME_MIN = 4


def place_holders(ctx: ArticleContext) -> None:
    """二等奖　A　某公司… / 　　　B　某公司… (a table's row under its prize): a person holding a
    place won (一等奖, 冠军: the awards' places) won it in the article's one contest, which they
    took part in, however the honour was read."""
    contests = [e for e in ctx.facts.events if _CONTEST.search(e.ref.name)]
    if len(contests) != 1:
        return
    contest = contests[0]
    known = {r for r, _ in contest.participants}
    for ref, honour, ev in ctx.facts.awards:
        if ref.cls == "Person" and ref not in known and honour.endswith(PLACES_WON):
            contest.participants.append((ref, ev))
            known.add(ref)


def _opens_at_main(ctx: ArticleContext, name: str, sa: int) -> bool:
    """Whether the sentence at ``sa`` opens at the main event named ``name``: 会上, 本次大会, or
    a head of its name (会议, 大会)."""
    if ctx.opens_with(sa, SAME_OCCASION):
        return True
    heads = tuple(h for h in MEETING_HEADS if h in name)
    this = tuple(w + h for w in THIS_EVENT_WORDS for h in heads)
    return bool(heads) and (ctx.opens_with(sa, heads) or ctx.opens_with(sa, this))
