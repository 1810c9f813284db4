"""Word documents (``.docx``): the text of a notice, form or set of minutes as Word holds it.

Union staff write notices, recommendation forms and minutes in Word and pass the file on
as it is, so a ``.docx`` is an input like a page saved as text.  The file is a zip of XML
parts; the document's text is in ``word/document.xml``, paragraphs (``w:p``) of runs
(``w:r``) whose pieces (``w:t``) Word cuts wherever formatting or spell-checking changes --
a name or a date often lies in two runs, joined here as written.  A table (``w:tbl``) is
read row by row with its cells separated by tabs, as Word's own "save as text" gives it,
so that the readers of tables saved as text (ledgers, rosters, forms) read it too.

What is not the page's text stays out: deleted text of tracked changes, field codes,
headers and footers (a letterhead's running lines), comments, and the file's properties
(its author and dates are the file's, not the notice's).  A text box is read after the
paragraph that anchors it.  Automatic numbering (一、 of a heading Word numbers itself) is
not in the text and is not made up.  Offsets of evidence count in the text this reader
gives.
"""

from __future__ import annotations

from collections.abc import Iterator

from lxml import etree

from kg.errors import InputError
from kg.ingest.zip_parts import Package

_W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
_BODY_PART = "word/document.xml"
# in a run: the pieces that are text, and what each stands for
_INLINE = {f"{_W}t": None, f"{_W}tab": "\t", f"{_W}br": "\n", f"{_W}cr": "\n", f"{_W}noBreakHyphen": "-"}
_MC = "{http://schemas.openxmlformats.org/markup-compatibility/2006}"
# subtrees of a paragraph that are not its running text: deleted text, a tracked move's source
# (its runs keep their w:t; the destination, w:moveTo, holds the text), field codes, and a
# drawing's fallback (it repeats the text box of its first choice for older readers)
_SKIP = {
    f"{_W}del",
    f"{_W}moveFrom",
    f"{_W}instrText",
    f"{_W}delText",
    f"{_W}rPr",
    f"{_W}pPr",
    f"{_MC}Fallback",
}
# a paragraph mark deleted (or moved away) by a tracked change: the paragraph runs on into the next
_GONE_MARK = (f"{_W}pPr/{_W}rPr/{_W}del", f"{_W}pPr/{_W}rPr/{_W}moveFrom")


def docx_text(data: bytes, name: str) -> str:
    """The text of a Word document's body, a line per paragraph and per table row; raises
    InputError saying why the bytes are no readable Word document."""
    package = Package(data, name, "Word document", ".docx")
    if not package.has(_BODY_PART):
        raise InputError(name, "not a Word document (no word/document.xml in the .docx)")
    root = package.xml(_BODY_PART)
    body = root.find(f"{_W}body")
    if body is None:
        raise InputError(name, "damaged Word document (word/document.xml has no body)")
    text = "\n".join(_blocks(body)).strip("\n")
    if not text.strip():
        raise InputError(name, "empty Word document (no text in its body)")
    return text + "\n"


def _blocks(parent: etree._Element) -> Iterator[str]:
    """The lines of a body, a table cell or a content control, in document order; a paragraph
    whose mark a tracked change deleted is one with the next, as Word shows the accepted text."""
    held = ""
    for el in parent:
        lines = list(_lines(el))
        if held and lines and el.tag == f"{_W}p":
            lines[0] = held + lines[0]
            held = ""
        elif held:
            yield held
            held = ""
        if el.tag == f"{_W}p" and lines and any(el.find(path) is not None for path in _GONE_MARK):
            held = lines.pop(0)
            if lines:  # (text boxes the paragraph anchors come before the run-on line)
                yield from lines
            continue
        yield from lines
    if held:
        yield held


def _lines(el: etree._Element) -> Iterator[str]:
    if el.tag == f"{_W}p":
        yield from _paragraph(el)
    elif el.tag == f"{_W}tbl":
        yield from _table(el)
    elif el.tag == f"{_W}sdt":  # a content control (a form's field): its content is text
        content = el.find(f"{_W}sdtContent")
        if content is not None:
            yield from _blocks(content)
    elif el.tag in (f"{_W}ins", f"{_W}moveTo", f"{_W}customXml"):  # (paragraphs inserted or moved here)
        yield from _blocks(el)


def _paragraph(p: etree._Element) -> Iterator[str]:
    pieces: list[str] = []
    boxes: list[etree._Element] = []
    _runs(p, pieces, boxes)
    yield "".join(pieces)
    for box in boxes:  # (a text box's paragraphs, after the one that anchors it)
        yield from _blocks(box)


def _runs(el: etree._Element, pieces: list[str], boxes: list[etree._Element]) -> None:
    for child in el:
        tag = child.tag
        if not isinstance(tag, str):
            continue
        if tag == f"{_W}txbxContent":
            boxes.append(child)
        elif tag in _SKIP:
            continue
        elif tag in _INLINE:
            mark = _INLINE[tag]
            pieces.append((child.text or "") if mark is None else mark)
        else:
            _runs(child, pieces, boxes)


def _table(tbl: etree._Element) -> Iterator[str]:
    """A row per line, cells split by a tab; a cell's paragraphs joined by a space, and a
    table inside a cell read as lines after its row (as Word's text export does)."""
    for row in tbl.iter(f"{_W}tr"):
        if _ancestor_table(row) is not tbl:
            continue
        cells: list[str] = []
        nested: list[str] = []
        for cell in row.findall(f"{_W}tc"):
            lines: list[str] = []
            for el in cell:
                if el.tag == f"{_W}tbl":
                    nested.extend(_table(el))
                else:
                    lines.extend(_lines(el))
            cells.append(" ".join(line.strip() for line in lines if line.strip()))
        yield "\t".join(cells).rstrip("\t")
        yield from nested


def _ancestor_table(row: etree._Element) -> etree._Element | None:
    parent = row.getparent()
    while parent is not None and parent.tag != f"{_W}tbl":
        parent = parent.getparent()
    return parent
