"""Family events39c: the one met or given to at an event, named after a description of any
length (kg.extract.met_people).

Grammar: 与/同/跟/和 (a meeting) or 为/向/给 (a giving) opens a noun phrase: titles, honours
and jobs joined by 、 (and 及/和), each perhaps after a clause ending in 的, then the name and
the verb of meeting (交流, 握手) or of giving (颁奖, 赠送); a clause break (，。；) stops it.
"""

from __future__ import annotations

import pytest

from tests.extract.facts_view import event, participants

# (body, region, event part, name, takes part)
CASES = [
    # --- met after 与/同/跟 and a long description ---
    (
        "5月9日，省总工会副主席欧阳明远一行到株洲市调研产业工人队伍建设。在装配车间，欧阳明远与"
        "“湖南省五一劳动奖章”获得者、高级技师、钳工班班长龚秀兰交流，询问技能培训情况。",
        "湖南省",
        "调研",
        "龚秀兰",
        True,
    ),
    (
        "2月3日，市总工会主席钟志强开展春节走访慰问活动。在分拣中心，钟志强同刚从外地返岗的"
        "快递小哥代表、顺达快递网点负责人雷振东亲切交谈。",
        "金华市",
        "走访慰问",
        "雷振东",
        True,
    ),
    (
        "8月12日，区总工会主席柏玉珍一行到建筑工地开展夏送清凉活动。柏玉珍跟连续二十年奋战在一线的"
        "全国优秀农民工、钢筋班组长褚德海握手，叮嘱他注意防暑。",
        "合肥市",
        "夏送清凉",
        "褚德海",
        True,
    ),
    (
        "11月6日，州总工会党组书记司徒文博到州人民医院调研。司徒文博与在抗疫一线坚守多年的"
        "省级劳动模范、呼吸科主任医师、党支部书记阮静怡攀谈，了解医务职工诉求。",
        "红河哈尼族彝族自治州",
        "调研",
        "阮静怡",
        True,
    ),
    # --- given to after 为/向/给 and a long description ---
    (
        "4月28日，县总工会召开庆祝五一国际劳动节表彰大会。县委副书记闻人凯为全国五一劳动奖章获得者、"
        "县供电公司高级技师、变电运维班班长沈月华颁奖。",
        "衢州市",
        "表彰大会",
        "沈月华",
        True,
    ),
    (
        "1月15日，市总工会在市民广场举办送温暖活动。市总工会主席郝建军向患病多年的困难职工代表、"
        "纺织厂退休挡车工卜玉梅赠送慰问金。",
        "南阳市",
        "送温暖",
        "卜玉梅",
        True,
    ),
    (
        "3月8日，镇总工会举办三八妇女节座谈会。镇党委书记公孙立为“巾帼建功标兵”、村卫生室乡村医生"
        "及妇女代表谭小凤颁发证书。",
        "黔东南苗族侗族自治州",
        "座谈会",
        "谭小凤",
        True,
    ),
    (
        "9月10日，市总工会开展教师节慰问活动。市总工会副主席诸葛明给扎根山区三十年的乡村教师、"
        "省级优秀教师、小学校长晏德明送上慰问品。",
        "恩施土家族苗族自治州",
        "慰问活动",
        "晏德明",
        True,
    ),
    # the description names another person before 的 (X的徒弟), adverbs before the verb
    (
        "4月2日，市总工会主席岑立军一行到机床厂调研。在技能大师工作室，岑立军同全国技术能手鲍长青的徒弟、"
        "青年数控技师邝晓东热情握手。",
        "柳州市",
        "调研",
        "邝晓东",
        True,
    ),
    # a list after 向: the last name before the verb, those listed with it too
    (
        "1月22日，区总工会开展新春送温暖活动。区总工会主席黎光明向连续三年春节坚守岗位的环卫工人冼桂芳、"
        "退休老劳模、原机械厂车工车兆丰送上慰问金。",
        "梧州市",
        "送温暖",
        "冼桂芳",
        True,
    ),
    # the giver: 为 and those given to, named by a long description with no name, then the verb
    (
        "5月1日，市总工会举办职工职业技能大赛。市总工会主席符建平为获得本届大赛焊工、电工、钳工、"
        "汽车维修工等项目一等奖的全体优秀选手送上奖杯和鲜花。",
        "湛江市",
        "技能大赛",
        "符建平",
        True,
    ),
    (
        "12月20日，县总工会开展冬送温暖活动。县总工会党组书记、常务副主席侯思远（右一）向长期坚守在"
        "高速公路养护一线的道班职工、收费站夜间值班人员和负责服务区卫生的保洁员赠送了棉大衣。",
        "庆阳市",
        "冬送温暖",
        "侯思远",
        True,
    ),
    # --- near-misses ---
    # 为 of a purpose: a clause of its own before the verb of giving, the one talked about gives nothing
    (
        "6月8日，市总工会开展夏送清凉活动。据了解，老职工伍德胜为了让更多外卖骑手、快递员和环卫工人"
        "喝上凉茶，多年来自费在路口摆放茶桶，市总工会为其送上慰问品。",
        "东莞市",
        "夏送清凉",
        "伍德胜",
        False,
    ),
    # a clause break between the opener and the name: the name opens its own clause
    (
        "6月2日，市总工会主席庞海峰到开发区调研。庞海峰与企业负责人座谈；据悉，该企业退休职工邬春来握手言和的故事曾被拍成微电影。",
        "芜湖市",
        "调研",
        "邬春来",
        False,
    ),
    # 与 joining the one who acts and another body: no one met
    (
        "7月1日，市总工会主席任国栋到园区调研。任国栋与市人社局签订职工技能提升合作协议，副局长劳永健交流了做法。",
        "宿迁市",
        "调研",
        "劳永健",
        False,
    ),
    # 为 of a cause, not of a person: 为…服务 names no one given to
    (
        "10月9日，区总工会在园区举办职工法律服务活动。律师事务所主任滕志远介绍，该所将为园区职工、"
        "外卖骑手及快递员郗文华等人的维权诉求提供帮助。",
        "常州市",
        "法律服务活动",
        "郗文华",
        False,
    ),
    # the name inside the description of a body 与 joins: no verb of meeting after it
    (
        "5月20日，县总工会主席覃立新到返乡创业园调研。县总工会与县人社局、返乡创业带头人莫春燕所在的"
        "合作社签订帮扶协议。",
        "河池市",
        "调研",
        "莫春燕",
        False,
    ),
    # the one met is talked about, no verb of meeting after the name
    (
        "12月4日，市总工会主席尉迟勇走访慰问一线职工。据介绍，获得“市级劳动模范”称号的环卫工人、"
        "班组长甘红梅同丈夫一起坚守岗位。",
        "吉林市",
        "走访慰问",
        "甘红梅",
        False,
    ),
]


@pytest.mark.parametrize(("body", "region", "part", "name", "takes_part"), CASES)
def test_the_one_met_or_given_to_after_a_description(extract_text, body, region, part, name, takes_part):
    facts = extract_text(body, region=region)
    assert (name in participants(event(facts, part))) is takes_part
