"""The page reader the genre case tables share: a page read as the build reads it."""

from __future__ import annotations

from pathlib import Path

from kg.ingest import read_articles


def read_page_articles(folder: Path, text: str, name: str) -> list[tuple[str, list[str], str]]:
    """Write ``text`` as ``name``.txt in ``folder`` and read it: each article's headline,
    its credited people (reporters, then photographers, once each, sorted) and its text."""
    page = folder / f"{name}.txt"
    page.write_text(text, encoding="utf-8")
    return [
        (a.headline, sorted(dict.fromkeys([*a.reporters, *a.photographers])), a.text)
        for a in read_articles([str(page)]).articles
    ]
