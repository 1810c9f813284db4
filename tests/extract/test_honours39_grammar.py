"""Honours of new genres (honours39): a caption post, a weekly roundup, a portal repost.

Every case is invented (no line comes from a corpus page).  The grammars:

- a heading line naming an honour, its area outside the quotes (某县“X”), with the count of
  its holders (（7名）) and a colon, heads lines each opening with a holder's name and then
  their unit and job after a gap: every name of the block holds the honour (its name
  without the quotes); a block counting units (（3个）) names no person;
- 授予A（unit job）、B（…）等N名同志“X”称号: the bracket after each name is its unit and job,
  the honour after the list (and its count) still ends the giving clause;
- ``<prize>获得者、<unit><job>NAME`` (a caption): the holders' word after a prize, then the
  person the clause names next, holds the prize; with no name after it, nobody does;
- a verb of putting forward between the verb of receiving and the quoted honour
  (获得者将被推荐参评“X”, 推荐A参评“X”) gives nothing;
- a clause of winning with no subject of its own (…的A连胜五轮，夺得<item>冠军) shares the
  subject of the clause before it in its sentence; a team's clause names no person.

``has`` / ``not_pairs`` / ``not_held`` / ``none`` as in :func:`tests.extract.facts_view.check_awards`.
"""

from __future__ import annotations

import pytest

from tests.extract.facts_view import check_awards

C = pytest.param

