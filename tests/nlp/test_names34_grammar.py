"""Person names in the frames real union news puts them, where the tagger's word tags
mislead (an adverb 尚…, a number 第五…, a verb 宣立|新, a place 凤凰): all texts invented.

Grammars (session 34):

A. After an office or job title and before a word a name is followed by (当选, 介绍,
   主持, 表示, 为), a surname and a given name that is also a place's or a word's name the
   tagger read as an adverb, a verb, a number or a place (经理尚|海城|当选).
B. A compound surname and a given name of one character (第五岚, 上官琳) where the tagger
   read 第五… as a number: the frame (a title before, 为/当选 after) makes it a name.
C. A table flattened to one cell a line (HTML ``<td>`` blocks): the column heads each on
   a line (姓名 / 单位 / 奖项), then the cells row by row: every k-th line under the name
   column is a name, whatever the tagger thinks of it (向凤岗 as 向 + 凤岗).
D. Near misses: a title followed by an adverb (尚需, 曾多次), a preposition (向大家,
   向…县总工会), a verb (宣布), an ordinal (第五次, 第五届), script directions and
   【…】 labels, and column cells that are units, jobs or awards.
"""

from __future__ import annotations

import pytest

CASES: list = [
    # A. after a title, before a follower: given names that are places or words
    ("甘肃省酒泉市某物流有限公司城东营业部经理尚海城当选联合会主席。", {"尚海城"}),
    ("四川省达州市宣汉县教育局工会主席宣武陵主持会议。", {"宣武陵"}),
    ("镇党委副书记、镇总工会主席宣立新介绍，全镇新建工会十二家。", {"宣立新"}),
    ("山西省长治市某煤业公司综采队队长尚黑山当选工会主席。", {"尚黑山"}),
    ("湖南省怀化市某医院工会主席向洪江介绍了职工体检情况。", {"向洪江"}),
    ("广东省江门市某小学工会主席尚新会表示，要关心青年教师。", {"尚新会"}),
    ("浙江省金华市某乡镇总工会主席宣永康出席活动。", {"宣永康"}),
    ("吉林省白山市某林业局车间主任尚长白当选副主席。", {"尚长白"}),
    ("县人社局副局长向清江介绍，今年新增就业岗位八百个。", {"向清江"}),
    ("贵州省铜仁市某街道总工会副主席宣立民主持仪式。", {"宣立民"}),
    ("河南省南阳市某快递公司站点负责人尚南召当选副主席。", {"尚南召"}),
    ("辽宁省大连市某港务公司工会主席宣立国致辞。", {"宣立国"}),
    # B. compound surname and one-character given name
    ("会议选举某信息技术有限公司行政主管第五岚为女职工委员会主任。", {"第五岚"}),
    ("经费审查委员会第一次会议推选上官琳为主任。", {"上官琳"}),
    ("陕西省宝鸡市某中学工会主席第五涛主持会议。", {"第五涛"}),
    ("女职工委员会选举人力资源主管第五敏为主任。", {"第五敏"}),
    ("宁夏银川市某医院护士长第五丽当选女职工委员会主任。", {"第五丽"}),
    ("某集团公司工会副主席司马骏、诸葛兰出席。", {"司马骏", "诸葛兰"}),
    ("市总工会副主席令狐涛带队走访困难职工。", {"令狐涛"}),
    # A/B with 选举…为 and lists
    ("代表大会选举尚卫东为工会主席，宣丽为副主席。", {"尚卫东", "宣丽"}),
    ("会议推选车间主任第五军、班组长尚海波为副主席。", {"第五军", "尚海波"}),
    ("街道总工会主席宣立新、副主席向凤林出席。", {"宣立新", "向凤林"}),
    # names next to digits and Latin
    ("XJ-2标项目部工会主席尚黑龙出席会议。", {"尚黑龙"}),
    ("3号线项目经理宣立强介绍了工程进度。", {"宣立强"}),
    # dotted names
    ("电焊工艾尔肯·吐尔逊获得技术能手称号。", {"艾尔肯·吐尔逊"}),
    ("测试工程师古丽米拉·阿不都当选副主席。", {"古丽米拉·阿不都"}),
    # C. flattened tables: one cell a line
    ("获奖名单\n姓名\n单位\n奖项\n向凤岗\n三工区\n先进个人\n欧阳平\n机修车间\n技术能手", {"向凤岗", "欧阳平"}),
    ("姓 名\n工作单位\n职务\n尚黑山\n县第一中学\n教师\n宣永新\n县人民医院\n护士长", {"尚黑山", "宣永新"}),
    ("序号\n姓名\n所在单位\n1\n向青川\n城关镇总工会\n2\n第五岚\n县供电公司", {"向青川", "第五岚"}),
    (
        "先进个人\n姓名\n单位\n职务/工种\n奖项\n向凤凰\n一工区\n工区长\n先进个人\n宣立平\n钢筋加工场\n电焊工\n安全标兵",
        {"向凤凰", "宣立平"},
    ),
    ("姓名　单位　职务\n向凤鸣　一工区　工区长\n尚黑水　二工区　班长", {"向凤鸣", "尚黑水"}),
    # A: a lone 向 before a name the tagger read whole, and a verb that takes no addressee
    ("某快递公司站点快递员向金堂当选工会副主席。", {"向金堂"}),
    ("镇党委委员、镇总工会主席向长沙出席。", {"向长沙"}),
    ("县人大常委会副主任、县总工会主席向泸溪带队慰问。", {"向泸溪"}),
    ("会议选举宣立新为主席。", {"宣立新"}),
    ("市总工会副主席宣立新一行到企业调研。", {"宣立新"}),
    ("HR经理第五琳主持座谈会。", {"第五琳"}),
    ("学校工会主席上官雯致辞。", {"上官雯"}),
    ("某电商公司物流主管尚海门表示，将按时发放加班费。", {"尚海门"}),
    ("会议推选尚黑河、宣立新、第五雯为副主席。", {"尚黑河", "宣立新", "第五雯"}),
    ("2号楼楼长宣立军介绍，楼内有职工三百人。", {"宣立军"}),
    # A: lists after a title, one-character followers after a proper given name, notes
    ("县总工会主席尚黑水，副主席宣立东、向凤岭出席。", {"尚黑水", "宣立东", "向凤岭"}),
    ("市总工会副主席向洪山在讲话中强调，要做好服务。", {"向洪山"}),
    ("劳模尚黑河说，这份荣誉属于大家。", {"尚黑河"}),
    ("省级劳模第五雯（女）当选副主席。", {"第五雯"}),
    # D. near misses: no person
    ("主任向北京说明情况。", set()),
    ("局长向记者介绍，今年将新建驿站十个。", set()),
    ("经理向媒体介绍了情况。", set()),
    ("主任于会上表示支持。", set()),
    ("他将代表和平县参加全省比赛。", set()),
    ("冠军将代表和田县出席表彰会。", set()),
    ("主任向他们介绍情况。", set()),
    ("主席曾在会上表示。", set()),
    ("副主席王刚、曾多次表示支持。", {"王刚"}),
    ("主席向王强介绍情况。", {"王强"}),
    ("主任向李明表示感谢。", {"李明"}),
    ("主任向上海代表团介绍经验。", set()),
    ("经理向客户介绍产品。", set()),
    ("经理尚有三项工作未完成。", set()),
    ("局长向来重视职工工作。", set()),
    ("选举第五批代表为职工代表大会代表。", set()),
    ("主席曾一度表示反对。", set()),
    ("工会主席尚且表示理解。", set()),
    ("厂长向其表示感谢。", set()),
    ("主任宣读了表彰决定。", set()),
    ("区总工会向全体会员介绍了工作情况。", set()),
    ("全国人大常委会副委员长孙平出席会议。", {"孙平"}),
    ("副主席曾多次表示支持。", set()),
    ("经理尚需进一步核实情况。", set()),
    ("部长尚在外地出差。", set()),
    ("主任向大家介绍了新政策。", set()),
    ("工区长向凤凰县总工会汇报工作。", set()),
    ("镇长宣布大会开幕。", set()),
    ("主任第五次到企业调研。", set()),
    ("会议选举产生第五届委员会。", set()),
    ("主席向职工代表介绍情况。", set()),
    ("【记者出镜】", set()),
    ("【同期声】", set()),
    ("（画面：职工举手表决）", set()),
    ("经理尚未当选。", set()),
    ("姓名\n单位\n奖项\n机修车间\n二工区\n先进集体", set()),
    ("集体名称\n奖项\n三工区\n先进集体\n机修车间\n优胜班组", set()),
    ("主席第五届当选。", set()),
]


@pytest.mark.parametrize(("text", "want"), CASES, ids=[str(i) for i in range(len(CASES))])
def test_the_person_names_in_misleading_frames(labelled, text: str, want: set[str]) -> None:
    assert labelled(text, "PERSON") == want


def test_a_word_the_tagger_read_whole_ending_as_an_adverb_is_no_name(tagged_mentions) -> None:
    """主席|高兴地|表示 read as one adverb: 地 ends no given name (people/never_after_names.txt)."""
    got = tagged_mentions(("工会", "n"), ("主席", "n"), ("高兴地", "d"), ("表示", "v"), ("。", "w"))
    assert not {t for t, lab, _ in got if lab == "PERSON"}


def test_a_name_the_tagger_read_as_one_adverb_is_one(tagged_mentions) -> None:
    """经理|尚海城|当选 read as one adverb: the frame makes it a name."""
    got = tagged_mentions(("营业部", "n"), ("经理", "n"), ("尚海城", "d"), ("当选", "v"), ("主席", "n"), ("。", "w"))
    assert {t for t, lab, _ in got if lab == "PERSON"} == {"尚海城"}
