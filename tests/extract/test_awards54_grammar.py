"""Awards of session 54 (invented names and places).

A. A class of places between 为 and a giving verb (公司为2个项目第一名授予“X”称号, 为各项目第一名颁发
   “X”证书): the people read before as winning those places hold X; a class that is no place
   (为优秀选手授予…) gives nothing.
B. An item's place won, qualifying the name after 的 (获得数控车工项目第一名的A): A holds it.
C. A count of people given an honour, then a word of inclusion in the same sentence (十五名职工获颁
   「X」，当中包括…A、B及C；): each named to the clause's end holds X; a clause that names no one
   of them (其中一线职工占七成) gives nothing.
D. Places won after 由 (冠军由A夺得; 亚军及季军分别由B、C取得): the winner after 由, the k-th name
   the k-th place; a bare rank named with the item before it, else the contest before.
E. A level word before a title before a name (省级劳动模范、县医院护士长A): a class described, no
   honour named; the province's own honour (省劳动模范A) stays one.
"""

from __future__ import annotations

import pytest


def _awards(facts) -> set[tuple[str, str]]:
    return {(ref.name, honour) for ref, honour, _ in facts.awards}


_RESULTS = "经过三天角逐，装配车间梁志远、质检部柏玉婷分别获得钳工、质量检验员项目第一名。"


@pytest.mark.parametrize(
    "giving",
    [
        "闭幕式上，公司为2个项目第一名授予“青禾工匠”称号。",
        "闭幕式上，公司工会为各项目第一名颁发了“青禾工匠”证书和奖金。",
        "闭幕式上，公司向2名第一名选手授予“青禾工匠”称号。",
        "闭幕式上，公司为2个项目第一名授予“青禾之星”荣誉称号。",
    ],
)
def test_a_class_of_places_given_an_honour_is_its_winners(extract_text, giving):
    found = _awards(extract_text(_RESULTS + giving, region="芜湖市"))
    honour = "青禾之星" if "之星" in giving else "青禾工匠"
    assert {("梁志远", honour), ("柏玉婷", honour)} <= found


def test_a_class_of_places_read_after_single_wins(extract_text):
    body = (
        "比赛决出各项目名次，梁志远获得钳工项目第一名，柏玉婷获得电工项目第一名。"
        "公司工会为各项目第一名授予“青禾工匠”称号。"
    )
    found = _awards(extract_text(body, region="芜湖市"))
    assert {("梁志远", "青禾工匠"), ("柏玉婷", "青禾工匠")} <= found


def test_a_class_of_places_each_won_in_a_count_of_items(extract_text):
    body = (
        "经过两天比拼，装配车间梁志远、质检部柏玉婷分获两个项目第一名。"
        "闭幕式上，公司为2个项目第一名授予“青禾工匠”称号。"
    )
    found = _awards(extract_text(body, region="芜湖市"))
    assert {("梁志远", "青禾工匠"), ("柏玉婷", "青禾工匠")} <= found


def test_a_class_that_is_no_place_gives_nothing(extract_text):
    body = "经过角逐，梁志远获得钳工项目第一名。公司为优秀选手授予“青禾工匠”称号。"
    found = _awards(extract_text(body, region="芜湖市"))
    assert ("梁志远", "青禾工匠") not in found


def test_an_items_place_won_qualifying_the_name(extract_text):
    body = "“这次暴露出的短板正是我要补的课。”获得数控车工项目第一名的柏玉婷今年28岁，入职6年。"
    found = _awards(extract_text(body, region="芜湖市"))
    assert ("柏玉婷", "数控车工项目第一名") in found


_INCLUDED = "颁奖环节中，十五名职工获颁「优秀会员奖」，{tail}"


def test_people_included_in_a_count_given_an_honour(extract_text):
    tail = "当中包括某酒店厨师长冯志强、某医院护士卡洛斯·费雷拉及清洁领班何丽珍；三个班组获颁「先进班组奖」。"
    found = _awards(extract_text(_INCLUDED.format(tail=tail), region="澳门"))
    assert {("冯志强", "优秀会员奖"), ("卡洛斯·费雷拉", "优秀会员奖"), ("何丽珍", "优秀会员奖")} <= found


@pytest.mark.parametrize(
    "body",
    [
        "颁奖礼上，二十名职工获颁「优秀会员奖」。其中包括厨师长冯志强、护士何丽珍及巴士车长施志明。",
        "大会表彰了20名「优秀会员奖」，其中包括厨师长冯志强、护士何丽珍及巴士车长施志明。",
    ],
)
def test_people_included_after_a_stop_or_a_count_after_its_verb(extract_text, body):
    found = _awards(extract_text(body, region="澳门"))
    assert {("冯志强", "优秀会员奖"), ("何丽珍", "优秀会员奖")} <= found


