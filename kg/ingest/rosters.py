"""Leader rosters: the 领导之窗 / 班子成员 blocks of a site's sidebar or a page, lines of
"NAME  TITLE-CHAIN" (王某某 某市总工会党组书记、主席).

A roster stands before the headline, so the page's furniture takes it with the site's
menus; but its lines state who holds which office, as a text does.  It is recognised by
its shape alone, several lines in a row of a person's name (two to four characters,
opening with a surname, often spaced out to one width: 陈 刚, 马   璐) then, after a space,
a chain of bodies and titles with no sentence in it.  Ingestion keeps the roster lines it
drops as furniture apart (``Document.roster``, with the label above it: 领导之窗, 某市总工会
领导班子), the name's spacing closed (陈刚), and hands
them on as an article of their own marked ``roster``, whose posts the extraction reads
and nothing else (no event, no credit is read from furniture).
"""

from __future__ import annotations

import re
from functools import cache

from kg.ingest.textmap import Mapped
from kg.lexicon import lexicon, words
from kg.lexicon.chars import HAN

# the name (Han characters, maybe spaced out), its notes (（女）（少数民族）: a list of
# delegates marks its people so), the space, the chain
_LINE = re.compile(
    f"^(?P<name>[{HAN}](?:[ \u3000]*[{HAN}]){{1,3}})(?:[（(][^（()）\\s]{{1,8}}[）)])*[ \u3000\t]+(?P<chain>[{HAN}].*)$"
)
# a chain is no sentence: none of these marks
_SENTENCE_MARKS = re.compile('[。！？!?：:；;“”"]')
# characters that end a body's name, never a person's (金融工会 副主席 is no roster line)
_BODY_CHARS = frozenset("会部局委院司厂所处室站社办团队组")
# how long a chain may be
_MAX_CHAIN = 80
# how long a roster's label may be
_MAX_LABEL = 20
# a header of a group of a list's lines: a short label and a colon (郑州市：, 省直产业工会：)
_HEADER = re.compile(f"[{HAN}（）()]{{2,12}}[：:]")
# how many lines in a row make a roster
MIN_LINES = 2
# a group's label between the lines of one list: characters alone, no mark, no space
_GROUP_LABEL = re.compile(f"[{HAN}“”]+")
# how many lines of a list of people make a frame for one office among them
_MIN_LISTED = 4


@cache
def _surnames() -> tuple[str, ...]:
    return tuple(words("people/surnames.txt"))


@cache
def _labels() -> tuple[str, ...]:
    return tuple(words("pages/roster_labels.txt"))


@cache
def _titles() -> tuple[str, ...]:
    return tuple(sorted(lexicon().titles, key=len, reverse=True))


def roster_line(text: str, known_surname: bool = False) -> tuple[int, int] | None:
    """Where the name of a roster line is (start, end: with its inner spaces), or None
    when ``text`` does not have a roster line's shape; with ``known_surname``, only when
    the name opens with a surname of the list."""
    m = _listed(text, known_surname)
    if m is None or not any(t in m.group("chain") for t in _titles()):
        return None
    lead = len(text) - len(text.lstrip())
    return lead + m.start("name"), lead + m.end("name")


def listed_line(text: str) -> bool:
    """A line of a list of people with the shape of a roster's line but no title in its
    chain (王某（女）　某公司装配车间钳工): a delegate's or a winner's unit and job."""
    return _listed(text, False) is not None


def _listed(text: str, known_surname: bool) -> re.Match[str] | None:
    """The match of a line of "NAME  CHAIN" (the chain holding no sentence), or None."""
    m = _LINE.match(text.strip())
    if m is None:
        return None
    name = re.sub("[ \u3000]", "", m.group("name"))
    chain = m.group("chain")
    if known_surname and not name.startswith(_surnames()):
        return None
    if _BODY_CHARS & set(name) or any(t in name for t in _titles() if len(t) > 1):
        return None
    if len(chain) > _MAX_CHAIN or _SENTENCE_MARKS.search(chain):
        return None
    return m


# the other order: the chain, the space, the name (湖南省某某厅党组成员、副厅长　王某某)
_HOLDER = re.compile(f"^(?P<chain>[{HAN}].*?)[ \u3000\t]+(?P<name>[{HAN}]{{2,4}})$")


