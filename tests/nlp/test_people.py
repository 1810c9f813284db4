"""kg_people (kg.nlp.people)."""

from __future__ import annotations

import pytest

from kg.nlp.found import Found
from kg.nlp.name_shapes import he_of_name
from kg.nlp.people import PersonFinder, plausible_name
from kg.nlp.tokens import Tokens


def test_a_name_the_model_tags(find):
    assert ("王建国", "PERSON", "") in find("郑州宏达机械有限公司党委书记王建国出席。")


def test_a_nickname_is_no_one(labelled):
    assert labelled("快递员小李说，老王也来了。", "PERSON") == set()


def test_a_name_after_a_noun_for_a_thing_is_rejected(nlp):
    doc = nlp("智能机器人天轶为职工表演节目。")
    assert [s.text for s in doc.spans["kg_rejected"]] == ["天轶"]
    assert "天轶" not in {e.text for e in doc.ents}


def test_a_name_in_a_doctrine_is_no_one_acting(labelled):
    assert labelled("学习习近平新时代中国特色社会主义思想。", "PERSON") == set()


def test_a_name_after_a_title_is_a_person_even_when_a_place_name(find, labelled):
    found = find("副主席黄山出席会议。")
    assert ("黄山", "PERSON", "after-title") in found
    assert labelled("副主席黄山出席会议。", "AREA") == set()


def test_a_name_after_a_role_noun(find):
    # (劳动模范|罗淑贞 tagged 范罗淑贞: the name without the head's last character, whichever
    # path finds it)
    assert {(n, label) for n, label, _ in find("劳动模范罗淑贞说，工作很充实。")} == {("罗淑贞", "PERSON")}


def test_the_next_name_of_a_list(find):
    assert ("黄山", "PERSON", "list") in find("何慧敏、黄山出席会议。")


def test_the_name_before_in_a_list(find):
    assert ("黄山", "PERSON", "list") in find("黄山、何慧敏出席会议。")


def test_he_before_a_verb_ends_the_name(find):
    # a conjunction joins two nouns: before 主持 the 和 is the name's own
    people = {name for name, label, _kind in find("会议由公司纪委书记、监察专员钱志和主持。") if label == "PERSON"}
    assert people == {"钱志和"}
    people = {name for name, label, _kind in find("会议由钱志和李强共同主持。") if label == "PERSON"}
    assert "钱志和" not in people


@pytest.mark.parametrize("noun", ["主持人", "介绍人"])
def test_he_before_a_verb_made_a_noun_joins(noun):
    # a verb and 人 names the one who does it: 和 before it is a conjunction
    assert he_of_name("钱志和主持会议", 3)
    assert not he_of_name(f"钱志和{noun}一同入场", 3)


def test_a_speech_verb_glued_to_a_name_is_no_part_of_it(find):
    people = {name for name, label, _kind in find("原工会主席孔德作工作报告，吴敏致欢迎辞。") if label == "PERSON"}
    assert "孔德作" not in people
    assert "孔德" in people


def test_after_an_office_a_county_stem_the_page_names_is_a_person(find):
    # 金东 is a district of 金华市, named on the page; after a title it is someone's name
    found = find("金华市总工会召开会议，金华市总工会副主席金东也出席。")
    assert ("金东", "PERSON", "after-title") in found


def test_four_characters_with_a_compound_surname(find):
    assert ("欧阳明月", "PERSON", "") in find("会议由欧阳明月主持。")


def test_a_name_inside_a_bodys_name_is_none(tagged):
    tk = Tokens(tagged(("郑州市", "LOC"), ("张伟", "PER"), ("服务中心", "n"), ("开放", "v")))
    finder = PersonFinder()
    assert finder.find(tk, []) == [Found(3, 5, "PERSON")]
    assert finder.find(tk, [Found(0, 9, "ORG")]) == []


