"""How pages set names: padded (陈 刚) and dotted with any dot (kg.ingest.name_marks, through clean_line)."""

from __future__ import annotations

import pytest

from kg.ingest.normalize import clean_line
from kg.ingest.textmap import Mapped


def _clean(text: str) -> Mapped:
    return clean_line(Mapped.of(text))


@pytest.mark.parametrize(
    ("line", "cleaned"),
    [
        ("鲁 平 省总工会副主席", "鲁平 省总工会副主席"),  # a roster: name, then title
        ("韦\u3000\u3000东 市总工会主席", "韦东 市总工会主席"),  # ideographic spaces
        ("获奖名单：鲁 平  韦 东  邵 静", "获奖名单：鲁平 韦东 邵静"),  # a list of padded names
        ("出席：鲁 平、韦 东等", "出席：鲁平、韦东等"),
        ("记者 鲁 平 通讯员 韦东", "记者 鲁平 通讯员 韦东"),
        ("全 国 总 工 会", "全 国 总 工 会"),  # a headline set letter by letter
        ("工 会 新 闻", "工 会 新 闻"),
        ("王 的 人", "王 的 人"),  # a function word is no given name
    ],
)
def test_a_padded_name_is_joined(line, cleaned):
    assert _clean(line).text == cleaned


def test_the_joined_name_keeps_its_offsets():
    m = _clean("韦   东 市总工会主席")
    assert m.text.startswith("韦东")
    assert m.src[:2] == (0, 4)


def test_a_padded_name_is_a_person(nlp):
    doc = nlp(_clean("参加座谈的有：鲁 平、韦 东等。").text)
    assert {s.text for s in doc.spans["kg"] if s.label_ == "PERSON"} >= {"鲁平", "韦东"}


@pytest.mark.parametrize("dot", ["•", "・", "‧"])
def test_a_names_dot_is_the_middle_dot(dot):
    assert _clean(f"劳动模范阿不都{dot}热依木发言").text == "劳动模范阿不都·热依木发言"
    assert _clean(f"{dot} 一条要闻").text == f"{dot} 一条要闻"  # a bullet is no name's dot


def test_a_name_with_a_bullet_for_its_dot_is_one_person(nlp):
    doc = nlp(_clean("劳动模范阿不都•热依木分享了他的故事。").text)
    assert {s.text for s in doc.spans["kg"] if s.label_ == "PERSON"} == {"阿不都·热依木"}


@pytest.mark.parametrize(
    ("line", "cleaned"),
    [
        ("会上，邝\u3000宁当选工会副主席。", "会上，邝宁当选工会副主席。"),  # after a mark
        ("市总工会副主席邵\u3000蕾出席并讲话。", "市总工会副主席邵蕾出席并讲话。"),  # after an office
        ("携手奋进\u3000共创佳绩", "携手奋进 共创佳绩"),  # a headline's halves
        ("主办：某县总工会\u3000协办：某局", "主办：某县总工会 协办：某局"),  # no office or mark before
        ("会上，邝 宁当选", "会上，邝 宁当选"),  # an ASCII space pads no name in prose
        ("会上，邝\u3000\u3000宁当选", "会上，邝 宁当选"),  # nor a run of spaces
    ],
)
def test_a_name_padded_in_prose_is_joined(line, cleaned):
    assert _clean(line).text == cleaned


def test_a_name_padded_in_prose_is_a_person(nlp):
    doc = nlp(_clean("会上，邝\u3000宁当选副主席，县总工会副主席邵\u3000蕾到会指导。").text)
    assert {s.text for s in doc.spans["kg"] if s.label_ == "PERSON"} >= {"邝宁", "邵蕾"}


def test_a_credit_set_with_gaps_is_no_padded_name():
    assert _clean("（文\u3000欧阳青\u3000图\u3000镇工会）").text == "（文 欧阳青 图 镇工会）"
    assert _clean("，文\u3000诸葛明\u3000图\u3000镇工会").text == "，文 诸葛明 图 镇工会"


@pytest.mark.parametrize(
    ("line", "cleaned"),
    [
        ("摄影：阿卜杜拉.吐尔逊", "摄影：阿卜杜拉·吐尔逊"),  # the part after the stop opens with a name word
        ("果农古再丽努尔.买买提获奖", "果农古再丽努尔·买买提获奖"),  # the part before ends with one
        ("选手帕提古丽．艾山领先", "选手帕提古丽·艾山领先"),  # a full-width stop
        ("会议结束.下午参观", "会议结束.下午参观"),  # a careless stop between sentences
        ("一.加强领导", "一.加强领导"),
    ],
)
def test_a_stop_beside_a_name_word_is_the_names_dot(line, cleaned):
    assert _clean(line).text == cleaned


def test_the_page_s_own_dot_is_kept_for_the_label():
    from kg.ingest.name_marks import printed_dots

    raw = "职工阿不都•买买提和古丽.吐尔逊"
    m = _clean(raw)
    assert m.text == "职工阿不都·买买提和古丽·吐尔逊"
    assert printed_dots(m, raw) == {5: "•", 12: "."}
    assert printed_dots(_clean("职工阿不都·买买提"), "职工阿不都·买买提") == {}


@pytest.mark.slow
def test_a_person_is_labelled_with_the_dot_the_page_prints(tmp_path):
    from rdflib import Graph
    from rdflib.namespace import RDFS, SKOS

    from kg.pipeline.build import BuildOptions, run_build

    (tmp_path / "a.txt").write_text(
        "青河县举办职工剪纸比赛\n本报讯 5月6日，青河县总工会举办职工剪纸比赛。县总工会副主席阿卜杜拉•买买提主持，"
        "职工古再丽努尔.买买提获得一等奖。\n",
        encoding="utf-8",
    )
    run_build(BuildOptions(inputs=[str(tmp_path / "a.txt")], outdir=tmp_path / "out", progress=False), echo=print)
    g = Graph().parse(tmp_path / "out" / "graph.ttl")
    labels = {str(o) for o in g.objects(None, RDFS.label)}
    assert {"阿卜杜拉•买买提", "古再丽努尔.买买提"} <= labels
    assert {"阿卜杜拉·买买提", "古再丽努尔·买买提"} <= {str(o) for o in g.objects(None, SKOS.altLabel)}
    assert not labels & {"买买提", "古再丽努尔"}
