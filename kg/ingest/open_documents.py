"""OpenDocument files (``.odt``, ``.ods``, ``.odp``, flat ``.fodt``…): the text as the office suite shows it.

WPS, LibreOffice and the office systems of many governments save OpenDocument, and union
staff pass those files on as they are.  A package is a zip (its first entry ``mimetype``)
whose text is in ``content.xml`` under ``office:body``; a flat file (``.fodt``, ``.fods``,
``.fodp``) is the same XML as one file.  What is read is what a reader of the accepted
document sees, in the line shapes the Word and Excel readers give (kg.ingest.word_files,
sheet_files), so that the same readers of tables, rosters and ledgers read it:

* a text document: a paragraph or heading a line, runs (``text:span``) joined as written,
  ``text:s`` as many spaces as it counts, tabs and line breaks as such; a list item a line;
  a table a line per row, cells parted by tabs (a merged cell once, as Word writes it);
  a frame's text box after the paragraph that anchors it; a footnote's or endnote's body
  a line after its paragraph, without its citation mark (a note holds the author's own
  words, a source or a figure, and a line of its own does not cut the sentence it is
  attached to);
* a spreadsheet: a sheet a part, rows as the workbook reader gives them (a number without
  decimals, a date as its day; repeated cells repeated, repeated blank rows once);
* a presentation: the slides in order, each slide's title first (a deck puts it anywhere
  in the XML, a reader sees it on top), then its other frames and tables, then the
  speaker's notes (the presenter's words may hold facts); page numbers, dates, headers
  and footers of the slides left out.

Left out: the deleted text of tracked changes (``text:tracked-changes``), comments
(``office:annotation``), tables of contents and indexes (they repeat the headings),
embedded charts, images' alternative text, ruby's reading, styles.xml (headers and
footers, a letterhead's running lines) and meta.xml (the file's author and dates are not
the page's).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from dataclasses import dataclass

from lxml import etree

from kg.errors import InputError
from kg.ingest.sheet_files import MAX_ROWS, sheet_rows, sheets_text
from kg.ingest.zip_parts import Package, local, parse_xml

_OFFICE = "{urn:oasis:names:tc:opendocument:xmlns:office:1.0}"
_TABLE = "{urn:oasis:names:tc:opendocument:xmlns:table:1.0}"
_TEXT = "{urn:oasis:names:tc:opendocument:xmlns:text:1.0}"
_PRES = "{urn:oasis:names:tc:opendocument:xmlns:presentation:1.0}"
# subtrees that are not the page's text (where they stand in a body or a paragraph)
_SKIP = {
    "tracked-changes",
    "annotation",
    "annotation-end",
    "table-of-content",
    "alphabetical-index",
    "illustration-index",
    "table-index",
    "object-index",
    "user-index",
    "bibliography",
    "sequence-decls",
    "variable-decls",
    "user-field-decls",
    "forms",
    "title",  # (svg:title, svg:desc: an image's alternative text)
    "desc",
    "ruby-text",
    "note-citation",
    "number",  # (a list's or heading's number as last formatted: numbering, as Word's, is not made up)
    "soft-page-break",
    "page-thumbnail",
    "object",  # (an embedded chart or formula: a chart's text is its labels, as the slides' reader leaves out)
    "object-ole",
    "table-columns",
    "table-column",
    "table-header-columns",
    "table-column-group",
}
# shapes drawn in a paragraph: their text boxes are lines after it
_DRAWN = {"frame", "custom-shape", "rect", "ellipse", "circle", "polygon", "path", "g", "caption", "connector"}
# a presentation's frames of furniture (they repeat on every slide)
_FURNITURE = {"page-number", "date-time", "footer", "header"}
# the most cells one repeated cell or row stands for (a sheet pads itself to a million)
_MAX_REPEAT = 1000
# the most characters repeated cells and rows may stand for in one file: a sheet's repeated
# cells are a few thousand characters; a few kilobytes repeating a long cell a million
# times are a bomb
MAX_REPEATED_CHARS = 20_000_000
_KINDS = {
    ".odt": "OpenDocument text",
    ".fodt": "OpenDocument text",
    ".ods": "OpenDocument spreadsheet",
    ".odp": "OpenDocument presentation",
}


@dataclass
class _Walk:
    """How a body is read: as a spreadsheet's cells (``spread``), and what repeats may still add."""

    name: str
    spread: bool = False
    left: int = MAX_REPEATED_CHARS

    def repeat(self, chars: int, times: int) -> None:
        self.left -= chars * max(times - 1, 0)
        if self.left < 0:
            raise InputError(self.name, "OpenDocument file too large (its repeated cells pass the limit), not read")


