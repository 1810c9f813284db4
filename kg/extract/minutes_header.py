"""Family *events*, continued: a meeting's particulars printed as label lines above its
minutes or notice.

A 会议纪要 (or a meeting's notice) opens with lines such as 时　间：2027年5月12日 / 地　点：
集团办公楼三楼会议室 / 主持人：A（…） / 出　席：B（…）、C（…） / 列　席：D, and only then
does its body name the meeting (5月12日，集团工会委员会召开第三次全体会议).  The lines are
the meeting's facts: those chaired, present and in attendance take part, the place is its
venue.  The label may be spaced out to the width of the others (出　席); the lines 请假 (on
leave) and 记录人 (who takes the minutes) name people who take no part, and are no labels.
A post lists its event's particulars the same way, each after an emoji (📍地点：X), the
lines perhaps run together: the mark opens the label as a line's start does.

The lines go to the main event when it is a meeting (its name ends in a meeting's head:
会议, 例会 …) or the event the headline names, the lines right under it (a calendar's
entry, any activity), and only lines of the header: those before the line of the body's first
sentence end (a label line ends in no 。); needs the people (PERSON mentions) and the
places in ``ctx.ref_at``.  A place line whose label names the main event by a word of its name
(调解地点：X on a case record whose event is 调解, 比赛地点：X) gives its venue, whatever the event.
"""

from __future__ import annotations

import re

from kg.extract.context import CONFIDENCE, ArticleContext
from kg.extract.scene_places import place_at
from kg.extract.site_places import area_of_venue
from kg.extract.wordlists import MEETING_HEADS, MINUTES_PEOPLE, MINUTES_PLACE
from kg.lexicon import lexicon
from kg.model.facts import EntityRef

_GAP = "[ \u3000]*"
# the heads of a meeting's name: 会议, 大会, and the event heads ending as 全会 does (例会, 座谈会)
_MEETINGS = tuple({*MEETING_HEADS, *(h for h in lexicon().event_heads if h.endswith(MEETING_HEADS[-1][-1]))})


def _label(words: tuple[str, ...]) -> str:
    """The labels as an alternation, each spaced out or not (出　席, 出席)."""
    return "|".join(_GAP.join(map(re.escape, w)) for w in sorted(words, key=len, reverse=True))


# a symbol or an emoji (📍, ◆, ▶) that a post sets before each of its event's particulars
# (📍地点：…👫人数：…): it opens a label as a line's start does, the lines perhaps run together
_MARK = "[\u2190-\u2bff\U0001f300-\U0001faff\ufe0f]"  # (with the emoji's variation selector)
# a label line: the label at the line's start or after a mark, a colon, its value to the line's end
_LINE = re.compile(
    f"(?:^|(?<={_MARK}))[ \u3000]*"
    f"(?:(?P<people>{_label(MINUTES_PEOPLE)})|(?P<place>{_label(MINUTES_PLACE)})"
    f"|(?P<named>[\u4e00-\u9fff]{{2,4}}){_label(('地点',))}){_GAP}[:：]{_GAP}"
    "(?P<value>[^\n]*)",
    re.MULTILINE,
)


def _titled(ctx: ArticleContext, at: int) -> bool:
    """Is the event read at ``at`` the one the headline names, the particulars lines right under
    it (a calendar's entry: 劳模工匠进企业宣讲会 / 时间：… / 地点：… / 主持：…)?"""
    top = len(ctx.article.headline or "")
    return at < top and ctx.text.startswith("\n", top)


def minutes_header(ctx: ArticleContext) -> None:
    """主持人：/出席：/列席： lines before the body names its meeting: their people take part
    in it; 地点： its venue."""
    main = ctx.main_event()
    if main is None:
        return
    # (调解地点：X on a page whose event is 调解: a place line naming the event by its label)
    only_named = not (main.ref.name.endswith(_MEETINGS) or _titled(ctx, main.evidence.start))
    stop = ctx.text.find("。")
    named = ctx.text.rfind("\n", 0, stop) + 1 if stop >= 0 else len(ctx.text)
    known = {ref for ref, _ in main.participants}
    for m in _LINE.finditer(ctx.text, 0, named):
        a, b = m.start("value"), m.end("value")
        if (m.group("named") or "") not in main.ref.name or (only_named and not m.group("named")):
            continue  # (比赛地点：X under a 培训班's page: another event's place)
        if m.group("people"):
            for p in ctx.mentions_in("PERSON", a, b):
                ref = EntityRef("Person", p.text)
                if ref not in known:
                    known.add(ref)
                    main.participants.append((ref, ctx.evidence(p.start_char, p.end_char, CONFIDENCE["pattern"])))
        elif (place := place_at(ctx, a)) is not None and all(r != place[1] for r, _ in main.locations):
            main.locations.insert(0, (place[1], ctx.evidence(a, place[0], CONFIDENCE["pattern"])))
            if place[1].cls != "AdministrativeArea":
                area_of_venue(ctx, main, a, place[0])  # (地点：X市Y区Z街道…广场: in Z街道 too)
