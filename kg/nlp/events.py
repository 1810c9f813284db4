"""``kg_events``: events — a name ending in an event head (…比赛, …主题活动, …大会) walked left
over its modifiers, ordinals, quotes and the bodies that hold it; and the verb phrases of
``event_patterns.txt`` (慰问困难职工).

An event named inside a longer body or event is part of that name and is left out.
"""

from __future__ import annotations

import re

from spacy.language import Language
from spacy.tokens import Doc

from kg.lexicon import Lexicon, lexicon, words
from kg.nlp.found import Found, MentionWork, work_of
from kg.nlp.names import BREAKERS, NAMEISH
from kg.nlp.spans import Containers
from kg.nlp.text import CLOSE_QUOTES, OPEN_QUOTES
from kg.nlp.tokens import Tokens

ORDINAL_RE = re.compile(
    r"第?[一二三四五六七八九十百\d]+[届次期轮](?:[一二三四五六七八九十\d]+次)?"
    r"|\d{4}年|首届|首场|[一二三四五六七八九十\d]+周年"
)
# words that end the walk left: they point at an event, they do not name it
EVENT_DETERMINERS = frozenset(words("events/event_determiners.txt"))


class EventFinder:
    """Finds events, after every name an event's name may hold."""

    def __init__(self, lex: Lexicon | None = None, event_patterns: str = "events/event_patterns.txt") -> None:
        self.lex = lex or lexicon()
        self._event_pattern_re = [re.compile(p) for p in words(event_patterns)]
        # the event heads as one alternation in lexicon order (regex alternation takes the
        # first alternative that matches, as a scan over the list would)
        self._heads_re = re.compile("|".join(map(re.escape, self.lex.event_heads)))

    def __call__(self, work: MentionWork) -> None:
        """Adds the events not held by a longer body or event to ``work.found``."""
        events = self.find(work.tokens, work.found)
        # an event named inside a longer body or event is part of that name
        holders = Containers(
            (f.start, f.end) for f in work.found + events if f.label in ("ORG", "UNION", "PLACE", "EVENT")
        )
        work.found += [ev for ev in events if not holders.holds_more(ev.start, ev.end)]

    def find(self, tk: Tokens, found: list[Found]) -> list[Found]:
        """Every event of the text, given the mentions ``found`` before them."""
        text = tk.text
        out: list[Found] = []
        bodies: dict[int, Found] = {}  # end -> the first body ending there
        for f in found:
            if f.label in ("UNION", "ORG", "AREA", "PLACE"):
                bodies.setdefault(f.end, f)
        walked: dict[int, int] = {}  # see _event_start
        heads_re = self._heads_re
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
            a = self._event_start(tk, i, bodies, walked)
            name = text[a:e]
            chained = e - i > len(head)
            while a < i and name.startswith(self.lex.generic_prefixes):
                g = next(g for g in self.lex.generic_prefixes if name.startswith(g))
                a += len(g)
                name = text[a:e]
            if (a < i or chained) and len(name) >= 4:
                out.append(Found(a, e, "EVENT"))
            i = e
        # event_patterns.txt holds regular expressions over characters (慰问…困难职工): they
        # cross LAC's word boundaries, which a token-level SpanRuler pattern cannot.
        for rx in self._event_pattern_re:
            for m in rx.finditer(text):
                out.append(Found(m.start(), m.end(), "EVENT", "verb"))
        return out

    def _event_start(self, tk: Tokens, i: int, bodies: dict[int, Found], walked: dict[int, int]) -> int:
        """Walk left over the words of an event's name: modifiers, ordinals, quotes, bodies
        (``bodies``: the first ending at each offset).

        Where the walk goes next depends on where it stands alone, so a walk that reaches a
        place an earlier walk passed ends where that one ended: ``walked`` remembers it,
        and the walks of a text cost its length, not its length per event.
        """
        passed: list[int] = []
        k = self._walk_left(tk, i, bodies, walked, passed)
        for p in passed:
            walked[p] = k
        return k

    def _walk_left(
        self, tk: Tokens, k: int, bodies: dict[int, Found], walked: dict[int, int], passed: list[int]
    ) -> int:
        text = tk.text
        while k > 0:
            if k in walked:
                return walked[k]
            passed.append(k)
            c = text[k - 1]
            if c in CLOSE_QUOTES:
                o = OPEN_QUOTES[CLOSE_QUOTES.index(c)]
                q = text.rfind(o, max(0, k - 40), k - 1)
                if q < 0:
                    break
                k = q
                continue
            if c in "）)":
                q = max(text.rfind("（", max(0, k - 20), k - 1), text.rfind("(", max(0, k - 20), k - 1))
                if q >= 0 and ("简称" in text[q:k] or k - q - 2 <= 4):
                    k = q  # （以下简称…）, or a short aside inside the name: 全体（扩大）会议
                    continue
                break
            body = bodies.get(k)
            if body:
                k = body.start
                continue
            a, _ = tk.token_span_at(k - 1)
            word = text[a:k]
            tag = tk.tag_at(k - 1)
            if ORDINAL_RE.fullmatch(word):
                k = a
                continue
            if word in BREAKERS or word in EVENT_DETERMINERS or tag not in NAMEISH or tag in ("TIME",):
                break
            k = a
        return k


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
