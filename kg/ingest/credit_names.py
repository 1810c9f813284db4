"""Which runs of a credit are people's names: a name starts with a surname (or is
transliterated, in parts between dots), a unit's name (区总工会) is none, and a run too
long for one name is two written together or, alone in a role's slot, one long name.

Kept apart from :mod:`kg.ingest.bylines`, which reads the credits' shapes.
"""

from __future__ import annotations

import functools
import re

from kg.gazetteer import Gazetteer
from kg.ingest.credit_grammar import NAME_DOTS, grammar
from kg.ingest.name_syllables import syllable_name
from kg.lexicon import entries, table, words


def split_run(run: str) -> list[str]:
    """One name, or two or three written together without a space (柳某某彭某 in
    记者柳某某彭某通讯员…): a run too long for one name is cut where every part has 2-3
    characters and starts with a surname; when no cut or more than one fits, the run names no one.  A Mongolian or
    Tibetan name (才仁道尔吉) is one name however long: it is made of name words."""
    if len(run) <= 4 or any(d in run for d in NAME_DOTS) or syllable_name(run):
        return [run]
    cuts = [
        [run[:i], run[i:]]
        for i in (2, 3)
        if 2 <= len(run) - i <= 3 and plausible_name(run[:i]) and plausible_name(run[i:])
    ]
    if not cuts and len(run) >= 6:  # 王小明李大伟张三: three names written together, cut one way
        cuts = [
            [run[:i], run[i:j], run[j:]]
            for i in (2, 3)
            for j in (i + 2, i + 3)
            if 2 <= len(run) - j <= 3 and all(plausible_name(p) for p in (run[:i], run[i:j], run[j:]))
        ]
    return cuts[0] if len(cuts) == 1 else []


def role_slot(text: str, role_end: int, m: re.Match[str]) -> list[str]:
    """A run too long for a name that cannot be cut in two, alone between a role word and
    the credit's end or its next role (通讯员 才仁道尔吉 摄): the one person the role
    credits, whose name, transliterated without dots, runs long.  Elsewhere such a run names no one, and so
    does one that two surnames could open (two names written together, cut no one way)."""
    run = unpadded(m.group())
    rest = text[m.end() :].strip(" 、，,")
    alone = role_end >= 0 and not text[role_end : m.start()].strip() and (not rest or grammar().role.match(rest))
    two = any(plausible_name(run[:i]) and plausible_name(run[i:]) for i in range(2, len(run) - 1))
    return [run] if alone and not two and not is_unit(run) else []


def unpadded(name: str) -> str:
    """王  强 as the name 王强: print pads a two-character name with spaces."""
    return name.replace(" ", "").replace("\u3000", "")


@functools.cache
def _job_words() -> tuple[str, ...]:
    """Job words and offices (干事, 委员, 主任), longest first."""
    jobs = [*words("credits/job_words.txt"), *(row[0] for row in table("posts/titles.tsv", header=True))]
    return tuple(sorted(set(jobs), key=len, reverse=True))


def is_job(run: str) -> bool:
    """Whether the run ends as a job or an office does (宣传干事, 宣传委员, 办公室主任): the
    person's job written before the name in a credit (宣传干事 X 摄), no name itself."""
    return run.endswith(_job_words())


def after_job(run: str) -> str | None:
    """The name a job is glued to in a credit's run (宣传干事叶鸿福摄, 办公室主任聂远航 供图:
    no space between the job and the name), else None: the rest after the longest head
    ending as a job does (``is_job``), when it is a name of two or three characters (four
    with a compound surname) that is no job itself."""
    for k in range(len(run) - 2, 1, -1):
        head, rest = run[:k], run[k:]
        longest = 4 if rest[:2] in _surnames() else 3
        if len(rest) <= longest and is_job(head) and plausible_name(rest) and not is_job(rest):
            return rest
    return None


def is_unit(name: str) -> bool:
    """Whether the run ends as a unit's name does (区总工会, 宣传部): no person."""
    return name.endswith(words("credits/unit_heads.txt"))


def plausible_name(name: str) -> bool:
    """A name starts with a surname, unless transliterated (parts between dots, or the name
    words of a Mongolian or Tibetan name)."""
    if any(d in name for d in NAME_DOTS) or syllable_name(name):
        return True
    if is_unit(name):
        return False  # 区总工会: a unit whose name starts with a surname
    known = _surnames()
    return name[:2] in known or name[0] in known


def stage_direction(run: str) -> bool:
    """A host script's stage direction in brackets (宣读完毕, 全体起立): an act closed by a
    word of the stage (``credits/stage_words.txt``), no name though it open with a surname."""
    return len(run) > 2 and run.endswith(words("credits/stage_words.txt"))


