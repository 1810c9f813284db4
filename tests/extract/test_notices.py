"""Family events, official notices (kg.extract.notices): a page that is a 公示/通知 a body signs."""

from __future__ import annotations

from tests.extract.facts_view import event_names, organizers, participants


def _notice(facts):
    (found,) = [e for e in facts.events if e.ref.name.startswith("关于")]
    return found


def test_a_public_notice_signed_by_a_union_is_its_event(extract_text):
    # the shape of a 公示 page: title 关于…的公示, 现予以公示, the signer alone, its date below
    facts = extract_text(
        "经研究，确定了以下拟表彰对象，现予以公示。\n"
        "1　王秋实　湘江电缆有限公司班长\n"
        "公示期为2026年5月6日至5月12日。\n"
        "长沙市总工会\n"
        "2026年5月6日",
        headline="关于2026年长沙市五一劳动奖章拟表彰对象的公示",
        region="长沙市",
    )
    notice = _notice(facts)
    assert facts.events[0] is notice
    assert notice.ref.name.endswith("的公示")
    assert organizers(notice) == ["长沙市总工会"]
    assert notice.date[0] == "2026-05-06"
    assert notice.locations == [] and notice.count is None


def test_a_notice_signed_by_two_bodies_dated_on_their_line(extract_text):
    # another kind (通报), two signers and the date on one line, no date below
    facts = extract_text(
        "各区县总工会：\n今年以来，各单位认真落实安全生产责任，现将检查情况通报如下。\n"
        "一、总体情况良好。\n"
        "株洲市总工会　株洲市应急管理局　2027年3月2日",
        headline="关于2027年第一季度职工安全生产检查情况的通报",
        region="株洲市",
    )
    notice = _notice(facts)
    assert organizers(notice) == ["株洲市总工会", "株洲市应急管理局"]
    assert notice.date[0] == "2027-03-02"


def test_a_notice_dated_by_its_page_when_it_keeps_no_date_line(extract_text):
    facts = extract_text(
        "经研究，决定举办全市职工篮球赛，现将有关事项通知如下。\n联系人：赵一鸣\n湘潭市总工会",
        headline="关于举办2026年湘潭市职工篮球赛的通知",
        region="湘潭市",
        date="2026-07-01",
    )
    notice = _notice(facts)
    assert organizers(notice) == ["湘潭市总工会"]
    assert notice.date[0] == "2026-07-01"


def test_a_last_line_of_prose_signs_nothing(extract_text):
    facts = extract_text(
        "现予以公示。如有异议，请向长沙市总工会反映。",
        headline="关于长沙市工人先锋号拟表彰对象的公示",
        region="长沙市",
    )
    assert organizers(_notice(facts)) == []


def test_a_report_titled_otherwise_is_no_notice(extract_text):
    text = "近日，雨花区总工会举办职工读书分享会。"
    facts = extract_text(text, headline="雨花区总工会举办读书分享会", region="长沙市")
    assert not any(n.startswith("关于") for n in event_names(facts))


def test_a_page_reporting_a_meeting_and_the_decision_read_there_has_the_meeting_first(extract_text):
    # …的决定 as the title, the body a report of the meeting held on a day at a place: the
    # meeting is the main event, those speaking at it (会上，…) take part in it
    facts = extract_text(
        "5月2日上午，全省庆祝劳动节暨劳动奖表彰大会在省职工文化中心举行。省总工会副主席韩立宣读表彰决定。"
        "会上，获奖代表钱秀英发言。",
        headline="省总工会关于表彰2026年劳动奖的决定",
        region="合肥市",
    )
    assert facts.events[0].ref.name.endswith("表彰大会"), event_names(facts)
    assert "钱秀英" in participants(facts.events[0])
    assert any(e.ref.name.startswith("关于") for e in facts.events)


def test_a_report_of_results_titled_by_the_event_it_reports_is_that_event(extract_text):
    # 关于<an event the body reports by name>获奖情况的通报: the page reports the contest and
    # tells its results; the document is no second event carrying the contest's name
    facts = extract_text(
        "6月8日至9日，由市总工会主办的2026年“巧手绣娘”刺绣技能大赛在市职工文化宫举行，82名选手参赛。"
        "经评定，田春燕获得一等奖。\n"
        "黔西南州总工会\n2026年6月15日",
        headline="黔西南州总工会关于2026年“巧手绣娘”刺绣技能大赛获奖情况的通报",
        region="黔西南布依族苗族自治州",
    )
    assert not any(n.startswith("关于") for n in event_names(facts)), event_names(facts)
    assert facts.events[0].ref.name.endswith("刺绣技能大赛")
    assert "田春燕" in participants(facts.events[0])


