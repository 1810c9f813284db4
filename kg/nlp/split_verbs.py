"""A separable verb parted by a particle (退了休, 请过假, 洗完澡), for ``kg.nlp.people``.

Chinese writes some verbs with their object as one word (退休, 请假) and lets an aspect
particle stand between the two (我退了休比上班还忙).  The tagger, seeing 休比 after 了,
may call it a name; but the character after X了 that closes a separable verb is that verb's
object.  The verbs are class words of the language (``people/split_verbs.txt``).
"""

from __future__ import annotations

import functools

from kg.lexicon import words

# the particles that part a separable verb from its object
_PARTICLES = "了过完着"


@functools.cache
def _split_verbs() -> frozenset[str]:
    return frozenset(words("people/split_verbs.txt"))


def object_of_split_verb(text: str, a: int) -> bool:
    """Is the character at ``a`` the object of a separable verb parted by a particle right
    before it (退|了|休: 退休)?"""
    return a >= 2 and text[a - 1] in _PARTICLES and text[a - 2] + text[a : a + 1] in _split_verbs()
