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

import functools
import re
from dataclasses import dataclass, field

from kg.lexicon import alternation, chars, entries, words

HAN = f"[{chars.HAN}]"
_DOT = r"[·•・‧]"
_SEP = r"[ 、，,]"
_DECOR = r"[■●◆▲★□◇]?\s*"  # bullets some papers put before a byline
_DATE = r"(?:\d{1,2}月)?\d{1,2}日"
_OPEN = r"[（(]"
_CLOSE = r"[)）]"
# Credits are short; longer text is never one, and is not searched beyond this tail.
CREDIT_MAX = 60


@dataclass
class Credit:
    """People credited by one byline or photo credit, and where it sits in the text."""

    raw: str
    start: int
    end: int
    reporters: list[str] = field(default_factory=list)
    photographers: list[str] = field(default_factory=list)
    outlet: str | None = None


@dataclass(frozen=True)
class _Grammar:
    role: re.Pattern[str]  # one role (with optional outlet), for tokenising
    name: re.Pattern[str]
    byline: tuple[re.Pattern[str], ...]
    photo: re.Pattern[str]  # fullmatch: the whole text is a photo credit
    photo_tail: re.Pattern[str]  # search: a photo credit closing the text
    people_line: re.Pattern[str]  # fullmatch: the whole text credits reporters
    people_tail: re.Pattern[str]  # search: （通讯员 X） closing a paragraph
    labelled: re.Pattern[str]  # fullmatch: 文：X 图：Y
    labelled_tail: re.Pattern[str]  # search: 文字：X 图片：Y after a paragraph's last sentence
    names: re.Pattern[str]  # fullmatch: names alone (张三 李四)
    names_tail: re.Pattern[str]  # search: （张三） closing an article
    label_tail: re.Pattern[str]  # search: 摄影 张三 closing a caption
    label_item: re.Pattern[str]  # one "label：names" of such a line
    photo_label: re.Pattern[str]  # match: 摄影 / 图： before a photographer's name