@pytest.mark.parametrize(
    ("name", "plausible"),
    [
        ("王建", True),
        ("王建国", True),
        ("欧阳明月", True),
        ("申屠明月", True),  # any compound surname of surnames.txt
        ("王建国强", False),  # four characters without a compound surname
        ("陈李美玲", True),  # two surnames: a married woman's name (Hong Kong, Taiwan)
        ("张强李明", False),  # the given name opens with a surname too: maybe two names
        ("王家村", False),  # a place's final character
        ("阿卜杜·热合曼", True),
        ("扎西央宗", True),  # Tibetan: two name words, no Han surname
        ("苏德格日乐", True),  # Mongolian: five characters of name words
        ("Tom", False),
        ("王", False),
    ],
)
def test_plausible_name(name, plausible):
    assert plausible_name(name) is plausible


def _people(tagged, *words: tuple[str, str]) -> set[tuple[str, str]]:
    tk = Tokens(tagged(*words))
    return {(tk.text[f.start : f.end], f.kind) for f in PersonFinder().find(tk, [])}


def test_a_name_the_tagger_cut_into_words_after_a_title(tagged):
    found = _people(
        tagged, ("天成疗养院", "ORG"), ("负责人", "n"), ("游", "v"), ("立", "v"), ("强", "a"), ("专门", "d")
    )
    assert ("游立强", "after-title") in found


def test_a_surname_like_adverb_before_a_number_after_a_title_is_no_name(tagged):
    assert _people(tagged, ("负责人", "n"), ("曾", "d"), ("多次", "m"), ("表示", "v"), ("感谢", "vn")) == set()
    assert _people(tagged, ("负责人", "n"), ("曾", "d"), ("表示", "v"), ("感谢", "vn")) == set()


def test_half_of_a_slogan_before_a_middle_dot_is_no_name(tagged):
    assert (
        _people(tagged, ("实施", "v"), ("“", "w"), ("文化", "n"), ("润心", "PER"), ("·", "w"), ("匠心", "n")) == set()
    )


def test_the_name_before_in_a_list_after_a_verb(tagged):
    found = _people(tagged, ("推选", "v"), ("封", "v"), ("明利", "n"), ("、", "w"), ("刘小梦", "PER"), ("参赛", "v"))
    # (read as the list's item, or as the name a vote's verb is followed by: kg.nlp.name_lists)
    assert {"封明利", "刘小梦"} <= {name for name, _how in found}


def test_a_common_noun_after_a_head_noun_before_a_follower_is_no_name(tagged):
    found = _people(tagged, ("表彰", "v"), ("工匠", "n"), ("荣誉", "n"), ("获得者", "n"), ("。", "w"))
    assert found == set()


def test_a_common_noun_after_a_role_noun_is_no_name(tagged):
    found = _people(tagged, ("保障", "v"), ("职工", "n"), ("权益", "n"), ("、", "w"), ("服务", "vn"))
    assert found == set()


def test_a_name_the_tagger_calls_a_noun_after_an_office(tagged):
    assert ("江山", "after-title") in _people(tagged, ("主任", "n"), ("江山", "n"), ("出席", "v"), ("会议", "n"))


# -- round 3: shapes of names on any site (kg.nlp.name_shapes) --------------------------


def test_one_character_twice_is_no_name(labelled):
    assert not plausible_name("炎炎")
    assert labelled("职工们顶着炎炎烈日坚守在施工一线。", "PERSON") == set()


def test_a_common_word_after_a_surname_like_character_is_no_name(labelled):
    assert labelled("号召广大职工以主人翁姿态投身建设。", "PERSON") == set()


def test_a_name_in_a_list_of_firms_is_a_firm(tagged):
    found = _people(
        tagged,
        ("参赛", "vn"),
        ("东风汽车", "ORG"),
        ("、", "w"),
        ("宋达", "PER"),
        ("制造", "v"),
        ("等", "u"),
        ("企业", "n"),
    )
    assert found == set()


