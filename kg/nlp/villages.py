"""Villages (村, 嘎查) for ``kg_areas``: below the registry, so found by their grammar — a
place word ending in a village head after the township that holds them.

Split from kg.nlp.areas (one idea per module: the registry's areas there, the villages it
lacks here)."""

from __future__ import annotations

from itertools import pairwise

from kg.lexicon import table, words
from kg.nlp.found import ANCHORED, Found
from kg.nlp.spans import Containers, Marks
from kg.nlp.text import all_han
from kg.nlp.tokens import Tokens, occurrences

UNLISTED_LEVELS = "areas/unlisted_levels.tsv"  # endings of areas below (or missing from) the registry
LIST_JOINERS = ("、", "和", "及", "与")  # between the items of a list of names
PROPER_TAGS = ("PER", "LOC", "ORG", "ns", "nz", "nr")  # the tagger's words of proper names
VISITING = tuple(words("bodies/site_visit_verbs.txt"))  # 走访, 察看: a visit's stop after them
SENTENCE_ENDS = "。！？!?\n"


def outside_villages(areas: list[Found], villages: list[Found]) -> list[Found]:
    """``areas`` and ``villages``, less the areas inside a village's name: 下营镇常州村 is a
    village of 下营镇 named after a city, no mention of 常州市 (a village's name holds no
    area of its own: it is the township's before it that holds the village)."""
    inside = Containers((f.start, f.end) for f in villages if f.kind == "village")
    return [f for f in areas if not inside.holds_more(f.start, f.end)] + villages


