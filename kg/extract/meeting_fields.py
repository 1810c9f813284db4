"""Family *events*, continued: a meeting app's export, whose fields name the page's meeting.

An online meeting's minutes exported from its app (智能纪要, a transcript) open with fields,
not a headline: 会议主题：X总工会二季度工作调度视频会 / 会议时间：2028/04/18 14:30-14:41 /
参会人（9）：A（…）、B-… (the labels of ``events/minutes_labels.tsv``, kinds ``name``, ``time``,
``people``).  The meeting the theme names (its name ends in an event's head) is the page's own
event, reported by its export: held on the day of 会议时间, organised by the body its name opens
with, and those of the 参会人 line whom the text names (as its speakers) take part, each name a
part of its entry set apart by a space, a dash or brackets (县总-A, 某镇工会 B, C（县总）) — an
entry that is a device or an account names no person, nor a body's name opening with a name
(某某工会（手机）).  It has no venue (held online) and no
count (the entries count screens and phones, not people).  The fields may stand in the text
or among the lines ingestion set aside as the page's furniture (``Article.furniture``).
"""

from __future__ import annotations

import re

from kg.extract.context import CONFIDENCE, ArticleContext
from kg.extract.dates import parse_date
from kg.extract.wordlists import MINUTES_NAME, MINUTES_PEOPLE, MINUTES_TIME
from kg.lexicon import alternation_of, lexicon
from kg.model.evidence import Evidence
from kg.model.facts import EntityRef, EventFact

_GAP = "[ \u3000]*"
# a field line: its label, perhaps the number of entries in brackets (参会人（9）), a colon
_FIELD = re.compile(
    f"^[ \u3000]*(?:(?P<name>{alternation_of(MINUTES_NAME)})|(?P<time>{alternation_of(MINUTES_TIME)})"
    f"|(?P<people>{alternation_of(MINUTES_PEOPLE)})){_GAP}(?:[（(]\\d+[）)])?{_GAP}[:：]{_GAP}(?P<value>[^\\n]+)$",
    re.M,
)
# the day opening the time field (2028/04/18 14:30, 2028-04-18, 2028年4月18日)
_DAY = re.compile(r"\d{4}[-./]\d{1,2}[-./]\d{1,2}|\d{4}年\d{1,2}月\d{1,2}日")
_HEADS = tuple(lexicon().event_heads)
# what sets a person's name apart inside an entry: a space, a dash, a dot, brackets
_PARTS = re.compile("[ \u3000\t\\-－–—·（）()]+")


def meeting_fields(ctx: ArticleContext) -> None:
    """会议主题：X…会 / 会议时间：D / 参会人：… fields: X is the page's meeting, its first event."""
    fields: dict[str, tuple[str, int]] = {}  # kind -> (value, its offset in the text; -1: furniture)
    for lines, in_text in ((ctx.text, True), ("\n".join(ctx.article.furniture), False)):
        for m in _FIELD.finditer(lines):
            kind = next(k for k in ("name", "time", "people") if m.group(k))
            fields.setdefault(kind, (m.group("value").strip(), m.start("value") if in_text else -1))
    if "name" not in fields:
        return
    name, at = fields["name"]
    if not name.endswith(_HEADS):
        return
    evidence = _evidence(ctx, name, at)
    fact = EventFact(EntityRef("Event", name), name, evidence)
    # (the theme's line read in the text already, its name walked left short of the year: one)
    told = next((e for e in ctx.facts.events if name.endswith(e.ref.name)), None)
    if told is not None:
        ctx.facts.events.remove(told)
        fact.take_in(told)
        fact.aliases.discard(name)
    day = _DAY.search(fields["time"][0]) if "time" in fields else None
    if fact.date is None and day is not None and (parsed := parse_date(day.group(), None)):
        fact.date = (*parsed, evidence)
    bodies = {ref for ref in ctx.ref_at.values() if ref.cls in ("TradeUnion", "Organization")}
    opening = max((ref for ref in bodies if name.startswith(ref.name)), key=lambda r: len(r.name), default=None)
    if opening is not None and all(r != opening for r, _ in fact.organizers):
        fact.organizers.append((opening, evidence))
    if "people" in fields:
        # (each entry's parts: 滕玉龙（县总）, 县总-欧阳丽华, 某镇工会 仝建; not 某某工会（手机）)
        parts = {w for e in re.split("[、，,;；]", fields["people"][0]) for w in _PARTS.split(e) if w}
        for p in ctx.mentions_of("PERSON"):
            ref = EntityRef("Person", p.text)
            if p.text in parts and all(r != ref for r, _ in fact.participants):
                fact.participants.append((ref, ctx.evidence(p.start_char, p.end_char, CONFIDENCE["context"])))
    ctx.facts.events.insert(0, fact)


def _evidence(ctx: ArticleContext, line: str, at: int) -> Evidence:
    """The field's span in the text, or (set aside as furniture) the field's line alone."""
    if at >= 0:
        return ctx.evidence(at, at + len(line), CONFIDENCE["pattern"])
    return Evidence(article=ctx.article_id, start=0, end=0, sentence=line, confidence=CONFIDENCE["pattern"])
