"""Family *awards*, continued: people singled out of a count given an honour.

A report of a commendation counts its holders first and names a few of them next:
20名职工被授予“X”称号，10个集体被授予“Y”称号。其中，A带领…，B扎根…，C、D等受到表彰；….
The sentence opening with 其中 picks people out of the count said just before, and its
clauses up to a verb of being honoured (受到表彰, ``honoured`` in the award patterns) name
them: each person there holds the honour the count of people (名, 位, 人; not 个集体, a
count of bodies) was given.  When the sentence before gives people two honours, which one
the named hold is not written: none.

The same count may name some of its people in its own sentence, after a word of inclusion
(``among`` in the award patterns): 二十名职工获颁“X”，当中包括某酒店厨师长A、护士B及领班C；
(or 表彰了30名“X”。其中包括A、B): each person from that word to the end of the clause holds X.

A body may say it honours a batch of an honour's holders, then name them in the clause after,
up to a verb of being honoured (表彰了一批“X”，A、B等10人受到表彰): each person there holds X.

Needs the people (PERSON mentions); runs with the other readers of honours.
"""

from __future__ import annotations

import re

from kg.extract.awards import EDITION, award
from kg.extract.context import CONFIDENCE, ArticleContext
from kg.extract.wordlists import AMONG_WORDS, HONOURED_VERBS, HONOURING_VERBS, SELECTING_VERBS, TITLED_VERBS
from kg.lexicon import alternation_of
from kg.model.facts import EntityRef

# 20名职工被授予“X”称号: a count of people, a few words for who they are, a verb of
# receiving and the quoted honour
_COUNTED = re.compile(
    f"[\\d一二三四五六七八九十百两]+(?:名|位|人)[\u4e00-\u9fff]{{0,6}}?(?:{alternation_of(TITLED_VERBS)})"
    '[“"「『]([^“”"「」『』]{2,20})[”"」』]'
)
_AMONG = re.compile("[ \u3000]*其中[，,：:]?")
_HONOURED = re.compile(alternation_of(HONOURED_VERBS))
# 表彰了30名“X”, 评出20名「X」: a verb of honouring or selecting, the count, the quoted honour
_COUNTED_AFTER = re.compile(
    f"(?:{alternation_of((*HONOURING_VERBS, *SELECTING_VERBS))})了?[\\d一二三四五六七八九十百两]+(?:名|位)"
    '[“"「『]([^“”"「」『』]{2,20})[”"」』]'
)
# ，当中包括 (。其中包括): after the quoted honour (its 称号), a stop and a word of inclusion
_INCLUDED = re.compile(f"(?:荣誉)?(?:称号)?[，,。；;](?:{alternation_of(AMONG_WORDS)})[:：]?")
_LIST_END = re.compile("[；;。！!？?\n]")
# 表彰了一批“X”，: a verb of honouring, a batch or a count, the quoted honour ending its clause
_BATCH = re.compile(
    f"(?:{alternation_of(HONOURING_VERBS)})了?(?:一批|[\\d一二三四五六七八九十百两]+(?:名|位))?"
    '[“"「『]([^“”"「」『』]{2,20})[”"」』](?:荣誉)?(?:称号)?[，,]'
)


def among_honoured(ctx: ArticleContext) -> None:
    """N名职工被授予“X”称号。其中，A…，B等受到表彰: the people from 其中 to the verb of
    being honoured hold X."""
    text = ctx.text
    included_in_count(ctx)
    batch_honoured(ctx)
    if "其中" not in text:
        return
    by_sentence: dict[tuple[int, int], set[str]] = {}
    for m in _COUNTED.finditer(text):
        by_sentence.setdefault(ctx.sentence_of(m.start()), set()).add(EDITION.sub("", m.group(1)))
    for (_, sb), honours in by_sentence.items():
        among = _AMONG.match(text, sb)
        if len(honours) != 1 or among is None:
            continue
        _, end = ctx.sentence_of(among.end())
        verb = _HONOURED.search(text, among.end(), end)
        if verb is None:
            continue
        (honour,) = honours
        for p in ctx.mentions_in("PERSON", among.end(), verb.start()):
            award(
                ctx, EntityRef("Person", p.text), honour, ctx.evidence(p.start_char, verb.end(), CONFIDENCE["context"])
            )


def included_in_count(ctx: ArticleContext) -> None:
    """二十名职工获颁“X”，当中包括A、B及C；(表彰了30名“X”。其中包括A、B): the people the clause of
    inclusion right after the counted honour names, to its end, hold X."""
    text = ctx.text
    for m in (*_COUNTED.finditer(text), *_COUNTED_AFTER.finditer(text)):
        among = _INCLUDED.match(text, m.end())
        if among is None:
            continue
        end = _LIST_END.search(text, among.end())
        honour = EDITION.sub("", m.group(1))
        for p in ctx.mentions_in("PERSON", among.end(), end.start() if end else len(text)):
            award(ctx, EntityRef("Person", p.text), honour, ctx.evidence(m.start(), p.end_char, CONFIDENCE["context"]))


def batch_honoured(ctx: ArticleContext) -> None:
    """表彰了一批“X”，A、B等10人受到表彰: the people of the clauses after the honour, up to the
    verb of being honoured in the same sentence, hold X."""
    text = ctx.text
    for m in _BATCH.finditer(text):
        end = _LIST_END.search(text, m.end())
        verb = _HONOURED.search(text, m.end(), end.start() if end else len(text))
        if verb is None:
            continue
        honour = EDITION.sub("", m.group(1))
        for p in ctx.mentions_in("PERSON", m.end(), verb.start()):
            award(ctx, EntityRef("Person", p.text), honour, ctx.evidence(m.start(), verb.end(), CONFIDENCE["pattern"]))
