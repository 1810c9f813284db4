"""Where a model's PER word meets the grammar around it, and the tagger put the seam in the
wrong place, for ``kg.nlp.people``.

Each check moves one end of a name by the frame it stands in, not by its letters:

- a compound surname whose first character the tagger read as a verb (焊工端|木晓峰; not a
  title's last character: 副委员长|孙平);
- the surname 那 (or another surname the tagger reads as a function word) opening an item
  of a list (、那|丽萍（…）): an item of a list of winners is a name, not "that";
- a credit field (作者：晏如|是　阅读：) whose last character the tagger read as a verb: the
  field between the colon and the gap is the name;
- the mark of a tenure (原任, 现任, 曾任) whose first character the tagger glued onto the
  name (曹琳原|任): no part of it;
- a head's last character the tagger glued onto the surname (劳动模|范詹|大化: the head is
  劳动模范, the name 詹大化);
- a list item with a note in brackets after the name (高铁军（…电焊工）、那丽娜（…）): the
  next or the last item's name is found across the note.

They hold on any site: they read marks and the tagger's words, not lists of names.
"""

from __future__ import annotations

import functools
from dataclasses import replace

from kg.lexicon import words
from kg.nlp.found import Found
from kg.nlp.name_checks import plausible_name
from kg.nlp.name_shapes import CLOSERS, common_word
from kg.nlp.names import FORMER_MARKS
from kg.nlp.text import is_han
from kg.nlp.tokens import Tokens

# marks an item of a list opens after (、那丽萍, 【奖章】那丽萍, 名单：那丽萍)
ITEM_OPENERS = "、】：:｜|│"  # (a bar opens a table's cell: ｜那|振东（…）)
# the gap that ends a credit's field (作者：晏如是　阅读：…)
FIELD_GAPS = " 　\t\n"
# the first character of a tenure's word before 任 (原任, 曾任: a past office's marks; 现任: a
# profile's verb): glued onto a name of two, no name's last
_TENURE_FIRSTS = frozenset(w for w in FORMER_MARKS if len(w) == 1) | frozenset(
    w[0] for w in words("posts/profile_verbs.txt") if w.endswith("任")
)
# the longest note in brackets after a list item's name (（长春某某有限公司电焊工）)
_NOTE_MAX = 40


def seam_bounds(tk: Tokens, a: int, b: int, surnames: frozenset[str], heads: set[int]) -> tuple[int, int]:
    """(start, end) of the name the model read as ``[a, b)``, its seams moved where the frame
    puts them: a compound surname's first character, a list item's surname read as a
    pronoun, a credit field's last character before them; a tenure's first after them; a
    head's last character glued on before the surname (劳动模|范詹|大化在: 劳动模范 詹大化)."""
    text = tk.text
    if b - a in (2, 3) and a + 1 in heads and text[a + 1] in surnames and b < len(text):
        s, e = tk.token_span_at(b)  # the given name's rest the tagger read as the next word
        if s == b and e - a <= 4 and all(is_han(c) for c in text[b:e]) and _closed(tk, e):
            return a + 1, e
        if b - a == 3 and _closed(tk, b):
            return a + 1, b  # 劳动模|范晏清|为: the name whole after the head
    k = a - 1
    if k >= 0 and text[k : a + 1] in surnames and tk.token_span_at(k) == (k, a) and tk.tag_at(k) == "v" and b - a < 4:
        a = k  # 焊工端|木晓峰: 端木 a compound surname
    elif k >= 0 and b - a == 2 and text[k] in surnames and tk.token_span_at(k) == (k, a) and _item_opens(tk, k):
        a = k  # 、那|丽萍（: an item of a list, not "that"
    if b - a == 2 and a > 0 and text[a - 1] in "：:" and text[a] in surnames and _field_end(text, b):
        b += 1  # 作者：晏如|是　: the field is the name
    if b - a == 3 and text[b - 1] in _TENURE_FIRSTS and text[b : b + 1] == "任":
        b -= 1  # 曹琳原|任: 原任 marks a past office
    elif b - a in (3, 4) and text[b - 1] == "任" and tk.tag_at(b) in ("ORG", "LOC", "n", "nz"):
        b -= 1  # 蒙秋燕任|联合会…: the verb of taking office before the body
    return a, b


def _closed(tk: Tokens, e: int) -> bool:
    """Is a name closed off at ``e``: the text's end, a mark, a verb, an adverb or a preposition?"""
    return e == len(tk.text) or tk.text[e] in CLOSERS or tk.tag_at(e) in ("v", "d", "ad", "p")


def _item_opens(tk: Tokens, k: int) -> bool:
    """Does the pronoun-like word at ``k`` open a list item (after 、 or 】, a colon or the line's start)?"""
    return tk.tag_at(k) == "r" and (k == 0 or tk.text[k - 1] in ITEM_OPENERS or tk.text[k - 1] == "\n")


def _field_end(text: str, b: int) -> bool:
    """Does one Han character at ``b`` end a credit's field, a gap or the line's end after it?"""
    return b < len(text) and is_han(text[b]) and (b + 1 == len(text) or text[b + 1] in FIELD_GAPS)


