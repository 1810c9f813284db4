"""Event attributes in new genres, as a grammar (session 50).

- 签到表 / | 3 | A | 某公司 | … | A |: who signed a sign-in sheet takes part in its event (not a
  row left blank, signed for by another, or noting leave);
- 去年10月8号: a day written with 号, as speech and casual pages write it;
- 实到3O人: a scan's OCR reads a zero inside a figure as the letter O;
- 52个装卸师傅参赛: 个 counts people before a noun and a word of taking part;
- 215名职工报名参赛，…，40名选手进入决赛: those who went on to a round are a part of who took part;
- X获奖名单 / 姓名 … / 焊工　一等奖　A　某公司: a list under the contest's title, its rows'
  winners take part in the contest.

Every case is invented (no line comes from a corpus page).  Keys as in
:func:`tests.extract.facts_view.check_event`.
"""

from __future__ import annotations

import pytest

from kg.nlp.quantities import times_and_counts
from tests.extract.facts_view import check_event

SHEET = (
    "活动名称：海林市2028年职工书法交流座谈会\n"
    "时间：2028年3月6日上午9:00\n"
    "地点：海林市职工服务中心二楼会议室\n"
    "主办单位：海林市总工会\n"
    "| 1 | 褚云鹏 | 海林市总工会 | 副主席 | 139**** | 褚云鹏 |"
    "| 2 | 邵晓蕾 | 海林市第二中学 | 教师 | 138**** | 邵晓薷 |"
    "| 3 | 戚兆林 | 海林市林海木业有限公司 | 工会主席 | 137**** | 吴芳代签 |"
    "| 4 | 闵德才 | 海林市供电公司 | 电工 | 136**** | |"
    "| 5 | 柏玉洁 | 海林市人民医院 | 护士 | 135**** | （请假） |"
    "| 6 | 卜长顺 | 海林市环卫处 | 环卫工 | 134**** | 卜长顺 |"
    "———————————————\n"
    "备注：应到6人 实到3人\n"
)


def test_signed_rows_of_a_signin_sheet_take_part(extract_text):
    facts = extract_text(SHEET, headline="海林市2028年职工书法交流座谈会签到表", region="牡丹江市")
    check_event(facts, {"ev": "座谈会", "people": ["褚云鹏", "邵晓蕾", "卜长顺"]})


def test_unsigned_rows_of_a_signin_sheet_take_no_part(extract_text):
    facts = extract_text(SHEET, headline="海林市2028年职工书法交流座谈会签到表", region="牡丹江市")
    check_event(facts, {"ev": "座谈会", "nopeople": ["戚兆林", "闵德才", "柏玉洁"]})


def test_rows_of_a_sheet_that_is_no_signin_sheet_take_no_part(extract_text):
    facts = extract_text(SHEET, headline="海林市2028年职工书法交流座谈会通讯录", region="牡丹江市")
    names = [r.name for e in facts.events for r, _ in e.participants]
    assert "卜长顺" not in names, names


def test_day_written_with_hao(extract_text):
    facts = extract_text(
        "去年10月8号，我们县总工会在县体育馆办了职工象棋比赛，40多名职工参加。\n",
        headline="说说我们县总工会的日常",
        region="庆阳市",
        date="2028-02-10",
    )
    check_event(facts, {"ev": "象棋比赛", "date": "10-08"})


@pytest.mark.parametrize(
    ("text", "count"),
    [
        ("备注：应到32人　实到3O人", 30),  # (OCR's O for zero)
        ("共有1O5名职工参加", 105),
        ("52个装卸师傅参赛", 52),
    ],
)
def test_counts_of_people(text, count):
    assert count in [f.count for f in times_and_counts(text) if f.label == "COUNT"], times_and_counts(text)


@pytest.mark.parametrize("text", ["3个工种", "12个馒头", "编号O3人"])
def test_no_counts_of_people(text):
    counts = [f.count for f in times_and_counts(text) if f.label == "COUNT"]
    assert 3 not in counts and 12 not in counts, counts


def test_finalists_are_a_part_of_who_took_part(extract_text):
    facts = extract_text(
        "5月12日至13日，由宁安市总工会主办的宁安市首届快递员技能大赛在宁安市职工服务中心举行。"
        "全市215名快递员报名参赛，经过初赛，40名选手进入决赛。\n",
        headline="宁安市首届快递员技能大赛落幕",
        region="牡丹江市",
        date="2028-05-14",
    )
    check_event(facts, {"ev": "快递员技能大赛", "count": 215})


def test_winners_listed_under_the_contest_title_take_part(extract_text):
    facts = extract_text(
        "4月9日，由穆棱市总工会主办的2028年穆棱市焊工技能大赛在穆棱市职工实训基地举行。\n"
        "附件：2028年穆棱市焊工技能大赛获奖名单\n"
        "2028年穆棱市焊工技能大赛获奖名单\n"
        "工种 奖次 姓名 工作单位\n"
        "焊工 一等奖 佟晓川 穆棱市兴源机械有限公司\n"
        "焊工 二等奖 鲍海宁 穆棱市恒达钢构有限公司\n",
        headline="关于公布2028年穆棱市焊工技能大赛获奖名单的通知",
        region="牡丹江市",
        date="2028-04-20",
    )
    check_event(facts, {"ev": "焊工技能大赛", "people": ["佟晓川", "鲍海宁"]})


