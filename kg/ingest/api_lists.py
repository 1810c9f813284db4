"""A news app's JSON list API saved as a file: each item with a title and a body is an article.

A news app's list page loads its items as JSON (``{"code":0,"msg":"success","data":{"total":57,
"list":[{"title":…,"content":"<p>…</p>",…},…]}}``), and such a response is saved as ``.json``,
``.txt`` or with no suffix at all, so it is told by its content: JSON text whose keys include a
title field and a body field (``pages/api_fields.tsv``).  As with a feed's items
(:mod:`kg.ingest.feeds`), each object holding both — wherever it sits: in ``data.list``, in a
top-level array, or a detail response's single object — is one article: its title the
headline, its subtitle text under it (no headline: a list's subtitle sums the item up), its
publication time the page date (a date text, or seconds or milliseconds since 1970 read as
China's time), its ``source`` the outlet (when all items share it), its ``author`` the credits (``记者 X 通讯员 Y`` is a
byline, read with the byline grammar), and its body HTML read with the HTML reader (the
``alt`` of its pictures kept as caption lines: a photo credit is often only written there).

Everything else is the app's furniture and names nobody: ids, ``total`` and page numbers,
view, like and share counts (numbers, never a count of people), tags and channel (labels
the app files the item under, no text of it), cover pictures.

Strings are decoded with their escapes (``\\"``, ``\\n``, ``\\uXXXX``) and each character
keeps the offset of its source text.  A file that looks like such a response but is not
well-formed JSON is read as plain text, with a warning.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from datetime import datetime, timedelta, timezone

from kg.errors import InputNote
from kg.ingest.dates import parse_date
from kg.ingest.document import Block, Document
from kg.ingest.feeds import html_blocks
from kg.ingest.formats import lines_to_blocks, read_txt
from kg.ingest.normalize import clean_line, fold_width, scrub
from kg.ingest.textmap import Mapped
from kg.lexicon import table

_KINDS = {row[0]: row[1] for row in table("pages/api_fields.tsv")}
_ORDER = {key: n for n, key in enumerate(_KINDS)}  # the data file's order: the best first
_CHINA = timezone(timedelta(hours=8))
_TAG = re.compile(r"<[^>]*>")
_HTML = re.compile(r"<(?:p|br|div|img|span|section|strong|h\d)\b", re.I)
# a token of JSON: a string literal, a mark, a number, a word
_TOKEN = re.compile(
    r'\s*(?:("[^"\\]*(?:\\.[^"\\]*)*")|([{}\[\]:,])|(-?\d+(?:\.\d+)?(?:[eE][+-]?\d+)?)|(true|false|null))'
)
_SNIFF = 20000  # the keys of the first item lie within the first characters of a response
_ESCAPES = {"n": "\n", "t": "\t", "r": "\r", "b": "\b", "f": "\f", "/": "/", "\\": "\\", '"': '"'}
# a literal's pieces: a run of plain characters, a run of \uXXXX escapes, another escape
_PIECE = re.compile(r'([^"\\]+)|((?:\\u[0-9a-fA-F]{4})+)|\\(.)|(")', re.S)
_UNIT = 6  # the length of one \uXXXX escape


def _norm(key: str) -> str:
    return key.lower().replace("_", "").replace("-", "")


def _key_rx(kind: str) -> re.Pattern[str]:
    keys = sorted((k for k, v in _KINDS.items() if v == kind), key=len, reverse=True)
    spelt = ("[_-]?".join(re.escape(c) for c in k) for k in keys)  # (publish_time, publishTime)
    return re.compile(r'"(?i:' + "|".join(spelt) + r')"\s*:')


_TITLE_KEY = _key_rx("title")
_BODY_KEY = _key_rx("body")


def looks_like_api_list(text: str) -> bool:
    """Is ``text`` JSON (an object or an array) whose keys name a title and a body?"""
    head = text[:_SNIFF].lstrip("\ufeff \t\r\n")
    return head[:1] in ("{", "[") and _TITLE_KEY.search(head) is not None and _BODY_KEY.search(head) is not None


@dataclass
class _Obj:
    """A JSON object: its fields (strings as source-mapped text) and its source range."""

    start: int
    end: int = 0
    fields: dict[str, object] = field(default_factory=dict)


class _Malformed(ValueError):
    """Text json.loads took that this reader's tokens do not (NaN, Infinity)."""


def _parse(text: str) -> object:
    """The JSON value of ``text`` (well-formed: checked before), strings as :class:`Mapped`.

    Iterative, so that a response nested deep costs no recursion."""
    stack: list[_Obj | list[object]] = []
    keys: list[str | None] = []  # for each open object, the key waiting for its value
    root: object = None
    pos = 0
    while True:
        m = _TOKEN.match(text, pos)
        if m is None:
            if text[pos:].strip():
                raise _Malformed(pos)
            return root
        pos = m.end()
        string, punct, number, word = m.groups()
        value: object
        if punct in ("{", "["):
            value = _Obj(m.start(2)) if punct == "{" else []
        elif punct in ("}", "]"):
            done = stack.pop()
            if isinstance(done, _Obj):
                done.end = pos
                keys.pop()
            continue
        elif punct is not None:  # (: and , carry nothing)
            continue
        elif string is not None:
            value = _string(text, m.start(1))
            top = stack[-1] if stack else None
            if isinstance(top, _Obj) and keys[-1] is None:
                keys[-1] = value.text
                continue
        elif number is not None:
            value = float(number) if any(c in number for c in ".eE") else int(number)
        else:
            value = {"true": True, "false": False, "null": None}[word]
        top = stack[-1] if stack else None
        if isinstance(top, _Obj):
            top.fields[str(keys[-1])] = value
            keys[-1] = None
        elif isinstance(top, list):
            top.append(value)
        else:
            root = value
        if isinstance(value, _Obj | list):
            stack.append(value)
            if isinstance(value, _Obj):
                keys.append(None)


