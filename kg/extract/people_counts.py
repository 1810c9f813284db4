"""Which counts of people (N名/位/人) in a stretch of text may say how many took part in an
event: not winners, those elected or expected, new members, a body's staff, spectators, the
size of a class of units, nor the parts of a whole (线上200人，线下80人).

``kg.extract.event_counts`` and ``kg.extract.attended_counts`` choose among what is left.
"""

from __future__ import annotations

import re

from spacy.tokens import Span

from kg.extract.bodies_taking_part import staff_serving
from kg.extract.context import ArticleContext
from kg.extract.wordlists import (
    CLASS_BOUNDS,
    ELECTED_VERBS,
    ELECTING_VERBS,
    EXPECTED_WORDS,
    HONOUR_RECEIVE,
    MEMBERSHIP_ENDS,
    MEMBERSHIP_VERBS,
    MODE_WORDS,
    NAMING_VERBS,
    PARTY_WORDS,
    PLAYER_WORDS,
    PRIZE_VERBS,
    STAFFING_WORDS,
    TAKING_PART_WORDS,
    UNCOUNTED_WORDS,
    UNIT_DELEGATES,
    WATCHING_VERBS,
    WIN_VERBS,
)
from kg.lexicon import alternation_of

# a word of prizes, perhaps with a noun between (一等奖3名): the count after it is none of
# who took part
_UNCOUNTED = re.compile(f"(?:{alternation_of(UNCOUNTED_WORDS)})[\u4e00-\u9fff]{{0,3}}$")
# a word of those expected, perhaps with their noun between (应到会员代表), or in brackets after a
# field's label (参加人数（预计）：220人): those present count
_EXPECTED = re.compile(f"(?:{alternation_of(EXPECTED_WORDS)})[\u4e00-\u9fff]{{0,6}}(?:[）)]?[：:])?\\s*$")
# a verb of electing earlier in a count's clause (选举产生…委员15名、…委员5名; 以及…代表11名 goes on
# with the list): those elected, not who took part (but 参加选举的, 选举产生的48名代表参加会议 is who
# took part: the delegates the units elected come to the meeting)
_ELECTING = re.compile(f"(?:{alternation_of(ELECTING_VERBS)})(?!(?:产生)?的)")
_LIST_GOES_ON = re.compile(r"\s*(?:以及|及|和|并)")
# …，27名同志当选为第四届委员会委员: a verb of being elected after a count and its noun
_ELECTED_AFTER = re.compile(
    f"[\u4e00-\u9fff]{{0,6}}?(?:{alternation_of(tuple(w for w in ELECTED_VERBS if '选' in w))})"
)
# a word of staff held, perhaps with the staff's noun between (现有职工会员8.6万名): the count
# after it is the size of a body, not who took part
_STAFFING = re.compile(f"(?:{alternation_of(STAFFING_WORDS)})[\u4e00-\u9fff]{{0,6}}$")
# a verb of winning or of being honoured right after a count, perhaps after a noun (40人获奖,
# 12名选手荣获…, 10名职工被评为…): the winners, not who took part (获 alone: 获赠 is received)
_WON = tuple(w for w in {*WIN_VERBS, *PRIZE_VERBS, *NAMING_VERBS, *HONOUR_RECEIVE, "获奖"} if len(w) > 1)
_WINNERS = re.compile(f"[\u4e00-\u9fff]{{0,3}}?(?:{alternation_of(_WON)})")
# the rest of a count's clause making its people spectators at the scene (200余名职工在现场观看)
_WATCHING = re.compile(f"[^，,。；;！？!?]{{0,10}}?在[^，,。；;！？!?]{{1,10}}?(?:{alternation_of(WATCHING_VERBS)})")
# the rest of a count's clause making its people new members (23名快递员扫码加入工会)
_JOINING = re.compile(f"[^，,。；;！？!?]{{0,12}}?(?:{alternation_of(MEMBERSHIP_ENDS)})")
# a bound and a noun of units after a count: 职工100人以上单位, 50人及以下的企业
_SIZE_CLASS = re.compile(f"及?(?:{alternation_of(CLASS_BOUNDS)})的?(?:单位|企业|用人单位|工会|规模)")
# …由5人组成: the count a panel or body is made up of
_MADE_UP = re.compile(r"[\u4e00-\u9fff]{0,4}?组成")
# …率领由30人组成的代表团: a party sent on the trip (events/party_words.txt) made up of them,
# who take part in what it goes to do
_PARTY_MADE_UP = re.compile(f"[\u4e00-\u9fff]{{0,4}}?组成的(?:{alternation_of(PARTY_WORDS)})")
# a way of taking part right before a count, perhaps with a verb of it between (线上参与200人)
_MODE = re.compile(f"(?:{alternation_of(MODE_WORDS)})(?:{alternation_of(TAKING_PART_WORDS)})?[共约近]?$")
# between two counts of groups listed together: the first group's noun and a mark of a list
_LISTED = re.compile(r"[\u4e00-\u9fff]{0,8}?(?:、|和|及|与|以及)")
# a count of units, their noun and the one person each sends, attending: 12家网点负责人参加
_DELEGATES = re.compile(
    f"的?[\u4e00-\u9fff]{{0,8}}?(?:{alternation_of(UNIT_DELEGATES)})(?:{alternation_of(TAKING_PART_WORDS)})"
)
# a count of players (48名选手) before other counts
PLAYERS = re.compile(f"({alternation_of(PLAYER_WORDS)})")


