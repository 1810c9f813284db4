"""Family *awards*, continued: holders printed under a label, as award bulletins list them.

An award story names its honours once, in full, in its lead (授予…“X市五一劳动奖状”、“X市五一
劳动奖章”…), then prints the holders of each under a label at a line's start: in brackets
(【奖章】), before a colon (奖章：, 泉州市五一劳动奖章：), as a list's name (▲获奖章名单：) or
with the count or the kind of its holders (◆ 先进集体（5个）, ◆ 安全之星（个人）：), or alone on its
line in a list announced (名单如下：), the next label of the list right under the last holder of
the one before.  The label is often a short form of an
honour named above (奖章 of “X市五一劳动奖章”): it stands for the last honour named before it
that ends with it; else, when it is an honour itself (its head, a prize in 奖, or a count of
holders or their kind after it), for itself.  The holders are the rest of the label's line, or the lines
under it: each item opens with a name (a person, else a body), its unit and job in brackets
after it.  A block put forward (名单公示如下, 拟推荐) gives nothing.  A ceremony's script
calls the holders of an honour up to receive it, a line each under its call
(为获得“X”的个人颁奖。请获奖代表上台领奖：): each holds it.
Needs the people (PERSON mentions) and the bodies (``ctx.ref_at``).
"""

from __future__ import annotations

import re

from kg.extract.awards import HONOUR_HEAD_WORDS, award, bodies_in
from kg.extract.context import CONFIDENCE, ArticleContext
from kg.extract.holder_rows import row_holders
from kg.extract.notices import signature_start
from kg.extract.wordlists import (
    GIVING_VERBS,
    HOLDER_KINDS,
    HONOUR_RECEIVE,
    NAME_AS_VERBS,
    NOMINATING_VERBS,
    PARTY_WORDS,
    PERSON_NOUNS,
    PLACES_WON,
    SHORTLIST_WORDS,
    TITLED_VERBS,
)
from kg.lexicon import alternation_of
from kg.model.facts import EntityRef
from kg.nlp.grids import head_kind

