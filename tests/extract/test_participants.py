"""Family participants (kg.extract.participants): who attends, who organises apart."""

from __future__ import annotations

from tests.extract.facts_view import event, organizers, participants


def test_a_person_who_attends_takes_part_in_the_event_named_last_before(extract_text):
    facts = extract_text(
        "近日，秀峰区总工会举办职工篮球赛。随后，区总工会召开工作推进会，区总工会主席陈国平出席并讲话。",
        region="桂林市",
    )
    assert "陈国平" in participants(event(facts, "工作推进会"))
    assert "陈国平" not in participants(event(facts, "篮球赛"))


def test_a_speaker_at_the_meeting_takes_part_in_the_main_event(extract_text):
    # 会上: the sentence is about the article's main event, not the one named last
    facts = extract_text(
        "近日，秀峰区总工会举办职工篮球赛。随后，区总工会召开工作推进会。会上，区总工会副主席李文军讲话。",
        region="桂林市",
    )
    assert "李文军" in participants(event(facts, "篮球赛"))
    assert "李文军" not in participants(event(facts, "工作推进会"))


def test_a_person_without_a_verb_of_attending_takes_no_part(extract_text):
    facts = extract_text(
        "近日，秀峰区总工会举办职工篮球赛。区总工会主席陈国平表示，比赛丰富了职工生活。", region="桂林市"
    )
    assert "陈国平" not in participants(event(facts, "篮球赛"))


def test_organisers_stated_in_a_later_sentence_organise_the_main_event(extract_text):
    facts = extract_text(
        "近日，第五届全市职工书法大赛在市文化馆开幕。本次大赛由临沂市总工会、临沂市文联联合主办，兰山区总工会承办。",
        region="临沂市",
    )
    assert organizers(event(facts, "书法大赛")) == ["临沂市总工会", "临沂市文联", "兰山区总工会"]


def test_organisers_of_another_event_named_in_their_sentence_are_not_the_main_events(extract_text):
    facts = extract_text(
        "近日，第五届全市职工书法大赛在市文化馆开幕。另外，第二届职工摄影展由兰山区总工会主办。",
        region="临沂市",
    )
    assert "兰山区总工会" not in organizers(event(facts, "书法大赛"))


def test_organisers_of_this_event_named_again_organise_the_main_event(extract_text):
    facts = extract_text(
        "近日，第五届全市职工书法大赛在市文化馆开幕。本次职工书法大赛由临沂市总工会主办。", region="临沂市"
    )
    assert organizers(event(facts, "第五届")) == ["临沂市总工会"]
