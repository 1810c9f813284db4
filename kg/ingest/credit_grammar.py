"""The patterns of credits (see :mod:`kg.ingest.bylines`, which reads them): outlets,
datelines, roles, names and labels, built once from the word lists in
``kg/data/lexicon/credits``.  Kept apart from the reading so that each stays short.
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass

from kg.lexicon import alternation, alternation_of, chars, entries, table

HAN = f"[{chars.HAN}]"
# the dots between the parts of a transliterated name; a full stop typed for the middle dot
# too (热孜万古丽.阿不拉), as sites entering names by hand write it
NAME_DOTS = "·•・‧.．"
_DOT = f"[{re.escape(NAME_DOTS)}]"
_SEP = r"[ 、，,]"
_DECOR = r"[■●◆▲★□◇◎○☆△▶►]?\s*"  # bullets some papers put before a byline
_DATE = r"(?:\d{1,2}月)?\d{1,2}日"
# round brackets, or the square ones of some sites and of Hong Kong papers (【记者 X 报道】)
_OPEN = r"[（(【]"
_CLOSE = r"[)）】]"
# a media group's Latin initials (YMG, SMG), written for its outlet before a reporter's role
_INITIALS = r"[A-Z]{2,6}"
# 报道, or 报导 as traditional pages write it (converted, it stays 报导); 供稿 closes a
# contributor's credit as 报道 closes a reporter's (（通讯员 X 供稿）)
_REPORT = r"(?:报[道导]|供稿)"
# a label and its names: 文：X, 文/X, and on WeChat posts 文｜X, 文 | X
_LSEP = r"[:：/／｜|丨]"
# Credits are short; longer text is never one, and is not searched beyond this tail.
CREDIT_MAX = 60


@dataclass(frozen=True)
class Grammar:
    role: re.Pattern[str]  # one role (with optional outlet), for tokenising
    name: re.Pattern[str]
    byline: tuple[re.Pattern[str], ...]
    photo: re.Pattern[str]  # fullmatch: the whole text is a photo credit
    photo_tail: re.Pattern[str]  # search: a photo credit closing the text
    people_line: re.Pattern[str]  # fullmatch: the whole text credits reporters
    people_tail: re.Pattern[str]  # search: （通讯员 X） closing a paragraph
    labelled: re.Pattern[str]  # fullmatch: 文：X 图：Y
    named: re.Pattern[str]  # fullmatch: X/文 Y/图, the names before their labels
    named_item: re.Pattern[str]  # one "names/label" of such a line
    reported: re.Pattern[str]  # fullmatch: X 报道, names alone before the report word
    spaced: re.Pattern[str]  # fullmatch: 文 X 图 Y, 摄影 X
    spaced_item: re.Pattern[str]  # one "label names" of such a line
    labelled_tail: re.Pattern[str]  # search: 文字：X 图片：Y after a paragraph's last sentence
    names: re.Pattern[str]  # fullmatch: names alone (张三 李四)
    names_tail: re.Pattern[str]  # search: （张三） closing an article
    label_tail: re.Pattern[str]  # search: 摄影 张三 closing a caption
    label_item: re.Pattern[str]  # one "label：names" of such a line
    credit_label: re.Pattern[str]  # search: any credit's label and its colon (摄影：, 通讯员：)
    bracket_label: re.Pattern[str]  # search: a credit's label in square brackets (【记者】X)
    role_space: re.Pattern[str]  # match: a role and a space opening labelled items (（通讯员 X 图/Y）)
    photo_label: re.Pattern[str]  # match: 摄影 / 图： before a photographer's name
    shot: re.Pattern[str]  # search: 摄像 opening the camera's names of a script (记者 X 摄像 Y)


# a staff label after the words of what the staff worked on (展览总策划, 展陈设计, 美术编辑)
QUALIFIED_STAFF = rf"{HAN}{{1,3}}?(?:{alternation('credits/staff_labels.txt')})"


def is_staff_label(label: str) -> bool:
    """Whether a credit line's label names staff, credited to no one: a staff label (审稿),
    or one qualified by what they worked on (展览总策划), unless it is a credit's own label
    (文字实录编辑 is a writer's)."""
    credits = ("credits/text_credit_labels.txt", "credits/photo_credit_labels.txt", "credits/text_photo_suffixes.txt")
    if any(label in entries(f) for f in credits):
        return False
    return label in entries("credits/staff_labels.txt") or re.fullmatch(QUALIFIED_STAFF, label) is not None


@functools.cache
def photo_labels() -> frozenset[str]:
    """Labels whose names took the pictures: before the names (摄影：X) or after them
    (X 摄, X 摄影)."""
    return frozenset([*entries("credits/photo_credit_labels.txt"), *entries("credits/photo_suffixes.txt")])


@functools.cache
def grammar() -> Grammar:
    # a rank may open any role (首席摄影记者, 资深记者)
    # a stationed reporter names the place of the station before the role (本报驻甘肃记者 X)
    station = rf"(?:(?:{alternation('credits/station_marks.txt')}){HAN}{{1,6}}?)?"
    role_words = alternation("credits/credit_roles.txt")
    roles = rf"{station}(?:{alternation('credits/role_ranks.txt')})?(?:{role_words})"
    known = alternation("credits/outlets.txt")
    suffix = alternation("credits/photo_suffixes.txt")
    both = alternation("credits/text_photo_suffixes.txt")
    # any outlet: a run of Han characters ending in an outlet's head (某某晚报, 某某客户端)
    generic = rf"{HAN}{{1,8}}?(?:{alternation('credits/outlet_heads.txt')})"
    # an outlet may name a second one in brackets: 某某日报（某某网）讯
    second = rf"(?:{_OPEN}{HAN}{{2,10}}{_CLOSE})?"
    # a group's Latin initials stand for its outlet before a role (YMG全媒体记者 X)
    outlet = rf"(?:{known}|{generic}|{_INITIALS}){second}"
    # one-character words (讯, 电) close a dateline alone; longer ones (报道, 消息) only
    # before the bracketed credits, else 本报记者张三报道 would be an outlet's dateline
    short = "|".join(w for w in entries("credits/dateline_words.txt") if len(w) == 1)
    long_ = "|".join(w for w in entries("credits/dateline_words.txt") if len(w) > 1)
    # (讯 of 通讯员 ends no dateline: 本报通讯员 X is a role and its names)
    said = rf"(?:(?:{short})(?!员)|(?:{long_})\s*[:：]?(?=\s*{_OPEN}))"
    # (a name stops at a role's own word: the station and rank before it would make every
    # character's lookahead, and the compiled pattern, many times longer)
    # (nor at a word saying what kind of report it is, glued to 报道: 记者 X 现场报道)
    kinds = rf"(?:{alternation('credits/report_kinds.txt')}){_REPORT}"
    nchar = rf"(?:(?!{role_words}|{suffix}|{both}|{_REPORT}|{kinds}){HAN})"
    # 5-6 characters are two names written together (张三李小四); 7-9 three (张三李小四王五)
    # when each part opens with a surname; _people splits them
    surname = alternation_of(entries("people/surnames.txt"))
    three = rf"(?:(?={surname}){nchar}{{2,3}}){{3}}(?!{nchar})"
    # a two-character name is padded to the width of three in print (王  强): one name
    padded = rf"{nchar}[ \u3000]{{1,3}}{nchar}(?!{HAN})"
    # a transliterated name runs longer, in parts between dots (伊帕尔古丽·伊敏, A·B·C)
    # a job glued before a name runs longer too (宣传干事叶鸿福摄): _people cuts the job off
    titles = (row[0] for row in table("posts/titles.tsv", header=True))
    jobs = alternation_of({*entries("credits/job_words.txt"), *titles})
    glued = rf"{nchar}{{0,6}}?(?:{jobs}){nchar}{{2,4}}(?!{nchar})"
    name = rf"(?:{nchar}{{1,7}}(?:{_DOT}{nchar}{{1,7}}){{1,2}}|{glued}|{three}|{nchar}{{2,6}}|{padded})"
    # a role may be followed by a colon inside brackets: （通讯员：X）, or by the underscore
    # some sites print for a space (记者_X)
    role = rf"(?:(?P<ro>{outlet}(?:\s*[-－—–]\s*{outlet})?)\s*)?(?:{roles})(?:\s*[:：]|_)?"
    role_plain = rf"(?:{outlet}(?:\s*[-－—–]\s*{outlet})?\s*)?(?:{roles})(?:\s*[:：]|_)?"
    # Names are separated; only a role word may follow a name directly (宗晓畅通讯员高岩).
    # Every further group starts with a role, so a list of names splits one way only:
    # an ambiguous split would make failing matches backtrack exponentially.
    names = rf"{name}(?:{_SEP}+{name})*"
    # a TV or radio script credits the camera after the reporters (记者 X 摄像 Y): a role too
    shot = rf"(?!{role_words})(?:{alternation('credits/script_photo_labels.txt')})(?!{_REPORT})(?:\s*[:：])?"
    more = rf"(?:{_SEP}*(?:{role_plain}|{shot})\s*{names})*"
    people = rf"(?:{role_plain}\s*)?{names}{more}"
    people_role = rf"{role_plain}\s*{names}{more}"
    # a media group's client and site joined by a middle dot, one newsroom (某某新闻客户端·某某网
    # 4月15日消息): the first names the outlet
    joined = rf"(?:\s*[·•・]\s*(?:{known}|{generic}))?"
    dateline = (
        rf"(?:(?P<o1>{known}){joined}{second}{HAN}{{0,8}}?(?:{_DATE})?{said}"
        rf"|(?P<o2>{generic}){joined}{second}{HAN}{{0,8}}?{_DATE}{said}"
        # (or 讯 and a space before the lead: 某某日报讯 近日，…, an outlet by its head word)
        rf"|(?P<o3>{generic}){second}{said}(?=\s*{_OPEN}|(?<=讯)[ \u3000]+\S)"
        # a place dateline (郑州讯, 北京3月5日电) counts when bracketed credits follow; so
        # does an outlet no list knows (某某报道：（记者 X）, 某某联播讯（X）), told from a
        # place by the reader; the credits may be names alone (checked for surnames)
        rf"|(?P<o4>{HAN}{{2,8}}?)(?P<d4>{_DATE})?{said}(?=\s*{_OPEN}\s*(?:{role_plain}|{names}\s*{_CLOSE}))"
        # the dateline in square brackets, as Hong Kong papers print it (【某某日报讯】记者 X 某地报道：)
        rf"|[【［〔\[](?P<o7>{known}|{generic}){second}{HAN}{{0,8}}?(?:{_DATE})?(?:{short})[】］〕\]])"
    )
    # 记者 X 报道, 记者X／报导; 摄影报道 when the pictures are theirs too (记者 X 摄影报道); a kind of
    # report may stand before the word (记者 X 现场报道)
    report = rf"(?:\s*[/／]?\s*(?:摄影|{alternation('credits/report_kinds.txt')})?{_REPORT})?"
    not_photo = rf"(?!\s*(?:{suffix}))"  # 本报记者 曹立栋 摄 is a photo credit, not a byline
    byline = (
        # the reporter's unit before the names: 本网讯（工会办公室 张三 报道）, 本报讯（区总工会 张三）
        rf"^{_DECOR}{dateline}\s*{_OPEN}\s*(?P<unit>{HAN}{{2,12}})\s+(?P<unit_people>{names})\s*(?P<said>{_REPORT})?\s*{_CLOSE}",
        rf"^{_DECOR}{dateline}\s*{_OPEN}\s*(?P<people>{people}){report}\s*{_CLOSE}",
        rf"^{_DECOR}{dateline}\s*(?P<people>{people_role}){report}(?=\s|$){not_photo}",
        # names and 报道 with a colon after the outlet's 讯, no brackets; the outlet may be two
        # (某某网/某某客户端讯 张三报道：)
        # (a date may follow the 讯: 某某网讯 5月21日，记者 X 报道：)
        rf"^{_DECOR}(?P<b5>[【［〔\[])?(?P<o5>(?:{known}|{generic})(?:[/／](?:{known}|{generic}))?)(?:{short})(?(b5)[】］〕\]])\s*(?:{_DATE}[，,]?\s*)?(?P<people>{people})\s*{_REPORT}\s*[:：]",
        # the Taiwan papers' form: outlet／ 记者 X／place 即时报导 (or 综合报导)
        rf"^{_DECOR}(?:(?P<o6>{outlet})\s*[/／]\s*)?(?P<people>{people_role})\s*[/／]\s*{HAN}{{0,6}}?{_REPORT}",
        # names alone and 报道 after the dateline, the lead set off by a space (本报讯 张三报道  近日，…):
        # the names start with surnames (checked by the reader)
        rf"^{_DECOR}{dateline}[ \u3000]+(?P<people>{names})[ \u3000]*{_REPORT}(?=[ \u3000])",
        rf"^{_DECOR}{dateline}",
        # a byline whose opening a copied page lost (郭 华)7月8日，…): names closed by a
        # bracket before the lead's date
        rf"^(?P<people>{names})\s*{_CLOSE}(?=\s*\d{{1,2}}月)",
        rf"^{_DECOR}{_OPEN}\s*(?P<people>{people_role}){report}\s*{_CLOSE}",
        # (or 报道 and a colon before the lead, no space: 通讯员 X 报道：9月3日，…)
        rf"^{_DECOR}(?P<people>{role}\s*{names}{more})(?:\s*{_REPORT}\s*[:：]|{report}(?=\s|$){not_photo})",
        # (or the lead's date glued to the last name, as a copied page runs them together:
        # 某某客户端记者张三通讯员李四王五1月6日上午，…)
        rf"^{_DECOR}(?P<people>{role}\s*{names}{more})(?=\d{{1,2}}月\d{{1,2}}日)",
    )
    # "…拍摄" (to film) ends many a caption-less sentence: 拍 before 摄 is a verb, not a name.
    photo = (
        rf"{_DECOR}[（(【]?\s*(?P<people>{people})\s*[/／]?\s*(?<!拍)(?:(?P<both>{both})|(?P<suffix>{suffix}))"
        rf"(?:\s*{_OPEN}\s*(?P<via>{outlet}|{HAN}{{2,10}}?)发?\s*{_CLOSE})?\s*[)）】]?"
    )
    # credit labels, then staff labels (编辑｜Z: read with the credits, credited to no one)
    credit_words = [
        *entries("credits/text_photo_suffixes.txt"),  # 文/图：X, 图文：X — both
        *entries("credits/text_credit_labels.txt"),
        *entries("credits/crew_labels.txt"),
        *entries("credits/photo_credit_labels.txt"),
        *entries("credits/photo_suffixes.txt"),  # (摄：Y as a label, as sites print it)
        *entries("credits/credit_roles.txt"),
    ]
    # (a staff label may be qualified by what the staff worked on: 展览总策划, 展陈设计)
    labels = rf"{alternation_of([*credit_words, *entries('credits/staff_labels.txt')])}|{QUALIFIED_STAFF}"
    # the names of one label stop where the next label opens (文字:X 图片:Y: 图片 is no name)
    label_names = rf"{name}(?:{_SEP}+(?!(?:{labels})\s*{_LSEP}){name})*"
    # the names may follow a role (文/本报记者 X, 图：通讯员 Y), or the writer's unit set off
    # by a space (图文：某某街道总工会 X, as posts sign): the unit is no name
    # (the next label is no name: 文字：某某区总工会 图片：Y credits the unit alone)
    unit = rf"(?:{HAN}{{1,14}}?(?:{alternation('credits/unit_heads.txt')})\s+(?!(?:{labels})\s*{_LSEP}))?"
    # a label may credit a unit alone (图：区总工会宣传部, 摄影：融媒体中心): no person; tried
    # first, else the unit's head characters would be read as a name
    # (the unit closes the item: a name after it is the writer's, 文｜市总工会 X)
    alone = (
        rf"{HAN}{{1,14}}?(?:{alternation('credits/unit_heads.txt')})"
        rf"(?=\s*(?:$|[)）】\]，,;；|｜丨]|(?:{labels})\s*{_LSEP}))"
    )
    # labels may share their names, joined by an enumeration comma (采访、整理：X Y)
    # (or by a slash between two labels, as a video's crew: 拍摄/剪辑：X)
    joined = rf"(?:{labels})(?:(?:、|[/／](?=(?:{labels})\s*[:：]))(?:{labels}))*"
    item = rf"(?P<label>{joined})\s*{_LSEP}\s*(?:{alone}|{unit}(?P<names>(?:{role_plain}\s*)?{label_names}))"
    item_plain = rf"{joined}\s*{_LSEP}\s*(?:{alone}|{unit}(?:{role_plain}\s*)?{label_names})"
    # the source may lead the labels (（来源：某某区总工会 文：X 图：Y）): it names a body, no person
    source = rf"(?:{alternation('pages/source_labels.txt')})\s*[:：]\s*{HAN}{{2,20}}?(?=\s)"
    # or the writers' unit alone, set off by a space (（县总工会办公室　文/X　图/Y）), maybe saying it
    # sent the item (（县总工会供稿　文：X　图：Y）): no person
    source = (
        rf"(?:{source}|{HAN}{{1,14}}?(?:{alternation('credits/unit_heads.txt')})(?:{_REPORT})?"
        rf"(?=\s+(?:{labels})\s*{_LSEP}))"
    )
    # items apart by a comma or a bar (撰文：X｜摄影：Y, as posts print them)
    between = r"\s*[，,;；|｜丨]?\s*"
    # a crew label alone is no credit (主持：X chairs a meeting): another label must follow
    crew_words = entries("credits/crew_labels.txt")
    crew = alternation_of(crew_words)
    others = alternation_of([w for w in [*credit_words, *entries("credits/staff_labels.txt")] if w not in crew_words])
    not_crew = rf"(?!{_DECOR}[（(【\[]?\s*(?:{crew})(?:(?!{others}).)*$)"
    labelled = rf"{not_crew}{_DECOR}[（(【\[]?\s*(?:{source}\s*)?{item_plain}(?:{between}{item_plain})*\s*[)）】\]]?"
    # the names before their labels, as papers print them: 林某/文 王某/图
    credit_alt = alternation_of(credit_words)
    # or a space before a label that closes a credit (（通讯员 X 文 Y 摄）): 文, 图, 摄, 文/摄
    closers = [*entries("credits/text_photo_suffixes.txt"), *entries("credits/photo_suffixes.txt")]
    closers += [
        w
        for w in [*entries("credits/text_credit_labels.txt"), *entries("credits/photo_credit_labels.txt")]
        if len(w) == 1
    ]
    closing = alternation_of(closers)
    after = rf"(?:\s*[/／]\s*|\s+(?=(?:{closing})(?:\s|[)）]|$)))"
    named_item = rf"(?:{role_plain}\s*)?(?P<names>{names}){after}(?P<label>{credit_alt}|{closing})"
    # a role may open them (（记者 林某/文 王某/图） in a dateline's brackets)
    named_plain = rf"(?:{role_plain}\s*)?{names}{after}(?:{credit_alt}|{closing})"
    # staff may close them (翻译 Z, 编辑 Z): named, credited to no one
    staff = rf"(?:\s+(?:{alternation('credits/staff_labels.txt')})\s*[:：]?\s*{names})*"
    named = rf"{_DECOR}[（(]?\s*{named_plain}(?:\s+{named_plain})*{staff}\s*[)）]?"
    # the same set off by spaces alone (摄影 X, 文 X 图 Y, 文/图 X): only names that start with a surname
    words_ = "|".join(
        (
            alternation("credits/text_photo_suffixes.txt"),
            alternation("credits/text_credit_labels.txt"),
            alternation("credits/crew_labels.txt"),
            alternation("credits/photo_credit_labels.txt"),
        )
    )
    spaced_names = rf"{name}(?:[ 、]+(?!(?:{words_})\s){name})*"
    # a role may stand between the label and the names (文/图　本报记者　X)
    spaced_plain = rf"(?:{words_})\s+(?:{role_plain}\s*)?{spaced_names}"
    spaced = rf"{not_crew}{_DECOR}[（(]?\s*{spaced_plain}(?:\s+{spaced_plain})*\s*[)）]?"
    return Grammar(
        role=re.compile(role),
        name=re.compile(name),
        byline=tuple(re.compile(p) for p in byline),
        photo=re.compile(photo),
        # after a sentence, or in brackets straight after a caption (职工在书写春联（X 摄）)
        photo_tail=re.compile(rf"(?:^|(?<=[。！？…”』）)\s])|(?<={HAN})(?=[（(【]))\s*{photo}$"),
        # in round brackets or square ones (【记者 X】)
        people_line=re.compile(rf"{_DECOR}[（(【]?\s*(?P<people>{people_role}){report}\s*[)）】]?"),
        # the outlet may come first: （来源：某某日报 记者 X）; the closing bracket may be
        # lost where a copied page was cut short after the credit (…。（记者 X)
        people_tail=re.compile(
            rf"(?<=[。！？…”』])\s*{_OPEN}\s*(?:(?:{alternation('pages/source_labels.txt')})\s*[:：]\s*{HAN}{{2,16}}?[\s，,；;]+"
            # or the paper a rewrite retells: （综合《某某晚报》记者 X）
            rf"|(?:{alternation('credits/repost_marks.txt')})\s*《[^《》]{{2,16}}》\s*)?"
            rf"(?P<people>{people_role}){report}\s*{_CLOSE}?\s*$"
        ),
        labelled=re.compile(labelled),
        named=re.compile(named),
        named_item=re.compile(named_item),
        reported=re.compile(rf"{_DECOR}[（(]?\s*(?P<people>{names})\s*[/／]?\s*{_REPORT}\s*[)）]?"),
        spaced=re.compile(spaced),
        spaced_item=re.compile(rf"(?P<label>{words_})\s+(?:{role_plain}\s*)?(?P<names>{spaced_names})"),
        # bare or in brackets; set off by spaces alone only in brackets (…参观。（文 X 图 Y）)
        # or in brackets straight after a caption's last word (…放松动作（摄影：X）), as a photo
        # credit may be
        labelled_tail=re.compile(
            rf"(?:(?<=[。！？…”』])\s*|(?<=[）)])\s+|(?<={HAN})(?=[（(【]))(?P<run>[（(【]?\s*{item_plain}(?:{between}{item_plain})*\s*[)）】]?"
            rf"|[（(]\s*{spaced_plain}(?:\s+{spaced_plain})*\s*[)）])(?=\s|$)"
        ),
        names=re.compile(names),
        # the label may take its colon (图为座谈会现场 摄影：X); a caption wholly in brackets
        # keeps its closing bracket after the names (（图为座谈会现场 摄影：X）); the credit
        # may open its own bracket straight after the caption's last word or sentence, its
        # label then taking a colon or a slash (▲活动现场（摄影：X）, 合影（图/X）, …清理积雪。（摄影：X）)
        label_tail=re.compile(
            # (a video's crew may share the label, and a desk stand before the names: 拍摄/剪辑：某报全媒体 X)
            rf"(?:^|(?<=\s)|(?:(?<={HAN})|(?<=[。！？…”』])){_OPEN}\s*)(?:{alternation('credits/photo_credit_labels.txt')})"
            rf"(?:[/／](?:{labels})(?=\s*[:：]))?(?:\s*[:：/／]\s*|\s+)"
            rf"(?:{HAN}{{1,14}}?(?:{alternation('credits/unit_heads.txt')})\s+)?(?P<people>{names})\s*{_CLOSE}?\s*$"
        ),
        # the writer's unit may come first: （某某区总工会 林某）, and 报道 or 供稿 close the
        # names (（某某区总工会 林某 供稿））; the closing bracket may be lost, as above
        names_tail=re.compile(
            rf"(?:^|(?<=[。！？…”』]))\s*{_OPEN}\s*(?:(?P<unit>{HAN}{{1,14}}?(?:{alternation('credits/unit_heads.txt')}))\s+)?"
            rf"(?P<people>{names})\s*(?:{_REPORT})?\s*{_CLOSE}?\s*$"
        ),
        label_item=re.compile(item),
        credit_label=re.compile(rf"(?:{credit_alt})\s*[:：]"),
        bracket_label=re.compile(rf"[【\[](?P<label>{credit_alt})[】\]](?=\s*{HAN})"),
        # (the names after the role end where a label and its colon or slash open the next item)
        role_space=re.compile(rf"^([（(【\[]?\s*(?:{roles}))\s(?=\s*{HAN}[^:：/／]*?(?:{labels})\s*{_LSEP})"),
        photo_label=re.compile(rf"(?:{alternation('credits/photo_credit_labels.txt')})(?:\s*[:：/／])?"),
        shot=re.compile(rf"(?<![^\s、，,]){shot}\s*"),
    )
