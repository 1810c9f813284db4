"""Family *people*: each PERSON mention is an entity of the article.

Needs nothing of the earlier families; runs after the bodies so that a person's span
in ``ctx.ref_at`` never hides a body's.  Credits of the byline: ``kg.extract.credits``.

A profile names its subject in full once and then by the given name alone (谭晓燕 …
晓燕说): that mention is the same person, an alias of the full name, not a second person
(the Conventions: canonical names are full names, the forms the text uses are aliases).
"""

from __future__ import annotations

from kg.extract.context import CONFIDENCE, ArticleContext
from kg.lexicon import words
from kg.model.facts import EntityRef
from kg.nlp.name_checks import SURNAMES

_SURNAMES = frozenset(words(SURNAMES))
_PET_PREFIXES = tuple(words("people/nickname_prefixes.txt"))


def read_people(ctx: ArticleContext) -> None:
    """Record each person named in the text, at its first mention."""
    mentions = ctx.mentions_of("PERSON")
    full_of = _given_names({s.text for s in mentions})
    for s in mentions:
        full = full_of.get(s.text)
        ref = EntityRef("Person", full or s.text)
        ctx.add(ref, s.text if full else None, (s.start_char, s.end_char), CONFIDENCE["name"])


def _given_names(names: set[str]) -> dict[str, str]:
    """short form -> the one full name of ``names`` it stands for: the given name of two
    (晓燕 -> 谭晓燕) or a pet name of its last character (“阿亮” -> 梁亮, as 小/老/阿 + a
    surname is no one's name), that the article also writes after a surname of one or two.
    A form two full names share (晓燕 of 谭晓燕 and 林晓燕) is left alone: the text does
    not say which."""
    fulls: dict[str, set[str]] = {}
    for full in names:
        for n in (1, 2):
            if full[:n] not in _SURNAMES or not 1 <= len(full) - n <= 2:
                continue
            forms = {p + full[-1] for p in _PET_PREFIXES} | ({full[n:]} if len(full) - n == 2 else set())
            for form in forms - {full}:
                fulls.setdefault(form, set()).add(full)
    return {g: next(iter(f)) for g, f in fulls.items() if g in names and len(f) == 1}
