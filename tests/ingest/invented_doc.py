"""Word 97–2003 documents (.doc) written by hand for the tests of kg.ingest.word97_files.

No library on PyPI writes the binary Word format, so the tests build it: a compound file
(version 3, 512-byte sectors, every stream at least 4096 bytes so that none goes to the
mini stream) holding a ``WordDocument`` stream (a FIB, the text, one page of paragraph
properties) and a ``1Table`` stream (the piece table and the paragraphs' bin table).
Paragraphs are given as (text, kind): kind "" for a body paragraph, "cell" for a cell's
end (its mark is \\x07), "para" for a paragraph inside a cell, "row" for a row's end mark.
"""

from __future__ import annotations

import struct

FREE, END, FAT_SECTOR, NO_STREAM = 0xFFFFFFFF, 0xFFFFFFFE, 0xFFFFFFFD, 0xFFFFFFFF
TEXT_AT, PAPX_PAGE = 1024, 4  # where the text and the paragraph properties' page lie


def word_document(
    paragraphs: list[tuple[str, str]], *, compressed: bool = False, encrypted: bool = False, tail: str = ""
) -> bytes:
    """A .doc of the paragraphs; ``tail``: text after the main text (as headers lie)."""
    text = ""
    ends: list[tuple[int, str]] = []  # (CP after the mark, kind)
    for body, kind in paragraphs:
        text += body + ("\x07" if kind in ("cell", "row") else "\r")
        ends.append((len(text), kind))
    width = 1 if compressed else 2
    encoded = (text + tail).encode("cp1252" if compressed else "utf-16-le")
    word = bytearray(PAPX_PAGE * 512 + 512)
    struct.pack_into("<HH", word, 0, 0xA5EC, 0x00C1)
    struct.pack_into("<H", word, 0x0A, 0x0200 | (0x0100 if encrypted else 0))
    struct.pack_into("<H", word, 32, 14)  # csw, then 14 words
    struct.pack_into("<H", word, 62, 22)  # cslw, then 22 longs (ccpText the fourth)
    struct.pack_into("<i", word, 64 + 12, len(text))
    struct.pack_into("<H", word, 152, 93)  # cbRgFcLcb, then the (fc, lcb) pairs
    word[TEXT_AT : TEXT_AT + len(encoded)] = encoded
    word[PAPX_PAGE * 512 :] = _papx_page([TEXT_AT + cp * width for cp, _ in ends], [k for _, k in ends])
    table = bytearray()
    fc = TEXT_AT * 2 | 0x40000000 if compressed else TEXT_AT
    n_chars = len(text) + len(tail)
    pieces = struct.pack("<II", 0, n_chars) + struct.pack("<HIH", 0, fc, 0)
    clx = b"\x01" + struct.pack("<h", 3) + b"\x00\x00\x00" + b"\x02" + struct.pack("<I", len(pieces)) + pieces
    bte = struct.pack("<III", TEXT_AT, TEXT_AT + len(text) * width, PAPX_PAGE)
    struct.pack_into("<II", word, 154 + 8 * 13, len(table), len(bte))
    table += bte
    struct.pack_into("<II", word, 154 + 8 * 33, len(table), len(clx))
    table += clx
    return compound_file({"WordDocument": bytes(word), "1Table": bytes(table)})


def _papx_page(fcs_after: list[int], kinds: list[str]) -> bytes:
    page = bytearray(512)
    crun = len(kinds)
    struct.pack_into(f"<{crun + 1}I", page, 0, TEXT_AT, *fcs_after)
    at = 510
    for r, kind in enumerate(kinds):
        sprms = {"cell": [(0x2416, 1)], "para": [(0x2416, 1)], "row": [(0x2416, 1), (0x2418, 1)]}.get(kind)
        if not sprms:
            continue
        grpprl = b"".join(struct.pack("<HB", s, v) for s, v in sprms)
        if kind == "row":  # (a row's end carries its table definition first, as Word writes it)
            grpprl = struct.pack("<HH", 0xD608, 4) + b"\x01\x00\x00" + grpprl
        papx = b"\x00" + bytes([(len(grpprl) + 2 + 1) // 2]) + b"\x00\x00" + grpprl
        papx += b"\x00" * (len(papx) % 2)
        at = (at - len(papx)) & ~1
        page[at : at + len(papx)] = papx
        page[4 * (crun + 1) + 13 * r] = at // 2
    page[511] = crun
    return bytes(page)


def compound_file(streams: dict[str, bytes]) -> bytes:
    """A compound file (version 3) holding the streams, each padded to 4096 bytes or more."""
    names = list(streams)
    datas = [s + b"\x00" * max(0, 4096 - len(s)) for s in streams.values()]
    datas = [d + b"\x00" * (-len(d) % 512) for d in datas]
    fat = [FAT_SECTOR, END]  # sector 0 the FAT, sector 1 the directory
    starts = []
    for d in datas:
        count = len(d) // 512
        starts.append(len(fat))
        fat += [len(fat) + k + 1 for k in range(count - 1)] + [END]
    assert len(fat) <= 128
    fat += [FREE] * (128 - len(fat))
    header = bytearray(512)
    header[:8] = bytes.fromhex("D0CF11E0A1B11AE1")
    struct.pack_into("<HHHHH", header, 24, 0x3E, 3, 0xFFFE, 9, 6)
    struct.pack_into("<IIIIIIII", header, 44, 1, 1, 0, 4096, END, 0, END, 0)
    struct.pack_into("<I", header, 76, 0)
    for k in range(1, 109):
        struct.pack_into("<I", header, 76 + 4 * k, FREE)
    directory = _entry("Root Entry", 5, 1, NO_STREAM, END, 0)
    for i, (name, d) in enumerate(zip(names, datas, strict=True)):
        sibling = i + 2 if i + 1 < len(names) else NO_STREAM
        directory += _entry(name, 2, NO_STREAM, sibling, starts[i], len(d))
    directory += b"\x00" * (512 - len(directory))
    return bytes(header) + struct.pack("<128I", *fat) + directory + b"".join(datas)


def _entry(name: str, kind: int, child: int, right: int, start: int, size: int) -> bytes:
    encoded = (name + "\x00").encode("utf-16-le")
    entry = bytearray(128)
    entry[: len(encoded)] = encoded
    struct.pack_into("<HBB", entry, 64, len(encoded), kind, 1)
    struct.pack_into("<III", entry, 68, NO_STREAM, right, child)
    struct.pack_into("<II", entry, 116, start, size)
    return bytes(entry)