def odf_text(data: bytes, name: str) -> str:
    """The text of an OpenDocument file (package or flat XML, by its content); raises
    InputError saying why the bytes are no readable OpenDocument with text."""
    kind = "OpenDocument file"
    if data.lstrip()[:1] == b"<":  # a flat file (.fodt, .fods, .fodp): the XML itself
        root = parse_xml(data, name, f"damaged {kind} (flat XML")
    else:
        package = Package(data, name, kind, "file")
        if not package.has("content.xml"):
            raise InputError(name, f"not an {kind} (no content.xml in the package)")
        root = package.xml("content.xml")
    body = root.find(f"{_OFFICE}body")
    if body is None or not len(body):
        raise InputError(name, f"damaged {kind} (content.xml has no office:body)")
    doc = body[0]
    kind = {"spreadsheet": ".ods", "presentation": ".odp"}.get(local(doc), ".odt")
    if kind == ".ods":
        return _spreadsheet(doc, _Walk(name, spread=True))
    walk = _Walk(name)
    lines = list(_slides(doc, walk) if kind == ".odp" else _blocks(doc, walk))
    text = "\n".join(lines).strip("\n")
    if not text.strip():
        raise InputError(name, f"empty {_KINDS[kind]} (no text in its body)")
    return text + "\n"


def _blocks(parent: etree._Element, walk: _Walk) -> Iterator[str]:
    """The lines of a body, a section, a list, a cell or a text box, in document order."""
    for el in parent:
        yield from _block(el, walk)


def _block(el: etree._Element, walk: _Walk) -> Iterator[str]:
    name = local(el)
    if name in ("p", "h"):
        yield from _paragraph(el, walk)
    elif name == "table":
        yield from _table(el, walk)
    elif name and name not in _SKIP:
        # (sections, lists and their items, frames, text boxes, groups of shapes: containers of blocks)
        yield from _blocks(el, walk)


def _paragraph(p: etree._Element, walk: _Walk) -> Iterator[str]:
    pieces: list[str] = [p.text or ""]
    after: list[etree._Element] = []  # (text boxes and notes' bodies: lines after the paragraph)
    _runs(p, pieces, after)
    yield "".join(pieces)
    for el in after:
        yield from _blocks(el, walk)


def _runs(el: etree._Element, pieces: list[str], after: list[etree._Element]) -> None:
    for child in el:
        name = local(child)
        if name == "s":
            pieces.append(" " * _count(child.get(f"{_TEXT}c"), 1))
        elif name == "tab":
            pieces.append("\t")
        elif name == "line-break":
            pieces.append("\n")
        elif name in _DRAWN or name == "note-body":
            after.append(child)
        elif name and name not in _SKIP:
            pieces.append(child.text or "")
            _runs(child, pieces, after)
        pieces.append(child.tail or "")  # (the text after a child, even a skipped one, is the paragraph's)


def _count(value: str | None, default: int) -> int:
    try:
        return max(0, min(int(value), _MAX_REPEAT)) if value else default
    except ValueError:
        return default


def _table(table: etree._Element, walk: _Walk) -> Iterator[str]:
    """A row per line, cells parted by tabs, a cell's paragraphs joined by a space; a
    table inside a cell read as lines after its row (as the Word reader does)."""
    for cells, nested, repeat in _rows(table, walk):
        line = "\t".join(cells).rstrip("\t")
        times = min(repeat, 1) if not line else repeat
        walk.repeat(len(line) + sum(map(len, nested)) + 1, times)
        for _ in range(times):
            yield line
            yield from nested


