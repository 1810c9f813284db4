"""Rich Text Format (``.rtf``): a notice or plan as older office systems export it.

Government and union office systems, and Word or WPS when asked for "RTF", still save
documents as RTF: plain ASCII with control words, where Chinese text is written either
as the bytes of the document's code page (``\\'cb\\'ce`` under ``\\ansicpg936``, GBK) or
as ``\\uN?`` escapes (a signed 16-bit code, then a fallback character to skip).  What is
read is what a word processor shows: the body's paragraphs, a table's rows a line each
with tab-parted cells (as kg's readers of tables saved as text read them).  Groups that
hold no body text are left out whole: the font, colour and style tables, the document's
properties (``\\info``: title, author), headers and footers, pictures, fields' codes
(their shown result is kept), and any group marked ``\\*`` that the reader does not know.
Offsets of evidence count in the text this reader gives.
"""

from __future__ import annotations

import codecs
import re

from kg.errors import InputError

# the most characters of RTF read: a union's notice is tens of kilobytes; a scanned page
# embedded as hex is megabytes, but its picture group is skipped without decoding
MAX_CHARS = 40_000_000
# groups whose contents are no body text (``\*`` groups are skipped as well)
_SKIPPED = frozenset(
    [
        "fonttbl",
        "colortbl",
        "stylesheet",
        "listtable",
        "listoverridetable",
        "info",
        "header",
        "headerl",
        "headerr",
        "headerf",
        "footer",
        "footerl",
        "footerr",
        "footerf",
        "pict",
        "fldinst",
        "themedata",
        "colorschememapping",
        "datastore",
        "latentstyles",
        "rsidtbl",
        "generator",
        "xmlnstbl",
        "mmathPr",
        "pgdsctbl",
        "revtbl",
        "filetbl",
        "footnote",
        "annotation",
        "atnid",
        "atnauthor",
        "bkmkstart",
        "bkmkend",
        "nonshppict",
        "shpinst",
    ]
)
# control words that stand for a character or a break
_BREAKS = {"par": "\n", "line": "\n", "sect": "\n", "page": "\n", "row": "\n", "cell": "\t",
           "nestcell": "\t", "tab": "\t", "emdash": "—", "endash": "–", "lquote": "‘",
           "rquote": "’", "ldblquote": "“", "rdblquote": "”", "bullet": "•", "~": "\u00a0",
           "_": "‑"}  # fmt: skip
# a font's \fcharset and the code page its bytes are in
_CHARSET_PAGES = {0: "cp1252", 128: "cp932", 129: "cp949", 134: "cp936", 136: "cp950", 161: "cp1253",
                  162: "cp1254", 177: "cp1255", 178: "cp1256", 186: "cp1257", 204: "cp1251",
                  222: "cp874", 238: "cp1250"}  # fmt: skip
_TOKEN = re.compile(
    r"\\([a-zA-Z]{1,32})(-?\d{1,10})? ?|\\'([0-9a-fA-F]{2})|\\([^a-zA-Z])|([{}])|([\r\n]+)|([^\\{}\r\n]+)"
)
_FONT = re.compile(r"\\f(\d+)[^;{}]*?\\fcharset(\d+)")


def rtf_text(data: bytes, name: str) -> str:
    """The body text of an RTF document; raises InputError saying why the bytes are no
    readable RTF with text."""
    head = data[:64].lstrip(b"\xef\xbb\xbf \t\r\n")
    if not head.startswith(b"{\\rtf"):
        raise InputError(name, "not an RTF document (it does not open with {\\rtf)")
    if len(data) > MAX_CHARS:
        raise InputError(name, f"RTF document too large (over {MAX_CHARS // 1_000_000} MB), not read")
    source = data.decode("latin-1")  # (RTF is 7-bit; stray 8-bit bytes kept as they are)
    text = _Reader(source).text()
    lines = [line.replace("\u00a0", " ").rstrip() for line in text.split("\n")]
    body = re.sub(r"\n{3,}", "\n\n", "\n".join(lines)).strip("\n")
    if not body.strip():
        raise InputError(name, "empty RTF document (no text in its body)")
    return body + "\n"


class _Reader:
    """One pass over the tokens, with the group stack RTF's state lives in."""

    def __init__(self, source: str) -> None:
        self.source = source
        default = re.search(r"\\ansicpg(\d+)", source[:2000])
        self.page = _codec(f"cp{default.group(1)}") if default else "cp1252"
        table = source.find("\\fonttbl")
        fonts = source[table : table + 50_000] if table >= 0 else ""
        self.font_pages = {f: _CHARSET_PAGES[int(c)] for f, c in _FONT.findall(fonts) if int(c) in _CHARSET_PAGES}
        self.out: list[str] = []
        self.pending = bytearray()  # \'xx bytes of one character run, decoded together
        self.pending_page = self.page

    def text(self) -> str:
        # state per group: [skipping, code page, \uc count]
        stack: list[list] = []
        state: list = [False, self.page, 1]
        skip_chars = 0  # fallback characters still to skip after a \u escape
        group_start = False  # the last token opened a group (for \* and destinations)
        for m in _TOKEN.finditer(self.source):
            word, arg, hexbyte, symbol, brace, newline, plain = m.groups()
            if brace == "{":
                self._flush()
                stack.append(state)
                state = list(state)
                group_start = True
                continue
            if brace == "}":
                self._flush()
                state = stack.pop() if stack else state
                group_start = False
                continue
            if newline:
                continue
            opening, group_start = group_start, False
            if symbol == "*" and opening:
                state[0] = True
                continue
            if word in _SKIPPED and opening:
                state[0] = True
                continue
            if state[0]:
                continue
            if hexbyte is not None:
                if skip_chars:
                    skip_chars -= 1
                    continue
                if self.pending and self.pending_page != state[1]:
                    self._flush()
                self.pending_page = state[1]
                self.pending.append(int(hexbyte, 16))
                continue
            self._flush()
            if plain is not None:
                if skip_chars:
                    drop = min(skip_chars, len(plain))
                    skip_chars -= drop
                    plain = plain[drop:]
                self.out.append(plain)
                continue
            skip_chars = 0
            if symbol is not None:
                if symbol in "\\{}":
                    self.out.append(symbol)
                elif symbol in _BREAKS:
                    self.out.append(_BREAKS[symbol])
                elif symbol in "\r\n":
                    self.out.append("\n")
                continue
            if word == "u" and arg is not None:
                code = int(arg)
                self.out.append(chr(code + 65536 if code < 0 else code))
                skip_chars = state[2]
            elif word == "uc" and arg is not None:
                state[2] = int(arg)
            elif word == "f" and arg is not None:
                state[1] = self.font_pages.get(arg, self.page)
            elif word in _BREAKS:
                self.out.append(_BREAKS[word])
        self._flush()
        return "".join(self.out)

    def _flush(self) -> None:
        if self.pending:
            self.out.append(bytes(self.pending).decode(self.pending_page, errors="replace"))
            self.pending.clear()


def _codec(page: str) -> str:
    try:
        return codecs.lookup(page).name
    except LookupError:
        return "cp1252"