def test_a_name_and_its_title_before_a_list_of_bodies_is_a_person(find):
    # 书记X校长、BODY…: the word glued after the name is the title it is addressed by, no firm's word
    found = find("雨花区实验中学党委书记张建新校长、雨花区总工会党组书记刘洋出席。")
    assert ("张建新", "PERSON", "") in found


def test_the_third_character_the_tagger_glued_to_the_verb(tagged):
    found = _people(tagged, ("副主席", "n"), ("柯文", "PER"), ("成作", "vn"), ("动员", "vn"), ("讲话", "vn"))
    assert {n for n, _ in found} == {"柯文成"}


def test_the_third_character_alone_before_a_mark(tagged):
    found = _people(tagged, ("通讯员", "n"), ("贺云", "PER"), ("满", "a"), ("，", "w"), ("记者", "n"))
    assert {n for n, _ in found} == {"贺云满"}


def test_a_verb_after_a_two_character_name_stays_out(tagged):
    found = _people(tagged, ("主任", "n"), ("柯文", "PER"), ("也", "d"), ("表示", "v"))
    assert {n for n, _ in found} == {"柯文"}


def test_a_name_right_after_a_trade_however_the_tagger_cut_it(tagged, find):
    found = _people(tagged, ("公司", "n"), ("抹灰工", "v"), ("贺云辉", "v"), ("，", "w"), ("市政", "n"))
    assert ("贺云辉", "after-title") in found
    found = _people(tagged, ("数控车", "ORG"), ("工柏", "n"), ("存明", "v"), ("、", "w"), ("钳工", "n"))
    assert ("柏存明", "after-title") in found
    assert ("柏存明", "PERSON", "after-title") in find("市政公司数控车工柏存明、钳工鲁明获奖。")


def test_a_common_noun_after_a_role_noun_of_three_characters_is_no_name(labelled):
    assert labelled("公司组织职工文化节，青年职工踊跃参加。", "PERSON") == set()


def test_a_name_joined_by_a_middle_dot_is_one_person(labelled):
    assert labelled("劳动模范阿不都·热依木分享了他的故事。", "PERSON") == {"阿不都·热依木"}
    assert labelled("会上，买买提·吐尔逊代表职工发言。", "PERSON") == {"买买提·吐尔逊"}


def test_a_dotted_name_the_tagger_read_half_of(tagged):
    found = _people(tagged, ("职工", "n"), ("艾力", "PER"), ("·", "w"), ("买买提说", "v"), ("，", "w"))
    assert {n for n, _ in found} == {"艾力·买买提"}
    found = _people(tagged, ("技术员", "n"), ("热合曼", "PER"), ("·", "w"), ("阿不都", "PER"), ("拉", "v"), ("、", "w"))
    assert {n for n, _ in found} == {"热合曼·阿不都拉"}


def test_a_dotted_name_whose_first_part_the_tagger_cut_short(tagged):
    found = _people(
        tagged,
        ("主席", "n"),
        ("阿不都", "PER"),
        ("热合曼", "v"),
        ("·", "w"),
        ("买买", "v"),
        ("提出席", "v"),
        ("。", "w"),
    )
    assert {n for n, _ in found} == {"阿不都热合曼·买买提"}


def test_a_dotted_name_whose_first_part_the_tagger_read_as_no_name(tagged):
    # 、买|合甫|再·…: a verb, a name of two and an adverb before the dot are the first part
    # (a winners list: 二等奖：name（unit）、name（unit）), not a person 合甫 of their own
    found = _people(
        tagged,
        ("、", "w"),
        ("买", "v"),
        ("合甫", "PER"),
        ("再", "d"),
        ("·", "w"),
        ("吐尔洪", "PER"),
        ("（", "w"),
    )
    assert {n for n, _ in found} == {"买合甫再·吐尔洪"}
    # the right part alone a PER word: still the whole name
    found = _people(tagged, ("、", "w"), ("热合曼", "v"), ("再", "d"), ("·", "w"), ("艾尼", "PER"), ("（", "w"))
    assert {n for n, _ in found} == {"热合曼再·艾尼"}
    # glued to a word of Chinese before it, a slogan's half stays no name
    found = _people(tagged, ("文化", "n"), ("润心", "PER"), ("·", "w"), ("匠心", "n"), ("为题", "v"))
    assert {n for n, _ in found} == set()


