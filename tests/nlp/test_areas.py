"""kg_areas (kg.nlp.areas): areas, the capital, abbreviations, zones, communities."""

from __future__ import annotations

from kg.nlp.areas import AreaFinder
from kg.nlp.found import Found
from kg.nlp.tokens import Tokens


def test_the_capital_named_by_its_role(find):
    assert ("首都", "AREA", "capital") in find("首都职工踊跃参加志愿服务。")


def test_a_gazetteer_area_is_found(find):
    assert ("郑州市", "AREA", "full") in find("郑州市职工参加比赛。")


def test_an_abbreviation_the_text_defines(nlp):
    doc = nlp("北京市朝阳区（以下简称“朝区”）发布通知，朝区职工参加。")
    assert doc._.kg_abbreviations == {"朝区": "朝阳区"}


def test_an_abbreviation_of_an_area_is_an_area_wherever_it_is_written(nlp):
    doc = nlp("北京市朝阳区（以下简称“朝区”）发布通知，朝区职工参加。")
    abbrs = [(s.start_char, s._.kg_ref) for s in doc.spans["kg"] if s._.kg_kind == "abbr"]
    assert abbrs == [(12, "朝阳区"), (21, "朝阳区")]


def test_a_bare_county_stem_only_as_its_own_place_word(find, labelled):
    assert ("海淀", "AREA", "short") in find("海淀职工参加比赛。")
    assert labelled("和平年代的故事。", "AREA") == set()  # 和平 (a stem of 和平区) as an adjective


def test_an_area_name_glued_after_the_start_of_a_word_is_none(tagged):
    finder = AreaFinder()
    assert finder.areas_in(Tokens(tagged(("来到", "v"), ("小文山", "n"), ("公园", "n"))), {}) == []
    assert finder.areas_in(Tokens(tagged(("来到", "v"), ("文山", "LOC"), ("公园", "n"))), {}) == [
        Found(2, 4, "AREA", "full")
    ]


def test_an_area_name_running_on_into_a_longer_word_is_none(tagged):
    assert AreaFinder().areas_in(Tokens(tagged(("来到", "v"), ("文山口", "n"))), {}) == []


def test_a_development_zone_the_registry_lacks(find):
    assert ("武汉东湖新技术开发区", "AREA", "zone") in find("武汉东湖新技术开发区举办招聘会。")


def test_a_community_is_a_place_word_and_its_community(find):
    assert ("桂花社区", "AREA", "community") in find("桂花社区居民参加活动。")


def test_a_community_the_text_named_is_one_where_it_is_written_again(tagged):
    """The tagger may glue the name to the committee after it the second time (not a place
    word there): the text named that community, so the name is the community again."""
    words = (("桂花社区", "LOC"), ("召开", "v"), ("会议", "n"), ("，", "w"), ("刘洋", "PER"), ("现任", "v"))
    tk = Tokens(tagged(*words, ("桂花社区", "u"), ("党委", "u"), ("副书记", "n")))
    assert [(f.start, f.end) for f in AreaFinder().communities(tk, [])] == [(0, 4), (13, 17)]


def test_a_community_named_by_a_description_is_none(labelled):
    assert labelled("幸福社区居民参加活动。", "AREA") == set()


def test_a_community_named_after_its_road_is_one(tagged):
    """幸福路社区: named after 幸福路, a proper name though 幸福 alone describes."""
    tk = Tokens(tagged(("来到", "v"), ("和谐路社区", "LOC"), ("走访", "v")))
    assert [(f.start, f.end) for f in AreaFinder().communities(tk, [])] == [(2, 7)]


def test_a_community_glued_to_its_township_starts_after_it(tagged):
    """平襄镇西关社区 read by the tagger as one word: the township, then the community."""
    tk = Tokens(tagged(("在", "p"), ("城关镇东街社区", "LOC"), ("，", "w")))
    town = Found(1, 4, "AREA", "full")
    assert [(f.start, f.end) for f in AreaFinder().communities(tk, [town])] == [(4, 8)]


def test_an_everyday_word_that_is_also_an_areas_bare_name_is_none(tagged, find):
    """安康 (well-being), 互助, 合作 are words of every union article and the bare names of
    安康市, 互助县, 合作市: bare they are the word even when tagged as a place; the area
    keeps its full name."""
    finder = AreaFinder()
    for word in ("安康", "互助", "合作", "公安"):
        doc = tagged(("关爱", "v"), ("职工", "n"), (word, "LOC"))
        assert finder.areas_in(Tokens(doc), {}) == [], word
    assert ("安康市", "AREA", "full") in find("安康市职工参加比赛。")


def test_guests_are_no_city(tagged, find):
    """来宾 (guests, 出席来宾) is the bare name of 来宾市 too: bare it is the word; the city
    keeps its full name."""
    doc = tagged(("出席", "v"), ("来宾", "LOC"), ("逾", "v"), ("千人", "n"))
    assert AreaFinder().areas_in(Tokens(doc), {}) == []
    assert ("来宾市", "AREA", "full") in find("来宾市职工参加比赛。")


def test_a_joining_verb_after_a_bodys_ending_opens_no_area(labelled):
    """联合街道 is an area's name, but after a union's ending 联合 joins it to the next body."""
    assert "联合街道" not in labelled("中秋节前夕，东湖街道机关工会联合街道综合文化站组织活动。", "AREA")


