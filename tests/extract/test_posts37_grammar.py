"""Posts as a grammar (round posts37): whole genres of union pages that name who holds which
office. An organisation page (领导班子, 组织机构, 机构设置, a company union's 组织架构) prints label
lines (主　席：NAME, 副主席：A、B), several labels on one line (主席：A　副主席：B), name-first
lines (NAME　党组书记、主席), tables (姓名｜职务｜分管工作), department blocks (组织部　部长：D) whose
head holds the office at the page's union with the department in the role, and a list of
subordinate unions each with its own 主席. An encyclopedia entry or a profile has an infobox
(现任主席：NAME: an office), a list of former chairs (历任主席, 第三届 NAME 1998.5—2003.6: no office)
and a career in third or first person (本人…任公司工会主席). A speech prints its speaker under the
title (BODY TITLE　NAME); a letter's 签发人 / 联系人 and a congress deputy (X代表：) hold no office.

All lines are invented; no name or sentence here comes from a real page.
"""

from __future__ import annotations

import pytest

from tests.extract.case_tables import ingested, labelled_case
from tests.extract.facts_view import posts

CASES = [
    # --- O: organisation pages
    (
        "O01 label lines, 常务副主席 and three 副主席 after one title",
        "遂宁市总工会领导班子\n党组书记、主席：蒲建林\n常务副主席：敬晓梅\n副主席：冯立新、母春燕、屈志勇\n",
        "遂宁市",
        {
            ("蒲建林", "遂宁市总工会", "党组书记"),
            ("蒲建林", "遂宁市总工会", "主席"),
            ("敬晓梅", "遂宁市总工会", "常务副主席"),
            ("冯立新", "遂宁市总工会", "副主席"),
            ("母春燕", "遂宁市总工会", "副主席"),
            ("屈志勇", "遂宁市总工会", "副主席"),
        },
    ),
    (
        "O02 two label pairs on one line (主席：A　副主席：B、C)",
        "松原市总工会领导班子\n主席：鄂振华　副主席：那丽娟、佟德福\n",
        "松原市",
        {
            ("鄂振华", "松原市总工会", "主席"),
            ("那丽娟", "松原市总工会", "副主席"),
            ("佟德福", "松原市总工会", "副主席"),
        },
    ),
    (
        "O03 领导班子：主席A，副主席B、C inline",
        "辽源市总工会领导班子：主席关振宇，副主席佘丽娜、仉长海。\n",
        "辽源市",
        {
            ("关振宇", "辽源市总工会", "主席"),
            ("佘丽娜", "辽源市总工会", "副主席"),
            ("仉长海", "辽源市总工会", "副主席"),
        },
    ),
    (
        "O04 name-first lines, a gap, a title chain (the page's union)",
        "鹤壁市总工会领导之窗\n卢振东　党组书记、主席\n牛彩霞　党组成员、副主席\n",
        "鹤壁市",
        {
            ("卢振东", "鹤壁市总工会", "党组书记"),
            ("卢振东", "鹤壁市总工会", "主席"),
            ("牛彩霞", "鹤壁市总工会", "党组成员"),
            ("牛彩霞", "鹤壁市总工会", "副主席"),
        },
    ),
    (
        "O05 a table 姓名　职务　分管工作, a row a line (分管 is no office)",
        "漯河市总工会领导班子\n姓名\t职务\t分管工作\n桑建国\t党组书记、主席\t主持全面工作\n"
        "贲丽萍\t党组成员、副主席\t分管组织部、女职工部\n",
        "漯河市",
        {
            ("桑建国", "漯河市总工会", "党组书记"),
            ("桑建国", "漯河市总工会", "主席"),
            ("贲丽萍", "漯河市总工会", "党组成员"),
            ("贲丽萍", "漯河市总工会", "副主席"),
        },
    ),
    (
        "O06 a table a cell a line (its markup gone), under the union's name alone",
        "商丘市总工会\n姓名\n职务\n闫庆丰\n党组书记、常务副主席\n扈晓琳\n副主席\n",
        "商丘市",
        {
            ("闫庆丰", "商丘市总工会", "党组书记"),
            ("闫庆丰", "商丘市总工会", "常务副主席"),
            ("扈晓琳", "商丘市总工会", "副主席"),
        },
    ),
    (
        "O07 near-miss: a 分管 line after the label line names departments, no office",
        "周口市总工会领导班子\n副主席：訾红梅\n分管：组织部、宣传教育部、女职工部\n",
        "周口市",
        {("訾红梅", "周口市总工会", "副主席")},
    ),
    (
        "O08 兼职副主席：NAME（a company's office in brackets） (副主席, as appointments read it)",
        "许昌市总工会领导班子\n主　席：岳建中\n兼职副主席：阎秀芝（河南许继电气有限公司工会主席）\n",
        "许昌市",
        {
            ("岳建中", "许昌市总工会", "主席"),
            ("阎秀芝", "许昌市总工会", "副主席"),
            ("阎秀芝", "河南许继电气有限公司工会", "主席"),
        },
    ),
    (
        "O09 挂职副主席 label line (副主席, as appointments read it)",
        "信阳市总工会领导班子\n主　席：詹国强\n挂职副主席：殷晓婷\n",
        "信阳市",
        {("詹国强", "信阳市总工会", "主席"), ("殷晓婷", "信阳市总工会", "副主席")},
    ),
    (
        "O10 a department block: X部　部长：D　副部长：E",
        "驻马店市总工会机构设置\n组织部　部长：褚志明　副部长：苑晓燕\n",
        "驻马店市",
        {("褚志明", "驻马店市总工会", "组织部部长"), ("苑晓燕", "驻马店市总工会", "组织部副部长")},
    ),
    (
        "O11 办公室：主任NAME　电话：… (a department's head, the phone no office)",
        "焦作市总工会机构设置\n办公室：主任乔振华　电话：0391-3512345\n",
        "焦作市",
        {("乔振华", "焦作市总工会", "办公室主任")},
    ),
    (
        "O12 a department's label line, its head's label below",
        "三门峡市总工会机构设置\n权益保障部\n部　长：上官立平\n副部长：毋晓丽\n",
        "三门峡市",
        {("上官立平", "三门峡市总工会", "权益保障部部长"), ("毋晓丽", "三门峡市总工会", "权益保障部副部长")},
    ),
    (
        "O13 经审会 and 女职委 heads on an organisation page",
        "安阳市总工会领导班子\n主　席：栗国庆\n经费审查委员会主任：郜玉梅\n女职工委员会主任：邵丽君\n",
        "安阳市",
        {
            ("栗国庆", "安阳市总工会", "主席"),
            ("郜玉梅", "安阳市总工会", "经费审查委员会主任"),
            ("邵丽君", "安阳市总工会", "女职工委员会主任"),
        },
    ),
    (
        "O14 subordinate unions, one 主席 per row at that row's union",
        "鄢陵县总工会基层组织\n1.马栏镇总工会　主席：司马红霞\n2.陈化店镇总工会　主席：靳国栋\n",
        "许昌市",
        {("司马红霞", "鄢陵县马栏镇总工会", "主席"), ("靳国栋", "陈化店镇总工会", "主席")},  # (names as resolved)
    ),
    (
        "O15 a company union's 组织架构: 工会主席：NAME at the company's union",
        "江西赣锋锂电科技有限公司工会组织架构\n工会主席：邬志华\n工会副主席：钟美玲\n",
        "新余市",
        {("邬志华", "江西赣锋锂电科技有限公司工会", "主席"), ("钟美玲", "江西赣锋锂电科技有限公司工会", "副主席")},
    ),
    (
        "O16 a school union's page, 校工会主席",
        "娄底市第一中学工会\n工会主席：贺建明（校党委副书记）\n",
        "娄底市",
        {("贺建明", "娄底市第一中学工会", "主席"), ("贺建明", "娄底市第一中学", "党委副书记")},
    ),
    (
        "O17 near-miss: 联系电话 and 办公地址 lines of an organisation page",
        "温县总工会\n主　席：卫建国\n联系电话：0391-6123456\n办公地址：温县黄河路88号\n",
        "焦作市",
        {("卫建国", "温县总工会", "主席")},
    ),
    (
        "O18 a hospital union's label lines",
        "德州市人民医院工会委员会\n主　席：綦玉梅\n副主席：房建军\n",
        "德州市",
        {("綦玉梅", "德州市人民医院工会", "主席"), ("房建军", "德州市人民医院工会", "副主席")},
    ),
    (
        "O19 a bracketed note after a name on a label line (（女）)",
        "泰安市总工会领导班子\n主　席：亓建华\n副主席：孔令芳（女）\n",
        "泰安市",
        {("亓建华", "泰安市总工会", "主席"), ("孔令芳", "泰安市总工会", "副主席")},
    ),
    (
        "O20 label with 职务 first then the name, a full-width colon and spaces",
        "临沂市总工会领导班子\n党组书记、常务副主席　：　厉建伟\n",
        "临沂市",
        {("厉建伟", "临沂市总工会", "党组书记"), ("厉建伟", "临沂市总工会", "常务副主席")},
    ),
    (
        "O21 near-miss: an honours list's table 姓名　职务 under a union's 名单 head: no office at that union",
        "鹤壁市总工会2026年度优秀工会积极分子名单\n姓名\t职务\n郏建国\t车间主任\n蔺晓红\t班组长\n",
        "鹤壁市",
        set(),
    ),
    (
        "O22 near-miss: a list's row with a contact, no title (1.BODY　联系人：NAME)",
        "鄢陵县总工会基层组织\n1.马栏镇总工会　联系人：闵小荣\n",
        "许昌市",
        set(),
    ),
    (
        "O23 a department block on a company union's page: the company's union",
        "山东鲁丰纺织有限公司工会组织机构\n女职工部　部长：亓秀娟\n",
        "淄博市",
        {("亓秀娟", "山东鲁丰纺织有限公司工会", "女职工部部长")},
    ),
    (
        "O24 a label with a note (副主席（兼职）：A、B) over two names",
        "吕梁市总工会领导班子\n主　席：薛建平\n副主席（兼职）：闫红梅、郭志刚\n",
        "吕梁市",
        {
            ("薛建平", "吕梁市总工会", "主席"),
            ("闫红梅", "吕梁市总工会", "副主席"),
            ("郭志刚", "吕梁市总工会", "副主席"),
        },
    ),
    (
        "O25 name-first lines with spaced two-character names",
        "忻州市总工会领导之窗\n郝　军　党组书记、主席\n智　敏　党组成员、副主席\n",
        "忻州市",
        {
            ("郝军", "忻州市总工会", "党组书记"),
            ("郝军", "忻州市总工会", "主席"),
            ("智敏", "忻州市总工会", "党组成员"),
            ("智敏", "忻州市总工会", "副主席"),
        },
    ),
    (
        "O26 a company union's label line with the company's office in brackets (公司…)",
        "山西潞安焦化有限公司工会\n工会主席：申建军（公司党委副书记）\n",
        "长治市",
        {("申建军", "山西潞安焦化有限公司工会", "主席"), ("申建军", "山西潞安焦化有限公司", "党委副书记")},
    ),
    (
        "O27 near-miss: 第一任：NAME under a 历任主席 head (former chairs)",
        "阳泉市总工会历任主席\n第一任：闫振山\n第二任：史桂英\n",
        "阳泉市",
        set(),
    ),
    (
        "O28 a department line naming its own union (BODY办公室：主任NAME): the union written",
        "岳阳市总工会机构设置\n华容县总工会办公室：主任晏建华\n",
        "岳阳市",
        {("晏建华", "华容县总工会", "办公室主任")},
    ),
    # --- E: encyclopedia entries and profiles
    (
        "E01 an infobox 现任主席：NAME",
        "黔南州总工会\n成立时间：1956年\n现任主席：韦国平\n办公地址：都匀市剑江中路\n",
        "黔南布依族苗族自治州",
        {("韦国平", "黔南州总工会", "主席")},
    ),
    (
        "E02 near-miss: 历任主席 one to a line with years",
        "历任主席\n晏国华（1985—1992年）\n蹇文彬（1992—2001年）\n",
        "遵义市",
        set(),
    ),
    (
        "E03 near-miss: 第三届 NAME 1998.5—2003.6 (a former chair)",
        "毕节市总工会历届主席\n第三届　禄光明　1998.5—2003.6\n第四届　安秀兰　2003.6—2008.9\n",
        "毕节市",
        set(),
    ),
    (
        "E04 the current chair after a former one in an entry",
        "六盘水市总工会\n历任主席：严国华（1990—1998）\n现任主席：敖春燕\n",
        "六盘水市",
        {("敖春燕", "六盘水市总工会", "主席")},
    ),
    (
        "E05 first person: 本人于…任公司工会主席 under a report with 述职人",
        "述职报告\n述职人：骆建新（浙江永康五金制品有限公司党委委员、工会主席）\n"
        "本人于2024年5月任公司工会主席，此前任公司办公室主任。\n",
        "金华市",
        {
            ("骆建新", "浙江永康五金制品有限公司", "党委委员"),
            ("骆建新", "浙江永康五金制品有限公司工会", "主席"),
        },
    ),
    (
        "E06 述职人：NAME（a district union's chain）",
        "2026年度述职报告\n述职人：钭丽萍（婺城区总工会党组成员、副主席）\n",
        "金华市",
        {("钭丽萍", "婺城区总工会", "党组成员"), ("钭丽萍", "婺城区总工会", "副主席")},
    ),
    (
        "E07 a profile: NAME，男，…，现任BODY TITLE",
        "冼国栋，男，汉族，1975年3月生，广东高州人，现任茂名市总工会党组书记、主席。\n",
        "茂名市",
        {("冼国栋", "茂名市总工会", "党组书记"), ("冼国栋", "茂名市总工会", "主席")},
    ),
    (
        "E08 near-miss: 曾任 chain in a profile, nothing current",
        "阮志坚，男，1958年生，曾任湛江市总工会副主席、党组成员，2018年退休。\n",
        "湛江市",
        set(),
    ),
    (
        "E09 a year-then-office career line (2019.03—　BODY TITLE) up to now",
        "邓振华简历\n2015.07—2019.03　云浮市总工会办公室主任\n2019.03—　云浮市总工会副主席\n",
        "云浮市",
        {("邓振华", "云浮市总工会", "副主席")},
    ),
    (
        "E10 first person: 我是…公司工会主席NAME",
        "大家好，我是福建漳州海力食品有限公司工会主席郑秀兰。\n",
        "漳州市",
        {("郑秀兰", "福建漳州海力食品有限公司工会", "主席")},
    ),
    (
        "E11 an entry's opening sentence: BODY，现任主席为NAME",
        "阿拉善盟总工会是阿拉善盟委领导下的群众组织，现任主席为巴特尔。\n",
        "阿拉善盟",
        {("巴特尔", "阿拉善盟总工会", "主席")},
    ),
    (
        "E12 near-miss: 首任主席 (a former chair)",
        "首任主席宓国良于1952年当选。\n",
        "宁波市",
        set(),
    ),
    (
        "E13 现任A、B为NAME (two titles after 现任), a prefecture's union",
        "海西州总工会成立于1956年，现任党组书记、主席为达娃卓玛。\n",
        "海西蒙古族藏族自治州",
        {("达娃卓玛", "海西州总工会", "党组书记"), ("达娃卓玛", "海西州总工会", "主席")},
    ),
    (
        "E14 near-miss: 首任主席为NAME (the first chair, long gone)",
        "海东市总工会成立于1952年，首任主席为祁德明。\n",
        "海东市",
        set(),
    ),
    (
        "E15 a résumé's line 2019年3月至今 (open) after closed ones, a compound surname",
        "司徒静同志简历\n2010.09—2016.05　江门市新会区总工会办公室主任\n2019年3月至今　江门市总工会党组成员、副主席\n",
        "江门市",
        {("司徒静", "江门市总工会", "党组成员"), ("司徒静", "江门市总工会", "副主席")},
    ),
    (
        "E16 near-miss: a résumé with closed spans only (no office now)",
        "钟国栋简历\n2008.01—2013.12　韶关市总工会副主席\n2014.01—2020.06　韶关市总工会主席\n",
        "韶关市",
        set(),
    ),
    # --- S: speeches and letters
    (
        "S01 a speech's speaker line under its title: title chain, a gap, a spaced name",
        "在全市工会工作会议上的讲话\n（2027年1月8日）\n抚州市总工会党组书记、主席　饶　明\n同志们：\n",
        "抚州市",
        {("饶明", "抚州市总工会", "党组书记"), ("饶明", "抚州市总工会", "主席")},
    ),
    (
        "S02 ——在…上的讲话 then the speaker line with a short body (市总工会)",
        "凝心聚力　奋勇争先\n——在市总工会十六届三次全委会议上的讲话\n市总工会党组书记、主席　黎国强\n",
        "上饶市",
        {("黎国强", "上饶市总工会", "党组书记"), ("黎国强", "上饶市总工会", "主席")},
    ),
    (
        "S03 a speaker line with a compound surname and a district union",
        "在区工会第十二次代表大会上的工作报告\n西湖区总工会主席　欧阳明珠\n（2027年3月2日）\n",
        "杭州市",
        {("欧阳明珠", "杭州市西湖区总工会", "主席")},
    ),
    (
        "S04 near-miss: X代表： (a congress deputy speaks) is no office",
        "代表发言摘登\n江秀英代表：建议加大对快递小哥的关爱力度。\n",
        "南昌市",
        set(),
    ),
    (
        "S05 near-miss: 签发人：NAME is no office",
        "南平市总工会文件\n签发人：邱建华\n关于开展2027年职工技能竞赛的通知\n",
        "南平市",
        set(),
    ),
    (
        "S06 near-miss: 联系人：NAME　电话 is no office",
        "请各单位于5月10日前报送。\n联系人：钱晓梅　电话：0599-8812345\n",
        "南平市",
        set(),
    ),
    (
        "S07 牵头领导：BODY副主席NAME",
        "责任分工\n牵头领导：市总工会副主席龚建平\n责任部门：组织部\n",
        "宜春市",
        {("龚建平", "宜春市总工会", "副主席")},
    ),
    (
        "S08 near-miss: a letter signed by the union, a date, no person",
        "致全市广大职工的一封信\n广大职工朋友们：\n祝大家节日快乐！\n萍乡市总工会\n2027年4月28日\n",
        "萍乡市",
        set(),
    ),
    (
        "S09 a speech's speaker line in brackets after the title",
        "在全省工会宣传工作会议上的讲话\n（江西省总工会党组成员、副主席　付丽华）\n",
        "江西省",
        {("付丽华", "江西省总工会", "党组成员"), ("付丽华", "江西省总工会", "副主席")},
    ),
    (
        "S10 near-miss: 政协委员 speaker label is no union office",
        "委员发言\n冉建华委员：建议完善新就业形态劳动者权益保障。\n",
        "重庆市",
        set(),
    ),
    (
        "S11 a speech's speaker below the date, name with a gap before a county union",
        "在县总工会全委（扩大）会议上的讲话\n2027年2月16日\n兴国县总工会主席　钟　华\n",
        "赣州市",
        {("钟华", "兴国县总工会", "主席")},
    ),
    (
        "S12 责任领导：TITLE NAME in a task list, short body",
        "任务分解表\n责任领导：县总工会常务副主席巫建新\n",
        "赣州市",
        {("巫建新", "县总工会", "常务副主席")},
    ),
]

# cases the rules do not read yet, and why (strict: a case that starts passing must leave this list)
NOT_YET: dict[str, str] = {
    "O16": "（校党委副书记）: 校 standing for the page's school is not read",
    "S12": "巫建新 before the line's end is cut to 巫建 by the name finder (names family)",
}


@pytest.mark.parametrize(("label", "text", "region", "expected"), [labelled_case(*c, not_yet=NOT_YET) for c in CASES])
def test_posts37_grammar(extract_text, label, text, region, expected):
    assert posts(extract_text(ingested(text), region=region)) == expected, label
