"""Family *awards*, continued: a person's placing in a contest, and the winner a giving
clause singles out.

- <unit><job>X获<item>第一名 (夺得女子组冠军): the place a named person wins in an item of a
  contest is a prize of theirs, named with its item (秋千女子组第一名).  A place that names
  its holder by rank (第一名获一等奖, 授予前三名…) is read by ``kg.extract.awards``; a bare
  rank with no item (赵志刚获得第一名) is the place won in the contest named before it (or the
  page's main event), named with that contest, as readers of results count it (with no contest
  named, a rank of nothing: none); a place
  won by a team (…代表队获团体第一名) names no person and gives nothing here; a place to be
  won (各项目第一名将推荐…) has no verb of winning.
- <item><place>NAME (搏克项目冠军张三, 女子射箭第一名李四、…): a place in an item, standing
  as a title before its holder's name (or before the holder's unit and job after 、), is
  theirs, named with its item; a bare place (第一名张三) is none, unless it goes on a series
  an item opened (男子组第一名A（车间），第二名B: 男子组第二名), or the item labels the line of
  results it opens (射箭：冠军A（…），亚军B), and so is a place the
  text makes a class given a prize (各工种第一名获一等奖 … 焊工第一名张三: the prize is his).
- <place>由A<verb> (冠军由A夺得), <places listed>分别由A、B<verb> (亚军及季军分别由B、C取得): the
  place's winner is named after 由, the k-th name the k-th place of the list; named as a place
  won by a verb is (with its item, else the contest before).
- 授予<a class of winners>“X”称号，其中<unit><job>Y…: the honour goes to the whole class,
  and the people the next clause singles out of it (其中) are of that class, so hold it.

Needs the people (PERSON mentions); runs after the other readers of honours.
"""

from __future__ import annotations

import re

from kg.extract.awards import award, clause_start
from kg.extract.context import CONFIDENCE, ArticleContext
from kg.extract.wordlists import (
    CONTEST_STAGES,
    ITEM_HEADS,
    PLACES_WON,
    SUBJECT_PRONOUNS,
    WIN_VERBS,
    WON_BY_VERBS,
)
from kg.lexicon import alternation_of, lexicon
from kg.model.facts import EntityRef, EventFact

_NUMERALS = "一二三四五六七八九十"
# the verbs of winning that take one place (not 分获: A、B分获一、二等奖, read elsewhere)
_ONE_WIN = tuple(v for v in WIN_VERBS if not v.startswith("分"))
# 获秋千女子组第一名, 夺得摔跤冠军: the verb, the item (a few words, no punctuation), the
# rank; or a prize quoted (获“体育道德风尚奖”)
_PLACED = re.compile(
    f"(?:{alternation_of(_ONE_WIN)})了?(?:(?![得了])([\u4e00-\u9fff]{{0,10}}?)(第[{_NUMERALS}]名|冠军|亚军|季军)"
    "(?![\u4e00-\u9fff]{0,2}(?:奖|的|选手))"
    '|[“"]([^“”"]{2,16}奖)[”"])'
)
# 授予各工种第一名“X”称号，其中…: the class given the honour, then 其中
_SINGLED = re.compile('授予[^，,。；;“”"]{0,16}?[“"「『]([^“”"「」『』]{2,20})[”"」』](?:荣誉)?(?:称号)?[，,]其中')
_SENTENCE_END = re.compile("[。；;！!？?\n]")
# 在X大赛中, 在X比赛上: the setting of a clause of winning, the contest's name
_SETTING = re.compile('在([^，,。；;：:！!？?“”"\\s在]{2,24}?)(?:中|上)(?:[，,]?)$')
# 在电工项目取得第三名: the item a place is won in, set right before the verb
_ITEM_SETTING = re.compile(f"在([\u4e00-\u9fff]{{1,8}}?(?:{alternation_of(ITEM_HEADS)}))$")
# 他 / 她 (not 他们): one person named before
_PRONOUN = re.compile(f"(?:{alternation_of(SUBJECT_PRONOUNS)})(?!们)")
# a class named by its place (各工种第一名, 前三名)
_RANKED = re.compile(f"[第前][{_NUMERALS}]名")
# the heads of a contest's name: the event heads of a match (大赛, 竞赛) and its rounds (决赛)
_CONTESTS = tuple({*(h for h in lexicon().event_heads if h.endswith(CONTEST_STAGES[0][-1])), *CONTEST_STAGES})


