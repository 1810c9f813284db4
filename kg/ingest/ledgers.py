"""A work ledger (工作台账) exported from a spreadsheet as CSV: each row one activity.

A union's ledger of activities is kept as a spreadsheet and saved as CSV, whatever the file
is then called (.csv, .txt): a title row padded with commas, a header row of labels
(序号,日期,活动名称,活动地点,主办单位,协办单位,参加人数,负责人,备注), a row per activity,
a 合计 row and the form's signature row (填报人：… 审核人：… 填报日期：…).  Read as text its
cells are not tied to their columns, so the reader knows the columns by their labels
(``pages/ledger_columns.tsv``) and writes each row as the sentence a report would give it
(``2027年6月18日，某乡总工会主办、某局协办的某培训在某基地举行，负责人为：某乡总工会主席某某，
80人参加。``), the words joining the cells mapping to no source, each cell's words to the
cell's.  No 由X主办 (the event rules give such organisers, stated apart, to the page's main
event too), each partner with its own 协办 (A主办、B协办、C协办的: a list of bodies each with
its part), and the person in charge as a role's list (负责人为：, so that a name is never
read into the verb after it: 钟岭背负责).

What a spreadsheet's cells mean that prose would say: a blank date cell is the row above's
date (merged cells); a date without its year (3月20日) is of the ledger's year; a row noted
延期至6月13日 took place that day; a row noted 已取消 took place never (only the bodies it
names are kept, not its name, which would make an event); a note about another row (与序号3
同场) is left out; a count in 人次 (visits) or a cell without a number
of persons is no count; 45组（约130人） counts 130 persons.  The person in charge is written
with the post in the brackets after the name (刘某（副主席）); a post naming no body is one at
the row's host, written before it; a post clipped on one row (权益保障部部长) is the fuller one
another row gives the same person.  The title row is the headline, the 填报日期 the page's
date; the 合计 and signature rows are no activities (填报人 and 审核人 fill in the form).

The cells are parsed with :mod:`csv` (quoted cells holding commas and line breaks); a file
that the header row marks as a ledger but that is no well-formed CSV is read as text, with a
warning.
"""

from __future__ import annotations

import csv
import io
import re
from collections.abc import Callable

from kg.errors import InputNote
from kg.ingest.document import Block, Document
from kg.ingest.formats import read_txt
from kg.ingest.normalize import clean_line, fold_width
from kg.ingest.textmap import Mapped
from kg.lexicon import table

_KINDS = {row[0]: row[1] for row in table("pages/ledger_columns.tsv")}
_COLUMN_KINDS = ("seq", "date", "name", "venue", "host", "partner", "count", "head", "note")
_LABELS = sorted((k for k, v in _KINDS.items() if v in _COLUMN_KINDS), key=lambda w: (-len(w), w))
_SIGN_LABELS = sorted((k for k, v in _KINDS.items() if v in ("sign", "signdate")), key=lambda w: (-len(w), w))
_TOTALS = {k for k, v in _KINDS.items() if v == "total"}

_YMD = re.compile(r"^((?:19|20)\d{2})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})\s*日?$")
_MD = re.compile(r"^(\d{1,2})\s*[-/.月]\s*(\d{1,2})\s*[日号]?$")
_YEAR = re.compile(r"((?:19|20)\d{2})\s*年")
_LATER = re.compile(r"(?:延期|推迟|改期)(?:至|到)\s*(?:((?:19|20)\d{2})\s*年)?(\d{1,2})\s*月(\d{1,2})\s*[日号]")
_CANCELLED = re.compile(r"(?:已|被)?取消|未举办|未开展")
# a number of persons (约150人, 600余名师生, 40): no 人次 (visits)
_PERSONS = re.compile(r"约?(\d+)\s*(?:余|多)?\s*(?:人(?!次)|名)")
_BARE = re.compile(r"^约?(\d+)\s*(?:余|多)?$")
_SPLIT = re.compile(r"[,，、;；/]")
# a post naming a body of its own (县总工会女职委主任, 镇总工会主席): no host written before it
_OWN_BODY = re.compile(r"工会|委员会|局|公司|学校|学院|医院|政府|党委|[县市区镇乡]委")
# first characters of a venue that 在 before it would make a word with (在于)
_FUSES_WITH_ZAI = ("于", "乎")
_HEAD = re.compile(r"^\s*(\S+?)\s*[（(](.+)[）)]\s*$", re.S)


def _kind(label: str) -> str | None:
    """The kind of column a header cell labels: the label it is, or one it ends with."""
    label = re.sub(r"\s+", "", label)
    if label in _KINDS and _KINDS[label] in _COLUMN_KINDS:
        return _KINDS[label]
    for w in _LABELS:
        if label.endswith(w) and len(label) - len(w) <= 2:
            return _KINDS[w]
    return None


def column_kinds(cells: list[str], kind: Callable[[str], str | None]) -> dict[str, int]:
    """The column of each kind a header row labels (the first of each), by ``kind`` of a label."""
    kinds: dict[str, int] = {}
    for i, c in enumerate(cells):
        k = kind(c)
        if k is not None and k not in kinds:
            kinds[k] = i
    return kinds


