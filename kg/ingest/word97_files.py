"""Word 97–2003 documents (``.doc``, and WPS's ``.wps``): the body as Word shows it.

Most of what union sites offer for download as 附件 is still a ``.doc``: a notice, a
list of winners, a plan, saved by office systems and WPS in Word's binary format.  The
file is a compound file (OLE) whose ``WordDocument`` stream starts with the FIB, a table
of where everything lies; the text itself lies in pieces listed in the piece table
(``Clx`` in the ``0Table``/``1Table`` stream), each either 8-bit (code page 1252) or
UTF-16.  What is read is the main document's text (the first ``ccpText`` characters),
not its headers, footnotes or comments, which follow it.  Word's marks become what a
reader sees: a paragraph mark or a line or page break a new line, a table's cell mark a
tab and its row mark (a paragraph marked as ending a table row) a new line, a cell's own
paragraphs joined by a space, so that a table reads a line per row as kg's readers of
tables saved as text expect; a field shows its result, not its code; pictures and drawn
objects are dropped.  An encrypted document
is refused with its reason.  Offsets of evidence count in the text this reader gives.
"""

from __future__ import annotations

import io
import re
import struct

from kg.errors import InputError

_IDENT = 0xA5EC  # the FIB's first word in every Word 97–2003 document
_ENCRYPTED, _TABLE_1 = 0x0100, 0x0200  # FibBase flags: fEncrypted, fWhichTblStm
# the pairs (fc, lcb) of FibRgFcLcb97 used here, by their index
_PLCF_BTE_PAPX, _CLX = 13, 33
# paragraph properties: in a table (sprmPFInTable), ending a table row (sprmPFTtp, sprmPFInnerTtp)
_IN_TABLE, _ROW_ENDS = 0x2416, (0x2418, 0x244C)
_TABLE_DEFINITION = 0xD608  # sprmTDefTable, on a row's end mark
# Word's own characters in the text stream and what a reader sees
_MARKS = {"\r": "\n", "\x0b": "\n", "\x0c": "\n", "\x0e": "\n", "\x1e": "-", "\xa0": " "}
_DROPPED = set("\x01\x02\x03\x04\x05\x08\x1f")
_FIELD_BEGIN, _FIELD_SEPARATOR, _FIELD_END = "\x13", "\x14", "\x15"
_CELL = "\x07"


def doc_text(data: bytes, name: str) -> str:
    """The main text of a Word 97–2003 document; raises InputError saying why the bytes are
    no readable document with text."""
    import olefile  # (loaded only when such a file is read)

    try:
        ole = olefile.OleFileIO(io.BytesIO(data))
    except Exception as exc:  # (not a compound file, or a damaged one)
        raise InputError(name, f"not a readable Word 97-2003 document ({type(exc).__name__}: {exc})") from None
    try:
        if not ole.exists("WordDocument"):
            raise InputError(name, "not a Word 97-2003 document (no WordDocument stream)")
        word = ole.openstream("WordDocument").read()
        if len(word) < 0x200 or _u16(word, 0) != _IDENT:
            raise InputError(name, "not a Word 97-2003 document (its file information block is missing)")
        flags = _u16(word, 0x0A)
        if flags & _ENCRYPTED:
            raise InputError(name, "encrypted Word document (protected by a password), not read")
        table_name = "1Table" if flags & _TABLE_1 else "0Table"
        if not ole.exists(table_name):
            raise InputError(name, f"damaged Word document (no {table_name} stream)")
        table = ole.openstream(table_name).read()
    except InputError:
        raise
    except Exception as exc:  # (a stream whose sectors the file does not hold)
        raise InputError(name, f"damaged Word document ({type(exc).__name__}: {exc})") from None
    finally:
        ole.close()
    try:
        text = _main_text(word, table)
    except (struct.error, IndexError, ValueError) as exc:
        raise InputError(name, f"damaged Word document ({exc})") from None
    if not text.strip():
        raise InputError(name, "empty Word document (no text in its body)")
    return text


def _main_text(word: bytes, table: bytes) -> str:
    csw = _u16(word, 32)
    longs = 34 + 2 * csw + 2
    ccp_text = struct.unpack_from("<i", word, longs + 12)[0]
    blob = longs + 4 * _u16(word, longs - 2) + 2
    fc_clx, lcb_clx = struct.unpack_from("<II", word, blob + 8 * _CLX)
    fc_bte, lcb_bte = struct.unpack_from("<II", word, blob + 8 * _PLCF_BTE_PAPX)
    row_ends, in_cells = _table_marks(word, table[fc_bte : fc_bte + lcb_bte])
    chars: list[str] = []
    for cp_start, cp_end, fc, compressed in _pieces(table[fc_clx : fc_clx + lcb_clx]):
        if cp_start >= ccp_text:
            break
        count = min(cp_end, ccp_text) - cp_start
        width = 1 if compressed else 2
        raw = word[fc : fc + count * width]
        piece = raw.decode("cp1252", errors="replace") if compressed else raw.decode("utf-16-le", errors="replace")
        for k, ch in enumerate(piece):
            if ch == _CELL:
                chars.append("\n" if fc + (k + 1) * width in row_ends else "\t")
            elif ch == "\r" and fc + (k + 1) * width in in_cells:
                chars.append(" ")
            else:
                chars.append(ch)
    return _shown("".join(chars))


