"""PowerPoint decks (``.pptx``): a report's or a training's slides as the presenter shows them.

Unions report a year's work, a congress's resolutions and a training's content as slide
decks, and pass the ``.pptx`` on.  The package's slides are read in the order the deck
shows them (``ppt/presentation.xml``'s ``p:sldIdLst``, each id a relationship to a slide
part), a blank line between slides.  On a slide: the title first (the XML may put it
anywhere, a reader sees it on top), then the shapes in the order the XML draws them,
grouped shapes within their group; a paragraph (``a:p``) a line of its runs joined as
written, a line break (``a:br``) a new line; a table (``a:tbl``) a line per row with its
cells parted by tabs (a merged cell once, as the Word reader gives it); then the slide's
speaker notes (``ppt/notesSlides``, through the slide's relationships): the presenter's
own words, which often hold the facts the slide only heads.

A title set over two lines (a break, a paragraph) is one line: one title.

Left out: the slide number, date, header and footer placeholders (they repeat on every
slide) and a slide number's field wherever it stands, the notes page's picture of its
slide and its own placeholders, hidden slides (taken out of the show), the text that
layouts and masters prompt with, charts (their text is axis labels and series names,
figures without the sentence that states them), SmartArt's data, pictures, comments and
the file's properties.
"""

from __future__ import annotations

from collections.abc import Iterator

from lxml import etree

from kg.errors import InputError
from kg.ingest.zip_parts import Package, local, resolve

# elements are found by name in any namespace: a deck saved as Strict Open XML names the
# same elements in other namespaces (purl.oclc.org) than the usual transitional ones
_P = _A = "{*}"
_RELS = "{http://schemas.openxmlformats.org/package/2006/relationships}"
_DECK = "ppt/presentation.xml"
_KIND = "PowerPoint deck"
# placeholders that are no slide's own text: number, date, footer, header (and a notes
# page's picture of its slide)
_FURNITURE = {"sldNum", "dt", "ftr", "hdr", "sldImg"}
_TITLES = {"title", "ctrTitle"}
# the most slides read of one deck: a long report has a hundred
MAX_SLIDES = 2000


def pptx_text(data: bytes, name: str) -> str:
    """The text of a deck's slides and their notes; raises InputError saying why the bytes
    are no readable PowerPoint deck with text."""
    package = Package(data, name, _KIND, ".pptx")
    if not package.has(_DECK):
        raise InputError(name, f"not a {_KIND} (no {_DECK} in the .pptx)")
    deck = package.xml(_DECK)
    targets = _relationships(package, _DECK)
    lines: list[str] = []
    ids = deck.find(f"{_P}sldIdLst")
    for k, slide_id in enumerate(ids if ids is not None else []):
        if k >= MAX_SLIDES:
            raise InputError(name, f"{_KIND} too long (over {MAX_SLIDES} slides), not read")
        rid = next((v for k, v in slide_id.attrib.items() if k.endswith("}id")), "")  # (r:id)
        part = targets.get(rid, ("", ""))[0]
        if not part or not package.has(part):
            continue  # (a slide the list names and the package lacks: a damaged deck's others are read)
        slide = package.xml(part)
        if slide.get("show") in ("0", "false"):
            continue
        lines.extend(_shapes(slide))
        notes = [t for t, kind in _relationships(package, part).values() if kind.endswith("/notesSlide")]
        if notes and package.has(notes[0]):
            lines.extend(_shapes(package.xml(notes[0])))
        lines.append("")
    text = "\n".join(line.rstrip() for line in lines).strip("\n")
    if not text.strip():
        raise InputError(name, f"empty {_KIND} (no text on its slides)")
    return text + "\n"


def _relationships(package: Package, part: str) -> dict[str, tuple[str, str]]:
    """A part's relationships: id → (the part it names, its type); external targets left out."""
    folder, base = part.rsplit("/", 1) if "/" in part else ("", part)
    rels = f"{folder}/_rels/{base}.rels" if folder else f"_rels/{base}.rels"
    if not package.has(rels):
        return {}
    found = {}
    for rel in package.xml(rels).iter(f"{_RELS}Relationship"):
        if rel.get("TargetMode") == "External":
            continue
        found[rel.get("Id") or ""] = (resolve(part, rel.get("Target") or ""), rel.get("Type") or "")
    return found


def _shapes(slide: etree._Element) -> Iterator[str]:
    """A slide's (or a notes page's) lines: the title's, then the other shapes' in order."""
    tree = slide.find(f"{_P}cSld/{_P}spTree")
    if tree is None:
        return
    shapes = list(_leaves(tree))
    titles = [s for s in shapes if _placeholder(s) in _TITLES]
    for shape in [*titles, *(s for s in shapes if s not in titles)]:
        if _placeholder(shape) in _FURNITURE:
            continue
        if local(shape) == "graphicFrame":
            for table in shape.iter(f"{_A}tbl"):
                yield from _table(table)
        else:
            body = shape.find(f"{_P}txBody")
            if body is not None and shape in titles:
                yield _one_line(list(_paragraphs(body)))
            elif body is not None:
                yield from _paragraphs(body)


def _one_line(paragraphs: list[str]) -> str:
    """A title set over two lines or more (a break where the box was full, a paragraph) is
    one title: its lines joined, by a space only between two Latin words or numbers."""
    out = ""
    for line in (x.strip() for p in paragraphs for x in p.split("\n")):
        if out and line and out[-1].isascii() and out[-1].isalnum() and line[0].isascii() and line[0].isalnum():
            out += " "
        out += line
    return out


def _leaves(group: etree._Element) -> Iterator[etree._Element]:
    """The shapes of a tree or group, groups opened, in drawing order; of alternate content
    the first choice (its fallback repeats it for older readers)."""
    for el in group:
        name = local(el)
        if name == "grpSp":
            yield from _leaves(el)
        elif name == "AlternateContent":
            choice = next((c for c in el if local(c) == "Choice"), None)
            if choice is not None:
                yield from _leaves(choice)
        elif name in ("sp", "graphicFrame"):
            yield el


def _placeholder(shape: etree._Element) -> str:
    """The kind of placeholder a shape is ("body" when it is one without a type, "" when none)."""
    for nv in shape:
        ph = nv.find(f"{_P}nvPr/{_P}ph")
        if ph is not None:
            return ph.get("type") or "body"
    return ""


def _paragraphs(body: etree._Element) -> Iterator[str]:
    for p in body.iter(f"{_A}p"):
        pieces: list[str] = []
        for el in p:
            name = local(el)
            if name == "fld" and el.get("type") == "slidenum":
                continue  # (a slide's number in a text box of its own, as the placeholder's is left out)
            if name in ("r", "fld"):
                t = el.find(f"{_A}t")
                pieces.append((t.text or "") if t is not None else "")
            elif name == "br":
                pieces.append("\n")
        yield "".join(pieces)


def _table(table: etree._Element) -> Iterator[str]:
    for row in table.iter(f"{_A}tr"):
        cells = []
        for cell in row.findall(f"{_A}tc"):
            if cell.get("hMerge") in ("1", "true"):
                continue  # (a merged cell is written once)
            body = cell.find(f"{_A}txBody")
            lines = list(_paragraphs(body)) if body is not None else []
            text = "" if cell.get("vMerge") in ("1", "true") else " ".join(x.strip() for x in lines if x.strip())
            cells.append(text)
        yield "\t".join(cells).rstrip("\t")
