"""``kg_people``: people — the model's PER words that pass the checks of a Chinese name, names
right after a title or a role noun, and the other names of a list of officials.

A person wins over an area of the same letters (黄山, 江山): the areas a person
overlaps are dropped here.
"""

from __future__ import annotations

from dataclasses import replace

from spacy.language import Language
from spacy.tokens import Doc

from kg.ingest.name_syllables import name_words_and_one
from kg.lexicon import Lexicon, lexicon, words
from kg.nlp.closed_names import ClosedNames
from kg.nlp.coded_words import off_words
from kg.nlp.comrade_names import comrade_names
from kg.nlp.cut_names import (
    cut_name_at,
    framed_cut_end,
    glued_name_at,
    home_name_end,
    surname_before_follower,
)
from kg.nlp.directory_names import directory_names
from kg.nlp.dotted_names import dotted_body_words, dotted_name
from kg.nlp.field_names import field_names
from kg.nlp.found import ANCHORED, Found, MentionWork, work_of
from kg.nlp.framed_names import FramedNames, with_framed
from kg.nlp.labelled_lists import labelled_list_cells
from kg.nlp.list_neighbours import list_neighbours
from kg.nlp.listed_towns import LISTED_TOWN
from kg.nlp.name_checks import (
    SURNAMES,
    name_before_follower,
    plausible_name,
    two_names_glued,
    two_surnames,
    written_place,
)
from kg.nlp.name_context import (
    after_session,
    closes_a_word,
    name_glued_to_head,
    namesake_end,
    namesake_start,
    opens_quoted_name,
    part_of_a_word,
    role_noun_ends,
    speech_verb_cut,
    stage_name,
    surname_word_before,
)
from kg.nlp.name_lists import rank_ends, unit_list_names, vote_ends
from kg.nlp.name_seams import label_line_names, names_before_office, seam_bounds
from kg.nlp.name_shapes import (
    PERSON_FOLLOWERS,
    common_word,
    grown_name,
    in_list_of_bodies,
    lone_surname_before,
    shrunk_name,
    surname_glued_before,
    surname_name_end,
    trade_name_end,
)
from kg.nlp.names import BREAKERS
from kg.nlp.noted_names import cell_name, compound_surname_before, noted_names, two_word_cell
from kg.nlp.rows import headed_name_cells, name_cells
from kg.nlp.slogan_halves import dotted_half
from kg.nlp.sounded_names import name_word_at, sounded_name_at, sounded_start_before, standing_names
from kg.nlp.spans import Containers, Marks
from kg.nlp.speaker_heads import head_names
from kg.nlp.text import is_han
from kg.nlp.thing_names import BodyShortNames, named_thing, thing_after_name, thing_name
from kg.nlp.titles import TITLES, addressed_title, compound_title_pattern, read_titles, title_pattern
from kg.nlp.tokens import Tokens
from kg.nlp.unsurnamed import four_name_end, split_four_names
from kg.nlp.vote_slots import slot_names, slot_starts


