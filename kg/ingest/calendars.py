"""Calendars (iCalendar, RFC 5545) saved as files: each entry is a record of one activity.

A site's 订阅日历 exported as ``.ics`` (or saved as ``.txt``) is told by its content: it
opens with ``BEGIN:VCALENDAR``.  Read as plain text it is mostly the format's own words:
property names (``SUMMARY:``), parameters (``;TZID=Asia/Shanghai``), escapes (``\\，`` ``\\n``)
and folded lines — a long value goes on after a line break and one space, cut anywhere,
even inside a name (``冯家`` / `` 明``).  So the lines are unfolded first, each property is
split into name, parameters and value, and text values are unescaped.

Each ``VEVENT`` is one document: its ``SUMMARY`` (the activity's name) its title, its
``DTSTART`` (``VALUE=DATE:20270305`` or ``TZID=…:20270422T143000``) its date, and its body
the fields a notice of the activity would print, labelled as such a notice labels them
(``pages/calendar_fields.tsv``: 地点：LOCATION, 主办单位：ORGANIZER's CN, 主持人：the CN of an
ATTENDEE whose ROLE is CHAIR), then the ``DESCRIPTION`` (the entry's recap or plan).  The
rest is the export's furniture and names nobody: VERSION, PRODID (the calendar software's
vendor), the VTIMEZONE block, UID, DTSTAMP, SEQUENCE, CATEGORIES, STATUS, mailto addresses.
The calendar's own name and description (``X-WR-CALNAME``, ``X-WR-CALDESC``) say whose
calendar it is, and are kept as page furniture, as a feed's channel title is.

An entry reports no event held (``Document.unheld``: its names are read, no event) when the
calendar says it was cancelled (``STATUS:CANCELLED``) or is not settled (``TENTATIVE``),
when it starts after the entry was exported (``DTSTAMP``: a plan), and when it repeats
(``RRULE``): a series is a schedule, not the report of a session held.

A calendar cut short (no ``END:VCALENDAR``, an entry left open) is read all the same, with
a warning.
"""

from __future__ import annotations

import re

from kg.errors import InputNote
from kg.ingest.document import Block, Document
from kg.ingest.formats import lines_to_blocks
from kg.ingest.normalize import clean_line, fold_width
from kg.ingest.textmap import Mapped
from kg.lexicon import table

_CALENDAR = re.compile(r"\ufeff?\s*BEGIN:VCALENDAR[ \t]*\r?$", re.M | re.I)
# a folded line goes on after a line break and one space or tab (RFC 5545 3.1)
_FOLD = re.compile(r"\r?\n[ \t]")
# a content line: name, parameters (a value quoted or not, several after commas), colon, value
_PARAM_VALUE = r'(?:"[^"]*"|[^";:,]*)'
_PARAM = rf"[A-Za-z0-9-]+={_PARAM_VALUE}(?:,{_PARAM_VALUE})*"
_LINE = re.compile(rf"^([A-Za-z0-9-]+)((?:;{_PARAM})*):(.*)$")
_PARAMS = re.compile(rf";([A-Za-z0-9-]+)=({_PARAM_VALUE}(?:,{_PARAM_VALUE})*)")
# an escape in a text value: \\ \; \, \N \n, and a full-width comma escaped as a comma is
_ESCAPE = re.compile(r"\\([\\;,，nN])")
_STAMP = re.compile(r"(\d{4})(\d{2})(\d{2})")
_FIELDS = {row[0]: row[1] for row in table("pages/calendar_fields.tsv", header=True)}
_NOT_HELD = ("CANCELLED", "TENTATIVE")
_CALENDAR_WORDS = ("X-WR-CALNAME", "X-WR-CALDESC")


def looks_like_calendar(text: str) -> bool:
    """Is ``text`` an iCalendar file (it opens with ``BEGIN:VCALENDAR``)?"""
    return _CALENDAR.match(text[:200]) is not None


class _Property:
    """One property of a component: its name (upper case), parameters and raw value."""

    def __init__(self, name: str, params: dict[str, str], value: Mapped) -> None:
        self.name = name
        self.params = params
        self.value = value

    def text(self) -> Mapped:
        """The value read as TEXT: escapes undone, an escaped line break a line break."""

        def undo(m: re.Match[str]) -> str | Mapped:
            ch = m.group(1)
            return "\n" if ch in "nN" else self.value.group(m, 1)

        return self.value.sub(_ESCAPE, undo)


def _property(line: Mapped) -> _Property | None:
    m = _LINE.match(line.text)
    if m is None:
        return None
    params = {k.upper(): v.strip('"') for k, v in _PARAMS.findall(m.group(2))}
    return _Property(m.group(1).upper(), params, line.group(m, 3))