def test_a_count_given_an_honour_and_no_one_included_gives_nothing(extract_text):
    tail = "其中一线职工占七成。车间主任冯志强介绍了评选过程。"
    found = _awards(extract_text(_INCLUDED.format(tail=tail), region="澳门"))
    assert ("冯志强", "优秀会员奖") not in found


def test_places_won_respectively_by_the_names_after_by(extract_text):
    body = (
        "嘉年华同场举行「咖啡拉花比赛」，十二名咖啡师参赛。"
        "来自某酒店的冯志强夺得冠军，亚军及季军分别由周慧敏、蔡国梁取得。"
    )
    found = _awards(extract_text(body, region="澳门"))
    assert {("周慧敏", "咖啡拉花比赛亚军"), ("蔡国梁", "咖啡拉花比赛季军")} <= found


@pytest.mark.parametrize(
    ("body", "want"),
    [
        (
            "本次职工象棋比赛共有40人参加，女子组冠军由何晓燕获得，男子组冠军由刘建平夺得。",
            {("何晓燕", "女子组冠军"), ("刘建平", "男子组冠军")},
        ),
        (
            "本次焊工技能竞赛中，一等奖由张德明获得，二等奖和三等奖分别由李春生、赵丽华获得。",
            {("张德明", "一等奖"), ("李春生", "二等奖"), ("赵丽华", "三等奖")},
        ),
        (
            "本次焊工技能竞赛中，一、二、三等奖分别由张德明、李春生、赵丽华获得。",
            {("张德明", "一等奖"), ("李春生", "二等奖"), ("赵丽华", "三等奖")},
        ),
        (
            "本次职工象棋比赛共有40人参加，冠军、亚军分别被何晓燕、刘建平摘得。",
            {("何晓燕", "职工象棋比赛冠军"), ("刘建平", "职工象棋比赛亚军")},
        ),
        (
            "本次焊工技能竞赛中，前三名分别由张德明、李春生、赵丽华获得。",
            {("张德明", "焊工技能竞赛第一名"), ("李春生", "焊工技能竞赛第二名"), ("赵丽华", "焊工技能竞赛第三名")},
        ),
    ],
)
def test_a_place_won_by_the_name_after_by(extract_text, body, want):
    assert want <= _awards(extract_text(body, region="芜湖市"))


def test_places_and_names_of_other_lengths_are_left(extract_text):
    body = "本次焊工技能竞赛中，二等奖和三等奖分别由李春生、赵丽华、王建国获得。"
    found = _awards(extract_text(body, region="芜湖市"))
    assert not any(n == "李春生" for n, _h in found)


@pytest.mark.parametrize("level", ["省级劳动模范", "市级劳动模范", "国家级劳动模范", "县级先进工作者"])
def test_a_level_before_a_title_names_no_honour(extract_text, level):
    body = f"活动现场，{level}、县医院护士长卓玛拉姆等6名劳模工匠走进车间。"
    found = _awards(extract_text(body, region="西宁市"))
    assert not any(n == "卓玛拉姆" for n, _h in found)


def test_the_provinces_own_title_stays_an_honour(extract_text):
    body = "活动现场，省劳动模范、县医院护士长卓玛拉姆等6名劳模工匠走进车间。"
    assert ("卓玛拉姆", "省劳动模范") in _awards(extract_text(body, region="西宁市"))


_TRADITIONAL = (
    "某職工會舉行年度頒獎禮\n\n"
    "【本會訊】頒獎環節中，十五名職工獲頒「優秀會員獎」，當中包括某酒店廚師長馮志強、某醫院護士卡洛斯·費雷拉及"
    "清潔領班何麗珍；同場舉行「咖啡拉花比賽」，來自某酒店的蔡國樑奪得冠軍，亞軍及季軍分別由周慧敏、呂家樂取得。\n"
)


def test_the_same_constructions_in_traditional_characters(nlp, gaz, tmp_path):
    from kg.extract.article import ArticleExtractor
    from kg.extract.page import infer_page
    from kg.ingest import read_articles
    from kg.model.article import article_id

    path = tmp_path / "page.txt"
    path.write_text(_TRADITIONAL, encoding="utf-8")
    (article,) = read_articles([str(path)]).articles
    doc = nlp(article.text)
    facts = ArticleExtractor(gaz).extract(doc, article, infer_page([doc], [article], gaz, "澳门"), article_id(article))
    found = _awards(facts)
    assert {("冯志强", "优秀会员奖"), ("何丽珍", "优秀会员奖")} <= found
    assert {("周慧敏", "咖啡拉花比赛亚军"), ("吕家乐", "咖啡拉花比赛季军")} <= found
