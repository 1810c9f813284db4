"""Words ending in 工会 that name a class of unions or a series, not one union.

The union finder (kg.nlp.unions) walks left from 工会 to where a name starts; some of the
phrases it then holds name no body:

- an area and a class of firms (佳木斯市企业工会建设, 某县重点企业工会): the area's
  enterprise unions taken together, as 企业工会 alone is;
- a time word (年度工会干部培训, 季度工会工作): the year's union work, no union;
- a union word inside a series' name (某某工会论坛, 某某工会杯): the forum or the cup is named,
  and the words before 工会 (a region, a brand) name no union;
- places or bodies counted together (珠澳两地工会, 市县两级工会: ``events/collective_words.txt``):
  the unions of each, no one union;
- a kind of union counted or ranked (全市首家快递行业工会联合会, 一家商圈联合工会:
  ``unions/counted_kind_words.txt``): a description of the union the text names next or not
  at all, as long as no area of its own opens it; so is any body counted after its area
  (某区一家胶业公司, read by kg.nlp.orgs too);
- a verb of overseeing right before 工会 (调研指导工会工作: ``unions/overseeing_verbs.txt``) or a
  word of all the members (馆内全体工会会员, 公司广大工会干部: ``unions/members_words.txt``): the
  union is an object or the members' own, no name.
"""

from __future__ import annotations

from kg.lexicon import words
from kg.nlp.addresses import UNION_WORD
from kg.nlp.spans import Anchors
from kg.nlp.tokens import Tokens

# a class of firms after an area (企业, 重点企业, 规上企业): the kind word and what may qualify it
FIRMS = "企业"
# what a period is counted in (年度, 季度): before 工会, the period's union work
PERIOD_WORDS = tuple(words("unions/period_words.txt"))
# heads of a series' name right after 工会 (论坛, 杯): the series, not the union, is named
SERIES_HEADS = tuple(words("unions/series_heads.txt"))
BARE = UNION_WORD
# words that count the places or bodies before them together (两地, 两级): 某某两地工会 is theirs
COLLECTIVE_WORDS = tuple(words("events/collective_words.txt"))
# words counting or ranking the bodies of a kind before its name (首家, 第一个, 一家)
COUNTED_KIND = tuple(words("unions/counted_kind_words.txt"))
# verbs of overseeing a union's work (调研, 指导) and words of all the members (全体, 广大) before 工会
OVERSEEING = tuple(words("unions/overseeing_verbs.txt"))
MEMBERS_WORDS = tuple(words("unions/members_words.txt"))


def names_no_union(
    text: str, a: int, s: int, e: int, area_starts: Anchors, generic: tuple[str, ...], org_suffixes: tuple[str, ...]
) -> bool:
    """Does ``text[a:e]`` (工会 at ``s``) name a class of unions or a series rather than one union?"""
    if text[s:e] != BARE:
        return False  # (…企业工会联合会, …工会委员会: one body)
    prefix = text[a:s]
    if prefix in PERIOD_WORDS:
        return True
    if any(prefix.endswith(w) and len(prefix) > len(w) for w in COLLECTIVE_WORDS):
        return True  # 珠澳两地工会: the unions of both places
    if text.startswith(SERIES_HEADS, e) and not prefix.endswith(org_suffixes):
        return True
    area = area_starts.get(a)
    if area is None or area.end >= s:
        return False
    rest = text[area.end : s]
    return rest.endswith(FIRMS) and (rest == FIRMS or rest[: -len(FIRMS)] in generic)


def object_of_phrase(tk: Tokens, a: int, s: int) -> bool:
    """Do the words walked over before 工会 at ``s`` end in a verb of overseeing or a word of
    all the members (全体) that is a word of its own (调研指导|工会工作, 馆内全体|工会会员)?  Then what
    they hold is no union's name: the union is the verb's object, or the members described."""
    text = tk.text
    word = next((w for w in (*OVERSEEING, *MEMBERS_WORDS) if text.endswith(w, a, s)), None)
    return word is not None and s - len(word) > a and s - len(word) in tk.starts


def counted_kind(text: str, a: int, s: int, area_starts: Anchors) -> bool:
    """Is the union name ``text[a:s]`` + 工会 a kind counted or ranked (首家商圈联合工会), with no
    area of its own inside it (首家|某区快递行业工会联合会 names one)?"""
    return text.endswith(COUNTED_KIND, 0, a) and not any(k in area_starts for k in range(a, s))


def counted_after_area(text: str, a: int, s: int, area_starts: Anchors) -> bool:
    """某区一家胶业公司: a counting word right after an area inside the walked-over words makes
    them a description of a body of that area (one of a kind), not a name."""
    return any(k in area_starts.ends and text.startswith(COUNTED_KIND, k) for k in range(a + 1, s))


def after_number(tk: Tokens, a: int, s: int) -> int:
    """2022静安工会: a bare number (a year, a count) opening the walked-over words is no part
    of a union's name; the name starts after it (a number inside one stays: 第一分公司工会)."""
    x, y = tk.token_span_at(a)
    if tk.tag_at(a) == "m" and tk.text[x:y].isdigit() and y < s:
        return y
    return a
