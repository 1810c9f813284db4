"""Inputs far longer than news: sentences without an end, over-long articles, deep HTML.

Cost and output must stay linear in the input; these tests check the mechanisms that
make them so (sentence pieces, article parts, an iterative HTML walk) without timing.
"""

from __future__ import annotations

import itertools
import random

WORDS = [
    "北京市",
    "总工会",
    "工会",
    "主席",
    "委员会",
    "召开",
    "会议",
    "职工",
    "张伟",
    "朝阳区",
    "街道",
    "活动",
    "举办",
    "有限公司",
    "集团",
    "当选",
    "为",
]


def union_words(n: int, seed: int = 1, marks: tuple[str, ...] = ("",)) -> str:
    rng = random.Random(seed)
    out: list[str] = []
    size = 0
    while size < n:
        w = rng.choice(WORDS) + rng.choice(marks)
        out.append(w)
        size += len(w)
    return "".join(out)


def test_a_sentence_without_end_is_cut_into_encoder_pieces(nlp):
    from kg.nlp.doctable import sentence_table
    from kg.nlp.pipeline import MAX_CHUNK, MAX_SENTENCE

    text = union_words(MAX_SENTENCE + 1000)
    doc = nlp(text)
    sents = sentence_table(doc)
    assert len(sents) > 1 and sents[0][0] == 0 and sents[-1][1] == len(text)
    assert all(b == c for (_, b), (c, _) in itertools.pairwise(sents))  # they tile the text
    assert max(b - a for a, b in sents) <= MAX_CHUNK


def test_a_long_real_sentence_is_left_whole(nlp):
    from kg.nlp.doctable import sentence_table
    from kg.nlp.pipeline import MAX_SENTENCE

    text = union_words(MAX_SENTENCE - 500, marks=("", "", "，", "、")) + "。"
    assert len(sentence_table(nlp(text))) == 1


def test_evidence_quotes_a_bounded_sentence(extract_text):
    from kg.nlp.pipeline import MAX_CHUNK, MAX_SENTENCE

    facts = extract_text(union_words(2 * MAX_SENTENCE))
    quoted = [r.evidence.sentence for r in facts.relations]
    quoted += [i.evidence.sentence for i in facts.entities.values() if i.evidence is not None]
    assert quoted and max(map(len, quoted)) <= MAX_CHUNK
