"""Readers for the plain formats: ``.txt``, markdown and JSON lines.

HTML has its own module (:mod:`kg.ingest.html`).  Each reader keeps offsets into the
decoded source, so markup it strips (``##``, ``**``, JSON escapes) is accounted for.
"""

from __future__ import annotations

import json
import re

from kg.errors import InputError
from kg.ingest.dates import parse_date
from kg.ingest.document import Block, Document
from kg.ingest.md_notes import (
    AUTHOR_KEYS,
    DATE_KEYS,
    TITLE_KEYS,
    front_matter,
    is_table_rule,
    note_line,
    slash_days,
    without_code,
)
from kg.ingest.normalize import clean_line, fold_width, scrub
from kg.ingest.officer_tables import officer_rows
from kg.ingest.textmap import Mapped


def lines_to_blocks(text: Mapped, *, markdown: bool = False) -> list[Block]:
    """Non-empty lines as blocks, each with the number of blank lines before it."""
    blocks: list[Block] = []
    gap = 0
    lines = list(text.lines())
    table = officer_rows(lines) if "\t" in text.text else None  # (an officers' directory)
    lines, rows = table if table is not None else (lines, set())
    for k, raw in enumerate(lines):
        level = None
        item = False
        line = raw
        if markdown:
            line, level, item = _markdown_line(line)
            if line is None:
                gap += 1
                continue
        line = _lone_cell(clean_line(fold_width(line)))
        if not line:
            gap += 1
            continue
        blocks.append(Block(line, level=level, gap=gap, item=item or k in rows))  # (a table's row: its own line)
        gap = 0
    return blocks


_ROW = re.compile(r"^\|.*\|$")
_CELL = re.compile(r"[^|]+")


def _lone_cell(line: Mapped) -> Mapped:
    """A table row of a page copied as text (| 标题 | || |) with one cell of words: the
    cell.  A page laid out in a table prints its headline and date line so; a row of
    several filled cells is a real table's and stays."""
    if _ROW.match(line.text) is None:
        return line
    cells = [m for m in _CELL.finditer(line.text) if m.group().strip()]
    if len(cells) > 1:
        return line
    return line[cells[0].start() : cells[0].end()].strip() if cells else line[:0]


def read_txt(text: str) -> list[Document]:
    """Plain text; text that is written in markdown (pages saved as .txt) is read as such."""
    if looks_like_markdown(text):
        return read_markdown(text)
    return [Document(lines_to_blocks(Mapped.of(text)))]


_MD_SNIFF_HEADING = re.compile(r"^#{1,6}[ \t]+\S", re.M)
_MD_SNIFF_STRONG = re.compile(r"\*\*[^*\n]+\*\*")


def looks_like_markdown(text: str) -> bool:
    """ATX headings (``## 标题``), several ``**bold**`` runs or a front matter (a note's
    ``---`` / ``title: …`` / ``---``): markdown, whatever the name."""
    return (
        bool(_MD_SNIFF_HEADING.search(text))
        or len(_MD_SNIFF_STRONG.findall(text)) >= 2
        or front_matter(text) is not None
    )


# -- markdown -----------------------------------------------------------------------------

_MD_HEADING = re.compile(r"^\s{0,3}(#{1,6})\s+(.*?)(?:\s+#+)?\s*$")
_MD_RULE = re.compile(r"^\s{0,3}(?:(?:\*\s*){3,}|(?:-\s*){3,}|(?:_\s*){3,})$")
_MD_QUOTE_LIST = re.compile(r"^\s*(?:>\s?)+|^\s*(?:[-*+]|\d+[.)])\s+")
_MD_IMAGE = re.compile(r"!\[[^\]]*\]\([^)]*\)")
_MD_LINK = re.compile(r"\[([^\]]+)\]\([^)]*\)")
_MD_STRONG = re.compile(r"(\*\*|__)(?=\S)(.+?)(?<=\S)\1")
_MD_EM = re.compile(r"(?<![*\w])([*_])(?=\S)(.+?)(?<=\S)\1(?![*\w])")
_MD_TAG = re.compile(r"</?[A-Za-z][^>]*>")


def _markdown_line(line: Mapped) -> tuple[Mapped | None, int | None, bool]:
    """Strip markdown from one line; None for lines that are only markup (rules); whether
    the line opens an item of its own (a list's item, a quote, a table's row)."""
    if _MD_RULE.match(line.text) or is_table_rule(line.text):
        return None, None, False
    level = None
    m = _MD_HEADING.match(line.text)
    if m:
        level = len(m.group(1))
        line = line.group(m, 2)
    item = level is None and (_MD_QUOTE_LIST.match(line.text) is not None or line.text.lstrip().startswith("|"))
    line = without_code(line.sub(_MD_QUOTE_LIST, ""))
    line = line.sub(_MD_IMAGE, "")
    line = _keep(line, _MD_LINK, 1)
    line = _keep(line, _MD_STRONG, 2)
    line = _keep(line, _MD_EM, 2)
    line = line.sub(_MD_TAG, "")
    return note_line(line), level, item


def _keep(line: Mapped, rx: re.Pattern[str], g: int) -> Mapped:
    """Replace each match by its group ``g`` (markup around kept text), offsets kept."""
    return line.sub(rx, lambda m: line.group(m, g))