def test_offices_listed_under_a_vote_ending_its_line_take_part(extract_text):
    facts = extract_text(
        "5月21日，第五届经费审查委员会第一次全体会议召开，应到委员7名，实到7名，以无记名投票方式选举：\n"
        "主任：欧阳晓峰\n"
        "副主任：栾秀芝 庞立伟\n",
        headline="伊春市总工会第五届经费审查委员会第一次全体会议选举结果",
        region="伊春市",
        date="2028-05-21",
    )
    check_event(facts, {"ev": "第一次全体会议", "people": ["欧阳晓峰", "栾秀芝", "庞立伟"]})


def test_report_subtitle_names_its_meeting_and_speaker(extract_text):
    facts = extract_text(
        "伊春市总工会第二届女职工委员会工作报告\n"
        "——在伊春市总工会第五次代表大会上\n"
        "隋冬梅\n"
        "（2028年6月11日）\n"
        "各位代表：现在，我代表第二届女职工委员会向大会报告工作。\n",
        region="伊春市",
    )
    check_event(facts, {"ev": "第五次代表大会", "date": "06-11", "people": ["隋冬梅"]})


def test_quoted_campaign_after_its_body_is_the_body_s(extract_text):
    facts = extract_text(
        "铁力市总工会“送清凉”走进建筑工地\n7月8日，铁力市总工会工作人员走进建筑工地，为一线工人送去绿豆汤。\n",
        region="伊春市",
        date="2028-07-09",
    )
    check_event(facts, {"ev": "送清凉", "someorgs": ["铁力市总工会"]})


def test_bodies_addressing_the_meeting_its_head_names_again(extract_text):
    facts = extract_text(
        "6月3日，伊春市总工会在伊春市职工服务中心召开全市工会财务工作推进会。"
        "会议通报了上半年工作情况，铁力市总工会和嘉荫县总工会作交流发言。\n",
        headline="伊春市总工会召开全市工会财务工作推进会",
        region="伊春市",
        date="2028-06-04",
    )
    check_event(facts, {"ev": "推进会", "someorgs": ["伊春市总工会"], "somepeople": ["铁力市总工会", "嘉荫县总工会"]})


def test_place_clause_of_the_event_s_sentence(extract_text):
    facts = extract_text(
        "去年8月20号，我们县总工会主办了职工拔河比赛，县体育局协办，地点就在伊春市职工服务中心门口的广场。\n",
        headline="在县总工会上班是什么体验",
        region="伊春市",
        date="2028-03-01",
    )
    check_event(facts, {"ev": "拔河比赛", "place": "伊春市职工服务中心"})


def test_prize_copula_names_a_player_of_the_contest(extract_text):
    facts = extract_text(
        "9月3日，伊春市总工会在伊春市职工服务中心举办职工拔河比赛。一等奖是友好区来的郑海涛师傅。\n",
        headline="伊春市总工会举办职工拔河比赛",
        region="伊春市",
        date="2028-09-04",
    )
    check_event(facts, {"ev": "拔河比赛", "people": ["郑海涛"]})


def test_meeting_held_after_a_congress_is_its_union_s(extract_text):
    facts = extract_text(
        "6月2日，铁力市桃山镇总工会召开第三次会员代表大会，选举产生新一届工会委员会。"
        "在随后召开的三届一次委员会全体会议上，符立业当选镇总工会主席。\n",
        headline="伊春市总工会召开全市工会财务工作推进会",
        region="伊春市",
        date="2028-06-05",
    )
    check_event(facts, {"ev": "委员会全体会议", "someorgs": ["桃山镇总工会"]})


def test_body_sending_teachers_takes_part(extract_text):
    facts = extract_text(
        "3月12日，伊春市总工会召开全市工会工作会议。"
        "4月8日至10日，伊春市总工会在铁力市职工服务中心举办全市工会财务业务培训班，80人参加，"
        "哈尔滨市总工会选派3名专家授课。\n",
        headline="伊春市总工会2028年一季度工作综述",
        region="伊春市",
        date="2028-04-30",
    )
    check_event(facts, {"ev": "财务业务培训班", "somepeople": ["哈尔滨市总工会"]})


def test_bodies_acting_at_the_meeting_take_part(extract_text):
    facts = extract_text(
        "6月3日，伊春市总工会在伊春市职工服务中心召开全市职工技能竞赛推进会。"
        "会上，伊春市总工会与伊春市人力资源和社会保障局签订了《职工技能竞赛合作协议》。\n",
        headline="伊春市总工会召开全市职工技能竞赛推进会",
        region="伊春市",
        date="2028-06-04",
    )
    check_event(facts, {"ev": "推进会", "somepeople": ["人力资源和社会保障局"]})
    names = [r.name for e in facts.events if "推进会" in e.ref.name for r, _ in e.participants]
    assert not any(n.endswith("伊春市总工会") for n in names), names