_NUMBER = "[\\d一二两三四五六七八九十百千]+"
_COUNT = f"[（(]{_NUMBER}(?:个|名|位|人|家|项)[）)]"
# （个人）, （集体）: the kind of its holders a label names in brackets before its colon
_KIND = f"[（(](?:{alternation_of(HOLDER_KINDS)})[）)]"
# a bullet: any run of marks that are no word, no space, no quote or bracket (▲, ◆, 🏆)
_BULLET = '[^\\w\\s“”"「」『』【】（）()：:、，,。；;]+'
_ORDINAL = "[一二三四五六七八九十]+、|\\d+[.、．]"
# a note on a list after its label alone on its line (获奖个人（部分）, （排名不分先后）): no count
_LIST_NOTE = "[（(][^（()）\\d\n]{1,12}[)）]"
# a label at a line's start: its bullet or ordinal, then the label in brackets (【奖章】), or
# the label (quoted or not, 获…名单) before a colon or a count of its holders
_LABEL = re.compile(
    f"^[ \u3000]*(?P<mark>(?:{_BULLET}[ \u3000]*)?(?:{_ORDINAL})?)[ \u3000]*"
    f"(?:【(?P<bracket>[^】\n]{{2,20}})】"
    f'|获?[“"「『]?(?P<label>[\u4e00-\u9fff\\d]{{2,20}}?)[”"」』]?'
    f"(?:(?P<count>{_COUNT})[:：]?|(?P<kind>{_KIND})[:：]"
    f"|(?:获奖|获得者)?(?:名单)?(?:如下)?(?:{_LIST_NOTE})?[:：]|(?:{_LIST_NOTE})?(?P<alone>(?=[ \u3000]*\n))))"
    "[ \u3000]*",
    re.M,
)
# an honour named above a label, quoted: ends with an honour's head or is a prize, or is
# given as one, whatever its head (“X”称号, 命名8个单位为“X”)
_NAMED_ABOVE = re.compile(
    f'[“"「『]([^“”"「」『』\n]{{2,16}}?(?:{HONOUR_HEAD_WORDS}|奖))[”"」』]'
    f'|[“"「『]([^“”"「」『』\n]{{2,16}})[”"」』](?=(?:荣誉)?称号)'
    f'|(?:{alternation_of(NAME_AS_VERBS)})[^“”"，,。；;\n]{{0,12}}?为[“"「『]([^“”"「」『』\n]{{2,16}})[”"」』]'
)
_IS_HONOUR = re.compile(f"(?:{HONOUR_HEAD_WORDS}|奖|{alternation_of(PLACES_WON)})\\Z")
_BRACKET = re.compile("[（(][^（()）\n]{0,60}[)）]")
_ITEM_BREAK = re.compile("[、，,；;。\n]")
_PUT_FORWARD = re.compile(alternation_of((*NOMINATING_VERBS, *SHORTLIST_WORDS)))
_GIVING = re.compile(alternation_of(GIVING_VERBS))
_RANK = re.compile("[第前][一二三四五六七八九十两\\d]+名\\Z")
# the kinds of holders a list's label names: a holder's kind (个人, 集体) or a noun for a person
# (获奖职工, 受表彰同志); people are of the person kind or a person noun
_PERSON_KINDS = ("个人", *PERSON_NOUNS)
_LISTED_KINDS = (*HOLDER_KINDS, *PERSON_NOUNS)
# 获奖个人 (its 获 read by the label's pattern), 受表彰的集体: the kind of holders of a list
_HONOURED_KIND = re.compile(f"\\A(?:获?奖|(?:受到?|获)表彰的?)(?=(?:{alternation_of(_LISTED_KINDS)})\\Z)")
# such a label alone on its line (maybe with its note): it ends the list above, whatever it stands for
_KIND_LINE = re.compile(
    f"[ \u3000]*(?:获奖|(?:受到?|获)表彰的?)(?:{alternation_of(_LISTED_KINDS)})(?:名单)?(?:{_LIST_NOTE})?[ \u3000]*\\Z"
)
# 50名职工被授予“X”, 命名8个单位为“X”: an honour given to a count of holders, people (名, 位,
# 人) or bodies (个, 家): what a label of that kind (获奖个人, 获奖集体) stands for
_COUNTED_HONOUR = re.compile(
    f"[\\d一二三四五六七八九十百两]+(名|位|人|个|家)(?:[\u4e00-\u9fff]{{0,6}}?(?:{alternation_of(TITLED_VERBS)}|为))?"
    '[“"「『]([^“”"「」『』\n]{2,16})[”"」』]'
)
# the measure words that count bodies (3个, 5家, 2项), not people (名, 位, 人)
_BODY_COUNTERS = "个家项"
# 获得, 获评: a verb of receiving, the word of a clause of its own, no holder's item
_RECEIVING = re.compile(alternation_of(HONOUR_RECEIVE))
# a line that is no holder's: the marks of a sentence or of a label
_SENTENCE = re.compile("[。！？!?:：]")
# a party of people a body sends (代表团, 工作组): a label counting its members names it
_PARTIES = tuple(PARTY_WORDS)
# the longest line read as a holder's line under a label
_LONGEST_LINE = 60
# a ceremony's call to hand over an honour to its holders, who come up a line each after its
# colon: 为获得“X”的个人颁奖。请获奖代表上台领奖：
_PRESENTED = re.compile(
    '为(?:获得|荣获|获评|获)?[“"「『]([^“”"「」『』\n]{2,20})[”"」』](?:荣誉)?(?:称号)?(?:获得者)?'
    "的[^，,。；;！？!?：:\n]{0,10}?颁奖"
)
# a line announcing the list under it, ending the text before a label: 名单如下：
_ANNOUNCED = re.compile("如下[:：][ \u3000]*\n[ \u3000]*\\Z")
# the same words ending a line, a holder a line under them (不带 label)
_ANNOUNCING = re.compile("如下[:：](?=[ \u3000]*\n)")


def labelled_holders(ctx: ArticleContext) -> None:
    """【奖章】张三（A公司焊工）、李四（…）, 奖章：…, ◆ 先进集体（5个） then a unit a line: the
    holders under a label hold the honour it stands for."""
    text = ctx.text
    named = _named_above(text)
    list_end = -1  # where the holders' lines of the last label end
    signed = signature_start(ctx)  # (a decision's 落款 under its last list: no holder)
    for m in _LABEL.finditer(text):
        listed = m.start() == list_end or _ANNOUNCED.search(text, max(0, m.start() - 8), m.start()) is not None
        honour = _label_honour(m, named, listed)
        if honour is None or _put_forward(text, m.start()):
            continue
        spans = _holder_spans(ctx, m.end(), named, signed)
        bodies = _of_bodies(m)
        for a, b in spans:
            _give_item(ctx, honour, a, b, m.start(), bodies)
        if spans and m.group("alone") is not None:
            list_end = spans[-1][1] + 1