def test_a_surname_the_tagger_glued_onto_the_title_before(tagged):
    found = _people(tagged, ("市总工会", "ORG"), ("主席尚", "n"), ("江华", "PER"), ("出席", "v"), ("。", "w"))
    assert {n for n, _ in found} == {"尚江华"}
    # a character that is no surname stays with the word before it
    found = _people(tagged, ("主席团", "n"), ("江华", "PER"), ("出席", "v"), ("。", "w"))
    assert {n for n, _ in found} == {"江华"}


def test_a_name_before_a_verb_and_a_list_of_places_is_a_person(tagged):
    found = _people(
        tagged,
        ("副书记", "n"),
        ("柯金良", "PER"),
        ("前往", "v"),
        ("实验中学", "ORG"),
        ("、", "w"),
        ("救援队", "ORG"),
        ("开展", "v"),
    )
    assert {n for n, _ in found} == {"柯金良"}


def test_a_surname_and_a_title_or_a_term_of_address_is_no_name(labelled):
    assert labelled("张主席在讲话中指出，要关心职工。王书记也到场慰问。", "PERSON") == set()
    assert labelled("王师傅笑着说，今年的清凉礼包很实用。", "PERSON") == set()


def test_an_anonymised_name_after_a_role_noun_is_no_name(labelled):
    assert labelled("职工王某在工作中受伤，工会帮助其维权。", "PERSON") == set()


def test_a_name_after_an_office_the_tagger_took_for_a_verb(tagged):
    found = _people(tagged, ("党组", "n"), ("成员", "n"), ("包玉洁", "v"), ("一行", "m"), ("调研", "v"))
    assert ("包玉洁", "after-title") in found


def test_a_name_the_tagger_cut_after_its_surname(tagged, labelled):
    found = _people(tagged, ("今年", "TIME"), ("的", "u"), ("边", "PER"), ("国庆", "TIME"), ("是", "v"), ("司机", "n"))
    assert {n for n, _ in found} == {"边国庆"}
    assert labelled("今年52岁的边国庆是一名公交车司机。", "PERSON") == {"边国庆"}


def test_a_lone_surname_before_a_function_word_stays_no_name(tagged):
    assert _people(tagged, ("老", "a"), ("边", "PER"), ("的", "u"), ("家", "n")) == set()


def test_a_word_the_tagger_glued_onto_a_name_is_cut_off(tagged):
    found = _people(tagged, ("区委", "ORG"), ("副书记", "n"), ("柯金良前往", "PER"), ("企业", "n"), ("调研", "v"))
    assert {n for n, _ in found} == {"柯金良"}
    found = _people(tagged, ("会议", "n"), ("由", "p"), ("欧阳明月主持", "PER"), ("。", "w"))
    assert {n for n, _ in found} == {"欧阳明月"}


def test_the_first_word_of_a_quoted_name_is_no_one(labelled):
    assert labelled("由公司工会主办的“芮可丰第十届职工趣味运动会”隆重举行。", "PERSON") == set()


def test_a_name_opening_a_quoted_speech_is_a_person(labelled):
    assert labelled("“芮立新说得好！”大家纷纷点赞。", "PERSON") == {"芮立新"}


def test_a_married_womans_name_with_two_surnames(tagged):
    found = _people(tagged, ("副会长", "n"), ("黄何淑芬", "PER"), ("出席", "v"), ("会议", "n"))
    assert ("黄何淑芬", "") in found


