"""A scholarly paper's reference list: its heading (参考文献：) and the numbered entries under
it ([1] 某某，某某. 题名[J]. 刊名，2022，36（4）：45-53.), as GB/T 7714 prints them.

The entries name the cited works' authors, journals and publishers: none is a person or a
body of the article, and a journal named after a college (某某学院学报) would be read as the
college.  So the heading and its entries are furniture, dropped with the page's other
furniture (:mod:`kg.ingest.page_furniture`).
"""

from __future__ import annotations

import functools
import re

from kg.lexicon import alternation

# an entry's number in brackets ([1], ［2］, 〔3〕) opening its line
_NUMBER = r"\s*[\[［【〔]\s*\d{1,3}\s*[\]］】〕]"
# a cited work's type mark ([J] journal, [M] book, [N] paper, [EB/OL] web …): the rest of an
# entry the PDF's text broke onto the next line carries it
_TYPE_MARK = re.compile(r"[\[［](?:J|M|N|C|D|R|S|P|Z|G|A|EB/OL|DB/OL|J/OL|M/OL|N/OL)[\]］]")


@functools.cache
def _heading() -> re.Pattern[str]:
    return re.compile(rf"\s*(?:{alternation('pages/reference_heads.txt')})\s*[:：]?\s*")


def _entry(line: str) -> bool:
    return re.match(_NUMBER, line) is not None or _TYPE_MARK.search(line) is not None


def reference_lines(texts: list[str]) -> set[int]:
    """The indices of the lines of each reference list: its heading, alone on its line or
    with the first entry after it, and the entries after that (an entry opens with its
    number; a line an entry went on to carries a work's type mark)."""
    out: set[int] = set()
    i = 0
    while i < len(texts):
        m = _heading().match(texts[i])
        rest = texts[i][m.end() :] if m is not None else ""
        nxt = texts[i + 1] if i + 1 < len(texts) else ""
        if m is None or not (re.match(_NUMBER, rest) or (not rest and re.match(_NUMBER, nxt))):
            i += 1
            continue
        out.add(i)
        i += 1
        while i < len(texts) and _entry(texts[i]):
            out.add(i)
            i += 1
    return out