def _components(text: str) -> tuple[list[tuple[int, int, list[_Property]]], list[_Property], bool]:
    """Each VEVENT (its source span and properties), the calendar's own properties, and
    whether the calendar was closed (END:VCALENDAR, no entry left open)."""
    events: list[tuple[int, int, list[_Property]]] = []
    own: list[_Property] = []
    stack: list[str] = []
    current: list[_Property] | None = None
    start = 0
    closed = False
    for line in Mapped.of(text).sub(_FOLD, "").lines():
        prop = _property(line)
        if prop is None:
            continue
        value = prop.value.text.strip().upper()
        if prop.name == "BEGIN":
            stack.append(value)
            if value == "VEVENT":
                current, start = [], line.src[0] if line.src else 0
        elif prop.name == "END":
            if value in stack:
                del stack[stack.index(value) :]
            if value == "VEVENT" and current is not None:
                events.append((start, (line.src[-1] + 1) if line.src else start, current))
                current = None
            closed = value == "VCALENDAR" and current is None
        elif current is not None and stack[-1:] == ["VEVENT"]:
            current.append(prop)
        elif stack == ["VCALENDAR"]:
            own.append(prop)
    if current is not None:  # an entry left open at the end: read as far as it goes
        events.append((start, len(text), current))
    return events, own, closed


def _date(prop: _Property | None) -> str | None:
    """The ISO day of a DATE or DATE-TIME value (20270305, 20270422T143000, …Z)."""
    m = _STAMP.match(prop.value.text.strip()) if prop is not None else None
    return f"{m.group(1)}-{m.group(2)}-{m.group(3)}" if m else None


def _day_field(prop: _Property | None) -> Block | None:
    """The entry's start as a dated field line (时间：2027年3月5日), mapped to its value."""
    m = _STAMP.match(prop.value.text.strip()) if prop is not None else None
    if prop is None or m is None:
        return None
    day = f"{int(m.group(1))}年{int(m.group(2))}月{int(m.group(3))}日"
    return Block(Mapped.synthetic(f"{_FIELDS['DTSTART']}：") + Mapped(day, (prop.value.src[0],) * len(day)), gap=0)


def _first(props: list[_Property], name: str) -> _Property | None:
    return next((p for p in props if p.name == name), None)


def _cn(prop: _Property) -> Mapped | None:
    """A person's or body's name given as the CN parameter (its offsets those of the line)."""
    name = prop.params.get("CN", "").strip()
    if not name:
        return None
    return Mapped(name, (prop.value.src[0] if prop.value.src else 0,) * len(name))


def _field(label: str, value: Mapped) -> Block | None:
    line = clean_line(fold_width(value))
    return Block(Mapped.synthetic(f"{label}：") + line, gap=0) if line else None


def _location(value: Mapped) -> list[Block | None]:
    """The venue's field; a LOCATION written as an address, then the venue after a space
    (某区某镇某路8号 某公司报告厅), the venue's field with its address after it in brackets."""
    value = value.strip()
    cut = max(value.text.rfind(" "), value.text.rfind("\u3000"))
    if cut <= 0 or cut == len(value) - 1:
        return [_field(_FIELDS["LOCATION"], value)]
    venue, address = value[cut + 1 :].strip(), value[:cut].strip()
    return [_field(_FIELDS["LOCATION"], venue), _field(_FIELDS["ADDRESS"], address)]


def _unheld(props: list[_Property], day: str | None) -> bool:
    """Cancelled, not settled, a plan when the entry was exported, or a repeating series."""
    status = _first(props, "STATUS")
    if status is not None and status.value.text.strip().upper() in _NOT_HELD:
        return True
    stamp = _date(_first(props, "DTSTAMP"))
    return (day is not None and stamp is not None and day > stamp) or _first(props, "RRULE") is not None


def _entry(span: tuple[int, int], props: list[_Property]) -> Document | None:
    summary = _first(props, "SUMMARY")
    title = clean_line(fold_width(summary.text())) if summary is not None else None
    fields: list[Block | None] = [_day_field(_first(props, "DTSTART"))]
    for p in props:
        if p.name == "LOCATION":
            fields += _location(p.text())
        elif p.name == "ORGANIZER" and (cn := _cn(p)) is not None:
            fields.append(_field(_FIELDS["ORGANIZER"], cn))
        elif p.name == "ATTENDEE" and p.params.get("ROLE", "").upper() == "CHAIR" and (cn := _cn(p)) is not None:
            fields.append(_field(_FIELDS["CHAIR"], cn))
    blocks = [b for b in fields if b is not None]
    description = _first(props, "DESCRIPTION")
    if description is not None:
        blocks += lines_to_blocks(description.text())
    if not title and not blocks:
        return None
    day = _date(_first(props, "DTSTART"))
    return Document(
        blocks,
        title=title or None,
        date=day,
        date_rank=-1 if day else 99,
        one_article=True,
        repair=False,
        span=span,
        unheld=_unheld(props, day),
    )


def read_calendar(text: str, name: str) -> tuple[list[Document], list[InputNote]]:
    """One document per entry of a calendar; a calendar cut short read all the same, warned."""
    events, own, closed = _components(text)
    notes = [] if closed else [InputNote(name, "calendar is cut short (no END:VCALENDAR): read as far as it goes")]
    docs = [doc for start, end, props in events if (doc := _entry((start, end), props)) is not None]
    if docs:
        docs[0].furniture = [" ".join(p.text().text.split()) for p in own if p.name in _CALENDAR_WORDS]
    return docs, notes