# 搏克项目冠军张三, 冠军、X公司职工李四: a place right before a name, or before 、 and the
# holder's unit and job (no stop, no 的)
_PLACE_TITLE = re.compile(f"(第[{_NUMERALS}]名|冠军|亚军|季军)(?:、[^，,。；;：:！!？?\\s的]{{2,24}})?\\Z")
# between a winner of a series of places and the next place: the winner's unit in brackets,
# then a comma (个人组第一名A（铸造车间），第二名B)
_SERIES_GAP = re.compile("(?:[（(][^（()）\n]{0,20}[)）])?[，,、；;][ \u3000]*")
# the end of a result on a line of results: the winner's unit in brackets, then the line's end
# or the next place (射箭：冠军A（某校教师）；, 搏克：冠军A（…），亚军B)
_RESULT_END = re.compile(
    "(?:[（(][^（()）\n]{0,30}[)）])?"
    "(?:[；;。]?[ \u3000]*(?:\n|\\Z)|[，,、；;][ \u3000]*(?:第[一二三四五六七八九十]名|冠军|亚军|季军))"
)
# how far before its place a line of results may start (a bullet, an item of eight characters)
_LABEL_REACH = 16
# the tags of the words an item's name is made of (女子|射箭, 搏克|项目, 象棋)
_ITEM_TAGS = frozenset({"n", "nz", "v", "vn", "j"})

# 冠军由A夺得, 亚军及季军分别由B、C取得 (分别被B、C摘得): places, 由 (被), the winners, a verb of winning
_PLACE_WORDS = f"(?:{alternation_of(PLACES_WON)})"
# (一、二、三等奖 / 第一、二名: numerals listed, sharing the words after the last one)
_SHARED_PLACES = f"第?[{_NUMERALS}](?:[、和及与][{_NUMERALS}])+(?:等奖|名)"
_WON_BY = re.compile(
    f"({_SHARED_PLACES}|{_PLACE_WORDS}(?:[、和及与]{_PLACE_WORDS})*)(分别)?[由被]([^，,。；;：:！!？?“”\n]{{2,40}}?)"
    f"(?:{alternation_of(WON_BY_VERBS)})(?=[，,。；;！!？?\n]|$)"
)
_JOINED = re.compile("[、和及与]")
_SHARED = re.compile(f"(第?)([{_NUMERALS}](?:[、和及与][{_NUMERALS}])+)(等奖|名)")
# 前三名: a range of the first places
_FIRST_PLACES = re.compile(f"前([{_NUMERALS}])名")
_BARE_RANK = re.compile(f"第[{_NUMERALS}]名|冠军|亚军|季军")


def placed_titles(ctx: ArticleContext) -> None:
    """搏克项目冠军张三, 男子象棋冠军、X公司职工李四: the item's place before a name is the
    person's, named with its item (up to three words of an item, not a contest's name nor
    a verb of winning); a bare place names no item and gives nothing, unless it goes on a
    series the item opened (个人组第一名A（车间），第二名B，第三名C: the places of one item)."""
    text = ctx.text
    carried: tuple[int, str] | None = None  # where the series' last winner ended, its item
    for p in ctx.mentions_of("PERSON"):
        a = max(0, p.start_char - 30)
        if not any(w in text[a : p.start_char] for w in ("名", "冠军", "亚军", "季军")):
            continue
        m = _PLACE_TITLE.search(text, a, p.start_char)
        if m is None or ctx.mentions_in("PERSON", m.end(1), p.start_char):
            continue
        item = item_before(ctx, m.start()) or _item_label(ctx, m.start(), p.end_char)
        if not item and carried is not None and _SERIES_GAP.fullmatch(text, carried[0], m.start()):
            item = carried[1]
        if item and not _ranked_class(text, m.group(1)):
            ev = ctx.evidence(m.start() - len(item), p.end_char, CONFIDENCE["context"])
            award(ctx, EntityRef("Person", p.text), item + m.group(1), ev)
            carried = (p.end_char, item)


