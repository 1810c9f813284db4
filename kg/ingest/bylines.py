"""The grammar of credits: bylines that open an article and photo credits that close one.

Chinese news credits people in a few fixed shapes::

    本报讯（记者 张晶）…           outlet + 讯, people in brackets
    新华社北京3月5日电（记者 王强 李敏）   outlet + place + date + 电
    本报记者 宗晓畅 通讯员 高岩 …       outlet-prefixed roles, names after each role
    实习记者 王辰阳 摄 / 赵亮摄(新华社发) / 本报记者 X 通讯员 Y 摄影报道

so the patterns are built from three word lists (outlets, role words, photo words in
``kg/data/lexicon/credits``) and one rule for names: 2-4 Han characters, or two parts joined by
a middle dot for minority and foreign names, separated by spaces, 、 or ，.  A name
never starts with a role or photo word, which is what splits "宗晓畅 通讯员 高岩".
"""

from __future__ import annotations

import re

from kg.gazetteer import Gazetteer
from kg.ingest import credit_names
from kg.ingest.credit_grammar import CREDIT_MAX, is_staff_label, photo_labels
from kg.ingest.credit_grammar import grammar as _grammar
from kg.ingest.credit_names import is_unit, plausible_name, split_run, unpadded
from kg.ingest.credit_people import Credit
from kg.ingest.credit_people import people as _people
from kg.ingest.credit_people import staff_labels as _staff_labels
from kg.lexicon import entries, words

OUTLET_PREFIXES = "areas/outlet_prefixes.txt"  # 云上, 掌上: a media app's word before its area
_BRACKETED = re.compile(rf"\s*[（(【](?P<inner>[^（）()【】]{{2,{CREDIT_MAX}}})[)）】]")
_SAID_AFTER = re.compile(r"(?<=[\u4e00-\u9fff])\s*报[道导]$")
_UNIT_AFTER = re.compile(r"\s*[（(](?P<unit>[^（）()]{2,20})[)）]\s*$")


def byline_at_start(text: str) -> Credit | None:
    """The byline opening a paragraph (本报讯（记者 张晶）…), or None."""
    if photo_credit_line(text):
        return None  # 本报记者 X 通讯员 Y 摄影报道: the people are credited for photos
    for rx in _grammar().byline:
        m = rx.match(text)
        if not m:
            continue
        groups = m.groupdict()
        shots: list[str] = []
        names, role_outlet = _people(groups["people"], shots) if groups.get("people") else ([], None)
        if groups.get("people") and _grammar().role.search(groups["people"]) is None:
            # 本报讯（工文）: names with no role are names only when they start with a surname
            # (an outlet's short signature is none)
            names = [n for n in names if plausible_name(n)]
        if groups.get("unit_people"):
            # a unit is known by its head word, or by 报道 closing the names
            names = _people(groups["unit_people"])[0]
            if not all(plausible_name(n) for n in names) or not (groups["said"] or is_unit(groups["unit"])):
                continue
        names = [n for n in names if not is_unit(n)]  # 本网讯（区总工会）: a unit wrote it, no person
        names = credit_names.without_place(text, m.end("people"), names) if groups.get("people") else names
        dated = next((groups[g] for g in ("o1", "o2", "o3", "o5", "o6", "o7") if groups.get(g)), None)
        outlet = dated or _named_outlet(groups) or role_outlet
        if not names and not outlet:
            continue
        shot = list(names) if "摄影报道" in m.group() else shots  # （记者 X 摄影报道）: the pictures too
        c = Credit(raw=m.group().strip(), start=0, end=m.end(), reporters=names, photographers=shot, outlet=outlet)
        return c if names else _labelled_after(text, c)
    return None


def _labelled_after(text: str, c: Credit) -> Credit:
    """A dateline's credits written with labels in brackets (某某网讯（图文/X 编辑/Y）):
    read as a labelled line is, the staff among them credited to no one."""
    m = _BRACKETED.match(text, c.end)
    inner = labelled_credit_line(m["inner"]) if m else None
    if m is None or inner is None:
        return c
    return Credit(text[: m.end()].strip(), 0, m.end(), inner.reporters, inner.photographers, c.outlet)


