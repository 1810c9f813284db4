"""A Doc's text and tokens read in bulk, for the steps that walk every token.

Iterating a ``Doc`` makes a ``Token`` object per token and ``Doc.text`` joins the
tokens again on every access; over a newspaper archive those two alone cost more
than the LAC encoder.  ``Doc.to_array`` hands over the same facts as integers.
"""

from __future__ import annotations

import itertools

from spacy.attrs import IDX, ORTH, SPACY, TAG
from spacy.tokens import Doc

_TEXT_KEY = ("kg", "text")
_WORDS_KEY = ("kg", "words")
Token = tuple[int, int, str, str]  # start, end (characters), text, tag


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
        text = doc.user_data[_TEXT_KEY] = token_table(doc)[0]
    return text