def _pieces(clx: bytes) -> list[tuple[int, int, int, bool]]:
    """The piece table: (first CP, end CP, byte offset in WordDocument, 8-bit?) per piece."""
    pos = 0
    while pos < len(clx) and clx[pos] == 0x01:  # (Prc: property modifiers, skipped)
        pos += 3 + struct.unpack_from("<h", clx, pos + 1)[0]
    if pos >= len(clx) or clx[pos] != 0x02:
        raise ValueError("no piece table")
    lcb = struct.unpack_from("<I", clx, pos + 1)[0]
    plc = clx[pos + 5 : pos + 5 + lcb]
    n = (len(plc) - 4) // 12
    cps = struct.unpack_from(f"<{n + 1}I", plc, 0)
    pieces = []
    for i in range(n):
        fc = struct.unpack_from("<I", plc, 4 * (n + 1) + 8 * i + 2)[0]
        compressed = bool(fc & 0x40000000)
        offset = (fc & 0x3FFFFFFF) // 2 if compressed else fc & 0x3FFFFFFF
        pieces.append((cps[i], cps[i + 1], offset, compressed))
    return pieces


def _table_marks(word: bytes, plc: bytes) -> tuple[set[int], set[int]]:
    """Byte offsets just after the paragraph marks that end a table row, and after those
    of paragraphs inside a table, read from the paragraphs' properties (the PAPX pages the
    bin table points to)."""
    ends: set[int] = set()
    cells: set[int] = set()
    if len(plc) < 8:
        return ends, cells
    n = (len(plc) - 4) // 8
    for i in range(n):
        page = (struct.unpack_from("<I", plc, 4 * (n + 1) + 4 * i)[0] & 0x3FFFFF) * 512
        fkp = word[page : page + 512]
        if len(fkp) < 512:
            continue
        crun = fkp[511]
        fcs = struct.unpack_from(f"<{crun + 1}I", fkp, 0)
        for r in range(crun):
            offset = 2 * fkp[4 * (crun + 1) + 13 * r]
            flags = _flags_set(fkp, offset) if offset else set()
            if flags & set(_ROW_ENDS):
                ends.add(fcs[r + 1])
            elif _IN_TABLE in flags:
                cells.add(fcs[r + 1])
    return ends, cells


def _flags_set(fkp: bytes, at: int) -> set[int]:
    """The paragraph's one-byte properties that are on (their sprm codes)."""
    cb = fkp[at]
    start, size = (at + 2, 2 * fkp[at + 1]) if cb == 0 else (at + 1, 2 * cb - 1)
    grpprl, pos = fkp[start + 2 : start + size], 0  # (after the style index)
    on: set[int] = set()
    while pos + 2 <= len(grpprl):
        sprm = _u16(grpprl, pos)
        operand = _operand_size(sprm, grpprl, pos + 2)
        if operand == 1 and pos + 2 < len(grpprl) and grpprl[pos + 2]:
            on.add(sprm)
        pos += 2 + operand
    return on


def _operand_size(sprm: int, grpprl: bytes, at: int) -> int:
    spra = sprm >> 13
    if sprm == _TABLE_DEFINITION:  # (its size is two bytes, counting one more)
        return 1 + (_u16(grpprl, at) if at + 2 <= len(grpprl) else 0)
    if spra == 6:  # (variable: a size byte first)
        return 1 + (grpprl[at] if at < len(grpprl) else 0)
    return {0: 1, 1: 1, 2: 2, 3: 4, 4: 2, 5: 2, 7: 3}[spra]


def _shown(text: str) -> str:
    """What a reader sees: fields' results without their codes, marks as line breaks."""
    out: list[str] = []
    hiding: list[bool] = []  # per open field: still in its code
    for ch in text:
        if ch == _FIELD_BEGIN:
            hiding.append(True)
        elif ch == _FIELD_SEPARATOR:
            if hiding:
                hiding[-1] = False
        elif ch == _FIELD_END:
            if hiding:
                hiding.pop()
        elif any(hiding) or ch in _DROPPED:
            continue
        else:
            out.append(_MARKS.get(ch, ch))
    lines = [line.rstrip(" \t") for line in "".join(out).split("\n")]
    return re.sub(r"\n{3,}", "\n\n", "\n".join(lines)).strip("\n") + "\n"


def _u16(data: bytes, at: int) -> int:
    return struct.unpack_from("<H", data, at)[0]
