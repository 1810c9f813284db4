"""The people of one credit: the names between its role words, read left to right.

Every credit shape of kg.ingest.bylines (a dateline's brackets, a photo credit, a labelled
line, a page's 作者 field) ends in the same run of roles and names (本报记者 宗晓畅 通讯员
高岩, 记者 X 摄像 Y); reading that run is one job, kept here with the record a credit
gives (``Credit``): role words open the reporters' names, camera words the photographers',
a staff label (责任编辑 …) ends the run, and a name is cut from a run by the rules of
kg.ingest.credit_names.
"""

from __future__ import annotations

import functools
from dataclasses import dataclass, field

from kg.ingest import credit_names
from kg.ingest.credit_grammar import grammar as _grammar
from kg.ingest.credit_names import after_job, is_job, role_slot, split_run, unpadded
from kg.lexicon import entries


@dataclass
class Credit:
    """People credited by one byline or photo credit, and where it sits in the text."""

    raw: str
    start: int
    end: int
    reporters: list[str] = field(default_factory=list)
    photographers: list[str] = field(default_factory=list)
    outlet: str | None = None


def people(text: str, shots: list[str] | None = None) -> tuple[list[str], str | None]:
    """Names in a credit, in order, and the outlet prefixed to its first role if any; the
    camera's names of a script (记者 X 摄像 Y) go to ``shots`` (or end the credit)."""
    g = _grammar()
    names: list[str] = []
    into = names
    outlet: str | None = None
    staff = staff_labels()
    pos = 0
    # a run cut in two (柳某某彭某) stands among names the writer set apart (李某讲话 王某 摄):
    # one who separates names writes none together, so the run is a caption's words
    cut_runs: list[list[str]] = []
    last_name_end = -1
    apart = False
    role_end = -1  # where the last role word ended
    while pos < len(text):
        if text[pos] in " 、，,/／":
            pos += 1
            continue
        m = g.role.match(text, pos)  # first: 视频记者 is a role, though 视频： labels staff
        if m:
            if outlet is None and m["ro"]:
                outlet = m["ro"]
            pos = role_end = m.end()
            into = names
            continue
        m = g.shot.match(text, pos)
        if m:
            if shots is None:
                break
            pos = role_end = m.end()
            into = shots
            continue
        if text.startswith(staff, pos):
            break  # （记者 X 责任编辑 Y）: the editor who closes the credits wrote nothing
        m = g.name.match(text, pos)
        if not m:
            break
        if is_job(unpadded(m.group())) and text[m.end() : m.end() + 1] in (" ", "\u3000"):
            pos = role_end = m.end()  # 宣传干事 X 摄: the job before the name, as a role is
            continue
        if credit_names.segment_label(unpadded(m.group())):
            break  # 【记者出镜】, 【记者手记】: a script's or a column's part, no one credited
        glued = after_job(unpadded(m.group()))  # 宣传干事叶鸿福摄: the job, then the name
        cut = ([glued] if glued else split_run(unpadded(m.group()))) or role_slot(text, role_end, m)
        if not cut:
            break  # a word too long for a name (工会宣传部): what follows is no credit
        apart = apart or (last_name_end >= 0 and text[last_name_end:pos].strip(" 、，,") == "" and pos > last_name_end)
        if len(cut) == 2:
            cut_runs.append(cut)
        into.extend(n for n in cut if n not in into)
        pos = last_name_end = m.end()
    if apart:
        names[:] = [n for n in names if not any(n in c for c in cut_runs)]
    return names, outlet


@functools.cache
def staff_labels() -> tuple[str, ...]:
    """责任编辑, 审核 …: labels of staff, longest first (编辑 inside 责任编辑)."""
    return tuple(sorted(entries("credits/staff_labels.txt"), key=len, reverse=True))