def read_markdown(text: str) -> list[Document]:
    """A markdown page; under a front matter (:mod:`.md_notes`) one text, its fields the
    headline, date and author."""
    source = Mapped.of(text)
    fm = front_matter(text)
    if fm is None:
        return [Document(lines_to_blocks(source, markdown=True))]
    title = fm.first(TITLE_KEYS)
    date = fm.first(DATE_KEYS)
    author = fm.first(AUTHOR_KEYS)
    day = parse_date(date.text) if date is not None else None
    blocks = lines_to_blocks(source[fm.end :], markdown=True)
    if day is not None:  # (a dated note's days written 4/13 are of its year)
        blocks = [Block(slash_days(b.text), b.level, b.gap, b.item) for b in blocks]
    doc = Document(
        blocks,
        title=clean_line(fold_width(title)) if title is not None else None,
        date=day,
        date_rank=-1,
        author=author.text if author is not None else None,
        author_named=True,
        one_article=True,
    )
    return [doc]


# -- JSON lines ---------------------------------------------------------------------------

_ESCAPES = {"n": "\n", "t": "\t", "r": "\r", "b": "\b", "f": "\f", "/": "/", "\\": "\\", '"': '"'}
_STRING = re.compile(r'"(?:[^"\\]|\\.)*"')
_COLON = re.compile(r"\s*:\s*")


def _literal(raw: str, start: int, base: int) -> Mapped:
    """Decode the JSON string literal at ``raw[start]`` keeping each character's offset."""
    out: list[str] = []
    src: list[int] = []
    i = start + 1
    while i < len(raw) and raw[i] != '"':
        if raw[i] == "\\":
            e = raw[i + 1]
            if e == "u":
                code = int(raw[i + 2 : i + 6], 16)
                j = i + 6
                low = int(raw[j + 2 : j + 6], 16) if 0xD800 <= code < 0xDC00 and raw[j : j + 2] == "\\u" else 0
                if 0xDC00 <= low < 0xE000:  # a surrogate pair: one character
                    code = 0x10000 + ((code - 0xD800) << 10) + (low - 0xDC00)
                    j += 6
                ch = scrub(chr(code))
            else:
                ch, j = _ESCAPES.get(e, e), i + 2
            out.append(ch)
            src.append(base + i)
            i = j
        else:
            out.append(raw[i])
            src.append(base + i)
            i += 1
    return Mapped("".join(out), src)


def _scrubbed(value: object) -> object:
    return scrub(value) if isinstance(value, str) else value


def _field(raw: str, base: int, key: str, value: str) -> Mapped:
    """The source-mapped text of a top-level string field, found by scanning literals."""
    for m in _STRING.finditer(raw):  # (matches from positions, never slices: a line may be megabytes)
        colon = _COLON.match(raw, m.end())
        if colon is None or _scrubbed(json.loads(m.group())) != key:
            continue
        vm = _STRING.match(raw, colon.end())
        if vm:
            mapped = _literal(raw, vm.start(), base)
            if mapped.text == value:
                return mapped
    return Mapped(value, (base,) * len(value))  # unusual layout: anchor to the line


def read_jsonl(text: str, name: str) -> tuple[list[Document], list[InputError]]:
    """One article per line: ``text`` (required), ``title``, ``date``, ``url``.

    A line that is not a JSON object with a non-empty ``text`` is reported as
    ``file:line`` and the others are read on.
    """
    docs: list[Document] = []
    problems: list[InputError] = []
    pos = 0
    # lines end at "\n" only: JSON strings may hold U+2028, U+0085 … raw, which
    # str.splitlines would also cut at
    for lineno, raw in enumerate(text.split("\n"), start=1):
        base = pos
        pos += len(raw) + 1
        line = raw.rstrip("\r")
        if not line.strip():
            continue
        where = f"{name}:{lineno}"
        try:
            obj = json.loads(line)
        except json.JSONDecodeError as exc:
            problems.append(InputError(where, f"bad JSON line ({exc.msg} at column {exc.colno})"))
            continue
        except RecursionError:
            problems.append(InputError(where, "bad JSON line (nested too deeply)"))
            continue
        if not isinstance(obj, dict):
            problems.append(InputError(where, "JSON line is not an object"))
            continue
        body = _scrubbed(obj.get("text"))
        if not isinstance(body, str) or not body.strip():
            problems.append(InputError(where, 'JSON line has no "text"'))
            continue
        title = _scrubbed(obj.get("title"))
        date = _scrubbed(obj.get("date"))
        url = _scrubbed(obj.get("url"))
        title_m = None
        if isinstance(title, str) and title.strip():
            title_m = clean_line(fold_width(_field(line, base, "title", title)))
        doc = Document(
            lines_to_blocks(_field(line, base, "text", body)),
            title=title_m,
            date=parse_date(date) if isinstance(date, str) else None,
            date_rank=-1,
            url=url.strip() if isinstance(url, str) and url.strip() else None,
            one_article=True,
            span=(base, base + len(line)),
        )
        docs.append(doc)
    if not docs and not problems:
        problems.append(InputError(name, "no JSON lines"))
    return docs, problems
