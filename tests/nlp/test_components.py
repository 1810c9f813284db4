"""The finders as pipeline components: their order, and what they declare they read."""

from __future__ import annotations

from kg.nlp.mentions import FINDERS, MentionFinder


def test_the_finders_run_in_their_declared_order_before_kg_mentions(nlp):
    names = [n for n in nlp.pipe_names if n in (*FINDERS, "kg_mentions")]
    assert names == [*FINDERS, "kg_mentions"]


def test_each_component_finds_what_it_requires_assigned_before_it(nlp):
    assert all(not problems for problems in nlp.analyze_pipes(pretty=False)["problems"].values())


def test_the_finder_outside_a_pipeline_finds_what_the_pipeline_finds(nlp):
    text = "郑州市总工会主席李红出席郑州宏达机械有限公司举办的第三届职工技能大赛，120名职工参加。"
    doc = nlp(text)
    before = nlp.make_doc(text)
    for name, proc in nlp.pipeline:
        if name == FINDERS[0]:
            break
        before = proc(before)
    found, abbrs = MentionFinder().find(before)
    assert [(text[f.start : f.end], f.label, f.kind) for f in found] == [
        (s.text, s.label_, s._.kg_kind) for s in doc.spans["kg"]
    ]
    assert before._.kg_work is None and abbrs == {}
