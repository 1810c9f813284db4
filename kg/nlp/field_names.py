"""Names a notes page, a programme or a minute sets in a field of its own line, for
``kg.nlp.people``.

Meeting notes and programmes write who chaired, minuted or came along in a labelled field
(主持：X, 记录：Y, ``people/field_labels.txt``), and whom the writer met as a line's item
before a dash and the person's office (见到：X —— 镇总工会主席, X（德昂族）—— 公司工会主席).
The names there are often of minorities the tagger does not know (线|秋菊 as a noun, 勒|排早扎
as a verb, 赵腊|退 as a place and a verb): the line's shape tells better.  The run must be
a name by its shape (a surname, a given name of one or two; four with a surname of two).

Notes jotted with spaces between the words (州总 组织部 X 部长 通报 …) set a name as a word
of its own right before its office: a name-shaped word between gaps, the next one a title
whole, is a person (Chinese prose puts no gap between a name and a title, a page of notes does).
"""

from __future__ import annotations

import functools
import itertools
import re

from kg.lexicon import alternation
from kg.nlp.labelled_lists import name_shaped

# a line's bullets and indent (Markdown's list marks, a quote's >)
_BULLETS = " \u3000-*•●·>"
# the run of a name and what may close it: a gap, a note, a list's mark or the line's end
_RUN = "(?P<name>[\u4e00-\u9fff]{2,4})"
_NOTE = "(?:[（(][^（()）\n]{1,10}[）)])?"
_DASH = "[ \u3000]*(?:——|—|－－|--)[ \u3000]*"
# a field's label and its colon (陪同：, 见到：) before a dashed item
_LABEL = "(?:[\u4e00-\u9fff]{1,6}[：:][ \u3000]*)?"


@functools.cache
def _field() -> re.Pattern[str]:
    return re.compile(f"(?:{alternation('people/field_labels.txt')})[：:][ \u3000]*{_RUN}(?=$|[ \u3000（(、，,；;])")


# a word of jotted notes: what gaps part
_WORD = re.compile("[^ \u3000\n]+")
_DASHED = re.compile(f"{_LABEL}{_RUN}[ \u3000]*{_NOTE}{_DASH}(?P<rest>[^，,。；;\n]*)")


def field_names(text: str, surnames: frozenset[str], title_re: re.Pattern[str]) -> list[tuple[int, int]]:
    """The names of the lines ``主持：X`` (a label of ``people/field_labels.txt``) and ``X ——
    OFFICE`` (an item before a dash and an office, a label before it or none), each opening
    its line after its bullets; and the names of jotted notes right before their title."""
    out: list[tuple[int, int]] = []
    pos = 0
    for line in text.split("\n"):
        start, pos = pos, pos + len(line) + 1
        head = len(line) - len(line.lstrip(_BULLETS))
        m = _field().match(line, head)
        if m is None:
            dashed = _DASHED.match(line, head)
            m = dashed if dashed and title_re.search(dashed["rest"]) else None
        if m is not None and name_shaped(m["name"], surnames):
            out.append((start + m.start("name"), start + m.end("name")))
        elif " " in line:
            out += [(start + a, start + b) for a, b in _before_titles(line, surnames, title_re)]
    return out


def _before_titles(line: str, surnames: frozenset[str], title_re: re.Pattern[str]) -> list[tuple[int, int]]:
    """The words of a jotted line (words between gaps) that are names by their shape right
    before a word that is a title whole (组织部 X 部长)."""
    spans = [(m.start(), m.end()) for m in _WORD.finditer(line)]
    return [
        (a, b)
        for (a, b), (c, d) in itertools.pairwise(spans)
        if c == b + 1 and name_shaped(line[a:b], surnames) and title_re.fullmatch(line, c, d)
    ]