def test_a_name_the_tagger_grew_by_the_verbs_first_character(tagged):
    found = _people(tagged, ("职工", "n"), ("刘新参", "PER"), ("会", "v"), ("并", "c"), ("发言", "v"))
    assert ("刘新", "") in found
    assert not any(n == "刘新参" for n, _ in found)


def test_a_three_character_name_before_a_whole_verb_keeps_its_third(tagged):
    found = _people(tagged, ("李小代", "PER"), ("表示", "v"), ("感谢", "vn"))
    assert ("李小代", "") in found


def test_a_name_does_not_grow_into_a_verb_it_is_followed_by(tagged):
    found = _people(tagged, ("主席", "n"), ("王立", "PER"), ("参", "v"), ("与", "v"), ("活动", "n"))
    assert ("王立", "") in found
    assert not any(n == "王立参" for n, _ in found)


def test_the_characters_of_transliteration_the_tagger_left_after_a_dotted_name(tagged):
    found = _people(
        tagged, ("副主席", "n"), ("古丽", "PER"), ("·", "w"), ("阿不", "PER"), ("都", "d"), ("宣读", "v"), ("决定", "n")
    )
    assert {n for n, _ in found} == {"古丽·阿不都"}
    found = _people(tagged, ("努尔·哈孜", "PER"), ("别克", "ORG"), ("（", "w"), ("兽医", "n"), ("）", "w"))
    assert {n for n, _ in found} == {"努尔·哈孜别克"}
    # a word a name is followed by ends it: 和 joins two names
    found = _people(tagged, ("主任", "n"), ("艾力·托合提", "PER"), ("和", "c"), ("艾山", "PER"), ("出席", "v"))
    assert "艾力·托合提" in {n for n, _ in found}
    # and so does a word the tagger reads as no name, though its characters could be one's
    found = _people(tagged, ("主任", "n"), ("艾力·托合提", "PER"), ("再次", "d"), ("强调", "v"), ("，", "w"))
    assert {n for n, _ in found} == {"艾力·托合提"}
    # a lone one only when it ends a name word (阿不|都 above): 都 after a whole name is an adverb
    found = _people(tagged, ("主任", "n"), ("艾力·托合提", "PER"), ("都", "d"), ("表示", "v"), ("，", "w"))
    assert {n for n, _ in found} == {"艾力·托合提"}


def test_the_characters_of_transliteration_the_tagger_split_off_before_a_dotted_name(tagged):
    found = _people(tagged, ("，", "w"), ("吾买", "v"), ("尔江·托合提", "PER"), ("获得", "v"), ("一等奖", "n"))
    assert {n for n, _ in found} == {"吾买尔江·托合提"}
    # never across the dot of the name before
    found = _people(tagged, ("艾力·托", "PER"), ("合提", "v"), ("、", "w"), ("艾山·亚森", "PER"), ("获奖", "v"))
    assert "艾力·托合提" in {n for n, _ in found}


def test_a_dotted_name_glued_to_a_trade_when_all_its_characters_are_of_transliteration(tagged):
    words = (("钻井工", "n"), ("艾力江", "PER"), ("·", "w"), ("托合提", "v"), ("代表", "n"), ("发言", "v"))
    found = _people(tagged, *words)
    assert {n for n, _ in found} == {"艾力江·托合提"}


def test_a_name_of_name_words_after_a_title(tagged, labelled):
    found = _people(tagged, ("副局长", "n"), ("苏", "r"), ("德格日乐", "n"), ("，", "w"), ("镇长", "n"))
    assert found == {("苏德格日乐", "after-title")}
    assert "扎西央宗" in labelled("县总工会副主席扎西央宗出席并讲话。", "PERSON")


def test_a_name_of_name_words_the_tagger_cut_before_a_follower(tagged):
    # 朝鲁孟|和观看: 和 is the name's, not a conjunction, and the name is read whole
    found = _people(tagged, ("主席", "n"), ("朝鲁孟", "PER"), ("和", "PER"), ("观看", "v"), ("比赛", "n"))
    assert {n for n, _ in found} == {"朝鲁孟和"}


