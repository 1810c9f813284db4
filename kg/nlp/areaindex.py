"""The gazetteer's area names, indexed for the longest match at a text offset."""

from __future__ import annotations

import functools

import numpy as np

from kg.gazetteer import Gazetteer
from kg.lexicon import words

AREA_STOPWORDS = "areas/area_stopwords.txt"  # forms that are ordinary words far more often than places
# a registry name that is a zone's ending alone (保税区, 开发区) is the common noun in news,
# not the one zone of that bare name the registry happens to list
ZONE_SUFFIXES = "areas/zone_suffixes.txt"


def _pair_code(pair: str) -> int:
    """Two characters as one integer (code points fit in 21 bits)."""
    return (ord(pair[0]) << 21) | ord(pair[1])


class AreaIndex:
    """Surface forms of areas, grouped by first character for a fast longest match."""

    def __init__(self, full: set[str], short: set[str]) -> None:
        self.full = full
        self.short = short
        self.lengths: dict[str, list[int]] = {}
        for form in full | short:
            self.lengths.setdefault(form[0], []).append(len(form))
        for k in self.lengths:
            self.lengths[k] = sorted(set(self.lengths[k]), reverse=True)
        self.first_chars = frozenset(self.lengths)
        self.prefixes = frozenset(form[:2] for form in full | short)  # every form has two or more
        self._prefix_codes = np.array(sorted(_pair_code(p) for p in self.prefixes), dtype=np.int64)

    def candidates(self, text: str, firsts: frozenset[str] | set[str]) -> list[int]:
        """Offsets of Han characters where a form may begin: its first two characters
        open some form, or the character is one of ``firsts``.

        One numpy pass instead of a set look-up per character: most of a text's
        characters open no area name at all.
        """
        codes = np.frombuffer(text.encode("utf-32-le", "surrogatepass"), dtype=np.uint32).astype(np.int64)
        hit = np.zeros(len(codes), dtype=bool)
        known = self._prefix_codes
        if len(codes) > 1 and len(known):
            pairs = (codes[:-1] << 21) | codes[1:]
            at = np.minimum(np.searchsorted(known, pairs), len(known) - 1)
            hit[:-1] = known[at] == pairs
        if firsts:
            hit |= np.isin(codes, np.array([ord(c) for c in firsts], dtype=np.int64))
        han = (
            ((codes >= 0x3400) & (codes <= 0x4DBF))
            | ((codes >= 0x4E00) & (codes <= 0x9FFF))
            | ((codes >= 0xF900) & (codes <= 0xFAFF))
        )
        return np.flatnonzero(hit & han).tolist()

    def longest(self, text: str, i: int, extra: dict[str, str]) -> tuple[int, str] | None:
        """(length, kind) of the longest form at ``i``: "full", "short", or "abbr" for one
        of the ``extra`` abbreviations the text defines; None when no form starts there."""
        best = None
        for form in extra:
            if text.startswith(form, i) and (best is None or len(form) > best[0]):
                best = (len(form), "abbr")
        if text[i : i + 2] not in self.prefixes:
            return best
        for n in self.lengths.get(text[i], ()):
            if best and n <= best[0]:
                break
            if i + n > len(text):  # (a form longer than what is left: a shorter one may fit)
                continue
            form = text[i : i + n]
            if form in self.full:
                return n, "full"
            if form in self.short:
                return n, "short"
        return best


@functools.cache
def area_index() -> AreaIndex:
    """Built once per process (a build forks its workers after building it)."""
    gaz = Gazetteer.default()
    stop = set(words(AREA_STOPWORDS)) | set(words(ZONE_SUFFIXES))
    full = {f for f in gaz.surface_forms() if f not in stop and len(f) >= 2}
    return AreaIndex(full, {f for f in gaz.short_forms() if f not in stop and len(f) >= 2} - full)