def _header(cells: list[str]) -> dict[str, int] | None:
    """The columns a header row labels, by kind (the first of each), when three cells or
    more are known labels, one of them the activity's name; None otherwise."""
    kinds = column_kinds(cells, _kind)
    if len(kinds) >= 3 and "name" in kinds and ("date" in kinds or "venue" in kinds or "host" in kinds):
        return kinds
    return None


def _rows(text: str, *, strict: bool) -> list[list[str]]:
    return list(csv.reader(io.StringIO(text, newline=""), strict=strict))


def looks_like_ledger(text: str) -> bool:
    """Is ``text`` a table saved as CSV: a header row of known labels among its first rows,
    commas outside quotes parting its cells, and most rows under it as many cells long?"""
    head = text[:6000]
    if head.count(",") < 6:
        return False
    try:
        rows = _rows(head, strict=False)
    except csv.Error:
        return False
    for i, cells in enumerate(rows[:5]):
        if len(cells) >= 4 and _header(cells) is not None:
            body = [r for r in rows[i + 1 : -1] if any(c.strip() for c in r)]
            return len(body) >= 2 and sum(len(r) == len(cells) for r in body) * 2 > len(body)
    return False


def cells_mapped(text: str, rows: list[list[str]]) -> list[list[Mapped]]:
    """Each cell's words with their source offsets, found in the source in reading order
    (a quoted cell's doubled quotes map to the second of the pair)."""
    out: list[list[Mapped]] = []
    at = 0
    for cells in rows:
        mapped: list[Mapped] = []
        for value in cells:
            if not value:
                mapped.append(Mapped("", ()))
                continue
            raw = value.replace('"', '""')
            i = text.find(raw, at)
            if i < 0:
                mapped.append(Mapped.synthetic(value))
                continue
            src: list[int] = []
            j = i
            for ch in value:
                if ch == '"':
                    j += 1
                src.append(j)
                j += 1
            mapped.append(Mapped(value, src))
            at = j
        out.append(mapped)
    return out


def _clean(m: Mapped) -> Mapped:
    """A cell's words on one line: a line break in a cell is no break of the text."""
    return clean_line(fold_width(m.sub(re.compile(r"\s*[\r\n]+\s*"), "")))


def _anchored(text: str, at: Mapped) -> Mapped:
    """Words the reader writes for a cell (a date in full), mapped to the cell's start."""
    start = at.src[0] if at.src else -1
    return Mapped(text, (start,) * len(text))


def _day(cell: str, year: str | None) -> tuple[str, str, str] | None:
    s = re.sub(r"\s+", "", cell)
    if m := _YMD.match(s):
        return m[1], m[2], m[3]
    if (m := _MD.match(s)) and year:
        return year, m[1], m[2]
    return None


def _count(cell: str) -> str | None:
    """The number of persons a count cell gives (the one in persons among others)."""
    s = re.sub(r"\s+", "", cell)
    if m := _PERSONS.search(s):
        return m[1]
    if m := _BARE.match(s):
        return m[1]
    return None


def _units(cell: Mapped) -> list[Mapped]:
    """The bodies of a host or partner cell (县人社局,县民政局 / 县总工会、县人社局)."""
    out: list[Mapped] = []
    at = 0
    for m in _SPLIT.finditer(cell.text + ","):
        part = cell[at : m.start()].strip()
        if part:
            out.append(part)
        at = m.end()
    return out


def _fuller_posts(heads: list[Mapped]) -> dict[tuple[str, str], Mapped]:
    """A post another row writes in full for the same person (钟某（权益保障部部长） on one
    row, 钟某（县总工会经济技术和权益保障部部长） on another): the clipped form is the same
    office, written as the fuller one."""
    posts: dict[str, list[Mapped]] = {}
    for cell in heads:
        if m := _HEAD.match(cell.text):
            posts.setdefault(m[1], []).append(cell.group(m, 2).strip())
    out: dict[tuple[str, str], Mapped] = {}
    for name, held in posts.items():
        for p in held:
            longer = [q for q in held if len(q.text) > len(p.text) and q.text.endswith(p.text)]
            if longer:
                out[(name, p.text)] = max(longer, key=lambda q: len(q.text))
    return out


def _person(cell: Mapped, hosts: list[Mapped], fuller: dict[tuple[str, str], Mapped]) -> Mapped:
    """The person in charge as prose writes one with a post: the post first (刘某（副主席）
    → 某县总工会副主席刘某); a post naming no body is one at the row's first host."""
    m = _HEAD.match(cell.text)
    if m is None:
        return cell
    name, post = cell.group(m, 1), cell.group(m, 2).strip()
    post = fuller.get((name.text, post.text), post)
    if "、" not in post.text and not _OWN_BODY.search(post.text) and hosts:
        post = hosts[0] + post
    return post + name


def _joined(units: list[Mapped]) -> Mapped:
    return Mapped.join("、", units)


_Fuller = dict[tuple[str, str], Mapped]