def _named_outlet(groups: dict[str, str | None]) -> str | None:
    """The words before 讯/报道/消息 of a dateline no outlet list knows (云上某某报道：（记者 X））:
    an outlet, unless they are a place with or without a date (郑州讯, 北京3月5日电), which
    says where the news is from, not who wrote it.  A place's name is short: the words
    are an outlet's when no area has them as a name and they open with a media app's
    word (云上, 掌上) or are longer than a place's bare name (two or three characters)."""
    run = groups.get("o4")
    if not run or groups.get("d4") or Gazetteer.default().lookup(run, short=True):
        return None
    return run if len(run) >= 4 or run.startswith(words(OUTLET_PREFIXES)) else None


def _photographers(people: str) -> tuple[list[str], str | None]:
    """Names in a photo credit; without a role word, only those that start with a surname."""
    names, outlet = _people(people)
    if _grammar().role.search(people) is None:
        names = [n for n in names if plausible_name(n)]
    return names, outlet


def photo_credit_line(text: str) -> Credit | None:
    """The whole text is a photo credit (实习记者 王辰阳 摄, 赵亮摄(新华社发) …)."""
    if len(text.strip()) > CREDIT_MAX:
        return None
    m = _grammar().photo.fullmatch(text.strip())
    if not m:
        return None
    names, outlet = _photographers(m["people"])
    if not names:
        return None
    wrote = list(names) if m["both"] else []  # 文/摄: they wrote it too
    return Credit(raw=text.strip(), start=0, end=len(text), reporters=wrote, photographers=names, outlet=outlet)


def trailing_photo_credit(text: str) -> Credit | None:
    """A photo credit closing a paragraph after its last sentence (…参加活动。 X 摄), or a
    caption (活动现场 摄影 X: the label before the names, set off by spaces)."""
    g = _grammar()
    m = g.photo_tail.search(text, max(0, len(text) - CREDIT_MAX))
    # the leftmost start may take the caption's words for names (座谈会现场 X 摄): a later one
    while m is not None and not _photographers(m["people"])[0] and m.start() + 1 < len(text):
        m = g.photo_tail.search(text, m.start() + 1)
    if not m or m.start() == 0:
        m = g.label_tail.search(text, max(0, len(text) - CREDIT_MAX))
        if not m or m.start() == 0:
            return None
        names = _people(m["people"])[0]  # every word a name: 图片　知道　文库　地图 is a row of tabs
        if not names or not all(plausible_name(n) for n in names):
            return None
        return Credit(raw=text[m.start() :].strip(), start=m.start(), end=len(text), photographers=names)
    names, outlet = _photographers(m["people"])
    if not names:
        return None
    wrote = list(names) if m["both"] else []
    return Credit(
        raw=text[m.start() :].strip(),
        start=m.start(),
        end=len(text),
        reporters=wrote,
        photographers=names,
        outlet=outlet,
    )


def people_line(text: str) -> Credit | None:
    """The whole text credits reporters by role (本报记者 X 通讯员 Y, （记者 X）), or by
    报道 after names alone (林某 王某 报道) when each starts with a surname, or names
    marked with their affiliations (a paper's authors)."""
    t = text.strip()
    if len(t) > CREDIT_MAX:
        return None
    unit = _UNIT_AFTER.search(t)  # 通讯员 X（某某区总工会）: the unit is no name
    if unit and is_unit(unit["unit"]):
        t = t[: unit.start()].strip()
    if authors := credit_names.marked_authors(t):  # 宇文某¹，罗某²: a paper's authors
        return Credit(raw=t, start=0, end=len(text), reporters=authors)
    m = _grammar().people_line.fullmatch(t)
    if not m:
        m = _grammar().reported.fullmatch(t)
        if not m or not all(plausible_name(n) for n in _people(m["people"])[0]):
            return None
    shots: list[str] = []
    names, outlet = _people(m["people"], shots)
    names = credit_names.without_place(t, m.end("people"), names)  # (记者 X 某地报道 as a voice-over signs off)
    if not names:
        return None
    return Credit(raw=text.strip(), start=0, end=len(text), reporters=names, photographers=shots, outlet=outlet)