def _item_label(ctx: ArticleContext, pos: int, end: int) -> str:
    """射箭女子组：冠军A（…）；: the item a line of results opens with, before the colon right at
    ``pos`` (a bullet or blanks before it at most), when the winner ending at ``end`` ends a
    result (its unit in brackets, then the line's end or the next place), not a sentence
    (记者：冠军A，你…).  The tagger may take an item's foreign word for a name (搏克)."""
    text = ctx.text
    if pos < 3 or text[pos - 1] not in "：:" or _RESULT_END.match(text, end) is None:
        return ""
    line = text.rfind("\n", max(0, pos - _LABEL_REACH), pos) + 1
    if line == 0 and pos > _LABEL_REACH:
        return ""  # (no line's start near: the colon is inside a sentence)
    words = ctx.doc.char_span(line, pos - 1, alignment_mode="contract")
    tokens = [t for t in (words if words is not None else []) if not t.is_space and t.is_alpha]
    if not tokens or any(t.tag_ not in _ITEM_TAGS and t.tag_ != "PER" for t in tokens):
        return ""
    item = text[tokens[0].idx : pos - 1]
    if (
        len(tokens) > 3
        or not 2 <= len(item) <= 8
        or item.endswith(_CONTESTS)
        or any(c.isalnum() for c in text[line : tokens[0].idx])
    ):
        return ""
    return item


def _ranked_class(text: str, place: str) -> bool:
    """各工种第一名获一等奖, 授予各项目冠军“X”: the text names the place as a class of the
    contest, given its prize or honour there; a place before a name then only says which
    of the class the person is (焊工第一名张三), the prize is the class's."""
    return re.search(f"各[\u4e00-\u9fff]{{0,6}}?{place}", text) is not None


def item_before(ctx: ArticleContext, pos: int) -> str:
    """The words of an item ending at ``pos`` (女子|射箭): up to three words, eight characters."""
    words = ctx.doc.char_span(max(0, pos - 10), pos, alignment_mode="contract")
    k, n = pos, 0
    for t in reversed(list(words) if words is not None else []):
        if n == 3 or t.idx + len(t.text) != k or pos - t.idx > 8:
            break
        if t.tag_ not in _ITEM_TAGS or t.text.endswith(_CONTESTS) or t.text in WIN_VERBS:
            break
        k, n = t.idx, n + 1
    return ctx.text[k:pos] if pos - k >= 2 else ""


def _contest_setting(ctx: ArticleContext, a: int, verb: int) -> str | None:
    """在德阳市职工钳工技能大赛中拿到第二名: the contest the clause ``[a, verb)`` is set in,
    whose name ends with a contest's head; the place is named with it.  So is the item set
    right before the verb (由A在电工项目取得第三名: 电工项目第三名)."""
    m = _SETTING.search(ctx.text, a, verb)
    if m is not None and m.group(1).endswith(_CONTESTS):
        return m.group(1)
    item = _ITEM_SETTING.search(ctx.text, a, verb)
    return item.group(1) if item is not None else None


def _pronoun_person(ctx: ArticleContext, a: int) -> list:
    """The last person named before ``a`` in its paragraph, not one of a list (张三、李四)."""
    line = ctx.text.rfind("\n", 0, a) + 1
    people = [p for p in ctx.mentions_in("PERSON", line, a) if ctx.text[p.end_char : p.end_char + 1] != "、"]
    return people[-1:]


def _shared_subject(ctx: ArticleContext, a: int, verb: int) -> list:
    """…代表队的A连胜五轮，夺得搏克项目冠军: a clause of winning that names no one and no body
    shares the subject of the clauses before it in its sentence, the person named last there
    (not one qualifying a noun, A的见证下), when no body is named after them."""
    sa, _ = ctx.sentence_of(a)
    if sa >= a or ctx.bodies_in(a, verb):
        return []
    people = [p for p in ctx.mentions_in("PERSON", sa, a) if ctx.text[p.end_char : p.end_char + 1] != "的"]
    if not people or ctx.bodies_in(people[-1].end_char, verb):
        return []
    return people[-1:]


def contest_before(ctx: ArticleContext, pos: int) -> EventFact | None:
    """The contest the text named last before ``pos``."""
    before = [e for e in ctx.facts.events if e.evidence.start < pos and e.ref.name.endswith(_CONTESTS)]
    return max(before, key=lambda e: e.evidence.start) if before else None


