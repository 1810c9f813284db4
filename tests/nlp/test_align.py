"""Splitting tokens in one pass gives the Doc spaCy's retokenizer gives, split by split."""

from __future__ import annotations

import itertools

import numpy as np
import pytest
import spacy
from hypothesis import given, settings
from hypothesis import strategies as st
from spacy.attrs import ENT_IOB, ENT_TYPE, HEAD, IDX, LEMMA, NORM, ORTH, POS, SENT_START, SPACY, TAG
from spacy.tokens import Doc

from kg.nlp.align import CARRIED, split_tokens

COMPARED = [ORTH, IDX, SPACY, HEAD, *CARRIED]


def by_retokenizer(doc: Doc, splits) -> Doc:
    """The way kg_mentions split tokens before: one retokenizer split per token."""
    with doc.retokenize() as retok:
        for i, parts in splits:
            token = doc[i]
            retok.split(token, list(parts), heads=[(token, 0)] * len(parts), attrs={"TAG": [token.tag_] * len(parts)})
    return doc


def assert_same(a: Doc, b: Doc) -> None:
    assert [t.text for t in a] == [t.text for t in b] and a.text == b.text
    assert np.array_equal(a.to_array(COMPARED), b.to_array(COMPARED))
    assert [(e.start, e.end, e.label_) for e in a.ents] == [(e.start, e.end, e.label_) for e in b.ents]


def splits_of(doc: Doc, cuts: set[int]):
    """(token, parts) for every token a cut falls strictly inside."""
    out = []
    for t in doc:
        inner = sorted(c for c in cuts if t.idx < c < t.idx + len(t))
        if inner:
            bounds = [t.idx, *inner, t.idx + len(t)]
            out.append((t.i, [doc.text[x:y] for x, y in itertools.pairwise(bounds)]))
    return out


TEXT = "北京市总工会召开会议。朝阳区总工会主席张伟出席，\n市总工会副主席李明讲话！北京市朝阳区劳模服务中心举办活动"


@pytest.fixture(scope="module")
def tagged(nlp):
    """A Doc as kg_mentions receives it (LAC words, tags, entities, sentence starts): copies."""
    doc = nlp.tokenizer(TEXT)
    for name, proc in nlp.pipeline:
        if name == "kg_mentions":
            break
        doc = proc(doc)
    return doc.copy


@settings(max_examples=60, deadline=None)
@given(cuts=st.sets(st.integers(min_value=1, max_value=len(TEXT) - 1), max_size=30))
def test_one_pass_split_equals_the_retokenizer_on_pipeline_docs(tagged, cuts):
    splits = splits_of(tagged(), cuts)
    assert_same(split_tokens(tagged(), splits), by_retokenizer(tagged(), splits))


words_st = st.lists(st.text(alphabet="工会北京市区主席张伟。", min_size=1, max_size=6), min_size=1, max_size=12)


@settings(max_examples=80, deadline=None)
@given(words=words_st, data=st.data())
def test_one_pass_split_keeps_every_attribute_as_the_retokenizer(words, data):
    """Lemmas, POS, entities (B and I) and sentence starts, including what the retokenizer
    leaves in the parts from the tokens after them."""
    vocab = spacy.blank("zh").vocab
    n = len(words)
    pick = lambda xs: data.draw(st.lists(st.sampled_from(xs), min_size=n, max_size=n))  # noqa: E731
    iob = pick([1, 2, 3])
    for k in range(n):  # an I (1) only after a B (3) or an I
        if iob[k] == 1 and (k == 0 or iob[k - 1] == 2):
            iob[k] = 3
    cols = {
        TAG: [vocab.strings.add(t) for t in pick(["n", "v", "ORG", ""])],
        POS: [vocab.strings.add(p) if p else 0 for p in pick(["NOUN", "VERB", ""])],
        LEMMA: [vocab.strings.add(x) if x else 0 for x in pick(["", "lemma"])],
        NORM: [vocab.strings.add(x) if x else 0 for x in pick(["", "norm"])],
        ENT_IOB: iob,
        ENT_TYPE: [vocab.strings.add(x) if b != 2 else 0 for b, x in zip(iob, pick(["PER", "ORG"]), strict=True)],
        SENT_START: [1, *[s % (2**64) for s in pick([1, -1])][1:]],
    }
    spaces = data.draw(st.lists(st.booleans(), min_size=n, max_size=n))

    def make() -> Doc:
        doc = Doc(vocab, words=words, spaces=spaces)
        doc.from_array(list(cols), np.array(list(cols.values()), dtype=np.uint64).T)
        doc.user_data["kept"] = 1
        return doc

    text = make().text
    cuts = data.draw(st.sets(st.integers(min_value=1, max_value=max(1, len(text) - 1)), max_size=12))
    splits = splits_of(make(), cuts)
    one_pass = split_tokens(make(), splits)
    assert_same(one_pass, by_retokenizer(make(), splits))
    assert one_pass.user_data["kept"] == 1


def test_nothing_to_split_is_the_same_doc(tagged):
    doc = tagged()
    assert split_tokens(doc, []) is doc