class PersonFinder:
    """Finds people, after the areas and bodies (a name inside a body's name is none)."""

    def __init__(
        self,
        lex: Lexicon | None = None,
        surnames: str = SURNAMES,
        nickname_prefixes: str = "people/nickname_prefixes.txt",
        person_heads: str = "people/person_heads.txt",
        titles: str = TITLES,
        trades: str = "people/trades.txt",
        address_terms: str = "people/address_terms.txt",
    ) -> None:
        self.lex = lex or lexicon()
        self.surnames = words(surnames)
        self._surname_set = frozenset(self.surnames)
        self._nickname_prefixes = frozenset(words(nickname_prefixes))
        self.titles = read_titles(titles)
        self._title_re = title_pattern(self.titles)
        self._whole_title_re = compound_title_pattern(self.titles)  # 副校长, 党委书记
        self._person_heads = frozenset(words(person_heads))
        self._person_head_re = title_pattern(dict.fromkeys(self._person_heads, ""))
        self._trade_re = title_pattern(dict.fromkeys(words(trades), ""))
        self._address_terms = frozenset(words(address_terms))
        self._suffixes = self.lex.union_suffixes + self.lex.org_suffixes
        self._after_han = frozenset(self.titles) | self._address_terms  # 李明|书记, 王刚|同志
        refused = frozenset(self.titles) | self._person_heads  # no given name (向|职工|代表)
        self._framed = FramedNames(self._surname_set, refused, self._title_re)
        names = ClosedNames(self.surnames, self._nickname_prefixes, self._address_terms, self.titles, self.lex)
        self._name_at, self._addressed, self._nickname = names.name_at, names.addressed, names.nickname

    def __call__(self, work: MentionWork) -> None:
        """Adds the people to ``work.found``, drops the areas they overlap, and adds the
        model's PER words that name no one (a robot called 天轶) to ``work.rejected``."""
        tk = work.tokens
        glued, work.found = names_before_office(tk, work.found, self._surname_set)  # X任县人社局: a name and 任
        people = self.find(tk, work.found, work.rejected)
        seen = {(p.start, p.end) for p in people}  # (a name both read: once)
        people = off_words(
            tk, people + [g for g in glued if (g.start, g.end) not in seen], work.found, self._surname_set
        )
        # a list closed by a count and a township's noun (田坝和尖山两镇) names towns, whatever
        # name the tagger read in a stem
        towns = Marks(len(tk.text), ((f.start, f.end) for f in work.found if f.kind == LISTED_TOWN))
        people = [p for p in people if not towns.overlaps(p.start, p.end)]
        # a person is a person even when the name is also a place's (黄山, 江山)
        named = Marks(len(tk.text), ((p.start, p.end) for p in people))
        work.found = [f for f in work.found if not (f.label == "AREA" and named.overlaps(f.start, f.end))] + people

    def find(self, tk: Tokens, found: list[Found], rejected: list[Found] | None = None) -> list[Found]:
        """The people of the text, given the mentions ``found`` before them."""
        text = tk.text
        out: list[Found] = []
        # and the bare stems of areas the text names (卓尼 beside 卓尼县): no one's name
        bodies = [(f.start, f.end) for f in found if f.label in ("UNION", "ORG", "PLACE") or f.ref == ANCHORED]
        holders, short = Containers(bodies), BodyShortNames(text, found)
        covered, sn = Marks(len(text), bodies), self._surname_set
        # right after an office a county's bare stem the page names is a name (副理事长杨梅)
        named_bodies = Marks(len(text), ((f.start, f.end) for f in found if f.label in ("UNION", "ORG", "PLACE")))
        body_ends, body_starts = {b for _, b in bodies}, {a for a, _ in bodies}
        after_title = {m.end() for m in self._title_re.finditer(text) if not addressed_title(text, m.start(), sn)}
        listed = after_title | {
            m.end()
            for m in self._person_head_re.finditer(text)
            if not (after_session(text, m.start()) or closes_a_word(tk, m.start(), m.end()))
        }
        heads = listed | role_noun_ends(tk) | rank_ends(text) | vote_ends(text)  # (a job noun: closed names only)
        dotted = Marks(len(text))
        grown = Marks(len(text))  # names grown over the tagger's next PER word (字|秀英)
        for a, b in split_four_names(tk, heads, self._after_han | self._person_heads):
            out.append(Found(a, b, "PERSON"))  # 副县长俄木|阿呷出席: four without a Han surname
            grown.add(a, b)
        for a, b in dotted_body_words(tk, self._suffixes):
            out.append(Found(a, b, "PERSON"))  # 嘉美莲·施利华/ORG: a dotted name, no body's
            dotted.add(a, b)
        for (a, b), label in sorted(tk.model_entities.items()):
            if label != "PER" or grown.overlaps(a, b):
                continue
            whole = dotted_name(tk, a, b, heads) if "·" in text[max(0, a - 1) : b + 6] else None
            if whole is not None:
                if dotted.overlaps(*whole):
                    continue  # the other part of a name joined already
                a, b = whole
                dotted.add(a, b)
            a = sounded_start_before(tk, a, b) if whole is None else a  # 、孟和|巴雅尔
            b = home_name_end(tk, a, b, self._surname_set) if whole is None else b  # 赵清河家|住
            sounded = sounded_name_at(tk, a) if whole is None else None
            # 毕力格图, 阿拉坦仓: the tagger read name words and one syllable more as one name
            whole_sounded = (
                whole is None
                and name_words_and_one(text[a:b])
                and text[b - 1] not in BREAKERS
                and not text.startswith(PERSON_FOLLOWERS, b - 1)
            )
            four = four_name_end(tk, a, b, heads, self._after_han) if whole is None and b - a in (3, 4) else None
            if four:
                b, whole_sounded = four, True  # 沙马阿果，: four characters without a Han surname
            elif sounded and sounded >= b:
                b, whole_sounded = sounded, True  # 巴图孟|和观看: a name of name words the tagger cut, read whole
            elif not whole_sounded:
                b = speech_verb_cut(text, a, grown_name(tk, a, surname_name_end(tk, a, b, self._surname_set)))
                b = shrunk_name(tk, a, b, self._surname_set)
                b = framed_cut_end(tk, a, b, heads, self._surname_set)  # 工人赵清|水走进, 赵清河家|住
                a = surname_glued_before(tk, a, b, listed, self._surname_set)  # 主席尚|江华, 徒弟符|小川
                a = lone_surname_before(tk, a, b, self._surname_set)
                a = compound_surname_before(tk, a, b, self._surname_set, heads)  # 司徒|文斌, 东|郭敏
                a = surname_word_before(tk, a, b, heads, self._surname_set)
                a = surname_before_follower(tk, a, b, self._surname_set)  # 免去练|秋萍同志
                a, b = seam_bounds(tk, a, b, self._surname_set, heads)  # 端|木晓峰, 、那|丽萍, 晏如|是, 曹琳原|任
                if b - a > 3 and "·" not in text[a:b]:  # 柯金良前往: the tagger glued the next word on
                    b = next((a + k for k in (4, 3, 2) if name_before_follower(text, a, a + k)), b)
                if a + 1 in heads and a not in heads and b - a >= 4:
                    a += 1  # 全国劳动模范|赖连城 read as 范赖连城: the head's last character glued on
                elif two_surnames(text[a:b]) and a > 0 and is_han(text[a - 1]) and a not in heads:
                    continue  # 劳动模范|罗淑贞 read as 范罗淑贞: a word's last character glued on
            name = text[a:b]
            if not (plausible_name(name) or whole_sounded) or self._nickname(name) or common_word(name):
                continue
            if name in self._suffixes or self._trade_re.fullmatch(name) or named_thing(text, a, b):
                continue  # 工会 alone in a table's cell: a body's word; 焊工/PER|乐天: a trade
            if self._addressed(name) or part_of_a_word(tk, a, b, heads, self._surname_set, self._suffixes):
                continue
            if opens_quoted_name(tk, a, b) or stage_name(text, a, b):
                continue  # “施可丰第十三届运动会”: the first word of a quoted name
            if in_list_of_bodies(tk, a, b, body_ends, body_starts) and not self._titled(tk, b):
                # 江淮汽车、江来制造等企业: a firm the tagger read a name in (not 书记X校长、…:
                # a name and the title it is addressed by)
                continue
            if holders.holds(a, b) or short.opens(a, b):
                continue  # (鑫参源 beside 鑫参源工会: the firm's short name)
            if thing_name(text, a, b, self.lex.nonhuman_heads):  # 机器人小暖, 小犀 AI 助手
                if rejected is not None:
                    rejected.append(Found(a, b, "PERSON", "rejected"))
                continue
            if text.startswith(self.lex.doctrine, b) or dotted_half(text, a, b):
                continue  # 习近平 in a doctrine (…思想): no one acting; 润心·工益, 迎五一·登太行: a slogan's half
            out.append(Found(a, b, "PERSON"))
            grown.add(a, b)
        taken = Marks(len(text), ((f.start, f.end) for f in out))  # 热孜万古丽·艾买提/a, 热孜万古丽/ORG: one word
        out += [Found(a, b, "PERSON") for a, b in standing_names(tk, heads, covered, taken)]  # 】那仁|满都拉，
        # a table row's name cell (1　丁某某　某公司班长), however the tagger cut it (丁峨|山, 欧阳|黄山)
        places = {(f.start, f.end) for f in found if f.label == "AREA" and f.kind == "full"}
        headed = set(headed_name_cells(text))  # under 姓名: the whole cell (夏吾才让, no surname)
        for a, b in name_cells(text) + labelled_list_cells(text, self._surname_set):  # 受表彰人员：A　B
            name = text[a:b]
            if cell_name(name, self._surname_set, (a, b) in headed) and not self._addressed(name):
                if two_word_cell(tk, a, b):  # 06　安全生产　: a column's name, no one's
                    continue
                if covered.overlaps(a, b) or written_place(text, a, b, places):  # 1　高庄乡　85分
                    continue
                out = [p for p in out if not a <= p.start < b] + [Found(a, b, "PERSON", "row")]
        for a, b in directory_names(text, found, self._title_re):  # 14　某公司工会　黄河清　工会主席
            out = [p for p in out if not (a <= p.start < b or p.start < a < p.end)] + [Found(a, b, "PERSON", "row")]
        # a name right after an office or role noun, whatever the tagger thought (副主席黄山出席, 劳模罗淑贞说)
        taken = Marks(len(text), ((f.start, f.end) for f in out))
        for a in sorted(heads):
            near = named_bodies if a in after_title else covered
            whole = sounded_name_at(tk, a, near)  # 副县长此里|卓玛, 主席才|让|多杰: name words cut, whole
            inside = [p for p in out if a < p.start and p.end <= whole] if whole and taken.overlaps(a, whole) else []
            if inside and not taken.overlaps(a, min(p.start for p in inside)):
                out = [p for p in out if p not in inside] + [Found(a, whole, "PERSON", "after-title")]
                taken.add(a, whole)
                continue
            b = (
                sounded_name_at(tk, a, near, taken)
                or self._name_at(tk, a, near, taken, role_noun=a not in after_title)
                or (a in after_title and name_word_at(tk, a, near, taken))  # 乡长旦|增出席
                or (a in listed and cut_name_at(tk, a, near, taken, self._surname_set, self._person_heads))
                or (a in after_title and glued_name_at(tk, a, near, taken, self._surname_set))
            )
            if b and (a in after_title or not common_word(text[a:b])):  # (职工|康体日: a role noun's thing)
                out.append(Found(a, b, "PERSON", "after-title"))
                taken.add(a, b)
        noted = [
            n
            for n in noted_names(tk, after_title, self._surname_set, covered, taken)
            if not self._addressed(text[slice(*n)])
        ]
        noted += comrade_names(tk, self._surname_set, covered, taken)  # 全红军同志任…
        noted += field_names(text, sn, self._title_re) + head_names(text, sn)  # 主持：X; 镇工会 仝建 00:03:20
        for a, b in label_line_names(text, after_title, self._surname_set) + noted:  # 主席：甄立|国⏎
            if not covered.overlaps(a, b) and not taken.overlaps(a, b):
                out.append(Found(a, b, "PERSON", "after-title"))
                taken.add(a, b)
        # a name the frame closes, however the tagger read it (经理尚海城当选, 选举…第五岚为)
        votes = vote_ends(text)  # 补选达瓦为, ，普丽华为常务副主席: the slots of a vote
        named_from = {f.start: f.end for f in found if f.label in ("UNION", "ORG")}  # (选举X为某工会副主席)
        slots = slot_names(tk, slot_starts(text, votes), votes, self._surname_set, self._title_re, named_from)
        out = with_framed(out, self._framed.spans(tk, heads, places) + slots, covered)
        taken = Marks(len(text), ((f.start, f.end) for f in out))
        # a name the tagger glued onto its head as one noun (社工黄石竹介绍)
        for s, e, *_ in tk.tokens:
            a = name_glued_to_head(tk, s, e, heads, self._surname_set)
            if a is None or covered.overlaps(a, e) or taken.overlaps(a, e):
                continue
            if plausible_name(text[a:e]) and not common_word(text[a:e]):
                out.append(Found(a, e, "PERSON", "after-title"))
                taken.add(a, e)
        # a worker right after a trade in a list of winners (焊工X、), however the tagger cut it
        for m in self._trade_re.finditer(text):
            a = m.end()
            b = trade_name_end(tk, a, self._surname_set)
            if b and plausible_name(text[a:b]) and a not in covered and not taken.overlaps(a, b):
                out.append(Found(a, b, "PERSON", "after-title"))
                taken.add(a, b)
        # the other names of a list (何慧敏、黄山出席): kg.nlp.list_neighbours
        out += list_neighbours(tk, out, heads, covered, taken, places, self._surname_set, self._name_at)
        # 营业部单可馨、惠山支行冼博文: the items of a list of units and their people
        out += unit_list_names(tk, out, body_ends, covered, taken, self._surname_set)
        named = {text[p.start : p.end] for p in out}
        out = [replace(p, end=namesake_end(tk, p.start, p.end, named)) for p in out]
        out = [replace(p, start=namesake_start(tk, p.start, p.end, named, self._surname_set)) for p in out]
        glued = [p for p in out if two_names_glued(text[p.start : p.end], named)]  # (and 小禾 AI 助手、: a bot's)
        return [p for p in out if p not in glued and not thing_after_name(text, p.end, self.lex.nonhuman_heads)]

    def _titled(self, tk: Tokens, b: int) -> bool:
        """Is the word at ``b``, right after a name, a title (吴某校长、)?  No firm's word is."""
        s, e = tk.token_span_at(b)
        return s == b and self._whole_title_re.fullmatch(tk.text, s, e) is not None


@Language.factory(
    "kg_people",
    assigns=["doc._.kg_work"],
    requires=["doc._.kg_work", "doc.ents"],
    default_config={
        "surnames": SURNAMES,
        "nickname_prefixes": "people/nickname_prefixes.txt",
        "person_heads": "people/person_heads.txt",
        "titles": TITLES,
    },
)
def make_people(nlp: Language, name: str, surnames: str, nickname_prefixes: str, person_heads: str, titles: str):
    """People, after ``kg_bodies``."""
    finder: PersonFinder | None = None

    def component(doc: Doc) -> Doc:
        nonlocal finder
        if finder is None:
            finder = PersonFinder(
                surnames=surnames, nickname_prefixes=nickname_prefixes, person_heads=person_heads, titles=titles
            )
        finder(work_of(doc))
        return doc

    return component
