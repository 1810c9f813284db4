"""Helpers of the labelled case tables of the grammar tests (posts, titles, bodies):
each case a (label, text, region, expected) row whose label opens with its key."""

from __future__ import annotations

import pytest

from kg.ingest.normalize import clean_line, fold_width
from kg.ingest.textmap import Mapped


def labelled_case(label: str, text: str, region: str | None, expected: set, not_yet: dict[str, str]) -> object:
    """The row as a test case named by its key; a strict xfail, with its reason, when the
    key is in ``not_yet`` (the cases not read yet), so that one read after all shows."""
    key = label.split()[0]
    marks = [pytest.mark.xfail(reason=not_yet[key], strict=True)] if key in not_yet else []
    return pytest.param(label, text, region, expected, id=key, marks=marks)


def marked(cases: list, not_yet: dict[str, str]) -> list:
    """The cases of a table of ``pytest.param`` rows, those whose id is in ``not_yet`` made strict
    xfails with their reason, so that one read after all shows."""
    return [
        pytest.param(*c.values, id=c.id, marks=[pytest.mark.xfail(reason=not_yet[c.id], strict=True)])
        if c.id in not_yet
        else c
        for c in cases
    ]


def ingested(text: str) -> str:
    """The text as ingestion hands it on: each line cleaned (widths, spaces, padded names and labels)."""
    return "\n".join(clean_line(fold_width(Mapped.of(line))).text for line in text.split("\n"))