def announced_holders(ctx: ArticleContext) -> None:
    """50名职工被授予“X”称号，部分获奖名单如下：⏎A　焊工　某公司⏎某医院　B: the holders a line
    each under a list announced with no label hold the one honour its sentence names."""
    text = ctx.text
    named = _named_above(text)
    for m in _ANNOUNCING.finditer(text):
        sa, _ = ctx.sentence_of(m.start())
        honours = {h for at, h, _ in named if sa <= at < m.start()}
        if len(honours) != 1 or _put_forward(text, m.start()):
            continue
        (honour,) = honours
        for a, b in _holder_spans(ctx, m.end(), named):
            _give_item(ctx, honour, a, b, m.start(), False)


def presented_holders(ctx: ArticleContext) -> None:
    """为获得“X”的个人颁奖。请获奖代表上台领奖：⏎A　某公司焊工⏎B　…: the people (else the
    bodies) a line each under the call of a ceremony's handing over of X hold X."""
    text = ctx.text
    named = _named_above(text)
    for m in _PRESENTED.finditer(text):
        honour = m.group(1)
        end = text.find("\n", m.end())
        if end < 0 or not _IS_HONOUR.search(honour) or not text[m.end() : end].rstrip(" \u3000").endswith(("：", ":")):
            continue
        for a, b in _holder_spans(ctx, end, named):
            _give_item(ctx, honour, a, b, m.start(), False)


def _named_above(text: str) -> list[tuple[int, str, str]]:
    """The honours ``text`` names, quoted, each with where it is named and, when given to a
    count of holders, the count's measure word (名 of people, 个 of bodies; else '')."""
    counted = {m.start(2) - 1: m.group(1) for m in _COUNTED_HONOUR.finditer(text)}
    return [
        (m.start(), honour, counted.get(text.find(honour, m.start()) - 1, ""))
        for m in _NAMED_ABOVE.finditer(text)
        if (honour := m.group(1) or m.group(2) or m.group(3))
    ]


def _label_honour(m: re.Match[str], named: list[tuple[int, str, str]], listed: bool = True) -> str | None:
    """The honour the label matched by ``m`` stands for, if any; a label alone on its line
    only after a bullet or an ordinal (二、X市五一劳动奖章), or in a list a line announced
    (``listed``: 名单如下：⏎X市劳动模范⏎A…⏎X市先进工作者⏎B…): a cell of a table is alone too."""
    if m.group("alone") is not None and not m.group("mark") and not listed:
        return None
    if m.group("kind") is not None and not m.group("mark"):
        return None  # (申报单位（集体）：: a form's field; a bulletin's label opens with its bullet)
    counted = m.group("count") is not None or m.group("kind") is not None
    return _honour_of(m.group("bracket") or m.group("label"), counted, named, m.start())


def _honour_of(label: str, counted: bool, named: list[tuple[int, str, str]], pos: int) -> str | None:
    """The honour a label stands for: the last honour named before ``pos`` ending with it
    (奖章 -> 徐州市五一劳动奖章), else the label itself when it is one."""
    label = label.strip()
    if label.startswith("获") and len(label) > 3:
        label = label[1:]
    label = re.sub("(?:获奖|获得者)?名单\\Z", "", label)
    # (获奖个人, 受表彰集体: the holders' kind, standing for the honour named above for that kind)
    kind = _HONOURED_KIND.search(label) is not None
    label = _HONOURED_KIND.sub("", label)
    if len(label) < 2 or _RANK.search(label):
        return None  # 焊工组第一名：: a place, no honour (the prize it brings is one)
    for at, honour, _ in reversed(named):
        if at < pos and honour.endswith(label):
            return honour
    if kind:  # (else the honour given to a count of holders of that kind: 50名职工被授予“X”)
        people = label in _PERSON_KINDS
        return next(
            (h for at, h, by in reversed(named) if at < pos and by and (by not in _BODY_COUNTERS) == people), None
        )
    if _IS_HONOUR.search(label) and (len(label) >= 4 or label.endswith("奖")):
        return label
    # (钢铁公司代表团（14名）: a counted party of people, a delegation or a team, is no honour)
    return label if counted and len(label) >= 4 and not label.endswith(_PARTIES) else None


def _put_forward(text: str, pos: int) -> bool:
    """Whether the label at ``pos`` heads a list put forward, not honoured: its line or the
    line before says so (拟推荐, 名单公示如下) and gives nothing after it."""
    a = text.rfind("\n", 0, max(0, pos - 1)) + 1
    end = text.find("\n", pos)
    head = text[a : len(text) if end < 0 else end]
    forward = _PUT_FORWARD.search(head)
    return forward is not None and _GIVING.search(head, forward.end()) is None


