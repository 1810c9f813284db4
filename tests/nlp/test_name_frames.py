"""kg_people (kg.nlp.people) on names the tagger cut or mis-tagged where a title word, a
role noun or a verb a name is followed by frames them (round 14): invented sentences."""

from __future__ import annotations

import pytest

from kg.ingest.name_syllables import tailed_name


def people_of(labelled, text: str) -> set[str]:
    return labelled(text, "PERSON")


# -- an Amdo Tibetan name: a name word and a one-character ending ---------------------


@pytest.mark.parametrize(
    ("run", "name"),
    [
        ("拉毛草", True),  # 拉毛 + 草
        ("才让吉", True),  # 才让 + 吉
        ("扎西卓玛措", True),  # two name words + 措
        ("拉毛", False),  # a name word alone: not this shape
        ("王建草", False),  # no name word before the ending
        ("拉毛花", False),  # 花 is no ending of names
    ],
)
def test_a_name_word_and_an_ending(run, name):
    assert tailed_name(run) is name


def test_an_amdo_name_after_a_title_the_tagger_cut(labelled):
    assert people_of(labelled, "乡村医生才让吉在义诊现场表示，感谢工会。") == {"才让吉"}


def test_amdo_names_in_a_list_after_a_title(labelled):
    assert people_of(labelled, "县总工会副主席措毛草、才让太出席。") == {"措毛草", "才让太"}


# -- a company's legal representative is an office a name follows ---------------------


def test_a_name_after_a_legal_representative(labelled):
    # the tagger read 何东坑 as a pronoun: after an office a run of three closed by a mark is a name
    assert people_of(labelled, "工作站约谈了该公司法定代表人何东坑，督促其限期支付。") == {"何东坑"}


# -- a name's last character the tagger read as a particle or a degree adverb ---------


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("配送站站长许蚌地介绍，站里有骑手60名。", "许蚌地"),  # 许蚌|地|介绍
        ("配送站站长柯蚌地说，站里有骑手60名。", "柯蚌地"),
        ("骑手程凡超荣获一等奖。", "程凡超"),  # 程凡|超|荣获
        ("快递小哥孟庆超荣获一等奖。", "孟庆超"),
    ],
)
def test_a_character_that_never_follows_a_name_is_its_last(labelled, text, name):
    assert people_of(labelled, text) == {name}


@pytest.mark.parametrize(
    "text",
    [
        "张伟最为突出，李明极为重视，王强颇为感慨。",  # an adverb of its own (最为)
        "李明很在意，王华很亲切。",  # a degree adverb before a word of quality
        "刘洋很高兴地说，活动很好。",
    ],
)
def test_a_degree_adverb_after_a_whole_name_stays_out(labelled, text):
    assert all(len(p) == 2 for p in people_of(labelled, text))


# -- a surname the tagger glued onto the role noun or title before it -----------------


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("骑手王建设说，入会后心里踏实。", "王建设"),  # 骑手王|建设
        ("该公司法定代表人王互助介绍，工资已结清。", "王互助"),  # 代表|人王|互助
    ],
)
def test_a_surname_glued_onto_the_head_before_it(labelled, text, name):
    assert people_of(labelled, text) == {name}


def test_a_word_glued_onto_a_role_noun_is_no_name(labelled):
    assert people_of(labelled, "职工代表出席，记者从市总工会获悉。") == set()


# -- a noun naming a worker by an occupation's ending is a role noun before a name ----


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("社区网格员何莞城，入户走访了12户居民。", "何莞城"),  # …员, a name read as a place
        ("专职调解员黄石竹，调解纠纷30余起。", "黄石竹"),
    ],
)
def test_a_name_after_a_noun_of_an_occupation(labelled, text, name):
    assert people_of(labelled, text) == {name}


@pytest.mark.parametrize(
    "text",
    [
        "并派劳动检查员查核资遣通报及退休金提拨是否合法。",  # a verb and a noun: no name cut short
        "全体党员干部参加活动，工作人员说明了情况。",
        "运动员宣誓，裁判员执裁，网格员上门走访。",
        "技术人员改进工艺，新入职员工参加培训。",
    ],
)
def test_after_a_noun_of_an_occupation_a_common_phrase_is_no_name(labelled, text):
    assert people_of(labelled, text) == set()


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("医院护士长何莞城，带领护理团队坚守岗位。", "何莞城"),  # a role noun (person_heads)
        ("村医王建设说，义诊很受欢迎。", "王建设"),
        ("清扫工黄石竹介绍，冬天最怕路面结冰。", "黄石竹"),  # a trade (trades)
    ],
)
def test_a_name_after_a_listed_job_word(labelled, text, name):
    assert people_of(labelled, text) == {name}
