"""Splitting a Doc's tokens at many places in one pass.

spaCy's retokenizer applies each split on its own: it moves every later token and
rereads the whole Doc (``has_annotation``) each time, so a Doc of n tokens split at
n/10 places costs n²/10 steps — most of the time of a 200 KB article.  ``split_tokens``
makes the new Doc at once from its words and the old Doc's attribute arrays, with
every attribute as the retokenizer would leave it (tests/nlp/test_align.py compares the two).
"""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np
from spacy.attrs import (
    DEP,
    ENT_ID,
    ENT_IOB,
    ENT_KB_ID,
    ENT_TYPE,
    HEAD,
    LEMMA,
    MORPH,
    NORM,
    ORTH,
    POS,
    SENT_START,
    SPACY,
    TAG,
)
from spacy.tokens import Doc

from kg.nlp.doctable import ENT_B, ENT_I

# What a token carries besides its text; HEAD is set apart (see split_tokens).
CARRIED = (TAG, POS, MORPH, LEMMA, NORM, ENT_IOB, ENT_TYPE, ENT_KB_ID, ENT_ID, SENT_START)


def split_tokens(doc: Doc, splits: Sequence[tuple[int, Sequence[str]]]) -> Doc:
    """The Doc with token ``i`` split into ``parts`` for each ``(i, parts)`` (ascending
    ``i``; the parts make up the token's text): what ``Doc.retokenize`` gives for
    ``split(doc[i], parts, heads=[(doc[i], 0)] * len(parts), attrs={"TAG": [doc[i].tag_] * len(parts)})``
    of each, but in one pass.  Returns a new Doc (with the old one's ``user_data``)
    unless the Doc holds what this does not rebuild (a parse, a tensor, span groups);
    then it splits that Doc in place with the retokenizer.

    The retokenizer's rules, kept here: every part takes the token's TAG and entity
    tag (B becomes B, I, I…), its NORM is reset, its LEMMA becomes its own text if a
    lemma was set; the first part keeps the token's other attributes, and part ``k``
    the other attributes of the token ``k`` places after it (the retokenizer writes the
    parts over the slots of the tokens that follow, which still hold theirs; past the
    end nothing), among them the sentence start and the entity type.
    """
    if not splits:
        return doc
    n = len(doc)
    heads = doc.to_array([HEAD, DEP])
    if heads.any() or doc.tensor.size or len(doc.spans):
        return _retokenize(doc, splits)
    strings = doc.vocab.strings
    old = np.vstack([doc.to_array(list(CARRIED)), np.zeros((1, len(CARRIED)), dtype=np.uint64)])
    orth_spacy = doc.to_array([ORTH, SPACY])
    old_words = [strings[h] for h in orth_spacy[:, 0].tolist()]
    old_spaces = orth_spacy[:, 1].astype(bool).tolist()

    words: list[str] = []
    spaces: list[bool] = []
    src: list[np.ndarray] = []  # per new token, the old row its attributes come from
    parent: list[np.ndarray] = []  # per new token of a split, the token it comes from
    part: list[np.ndarray] = []  # and which part it is
    at = 0
    for i, parts in splits:
        words += old_words[at:i]
        spaces += old_spaces[at:i]
        src.append(np.arange(at, i))
        m = len(parts)
        words += parts
        spaces += [False] * (m - 1) + [old_spaces[i]]
        k = np.arange(m)
        src.append(np.minimum(i + k, n))  # part k: the slot of the token k places on
        parent.append(np.full(m, i))
        part.append(k)
        at = i + 1
    words += old_words[at:]
    spaces += old_spaces[at:]
    src.append(np.arange(at, n))

    rows = old[np.concatenate(src)]
    new_at = _split_positions(splits)
    parents, parts_k = np.concatenate(parent), np.concatenate(part)
    col = {a: c for c, a in enumerate(CARRIED)}
    rows[new_at, col[TAG]] = old[parents, col[TAG]]
    rows[new_at, col[NORM]] = 0
    iob = old[parents, col[ENT_IOB]]
    rows[new_at, col[ENT_IOB]] = np.where((iob == ENT_B) & (parts_k > 0), ENT_I, iob)
    lemma_set = rows[new_at, col[LEMMA]] != 0
    if lemma_set.any():
        orths = np.array([strings.add(words[j]) for j in new_at.tolist()], dtype=np.uint64)
        rows[new_at, col[LEMMA]] = np.where(lemma_set, orths, 0)

    out = Doc(doc.vocab, words=words, spaces=spaces)
    used = [c for c in range(len(CARRIED)) if rows[:, c].any()]
    if used:
        out.from_array([CARRIED[c] for c in used], rows[:, used])
    head = np.zeros(len(words), dtype=np.int64)
    head[new_at] = -parts_k  # every part hangs on the first
    if head.any():
        out.from_array([HEAD], head.astype(np.uint64))
    out.user_data.update(doc.user_data)
    out.cats = dict(doc.cats)
    return out


def _split_positions(splits: Sequence[tuple[int, Sequence[str]]]) -> np.ndarray:
    """Where the parts of the split tokens stand in the new Doc."""
    out: list[int] = []
    extra = 0
    for i, parts in splits:
        out.extend(range(i + extra, i + extra + len(parts)))
        extra += len(parts) - 1
    return np.array(out, dtype=np.int64)


def _retokenize(doc: Doc, splits: Sequence[tuple[int, Sequence[str]]]) -> Doc:
    with doc.retokenize() as retok:
        for i, parts in splits:
            token = doc[i]
            retok.split(token, list(parts), heads=[(token, 0)] * len(parts), attrs={"TAG": [token.tag_] * len(parts)})
    return doc
