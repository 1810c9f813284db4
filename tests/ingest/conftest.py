"""Fixtures of the ingest tests."""

from __future__ import annotations

import pytest

from kg.ingest import read_articles


@pytest.fixture(scope="module")
def read_page(tmp_path_factory):
    """Read a page of text as the build does: each article's headline and the people it
    credits (reporters and photographers, sorted), in the page's order."""
    folder = tmp_path_factory.mktemp("page")

    def run(text: str, n: int = 0) -> list[tuple[str | None, list[str]]]:
        page = folder / f"page{n}.txt"
        page.write_text(text, encoding="utf-8")
        out = []
        for a in read_articles([str(page)]).articles:
            people = list(dict.fromkeys([*a.reporters, *a.photographers]))
            out.append((a.headline, sorted(people)))
        return out

    return run