def _sentence(
    cols: dict[str, Mapped], day: Mapped | None, count: str | None, cancelled: bool, fuller: _Fuller
) -> Mapped:
    """One row as a report's sentence; a cancelled activity's as the bodies it names."""
    s = Mapped.synthetic
    name = cols.get("name") or Mapped("", ())
    hosts = _units(cols["host"]) if cols.get("host") else []
    partners = _units(cols["partner"]) if cols.get("partner") else []
    venue = cols.get("venue")
    head = _person(cols["head"], hosts, fuller) if cols.get("head") else None
    if cancelled:  # (no activity: the bodies it names, not its name, which would make one)
        units = [*hosts, *partners]
        return s("（已取消）") + (s("涉及单位：") + _joined(units) + s("。") if units else Mapped("", ()))
    out = (day + s("，")) if day else Mapped("", ())
    if hosts:
        # (A主办、B协办、C协办的X: each partner with its part, as prose names those of a list)
        out += _joined(hosts) + s("主办")
        for p in partners:
            out += s("、") + p + s("协办")
        out += s("的")
    out += name
    if venue:
        # (在 and a venue's first 于 read as 在于: a venue so opening takes 于)
        out += s("于" if venue.text.startswith(_FUSES_WITH_ZAI) else "在") + venue
    out += s("举行")
    if head:
        out += s("，负责人为：") + head
    if count:
        out += s("，") + _anchored(f"{count}人", cols["count"]) + s("参加")
    return out + s("。")


def _is_signature(cells: list[str]) -> bool:
    return any(re.match(rf"\s*(?:{'|'.join(map(re.escape, _SIGN_LABELS))})\s*[：:]", c) for c in cells)


_SIGNED_ON = re.compile(r"((?:19|20)\d{2})\D+(\d{1,2})\D+(\d{1,2})")


def _signed_date(cells: list[str]) -> str | None:
    """The date a signature row's 填报日期：… cell gives, ISO."""
    for c in cells:
        label, _, value = re.sub(r"\s+", "", c).replace(":", "：").partition("：")
        if _KINDS.get(label) == "signdate" and (d := _SIGNED_ON.match(value)):
            return f"{int(d[1]):04d}-{int(d[2]):02d}-{int(d[3]):02d}"
    return None


def _note(cell: Mapped) -> Block:
    """A remark (details of the activity) as the sentence after the row's, closed."""
    return Block(cell if re.search(r"[。！？]$", cell.text) else cell + Mapped.synthetic("。"), gap=0)


def read_ledger(text: str, name: str) -> tuple[list[Document], list[InputNote]]:
    """The ledger as one article: its title row the headline, a sentence per activity."""
    try:
        rows = _rows(text, strict=True)
    except csv.Error as exc:
        note = InputNote(name, f"table saved as CSV is not well formed ({exc}): read as text")
        return read_txt(text), [note]
    cells = cells_mapped(text, rows)
    hi = next(i for i, r in enumerate(rows) if len(r) >= 4 and _header(r) is not None)
    columns = _header(rows[hi]) or {}
    seq_label = rows[hi][columns["seq"]].strip() if "seq" in columns else ""
    title = next((_clean(c) for r in cells[:hi] for c in r if c.text.strip()), None)
    date = None
    year_m = _YEAR.search(title.text) if title else None
    year = year_m[1] if year_m else None
    head_at = columns.get("head")
    fuller = _fuller_posts([_clean(r[head_at]) for r in cells[hi + 1 :] if head_at is not None and head_at < len(r)])
    blocks: list[Block] = []
    last_day: Mapped | None = None
    for raw, mapped in zip(rows[hi + 1 :], cells[hi + 1 :], strict=True):
        if not any(c.strip() for c in raw):
            continue
        if _is_signature(raw):
            date = _signed_date(raw) or date
            continue
        if raw[0].strip() in _TOTALS:
            continue
        cols = {k: _clean(mapped[i]) for k, i in columns.items() if i < len(mapped) and mapped[i].text.strip()}
        if "name" not in cols:
            continue
        note = cols["note"].text if "note" in cols else ""
        day = last_day
        if "date" in cols and (d := _day(cols["date"].text, year)):
            year = year or d[0]
            day = _anchored(f"{d[0]}年{int(d[1])}月{int(d[2])}日", cols["date"])
        last_day = day
        if later := _LATER.search(note):
            y = later[1] or year
            day = _anchored(f"{y}年{int(later[2])}月{int(later[3])}日", cols["note"]) if y else day
        cancelled = bool(_CANCELLED.search(note)) and later is None
        count = _count(cols["count"].text) if "count" in cols else None
        line = _sentence(cols, day, count, cancelled, fuller)
        blocks.append(Block(line))
        # (a note about another row, 与序号3同场 / 序号14延期, says nothing but of the ledger)
        cross = seq_label and re.search(re.escape(seq_label) + r"\s*\d", note)
        if "note" in cols and not cancelled and later is None and not cross:
            blocks.append(_note(cols["note"]))
    doc = Document(blocks, title=title, date=date, date_rank=-1 if date else 99, one_article=True, repair=False)
    return [doc], []
