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
# a sound bite's label ([同期声], 现场声：), then on its line who the speaker is, the name, a colon
_BITE_LABEL = r"[ \t\u3000]*(?:[【\[](?:同期声|同期|现场声)[】\]][ \t\u3000]*[:：]?|(?:同期声|现场声)[ \t\u3000]*[:：])"
_SOUND_BITE = re.compile(f"(?:^|\\n){_BITE_LABEL}[^\\n：:“”。]{{0,40}}$")
_BITE_LINE = re.compile(_BITE_LABEL)


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


def sound_bite_speakers(ctx: ArticleContext) -> None:
    """【同期声】X公司工会主席　A：…: the speaker of a sound bite, recorded at the event the
    report told last before it (the main event when none was), takes part in that event
    (同期声：X公司经理 A“…”: the words quoted right after the name, no colon)."""
    events = ctx.facts.events
    if not events:
        return
    text = ctx.text
    for p in ctx.mentions_of("PERSON"):
        if not text.startswith(("：", ":", "“", "「"), p.end_char):
            continue
        line = text.rfind("\n", 0, p.start_char) + 1
        if _SOUND_BITE.match(text, max(0, line - 1), p.start_char) is None:
            continue
        # (not an event the bites themselves name: 【同期声】A：今年我们把“夏送清凉”…)
        told = [e for e in events if e.evidence.start < line and not _in_sound_bite(text, e.evidence.start)]
        event = max(told, key=lambda e: e.evidence.start) if told else events[0]
        ref = EntityRef("Person", p.text)
        if all(r != ref for r, _ in event.participants):
            event.participants.append((ref, ctx.evidence(p.start_char, p.end_char, CONFIDENCE["context"])))


def _in_sound_bite(text: str, at: int) -> bool:
    """Whether ``at`` stands in a sound bite's line (its label opening the line)."""
    line = text.rfind("\n", 0, at) + 1
    return _BITE_LINE.match(text, line, at) is not None
