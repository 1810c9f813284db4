"""Markdown as notes apps and static-site generators write it: front matter, task lists,
code, tags, pipe tables.

A note exported from a notes app (or a post of a static site) opens with YAML front matter
between two ``---`` lines: ``title``, ``date``, ``author`` and keys of the app's own
(``tags``, ``categories``).  It is the file's metadata, as a JSON line's fields are: the
title is the headline (the ``#`` heading under it is the note's display form, a line of
its text), the date the page's date, the author the note's writer; the other keys are
furniture.  One front matter describes one text: the note is one article, its ``#``
headings the parts of its text, not headlines of articles.

Inside the text, what the markup adds that no sentence says is furniture: a task's
checkbox (``- [x]``, ``- [ ]``), a code span (a file name, a document number, a note to
oneself: `` `…` ``), a tag (``#待整理``: a ``#`` glued to its word, where a heading's
``#`` has a space after it), a table's rule row (``|---|---|``).  A table's row is its
cells parted by the bar text tables print (姓名｜职务), one row a line.  A dash set off by
spaces between a name and its titles (``王某 —— 镇总工会主席``), as a note is typed, is the
comma of an apposition (王某，镇总工会主席), so that the name and its titles stay one clause.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from kg.ingest.textmap import Mapped

# the opening fence on the first line (a byte-order mark or blank lines may stand before it)
_OPEN = re.compile(r"\A\ufeff?(?:[ \t]*\r?\n)*---[ \t]*\r?\n")
_CLOSE = re.compile(r"^(?:---|\.\.\.)[ \t]*\r?$", re.M)
_KEY = re.compile(r"^(?P<key>[A-Za-z_][\w-]*)[ \t]*:(?:[ \t]+(?P<value>.*?))?[ \t]*\r?$")
# a line inside a key's value: an indented continuation, a list's item
_INSIDE = re.compile(r"^(?:[ \t]+\S|-[ \t])")
_ITEM = re.compile(r"^\s*-[ \t]+")
_BLOCK_SCALAR = re.compile(r"^[|>][+-]?$")  # (the value is the indented lines under the key)
_QUOTES = "\"'"

TITLE_KEYS = ("title",)
DATE_KEYS = ("date", "created", "published")
AUTHOR_KEYS = ("author", "authors")


@dataclass
class FrontMatter:
    """The fields of a front matter (keys in lower case, values as written, offsets kept)
    and where the text under it starts."""

    fields: dict[str, Mapped]
    end: int

    def first(self, keys: tuple[str, ...]) -> Mapped | None:
        """The value of the first of ``keys`` given a non-empty value."""
        return next((self.fields[k] for k in keys if self.fields.get(k)), None)


def front_matter(text: str) -> FrontMatter | None:
    """The YAML front matter opening ``text``: every line between the fences a ``key:
    value`` line or inside one (an indented line, a list's item), at least one key."""
    m = _OPEN.match(text)
    if m is None:
        return None
    close = _CLOSE.search(text, m.end())
    if close is None:
        return None
    fields: dict[str, Mapped] = {}
    under: dict[str, list[Mapped]] = {}  # the lines under a key given no value on its own line
    listed: set[str] = set()  # the keys whose lines are a list's items
    key = None
    for line in Mapped.of(text)[m.end() : close.start()].lines():
        if not line.text.strip() or line.text.lstrip().startswith("#"):
            continue  # (a comment)
        if _INSIDE.match(line.text):
            if key in under:
                if _ITEM.match(line.text):
                    listed.add(key)
                under[key].append(_scalar(line.sub(_ITEM, "")))
            continue
        km = _KEY.match(line.text)
        if km is None:
            return None  # (a rule over text, not metadata)
        key = km["key"].lower()
        value = _scalar(line.group(km, "value") if km["value"] is not None else line[:0])
        if (not value or _BLOCK_SCALAR.match(value.text)) and key not in fields:
            under[key] = []
        fields.setdefault(key, value)
    for k, lines in under.items():  # a list's items parted by 、, a folded text's lines joined
        fields[k] = Mapped.join("、" if k in listed else "", [x for x in lines if x])
    if not fields:
        return None
    end = close.end() + (1 if text[close.end() : close.end() + 1] == "\n" else 0)
    return FrontMatter(fields, end)


def _scalar(value: Mapped) -> Mapped:
    """A value without its quotes or a flow list's brackets ([甲, 乙] → 甲、乙's text)."""
    v = value.strip()
    if len(v) >= 2 and v.text[0] == v.text[-1] and v.text[0] in _QUOTES:
        v = v[1:-1].strip()
    if len(v) >= 2 and v.text[0] == "[" and v.text[-1] == "]":
        v = v[1:-1].strip().sub(r"\s*,\s*", "、")
    return v


# -- lines --------------------------------------------------------------------------------

# a task's checkbox after its list marker is gone (the caller strips ``- ``)
_TASK = re.compile(r"^\[[ xX]\]\s+")
_CODE = re.compile(r"(`+)(?!`).+?(?<!`)\1(?!`)")
_TAG = re.compile(r"(?:^|(?<=\s))#(?![#\s])[^\s#]+#?")
_TABLE_ROW = re.compile(r"^\s*\|.*\|\s*$")
_TABLE_RULE = re.compile(r"^\s*\|?(?:\s*:?-{3,}:?\s*\|)+(?:\s*:?-{3,}:?\s*)?\|?\s*$")
_CELL_EDGE = re.compile(r"^\s*\|\s*|\s*\|\s*$")
_CELL_BAR = re.compile(r"\s*(?<!\\)\|\s*")
# (a dash typed as one — or as two hyphens --, spaced off the same)
_SPACED_DASH = re.compile(r"(?<=\S)(?:\s+(?:——|—|--)\s*|(?:——|—|--)\s+)(?=[^\s—-])")


def is_table_rule(text: str) -> bool:
    """``|---|:---:|``: the row under a table's heads, no text."""
    return _TABLE_RULE.match(text) is not None and "-" in text


def without_code(line: Mapped) -> Mapped:
    """The line (its list marker gone) without a task's checkbox and code spans: read
    before the other inline markup, as a code span's text is no markup."""
    return line.sub(_TASK, "").sub(_CODE, "")


def note_line(line: Mapped) -> Mapped:
    """One line of markdown text, its inline markup gone, without tags; a table's row as
    cells parted by ｜; a dash set off by spaces as an apposition's comma."""
    line = line.sub(_TAG, "")
    if _TABLE_ROW.match(line.text):
        line = line.sub(_CELL_EDGE, "").sub(_CELL_BAR, "｜")
    return line.sub(_SPACED_DASH, "，")


# -- dates --------------------------------------------------------------------------------

# a note's day written month/day (4/13, 4/13—4/14), set off from the words around it (not a
# share, 占1/3): the day of the note's year, written as the date grammar reads it (4月13日)
_SLASH_DAY = re.compile(
    r"(?:^|(?<=[\s（(，,、：:—~～-]))(?P<m>1[0-2]|0?[1-9])/(?P<d>[12]\d|3[01]|0?[1-9])"
    r"(?=$|[\s）)，,、。；;：:—~～-]|[前后起至上下晚早中])"
)


def slash_days(line: Mapped) -> Mapped:
    """The line with each month/day date of a dated note written 4月13日 (the characters
    added map to the date's start): its year is the note's, as any date's without one."""
    return line.sub(_SLASH_DAY, lambda m: f"{int(m['m'])}月{int(m['d'])}日")