@functools.cache
def _grammar() -> _Grammar:
    roles = alternation("credits/credit_roles.txt")
    known = alternation("credits/outlets.txt")
    suffix = alternation("credits/photo_suffixes.txt")
    both = alternation("credits/text_photo_suffixes.txt")
    # any outlet: a run of Han characters ending in an outlet's head (某某晚报, 某某客户端)
    generic = rf"{HAN}{{1,8}}?(?:{alternation('credits/outlet_heads.txt')})"
    # an outlet may name a second one in brackets: 某某日报（某某网）讯
    second = rf"(?:{_OPEN}{HAN}{{2,10}}{_CLOSE})?"
    outlet = rf"(?:{known}|{generic}){second}"
    # one-character words (讯, 电) close a dateline alone; longer ones (报道, 消息) only
    # before the bracketed credits, else 本报记者张三报道 would be an outlet's dateline
    short = "|".join(w for w in entries("credits/dateline_words.txt") if len(w) == 1)
    long_ = "|".join(w for w in entries("credits/dateline_words.txt") if len(w) > 1)
    said = rf"(?:{short}|(?:{long_})\s*[:：]?(?=\s*{_OPEN}))"
    nchar = rf"(?:(?!{roles}|{suffix}|{both}|报道){HAN})"
    # 5-6 characters are two names written together (张三李小四); _people splits them
    name = rf"(?:{nchar}{{1,4}}{_DOT}{nchar}{{1,6}}|{nchar}{{2,6}})"
    # a role may be followed by a colon inside brackets: （通讯员：X）
    role = rf"(?:(?P<ro>{outlet}(?:\s*[-－—–]\s*{outlet})?)\s*)?(?:{roles})(?:\s*[:：])?"
    role_plain = rf"(?:{outlet}(?:\s*[-－—–]\s*{outlet})?\s*)?(?:{roles})(?:\s*[:：])?"
    # Names are separated; only a role word may follow a name directly (宗晓畅通讯员高岩).
    # Every further group starts with a role, so a list of names splits one way only:
    # an ambiguous split would make failing matches backtrack exponentially.
    names = rf"{name}(?:{_SEP}+{name})*"
    more = rf"(?:{_SEP}*{role_plain}\s*{names})*"
    people = rf"(?:{role_plain}\s*)?{names}{more}"
    people_role = rf"{role_plain}\s*{names}{more}"
    dateline = (
        rf"(?:(?P<o1>{known}){second}{HAN}{{0,8}}?(?:{_DATE})?{said}"
        rf"|(?P<o2>{generic}){second}{HAN}{{0,8}}?{_DATE}{said}"
        rf"|(?P<o3>{generic}){second}{said}(?=\s*{_OPEN})"
        # a place dateline (郑州讯, 北京3月5日电) counts when bracketed credits follow
        rf"|{HAN}{{2,8}}?(?:{_DATE})?{said}(?=\s*{_OPEN}\s*{role_plain}))"
    )
    report = r"(?:\s*报道)?"
    not_photo = rf"(?!\s*(?:{suffix}))"  # 本报记者 曹立栋 摄 is a photo credit, not a byline
    byline = (
        # the reporter's unit before the names, closed by 报道: 本网讯（工会办公室 张三 报道）
        rf"^{_DECOR}{dateline}\s*{_OPEN}\s*{HAN}{{2,12}}\s+(?P<unit_people>{names})\s*报道\s*{_CLOSE}",
        rf"^{_DECOR}{dateline}\s*{_OPEN}\s*(?P<people>{people}){report}\s*{_CLOSE}",
        rf"^{_DECOR}{dateline}\s*(?P<people>{people_role}){report}(?=\s|$){not_photo}",
        rf"^{_DECOR}{dateline}",
        rf"^{_DECOR}{_OPEN}\s*(?P<people>{people_role}){report}\s*{_CLOSE}",
        rf"^{_DECOR}(?P<people>{role}\s*{names}{more}){report}(?=\s|$){not_photo}",
    )
    # "…拍摄" (to film) ends many a caption-less sentence: 拍 before 摄 is a verb, not a name.
    photo = (
        rf"[（(【]?\s*(?P<people>{people})\s*[/／]?\s*(?<!拍)(?:(?P<both>{both})|(?P<suffix>{suffix}))"
        rf"(?:\s*{_OPEN}\s*(?P<via>{outlet})发\s*{_CLOSE})?\s*[)）】]?"
    )
    labels = "|".join(
        x
        for x in (alternation("credits/text_credit_labels.txt"), alternation("credits/photo_credit_labels.txt"), roles)
    )
    # the names of one label stop where the next label opens (文字:X 图片:Y: 图片 is no name)
    label_names = rf"{name}(?:{_SEP}+(?!(?:{labels})\s*[:：/／]){name})*"
    item = rf"(?P<label>{labels})\s*[:：/／]\s*(?P<names>{label_names})"
    item_plain = rf"(?:{labels})\s*[:：/／]\s*{label_names}"
    labelled = rf"[（(【\[]?\s*{item_plain}(?:\s*[，,;；]?\s*{item_plain})*\s*[)）】\]]?"
    return _Grammar(
        role=re.compile(role),
        name=re.compile(name),
        byline=tuple(re.compile(p) for p in byline),
        photo=re.compile(photo),
        photo_tail=re.compile(rf"(?:^|(?<=[。！？…”』）)\s]))\s*{photo}$"),
        people_line=re.compile(rf"[（(]?\s*(?P<people>{people_role}){report}\s*[)）]?"),
        people_tail=re.compile(rf"(?<=[。！？…”』])\s*{_OPEN}\s*(?P<people>{people_role}){report}\s*{_CLOSE}\s*$"),
        labelled=re.compile(labelled),
        labelled_tail=re.compile(rf"(?<=[。！？…”』])\s*(?P<run>{item_plain}(?:\s*[，,;；]?\s*{item_plain})*)(?=\s|$)"),
        names=re.compile(names),
        label_tail=re.compile(
            rf"(?:^|(?<=\s))(?:{alternation('credits/photo_credit_labels.txt')})\s+(?P<people>{names})\s*$"
        ),
        names_tail=re.compile(rf"(?:^|(?<=[。！？…”』]))\s*{_OPEN}\s*(?P<people>{names})\s*{_CLOSE}\s*$"),
        label_item=re.compile(item),
        photo_label=re.compile(rf"(?:{alternation('credits/photo_credit_labels.txt')})(?:\s*[:：/／])?"),
    )


def _people(text: str) -> tuple[list[str], str | None]:
    """Names in a credit, in order, and the outlet prefixed to its first role if any."""
    g = _grammar()
    names: list[str] = []
    outlet: str | None = None
    pos = 0
    while pos < len(text):
        if text[pos] in " 、，,/／":
            pos += 1
            continue
        m = g.role.match(text, pos)
        if m:
            if outlet is None and m["ro"]:
                outlet = m["ro"]
            pos = m.end()
            continue
        m = g.name.match(text, pos)
        if not m:
            break
        cut = _split_run(m.group())
        if not cut:
            break  # a word too long for a name (工会宣传部): what follows is no credit
        names.extend(n for n in cut if n not in names)
        pos = m.end()
    return names, outlet


def byline_at_start(text: str) -> Credit | None:
    """The byline opening a paragraph (本报讯（记者 张晶）…), or None."""
    if photo_credit_line(text):
        return None  # 本报记者 X 通讯员 Y 摄影报道: the people are credited for photos
    for rx in _grammar().byline:
        m = rx.match(text)
        if not m:
            continue
        groups = m.groupdict()
        names, role_outlet = _people(groups["people"]) if groups.get("people") else ([], None)
        if groups.get("unit_people"):
            names = _people(groups["unit_people"])[0]
            if not all(_plausible_name(n) for n in names):
                continue
        outlet = groups.get("o1") or groups.get("o2") or groups.get("o3") or role_outlet
        if not names and not outlet:
            continue
        return Credit(raw=m.group().strip(), start=0, end=m.end(), reporters=names, outlet=outlet)
    return None


