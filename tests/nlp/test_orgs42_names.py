"""Names of session 42's entity family (kg.nlp.people), on invented tagged text."""

from __future__ import annotations

from kg.nlp.found import Found
from kg.nlp.people import PersonFinder, plausible_name
from kg.nlp.tokens import Tokens


def test_a_name_cut_before_its_last_character_and_an_adverb_of_joint_acts(tagged):
    """主席柏岭|新|共同揭牌: 共同 follows the names of those who act together, so the character
    left alone before it ends the name."""
    tk = Tokens(tagged(("主席", "n"), ("柏岭", "PER"), ("新", "a"), ("共同", "ad"), ("揭牌", "v")))
    assert Found(2, 5, "PERSON") in PersonFinder().find(tk, [])


def test_a_short_form_defined_after_other_clauses_of_its_bracket(nlp):
    """（证券简称：X，证券代码：N，以下简称“公司”）: the definition closes a bracket of other
    clauses, and still stands for the name before the bracket."""
    doc = nlp("泰宁恒远机械股份有限公司（证券简称：恒远机械，证券代码：600123，以下简称“公司”）召开职代会。")
    assert doc._.kg_abbreviations.get("公司") == "泰宁恒远机械股份有限公司"


def test_a_time_word_the_tagger_glues_to_a_bodys_name_is_no_part_of_it(labelled):
    """明年镇总工会将…: next year's town union is the town's union (a level word's body);
    明天卫生院安排…: tomorrow the health centre arranges — no body named 明天卫生院."""
    assert "明年镇总工会" not in labelled("周立平表示，明年镇总工会将继续举办比武。", "UNION")
    assert "明天卫生院" not in labelled("明天卫生院安排1名医生、2名护士到现场保障。", "ORG")


def test_a_descriptor_after_the_whole_country_describes_unions(labelled):
    """全国地方工会干部研修班: the local unions of the whole country, no union; 全国总工会 stays."""
    assert labelled("他参加了全国地方工会干部研修班。", "UNION") == set()
    assert "全国总工会" in labelled("全国总工会副主席出席会议。", "UNION")


def test_a_name_read_from_inside_an_events_name_on_is_no_ones(labelled):
    """技能比武|顺延至…: the tagger reads 武顺延 as a name; its first character ends the event's name."""
    text = "经研究，“金橘杯”职工技能比武顺延至11月9日上午举行。"
    assert labelled(text, "PERSON") == set()
    assert "“金橘杯”职工技能比武" in labelled(text, "EVENT")


def test_a_name_whose_given_name_opens_a_title_is_none(labelled):
    """职工方首席代表柏立山: 方首席 is no one (职工方, the workers' side; 首席代表, a title)."""
    assert labelled("工会主席、职工方首席代表柏立山与企业方首席代表韦晓东签字。", "PERSON") == {"柏立山", "韦晓东"}


def test_a_compound_surname_alone_is_no_name():
    """中心校欧阳老师: a teacher called by her compound surname, no full name."""
    assert not plausible_name("欧阳") and not plausible_name("司徒")
    assert plausible_name("欧阳雪")
