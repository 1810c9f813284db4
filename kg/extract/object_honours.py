"""Family *awards*: an honour given in the active voice, its holder the verb's object:
省里评我为吉林省劳动模范, 全国总工会授予他全国五一劳动奖章, 市里评刘洋为市劳动模范.

The giver opens the clause; the holder stands right after the verb (授予, 评 … 为): a name,
or a pronoun — 他 / 她 the last person its paragraph named (``kg.extract.honour_topic``), 我 the
person a first-person text is by (我叫X, an oral history's 口述：X).  The honour ends the clause,
quoted or ending with an honour's head (奖章, 劳动模范).  A name after 授予 is read by
``kg.extract.honour_lists.conferred``, which also reads lists of holders.

An honouring whose object is the quoted honour and a count (表彰了2026年度“X”10名), the next
clause listing whom (受表彰的有A、B、C等, 分别是A、B): each person listed holds it.
"""

from __future__ import annotations

import re

from kg.extract.awards import HONOUR_HEAD_WORDS, award
from kg.extract.context import CONFIDENCE, ArticleContext
from kg.extract.honour_topic import last_named, narrator
from kg.extract.wordlists import GIVING_VERBS, HONOUR_LISTING, HONOURING_VERBS
from kg.lexicon import alternation_of
from kg.model.facts import EntityRef

# 评X为 (not 被评, 参评, 获评): the verb naming its object's honour after 为
_NAMING_VERB, _AS = "评", "为"
_VERB = re.compile(f"(?<![被参获])(?:({alternation_of(GIVING_VERBS)})|{_NAMING_VERB})")
_PRONOUNS = re.compile("([我他她])(?!们)")
# the honour, to the clause's end: quoted (and called a 称号), or ending with an honour's head
_HONOUR = re.compile(
    f'(?:[“"「『]([^“”"「」『』]{{2,16}})[”"」』]|([\u4e00-\u9fff\\d]{{2,16}}?(?:{HONOUR_HEAD_WORDS})))'
    "(?:荣誉)?(?:称号)?(?=[，,。；;！!？?\\n]|$)"
)
_SELF = "我"
_COUNT = "(?:[\\d一二两三四五六七八九十百]+(?:名|位|人))"
# 表彰了2026年度“X”10名, 表彰了10名“X”: the honour the honouring's object names
_COMMENDED = re.compile(
    f"(?:{alternation_of(HONOURING_VERBS)})了?(?:\\d{{4}}年度?)?{_COUNT}?"
    f'[“"「『]([^“”"「」『』]{{2,16}})[”"」』](?:称号)?(?:获得者)?{_COUNT}?[，,。；;]'
)
# 分别是, 分别为 (a bare 是 or 为 opens too much)
_LISTING = tuple(w for w in HONOUR_LISTING if len(w) > 1)
# what opens the clause listing them: 受表彰的有, 获表彰的是, 分别是
_LISTS = re.compile(f"[ \u3000]*(?:(?:受|获)表彰的(?:人员|职工)?(?:有|是)|{alternation_of(_LISTING)})[：:]?")
_SENTENCE_END = re.compile("[。；;！!？?\n]")


def object_honours(ctx: ArticleContext) -> None:
    """评我为X, 授予他X, 评张三为X: the honour to the verb's object."""
    text = ctx.text
    for m in _VERB.finditer(text):
        at = m.end()
        people = ctx.mentions_in("PERSON", at, at + 1)
        pronoun = _PRONOUNS.match(text, at)
        if people and people[0].start_char == at and m.group(1) is None:
            holder, at = EntityRef("Person", people[0].text), people[0].end_char
        elif pronoun is not None and not people:
            ref = narrator(ctx, at) if pronoun.group(1) == _SELF else last_named(ctx, m.start())
            if ref is None:
                continue
            holder, at = ref, pronoun.end()
        else:
            continue
        if m.group(1) is None:  # 评X为: 为 must follow the holder
            if text[at : at + 1] != _AS:
                continue
            at += 1
        h = _HONOUR.match(text, at)
        if h is not None:
            award(ctx, holder, h.group(1) or h.group(2), ctx.evidence(m.start(), h.end(), CONFIDENCE["context"]))


def commended_lists(ctx: ArticleContext) -> None:
    """表彰了“X”10名。受表彰的有A、B等: each person the next clause lists holds X."""
    text = ctx.text
    for m in _COMMENDED.finditer(text):
        listed = _LISTS.match(text, m.end())
        if listed is None:
            continue
        stop = _SENTENCE_END.search(text, listed.end())
        end = stop.start() if stop else len(text)
        for p in ctx.mentions_in("PERSON", listed.end(), end):
            ev = ctx.evidence(m.start(), p.end_char, CONFIDENCE["context"])
            award(ctx, EntityRef("Person", p.text), m.group(1), ev)
