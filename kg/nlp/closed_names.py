"""A personal name the text closes off right after an office or a role noun (副主席黄山出席,
职工X表示), or as an item of a list of names, however the tagger read it; and the forms
that name no one there (小李, 张主席).

Split from kg.nlp.people (one idea per module: the people's finder there)."""

from __future__ import annotations

from kg.lexicon import Lexicon
from kg.nlp.cut_names import final_cut_off
from kg.nlp.name_checks import addressed, plausible_name
from kg.nlp.name_context import surname_and_word, surname_said_inside
from kg.nlp.name_shapes import PERSON_FOLLOWERS, he_of_name, surname_glued_to_head
from kg.nlp.noted_names import framed_name
from kg.nlp.spans import Marks
from kg.nlp.tokens import Tokens


class ClosedNames:
    """The name checks of ``kg.nlp.people.PersonFinder`` that read a name off where it stands."""

    def __init__(
        self,
        surnames: tuple[str, ...],
        nickname_prefixes: frozenset[str],
        address_terms: frozenset[str],
        titles: dict[str, str],
        lex: Lexicon,
    ) -> None:
        self.surnames = surnames
        self._surname_set = frozenset(surnames)
        self._nickname_prefixes = nickname_prefixes
        self._address_terms = address_terms
        self.titles = titles
        self.lex = lex

    def name_at(
        self, tk: Tokens, a: int, covered: Marks, taken: Marks, list_item: bool = False, role_noun: bool = False
    ) -> int | None:
        """End of a personal name starting at ``a`` that the text closes off, else None.
        ``role_noun``: ``a`` follows a role noun (职工, 工匠), not an office: a word of
        two or three characters the tagger calls a common noun there is one (职工权益)."""
        text = tk.text
        for n in (4, 3, 2):  # four only with a compound surname (东方晓阳)
            b = a + n
            name = text[a:b]
            if n == 4 and name[:2] not in self._surname_set:
                continue
            shaped = plausible_name(name) or (list_item and framed_name(name, self._surname_set))  # 、南益店、
            shaped = shaped or (n == 3 and not role_noun and final_cut_off(tk, a, b, self._surname_set))  # 黄向|店是
            if b > len(text) or not shaped or taken.overlaps(a, b):
                continue
            follower_last = n == 3 and text.startswith(PERSON_FOLLOWERS, b - 1) and not he_of_name(text, b, tk)
            if self.nickname(name) or self.addressed(name) or follower_last or surname_said_inside(tk, a, b):
                continue  # 快递员小李说: no name, and 说 is not part of one; 师傅姓陈: a surname alone
            closed = b == len(text) or text[b] in "、，,。；;：:（(）) \n" or text.startswith(PERSON_FOLLOWERS, b)
            closed = closed or (not role_noun and not list_item and text[b] == "的")  # 在主席X的推动下
            # 副主席那丽娟到车站: a word of three the tagger took for a pronoun (那) is a name
            # after an office whatever follows: no pronoun is three characters opening with a surname
            closed = closed or (
                n == 3
                and not role_noun
                and tk.token_span_at(a) == (a, b)
                and tk.tag_at(a) == "r"
                and name[0] in self._surname_set
            )
            # LAC may glue the head's last character on, or the surname onto the head (骑手王|建设)
            starts = a in tk.starts or tk.tag_at(a) == "PER" or surname_glued_to_head(tk, a, self._surname_set)
            if not closed or not starts or (b not in tk.ends and tk.tag_at(b - 1) != "PER"):
                continue
            if name in self.titles or name.startswith(PERSON_FOLLOWERS) or name.endswith(self.lex.org_suffixes):
                continue
            # after an office a name of three the tagger took for one verb is one (党组成员X一行)
            # after a role noun only before a word of two a name is followed by (环卫工人X家中,
            # 职工X表示): 职工全覆盖， 职工全覆盖等 are a verb
            verb_name = (
                n == 3
                and (not role_noun or any(text.startswith(w, b) for w in PERSON_FOLLOWERS if len(w) > 1))
                and tk.token_span_at(a) == (a, b)
                and tk.tag_at(a) != "d"  # 副主席曾多次: an adverb is no name
                and name[0] in self._surname_set
            )
            split = surname_and_word(tk, a, b, self._surname_set)  # 护士|长白|雪松，
            if tk.tag_at(a) not in ("PER", "LOC", "n", "nz", "ORG", "j", "nr", "ns") and not (
                list_item or verb_name or split
            ):
                continue
            if a in covered:
                continue
            if tk.tag_at(a) != "PER" and not name.startswith(self.surnames):
                continue  # 工匠精神: a head noun before a common word
            if role_noun and tk.token_span_at(a) == (a, b) and tk.tag_at(a) in ("n", "vn"):
                continue  # 职工权益, 职工文化节: a common noun that starts with a surname's character
            return b
        return None

    def addressed(self, name: str) -> bool:
        """张主席, 王师傅, 李某, 拓主席: a form of address names no one (:func:`addressed`)."""
        return addressed(name, self._surname_set, (self._address_terms, self.titles))

    def nickname(self, name: str) -> bool:
        """小李, 老王: a surname after 小/老/阿 (the model still calls it a person)."""
        return len(name) == 2 and name[0] in self._nickname_prefixes and name[1] in self._surname_set
