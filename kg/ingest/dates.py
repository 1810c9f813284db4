"""Dates as the project stores them: ISO ``YYYY-MM-DD`` (or ``YYYY-MM``, ``YYYY``)."""

from __future__ import annotations

import datetime as dt
import re

from kg.errors import KgError

# 2025-03-18, 2025/3/18, 2025.03.18, 2025年3月18日 (or 18号, as the spoken form some pages
# print), optionally followed by a time.
DATE_PATTERN = r"(?P<y>(?:19|20)\d{2})\s*[-/.年]\s*(?P<m>\d{1,2})(?:\s*[-/.月]\s*(?P<d>\d{1,2})\s*[日号]?|\s*月)?"
_DATE = re.compile(DATE_PATTERN)
_ISO = re.compile(r"^(?P<y>\d{4})(?:-(?P<m>\d{2})(?:-(?P<d>\d{2}))?)?$")


def _iso(y: str, m: str | None, d: str | None) -> str | None:
    try:
        if d:
            return dt.date(int(y), int(m or 0), int(d)).isoformat()
        if m:
            dt.date(int(y), int(m), 1)
            return f"{int(y):04d}-{int(m):02d}"
    except ValueError:
        return None
    return f"{int(y):04d}"


def parse_date(text: str) -> str | None:
    """The first calendar date in ``text`` as ISO text, or None (also for 2025-02-30)."""
    text = text.strip()
    m = _ISO.match(text)
    if m:
        return _iso(m["y"], m["m"], m["d"])
    m = _DATE.search(text)
    if not m:
        return None
    return _iso(m["y"], m["m"], m["d"])


def check_date_arg(value: str | None) -> str | None:
    """Validate a user-given document date: it must be ISO already."""
    if value is None:
        return None
    m = _ISO.match(value.strip())
    iso = _iso(m["y"], m["m"], m["d"]) if m else None
    if iso is None:
        raise KgError(f"--date {value!r}: expected a date as YYYY-MM-DD (or YYYY-MM, YYYY)")
    return iso
