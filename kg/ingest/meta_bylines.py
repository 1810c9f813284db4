"""The people a page's meta line names outside an author's field, for
:mod:`kg.ingest.boilerplate`: a byline printed on the date's line, and the original's
people after the outlet of its 来源 field (来源：某报 通讯员 X Y 文/图)."""

from __future__ import annotations

from kg.ingest.bars import buttons
from kg.ingest.bylines import author_credit, byline_at_start, photo_credit_line


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


def page_author(known: str | None, field: str | None, stacked: bool = False) -> str | None:
    """The page's 作者 field: the first one, unless it names a desk and no person (作者：
    党委办公室 beside the date) and a later one names people (作者：党委办公室 王某 closing
    the article, the desk and its writer): the writer, not the desk, is credited.  Fields
    of people ``stacked`` one under the other (记者：X over 通讯员：Y closing a text) credit
    them all."""
    if known is None:
        return field
    if field is not None and author_credit(known) is None and author_credit(field) is not None:
        return field
    people = author_credit(field) if stacked and field is not None else None
    if people is not None and people.reporters and author_credit(known) is not None and field not in known:
        return f"{known} {field}"
    return known