CASES = [
    # --- a heading with its area, the quoted title and the count of holders, then one a line
    C(
        "县总工会印发决定，表彰一批先进女职工。\n获奖名单\n"
        "凤县“巾帼建功标兵”（3名）：\n"
        "包秀兰　凤县宏达铅锌矿业有限公司化验员\n"
        "苏晓敏　凤县人民医院护士长\n"
        "欧阳丽霞　凤县双石铺镇中心小学教师\n",
        "宝鸡市",
        {
            "has": [
                ("包秀兰", "凤县巾帼建功标兵"),
                ("苏晓敏", "凤县巾帼建功标兵"),
                ("欧阳丽霞", "凤县巾帼建功标兵"),
            ]
        },
        id="heading-area-quote-count-colon",
    ),
    C(
        "市总工会决定表彰一批优秀职工。\n"
        "德州市“优秀农民工”（2名）：\n"
        "冯志坚　德州恒通建筑工程有限公司钢筋工\n"
        "侯玉梅　德州鲁北物流有限公司分拣员\n",
        "德州市",
        {"has": [("冯志坚", "德州市优秀农民工"), ("侯玉梅", "德州市优秀农民工")]},
        id="heading-area-quote-count-other-title",
    ),
    C(
        "区总工会公布表彰名单。\n"
        "金牛区“最美职工”（2名）\n"
        "赖建华　成都蜀兴机械有限公司焊工\n"
        "龙小芸　金牛区茶店子街道社区卫生服务中心医生\n",
        "成都市",
        {"has": [("赖建华", "金牛区最美职工"), ("龙小芸", "金牛区最美职工")]},
        id="heading-area-quote-count-no-colon",
    ),
    C(
        "“巾帼建功标兵”（2名）：\n尹桂花　临沧市茶叶研究所技术员\n罗金凤　临沧市第一中学教师\n",
        "临沧市",
        {"has": [("尹桂花", "巾帼建功标兵"), ("罗金凤", "巾帼建功标兵")]},
        id="heading-quote-count-colon",
    ),
    C(
        "县总工会表彰一批先进女职工。\n"
        "太白县“巾帼建功标兵”（3名）：\n"
        "武晓红　太白县中医医院护士\n"
        "第五春燕　太白县秦岭乳业有限公司质检员\n"
        "谢丽君　太白县咀头镇中心小学教师\n",
        "宝鸡市",
        {"has": [("武晓红", "太白县巾帼建功标兵"), ("谢丽君", "太白县巾帼建功标兵")]},
        id="heading-block-over-unread-name-row",
    ),
    C(
        "县总工会表彰先进集体。\n"
        "武功县“巾帼文明岗”（2个）：\n"
        "武功县人民医院产科护理组\n"
        "武功县普集镇便民服务中心\n"
        "此外，县总工会主席韩立新出席。",
        "咸阳市",
        {"not_held": ["韩立新"]},
        id="near-miss-heading-units-no-person",
    ),
    C(
        "县总工会表彰一批先进。\n"
        "会宁县“五一巾帼标兵”（2名）：\n"
        "魏春兰　会宁县丁家沟镇卫生院护士\n"
        "柴国庆　会宁县第四中学教师\n"
        "县总工会副主席满文斌表示祝贺。",
        "白银市",
        {"has": [("魏春兰", "会宁县五一巾帼标兵"), ("柴国庆", "会宁县五一巾帼标兵")], "not_held": ["满文斌"]},
        id="near-miss-heading-block-ends-at-prose",
    ),
    # --- 授予A（unit job）、B（…）等N名同志“X”称号
    C(
        "县总工会、县妇联决定，授予阮丽萍（浦城县盛达竹木有限公司质检员）、郝美玲（浦城县医院护士长）、"
        "钟雅琴（浦城县第一中学教师）等3名同志“浦城县巾帼建功标兵”称号。",
        "南平市",
        {
            "has": [
                ("阮丽萍", "浦城县巾帼建功标兵"),
                ("郝美玲", "浦城县巾帼建功标兵"),
                ("钟雅琴", "浦城县巾帼建功标兵"),
            ]
        },
        id="conferred-bracketed-list",
    ),
    C(
        "市总工会决定，授予蓝晓峰（梧州西江船舶修造有限公司焊工）、覃秀英（梧州市红十字会医院护士）"
        "“梧州市五一劳动奖章”。",
        "梧州市",
        {"has": [("蓝晓峰", "梧州市五一劳动奖章"), ("覃秀英", "梧州市五一劳动奖章")]},
        id="conferred-bracketed-list-no-count",
    ),
    C(
        "市总工会决定，授予胡建业（荆门中天化工有限公司操作工）“荆门市五一劳动奖章”，每人奖励3000元。",
        "荆门市",
        {"has": [("胡建业", "荆门市五一劳动奖章")]},
        id="conferred-bracketed-one",
    ),
    # --- <prize>获得者、<unit><job>NAME
    C(
        "[图片]\n图为一等奖获得者、遵义汇川机械制造有限公司钳工申晓梅在进行装配演示",
        "遵义市",
        {"has": [("申晓梅", "一等奖")]},
        id="caption-prize-holder-unit-job-name",
    ),
    C(
        "▲二等奖获得者、岳阳市中心医院护士易红霞（右）展示操作要领",
        "岳阳市",
        {"has": [("易红霞", "二等奖")]},
        id="caption-prize-holder-triangle",
    ),
    C(
        "图为特等奖获得者，丽江玉龙电力公司电工杨建新在比赛中",
        "丽江市",
        {"has": [("杨建新", "特等奖")]},
        id="caption-prize-holder-comma",
    ),
    C(
        "比赛决出一等奖1名、二等奖2名。一等奖获得者将赴省里参加决赛，市总工会副主席庞立群为其送行。",
        "钦州市",
        {"not_held": ["庞立群"]},
        id="near-miss-prize-holder-no-name",
    ),
    C(
        "一等奖获得者由市总工会副主席龙海涛颁发证书。",
        "安顺市",
        {"not_held": ["龙海涛"]},
        id="near-miss-prize-holder-then-giver",
    ),
    # --- a verb of putting forward between the verb of receiving and the quoted honour
    C(
        "经过两轮比拼，宋建国获一等奖，牛晓燕、何志军获二等奖。一等奖获得者将被推荐参评“海门区技术能手”。",
        "南通市",
        {
            "has": [("宋建国", "一等奖"), ("牛晓燕", "二等奖")],
            "not_pairs": [("宋建国", "海门区技术能手")],
        },
        id="holder-put-forward-not-given",
    ),
    C(
        "比赛中，贾文斌获一等奖。一等奖获得者拟推荐参评“晋中市五一劳动奖章”。",
        "晋中市",
        {"has": [("贾文斌", "一等奖")], "not_pairs": [("贾文斌", "晋中市五一劳动奖章")]},
        id="holder-proposed-not-given",
    ),
    C(
        "此外，县总工会推荐鲍春燕参评“安庆市五一巾帼标兵”，目前正在公示中。",
        "安庆市",
        {"not_held": ["鲍春燕"]},
        id="person-put-forward-not-given",
    ),
    C(
        "比赛中，贾文斌获一等奖，并获得“晋中市技术能手”称号。",
        "晋中市",
        {"has": [("贾文斌", "一等奖"), ("贾文斌", "晋中市技术能手")]},
        id="near-miss-holder-given-title",
    ),
    # --- a clause of winning sharing the subject of the clause before it
    C(
        "来自达茂旗总工会代表队的张宝山连胜四轮，夺得搏克项目冠军。",
        "包头市",
        {"has": [("张宝山", "搏克项目冠军")]},
        id="winning-clause-shares-subject",
    ),
    C(
        "决赛中，乌鲁木齐铁路局的艾力江发挥稳定，摘得男子象棋项目亚军。",
        "乌鲁木齐市",
        {"has": [("艾力江", "男子象棋项目亚军")]},
        id="winning-clause-shares-subject-after-opening",
    ),
    C(
        "在市总工会副主席孟庆华的见证下，石家庄钢铁公司的郭振海连赢三局，夺得中国象棋项目冠军。",
        "石家庄市",
        {"has": [("郭振海", "中国象棋项目冠军")], "not_held": ["孟庆华"]},
        id="winning-clause-subject-not-witness",
    ),
    C(
        "玉泉区总工会代表队的王丽娜获女子射箭第一名。",
        "呼和浩特市",
        {"has": [("王丽娜", "女子射箭第一名")]},
        id="item-place-own-subject",
    ),
    C(
        "新城区总工会代表队配合默契，夺得拔河项目冠军，队长巴特尔上台领奖。",
        "呼和浩特市",
        {"not_held": ["巴特尔"]},
        id="near-miss-team-wins-captain-after",
    ),
    C(
        "市总工会副主席刘国峰致辞，赛罕区总工会代表队夺得团体冠军。",
        "呼和浩特市",
        {"not_held": ["刘国峰"]},
        id="near-miss-team-clause-own-subject",
    ),
    C(
        "市总工会公布表彰决定。\n“榆林市巾帼建功标兵”名单（3名）：\n"
        "1.贺彩霞　榆林市第一医院护士长\n2.高玉兰　神木市红柳林煤矿调度员\n3.折秀英　榆林市第三中学教师\n",
        "榆林市",
        {
            "has": [
                ("贺彩霞", "榆林市巾帼建功标兵"),
                ("折秀英", "榆林市巾帼建功标兵"),
            ]
        },
        id="heading-list-word-count-numbered-rows",
    ),
    C(
        "县总工会表彰先进。\n府谷县“最美职工”（2名）：\n"
        "1　王海军　府谷县恒源煤焦化公司电工\n2　李春梅　府谷县人民医院护士\n",
        "榆林市",
        {"has": [("王海军", "府谷县最美职工"), ("李春梅", "府谷县最美职工")]},
        id="heading-numbered-rows-gap",
    ),
    # --- names set side by side on a row of the list (gaps or 、 between them)
    C(
        "市总工会决定表彰一批先进个人。\n"
        "汉中市“五一巾帼标兵”（4名）：\n"
        "冯秀梅　谢春华　欧阳晓燕　孙丽君\n"
        "汉中市“巾帼文明岗”（2个）：\n"
        "汉中市中心医院产科\n",
        "汉中市",
        {
            "has": [
                ("冯秀梅", "汉中市五一巾帼标兵"),
                ("谢春华", "汉中市五一巾帼标兵"),
                ("欧阳晓燕", "汉中市五一巾帼标兵"),
                ("孙丽君", "汉中市五一巾帼标兵"),
            ]
        },
        id="heading-row-of-names-gaps",
    ),
    C(
        "县总工会表彰先进。\n安康市“最美职工”（3名）：\n鲁红英、郭建军、周小平\n",
        "安康市",
        {
            "has": [
                ("鲁红英", "安康市最美职工"),
                ("郭建军", "安康市最美职工"),
                ("周小平", "安康市最美职工"),
            ]
        },
        id="heading-row-of-names-commas",
    ),
    # --- a place in an item as a title before its holder's name
    C(
        "赛后，搏克项目冠军张宝山说，明年还要来。",
        "包头市",
        {"has": [("张宝山", "搏克项目冠军")]},
        id="item-place-title-before-name",
    ),
    C(
        "女子射箭第一名王丽娜来自玉泉区。",
        "呼和浩特市",
        {"has": [("王丽娜", "女子射箭第一名")]},
        id="item-rank-title-before-name",
    ),
    C(
        "男子象棋冠军、呼和浩特铁路局职工艾力江表示，要把经验带回车间。",
        "呼和浩特市",
        {"has": [("艾力江", "男子象棋冠军")]},
        id="item-place-title-then-description",
    ),
    C(
        "第一名张宝山获得奖金5000元。",
        "包头市",
        {"not_held": ["张宝山"]},
        id="near-miss-bare-rank-before-name",
    ),
    C(
        "本次比赛共决出冠军3名，市总工会副主席刘国峰为冠军颁奖。",
        "包头市",
        {"not_held": ["刘国峰"]},
        id="near-miss-champions-counted-giver-named",
    ),
    C(
        "各工种第一名获一等奖，第二名获二等奖。焊工第一名邱海涛是最年轻的选手。",
        "株洲市",
        {"not_pairs": [("邱海涛", "焊工第一名")]},
        id="near-miss-place-of-a-class-given-a-prize",
    ),
    C(
        "市人社局授予各项目冠军“株洲市技术能手”称号，其中钳工冠军、株洲电机厂钳工龙海波年仅23岁。",
        "株洲市",
        {"has": [("龙海波", "株洲市技术能手")], "not_pairs": [("龙海波", "钳工冠军")]},
        id="near-miss-place-of-a-class-given-an-honour",
    ),
    # --- the holders' word, a copula or colon, then the one holder's unit and job
    C(
        "比赛决出一等奖1名。一等奖获得者为宝鸡石油机械有限公司焊工郭春燕。",
        "宝鸡市",
        {"has": [("郭春燕", "一等奖")]},
        id="prize-holder-copula-description-name",
    ),
    C(
        "一等奖获得者：宝鸡石油机械有限公司焊工郭春燕\n二等奖获得者：宝鸡秦川机床有限公司钳工任建民",
        "宝鸡市",
        {"has": [("郭春燕", "一等奖"), ("任建民", "二等奖")], "not_pairs": [("任建民", "一等奖")]},
        id="prize-holder-colon-description-name",
    ),
    C(
        "二等奖获得者均来自生产一线，市总工会主席高志远为其颁奖。",
        "宝鸡市",
        {"not_held": ["高志远"]},
        id="near-miss-prize-holders-then-giver",
    ),
]


@pytest.mark.parametrize(("text", "region", "want"), CASES)
def test_honours39_grammar(extract_text, text: str, region: str, want: dict) -> None:
    check_awards(extract_text(text, region=region), want)


# a given name alone where the caption's holder is the full name the article gives
FULL_NAMES = [
    C(
        "车晓燕是公司的电工。\n图为一等奖获得者、维修车间电工晓燕在操作",
        "宝鸡市",
        {"has": [("车晓燕", "一等奖")], "not_held": ["晓燕"]},
        id="caption-holder-given-name-alone",
    ),
]


@pytest.mark.parametrize(("text", "region", "want"), FULL_NAMES)
def test_honours39_full_names(extract_text, text: str, region: str, want: dict) -> None:
    check_awards(extract_text(text, region=region), want)