class VillageFinder:
    """Finds the villages of a text, given the areas found before them."""

    def __init__(
        self, township_heads: tuple[str, ...], stopwords: tuple[str, ...], union_endings: tuple[str, ...] = ()
    ) -> None:
        levels = table(UNLISTED_LEVELS)
        self.stopwords = stopwords  # words before a head that describe (文明村, 和谐社区)
        # 某镇总工会为村工会主席…: a union's ending glued to the township makes the town's union, and
        # what follows it is no village's name (总工会为村)
        self.union_endings = union_endings
        self.village_heads = tuple(sorted((e for e, lv in levels if lv == "village"), key=len, reverse=True))
        self.township_heads = township_heads

    def __call__(self, tk: Tokens, areas: list[Found]) -> list[Found]:
        """Villages (三清村, 嘎查), below the registry: a place word ending in a village head
        right after the township that holds them (德庆镇顶嘎村); a township the registry
        lacks (紫云乡) is read as one when a village follows it so."""
        text = tk.text
        township_at = {f.end: f for f in areas if text[f.start : f.end].endswith(self.township_heads)}
        taken = Marks(len(text), ((f.start, f.end) for f in areas))
        for a, b, _, tag in tk.tokens:
            if (
                tag in ("LOC", "ns")
                and a not in township_at
                and b - a >= 3
                and text[a:b].endswith(self.township_heads)
                and all_han(text[a:b])
                and not taken.overlaps(a, b)
            ):
                township_at[b] = Found(a, b, "AREA", "township")
        out = []
        for end, township in sorted(township_at.items()):
            village = self._village_at(tk, end)
            if village is None:
                continue
            if township.kind == "township":
                out.append(township)
            out.append(village)
        for f in out:
            taken.add(f.start, f.end)
        out += self._listed(tk, taken)
        out += self._visited(tk, areas, taken)
        out += self._unioned(tk, areas, taken)
        # a village the text named after its township is that village where it is written
        # again at a word's start (额尔敦陶日嘎查 opening its cooperative's name)
        for name in sorted({text[f.start : f.end] for f in out if f.kind == "village"}):
            for a, e in occurrences(text, name):
                if not taken.overlaps(a, e) and (a in tk.starts or not all_han(text[a - 1 : a])):
                    out.append(Found(a, e, "AREA", "village", ANCHORED))
                    taken.add(a, e)
        return out

    def _listed(self, tk: Tokens, taken: Marks) -> list[Found]:
        """洛香村、新安村等6个村工会联合会: place words of a village's shape (two to four name
        characters and a village head) joined as a list (、, 和, 及, 与) are villages, though
        no township is written before them — one alone may be a resort's or a brand's name
        (度假村), a list of such names is a list of villages.  Each is added to ``taken``."""
        text = tk.text
        shaped = [
            (a, b)
            for a, b, _, tag in tk.tokens
            if tag in ("LOC", "ns") and self._village_shaped(text[a:b]) and not taken.overlaps(a, b)
        ]
        listed: set[tuple[int, int]] = set()
        for first, second in pairwise(shaped):
            if text[first[1] : second[0]] in LIST_JOINERS:
                listed |= {first, second}
        for a, b in sorted(listed):
            taken.add(a, b)
        return [Found(a, b, "AREA", "village") for a, b in sorted(listed)]

    def _visited(self, tk: Tokens, areas: list[Found], taken: Marks) -> list[Found]:
        """到某街道调研，先后察看某某村“骑手之家”: a place word of a village's shape right after a
        verb of visiting, in a sentence that named a township before it, is a village (of that
        township: ``kg.extract.areas`` places a village written alone in the township named
        last).  Each is added to ``taken``."""
        text = tk.text
        towns = [f.end for f in areas if text[f.start : f.end].endswith(self.township_heads)]
        out: list[Found] = []
        for a, b, _, tag in tk.tokens if towns else ():
            if tag not in ("LOC", "ns") or not text.endswith(VISITING, 0, a) or not self._village_shaped(text[a:b]):
                continue
            if taken.overlaps(a, b) or not any(
                e <= a and not any(c in SENTENCE_ENDS for c in text[e:a]) for e in towns
            ):
                continue
            out.append(Found(a, b, "AREA", "village"))
            taken.add(a, b)
        return out

    def _unioned(self, tk: Tokens, areas: list[Found], taken: Marks) -> list[Found]:
        """某镇…培训中，蔡界村工会主席X: a proper word of a village's shape right before a union's
        ending, in a text that named a township before it, is a village with its own union (of
        that township, as for ``_visited``), however the tagger read the word (a person's name
        here).  Each is added to ``taken``."""
        text = tk.text
        towns = [f.end for f in areas if text[f.start : f.end].endswith(self.township_heads)]
        if not towns or not self.union_endings:
            return []
        first_town = min(towns)
        out: list[Found] = []
        for a, b, _, tag in tk.tokens:
            if a < first_town or tag not in PROPER_TAGS or not text.startswith(self.union_endings, b):
                continue
            if not self._village_shaped(text[a:b]) or taken.overlaps(a, b):
                continue
            out.append(Found(a, b, "AREA", "village"))
            taken.add(a, b)
        return out

    def _village_shaped(self, word: str) -> bool:
        """Two to four name characters and a village head, none of them describing (文明村)."""
        head = next((h for h in self.village_heads if word.endswith(h)), None)
        stem = word[: -len(head)] if head else ""
        return 2 <= len(stem) <= 4 and all_han(stem) and not stem.startswith(self.stopwords)

    def _village_at(self, tk: Tokens, i: int) -> Found | None:
        """A village name starting at ``i``: two to four name characters and a village head,
        ending a LOC word (five when the word is the village's name alone); or a name the
        tagger cut into pieces (a transliterated one: 额尔敦陶日嘎查 read as a name and a
        verb), two to five characters opening with a word it read as a proper name, and
        the village head as a word of its own."""
        text = tk.text
        if self.union_endings and text.startswith(self.union_endings, i):
            return None
        for head in self.village_heads:
            for n in range(2, 6):
                j = i + n + len(head)
                if j > len(text) or text[i + n : j] != head or not all_han(text[i:j]):
                    continue
                # 吉祥村村委会/ORG: the village's body read as one word with it (the head
                # written again opens the body's name), the village a name of its own
                doubled = j not in tk.ends and text.startswith(head, j) and tk.tag_at(j - 1) in ("LOC", "ns", "ORG")
                if j not in tk.ends and not doubled:
                    continue
                if (n <= 4 or i in tk.starts) and (tk.tag_at(j - 1) in ("LOC", "ns") or doubled):
                    if text.endswith(head, i, i + n) and n - len(head) >= 2:
                        # 陶家冲村村委会 read as one word: the village is 陶家冲村, and the head
                        # written again opens the village's body (村委会, 村支两委, 村民)
                        return Found(i, i + n, "AREA", "village")
                    return Found(i, j, "AREA", "village")
                if i + n in tk.starts and tk.tag_at(i) in PROPER_TAGS:  # no one's name inside it
                    return Found(i, j, "AREA", "village", ANCHORED)
        return None
