"""Family *events*, continued: the contestants of a results table take part in its contest.

A contest's results are printed as a table (序号 赛项 姓名 … 总成绩 名次 备注): a header
row with a column of names (``pages/name_column_heads.txt``) and one of results
(``events/results_tables.tsv``: 成绩, 名次), then a numbered row for each contestant.  Every
person whose name fills a cell of such a row competed in the page's main event, the contest
the table reports — placed or not, disqualified (取消资格) as well: a result was recorded.
A row saying the person withdrew (弃赛, 缺考) names one who did not compete.  The rows are
the contestants entered: their number is how many took part, when the page states none.  The rows run
from the header to the first line that is no numbered row (a 注, the 制表人 line).

A header reached the text glued to the line before it (a workbook's merged cells), so it is
found by its heads, not by its line's start.

Results told in prose lines are read so too (``results_lines``): under a line announcing
them with a colon (各项目决出名次：), a line per item (搏克：冠军A（…），亚军B（…）；) names
those who placed in it, who took part in the contest.
"""

from __future__ import annotations

import re

from kg.extract.context import CONFIDENCE, ArticleContext
from kg.extract.wordlists import PLACES_WON
from kg.lexicon import alternation_of, table, words
from kg.model.facts import EntityRef
from kg.nlp.text import line_spans

_ROWS = table("events/results_tables.tsv")
_RESULT = alternation_of(w for w, kind in _ROWS if kind == "result")
_WITHDREW = re.compile(alternation_of(w for w, kind in _ROWS if kind == "withdrew"))
_NAME = alternation_of(words("pages/name_column_heads.txt"))
_GAP = "[ \u3000\t]"
# the header: a name head and a result head among the cells of one line, each a cell alone
_HEADER = re.compile(f"(?:^|(?<={_GAP}))(?:{_NAME}){_GAP}(?:[^\\n]*{_GAP})?(?:{_RESULT})(?={_GAP}|$)", re.M)
# a table this long at least counts its contestants (one or two rows may be a sample)
_LEAST_ROWS = 3
# a row: its number, a cell of its own
_ROW = re.compile(f"[0-9０-９]{{1,3}}[.．、]?{_GAP}")


def _tables(text: str) -> list[tuple[re.Match[str], list[tuple[int, int]]]]:
    """Each results table's header and the spans of its numbered rows."""
    out = []
    for head in _HEADER.finditer(text):
        at = text.find("\n", head.end())
        rows = []
        while at >= 0 and _ROW.match(text, at + 1):
            a = at + 1
            at = text.find("\n", a)
            rows.append((a, len(text) if at < 0 else at))
        out.append((head, rows))
    return out


def results_tables(ctx: ArticleContext) -> None:
    """Each person filling a cell of a results table's numbered rows (not one who withdrew)
    takes part in the page's main event."""
    text = ctx.text
    main = ctx.main_event()
    if main is None or "\n" not in text:
        return
    known = {r for r, _ in main.participants}
    for _head, rows in _tables(text):
        for a, b in rows:
            if _WITHDREW.search(text, a, b):
                continue  # (弃赛: no result, no part in the contest)
            for p in ctx.mentions_in("PERSON", a, b):
                cell = p.end_char >= b or text[p.end_char] in " \u3000\t"
                ref = EntityRef("Person", p.text)
                if cell and p.start_char > a and text[p.start_char - 1] in " \u3000\t" and ref not in known:
                    known.add(ref)
                    main.participants.append((ref, ctx.evidence(p.start_char, p.end_char, CONFIDENCE["pattern"])))


def results_count(ctx: ArticleContext) -> None:
    """The number of a results table's rows, the contestants entered, is how many took part in
    the main event when the page states no count (run after the counts said in words)."""
    main = ctx.main_event()
    if main is None or main.count is not None or "\n" not in ctx.text:
        return
    for head, rows in _tables(ctx.text):
        if len(rows) >= _LEAST_ROWS:
            main.count = (len(rows), ctx.evidence(head.start(), head.end(), CONFIDENCE["context"]))
            return


# a line of results: an item, a colon, then a place won and its holder (搏克：冠军A（…），亚军B)
_PLACE = alternation_of(PLACES_WON)
_RESULT_LINE = re.compile(f"[^\\n：:，,。；;]{{1,12}}[：:][ \u3000]*(?:{_PLACE})")
# a place won right before a body's name (冠军X代表队)
_PLACE_BEFORE = re.compile(f"(?:{_PLACE})(?:为|是)?[ \u3000]*$")


def results_lines(ctx: ArticleContext) -> None:
    """Under a line that ends announcing results with a colon (经过3天比赛，各项目决出名次：),
    a line for each item (搏克：冠军A（…），亚军B（…）；): the people each line names, and the
    bodies named right after a place, took part in the page's main event, the contest whose
    items they are.  The lines run to the first that is no item's result."""
    text = ctx.text
    main = ctx.main_event()
    if main is None or ("：" not in text and ":" not in text):
        return
    known = {r for r, _ in main.participants}
    for a, b in line_spans(text):
        if not text[a:b].rstrip().endswith(("：", ":")) or _RESULT_LINE.match(text, a):
            continue
        at = b
        while at < len(text) and _RESULT_LINE.match(text, at + 1):
            a2 = at + 1
            end = text.find("\n", a2)
            at = len(text) if end < 0 else end
            found = [(p.start_char, p.end_char, EntityRef("Person", p.text)) for p in ctx.mentions_in("PERSON", a2, at)]
            found += [(x, y, r) for x, y, r in ctx.bodies_in(a2, at) if _PLACE_BEFORE.search(text, a2, x)]
            for x, y, ref in found:
                if ref not in known:
                    known.add(ref)
                    main.participants.append((ref, ctx.evidence(x, y, CONFIDENCE["context"])))
