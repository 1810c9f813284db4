"""Person names in the grammars the tagger misses or cuts (session 36, round 2): all texts
invented.

A. A name right after a comma or 、 in a list of officials, its titles before it.
B. Compound and rare surnames in lists (司徒, 郦, 仝, 逄, 宓, 亓, 訾, 厍).
C. A name before （title）, its given name or whole reading also a place (宁海, 江山).
D. A bare list of names (…等, 名单：).
E. Names that hold place names (韩琅琊, 于辛安, 刘松林).
F. Near-misses: a headline's phrase or a plain word read as a person (心田, 心坎).
"""

from __future__ import annotations

import pytest

CASES: list = [
    # A. after a comma or 、 in a list of officials
    ("区委常委林卫国，区总工会党组书记、常务副主席上官文静分别带队走访。", {"林卫国", "上官文静"}),
    ("县委副书记宋立新，县总工会主席、党组书记欧阳春燕出席活动。", {"宋立新", "欧阳春燕"}),
    ("市总工会副主席邱建华、谭晓玲，市人社局副局长熊伟参加座谈。", {"邱建华", "谭晓玲", "熊伟"}),
    ("镇党委书记付海涛，镇工会主席、副镇长蒲丽萍陪同调研。", {"付海涛", "蒲丽萍"}),
    ("省总工会党组成员、副主席郎建平，经审会主任俞秀英出席。", {"郎建平", "俞秀英"}),
    ("州总工会主席杨永福，副主席和丽华、木春梅一同慰问。", {"杨永福", "和丽华", "木春梅"}),
    # B. compound and rare surnames in lists
    ("参加座谈的有司徒文斌、郦明、仝振东、逄建国、宓晓东。", {"司徒文斌", "郦明", "仝振东", "逄建国", "宓晓东"}),
    ("获奖职工亓红梅、訾国庆、厍立军分别发言。", {"亓红梅", "訾国庆", "厍立军"}),
    ("区总工会副主席诸葛建业、澹台明月出席。", {"诸葛建业", "澹台明月"}),
    ("技能大赛一等奖由冼志强、麦嘉欣、佘永红获得。", {"冼志强", "麦嘉欣", "佘永红"}),
    ("市劳模公孙晓峰、皇甫丽、令狐东来到企业宣讲。", {"公孙晓峰", "皇甫丽", "令狐东"}),
    ("县总工会主席缪新华，副主席闵立群、隗建军看望了一线职工。", {"缪新华", "闵立群", "隗建军"}),
    # C. a name before （title）
    ("出席会议的有宁海波（集团工会主席）、陈静（公司副总经理）。", {"宁海波", "陈静"}),
    ("江山红（市总工会副主席）为获奖者颁奖。", {"江山红"}),
    ("主持人：黄山秀（区总工会宣教部部长）", {"黄山秀"}),
    ("参会人员：万宁（公司工会主席）、文登科（车间主任）。", {"万宁", "文登科"}),
    ("与会人员：吴江涛（厂工会主席）、常熟华（财务部部长）", {"吴江涛", "常熟华"}),
    ("张家明（公司工会副主席）介绍了职工书屋建设情况。", {"张家明"}),
    # D. a bare list of names
    ("获奖名单：王晓东、刘芳、陈建国、赵丽娟、孙涛。", {"王晓东", "刘芳", "陈建国", "赵丽娟", "孙涛"}),
    ("周海燕、吴磊、郑晓梅等10名职工获评“岗位能手”。", {"周海燕", "吴磊", "郑晓梅"}),
    ("公示对象：雷振华　聂小青　龚雪峰　梁志远", {"雷振华", "聂小青", "龚雪峰", "梁志远"}),
    ("候选人：韦春花、覃海洋、蓝天宝、莫秋菊", {"韦春花", "覃海洋", "蓝天宝", "莫秋菊"}),
    ("受到表彰的有邢少华，储德明，鲍建英。", {"邢少华", "储德明", "鲍建英"}),
    # E. names that hold place names
    ("临沂市总工会副主席韩琅琊出席仪式。", {"韩琅琊"}),
    ("区总工会主席于辛安、副主席刘松林参加活动。", {"于辛安", "刘松林"}),
    ("市总工会副主席柳长安为职工代表颁奖。", {"柳长安"}),
    ("县总工会主席高平安主持会议。", {"高平安"}),
    ("公司工会主席陆丰年，副主席石泉水出席。", {"陆丰年", "石泉水"}),
    ("车间主任徐州红介绍了班组情况。", {"徐州红"}),
    # F. near-misses
    ("把工匠精神种进学生心田", set()),
    ("劳模事迹说到职工心坎里", set()),
    ("让党的声音飞入寻常百姓家", set()),
    ("市总工会举办“安康杯”知识竞赛。", set()),
    ("宁海县总工会开展送清凉活动。", set()),
    ("长安区总工会召开全委会。", set()),
    ("把温暖送到职工心上", set()),
    # G. more of the same grammars, after a first run
    ("区委常委、组织部部长包文军，区总工会常务副主席东方晓燕出席。", {"包文军", "东方晓燕"}),
    ("参加活动的还有竺文华、蒯立新、殳海洋、笪志明。", {"竺文华", "蒯立新", "殳海洋", "笪志明"}),
    ("韩丹（女，市总工会副主席）宣读表彰决定。", {"韩丹"}),
    ("厂工会主席汪清泉、副主席黎平安出席。", {"汪清泉", "黎平安"}),
    ("用心用情温暖职工心田", set()),
    ("劳动之花开遍城乡", set()),
    # H. after the fixes: the same grammars again, and near-misses of the new rules
    ("东方红（区总工会副主席）、韩琅琊（市总工会副主席）出席。", {"东方红", "韩琅琊"}),
    ("与会人员：上官文静（女，公司工会主席）、仉建华（车间主任）", {"上官文静", "仉建华"}),
    ("受表彰的有刘松林、于辛安、司马光明、欧阳春等。", {"刘松林", "于辛安", "司马光明", "欧阳春"}),
    ("签发人：宓晓东", {"宓晓东"}),
    ("市总工会副主席，区总工会主席缑小兵出席。", {"缑小兵"}),
    ("王主席（市总工会主席）到会指导。", set()),
    ("各县（市、区）总工会主席参加培训。", set()),
    ("江苏（省总工会副主席）", set()),
    ("让劳模精神扎根职工心田", set()),
    ("东方明珠塔下的职工运动会开幕。", set()),
]

# cases not read yet, and why
NOT_YET: dict[int, str] = {
    49: "江苏/LOC（…副主席）: a province's bare name before a note of an office is read as a name;"
    " nothing in the frame tells it from a person's (黄山, 万宁 are names there)",
}


@pytest.mark.parametrize(
    ("text", "want"),
    [
        pytest.param(t, w, id=str(i), marks=[pytest.mark.xfail(reason=NOT_YET[i], strict=True)] if i in NOT_YET else [])
        for i, (t, w) in enumerate(CASES)
    ],
)
def test_the_names_in_lists_and_places(labelled, text: str, want: set[str]) -> None:
    assert labelled(text, "PERSON") == want
