"""Family *participants*, a person quoted the portal's way: the name, then who they are set
off by commas, then the moment of the event they spoke at (“…”苏和，赛罕区委常委、区总工会
主席，在接受记者采访时说 / 阿拉坦仓，X公司工会主席，在领奖后表示).

Said 在…时 or 在…后 right before a verb of speaking (events/speech_verbs.txt), the words
are said at the event the article reports: the speaker takes part in its main event.  The
words set off must hold a title (who the person is), not a clause of its own.
"""

from __future__ import annotations

import re

from kg.extract.context import CONFIDENCE, ArticleContext
from kg.extract.wordlists import SPEECH_VERBS
from kg.lexicon import alternation_of
from kg.model.facts import EntityRef

# ，<who the person is>，在<a moment of the event>时/后<a verb of speaking>
_SET_OFF = re.compile(
    "[，,]([^，,。；;！？!?“”\\n]{2,30}?)[，,]在[^，,。；;！？!?“”\\n]{1,16}?(?:时|后)[，,]?"
    f"(?:{alternation_of(SPEECH_VERBS)})"
)
_WITHIN = 60  # how far after the name the verb of speaking may stand


def set_off_speakers(ctx: ArticleContext) -> None:
    """A person named, set off by a title, who spoke 在…时/后 (在领奖后表示) takes part in the
    article's main event."""
    main = ctx.main_event()
    if main is None:
        return
    text = ctx.text
    for p in ctx.mentions_of("PERSON"):
        if not text.startswith(("，", ","), p.end_char) or "在" not in text[p.end_char : p.end_char + _WITHIN]:
            continue
        m = _SET_OFF.match(text, p.end_char)
        if m is None or not ctx.mentions_in("TITLE", m.start(1), m.end(1)):
            continue
        ref = EntityRef("Person", p.text)
        if all(r != ref for r, _ in main.participants):
            main.participants.append((ref, ctx.evidence(p.start_char, m.end(), CONFIDENCE["context"])))
