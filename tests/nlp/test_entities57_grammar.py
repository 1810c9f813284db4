"""Names of people and places of session 57's pages (invented text).

A. A Tibetan name whose first syllable the tagger glued onto the occupation's noun before it
   (社员次|仁央金说) is the whole name of name words, the noun ending as occupations do.
B. One name word of two characters right after an office, closed where names end (镇长旦|增
   出席), is a Tibetan's whole name.
C. Names of name words that share a word (多吉次仁, 多吉, 次仁央金) are each one person's name,
   never two names printed without a mark.
D. A village after its township whose first word the tagger read as a time and whose
   committee it glued on (四季/TIME 平安村村委会/ORG) is the whole village, and its committee
   is named after the whole village; a committee read as a place's word with the village
   (万年青村村委会/LOC) leaves the village its name too.
E. A list of townships' stems closed by 等镇/等街道 names each whole, where a stem holds a
   city's short form (朝阳川 with 朝阳, 长春岭 with 长春); a list after another one's joining
   word (…等街道和X、Y等镇) is read too.
F. A name before 家住 ends at 家, whether the tagger cut it short (王清|水家|住) or ran it on
   (李清河家|住); after a person's noun a lone noun character between a name of two and a
   verb is the name's last (环卫工人钱清|水|走进): a given name that is a county's (清水).
G. A verb taking communities as its object (依托社区) names no community, and a venue's
   name starts after it (依托|社区党群服务中心: no venue named).
H. A half of a campaign's quoted name (“清凉驿站·暖心某区”关爱行动) is no venue, there or
   quoted alone elsewhere in the text.
I. 全国 and a bare 工会 before a venue's word (全国工会职工书屋) is the nation's unions' rooms,
   no venue.
J. A pharmacy named by its place and trade name (某区某某大药房) is a body.
K. A grade's or a trade's word alone before a venue's ending (星级酒店, 旅游酒店) names hotels
   at large, no venue.
"""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("“现在能挣钱了。”合作社社员次仁央金说。", "次仁央金"),
    ],
)
def test_a_tibetan_name_glued_to_the_occupation_is_whole(labelled, text, name) -> None:
    people = labelled(text, "PERSON")
    assert name in people
    assert name[1:] not in people


@pytest.mark.parametrize(
    "text",
    ["镇党委副书记、镇长旦增出席。", "副乡长旦增主持会议。"],
)
def test_one_name_word_after_an_office_is_a_name(labelled, text) -> None:
    assert "旦增" in labelled(text, "PERSON")


def test_names_of_shared_name_words_are_each_a_person(labelled) -> None:
    text = "县政协副主席多吉次仁出席。环卫工人多吉说，很暖和。学员次仁央金说，学到了手艺。"
    assert {"多吉次仁", "多吉", "次仁央金"} <= labelled(text, "PERSON")


def test_a_village_read_as_a_time_and_a_body_is_whole(labelled) -> None:
    text = "座谈会在红星乡四季平安村村委会召开。"
    assert "四季平安村" in labelled(text, "AREA")
    assert "四季平安村村委会" in labelled(text, "ORG")


def test_a_village_read_with_its_committee_as_a_place_is_a_village(labelled) -> None:
    assert "万年青村" in labelled("座谈会在红星乡万年青村村委会召开。", "AREA")


@pytest.mark.parametrize(
    ("text", "town", "inner"),
    [
        ("延吉市各级工会已在依兰、朝阳川、小营等镇建成驿站12个。", "朝阳川", "朝阳"),
        ("榆树市已在秀水、长春岭等镇设立服务站。", "长春岭", "长春"),
    ],
)
def test_a_listed_stem_holding_a_city_is_the_town(find, text, town, inner) -> None:
    areas = {(t, kind) for t, label, kind in find(text) if label == "AREA"}
    assert (town, "listed_town") in areas
    assert inner not in {t for t, _ in areas}


def test_a_list_after_another_list_joined_by_he_is_read(labelled) -> None:
    text = "安定区已在中华路、永定路等街道和香泉、内官营等镇建成驿站30个。"
    assert {"中华路", "永定路", "香泉", "内官营"} <= labelled(text, "AREA")


def test_a_name_cut_before_jiazhu_is_whole(labelled) -> None:
    people = labelled("58岁的王清水家住城关镇。", "PERSON")
    assert "王清水" in people
    assert "王清" not in people


def test_a_name_run_on_into_jiazhu_ends_before_jia(tagged_mentions) -> None:
    found = tagged_mentions(
        ("58岁", "m"), ("的", "u"), ("李清河家", "PER"), ("住", "v"), ("城关镇", "LOC"), ("。", "w")
    )
    people = {t for t, label, _ in found if label == "PERSON"}
    assert people == {"李清河"}


def test_a_lone_character_after_a_name_of_two_before_a_verb_is_its_last(tagged_mentions) -> None:
    found = tagged_mentions(("环卫工人", "n"), ("钱清", "PER"), ("水", "n"), ("走进", "v"), ("驿站", "n"), ("。", "w"))
    people = {t for t, label, _ in found if label == "PERSON"}
    assert people == {"钱清水"}


def test_a_verb_before_community_names_none(labelled) -> None:
    text = "镇总工会自2025年起依托社区党群服务中心、超市和加油站，先后建成8个工会驿站。"
    assert not labelled(text, "AREA")
    assert not labelled(text, "PLACE")


def test_a_venue_named_after_the_verb_of_relying_starts_after_it(labelled) -> None:
    assert "幸福里社区党群服务中心" in labelled("驿站依托幸福里社区党群服务中心建成。", "PLACE")


def test_a_half_of_a_campaign_name_is_no_venue(labelled) -> None:
    text = "“凉爽驿站”开张了。由区总工会主办的“凉爽驿站·爱心东城”户外劳动者关爱行动启动仪式在某街道工会驿站举行。"
    assert "凉爽驿站" not in labelled(text, "PLACE")


def test_the_nations_unions_rooms_are_no_venue(labelled) -> None:
    text = "全总公布了全国工会职工书屋示范点名单，并将书屋纳入全国工会职工书屋网络平台管理。"
    assert not {p for p in labelled(text, "PLACE") | labelled(text, "ORG") if p.startswith("全国工会")}


def test_a_pharmacy_is_a_body(labelled) -> None:
    text = "授牌的爱心商户是城东区百姓康宁大药房和某某餐饮有限公司。"
    assert any(o.endswith("康宁大药房") for o in labelled(text, "ORG"))


@pytest.mark.parametrize("text", ["联合工会吸纳了43家星级酒店、民宿和旅行社。", "全市旅游酒店职工参加了培训。"])
def test_hotels_at_large_are_no_venue(labelled, text) -> None:
    assert not {p for p in labelled(text, "PLACE") if p.endswith("酒店")}


def test_a_name_of_two_before_jiazhu_after_a_persons_noun_stays_two(tagged_mentions) -> None:
    found = tagged_mentions(("环卫工人", "n"), ("王芳", "PER"), ("家", "n"), ("住", "v"), ("城南", "s"), ("。", "w"))
    assert {t for t, label, _ in found if label == "PERSON"} == {"王芳"}
