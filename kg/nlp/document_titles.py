"""Events named inside a title in 《》 are no events of the article: the title names a document
(the rules of an election, a notice), a book or a programme.

Apart from ``kg.nlp.events`` (at its size limit); a plain function over found spans.
"""

from __future__ import annotations

import bisect
import re

from kg.nlp.found import Found

# a title of a document, book or programme: 《…大会选举办法》, 《关于召开…会议的通知》
_BOOK_TITLE = re.compile(r"《[^《》\n]{1,80}》")


def outside_titles(text: str, events: list[Found]) -> list[Found]:
    """The events not named inside a title in 《》: the title names a document (the rules
    of an election, a notice), not an event the article reports."""
    titles = [m.span() for m in _BOOK_TITLE.finditer(text)]
    if not titles:
        return events
    starts = [a for a, _ in titles]
    out = []
    for ev in events:
        k = bisect.bisect_right(starts, ev.start) - 1
        if k >= 0 and titles[k][0] < ev.start and ev.end < titles[k][1]:
            continue
        out.append(ev)
    return out