def test_a_name_of_name_words_after_a_herder(tagged):
    found = _people(tagged, ("牧民", "n"), ("苏和", "v"), ("巴特尔", "nz"), ("获得", "v"), ("一等奖", "n"))
    assert {n for n, _ in found} == {"苏和巴特尔"}


def test_names_of_name_words_in_a_list(tagged):
    found = _people(tagged, ("艾力·托合提", "PER"), ("、", "w"), ("其", "r"), ("木", "r"), ("格", "n"), ("获奖", "v"))
    assert ("其木格", "list") in found
    found = _people(
        tagged, ("，", "w"), ("敖登", "nz"), ("图雅", "n"), ("、", "w"), ("艾力·托合提", "PER"), ("获奖", "v")
    )
    assert ("敖登图雅", "list") in found


def test_a_quoted_name_after_a_terminal_is_no_one(tagged):
    words = (("服务", "vn"), ("终端", "n"), ("“", "w"), ("工小宝", "PER"), ("”", "w"), ("可", "v"), ("查询", "v"))
    assert _people(tagged, *words) == set()


def people_of(labelled, text: str) -> set[str]:
    return labelled(text, "PERSON")


def test_a_minority_surname_the_tagger_split_off(nlp):
    # 字 (a Bai surname) read as a person alone, then the given name: one name, once
    doc = nlp("会议选举罗明为主席；字晓梅当选为乡工会常务副主席。")
    assert sorted(s.text for s in doc.spans["kg"] if s.label_ == "PERSON") == ["字晓梅", "罗明"]


def test_a_lone_surname_before_a_given_name(labelled):
    # 字 read as a noun ("character") opening the clause, 建芬 as the name
    assert people_of(labelled, "全会上，字建芬当选为乡工会常务副主席。") == {"字建芬"}


def test_a_given_name_read_as_an_adverb_in_a_list(labelled):
    # 纳|欣然: the tagger took the Hui surname alone for the person, the given name for "gladly"
    assert "纳欣然" in people_of(labelled, "律师事务所律师王永红、纳欣然开设法律讲座。")


def test_name_words_and_one_syllable_the_tagger_read_whole(labelled):
    assert people_of(labelled, "旗长额尔敦图出席并讲话。") == {"额尔敦图"}


def test_name_words_and_one_syllable_the_tagger_split_off(labelled):
    # 额尔敦|图|要求: the last syllable left as a word alone before what a name is followed by
    assert people_of(labelled, "会上，额尔敦图要求，各单位要把好事办好。") == {"额尔敦图"}


def test_one_tibetan_name_word_before_a_name_of_a_list(labelled):
    assert people_of(labelled, "运行一值旺堆、赵明远获得二等奖。") == {"旺堆", "赵明远"}


def test_a_quoted_cartoon_is_no_one(nlp):
    doc = nlp("协会的宣传卡通「乐仔」与小朋友互动。")
    assert [s.text for s in doc.spans["kg_rejected"]] == ["乐仔"]


def test_an_action_in_a_list_of_actions_is_no_name(labelled):
    assert people_of(labelled, "选手们温杯、注水、出汤一气呵成。") == set()


def test_a_given_name_glued_inside_a_quoted_title_is_no_name(labelled):
    assert people_of(labelled, "社区“爱心暑托班”开班啦") == set()


def test_the_head_of_a_union_name_is_no_name(labelled):
    assert "苏木总" not in people_of(labelled, "镇党委副书记、苏木总工会主席宝音陪同。")


def test_a_name_before_a_village_ending_is_the_village(labelled):
    assert people_of(labelled, "工作组来到巴音陶勒盖嘎查慰问牧民。") == set()


