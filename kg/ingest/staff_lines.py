"""The staff of a page (责任编辑 王某, （编辑 王某 校对 李某）), told apart from credits.

Editors, proofreaders and reviewers are page furniture, not the article's authors: a
line of them alone is dropped with the page's furniture (kg.ingest.boilerplate), and the
same run in brackets closing a paragraph is cut from it (kg.ingest.body_credits).  A run
counts only when every name it gives starts with a surname: a label before common words
(设计 新颖) is none.
"""

from __future__ import annotations

import functools
import re

from kg.ingest.bylines import plausible_name
from kg.ingest.credit_grammar import grammar
from kg.ingest.textmap import Mapped
from kg.lexicon import alternation, entries


@functools.cache
def _editor_tail() -> re.Pattern[str]:
    labels = alternation("pages/meta_labels.txt")
    return re.compile(rf"\s*[（(【\[]\s*(?:{labels})\s*[:：][^（()）【】\[\]]*[)）】\]]\s*$")


@functools.cache
def _staff() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """The staff's labels and names without a colon (责任编辑 王某, （编辑 王某 校对 李某）):
    a whole line, and the same in brackets closing a paragraph after its last sentence."""
    labels = alternation("credits/staff_labels.txt")
    name = grammar().name.pattern
    # a label, then its names set off by a space, a colon or a bar; a name is no label
    item = rf"(?:{labels})(?:\s*[:：｜|丨/]\s*|\s+)(?!(?:{labels}))(?:{name})(?:[ 、，,]+(?!(?:{labels})){name})*"
    items = rf"{item}(?:\s+{item})*"
    line = re.compile(rf"^[（(【\[]?\s*(?P<items>{items})\s*[)）】\]]?$")
    tail = re.compile(rf"(?<=[。！？…”』])\s*[（(【\[]\s*(?P<items>{items})\s*[)）】\]]\s*$")
    return line, tail


def _staff_names(items: str) -> bool:
    """Whether every name a staff run gives starts with a surname (editors are people:
    a label before common words, 设计 新颖, is none)."""
    labels = frozenset(entries("credits/staff_labels.txt"))
    names = [n for n in re.split(r"[\s:：｜|丨/、，,]+", items) if n and n not in labels]
    return bool(names) and all(plausible_name(n) for n in names)


def staff_line(text: str) -> bool:
    """A line of staff alone, without colons (责任编辑 王某, （编辑 王某 校对 李某））: page
    furniture like 责任编辑：王某; the names are no credits and no one acting."""
    m = _staff()[0].match(text.strip())
    return m is not None and _staff_names(m["items"])


def strip_editor_tail(m: Mapped) -> Mapped:
    """Drop a closing （责任编辑：王某） or （编辑 王某 校对 李某） from a paragraph: an
    editor is not a credit."""
    m = m.sub(_editor_tail(), "").strip()
    tail = _staff()[1].search(m.text)
    if tail is not None and _staff_names(tail["items"]):
        m = m[: tail.start()].strip()
    return m