def note_after(text: str, i: int) -> int | None:
    """Just past ``（…）、`` starting at ``i`` (the next list item's start), else None."""
    if text[i : i + 1] not in "（(":
        return None
    close = next((j for j in range(i + 1, min(len(text), i + _NOTE_MAX)) if text[j] in "）)"), None)
    if close is None or text[close + 1 : close + 2] != "、" or any(c in "（(\n。" for c in text[i + 1 : close]):
        return None
    return close + 2


def note_before(text: str, i: int) -> int:
    """Where the last list item's name ends, ``i`` being its 、: before a note in brackets
    (X（…）、) the note's opening bracket, else ``i``."""
    if i < 1 or text[i - 1] not in "）)":
        return i
    j = i - 2
    while j >= max(0, i - _NOTE_MAX) and text[j] not in "（(\n。、":
        j -= 1
    return j if j >= 0 and text[j] in "（(" else i


def names_before_office(tk: Tokens, found: list[Found], surnames: frozenset[str]) -> tuple[list[Found], list[Found]]:
    """The people the tagger glued into the body they took office in (△ 3月　郑开河任县人力资源
    和社会保障局副局长: one organisation), and ``found`` with those bodies cut to start after 任.

    The body opens an entry or a clause (after a space, a mark or the text's start) or the
    tagger read it as a name (干部|蒙秋燕任联合会经费审查委员会), and its first two or three
    characters are a name with a surname, 任 right after them."""
    text, people, out = tk.text, [], []
    for f in found:
        a = f.start
        n = next((n for n in (3, 2) if _name_before_office(text, a, n, f.end, surnames)), None)
        opens = a == 0 or not is_han(text[a - 1]) or tk.tag_at(a) == "PER"  # (the tagger read a name there)
        if n is None and text.endswith(_electing(), 0, a):  # 选举|章立华为协会理事长: 华为 no firm's name
            n = next((n for n in (3, 2) if _name_before_office(text, a, n, f.end, surnames, "为", 2)), None)
            opens = True
        if f.label not in ("ORG", "UNION") or n is None or not opens:
            out.append(f)
            continue
        people.append(Found(a, a + n, "PERSON", "after-title"))
        out.append(replace(f, start=a + n + 1))
    return people, out


def _name_before_office(
    text: str, a: int, n: int, end: int, surnames: frozenset[str], verb: str = "任", body: int = 4
) -> bool:
    """Is ``text[a:a+n]`` a name, 任 after it and a body's name of four or more after that?
    (After a verb of electing, 为 and any body's name: 选举X为协会理事长.)"""
    name = text[a : a + n]
    opens = name[0] in surnames or name[:2] in surnames
    return text[a + n : a + n + 1] == verb and end - (a + n + 1) >= body and opens and plausible_name(name)


@functools.cache
def _electing() -> tuple[str, ...]:
    return tuple(words("posts/electing_verbs.txt"))


def label_line_names(text: str, title_ends: set[int], surnames: frozenset[str]) -> list[tuple[int, int]]:
    """The names of a label line's field (主席：甄立国⏎, 常务监事：厉红⏎): a title opening its line,
    a colon, and a run of Han characters to the line's end or a gap, however the tagger cut
    or tagged them (甄立|国, 厉红 as an adjective).  The run starts with a surname and is
    two or three characters long (four with a compound surname).  And a speaker's label
    (【同期声】某某工会常务副主席　任双街：…): the title, a gap, the name and the label's
    colon, nothing said before it on its line; there the label's grammar makes the run a
    name even when it ends as a place does (…街, …村)."""
    out = [n for e in sorted(title_ends) if (n := _speaker_name(text, e, surnames)) is not None]
    for e in sorted(title_ends):
        if text[e : e + 1] not in "：:" or any(c in "，,。；;" for c in text[text.rfind("\n", 0, e) + 1 : e]):
            continue
        a = b = e + 1
        while b < len(text) and is_han(text[b]):
            b += 1
        if b < len(text) and text[b] not in FIELD_GAPS + "、，,；;":
            continue
        name = text[a:b]
        opens = name[:2] in surnames if len(name) == 4 else name[:1] in surnames or name[:2] in surnames
        if 2 <= len(name) <= 4 and opens and plausible_name(name):
            out.append((a, b))
    return out


def _speaker_name(text: str, e: int, surnames: frozenset[str]) -> tuple[int, int] | None:
    """The name of a speaker's label after the title ending at ``e`` (副主席　X：), or of a
    list's row that the name closes (班组长　X⏎), else None."""
    if text[e : e + 1] not in " \u3000" or any(c in "，,。；;：:" for c in text[text.rfind("\n", 0, e) + 1 : e]):
        return None
    a = b = e + 1
    while b < len(text) and b - a <= 4 and is_han(text[b]):
        b += 1
    name = text[a:b]
    # (or a list's row: 某某班　班组长　X⏎, the title, a gap and the name closing the line)
    row_end = text[b : b + 1] in ("", "\n") and plausible_name(name)
    if not (text[b : b + 1] in "：:" or row_end) or not 2 <= len(name) <= 4 or common_word(name):
        return None
    opens = name[:2] in surnames if len(name) == 4 else name[:1] in surnames
    return (a, b) if opens else None
