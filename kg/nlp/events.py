"""``kg_events``: events — a name ending in an event head (…比赛, …主题活动, …大会) walked left
over its modifiers, ordinals, quotes and the bodies that hold it; the verb phrases of
``event_patterns.txt`` (慰问困难职工); and the object of a verb of holding that ends in an
activity (进行走访慰问, 开展防暑降温专项检查), or an activity after a verb of going and its
place (来到X调研).  An event named inside a longer body or event is part of that name, left out.
"""

from __future__ import annotations

import re

from spacy.language import Language
from spacy.tokens import Doc

from kg.lexicon import Lexicon, alternation_of, lexicon, words
from kg.nlp.activity_names import act_of_noun, edition_end, opened_courses
from kg.nlp.described_events import described_start
from kg.nlp.document_titles import outside_titles
from kg.nlp.found import Found, MentionWork, ending_outside, first_starts, opens_inside, work_of
from kg.nlp.held_activities import HOLDING_VERBS as _HOLDING_VERBS
from kg.nlp.held_activities import held_activities
from kg.nlp.held_names import HELD_REACH, counted_before, held_object_start, held_right_before
from kg.nlp.names import BREAKERS, NAMEISH
from kg.nlp.quoted_titles import whole_title
from kg.nlp.spans import Containers
from kg.nlp.stops import bringings, day_acts
from kg.nlp.text import CLOSE_QUOTES, OPEN_QUOTES
from kg.nlp.tokens import Tokens

ORDINAL_RE = re.compile(
    r"第?[一二三四五六七八九十百\d]+[届次期轮](?:[一二三四五六七八九十\d]+次)?"
    r"|\d{4}年度?|[〇零一二三四五六七八九]{4}年度?|首届|首场|[一二三四五六七八九十\d]+周年"
)
# a month before an adjective of a name's noun, in the name (3月大型招聘会: the month's fair)
_MONTH_RE = re.compile(r"(?:\d{1,2}|[一二三四五六七八九十]{1,2}|十[一二])月份?")
# before an adjective of a name's noun, in the name: its year or edition, or 暨 joining it to another
_AFTER_YEAR_OR_JOIN = re.compile(f"{ORDINAL_RE.pattern}|暨")
# what makes an event's name a title of its own: a quote, an edition, a year
_TITLED_RE = re.compile(f"[{OPEN_QUOTES}]|{ORDINAL_RE.pattern}")
# an aside in brackets inside a name is in Han characters (全体（扩大）会议), not a reading (qǐ)
_HAN_RE = re.compile("[\u4e00-\u9fff]")
_LINE_ENDS = "\n。！？；!?;"
# words that end the walk left: they point at an event, they do not name it
EVENT_DETERMINERS = frozenset(words("events/event_determiners.txt"))
# a caption's opening (图为…现场: the picture shows), as kg.extract.captioned reads it
_CAPTION_OPENS = "图为"
# words of kinds of events (各类, 一系列): a head alone after them names no event
KIND_WORDS = tuple(EVENT_DETERMINERS - frozenset(words("events/this_event_words.txt")))
# verbs of the activity an event is (健步, 慰问, 成立): they stand inside its name
NAME_VERBS = frozenset(words("events/name_verbs.txt"))
# a stop ending a sentence: inside quotes, a sentence said, not a title
_SENTENCE_END = re.compile("[。？?]")
# heads that name an event only right after a quoted title (“平安夜访”行动; not 实际行动)
TITLED_HEADS = frozenset(words("events/titled_heads.txt"))
# 启用仪式, 发车仪式: a ceremony named by its act, a verb neither holding nor attending it
_CEREMONY_HEADS = frozenset(words("events/ceremony_heads.txt"))
_ATTENDING = frozenset((*words("participants/attend_verbs.txt"), *words("participants/watching_verbs.txt")))
FINAL = "final"  # the kind of a closing round named alone (决赛在X举行)
_ROUNDS = tuple(words("events/contest_stages.txt"))  # 初赛, 决赛: rounds a contest's players enter
# words that join two names into one event's (庆祝…劳动节暨表彰大会, 劳动和技能竞赛)
_JOINERS = ("暨", "和", "与", "及")
_FESTIVE = ("节", *words("events/season_words.txt"))  # a festival or season in a name: 春季招聘会
# 为期5天的…: how long an event lasts, before its name
_LASTING = re.compile(r"为期[^，,。；;的]{1,8}的")

