"""Event counts and dates as a grammar (session 34, round 2): how many took part in an event
and on which day, in the shapes real pages give them.

- N余名职工参加, 近N人, 吸引N余名, 共有N名选手参赛, 参会代表N人, 实到N人 are the head count,
  in a lead or in a later sentence naming the event again.
- Numbers that are not who took part stay out: 人次, money, 份, 个/家, 岗位, 场次, winners,
  those expected (应到), a body's size (会员总数), reach (覆盖N万职工), periods, phone numbers,
  years, plans (计划发展N名会员).
- Dates: 日前/近日 give none; 当天/同日 follow the event before, 次日/第二天 the day after it; a date in a dateline
  (本报讯 3月18日) or a headline dates the event; 3.18 is March 18.

Every case is invented (no line comes from a corpus page).  ``ev`` is a part of the event's
name; ``count`` its head count (``None``: none); ``date`` the last five characters of its
date (``None``: none; a month alone, 3月中旬, reads 2027-03).  A traditional page is read
simplified, as ingest reads it.
"""

from __future__ import annotations

import pytest

from kg.ingest.normalize import is_traditional, to_simplified
from kg.ingest.textmap import Mapped

C = pytest.param
CASES = [
    # --- the head count in the lead
    C(
        "3月18日，沭阳县总工会举办职工健步走活动，300余名职工参加。",
        "宿迁市",
        {"ev": "健步走", "count": 300, "date": "03-18"},
        id="lead-yu-ming-canjia",
    ),
    C(
        "4月2日，黔江区总工会在正阳街道开展送法进企业活动，近200人参加。",
        "重庆市",
        {"ev": "送法进企业", "count": 200, "date": "04-02"},
        id="lead-jin-ren",
    ),
    C(
        "5月10日，泸西县总工会主办的职工篮球赛在县体育馆开赛，共有16支队伍200名选手参赛。",
        "红河哈尼族彝族自治州",
        {"ev": "篮球赛", "count": 200},
        id="lead-teams-then-players",
    ),
    C(
        "6月6日，鄞州区总工会举办“聚力同行”青年职工交友联谊会，吸引了120余名单身青年参加。",
        "宁波市",
        {"ev": "联谊会", "count": 120},
        id="lead-xiyin",
    ),
    C(
        "7月1日，富锦市总工会召开第五次会员代表大会，参会代表136人。",
        "佳木斯市",
        {"ev": "会员代表大会", "count": 136},
        id="lead-canhui-daibiao",
    ),
    C(
        "9月3日，鄂城区总工会召开第三届委员会第五次全体会议，应到委员31人，实到28人。",
        "鄂州市",
        {"ev": "全体会议", "count": 28},
        id="present-not-expected",
    ),
    C(
        "10月12日上午，来自全市各行业的80余名劳模工匠齐聚一堂，参加遵义市总工会举办的劳模座谈会。",
        "遵义市",
        {"ev": "劳模座谈会", "count": 80},
        id="qiju-yitang-before-event",
    ),
    C(
        "11月8日，上饶市总工会举办职工书画摄影展，展出作品200余件，吸引500余名职工观展。",
        "上饶市",
        {"ev": "书画摄影展", "count": 500},
        id="works-then-visitors",
    ),
    # --- the count in a later sentence
    C(
        "3月22日，澄迈县总工会举办女职工插花技能培训班。此次培训共有60名女职工参加。",
        "海南省",
        {"ev": "插花技能培训", "count": 60},
        id="later-cici-gongyou",
    ),
    C(
        "4月16日，阿拉善左旗总工会在巴彦浩特镇举办职工运动会。运动会设拔河、跳绳等6个项目，共有400余名职工参赛。",
        "阿拉善盟",
        {"ev": "职工运动会", "count": 400},
        id="later-after-items",
    ),
    C(
        "5月20日，石嘴山市总工会举办“工会法”知识竞赛决赛。来自全市的12支代表队、36名选手同台竞技。",
        "石嘴山市",
        {"ev": "知识竞赛", "count": 36},
        id="later-teams-and-players",
    ),
    C(
        "8月8日，新绛县总工会举办全民健身日职工趣味运动会。县直各单位职工约500人参加了比赛。",
        "运城市",
        {"ev": "趣味运动会", "count": 500},
        id="later-yue-ren",
    ),
    # --- numbers that are not the count
    C(
        "1月20日，安溪县总工会开展“送温暖”活动，走访慰问困难职工120户，发放慰问金36万元。",
        "泉州市",
        {"ev": "送温暖", "count": None},
        id="households-and-money",
    ),
    C(
        "2月26日，宜宾市总工会举办春风行动专场招聘会，86家企业提供岗位2300余个，1200余人次进场求职。",
        "宜宾市",
        {"ev": "招聘会", "count": None},
        id="firms-posts-and-person-times",
    ),
    C(
        "3月5日，兴宁区总工会开展学雷锋志愿服务活动，发放宣传资料800余份，服务群众1500人次。",
        "南宁市",
        {"ev": "学雷锋", "count": None},
        id="leaflets-and-person-times",
    ),
    C(
        "6月12日，汉台区总工会举办职工健康讲座，本次讲座覆盖全区2万名职工。",
        "汉中市",
        {"ev": "健康讲座", "count": None},
        id="coverage-not-count",
    ),
    C(
        "4月28日，白银市总工会召开劳模表彰大会，表彰了50名市级劳动模范，300余名干部职工参加会议。",
        "白银市",
        {"ev": "表彰大会", "count": 300},
        id="honoured-then-attendance",
    ),
    C(
        "9月9日，晋安区总工会举办职工厨艺大赛决赛，共有30名选手参赛，最终评出一等奖3名、二等奖6名。",
        "福州市",
        {"ev": "厨艺大赛", "count": 30},
        id="prizes-after-count",
    ),
    C(
        "10月15日，海曙区总工会举办新就业形态劳动者集中入会活动，现场计划发展会员500名，咨询电话87654321。",
        "宁波市",
        {"ev": "集中入会", "count": None},
        id="plan-and-phone",
    ),
    C(
        "5月16日，定西市总工会召开全市工会工作会议。全市现有工会会员32万名。",
        "定西市",
        {"ev": "工作会议", "count": None},
        id="membership-total",
    ),
    C(
        "7月20日，文昌市总工会举办职工技能大赛，大赛已连续举办12年，累计培训职工3万人次。",
        "海南省",
        {"ev": "技能大赛", "count": None},
        id="years-and-cumulative",
    ),
    C(
        "11月2日，梁园区总工会开展“送健康”活动，为60名环卫工人免费体检，每人体检时长约2小时。",
        "商丘市",
        {"ev": "送健康", "count": 60},
        id="served-then-hours",
    ),
    C(
        "12月3日，洛南县总工会举办2027年职工迎新年长跑比赛，500余名职工参加。",
        "商洛市",
        {"ev": "长跑比赛", "count": 500, "date": "12-03"},
        id="year-in-name-not-count",
    ),
    C(
        "7月5日，古冶区总工会举办夏送清凉活动，为一线职工送去价值5万元的防暑降温用品，惠及职工2000余名。",
        "唐山市",
        {"ev": "夏送清凉", "count": 2000},
        id="served-huiji-counts",
    ),
    C(
        "11月30日，涪城区总工会召开第四次代表大会，大会应到代表200名，因事因病请假8名，实到代表192名，符合法定人数。",
        "绵阳市",
        {"ev": "代表大会", "count": 192},
        id="excused-not-present",
    ),
    C(
        "3月6日，金川区总工会举办女职工座谈会，与会人员30余人。",
        "金昌市",
        {"ev": "座谈会", "count": 30},
        id="yuhui-renyuan",
    ),
    # --- several events, each its own count
    C(
        "3月8日上午，城关区总工会举办女职工健康讲座，100余名女职工参加。当天下午，区总工会又举办女职工插花活动，40名女职工参加。",
        "兰州市",
        {"ev": "插花活动", "count": 40, "date": "03-08"},
        id="second-event-own-count",
    ),
    C(
        "3月8日上午，城关区总工会举办女职工健康讲座，100余名女职工参加。当天下午，区总工会又举办女职工插花活动，40名女职工参加。",
        "兰州市",
        {"ev": "健康讲座", "count": 100, "date": "03-08"},
        id="first-event-own-count",
    ),
    # --- dates
    C(
        "日前，黎川县总工会举办职工乒乓球比赛，80余名职工参赛。",
        "抚州市",
        {"ev": "乒乓球比赛", "count": 80, "date": None},
        id="riqian-no-date",
    ),
    C(
        "近日，盘州市总工会开展农民工法律援助宣传活动。",
        "六盘水市",
        {"ev": "法律援助宣传", "date": None},
        id="jinri-no-date",
    ),
    C(
        "5月9日，武川县总工会召开工会主席培训班开班仪式。次日，培训班学员赴呼和浩特市参观学习。",
        "呼和浩特市",
        {"ev": "开班仪式", "date": "05-09"},
        id="first-of-two-days",
    ),
    C(
        "6月18日上午，徽州区总工会举行职工书屋揭牌仪式。同日下午，区总工会召开职工书屋建设座谈会。",
        "黄山市",
        {"ev": "座谈会", "date": "06-18"},
        id="tongri-xiawu",
    ),
    C(
        "4月25日，麻章区总工会举办劳模工匠宣讲会。此前的4月12日，区总工会已在湖光镇举办了劳模工匠进企业活动。",
        "湛江市",
        {"ev": "劳模工匠进企业", "date": "04-12"},
        id="ciqian-de-date",
    ),
    C(
        "本报讯 3月18日，衡东县总工会在县职工之家召开一届五次全委（扩大）会议。",
        "衡阳市",
        {"ev": "全委（扩大）会议", "date": "03-18"},
        id="dateline-benbaoxun",
    ),
    C(
        "2027年3月18日，龙泉市总工会举行新就业形态劳动者集中入会仪式。",
        "丽水市",
        {"ev": "集中入会仪式", "date": "03-18"},
        id="full-date",
    ),
    C(
        "3.18，龙湾区总工会联合区人社局举办“春风行动”专场招聘会。",
        "温州市",
        {"ev": "招聘会", "date": "03-18"},
        id="dotted-date",
    ),
    C(
        "3月中旬，康乐县总工会开展“春送岗位”活动。",
        "临夏回族自治州",
        {"ev": "春送岗位", "date": "27-03"},
        id="mid-month-no-day",
    ),
    C(
        "嵊州市总工会于4月16日在剡湖街道举办职工心理健康讲座，60余名职工参加。",
        "绍兴市",
        {"ev": "心理健康讲座", "count": 60, "date": "04-16"},
        id="yu-date-mid-sentence",
    ),
    C(
        "8月28日至30日，新会区总工会举办全区工会干部培训班，120名基层工会干部参加培训。",
        "江门市",
        {"ev": "工会干部培训班", "count": 120, "date": "08-28"},
        id="date-range",
    ),
    # --- 次日 / 第二天: the day after the event told before
    C(
        "6月5日，邹城市总工会召开全市工会系统安全生产月动员会。全市工会干部共计210人参加。"
        "次日，市总工会组织30名安全员赴企业开展安全检查活动。",
        "济宁市",
        {"ev": "安全检查活动", "count": 30, "date": "06-06"},
        id="next-day-own-count",
    ),
    C(
        "5月9日，武川县总工会举行工会主席培训班开班仪式。第二天，县总工会在可可以力更镇举办职工法律知识讲座，80余名职工参加。",
        "呼和浩特市",
        {"ev": "法律知识讲座", "count": 80, "date": "05-10"},
        id="second-day-lecture",
    ),
    C(
        "近日，武川县总工会举行工会主席培训班开班仪式。次日，县总工会举办职工法律知识讲座。",
        "呼和浩特市",
        {"ev": "法律知识讲座", "date": None},
        id="next-day-of-undated",
    ),
    # --- traditional characters and reposts
    C(
        "5月1日，澳門工會聯合總會舉辦勞動節慶祝活動，逾千名會員參加。",
        "澳门特别行政区",
        {"ev": "庆祝活动", "count": 1000},
        id="traditional-yu-qian",
    ),
    C(
        "【转载】4月22日，临夏市总工会举办“书香三八”读书分享会，50余名女职工参加。",
        "临夏回族自治州",
        {"ev": "读书分享会", "count": 50, "date": "04-22"},
        id="repost-mark",
    ),
    # --- counts in other orders
    C(
        "10月26日，扎鲁特旗总工会举办的职工象棋比赛落下帷幕，比赛历时2天，参赛选手达96人。",
        "通辽市",
        {"ev": "象棋比赛", "count": 96},
        id="participants-da-n",
    ),
    C(
        "9月22日，上官秀英等150余名农民工参加了贺州市总工会举办的农民工技能培训。",
        "贺州市",
        {"ev": "技能培训", "count": 150},
        id="named-and-count",
    ),
    C(
        "11月11日，司马光中学工会举办教职工趣味运动会，全校120名教职工参与。",
        "运城市",
        {"ev": "趣味运动会", "count": 120},
        id="school-quanxiao",
    ),
    C(
        "12月9日，黔东南州人民医院工会举办医护人员技能竞赛，来自各科室的48名医护人员同台竞技。",
        "黔东南苗族侗族自治州",
        {"ev": "技能竞赛", "count": 48},
        id="hospital-tongtai",
    ),
    C(
        "6月28日，兴庆区胜利街街道总工会举办“庆七一”职工歌咏比赛，8支代表队共260余人参赛。",
        "银川市",
        {"ev": "歌咏比赛", "count": 260},
        id="teams-gong-ren",
    ),
    C(
        "5月26日，欧阳新华所在的东方电气集团工会举办职工拔河比赛，共吸引1000余名职工报名参赛。",
        "德阳市",
        {"ev": "拔河比赛", "count": 1000},
        id="compound-surname-baoming",
    ),
]


@pytest.mark.parametrize(("text", "region", "want"), CASES)
def test_a_count_grammar(extract_text, text, region, want):
    if is_traditional(text):
        text = to_simplified(Mapped.of(text)).text
    facts = extract_text(text, region=region, date="2027-06-30")
    names = [e.ref.name for e in facts.events]
    found = [e for e in facts.events if want["ev"] in e.ref.name or any(want["ev"] in a for a in e.aliases)]
    assert len(found) == 1, names
    (ev,) = found
    got = {"date": ev.date[0][-5:] if ev.date else None, "count": ev.count[0] if ev.count else None}
    if "count" in want:
        assert got["count"] == want["count"], got
    if "date" in want:
        assert got["date"] == want["date"], got