def trailing_people_credit(text: str) -> Credit | None:
    """Reporters credited in brackets after the last sentence (…送进更多企业。（通讯员 X））."""
    m = _grammar().people_tail.search(text, max(0, len(text) - CREDIT_MAX))
    if not m:
        return None
    shots: list[str] = []
    names, outlet = _people(m["people"], shots)
    names = [n for n in names if not is_unit(n)]  # (通讯员 某工宣: a desk's pen name, no person)
    if not names:
        return None
    return Credit(text[m.start() :].strip(), m.start(), len(text), reporters=names, photographers=shots, outlet=outlet)


def labelled_credit_line(text: str) -> Credit | None:
    """A web page's credit line with labels: 文：陶某 图：戴某, 文/X 图/Y, 摄影：Z; a script
    may set its labels in square brackets instead (【记者】X 【摄像】Y)."""
    t = credit_names.units_blanked(_bracketed_labels(text.strip()))  # 撰稿：X（某某办公室）
    bracketed = t != text.strip()  # (【图】活动现场 captions a picture: names must start with a surname)
    g = _grammar()
    if len(t) > CREDIT_MAX:
        return None
    if g.named.fullmatch(t):
        return _named_line(t)
    spaced = not g.labelled.fullmatch(t)
    if spaced and not g.spaced.fullmatch(t):
        return None
    c = Credit(raw=text.strip(), start=0, end=len(text))
    for m in (g.spaced_item if spaced else g.label_item).finditer(t):
        # 编辑｜Z: no one's; 采访、整理：X and 拍摄/剪辑：X share the names (文/图 is one label)
        both = m["label"] in entries("credits/text_photo_suffixes.txt")
        labels = [w for w in ([m["label"]] if both else re.split(r"[、/／]", m["label"])) if not is_staff_label(w)]
        if not labels or m["names"] is None:
            continue  # (a label crediting a unit alone: no person)
        names = [n for n in _people(m["names"])[0] if not is_unit(n)]  # 图：宣传部 credits a unit, no person
        if (spaced or bracketed) and not all(plausible_name(n) for n in names):
            return None  # 图 办公室: a label and a word, no credit
        for label in labels:
            _credit(c, label, names)
    return c if c.reporters or c.photographers else None


def _bracketed_labels(t: str) -> str:
    """【记者】X 【摄像】Y, or （通讯员 X Y 图/Z）, read as 记者：X 摄像：Y, 通讯员：X Y 图/Z (each label
    as long as it was: the credit's offsets stay those of the line)."""
    return _grammar().role_space.sub(r"\1：", _grammar().bracket_label.sub(lambda m: m["label"] + "： ", t))


def _credit(c: Credit, label: str, names: list[str]) -> None:
    """Credit ``names`` by their label: 图 for pictures, 文图 for both, else the text."""
    if label in entries("credits/text_photo_suffixes.txt"):  # 文/图：X wrote and took pictures
        lists = [c.reporters, c.photographers]
    else:
        lists = [c.photographers if label in photo_labels() else c.reporters]
    for into in lists:
        into.extend(n for n in names if n not in into)


def _named_line(t: str) -> Credit | None:
    """林某/文 王某/图: the names before each label, each starting with a surname."""
    c = Credit(raw=t, start=0, end=len(t))
    for m in _grammar().named_item.finditer(t):
        names = _people(m["names"])[0]
        if not names or not all(plausible_name(n) for n in names):
            return None
        _credit(c, m["label"], names)
    return c if c.reporters or c.photographers else None


def closing_labelled(text: str) -> Credit | None:
    """文字：X 图片：Y after the last sentence of a paragraph (…创新能力。 文字：X 图片：Y 审核：Z):
    the article's credits; what follows them on the line (editors, a site's injected
    lines) holds no sentence and goes with them."""
    for m in _grammar().labelled_tail.finditer(text):
        if any(p in text[m.end() :] for p in "。！？"):
            continue
        c = labelled_credit_line(m["run"])
        if c is not None:
            return Credit(
                raw=m["run"], start=m.start(), end=len(text), reporters=c.reporters, photographers=c.photographers
            )
    return None