# an edition right before a quoted title: 第五届“邻里节”
_EDITION_RE = re.compile(f"(?:{ORDINAL_RE.pattern})$")
# “劳模进驿站·清凉讲堂”在X党群服务中心开讲: a quoted title opening a clause, held at a
# place, is an event's name, whatever it ends with
_VENUE_VERBS = alternation_of(words("events/venue_verbs.txt"))
_TITLE_HELD_RE = re.compile(f"“[^“”\n]{{2,30}}”(?=在[^，,。；;！？!?“”]{{2,30}}?(?:{_VENUE_VERBS}))")
# ，决赛在X举行 / 。总决赛于6月21日在X举行: a contest's closing round named alone, the subject of
# its clause, held at a place (kg.extract.event_merge makes it the contest's final)
_FINALS = tuple(w for w in words("events/closing_stages.txt") if w in words("events/contest_stages.txt"))
_FINAL_HELD_RE = re.compile(
    f"(?<=[，,。；;\n\u3000])(?:{alternation_of(_FINALS)})"
    f"(?=(?:于[^，,。；;！？!?“”]{{1,16}}?)?在[^，,。；;！？!?“”]{{2,40}}?(?:{_VENUE_VERBS}))"
)
# 举办“职工开放日”, 合办的「安全体验日」: a quoted title ending in a day's word (day_titles.txt)
# or a title's head (开展“入会服务集中行动”), the object of a verb of holding, is an event;
# not a day in the calendar said elsewhere (在“世界读书日”来临之际)
_DAY_WORDS = alternation_of((*words("events/day_titles.txt"), *sorted(TITLED_HEADS)))


