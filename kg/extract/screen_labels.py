"""People a video's on-screen text names take part in the event it reports: a post's
subtitles label who speaks (01:04　受访者：A（…主席）, 00:23　[画面文字] A　快递员), a line of
its own after a time code perhaps.  The person named right after the label is seen at the
event, as one named taking part in a report's text is.

Runs once the events are merged (``ctx.facts.events``, the first the main event) and the
people are known.
"""

from __future__ import annotations

import re

from kg.extract.context import CONFIDENCE, ArticleContext
from kg.extract.wordlists import SCREEN_LABELS
from kg.lexicon import alternation_of
from kg.model.facts import EntityRef

_GAP = "[ \\t\u3000]*"
# a line: a time code perhaps (00:23, 01:02:03), the label in brackets perhaps, a colon perhaps
_LABEL_LINE = re.compile(
    f"^{_GAP}(?:\\d{{1,2}}:\\d{{2}}(?::\\d{{2}})?{_GAP})?[\\[【［]?(?:{alternation_of(SCREEN_LABELS)})[\\]】］]?[：:]?{_GAP}",
    re.M,
)


def screen_labels(ctx: ArticleContext) -> None:
    """The person right after each on-screen label takes part in the main event."""
    main = ctx.main_event()
    text = ctx.text
    if main is None or not any(w in text for w in SCREEN_LABELS):
        return
    for m in _LABEL_LINE.finditer(text):
        for p in ctx.mentions_in("PERSON", m.end(), m.end() + 1):
            ref = EntityRef("Person", p.text)
            if all(r != ref for r, _ in main.participants):
                main.participants.append((ref, ctx.evidence(p.start_char, p.end_char, CONFIDENCE["context"])))
