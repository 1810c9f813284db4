"""Family *events*, continued: the contestants of a results table take part in its contest.

A contest's results are printed as a table (序号 赛项 姓名 … 总成绩 名次 备注): a header
row with a column of names (``pages/name_column_heads.txt``) and one of results
(``events/results_tables.tsv``: 成绩, 名次), then a numbered row for each contestant.  Every
person whose name fills a cell of such a row competed in the page's main event, the contest
the table reports — placed or not, disqualified (取消资格) as well: a result was recorded.
A row saying the person withdrew (弃赛, 缺考) names one who did not compete.  The rows run
from the header to the first line that is no numbered row (a 注, the 制表人 line).

A header reached the text glued to the line before it (a workbook's merged cells), so it is
found by its heads, not by its line's start.
"""

from __future__ import annotations

import re

from kg.extract.context import CONFIDENCE, ArticleContext
from kg.lexicon import alternation_of, table, words
from kg.model.facts import EntityRef

_ROWS = table("events/results_tables.tsv")
_RESULT = alternation_of(w for w, kind in _ROWS if kind == "result")
_WITHDREW = re.compile(alternation_of(w for w, kind in _ROWS if kind == "withdrew"))
_NAME = alternation_of(words("pages/name_column_heads.txt"))
_GAP = "[ \u3000\t]"
# the header: a name head and a result head among the cells of one line, each a cell alone
_HEADER = re.compile(f"(?:^|(?<={_GAP}))(?:{_NAME}){_GAP}(?:[^\\n]*{_GAP})?(?:{_RESULT})(?={_GAP}|$)", re.M)
# a row: its number, a cell of its own
_ROW = re.compile(f"[0-9０-９]{{1,3}}[.．、]?{_GAP}")


def results_tables(ctx: ArticleContext) -> None:
    """Each person filling a cell of a results table's numbered rows (not one who withdrew)
    takes part in the page's main event."""
    text = ctx.text
    main = ctx.main_event()
    if main is None or "\n" not in text:
        return
    known = {r for r, _ in main.participants}
    for head in _HEADER.finditer(text):
        at = text.find("\n", head.end())
        while at >= 0 and _ROW.match(text, at + 1):
            a = at + 1
            at = text.find("\n", a)
            b = len(text) if at < 0 else at
            if _WITHDREW.search(text, a, b):
                continue  # (弃赛: no result, no part in the contest)
            for p in ctx.mentions_in("PERSON", a, b):
                cell = p.end_char >= b or text[p.end_char] in " \u3000\t"
                ref = EntityRef("Person", p.text)
                if cell and p.start_char > a and text[p.start_char - 1] in " \u3000\t" and ref not in known:
                    known.add(ref)
                    main.participants.append((ref, ctx.evidence(p.start_char, p.end_char, CONFIDENCE["pattern"])))
