"""A printed document's own marks (会议纪要, 简报, 通知 as a .docx or a scan).

Besides its distribution list and imprint (:mod:`kg.ingest.distribution`), a document
prints a running head (某某工会　内部资料　注意保存), its number and signer (纪要编号：
某〔2027〕4号　签发：某某), a reviewer's comment kept from the .docx ([批注 某某1]：…), its
subject words (主题词：…), a checker and the print run (核稿：某某　（共印25份）) and page marks
(第 1 页 共 2 页).  None is the document's text; the signer, named in the text too, stays
a person there.
"""

from __future__ import annotations

import functools
import re

from kg.ingest.boilerplate import MAX_FURNITURE_LEN
from kg.ingest.shapes import is_prose
from kg.lexicon import alternation
from kg.lexicon.chars import HAN_COMMON

# a docx comment exported with the text: [批注 某某1]：…, 【批注2】…
_COMMENT = re.compile(r"^\s*[\[【［]\s*批注[^\]】］]{0,16}[\]】］]")
# page marks: 第 1 页 共 2 页, 第2页，共3页, 第 1 页 / 共 2 页, 共3页 第1页
_PAGE = re.compile(r"^\s*(?:第\s*\d+\s*页\s*[，,/／\s]*共\s*\d+\s*页|共\s*\d+\s*页\s*[，,/／\s]*第\s*\d+\s*页)\s*$")
# a document number: 某工纪〔2027〕4号, 〔2027〕5号
_NUMBER = re.compile(r"[〔\[［(（]\d{4}[〕\]］)）]\s*第?\s*\d{1,4}\s*号")
_FIELD = re.compile(rf"[{HAN_COMMON}]{{1,6}}\s*[:：]")
# the signer of a document's header, on a line of its own once its number's line is split:
# 签发：某某 (as official.py reads 签发人 beside a 公文's number)
_SIGNER = re.compile(rf"^\s*签发人?\s*[:：]\s*[{HAN_COMMON}·]{{2,6}}\s*$")
_PRINT_RUN = re.compile(r"[（(]\s*共印\s*\d+\s*份\s*[)）]\s*$")


@functools.cache
def _marks() -> re.Pattern[str]:
    return re.compile(alternation("pages/print_marks.txt"))


def print_mark(line: str) -> bool:
    """A printed document's own mark on a short line: a running head (内部资料), subject
    words, a docx comment, a page mark, a number line with its signer, a checker's line
    closing on the print run."""
    if not line.strip() or len(line) > MAX_FURNITURE_LEN:
        return False
    if _COMMENT.match(line) or _PAGE.match(line) or _SIGNER.match(line):
        return True
    if is_prose(line):
        return False
    if _marks().search(line):
        return True
    fields = _FIELD.findall(line)
    # 纪要编号：某〔2027〕4号　签发：某某 — fields, one a document number
    numbered = bool(fields) and _FIELD.match(line.strip()) is not None and _NUMBER.search(line) is not None
    return numbered or (bool(fields) and _PRINT_RUN.search(line) is not None)


_MEETING_TIME = re.compile(r"^\s*(?:会议)?时[ \u3000]*间\s*[:：]")
_MEETING_PLACE = re.compile(r"^\s*(?:会议)?地[ \u3000]*点\s*[:：]")


def meeting_time(lines: list[str], i: int) -> bool:
    """时　间：2027年4月9日 14:30 over 地　点：…: the first field of a meeting's record
    (时间 / 地点 / 主持人 / 出席), the document's text — no page's date line, whose header
    the lines above it would be taken for."""
    nxt = next((t for t in lines[i + 1 : i + 3] if t.strip()), "")
    return _MEETING_TIME.match(lines[i]) is not None and _MEETING_PLACE.match(nxt) is not None