class EventFinder:
    """Finds events, after every name an event's name may hold."""

    def __init__(self, lex: Lexicon | None = None, event_patterns: str = "events/event_patterns.txt") -> None:
        self.lex = lex or lexicon()
        self._event_pattern_re = [re.compile(p) for p in words(event_patterns)]
        # the event heads as one alternation in lexicon order (regex alternation takes the
        # first alternative that matches, as a scan over the list would)
        self._heads_re = re.compile("|".join(map(re.escape, (*self.lex.event_heads, *sorted(TITLED_HEADS)))))
        # a verb whose subject holds the event, right before its name (召开, 举办了)
        holding = [v for v, role in self.lex.event_verbs.items() if role == "organizer"]
        self._held_re = held_right_before(holding)
        self._held_day_re = re.compile(
            f"(?:{alternation_of(holding)})[了的]?([“「][^“”「」\n]{{2,30}}?(?:{_DAY_WORDS})[”」])"
        )
        # verbs that govern an event's name from outside it (举办, 开展)
        self._governing = frozenset((*self.lex.event_verbs, *_HOLDING_VERBS))

    def __call__(self, work: MentionWork) -> None:
        """Adds the events not held by a longer body or event to ``work.found``."""
        events = outside_titles(work.tokens.text, self.find(work.tokens, work.found))
        # an event named inside a longer body or event is part of that name
        holders = Containers(
            (f.start, f.end) for f in work.found + events if f.label in ("ORG", "UNION", "PLACE", "EVENT")
        )
        kept = [ev for ev in events if not holders.holds_more(ev.start, ev.end)]
        # 技能比武|顺延: a name read from inside an event's name on (武顺延) is no one's
        starts = first_starts(kept)
        work.found = [f for f in work.found if f.label != "PERSON" or not opens_inside(f, starts)] + kept

    def find(self, tk: Tokens, found: list[Found]) -> list[Found]:
        """Every event of the text, given the mentions ``found`` before them."""
        text = tk.text
        out: list[Found] = []
        bodies: dict[int, Found] = {}  # end -> the first body ending there
        for f in found:
            if f.label in ("UNION", "ORG", "AREA", "PLACE"):
                bodies.setdefault(f.end, f)
        body_starts = {f.start for f in bodies.values()}
        walked: dict[int, int] = {}  # see _event_start
        # event_patterns.txt holds regular expressions over characters (慰问…困难职工): they
        # cross LAC's word boundaries, which a token-level SpanRuler pattern cannot.
        phrases = ending_outside([m.span() for rx in self._event_pattern_re for m in rx.finditer(text)], found)
        # where each phrase ends -> where it starts: a walk left that reaches into a phrase
        # of the name's own activity takes it whole (送清凉慰问活动, not 清凉慰问活动)
        phrase_start = {b: a for a, b in sorted(phrases, reverse=True)}
        heads_re, venues = self._heads_re, self.lex.venue_suffixes
        i = 0
        while i < len(text):
            # the first head (in lexicon order) at the next position where any starts
            m = heads_re.search(text, i)
            if m is None:
                break
            i = m.start()
            head = m.group()
            e = i + len(head)
            # extend to the longest head ending here (宣讲比赛 over 比赛, 主题活动 over 活动)
            nxt = heads_re.match(text, e)
            while nxt:
                e = nxt.end()
                nxt = heads_re.match(text, e)
            if i not in tk.starts and tk.tag_at(i) not in ("ORG", "nz", "n", "vn"):
                i += 1
                continue
            if e < len(text) and e not in tk.ends:
                i += 1
                continue
            if text[i:e] in TITLED_HEADS and text[i - 1 : i] not in CLOSE_QUOTES:
                i = e
                continue
            a = self._event_start(tk, i, e, bodies, walked, phrase_start)
            lasting = _LASTING.match(text, a, i)
            if lasting:
                a = lasting.end()  # 为期5天的疗休养活动: how long it lasts is no part of its name
            a, e = whole_title(text, a, e)
            name = text[a:e]
            chained = e - i > len(head)
            # (not a body's or an area's name that opens with one: 和静县, 和平区)
            a = described_start(text, a, i, e, body_starts, (*self.lex.generic_prefixes, *_JOINERS))
            name = text[a:e]
            # a head before a noun modifies it (活动现场, 竞赛号召), unless the name is a title of its
            # own (第三届…大赛钳工…比赛); before a venue's word always (“X”职工疗休养|基地: the venue)
            modifier = (tk.tag_at(e) in ("n", "vn") and not _TITLED_RE.search(name)) or text.startswith(venues, e)
            # a head of four characters or more names an event alone (表彰大会, 启动仪式),
            # not after a word of kinds (开展一系列活动, 各类主题活动)
            alone = len(head) >= 4 and not text.endswith(KIND_WORDS, 0, i) and not text.startswith("一系列", i - 1)
            # a head of three characters alone is an event right after a verb of holding
            # (召开座谈会, 举办了读书会), not elsewhere (读书会是…)
            held = a == i and len(name) == 3 and self._held_re.search(text, max(0, i - HELD_REACH), i) is not None
            if (((a < i or chained or alone) and len(name) >= 4) or held) and not (modifier or counted_before(text, a)):
                if out and out[-1].end == a:
                    # 职工徒步|健身竞走活动: a name right after another goes on with it
                    a = out.pop().start
                out.append(Found(a, edition_end(text, e), "EVENT"))  # (…活动（第一期）: its edition too)
            i = e
        for i, e in opened_courses(tk):  # 托管班在X开班: a course opened, its name walked left
            a = self._event_start(tk, i, e, bodies, walked, phrase_start)
            if e - a >= 3 and not any(f.start <= i and e <= f.end for f in out):
                out.append(Found(a, e, "EVENT"))
        # (a quoted title held at a place, not one inside a name read already; after its
        # edition, the walk left takes the name's ordinal and bodies: X街道第五届“邻里节”)
        for m in _TITLE_HELD_RE.finditer(text):
            if any(f.start <= m.start() and m.end() <= f.end for f in out):
                continue
            if m.start() == 0 or text[m.start() - 1] in "，,。；;！？!?\n":  # (the clause's subject)
                out.append(Found(m.start(), m.end(), "EVENT"))
            elif _EDITION_RE.search(text, max(0, m.start() - 6), m.start()):
                a = self._walk_left(tk, m.start(), m.end(), bodies, {}, phrase_start, [])
                out.append(Found(a, m.end(), "EVENT"))
        for m in _FINAL_HELD_RE.finditer(text):
            if not any(f.start <= m.start() and m.end() <= f.end for f in out):
                out.append(Found(m.start(), m.end(), "EVENT", FINAL))
        for m in self._held_day_re.finditer(text):
            if not any(f.start <= m.start(1) and m.end(1) <= f.end for f in out):
                out.append(Found(m.start(1), m.end(1), "EVENT"))
        # (为期5天的疗休养|活动: a name read from inside a phrase on is the event, the phrase is not)
        # (颁奖|词, 授牌|单位: an act right before a noun that is no event's head modifies it)
        out += [
            Found(a, b, "EVENT", "verb")
            for a, b in phrases
            if not any(a < f.start < b < f.end for f in out) and not act_of_noun(tk, b, self._heads_re)
        ]
        out += [
            Found(a, e, "EVENT", "verb") for a, e in bringings(tk) if not any(f.start < e and a < f.end for f in out)
        ]
        # (同一天，X在Y设立分会场: a second act of the day at a place of its own)
        out += [
            Found(a, e, "EVENT", "verb") for a, e in day_acts(tk) if not any(f.start < e and a < f.end for f in out)
        ]
        out += held_activities(tk)  # 开展走访慰问, 来到X调研, 带队走访: kg.nlp.held_activities
        return out

    def _event_start(
        self, tk: Tokens, i: int, e: int, bodies: dict[int, Found], walked: dict[int, int], phrases: dict[int, int]
    ) -> int:
        """Walk left over the words of an event's name: modifiers, ordinals, quotes, bodies
        (``bodies``: the first ending at each offset), the verb phrases of the name's own
        activity (``phrases``: where each starts, by where it ends).

        Where the walk goes next depends on where it stands alone, so a walk that reaches a
        place an earlier walk passed ends where that one ended: ``walked`` remembers it,
        and the walks of a text cost its length, not its length per event.
        """
        passed: list[int] = []
        k = self._walk_left(tk, i, e, bodies, walked, phrases, passed)
        for p in passed:
            walked[p] = k
        return k

    def _walk_left(
        self,
        tk: Tokens,
        k: int,
        e: int,
        bodies: dict[int, Found],
        walked: dict[int, int],
        phrases: dict[int, int],
        passed: list[int],
    ) -> int:
        """(``e``: where the head ends; the rest as ``_event_start``.)"""
        text = tk.text
        while k > 0:
            if k in walked:
                return walked[k]
            passed.append(k)
            c = text[k - 1]
            if c in CLOSE_QUOTES:
                o = OPEN_QUOTES[CLOSE_QUOTES.index(c)]
                q = text.rfind(o, max(0, k - 40), k - 1)
                if q < 0 or _SENTENCE_END.search(text, q + 1, k - 1):
                    break  # (「…，今次收获好大。」闭幕式: a sentence quoted, speech, no title of the name)
                k = q
                continue
            if c in "）)":
                q = max(text.rfind("（", max(0, k - 20), k - 1), text.rfind("(", max(0, k - 20), k - 1))
                aside = text[q + 1 : k - 1]
                # (not a stage direction opening a line of a script: （配音）大会选举…, （解说）仪式上)
                inside = q > 0 and text[q - 1] not in _LINE_ENDS
                if inside and ("简称" in aside or (len(aside) <= 4 and _HAN_RE.search(aside))):
                    k = q  # （以下简称…）, or a short aside inside the name: 全体（扩大）会议
                    continue
                break
            body = bodies.get(k)
            if body:
                k = body.start
                continue
            if k in phrases and not text.startswith(_JOINERS, k):
                k = phrases[k]  # 2024年送清凉慰问活动: the campaign's phrase is the name's
                continue  # (not 送文化进基层和劳模宣讲: two events)
            a, _ = tk.token_span_at(k - 1)
            word = text[a:k]
            tag = tk.tag_at(k - 1)
            if text.endswith(_CAPTION_OPENS, 0, k):
                return k  # 图为活动现场: a caption says what the picture shows, no name opens with it
            if ORDINAL_RE.fullmatch(word) or (tag == "TIME" and word.endswith(_FESTIVE)):
                k = a  # 第三届…, 2024年…, and a festival: 中秋节慰问活动, 劳动节大会
                continue
            if word in _JOINERS and self._joins(tk, a, k, e, bodies):
                k = a
                continue
            if tag == "v" and word in NAME_VERBS:
                k = a  # 万人健步大会, 工会成立暨…大会: a verb of the name's own activity
                continue
            if tag == "v" and len(word) == 2 and self._heads_re.match(text, k) and self._after_who(tk, word, a):
                k = a  # 农民工返岗欢送会, 教职工荣休座谈会: who does the act and the act, the occasion
                continue
            if tag == "v" and text[k:e] in _CEREMONY_HEADS and word not in self._governing | _ATTENDING:
                k = a  # 集中启用仪式: the act the ceremony performs (not 举行仪式, 出席仪式)
                continue
            if tag == "v" and self._object_verb(tk, word, k) and not any(b <= a < x for x, b in phrases.items()):
                k = a  # 职工剪羊毛技能大赛, 包饺子比赛: a verb and its object, the contest's task
                continue
            if tag in ("a", "ad", "vd") and tk.tag_at(k) in ("v", "vn") and not self._heads_re.match(text, k):
                k = a  # 健康游活动, 集中宣传活动, 无偿献血活动: a modifier of a verb of the name (not 整个比赛)
                continue
            if tag == "ad" and tk.tag_at(k) == "v":
                k = a  # 集中揭牌仪式: an adverb of the verb the name opens with, even a head's
                continue
            if (
                tag == "a"
                and tk.tag_at(k) == "n"
                and a > 0
                and _AFTER_YEAR_OR_JOIN.fullmatch(text, tk.token_span_at(a - 1)[0], a)
            ):
                k = a  # 二〇二七年度优秀职工颁奖礼, X暨优秀职工颁奖礼: an adjective of the name's noun
                continue
            if tag == "a" and tk.tag_at(k) == "n" and a > 0 and tk.tag_at(a - 1) == "TIME":
                b, _ = tk.token_span_at(a - 1)
                if _MONTH_RE.fullmatch(text, b, a) or text.endswith(_FESTIVE, b, a):
                    k = b  # 3月大型招聘会, 春季大型招聘会: the month's or season's fair, its adjective
                    continue
            if tag == "a" and self._heads_re.match(text, k) and a > 0 and tk.tag_at(a - 1) in ("n", "vn", "nz"):
                k = a  # 职工心理健康讲座: an adjective between the name's nouns and its head
                continue  # (not 召开重要会议: a verb before it, no noun)
            if word in BREAKERS or word in EVENT_DETERMINERS or tag not in NAMEISH or tag in ("TIME",):
                return held_object_start(tk, k, self._governing | _ATTENDING | BREAKERS | EVENT_DETERMINERS)
            k = a
        return k

    def _object_verb(self, tk: Tokens, word: str, k: int) -> bool:
        """Whether the verb ``word`` ending at ``k`` names, with its object, the task an
        event is about: a verb of one character before a noun (剪|羊毛技能大赛, 写|春联活动),
        or a word of three characters that is a verb and its object (包饺子比赛, 看电影活动),
        after who does it (职工) or the verb holding the event (举办); a verb of one character
        also after a verbal noun of the name (消费帮扶直播|带|货活动) or a quoted title
        (“技能人才进园区”助|企行活动: the campaign's slogan and what it does, one name).  Not a verb of
        holding or taking part (举办, 参加: two characters, they govern it), nor one after
        an adverb (在现场看篮球比赛: the people watch a match, its name is 篮球比赛); nor,
        the caller sees to it, a verb inside a phrase of its own (送文化进基层和劳模宣讲)."""
        if word in self._governing:
            return False
        a = k - len(word)
        if a > 0:
            b, _ = tk.token_span_at(a - 1)
            # (直播|带货活动: a one-character verb after a verbal noun of the name too)
            nouns = ("n", "nz", "vn") if len(word) == 1 else ("n", "nz")
            # (“劳模进企业”助|企行活动: a one-character verb right after a quoted title goes on with it)
            titled = len(word) == 1 and tk.text[a - 1] in CLOSE_QUOTES
            if tk.tag_at(a - 1) not in nouns and tk.text[b:a] not in self._governing and not titled:
                return False
            if len(word) == 1 and tk.text[b:a] in self.lex.event_heads:
                return False  # 比赛|分|选拔赛和决赛: a head ends its name, the verb opens a clause
        if len(word) == 1:
            return tk.tag_at(k) == "n"
        return len(word) == 3 and not self._heads_re.match(word)

    def _after_who(self, tk: Tokens, word: str, a: int) -> bool:
        """Whether the verb ``word`` starting at ``a`` is the act of the people named right before
        it (农民工|返岗): a noun before it, and no verb of holding or attending (职工参加|活动)."""
        # (not a round of a contest, entered: 选手进入决赛, 晋级复赛)
        if a == 0 or tk.text.startswith(_ROUNDS, a + len(word)):
            return False
        return tk.tag_at(a - 1) in ("n", "nz") and word not in self._governing | _ATTENDING

    def _joins(self, tk: Tokens, a: int, k: int, e: int, bodies: dict[int, Found]) -> bool:
        """暨 joins two names into one (…劳动节暨表彰大会); 和/与/及 join two nouns of
        one name (劳动和技能竞赛), not two events (座谈会和表彰大会), two bodies, nor a
        noun and the head alone (感谢信和活动)."""
        if a == 0 or a in bodies:
            return False
        if tk.text[a:k] == "暨":
            return True
        b, _ = tk.token_span_at(a - 1)
        before = tk.text[b:a]
        nouns = ("n", "vn")
        if tk.token_span_at(k)[1] >= e:
            return False
        return tk.tag_at(a - 1) in nouns and tk.tag_at(k) in nouns and not before.endswith(self.lex.event_heads)


@Language.factory(
    "kg_events",
    assigns=["doc._.kg_work"],
    requires=["doc._.kg_work"],
    default_config={"event_patterns": "events/event_patterns.txt"},
)
def make_events(nlp: Language, name: str, event_patterns: str):
    """Events, after ``kg_titles``."""
    finder: EventFinder | None = None

    def component(doc: Doc) -> Doc:
        nonlocal finder
        if finder is None:
            finder = EventFinder(event_patterns=event_patterns)
        finder(work_of(doc))
        return doc

    return component