def _rows(table: etree._Element, walk: _Walk) -> Iterator[tuple[list[str], list[str], int]]:
    for el in table:
        name = local(el)
        if name == "table-row":
            cells, nested = _cells(el, walk)
            yield cells, nested, _count(el.get(f"{_TABLE}number-rows-repeated"), 1)
        elif name in ("table-header-rows", "table-rows", "table-row-group"):
            yield from _rows(el, walk)


def _cells(row: etree._Element, walk: _Walk) -> tuple[list[str], list[str]]:
    """A row's cells; a cell repeated (``number-columns-repeated``) as many times, a covered
    cell (part of a merged one) an empty cell in a spreadsheet and none in a text's table."""
    cells: list[str] = []
    nested: list[str] = []
    for cell in row:
        name = local(cell)
        if name == "covered-table-cell" and not walk.spread:
            continue
        if name not in ("table-cell", "covered-table-cell"):
            continue
        lines: list[str] = []
        for el in cell:
            if local(el) == "table":
                nested.extend(_table(el, walk))
            else:
                lines.extend(_block(el, walk))
        text = " ".join(line.strip() for line in lines if line.strip())
        value = _value(cell, text) if walk.spread else text
        times = _count(cell.get(f"{_TABLE}number-columns-repeated"), 1)
        walk.repeat(len(value) + 1, times)
        cells.extend([value] * times)
        if len(cells) > _MAX_REPEAT * 4:
            break
    return cells, nested


def _value(cell: etree._Element, shown: str) -> str:
    """A spreadsheet cell as the workbook reader writes it: a number without decimals when
    it is whole, a date as its day (and time); any other cell as it shows."""
    kind = cell.get(f"{_OFFICE}value-type")
    if kind == "float":
        try:
            number = float(cell.get(f"{_OFFICE}value") or "")
        except ValueError:
            return shown
        return str(int(number)) if number.is_integer() and abs(number) < 1e15 else shown
    if kind == "date":
        try:
            day = dt.datetime.fromisoformat(cell.get(f"{_OFFICE}date-value") or "")
        except ValueError:
            return shown
        return day.date().isoformat() if day.time() == dt.time() else day.strftime("%Y-%m-%d %H:%M")
    return shown


def _spreadsheet(doc: etree._Element, walk: _Walk) -> str:
    sheets = []
    for table in doc.findall(f"{_TABLE}table"):
        rows: list[list[str]] = []
        for cells, nested, repeat in _rows(table, walk):
            times = repeat if any(cells) else 1
            walk.repeat(sum(map(len, cells)) + len(cells) + sum(map(len, nested)), times)
            for _ in range(times):
                rows.append(cells)
                rows.extend([line] for line in nested)
                if len(rows) > MAX_ROWS:
                    raise InputError(walk.name, f"spreadsheet too long (over {MAX_ROWS} rows), not read")
        sheets.append((table.get(f"{_TABLE}name") or "", sheet_rows(rows, walk.name)))
    return sheets_text(sheets, walk.name, "OpenDocument spreadsheet")


def _slides(doc: etree._Element, walk: _Walk) -> Iterator[str]:
    """Slide after slide (a blank line between): the title, the other frames, the notes."""
    for page in doc:
        if local(page) != "page":
            continue
        frames = [el for el in page if local(el) not in ("notes", "forms", "animations")]
        titles = [el for el in frames if el.get(f"{_PRES}class") in ("title", "subtitle")]
        titles.sort(key=lambda el: el.get(f"{_PRES}class") != "title")
        for el in [*titles, *(el for el in frames if el not in titles)]:
            if el.get(f"{_PRES}class") not in _FURNITURE:
                yield from _block(el, walk)
        for notes in page.iter(f"{_PRES}notes"):
            for el in notes:
                if el.get(f"{_PRES}class") == "notes":
                    yield from _block(el, walk)
        yield ""