def _elected(text: str, a: int, at: int) -> bool:
    """Whether the clause before ``at`` (from ``a`` on) elects (选举产生了委员15名、…5名，以及
    出席…的代表11名: a clause opening with 以及 goes on with the one before)."""
    start = _clause_start(text, a, at)
    while start > a and _LIST_GOES_ON.match(text, start):
        start = _clause_start(text, a, start - 1)
    return bool(_ELECTING.search(text, start, at))


def _clause_start(text: str, a: int, at: int) -> int:
    """Where the clause before ``at`` starts (not before ``a``)."""
    return max(a, *(text.rfind(p, a, at) + 1 for p in "，,；;。"))


# a word of a sum right before a count (…与部分获奖选手共30余人)
_SUM_BEFORE = re.compile(r"(?:共|共计|总计|合计|共有)$")
# how far back in its clause the count of a part of a sum may stand
_SUM_REACH = 60


def sums_listed(ctx: ArticleContext, c: Span) -> bool:
    """12名劳动模范、工匠代表与部分获奖选手共30余人: a count after a word of a sum, a count of
    people before it in its clause, sums all the groups the clause lists (获奖选手 among them
    makes it no count of winners)."""
    if not _SUM_BEFORE.search(ctx.text, max(0, c.start_char - 3), c.start_char):
        return False
    start = _clause_start(ctx.text, max(0, c.start_char - _SUM_REACH), c.start_char)
    return any(d.text[-1] in "名位人" for d in ctx.mentions_in("COUNT", start, c.start_char))


def counts_between(ctx: ArticleContext, a: int, b: int) -> list[Span]:
    """People counted in [a, b): N名/位/人 (or 个 before a word of people, 三十来个老同志), not inside
    quotes (“百名劳模进一线”)."""
    out = []
    for c in ctx.mentions_in("COUNT", a, b):
        if c.text[-1] not in "名位人个" and not (c.text[-1] == "家" and _DELEGATES.match(ctx.text, c.end_char)):
            continue  # (12家快递网点负责人参加: a count of units sending one each counts people)
        before = ctx.text[a : c.start_char]
        if before.count("“") > before.count("”"):
            continue
        if before.rstrip("了共计约近").endswith(MEMBERSHIP_VERBS):
            continue  # 吸纳68名职工入会: new members, not people taking part
        if _JOINING.match(ctx.text, c.end_char) and not any(w in before for w in MEMBERSHIP_ENDS):
            continue  # 23名快递员扫码加入工会: new members too (but 举行集中入会…，80名骑手填表入会)
        if (_UNCOUNTED.search(before) and not sums_listed(ctx, c)) or _EXPECTED.search(before):
            continue  # 评出一等奖3名, 应到委员25名: winners, those expected
        if _elected(ctx.text, a, c.start_char) or _ELECTED_AFTER.match(ctx.text, c.end_char):
            continue  # 选举产生委员15名, 27名同志当选: those elected
        if _STAFFING.search(before):
            continue  # 全公司现有职工1.6万人: the staff of a body
        if (before.endswith("的") or ctx.ref_at.by_end.get(c.start_char)) and staff_serving(ctx.text, c.end_char):
            continue  # X医院(的)11名医护人员为劳动者测血压: the staff serving, not who took part
        made_up = _MADE_UP.match(ctx.text, c.end_char) and not _PARTY_MADE_UP.match(ctx.text, c.end_char)
        if _SIZE_CLASS.match(ctx.text, c.end_char) or made_up:
            continue  # 职工100人以上单位, 评审委员会由5人组成: the size of the units or panel, not who took part
        if _WINNERS.match(ctx.text, c.end_char):
            continue  # 共有40人获奖: the winners
        if _WATCHING.match(ctx.text, c.end_char):
            continue  # 200余名职工在现场观看: spectators
        out.append(c)
    # 线上200人，线下80人: counts of the ways of taking part are parts of a whole not said
    parts = [c for c in out if _MODE.search(ctx.text, a, c.start_char)]
    out = [c for c in out if c not in parts] if len(parts) > 1 else out
    # 20名劳模、10名职工: counts of groups listed together are parts too (no sum guessed)
    listed = {
        k
        for i in range(len(out) - 1)
        if _LISTED.fullmatch(ctx.text, out[i].end_char, out[i + 1].start_char)
        for k in (i, i + 1)
    }
    # (not the players among them: 128名选手、12名裁判 counts the players, see event_counts._count_of)
    return [c for i, c in enumerate(out) if i not in listed or PLAYERS.match(ctx.text[c.end_char : c.end_char + 3])]