def test_a_run_of_name_like_words_is_a_place(tagged_mentions):
    found = tagged_mentions(
        ("来到", "v"), ("苏力德", "PER"), ("苏木哈日", "PER"), ("陶勒", "PER"), ("盖", "v"), ("嘎查", "v"), ("，", "w")
    )
    assert not any(t.startswith("陶勒") for t, label, _ in found if label == "PERSON")


def test_a_name_after_a_title_read_as_a_name_is_kept(tagged_mentions):
    # 心理咨询师|韩明雪: the tagger read the title as a PER word too; the name after it stays
    found = tagged_mentions(
        ("国家", "n"), ("二级", "m"), ("心理咨询师", "PER"), ("韩明雪", "PER"), ("授课", "v"), ("。", "w")
    )
    assert "韩明雪" in {t for t, label, _ in found if label == "PERSON"}


def test_dai_is_a_surname_after_a_trade(tagged):
    # 代 is a surname (people/surnames.txt): 工长代X， read as a verb by the tagger is a worker
    found = _people(tagged, ("供电段", "n"), ("工长", "n"), ("代立峰", "v"), ("，", "w"), ("以及", "c"))
    assert ("代立峰", "after-title") in found


def test_a_name_the_tagger_read_as_a_verb_after_a_role_noun_before_a_home(tagged):
    # 来到环卫工人X家中: before 家中 (a word a name is followed by) a surname's verb of
    # three is a person; 职工全覆盖 before a mark stays a verb
    found = _people(tagged, ("来到", "v"), ("环卫工人", "n"), ("方守林", "v"), ("家中", "s"), ("，", "w"))
    assert ("方守林", "after-title") in found
    found = _people(tagged, ("保洁工人", "n"), ("方守林", "v"), ("表示", "v"), ("，", "w"))
    assert ("方守林", "after-title") in found
    assert _people(tagged, ("职工", "n"), ("全覆盖", "v"), ("，", "w")) == set()


def test_a_noun_for_a_member_after_a_lone_surname_is_no_given_name(tagged):
    # 受|惠|会员达: the tagger took 惠 for a surname; 会员 (a role noun's ending) is no given name
    found = _people(tagged, ("受", "v"), ("惠", "PER"), ("会员", "n"), ("达", "v"), ("二千人次", "m"))
    assert {n for n, _ in found} == set()
    # a given name of two the tagger reads as a noun still grows the surname (边|国庆 是)
    found = _people(tagged, ("，", "w"), ("边", "PER"), ("国庆", "n"), ("是", "v"), ("劳模", "n"))
    assert "边国庆" in {n for n, _ in found}


def test_a_surname_and_an_address_term_is_no_name(labelled):
    # 伍小姐 in a press contact: a surname and 小姐 (people/address_terms.txt) name no one
    assert labelled("传媒查询：联络主任　柯小姐　　电话：2388 6000", "PERSON") == set()


def test_a_compound_surname_the_tagger_read_alone_takes_its_given_name(tagged):
    # 司徒|远航、: the tagger took the compound surname alone for a person, the given name for a verb
    found = _people(tagged, ("站长", "n"), ("司徒", "PER"), ("远航", "v"), ("、", "w"), ("王强", "PER"))
    assert "司徒远航" in {n for n, _ in found}


def test_a_given_name_read_as_an_adjective_after_an_office(tagged):
    # 曾|繁荣 after 副主席: a surname the tagger read as "once", a given name it read as an adjective
    found = _people(tagged, ("副主席", "n"), ("曾", "d"), ("繁荣", "a"), ("主持", "v"), ("会议", "n"), ("。", "w"))
    assert "曾繁荣" in {n for n, _ in found}
    # after an office an adverb and a verb are no name (主席曾|多次|主持)
    found = _people(tagged, ("主席", "n"), ("曾", "d"), ("多次", "d"), ("主持", "v"), ("会议", "n"), ("。", "w"))
    assert not {n for n, _ in found}