def _holder_spans(
    ctx: ArticleContext, start: int, named: list[tuple[int, str, str]], signed: int | None = None
) -> list[tuple[int, int]]:
    """The items after a label at ``start``: its line's rest, else the lines under it up to
    a line that is no holder's (another label, a blank, a sentence, the ``signed`` 落款); a
    short line between them is an item still, though its name be unread."""
    text = ctx.text
    end = text.find("\n", start)
    end = len(text) if end < 0 else end
    if text[start:end].strip():
        # 二等奖获得者：A（…）、B（…）C、D获得“X”称号；…: the page's next paragraph joined on;
        # the list ends before the first item that is a clause of receiving
        items = _items(text, start, end)
        clause = next((k for k, (x, y) in enumerate(items) if _RECEIVING.search(text, x, y)), len(items))
        return items[:clause]
    spans: list[tuple[int, int]] = []
    a = end + 1
    while a < len(text):
        b = text.find("\n", a)
        b = len(text) if b < 0 else b
        line = text[a:b]
        label = _LABEL.match(text, a)
        if not line.strip() or len(line) > _LONGEST_LINE or (label and _label_honour(label, named)):
            break
        if _KIND_LINE.match(line):
            break  # (获奖个人（部分）: the next list's label, though it stand for no honour named)
        if head_kind(line) is not None:
            break  # (姓名⏎单位⏎奖项: a table's heads, its rows the table's reader reads)
        if signed is not None and signed < b:
            break
        if _SENTENCE.search(line):
            break
        spans.extend(_items(text, a, b))  # a line whose name the tagger missed gives nothing
        a = b + 1
    return spans


def _items(text: str, a: int, b: int) -> list[tuple[int, int]]:
    """The items of ``[a, b)`` between its marks of a list, brackets kept whole."""
    out: list[tuple[int, int]] = []
    k = a
    pos = a
    while pos < b:
        br = _BRACKET.match(text, pos)
        if br is not None and br.end() <= b:
            pos = br.end()
            continue
        if _ITEM_BREAK.match(text, pos):
            out.append((k, pos))
            k = pos + 1
        pos += 1
    out.append((k, b))
    return [(x, y) for x, y in out if y > x]


# how long a unit written before its person's name in an item may be
_UNIT_REACH = 20


def _holder_at(ctx: ArticleContext, a: int, b: int, bodies: bool = False) -> EntityRef | None:
    """The holder an item names at its start: a person, else the one person that ends it
    after a unit, else the longest body at its start."""
    text = ctx.text
    while a < b and text[a] in " \u3000\t":
        a += 1
    br = _BRACKET.search(text, a, b)
    head_end = br.start() if br is not None else b
    people = ctx.mentions_in("PERSON", a, head_end)
    if people and people[0].start_char == a:
        return EntityRef("Person", people[0].text)
    # (市人民法院赵梦涵, 欧亚商厦刘佳琪: the unit, one word, before the one name that ends the
    # item; not in a list of bodies, whose rows name their leaders: 某班 班组长 X)
    end = len(text[a:head_end].rstrip(" \u3000\t")) + a
    if (
        not bodies
        and len(people) == 1
        and people[0].end_char == end
        and people[0].start_char - a <= _UNIT_REACH
        and len(text[a : people[0].start_char].split()) <= 1
    ):
        return EntityRef("Person", people[0].text)
    bodies = [(y - x, ref) for y, x, ref in bodies_in(ctx, a, head_end) if x == a]
    return max(bodies, key=lambda t: t[0])[1] if bodies else None


def _of_bodies(m: re.Match[str]) -> bool:
    """Whether the label matched by ``m`` heads a list of bodies: it counts them (（3个）) or
    names their kind (（集体）)."""
    count, kind = m.group("count"), m.group("kind")
    return bool(count and count[-2] in _BODY_COUNTERS) or bool(kind and kind[1:-1] not in _PERSON_KINDS)


def _give_item(ctx: ArticleContext, honour: str, a: int, b: int, label: int, bodies: bool) -> None:
    """``honour`` to the holders the item ``[a, b)`` names: a row's (``holder_rows``; a body's
    only in a list of ``bodies``), else the one at its start, if any."""
    refs = row_holders(ctx, a, b, honour, bodies)
    if refs is None:
        ref = _holder_at(ctx, a, b, bodies)
        refs = [ref] if ref is not None else []
    for ref in refs:
        award(ctx, ref, honour, ctx.evidence(label, b, CONFIDENCE["pattern"]))
