"""The people a page's meta line names outside an author's field, for
:mod:`kg.ingest.boilerplate`: a byline printed on the date's line, and the original's
people after the outlet of its 来源 field (来源：某报 通讯员 X Y 文/图)."""

from __future__ import annotations

from kg.ingest.bars import buttons
from kg.ingest.bylines import byline_at_start, photo_credit_line


def dated_byline(rest: str) -> str | None:
    """2025/03/18 14:32　记者X／某地报导　字级　分享: the reporters of a byline printed on
    the date's line, before the page's buttons (as news sites in Taiwan print it), or None."""
    credit = byline_at_start(rest.strip())
    if credit is None or not credit.reporters:
        return None
    if not all(buttons(t) for t in rest.strip()[credit.end :].split()):
        return None
    return " ".join(credit.reporters)


def source_people(rest: str) -> str | None:
    """The people after a 来源 field's outlet (本文来源：某报 通讯员 X, 来源：某报 通讯员 X Y
    文/图), as an author's field that credits them by role, or None.  A photo credit whole
    (X Y 文/图: they wrote it and took the pictures; X 摄) is kept as written, for the
    field's reader to credit each as it says."""
    who = dated_byline(rest)
    if who is not None:
        return f"记者 {who}"
    credit = photo_credit_line(rest.strip())
    return credit.raw if credit is not None else None
