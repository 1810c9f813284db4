"""The bulk reader of a Doc's tokens agrees with spaCy's own token objects."""

from __future__ import annotations

import spacy
from spacy.tokens import Doc

from kg.nlp.doctable import doc_text, remember_words, token_table


def make_doc(words: list[str], spaces: list[bool], tags: list[str]) -> Doc:
    return Doc(spacy.blank("xx").vocab, words=words, spaces=spaces, tags=tags)


def test_table_matches_the_tokens_with_spaces_and_empty_tags():
    doc = make_doc(
        ["北京市", "总工会", "召开", "ABC", "会议", "。"],
        [False, False, True, True, False, False],
        ["LOC", "n", "v", "", "n", "w"],
    )
    text, tokens = token_table(doc)
    assert text == doc.text == "北京市总工会召开 ABC 会议。"
    assert tokens == [(t.idx, t.idx + len(t), t.text, t.tag_) for t in doc]


def test_text_is_remembered_and_survives_a_split():
    doc = make_doc(["海淀区总工会", "举办", "培训班"], [False] * 3, ["ORG", "v", "n"])
    before = doc_text(doc)
    with doc.retokenize() as retok:
        retok.split(doc[0], ["海淀区", "总工会"], heads=[(doc[0], 0), (doc[0], 0)])
    assert doc_text(doc) == before == doc.text
    assert [t for _, _, t, _ in token_table(doc)[1]] == ["海淀区", "总工会", "举办", "培训班"]


def test_empty_doc():
    assert token_table(make_doc([], [], [])) == ("", [])


def test_words_kept_by_the_tokenizer_give_the_same_table_once():
    words, tags = ["海淀区总工会", "举办", "培训班", "\n", "ABC"], ["ORG", "v", "n", "w", "nz"]
    doc = make_doc(words, [False] * 5, tags)
    from_arrays = token_table(make_doc(words, [False] * 5, tags))
    remember_words(doc, "".join(words), words, tags)
    assert token_table(doc) == from_arrays
    # what was kept is used once: after a split the table is read from the Doc again
    with doc.retokenize() as retok:
        retok.split(doc[0], ["海淀区", "总工会"], heads=[(doc[0], 0), (doc[0], 0)])
    assert [t for _, _, t, _ in token_table(doc)[1]] == ["海淀区", "总工会", "举办", "培训班", "\n", "ABC"]


def test_lac_docs_read_the_same_through_kept_words_and_through_arrays():
    from kg.nlp.pipeline import make_nlp

    nlp = make_nlp("lac")
    text = "近日，朝阳区总工会在 798 艺术区举办“职工文化节”。\n王建国出席。"
    doc = nlp.tokenizer(text)
    kept = token_table(doc)
    again = token_table(doc)  # nothing kept any more: read from the arrays
    assert kept == again and kept[0] == text


def test_entity_table_reads_what_set_ents_wrote_and_writes_the_same():
    from spacy.tokens import Span

    from kg.nlp.doctable import entity_table, set_entity_table

    words = ["北京市", "朝阳区", "总工会", "王", "建国", "在", "北京", "。"]
    doc = make_doc(words, [False] * len(words), ["ns"] * len(words))
    spans = [(0, 3, "ORG"), (3, 5, "PER"), (6, 7, "LOC")]
    doc.set_ents([Span(doc, a, b, label=lab) for a, b, lab in spans])
    assert entity_table(doc) == spans == [(e.start, e.end, e.label_) for e in doc.ents]
    # adjacent entities stay apart; the last token may end one
    again = make_doc(words, [False] * len(words), ["ns"] * len(words))
    set_entity_table(again, [(0, 1, "LOC"), (1, 2, "LOC"), (7, 8, "X")])
    assert [(e.start, e.end, e.label_) for e in again.ents] == [(0, 1, "LOC"), (1, 2, "LOC"), (7, 8, "X")]
    assert entity_table(again) == [(0, 1, "LOC"), (1, 2, "LOC"), (7, 8, "X")]
    set_entity_table(again, [])
    assert entity_table(again) == [] and not again.ents
    assert entity_table(make_doc([], [], [])) == []


def test_sentence_table_gives_the_character_bounds_of_doc_sents():
    from kg.nlp.doctable import sentence_table

    words = ["工会", "召开", "会议", "。", " ", "张三", "出席", "！", "散会"]
    doc = make_doc(words, [False, False, False, False, False, True, False, False, False], ["n"] * len(words))
    starts = [False, False, False, False, True, False, False, False, True]
    for token, first in zip(doc, starts, strict=True):
        token.is_sent_start = first
    doc[0].is_sent_start = False  # the first token opens a sentence whatever it says
    assert sentence_table(doc) == [(s.start_char, s.end_char) for s in doc.sents]
    assert len(sentence_table(doc)) == 3