def test_a_notice_telling_a_contests_results_reports_the_contest_its_round_dated(extract_text):
    # 关于<a contest>结果的通报: the body says who held the contest and dates only its final
    # round (决赛 on a day, in a hall), so the contest has no day of its own; the title telling
    # its results says it was held: the page is its report, the document no second event
    facts = extract_text(
        "公司工会、安全环保部联合举办了2029年“平安杯”消防知识竞赛，动力分公司承办了决赛。\n"
        "本次竞赛分初赛和决赛两个阶段进行，初赛以网上答题方式开展。\n"
        "8月14日上午，决赛在位于新城区的公司培训中心报告厅举行，各分公司代表队同台竞技。"
        "公司工会副主席岑立言主持决赛。\n"
        "经过角逐，机修车间副主任江一帆获得个人一等奖。\n"
        "秦岭重工有限公司工会\n2029年8月20日",
        headline="关于2029年“平安杯”消防知识竞赛结果的通报",
        date="2029-08-21",
    )
    assert not any(n.startswith("关于") for n in event_names(facts)), event_names(facts)


def test_a_notice_posted_over_a_period_stays_one_whatever_its_title_tells(extract_text):
    # (…评选结果的公示 run over a stated period: the notice is the page's event all the same)
    facts = extract_text(
        "2029年“最美职工”评选活动由区总工会举办。经评审，现将评选结果予以公示。\n"
        "公示时间为2029年9月1日至9月7日。\n"
        "青溪区总工会\n2029年9月1日",
        headline="关于2029年“最美职工”评选活动结果的公示",
        date="2029-09-01",
    )
    assert _notice(facts).date[0] == "2029-09-01"


def test_a_notice_about_a_congress_still_to_come_is_the_notice(extract_text):
    # 关于<a congress>代表名单的公示: the congress is planned (拟于…召开), the units elected their
    # delegates at meetings of one kind or another (会员大会或会员代表大会), and its name comes
    # again only in an attachment's file name: the notice is the page's event, none of those
    facts = extract_text(
        "经研究，临江机械集团有限公司工会第三次会员代表大会拟于2028年3月下旬召开。"
        "各选举单位于2028年1月5日至1月20日，分别召开会员大会或会员代表大会，选举产生了代表。\n"
        "现将代表名单予以公示：\n"
        "周海峰　集团公司工会副主席\n"
        "公示时间为2028年2月1日至2月7日。\n"
        "附件：临江机械集团有限公司工会第三次会员代表大会代表登记表.xls\n"
        "临江机械集团有限公司工会",
        headline="关于临江机械集团有限公司工会第三次会员代表大会代表名单的公示",
        date="2028-02-01",
    )
    notice = _notice(facts)
    assert facts.events[0] is notice
    assert organizers(notice) == ["临江机械集团有限公司工会"]
    assert notice.date[0] == "2028-02-01"
    held = [e for e in facts.events if e is not notice and e.date is not None]
    assert not any("代表大会" in e.ref.name for e in held), [(e.ref.name, e.date) for e in held]


_VOTE_PAGE = (
    "参与人数　9,204　　累计投票　41,377\n"
    "投票时间：2028年5月3日9:00—5月12日18:00\n"
    "投票规则：每个微信号每天可投2票\n"
    "01号　邵清禾\n单位：溧阳市天目湖酒店\n票数：3,021\n"
    "■ 组织单位\n"
    "主办：溧阳市总工会\n"
    "承办：溧阳市融媒体中心\n"
    "协办：溧阳市职工服务中心、江苏宏舟电缆有限公司工会\n"
    "[ 分享给好友 ]"
)


def test_a_vote_under_way_is_the_event_its_fields_organise(extract_text):
    # a vote page: the procedure its title names bare, its period stated, begun; its
    # labelled fields (主办/承办/协办) name who runs it; its counters are no count
    facts = extract_text(_VOTE_PAGE, headline="寻找2028“溧阳最美工匠”网络投票", region="溧阳市")
    (vote,) = [e for e in facts.events if e.ref.name.endswith("网络投票")]
    assert vote.date[0] == "2028-05-03"
    assert organizers(vote)[:2] == ["溧阳市总工会", "溧阳市融媒体中心"]
    assert "江苏宏舟电缆有限公司工会" in organizers(vote)
    assert vote.locations == [] and vote.count is None


def test_a_vote_still_to_open_is_no_event(extract_text):
    # the same page published before the period starts: a vote to come
    facts = extract_text(_VOTE_PAGE, headline="寻找2028“溧阳最美工匠”网络投票", region="溧阳市", date="2028-04-28")
    assert not [e for e in facts.events if e.ref.name.endswith("网络投票")]


def test_a_period_written_without_its_year_is_in_the_pages_year(extract_text):
    # 公示时间：5月8日至…: the first day takes the page's year (the page dated, no signature date)
    facts = extract_text(
        "经研究，确定了以下拟表彰对象，现予以公示。\n1　叶知远　株洲齿轮有限公司钳工\n公示时间：5月8日至5月14日。",
        headline="关于2026年株洲市五一劳动奖章拟表彰对象的公示",
        region="株洲市",
        date="2026-05-07",
    )
    assert _notice(facts).date[0] == "2026-05-08"
