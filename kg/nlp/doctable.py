"""A Doc's text and tokens read in bulk, for the steps that walk every token.

Iterating a ``Doc`` makes a ``Token`` object per token and ``Doc.text`` joins the
tokens again on every access; over a newspaper archive those two alone cost more
than the LAC encoder.  ``Doc.to_array`` hands over the same facts as integers.
"""

from __future__ import annotations

import itertools
from collections.abc import Sequence

import numpy as np
from spacy.attrs import ENT_IOB, ENT_TYPE, IDX, LENGTH, ORTH, SENT_START, SPACY, TAG
from spacy.tokens import Doc

_TEXT_KEY = ("kg", "text")
_WORDS_KEY = ("kg", "words")
Token = tuple[int, int, str, str]  # start, end (characters), text, tag
Entity = tuple[int, int, str]  # start, end (tokens), label
# spaCy's ENT_IOB codes
ENT_I, ENT_O, ENT_B = 1, 2, 3


def remember_words(doc: Doc, text: str, words: list[str], tags: list[str]) -> None:
    """Keep the words and tags a tokenizer made the Doc from (no white space between
    them), so that the first ``token_table`` need not read them back token by token."""
    doc.user_data[_WORDS_KEY] = (text, words, tags)


def token_table(doc: Doc) -> tuple[str, list[Token]]:
    """The Doc's text and, per token, (start, end, text, tag)."""
    if not len(doc):
        return "", []
    kept = doc.user_data.pop(_WORDS_KEY, None)  # once: a later retokenizing makes it stale
    if kept is not None and len(kept[1]) == len(doc):
        text, words, tags = kept
        ends = list(itertools.accumulate(map(len, words)))
        tokens = list(zip([0, *ends[:-1]], ends, words, tags, strict=True))
        doc.user_data[_TEXT_KEY] = text
        return text, tokens
    strings = doc.vocab.strings
    names: dict[int, str] = {}
    tokens: list[Token] = []
    parts: list[str] = []
    for idx, orth, tag, space in doc.to_array([IDX, ORTH, TAG, SPACY]).tolist():
        word = names.get(orth)
        if word is None:
            word = names[orth] = strings[orth]
        label = names.get(tag)
        if label is None:
            label = names[tag] = strings[tag] if tag else ""
        tokens.append((idx, idx + len(word), word, label))
        parts.append(word)
        if space:
            parts.append(" ")
    text = "".join(parts)
    doc.user_data[_TEXT_KEY] = text
    return text, tokens


def doc_text(doc: Doc) -> str:
    """``doc.text``, built from arrays once per Doc (splitting tokens never changes it)."""
    text = doc.user_data.get(_TEXT_KEY)
    if text is None:
        kept = doc.user_data.get(_WORDS_KEY)  # (left for token_table)
        text = kept[0] if kept is not None and len(kept[1]) == len(doc) else token_table(doc)[0]
        doc.user_data[_TEXT_KEY] = text
    return text


def entity_table(doc: Doc) -> list[Entity]:
    """``doc.ents`` as (start token, end token, label), read from arrays.

    ``doc.ents`` makes a Span, and the Spans a Token per token, on every access.
    """
    if not len(doc):
        return []
    iob, types = doc.to_array([ENT_IOB, ENT_TYPE]).T
    starts = np.flatnonzero(iob == ENT_B)
    if not len(starts):
        return []
    # an entity runs from its B token up to the first token after it that is no I
    not_inside = np.flatnonzero(iob != ENT_I)  # holds the B tokens, so it is never empty here
    after = np.searchsorted(not_inside, starts, side="right")
    ends = np.where(after < len(not_inside), not_inside[np.minimum(after, len(not_inside) - 1)], len(doc))
    strings = doc.vocab.strings
    names: dict[int, str] = {}
    out = []
    for a, b, h in zip(starts.tolist(), ends.tolist(), types[starts].tolist(), strict=True):
        label = names.get(h)
        if label is None:
            label = names[h] = strings[h]
        out.append((a, b, label))
    return out


def set_entity_table(doc: Doc, entities: Sequence[Entity]) -> None:
    """Set ``doc.ents`` to non-overlapping (start, end, label) spans; every other token is
    outside.  The same as ``doc.set_ents`` with Spans, through arrays."""
    iob = np.full(len(doc), ENT_O, dtype=np.uint64)
    types = np.zeros(len(doc), dtype=np.uint64)
    strings = doc.vocab.strings
    for a, b, label in entities:
        iob[a] = ENT_B
        iob[a + 1 : b] = ENT_I
        types[a:b] = strings.add(label)
    if len(doc):
        doc.from_array([ENT_IOB, ENT_TYPE], np.stack([iob, types], axis=1))


def sentence_table(doc: Doc) -> list[tuple[int, int]]:
    """(start, end) character offsets of ``doc.sents``, read from arrays (the Doc must
    have sentence starts, as ``doc.sents`` requires)."""
    if not len(doc):
        return []
    idx, length, start = doc.to_array([IDX, LENGTH, SENT_START]).astype(np.int64).T
    firsts = np.flatnonzero(start == 1)
    firsts = firsts[firsts > 0]  # the first token opens the first sentence whatever it says
    lasts = np.append(firsts - 1, len(doc) - 1)
    begins = idx[np.insert(firsts, 0, 0)]
    ends = idx[lasts] + length[lasts]
    return list(zip(begins.tolist(), ends.tolist(), strict=True))