def holder_line(text: str) -> bool:
    """A press conference's or a meeting's list of who speaks or attends prints each
    person after the offices held (某省总工会党组成员、副主席　王某某): the chain ends as a
    title does (the name's surname may be a rare one).  Such a line is no title."""
    m = _HOLDER.match(text.strip())
    if m is None or m["name"][-1] in _BODY_CHARS or any(t in m["name"] for t in _titles() if len(t) > 1):
        return False
    chain = m["chain"].strip()
    return len(chain) <= _MAX_CHAIN and not _SENTENCE_MARKS.search(chain) and chain.endswith(_titles())


# a field naming who chaired or spoke, with the offices held: 主持人：王某（某公司党委副书记、工会主席）
_FIELD = re.compile(rf"^[{HAN}]{{2,5}}\s*[:：]\s*(?P<value>.+)$")
_NAME_OFFICES = re.compile(rf"^[{HAN}]{{2,4}}\s*[（(](?P<chain>[^（）()]{{2,60}})[)）]$")


def officeholder_field(text: str) -> bool:
    """A labelled field whose value is a person with the offices held, in brackets after
    the name or before it (主持人：王某（某公司工会主席）, 发布人：某省总工会副主席　王某): the
    particulars of a meeting or a press conference, stating who holds what; no page's
    staff line (责任编辑：王某) however its label reads."""
    m = _FIELD.match(text.strip())
    if m is None:
        return False
    value = m["value"].strip()
    named = _NAME_OFFICES.match(value)
    if named is not None:
        chain = named["chain"].rstrip("等")
        return not _SENTENCE_MARKS.search(chain) and any(chain.endswith(t) for t in _titles())
    return holder_line(value)


def roster_runs(lines: list[str], listed: bool = False) -> list[list[int]]:
    """The indices of ``lines`` that make rosters: runs of roster lines in a row, each run
    with ``MIN_LINES`` or more whose names open with a listed surname (a rare surname
    among them is read too: 巨某某 beside 王某某 and 李某某).  With ``listed``, the lines
    of the same shape without a title stand in the run too (a list of delegates, each
    with a unit and a job, some with an office): they join its roster lines, however few
    of those follow one another, and a run of ``_MIN_LISTED`` such lines or more is a list
    whose one office is read."""
    out: list[list[int]] = []
    run: list[int] = []
    for i, line in enumerate([*lines, None]):
        if line is not None and (roster_line(line) is not None or (listed and listed_line(line))):
            run.append(i)
            continue
        if (
            listed
            and run
            and line is not None
            and _group_label(line)
            and i + 1 < len(lines)
            and listed_line(lines[i + 1])
        ):
            continue  # 台州市先进工作者 between two groups of one list's lines: the list goes on
        titled = sum(roster_line(lines[k], known_surname=True) is not None for k in run)
        if titled >= MIN_LINES or (listed and titled and len(run) >= _MIN_LISTED):
            out.append(run)
        run = []
    return out


def _group_label(line: str) -> bool:
    """A short line naming a group of a list (台州市先进工作者, 女职工委员会): no sentence, no
    name's line, a few characters."""
    t = line.strip()
    return 2 <= len(t) <= _MAX_LABEL and _GROUP_LABEL.fullmatch(t) is not None


def headed_line(line: str) -> int | None:
    """南阳市：张某　某合作社理事长: a list's entry opening with its group's header (a short
    label and a colon), then a roster line whose name opens with a listed surname — one
    such line is an entry of a list, not a sentence's fragment.  Where the entry starts
    after the header; None otherwise."""
    m = _HEADER.match(line)
    if m is None or roster_line(line[m.end() :], known_surname=True) is None:
        return None
    return m.end()


def roster_label(text: str) -> bool:
    """Is ``text`` the label over a roster (领导之窗, 某市总工会领导班子)?"""
    text = text.strip()
    return 0 < len(text) <= _MAX_LABEL and text.endswith(_labels()) and not _SENTENCE_MARKS.search(text)


def roster_blocks(lines: list[Mapped]) -> set[int]:
    """The indices of ``lines`` that belong to a roster, with the label right above one."""
    out: set[int] = set()
    for run in roster_runs([line.text for line in lines]):
        out.update(run)
        if run[0] > 0 and roster_label(lines[run[0] - 1].text):
            out.add(run[0] - 1)
    return out


def closed_name(line: Mapped) -> Mapped:
    """The roster line with its name's spacing closed (陈 刚 -> 陈刚), one space after it."""
    line = line.strip()
    span = roster_line(line.text)
    if span is None:
        return line
    a, b = span
    name = line[a:b].translate_chars(lambda c: "" if c in " \u3000" else c)
    rest = line[b:].strip()
    return Mapped.join(" ", [name, rest])