def closing_name(name: str) -> bool:
    """A name alone in brackets after the last sentence (…保驾护航。（刘某某））: a name by
    :func:`plausible_name`, of four characters only with a compound surname or made of name
    words: a stage direction in brackets (（宣读完毕）, （全体起立）) opens with a surname's
    character too, and runs to four."""
    if not plausible_name(name) or stage_direction(name):
        return False
    return len(name) < 4 or name[:2] in _surnames() or any(d in name for d in NAME_DOTS) or syllable_name(name)


@functools.cache
def _surnames() -> frozenset[str]:
    return frozenset(words("people/surnames.txt"))


_UNIT_AFTER_NAME = re.compile(r"(?<=[\u4e00-\u9fff])[（(](?P<unit>[^（）()]{2,20})[)）]")


def units_blanked(text: str) -> str:
    """A credit line with each writer's unit in brackets after a name (撰稿：X（某某办公室）
    摄影：Y) blanked out, as long as it was (the credit's offsets stay those of the line):
    the unit is no name, and the next label still opens its own names."""
    return _UNIT_AFTER_NAME.sub(lambda m: " " * len(m.group()) if is_unit(m["unit"]) else m.group(), text)


def segment_label(run: str) -> bool:
    """A word after a role that names a part of a script or a column (【记者出镜】,
    【记者手记】, 记者 X 出镜): the part's label, no person.  Told by the list alone: a
    name glued to its role need not start with a surname (（记者扎西））."""
    return run in entries("credits/report_parts.txt")


_REPORTED = ("报道", "报导")
_AREA_ENDS = ("省", "市", "区", "县", "旗", "州", "盟", "镇", "乡", "街道")


def reported_from(text: str, end: int, name: str) -> bool:
    """Whether ``name``, the last of a credit's names ending at ``end`` in ``text``, is the
    place it was reported from: set off by a space, glued to 报道 (记者 X 成都报道, 记者 X
    武侯区报道), and an area's name, whole or bare (记者 X 李某报道 names 李某)."""
    start = end - len(name)
    if start <= 0 or text[start:end] != name or not text[start - 1].isspace():
        return False
    if not text.startswith(_REPORTED, end):
        return False
    return name.endswith(_AREA_ENDS) or bool(Gazetteer.default().lookup(name, short=True))


def without_place(text: str, end: int, names: list[str]) -> list[str]:
    """A credit's names ending at ``end`` without the place it was reported from: a name of
    its own (记者 X 成都报道, :func:`reported_from`), or an area's bare name glued after the
    last person's (【记者王某某台南报导】: 王某某, reported from 台南), when what is left is a
    person's name."""
    if len(names) >= 2 and reported_from(text, end, names[-1]):
        return names[:-1]
    glued = len(names) >= 2 and text.endswith(names[-2] + names[-1], 0, end) and text.startswith(_REPORTED, end)
    if glued and (names[-1].endswith(_AREA_ENDS) or Gazetteer.default().lookup(names[-1], short=True)):
        return names[:-1]  # (记者王某高雄报导, read as two names: the second is the place)
    last = names[-1] if names else ""
    if len(last) < 4 or text[end - len(last) : end] != last or not text.startswith(_REPORTED, end):
        return names
    for k in range(2, len(last) - 1):  # (the person's name first, at least two characters)
        place = last[k:]
        if plausible_name(last[:k]) and (place.endswith(_AREA_ENDS) or Gazetteer.default().lookup(place, short=True)):
            return [*names[:-1], last[:k]]
    return names


# a paper's byline marks each author with the number of an affiliation listed under it
# (宇文某¹，罗某², 张某¹,²*: superscripts, or plain digits as a PDF's text gives them, a star
# for the corresponding author)
_AFFILIATION = r"(?:[¹²³⁴⁵⁶⁷⁸⁹⁰]+|[1-9])(?:[,，][¹²³⁴⁵⁶⁷⁸⁹⁰1-9]+)*[*＊∗]?"
_MARKED_AUTHOR = re.compile(rf"(?P<name>[\u4e00-\u9fff]{{2,4}})\s*(?P<marks>{_AFFILIATION})?")
_MARKED_LINE = re.compile(
    rf"\s*[\u4e00-\u9fff]{{2,4}}\s*(?:{_AFFILIATION})?(?:\s*[，,、；;]\s*[\u4e00-\u9fff]{{2,4}}\s*(?:{_AFFILIATION})?)*\s*"
)


def marked_authors(text: str) -> list[str]:
    """The authors of a paper's byline (宇文某¹，罗某²): names alone, apart by commas, each
    starting with a surname, one at least marked with its affiliation's number; else []."""
    if _MARKED_LINE.fullmatch(text) is None:
        return []
    found = list(_MARKED_AUTHOR.finditer(text))
    if not any(m["marks"] for m in found) or not all(plausible_name(m["name"]) for m in found):
        return []
    return [m["name"] for m in found]