def placed_people(ctx: ArticleContext) -> None:
    """X获<item>第一名: the person the clause names last before the verb holds the place,
    named with its item; whoever wins a place or prize there (the person, else the bodies
    of the clause: A总工会代表队获第二名, its team's union) took part in the main event."""
    text = ctx.text
    held = {(ref, h) for ref, h, _ in ctx.facts.awards}
    main = ctx.main_event()
    known = {ref for ref, _ in main.participants} if main is not None else set()
    for m in _PLACED.finditer(text):
        a = clause_start(ctx, m.start())
        people = ctx.mentions_in("PERSON", a, m.start()) or _shared_subject(ctx, a, m.start())
        winners = [(p.start_char, EntityRef("Person", p.text)) for p in people[-1:]]
        winners = winners or [(x, ref) for x, _y, ref in ctx.bodies_in(a, m.start())]
        for x, ref in winners:
            if main is not None and ref not in known:
                known.add(ref)
                main.participants.append((ref, ctx.evidence(x, m.end(), CONFIDENCE["context"])))
        item = m.group(1) or (_contest_setting(ctx, a, m.start()) if m.group(2) else None)
        if not people and item and not m.group(1) and _PRONOUN.search(text, a, m.start()):
            people = _pronoun_person(ctx, a)  # 他在X大赛中拿到第二名: the one named before
        if people and not item and m.group(2):
            # a bare rank (获得第一名) is the place won in the contest named before, or the page's
            contest = contest_before(ctx, m.start()) or main
            item = contest.ref.name if contest is not None else None  # (no contest named: a rank of what?)
        if not people or item is None:
            continue  # (a team's prize is read elsewhere)
        p = people[-1]
        ref, honour = EntityRef("Person", p.text), item + m.group(2)
        if (ref, honour) not in held:
            held.add((ref, honour))
            ctx.facts.awards.append((ref, honour, ctx.evidence(p.start_char, m.end(), CONFIDENCE["pattern"])))


def singled_out(ctx: ArticleContext) -> None:
    """授予<class>“X”称号，其中…Y: the people named from 其中 to the sentence's end hold X; a
    class of places (各工种第一名) is of the contest the text named last before: Y took part."""
    text = ctx.text
    held = {(ref, h) for ref, h, _ in ctx.facts.awards}
    for m in _SINGLED.finditer(text):
        end = _SENTENCE_END.search(text, m.end())
        contest = contest_before(ctx, m.start()) if _RANKED.search(m.group()) else None
        for p in ctx.mentions_in("PERSON", m.end(), end.start() if end else len(text)):
            ref = EntityRef("Person", p.text)
            if contest is not None and all(r != ref for r, _ in contest.participants):
                contest.participants.append((ref, ctx.evidence(m.start(), p.end_char, CONFIDENCE["context"])))
            if (ref, m.group(1)) not in held:
                held.add((ref, m.group(1)))
                ctx.facts.awards.append((ref, m.group(1), ctx.evidence(m.start(), p.end_char, CONFIDENCE["context"])))


def won_by(ctx: ArticleContext) -> None:
    """冠军由A夺得, 亚军及季军分别由B、C取得: each place to its winner after 由 (the k-th name the
    k-th place when 分别 pairs them, as many names as places); a bare rank is named with the
    item before it (女子组冠军由A获得), else the contest named before; the winners took part
    in that contest (else the main event)."""
    text = ctx.text
    for m in _WON_BY.finditer(text):
        places = _places_listed(m.group(1))
        people = ctx.mentions_in("PERSON", m.start(3), m.end(3))
        if not people or ((m.group(2) or len(places) > 1) and len(people) != len(places)):
            continue
        pairs = list(zip(people, places, strict=True)) if len(places) > 1 else [(p, places[0]) for p in people]
        contest = contest_before(ctx, m.start()) or ctx.main_event()
        item = item_before(ctx, m.start())
        for p, place in pairs:
            ref = EntityRef("Person", p.text)
            ev = ctx.evidence(m.start() - len(item), p.end_char, CONFIDENCE["pattern"])
            if item or not _BARE_RANK.fullmatch(place):
                award(ctx, ref, item + place, ev)
            elif contest is not None:
                award(ctx, ref, contest.ref.name + place, ev)
            if contest is not None and all(r != ref for r, _ in contest.participants):
                contest.participants.append((ref, ev))


def _places_listed(words: str) -> list[str]:
    """一、二、三等奖 -> 一等奖, 二等奖, 三等奖; 前三名 -> 第一名, 第二名, 第三名; 亚军及季军 as written."""
    shared = _SHARED.fullmatch(words)
    if shared is not None:
        return [f"{shared.group(1)}{n}{shared.group(3)}" for n in _JOINED.split(shared.group(2))]
    first = _FIRST_PLACES.fullmatch(words)
    if first is not None:
        return [f"第{n}名" for n in _NUMERALS[: _NUMERALS.index(first.group(1)) + 1]]
    return _JOINED.split(words)
