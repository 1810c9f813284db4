"""A printed bulletin's end matter: its distribution list and its imprint.

An internal bulletin (工作简报, 情况通报) or a document closes with who receives it
(报：省总工会，市委、市政府… / 送：… / 抄送：… / 发：各县区总工会…), with who printed it
and when (某某办公室　2026年4月9日印发) and with the print run (（共印60份）).  The bodies of
the list are the paper's readers, not its news: read as text, each became an organisation
of the story.  The list is told by its shape, not by its bodies: a label, a colon, and
short items between 、，；or spaces, with no sentence among them.
"""

from __future__ import annotations

import functools
import re

from kg.ingest.dates import DATE_PATTERN
from kg.lexicon import alternation, lexicon

_ITEM_SPLIT = re.compile(r"[、，,；;\s\u3000]+")
_MAX_ITEM = 24  # a body with its 有关领导同志: longer is a sentence
_IMPRINT = re.compile(rf"^\s*\S{{2,30}}?[\s\u3000]*{DATE_PATTERN}\s*印发\s*$")
_PRINT_RUN = re.compile(r"^\s*[（(]?\s*共印\s*\d+\s*份\s*[)）]?\s*$")


@functools.cache
def _label() -> re.Pattern[str]:
    return re.compile(rf"^\s*(?:{alternation('pages/distribution_labels.txt')})\s*[:：]\s*")


def distribution_line(line: str) -> bool:
    """报：A，B、C / 抄送：A、B / 某办公室 2026年4月9日印发 / （共印60份）: end matter that
    names bodies but says nothing of them."""
    if _PRINT_RUN.match(line) or _IMPRINT.match(line):
        return True
    m = _label().match(line)
    if m is None:
        return False
    rest = line[m.end() :].rstrip("。. ")
    items = [i for i in _ITEM_SPLIT.split(rest) if i]
    if not items or any(len(i) > _MAX_ITEM or re.search(r"[。！？：:]", i) for i in items):
        return False
    # an item at least ends as a body's name does (市委、县人社局; not 送去慰问金，受到职工好评)
    return any(i[-1] in _body_finals() for i in items)


@functools.cache
def _body_finals() -> frozenset[str]:
    """The last characters of the endings of bodies' names (会, 局, 委, 室 …)."""
    lex = lexicon()
    return frozenset(w[-1] for w in (*lex.org_suffixes, *lex.union_suffixes))
