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
from kg.extract.notices import signature_start
from kg.extract.wordlists import (
    GIVING_VERBS,
    HOLDER_KINDS,
    HONOUR_RECEIVE,
    NOMINATING_VERBS,
    PARTY_WORDS,
    PLACES_WON,
    SHORTLIST_WORDS,
)
from kg.lexicon import alternation_of
from kg.model.facts import EntityRef

_NUMBER = "[\\d一二两三四五六七八九十百千]+"
_COUNT = f"[（(]{_NUMBER}(?:个|名|位|人|家|项)[）)]"
# （个人）, （集体）: the kind of its holders a label names in brackets before its colon
_KIND = f"[（(](?:{alternation_of(HOLDER_KINDS)})[）)]"
# a bullet: any run of marks that are no word, no space, no quote or bracket (▲, ◆, 🏆)
_BULLET = '[^\\w\\s“”"「」『』【】（）()：:、，,。；;]+'
_ORDINAL = "[一二三四五六七八九十]+、|\\d+[.、．]"
# a label at a line's start: its bullet or ordinal, then the label in brackets (【奖章】), or
# the label (quoted or not, 获…名单) before a colon or a count of its holders
_LABEL = re.compile(
    f"^[ \u3000]*(?P<mark>(?:{_BULLET}[ \u3000]*)?(?:{_ORDINAL})?)[ \u3000]*"
    f"(?:【(?P<bracket>[^】\n]{{2,20}})】"
    f'|获?[“"「『]?(?P<label>[\u4e00-\u9fff\\d]{{2,20}}?)[”"」』]?'
    f"(?:(?P<count>{_COUNT})[:：]?|(?P<kind>{_KIND})[:：]"
    f"|(?:获奖|获得者)?(?:名单)?(?:如下)?[:：]|(?P<alone>(?=[ \u3000]*\n))))"
    "[ \u3000]*",
    re.M,
)
# an honour named above a label, quoted: ends with an honour's head or is a prize
_NAMED_ABOVE = re.compile(f'[“"「『]([^“”"「」『』\n]{{2,16}}?(?:{HONOUR_HEAD_WORDS}|奖))[”"」』]')
_IS_HONOUR = re.compile(f"(?:{HONOUR_HEAD_WORDS}|奖|{alternation_of(PLACES_WON)})\\Z")
_BRACKET = re.compile("[（(][^（()）\n]{0,60}[)）]")
_ITEM_BREAK = re.compile("[、，,；;。\n]")
_PUT_FORWARD = re.compile(alternation_of((*NOMINATING_VERBS, *SHORTLIST_WORDS)))
_GIVING = re.compile(alternation_of(GIVING_VERBS))
_RANK = re.compile("[第前][一二三四五六七八九十两\\d]+名\\Z")
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


def labelled_holders(ctx: ArticleContext) -> None:
    """【奖章】张三（A公司焊工）、李四（…）, 奖章：…, ◆ 先进集体（5个） then a unit a line: the
    holders under a label hold the honour it stands for."""
    text = ctx.text
    named = [(m.start(), m.group(1)) for m in _NAMED_ABOVE.finditer(text)]
    list_end = -1  # where the holders' lines of the last label end
    signed = signature_start(ctx)  # (a decision's 落款 under its last list: no holder)
    for m in _LABEL.finditer(text):
        listed = m.start() == list_end or _ANNOUNCED.search(text, max(0, m.start() - 8), m.start()) is not None
        honour = _label_honour(m, named, listed)
        if honour is None or _put_forward(text, m.start()):
            continue
        spans = _holder_spans(ctx, m.end(), named, signed)
        for a, b in spans:
            _give_item(ctx, honour, a, b, m.start())
        if spans and m.group("alone") is not None:
            list_end = spans[-1][1] + 1


def presented_holders(ctx: ArticleContext) -> None:
    """为获得“X”的个人颁奖。请获奖代表上台领奖：⏎A　某公司焊工⏎B　…: the people (else the
    bodies) a line each under the call of a ceremony's handing over of X hold X."""
    text = ctx.text
    named = [(m.start(), m.group(1)) for m in _NAMED_ABOVE.finditer(text)]
    for m in _PRESENTED.finditer(text):
        honour = m.group(1)
        end = text.find("\n", m.end())
        if end < 0 or not _IS_HONOUR.search(honour) or not text[m.end() : end].rstrip(" \u3000").endswith(("：", ":")):
            continue
        for a, b in _holder_spans(ctx, end, named):
            _give_item(ctx, honour, a, b, m.start())


def _label_honour(m: re.Match[str], named: list[tuple[int, str]], listed: bool = True) -> str | None:
    """The honour the label matched by ``m`` stands for, if any; a label alone on its line
    only after a bullet or an ordinal (二、X市五一劳动奖章), or in a list a line announced
    (``listed``: 名单如下：⏎X市劳动模范⏎A…⏎X市先进工作者⏎B…): a cell of a table is alone too."""
    if m.group("alone") is not None and not m.group("mark") and not listed:
        return None
    if m.group("kind") is not None and not m.group("mark"):
        return None  # (申报单位（集体）：: a form's field; a bulletin's label opens with its bullet)
    counted = m.group("count") is not None or m.group("kind") is not None
    return _honour_of(m.group("bracket") or m.group("label"), counted, named, m.start())


def _honour_of(label: str, counted: bool, named: list[tuple[int, str]], pos: int) -> str | None:
    """The honour a label stands for: the last honour named before ``pos`` ending with it
    (奖章 -> 徐州市五一劳动奖章), else the label itself when it is one."""
    label = label.strip()
    if label.startswith("获") and len(label) > 3:
        label = label[1:]
    label = re.sub("(?:获奖|获得者)?名单\\Z", "", label)
    if len(label) < 2 or _RANK.search(label):
        return None  # 焊工组第一名：: a place, no honour (the prize it brings is one)
    for at, honour in reversed(named):
        if at < pos and honour.endswith(label):
            return honour
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
    ctx: ArticleContext, start: int, named: list[tuple[int, str]], signed: int | None = None
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


def _holder_at(ctx: ArticleContext, a: int, b: int) -> EntityRef | None:
    """The holder an item names at its start: a person, else the longest body there."""
    text = ctx.text
    while a < b and text[a] in " \u3000\t":
        a += 1
    br = _BRACKET.search(text, a, b)
    head_end = br.start() if br is not None else b
    people = ctx.mentions_in("PERSON", a, head_end)
    if people and people[0].start_char == a:
        return EntityRef("Person", people[0].text)
    bodies = [(y - x, ref) for y, x, ref in bodies_in(ctx, a, head_end) if x == a]
    return max(bodies, key=lambda t: t[0])[1] if bodies else None


def _give_item(ctx: ArticleContext, honour: str, a: int, b: int, label: int) -> None:
    """``honour`` to the holder the item ``[a, b)`` names, if any."""
    ref = _holder_at(ctx, a, b)
    if ref is not None:
        award(ctx, ref, honour, ctx.evidence(label, b, CONFIDENCE["pattern"]))
