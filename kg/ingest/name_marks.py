"""How pages set people's names: padded to a width (陈 刚) and dotted with any dot (阿不都•热合曼).

Padding.  Two-character names are padded to the width of three in lists and rosters (陈 刚, 马   璐).

Papers and union sites set lists of people in columns: a two-character name gets a space
(an ideographic one, or several) between surname and given name so that it lines up with
the three-character names.  Read as it stands, "陈 刚" is two one-character words and no
one.  This joins such a pair back into one name, keeping each character's offset.

A pair is joined only when it stands alone between spaces or marks (a run of single
characters set apart), its first character is a surname and its second no function word.
A longer run of such characters is joined pair by pair only when every pair opens with a
surname (陈 刚 马 璐): a headline set letter by letter (全 国 总 工 会) stays as it is (an
even one read in pairs, 文 明 单 位 → 文明 单位, loses nothing).

Padding in prose.  A page that pads its names in lists pads them in its sentences too, with
one ideographic space (选举刘　倩为副主席, 副主席宋　琳到会指导): a surname and one character
split by a single full-width space, right after a mark or an office (主席, 委员) and glued to
the words after it, no other such space close after it (a credit's 文　某某　图　某某 is set
with gaps), is the name.  The space must be the ideographic one, single, before the
runs of spaces are folded (a headline's halves, 凝心聚力　共创辉煌, follow no office or mark).

Labels.  A results list pads its titles to one width too (副 主 席：, 主　　席：): a run of
single characters spaced out at a line's start, before a colon (maybe after a note in
brackets: 副 主 席（按姓氏笔画为序）：), is the label of the line's entry, one word.

Signatures.  A judgment's signers stand one a line, the role and the name each spaced out to
the width of the longest role (法 官 助 理　　朵　兰): the spaces all look alike once runs are
one space, so the line is read from the role (``pages/signature_roles.txt``) and what is
left, a name of two to four characters, closed up apart from it (法官助理 朵兰).

Dots.  A transliterated name's parts are joined by a middle dot that pages write with
whatever dot their font has; between two Han characters each is the name's dot.  A full
stop typed for it (麦麦提敏.吐尔洪) is one only beside a name's part: the Han run before it
ends in a name word or the one after opens with one (``people/name_syllables.txt``) — a
stop a careless page puts between two sentences has none.  The page's own dot is kept
for the name's label (:func:`printed_dots`).
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterable

from kg.ingest.name_syllables import ends_in_name_word, opens_with_name_word
from kg.ingest.textmap import Mapped
from kg.lexicon import table, words
from kg.lexicon.chars import HAN

# the dots pages put between the parts of a name (bullet, katakana middle dot, …): all one
_NAME_DOT = re.compile(f"(?<=[{HAN}])[•・‧∙⋅･](?=[{HAN}])")
# a full stop between two Han runs: a name's dot when a name word stands beside it
_STOP_DOT = re.compile(f"([{HAN}]{{2,12}})[.．](?=([{HAN}]{{2,12}}))")
# every dot a page may print between a name's parts
NAME_DOTS = "•・‧∙⋅･.．"
# a run of single Han characters, each set apart by one space (runs of spaces are one by now)
_RUN = re.compile(f"(?<![{HAN}])[{HAN}](?: [{HAN}])+(?:(?![{HAN}])|(?=等))")
# a label spaced out at a line's start, before its colon (副 主 席：, 常 委（5名）：)
_LABEL = re.compile(f"^(\\s*)([{HAN}](?: [{HAN}])+)(?= ?(?:[（(][^（()）]{{1,16}}[）)])?[：:])")


# the cell of a table's 性别 column, after its 姓名 cell
_SEXES = "男女"


@functools.cache
def _surnames() -> frozenset[str]:
    return frozenset(w for w in words("people/surnames.txt") if len(w) == 1)


@functools.cache
def _function_words() -> frozenset[str]:
    return frozenset(w for w in words("names/function_words.txt") if len(w) == 1)


def _pairs(chars: str) -> bool:
    """Do the characters of a run read as names of two characters each?"""
    if len(chars) % 2:
        return False
    surnames, function_words = _surnames(), _function_words()
    return all(chars[i] in surnames and chars[i + 1] not in function_words for i in range(0, len(chars), 2))


def join_padded_names(m: Mapped) -> Mapped:
    """陈 刚 → 陈刚 where a run of spaced single characters reads as two-character names."""
    if " " not in m.text:
        return m

    def join(match: re.Match[str]) -> Mapped:
        run = m.group(match)
        chars = run.text.replace(" ", "")
        # (a table's row puts the sex cell after the name: 7 马 骁 男 1997.06 → 马骁 男)
        if not (_pairs(chars) or (chars[-1] in _SEXES and _pairs(chars[:-1]))):
            return run
        # drop the space inside each pair, keep the one between pairs
        cut = [k for k in range(len(run.text)) if run.text[k] == " " and (k // 2) % 2 == 0]
        keep = [k for k in range(len(run.text)) if k not in set(cut)]
        return Mapped("".join(run.text[k] for k in keep), [run.src[k] for k in keep])

    return m.sub(_RUN, join)


# a surname, one ideographic space and one Han character glued to the text after it
_PROSE_PAIR = re.compile(f"([{HAN}])\u3000([{HAN}])(?=[{HAN}，。、；：！？）)])")
# the marks after which a name may open a sentence's phrase
_PAIR_OPENERS = "，、：:；"
# how far after the pair another ideographic space marks a line set with gaps, no prose (a
# credit's 文　某某　图　某某, whose one-character labels are surnames too)
_PAIR_CLEAR = 6


@functools.cache
def _offices() -> tuple[str, ...]:
    return tuple(row[0] for row in table("posts/titles.tsv", header=True))


def join_prose_padded_names(m: Mapped) -> Mapped:
    """刘　倩当选 → 刘倩当选, 主席宋　琳到会 → 主席宋琳到会: a two-character name padded with one
    ideographic space in running text, after a mark or an office (read before the runs of
    spaces are folded: only the ideographic space, alone, pads so)."""
    if "\u3000" not in m.text:
        return m
    surnames, function_words = _surnames(), _function_words()

    def join(match: re.Match[str]) -> Mapped:
        whole = m.group(match)
        a = match.start()
        before = m.text[max(0, a - 12) : a]  # (the longest office is shorter)
        if (
            match.group(1) not in surnames
            or match.group(2) in function_words
            or "\u3000" in m.text[match.end() : match.end() + _PAIR_CLEAR]
            or not (before.endswith(tuple(_PAIR_OPENERS)) or before.endswith(_offices()))
        ):
            return whole
        return Mapped(whole.text[0] + whole.text[2], [whole.src[0], whole.src[2]])

    return m.sub(_PROSE_PAIR, join)


def join_padded_labels(m: Mapped) -> Mapped:
    """副 主 席：A → 副主席：A: a list's label spaced out to a width, before its colon."""
    if " " not in m.text:
        return m

    def join(match: re.Match[str]) -> Mapped:
        run = m.group(match, 2)
        keep = [k for k in range(len(run.text)) if run.text[k] != " "]
        return m.group(match, 1) + Mapped("".join(run.text[k] for k in keep), [run.src[k] for k in keep])

    return m.sub(_LABEL, join)