def _string(text: str, start: int) -> Mapped:
    """The JSON string literal at ``text[start]`` decoded, each character keeping the offset
    of what wrote it (an escape maps to its backslash).  Runs of plain text and runs of
    \\u escapes are decoded whole, so that a megabyte body costs little per character."""
    out: list[str] = []
    src: list[int] = []
    pos = start + 1
    while (m := _PIECE.match(text, pos)) is not None and m.group(4) is None:
        plain, escapes, esc, _ = m.groups()
        if plain is not None:
            out.append(plain)
            src.extend(range(pos, m.end()))
        elif escapes is not None:
            chars = scrub(json.loads(f'"{escapes}"'))
            if len(chars) * _UNIT == len(escapes):
                src.extend(range(pos, m.end(), _UNIT))
            else:  # (a surrogate pair is one character of two escapes)
                at = pos
                for ch in chars:
                    src.append(at)
                    at += 2 * _UNIT if ord(ch) > 0xFFFF else _UNIT
            out.append(chars)
        else:
            out.append(_ESCAPES.get(esc, esc))
            src.append(pos)
        pos = m.end()
    return Mapped("".join(out), src)


def _of_kind(obj: _Obj, kind: str) -> list[object]:
    """The values of ``obj``'s fields of ``kind``, best first, empty ones left out."""
    named = sorted(
        ((_ORDER[k], v) for key, v in obj.fields.items() if _KINDS.get(k := _norm(key)) == kind),
        key=lambda kv: kv[0],
    )
    return [v for _, v in named if v not in (None, "") and not (isinstance(v, Mapped) and not v.text.strip())]


def _text(obj: _Obj, kind: str) -> Mapped | None:
    return next((v for v in _of_kind(obj, kind) if isinstance(v, Mapped)), None)


def _items(root: object) -> list[_Obj]:
    """The objects holding a title and a body, in source order; none inside another."""
    out: list[_Obj] = []
    todo: list[object] = [root]
    while todo:
        node = todo.pop()
        if isinstance(node, _Obj):
            if _text(node, "title") is not None and _text(node, "body") is not None:
                out.append(node)
                continue
            todo.extend(reversed(list(node.fields.values())))
        elif isinstance(node, list):
            todo.extend(reversed(node))
    return out


def _date(obj: _Obj) -> str | None:
    """The item's publication day: a date text, else a time since 1970 (s or ms, UTC+8)."""
    for v in _of_kind(obj, "date"):
        value = v.text.strip() if isinstance(v, Mapped) else v
        if isinstance(value, str) and (d := parse_date(value)):
            return d
        if isinstance(value, str) and value.isdigit():
            value = int(value)
        if isinstance(value, int | float) and not isinstance(value, bool) and value > 0:
            seconds = value / 1000 if value > 1e11 else value
            try:
                return datetime.fromtimestamp(seconds, _CHINA).date().isoformat()
            except (OverflowError, OSError, ValueError):
                continue
    return None


def _body(obj: _Obj) -> list[Block]:
    """The item's subtitle (text under the headline) and its body's blocks."""
    blocks = [Block(line) for d in _of_kind(obj, "deck")[:1] if isinstance(d, Mapped) and (line := _line(d))]
    body = _text(obj, "body")
    if body is not None:
        blocks += html_blocks(body) if _HTML.search(body.text) else lines_to_blocks(body)
    return blocks


def _line(value: Mapped) -> Mapped | None:
    return clean_line(fold_width(value.sub(_TAG, ""))) or None


def _plain(obj: _Obj, kind: str) -> str | None:
    value = _text(obj, kind)
    if value is None:
        return None
    return " ".join(value.text.split()) or None


def read_api_list(text: str, name: str) -> tuple[list[Document], list[InputNote]]:
    """One document per item of a saved list-API response; malformed JSON read as text, warned."""
    try:
        json.loads(text)
        root = _parse(text)
    except (ValueError, RecursionError) as exc:  # (json.JSONDecodeError is a ValueError)
        note = InputNote(name, f"JSON response is not well-formed ({exc}): read as text, not item by item")
        return read_txt(text), [note]
    docs: list[Document] = []
    items = _items(root)
    # the outlet of every item is whose list it is, and its place the page's home; items of
    # several outlets (an app gathering a paper's, a county centre's and a union's news) say
    # nothing of the page's home, which the outlet of one would set for all
    outlets = list(dict.fromkeys(_plain(item, "outlet") for item in items))
    outlet = outlets[0] if len(outlets) == 1 else None
    for item in items:
        title = _text(item, "title")
        date = _date(item)
        docs.append(
            Document(
                _body(item),
                title=_line(title) if title is not None else None,
                date=date,
                date_rank=-1 if date else 99,
                url=_plain(item, "url"),
                outlet=outlet,
                author=_plain(item, "author"),
                one_article=True,
                repair=False,
                span=(item.start, item.end),
            )
        )
    if not docs:
        return read_txt(text), [InputNote(name, "JSON holds no item with a title and a body: read as text")]
    return docs, []
