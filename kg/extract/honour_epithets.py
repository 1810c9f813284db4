"""Family *awards*, continued: an honour held, said as an epithet after its holder.

A roster row's note or a profile's opening describes its person clause by clause, and one
clause may be an honour alone (张三｜副主席｜X公司车间主任，全国五一劳动奖章获得者；…, 李四，
某医院护士长，全国三八红旗手。): an honour's name and head (with 获得者 after it, or a title
word) that fills its clause from the clause's start to its end.  That honour is held by the
one person the line opens with (a row's number cell or blanks before the name at most), or
whose name fills a row's first cell (its cell bar right after).  A
clause with more words (负责联系全国五一劳动奖章获得者, 现有…获得者26名) or a name right after
(…获得者王五: ``titled_honours``) is no epithet.

A list of delegates or members marks its people with notes in brackets right after the
name (王某（女）（劳模）　某公司钳工): a note that is an honour's title word alone (劳模,
三八红旗手: the ``title`` heads of ``awards/award_patterns.tsv``) is an honour the person
holds, as printed (``noted_honours``).

Needs the people (PERSON mentions); runs with the other readers of honours.
"""

from __future__ import annotations

import re

from spacy.tokens import Span

from kg.extract.awards import EDITION, HONOUR_HEAD_WORDS, award, honour_start
from kg.extract.context import CONFIDENCE, ArticleContext
from kg.extract.honour_topic import LINE_TAG
from kg.extract.jobs import is_job_word
from kg.extract.wordlists import HONOUR_HOLDER, HONOUR_TITLES
from kg.ingest.rosters import listed_line
from kg.lexicon import alternation_of
from kg.model.facts import EntityRef

# 全国五一劳动奖章获得者； / 全国三八红旗手。: an honour's head (its holder's word after it)
# that ends its clause
_EPITHET = re.compile(f"(?:{HONOUR_HEAD_WORDS})(?:{alternation_of(HONOUR_HOLDER)})?(?=[，,。；;！!\\n\\t｜|]|\\Z)")
_HOLDER_WORD = re.compile(f"(?:{alternation_of(HONOUR_HOLDER)})\\Z")
# where a clause of a description starts: after a comma, a stop, a cell's bar or tab
_CLAUSE_START = re.compile("[，,。；;！!？?\\n\\t｜|][ \u3000]*\\Z")
# what may stand before the person a line opens with: a row's number, blanks, cell bars, or
# a tag in square brackets (展板3-5　【新时代劳动者】: a panel's number and its block's label)
_LINE_HEAD = re.compile(f"[\\d\\s｜|.、．]*(?:{LINE_TAG.pattern})?\\Z")
# a row's cell bars, and the ends of a sentence a description does not cross
_CELL_BARS = ("｜", "|", "\t")
_SENTENCE_END = re.compile("[。！!？?]")
# a description reaches this far back from its epithet to the person it is about
_REACH = 80
# the notes right after a name in a list's row: （女）（劳模）
_NOTES = re.compile("(?:[（(][^（()）\\s]{1,8}[）)])+")
_NOTE = re.compile("[（(]([^（()）\\s]{1,8})[）)]")


def epithet_honours(ctx: ArticleContext) -> None:
    """…，全国五一劳动奖章获得者；: the honour of a clause that is an honour alone goes to the
    one person the line opens with."""
    text = ctx.text
    for m in _EPITHET.finditer(text):
        head = m.start()
        start = honour_start(ctx, head)
        if start == head or not _CLAUSE_START.search(text, max(0, start - 4), start):
            continue  # 奖章获得者 alone, 负责联系…获得者: no name of an honour, or more words
        honour = _HOLDER_WORD.sub("", EDITION.sub("", text[start : m.end()]))
        if len(honour) < 4 or is_job_word(honour):
            continue
        p = _row_person(ctx, start)
        if p is None:
            continue
        award(ctx, EntityRef("Person", p.text), honour, ctx.evidence(p.start_char, m.end(), CONFIDENCE["context"]))


def _row_person(ctx: ArticleContext, start: int) -> Span | None:
    """The person a description ending at ``start`` is about: the last one named before it
    within reach, with no sentence's end between, who opens the line (a row's number at most
    before) or fills a row's first cell (a cell bar right after: the page's rows may come
    joined into one line)."""
    text = ctx.text
    line = text.rfind("\n", 0, start) + 1
    people = ctx.mentions_in("PERSON", max(line, start - _REACH), start)
    if not people or _SENTENCE_END.search(text, people[-1].end_char, start):
        return None
    p = people[-1]
    opens = len(people) == 1 and _LINE_HEAD.fullmatch(text, line, p.start_char) is not None
    return p if opens or text.startswith(_CELL_BARS, p.end_char) else None


def noted_honours(ctx: ArticleContext) -> None:
    """王某（女）（劳模）　某公司钳工: an honour's title word alone in a note after the name
    that opens a list's row is an honour its person holds."""
    text = ctx.text
    titles = frozenset(HONOUR_TITLES)
    for p in ctx.mentions_in("PERSON", 0, len(text)):
        line = text.rfind("\n", 0, p.start_char) + 1
        notes = _NOTES.match(text, p.end_char)
        if notes is None or text[line : p.start_char].strip():
            continue
        end = text.find("\n", p.end_char)
        if not listed_line(text[line : len(text) if end < 0 else end]):
            continue
        for n in _NOTE.finditer(text, notes.start(), notes.end()):
            if n.group(1) in titles:
                ev = ctx.evidence(p.start_char, n.end(), CONFIDENCE["context"])
                award(ctx, EntityRef("Person", p.text), n.group(1), ev)