@functools.cache
def _signature_roles() -> tuple[str, ...]:
    return tuple(sorted(words("pages/signature_roles.txt"), key=len, reverse=True))


# a line of Han characters and single spaces only (the role, the name), at least one space
_SPACED_LINE = re.compile(f"^\\s*[{HAN}](?: ?[{HAN}])+\\s*$")


def join_signature_line(m: Mapped) -> Mapped:
    """法 官 助 理 朵 兰 → 法官助理 朵兰: a judgment's signature line, its role and its name (of two
    characters spaced out, or up to four written close) each closed up, one space between
    them; other lines as they are."""
    if " " not in m.text.strip() or not _SPACED_LINE.match(m.text):
        return m
    at = [k for k, c in enumerate(m.text) if c not in " \u3000\t"]
    chars = "".join(m.text[k] for k in at)
    role = next((r for r in _signature_roles() if chars.startswith(r)), None)
    if role is None or not 2 <= len(chars) - len(role) <= 4:
        return m
    name = at[len(role) :]
    if name[-1] - name[0] >= len(name) and len(name) != 2:
        return m  # (审判员 王 刚 李 明: names padded in pairs, read as such)
    return Mapped(
        role + " " + chars[len(role) :],
        [*(m.src[k] for k in at[: len(role)]), m.src[name[0] - 1], *(m.src[k] for k in name)],
    )


def unify_name_dots(m: Mapped) -> Mapped:
    """阿不都•热合曼, 阿不都・热合曼 → 阿不都·热合曼: one middle dot between the parts of a name,
    the one the tagger and the finders know (one character for one: offsets stay)."""
    if _NAME_DOT.search(m.text):
        m = m.sub(_NAME_DOT, "·")
    if "." not in m.text and "．" not in m.text:
        return m
    stops = [x.end(1) for x in _STOP_DOT.finditer(m.text) if ends_in_name_word(x[1]) or opens_with_name_word(x[2])]
    if not stops:
        return m
    text = list(m.text)
    for k in stops:
        text[k] = "·"
    return Mapped("".join(text), m.src)


def printed_dots(m: Mapped, raw: str) -> dict[int, str]:
    """The name dots of ``m`` (offset in ``m`` -> the dot) the source ``raw`` printed as another
    dot than ·: a name is labelled as the page writes it (阿不都•热合曼), though read as one."""
    out: dict[int, str] = {}
    for k, ch in enumerate(m.text):
        if ch == "·" and 0 <= m.src[k] < len(raw) and raw[m.src[k]] in NAME_DOTS:
            out[k] = raw[m.src[k]]
    return out


def dotted_as_printed(name: str, others: Iterable[str]) -> str | None:
    """The one of ``others`` that is ``name`` (read with the middle dot) as the page printed
    it (阿不都•热合曼, 古丽.吐尔逊): the name's label; None if there is none."""
    if "·" not in name:
        return None
    undotted = str.maketrans(dict.fromkeys(NAME_DOTS, "·"))
    return next(
        (o for o in sorted(others) if o != name and len(o) == len(name) and o.translate(undotted) == name), None
    )