# -- townships and villages of pastoral areas (苏木, 嘎查) the tagger reads as people ----------------


def test_a_township_the_tagger_read_as_a_name_is_the_township(tagged_mentions):
    """达尔汗苏木 (a registry 苏木) tagged as names glued to the village after it: a name
    ending in a township's ending is the township, and no one's name is read inside it."""
    found = tagged_mentions(("来到", "v"), ("达尔汗", "PER"), ("苏木额尔敦", "PER"), ("陶日", "PER"), ("嘎查", "v"))
    assert ("达尔汗苏木", "AREA", "full") in found
    assert not {t for t, label, _ in found if label == "PERSON"}


def test_a_village_name_the_tagger_cut_into_pieces_after_its_township(tagged_mentions):
    """额尔敦陶日嘎查: five name characters the tagger read as a name and a verb, then the
    village head 嘎查 as a word of its own, right after the township."""
    words = (("来到", "v"), ("达尔汗苏木", "LOC"), ("额尔敦", "PER"), ("陶日", "v"), ("嘎查", "v"), ("，", "w"))
    assert ("额尔敦陶日嘎查", "AREA", "village") in tagged_mentions(*words)


def test_a_word_before_a_village_head_is_no_village(tagged_mentions):
    """镇里各个村: words that are no proper name before 村 name no village."""
    words = (("来到", "v"), ("达尔汗苏木", "LOC"), ("所有", "r"), ("牧户", "n"), ("村", "n"), ("，", "w"))
    assert not {t for t, _, kind in tagged_mentions(*words) if kind == "village"}


def test_a_village_named_after_its_township_is_that_village_where_it_is_written_again(tagged_doc):
    """额尔敦陶日嘎查 opening its cooperative's name (one ORG word) is the village again."""
    doc = tagged_doc(
        *(("来到", "v"), ("达尔汗苏木", "LOC"), ("额尔敦陶日嘎查", "LOC"), ("，", "w"), ("走进", "v")),
        *(("额尔敦陶日嘎查牧民", "ORG"), ("肉羊", "n"), ("合作社", "n")),
    )
    villages = [(s.start_char, s.text) for s in doc.spans["kg"] if s._.kg_kind == "village"]
    assert villages == [(7, "额尔敦陶日嘎查"), (17, "额尔敦陶日嘎查")]


def test_a_community_glued_to_its_street_and_its_committee_starts_after_the_street(tagged_mentions):
    """镜湖区|方村街道春晖社区党委|书记 in a table's cell: the tagger reads the street, the
    community and its party committee as one word; the community is one all the same."""
    words = (("5", "m"), ("\u3000", "w"), ("俞慧敏", "PER"), ("\u3000", "w"), ("镜湖区", "LOC"))
    found = tagged_mentions(*words, ("方村街道春晖社区党委", "LOC"), ("书记", "n"))
    assert ("春晖社区", "AREA", "community") in found


def test_a_community_glued_to_its_street_and_its_residents_committee(tagged_mentions):
    # (invented) another street, the community's residents' committee glued on
    words = (("现任", "v"), ("雨花区", "LOC"), ("砂子塘街道桂花社区居委会", "ORG"), ("主任", "n"))
    assert ("桂花社区", "AREA", "community") in tagged_mentions(*words)


def test_a_list_of_village_shaped_place_words_is_a_list_of_villages(labelled):
    """洛香村、新安村等6个村: no township written before them, but a list of such names."""
    found = labelled("据悉，洛香镇已建立基层工会18个，其中洛香村、新安村等6个村工会联合会。", "AREA")
    assert {"洛香村", "新安村"} <= found


def test_villages_joined_by_and_or_in_a_longer_list(labelled):
    # (invented) 和 between two, then three before a count of 行政村
    text = "镇里的王庄村和李集村的村民都来了，大桥村、河口村、白杨村3个行政村的党支部书记参加。"
    assert {"王庄村", "李集村", "大桥村", "河口村", "白杨村"} <= labelled(text, "AREA")


def test_a_list_of_honours_ending_in_a_village_head_is_no_villages(labelled):
    # (invented) 文明村, 卫生村: titles villages earn, not names
    assert not {"文明村", "卫生村"} & labelled("全县评出文明村、卫生村各10个。", "AREA")


def test_a_union_ending_glued_to_a_township_opens_no_village(tagged_mentions):
    # (invented) 某镇总工会为村工会主席…: the town's union, then the village unions' chairs as a class
    words = (("安仁镇", "ORG"), ("总工会", "ORG"), ("为", "v"), ("村", "n"), ("工会", "n"), ("主席", "n"))
    assert not {t for t, _, kind in tagged_mentions(*words, ("授课", "v")) if kind == "village"}


def test_a_village_shaped_word_before_its_union_after_a_township_named_earlier(tagged_mentions):
    # (invented) the township in the lead, the village named alone before its union (tagged a person)
    lead = (("安仁镇", "LOC"), ("举办", "v"), ("培训", "vn"), ("。", "w"))
    words = (
        ("会上", "n"),
        ("，", "w"),
        ("柳塘村", "PER"),
        ("工会", "n"),
        ("主席", "n"),
        ("戴志平", "PER"),
        ("发言", "v"),
    )
    assert ("柳塘村", "AREA", "village") in tagged_mentions(*lead, *words)