def author_credit(value: str) -> Credit | None:
    """The people of a page's 作者 field: by role, where a photo label (摄影, 图) names
    photographers (记者X 摄影Y 通讯员Z), or names alone when the first starts with a
    surname (作者：常某某 晓某: pen names may follow; 作者：某某报刊社 names no one)."""
    t = _SAID_AFTER.sub("", value.strip())  # 记者 X 通讯员 Y 报道: the report word credits no one
    if len(t) > CREDIT_MAX:
        return None
    unit = _UNIT_AFTER.search(t)  # 作者：X（某某区总工会）: the author's unit is no name
    if unit and is_unit(unit["unit"]):
        t = t[: unit.start()].strip()
    first = t.split(maxsplit=1)
    if len(first) == 2 and is_unit(first[0]):  # 作者：某某区总工会 X: nor before the names
        t = first[1]
    if _grammar().names.fullmatch(t):
        names, _ = _people(t)
        if not names or not plausible_name(names[0]):
            return None
        return Credit(raw=t, start=0, end=len(t), reporters=names)
    return _roled_field(t) or photo_credit_line(t)  # (通讯员 X Y 文/图: they took the pictures too)


def _roled_field(t: str) -> Credit | None:
    """记者X 摄影Y 通讯员Z: each role or photo label credits the names after it; the whole
    field must be read so, or it credits no one."""
    g = _grammar()
    c = Credit(raw=t, start=0, end=len(t))
    into: list[str] | None = None
    pos = 0
    while pos < len(t):
        if t[pos].isspace() or t[pos] in "、，,/／:：｜|丨":  # (a post's bar: 摄影｜Y)
            pos += 1
            continue
        m = g.role.match(t, pos)  # first: 摄影记者 is a reporter's role
        if m:
            into, pos = c.reporters, m.end()
            continue
        m = g.photo_label.match(t, pos)
        if m:
            into, pos = c.photographers, m.end()
            continue
        if t.startswith(_staff_labels(), pos) and re.match(r"[^\s:：]*\s*[:：]", t[pos:]):
            break  # 摄影：Y 审核：Z: the staff who checked it follow, credited to no one
        m = g.name.match(t, pos)
        if m and into is None and is_unit(m.group()):
            pos = m.end()  # 作者：校工会 宣传部 摄影：Y: a unit wrote it, no person
            continue
        if not m or (into is None and not plausible_name(m.group())):
            return None
        run = split_run(unpadded(m.group()))
        if not run:
            return None  # a word too long for a name (区工会代表大会…): a headline, no field of names
        into = c.reporters if into is None else into  # 作者：X 摄影：Y: the author's own names first
        into.extend(n for n in run if n not in into)
        pos = m.end()
    return c if c.reporters or c.photographers else None


def closing_names(text: str) -> Credit | None:
    """Names alone in brackets after an article's last sentence (…保驾护航。（刘某某））:
    its reporters, when every name starts with a surname."""
    m = _grammar().names_tail.search(text, max(0, len(text) - CREDIT_MAX))
    if not m:
        return None
    names, _ = _people(m["people"])
    if not names or not all(credit_names.closing_name(n) and not _signature(n) for n in names):
        return None
    return Credit(raw=text[m.start() :].strip(), start=m.start(), end=len(text), reporters=names)


def _signature(name: str) -> bool:
    """Two characters ending as a unit's short signature does (某工, 某宣): no writer."""
    return len(name) == 2 and name.endswith(words("credits/signature_finals.txt"))


def is_credit(text: str) -> bool:
    """Whether a whole line is a credit of any kind, a unit's alone too: never a headline or prose."""
    t = text.strip()
    return bool(photo_credit_line(t) or people_line(t) or labelled_credit_line(t) or _grammar().labelled.fullmatch(t))