def _split_run(run: str) -> list[str]:
    """One name, or two written together without a space (柳某某彭某 in 记者柳某某彭某通讯员…):
    a run too long for one name is cut where both parts have 2-3 characters and start
    with a surname; when no cut or more than one fits, the run names no one."""
    if len(run) <= 4 or any(d in run for d in "·•・‧"):
        return [run]
    cuts = [
        [run[:i], run[i:]]
        for i in (2, 3)
        if 2 <= len(run) - i <= 3 and _plausible_name(run[:i]) and _plausible_name(run[i:])
    ]
    return cuts[0] if len(cuts) == 1 else []


def _plausible_name(name: str) -> bool:
    if any(d in name for d in "·•・‧"):
        return True
    surnames = frozenset(words("people/surnames.txt"))
    return name[:2] in surnames or name[0] in surnames


def _photographers(people: str) -> tuple[list[str], str | None]:
    """Names in a photo credit; without a role word, only those that start with a surname."""
    names, outlet = _people(people)
    if _grammar().role.search(people) is None:
        names = [n for n in names if _plausible_name(n)]
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
    if not m or m.start() == 0:
        m = g.label_tail.search(text, max(0, len(text) - CREDIT_MAX))
        if not m or m.start() == 0:
            return None
        names = [n for n in _people(m["people"])[0] if _plausible_name(n)]
        if not names:
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
    """The whole text credits reporters by role (本报记者 X 通讯员 Y, （记者 X）)."""
    if len(text.strip()) > CREDIT_MAX:
        return None
    m = _grammar().people_line.fullmatch(text.strip())
    if not m:
        return None
    names, outlet = _people(m["people"])
    if not names:
        return None
    return Credit(raw=text.strip(), start=0, end=len(text), reporters=names, outlet=outlet)


def trailing_people_credit(text: str) -> Credit | None:
    """Reporters credited in brackets after the last sentence (…送进更多企业。（通讯员 X））."""
    m = _grammar().people_tail.search(text, max(0, len(text) - CREDIT_MAX))
    if not m:
        return None
    names, outlet = _people(m["people"])
    if not names:
        return None
    return Credit(raw=text[m.start() :].strip(), start=m.start(), end=len(text), reporters=names, outlet=outlet)


def labelled_credit_line(text: str) -> Credit | None:
    """A web page's credit line with labels: 文：陶某 图：戴某, 文/X 图/Y, 摄影：Z."""
    t = text.strip()
    g = _grammar()
    if len(t) > CREDIT_MAX or not g.labelled.fullmatch(t):
        return None
    photo_labels = set(entries("credits/photo_credit_labels.txt"))
    c = Credit(raw=t, start=0, end=len(text))
    for m in g.label_item.finditer(t):
        names, _ = _people(m["names"])
        into = c.photographers if m["label"] in photo_labels else c.reporters
        into.extend(n for n in names if n not in into)
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
    t = value.strip()
    if len(t) > CREDIT_MAX:
        return None
    if _grammar().names.fullmatch(t):
        names, _ = _people(t)
        if not names or not _plausible_name(names[0]):
            return None
        return Credit(raw=t, start=0, end=len(t), reporters=names)
    return _roled_field(t)


def _roled_field(t: str) -> Credit | None:
    """记者X 摄影Y 通讯员Z: each role or photo label credits the names after it; the whole
    field must be read so, or it credits no one."""
    g = _grammar()
    c = Credit(raw=t, start=0, end=len(t))
    into: list[str] | None = None
    pos = 0
    while pos < len(t):
        if t[pos] in " 、，,/／:：":
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
        m = g.name.match(t, pos)
        if not m or into is None:
            return None
        into.extend(n for n in _split_run(m.group()) if n not in into)
        pos = m.end()
    return c if c.reporters or c.photographers else None


def closing_names(text: str) -> Credit | None:
    """Names alone in brackets after an article's last sentence (…保驾护航。（刘某某））:
    its reporters, when every name starts with a surname."""
    m = _grammar().names_tail.search(text, max(0, len(text) - CREDIT_MAX))
    if not m:
        return None
    names, _ = _people(m["people"])
    if not names or not all(_plausible_name(n) for n in names):
        return None
    return Credit(raw=text[m.start() :].strip(), start=m.start(), end=len(text), reporters=names)


def is_credit(text: str) -> bool:
    """Whether a whole line is a credit of any kind (it is never a headline or prose)."""
    return bool(photo_credit_line(text) or people_line(text) or labelled_credit_line(text))
