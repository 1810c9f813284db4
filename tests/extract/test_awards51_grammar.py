"""Awards of session 51 (invented names and places).

A. An annex table titled by its honour and its holders' word (X奖章获奖人员名单（3名）), its cells
   one a line as a printed PDF gives them: each row's person holds X.
B. A bulletin's label with the kind of its holders in brackets before its colon (◆ 文明之星（个人）：
   A（…）、B（…）): each holder listed after it holds the label's honour; without a bullet the
   line is a form's field, no honour.
C. A count of items and the place each was won in, after a list of names won respectively
   (A、B分获两个项目第一名): each name holds the item's place, when the count is the names'.
D. A line of results opened by its item and a colon (摔跤：冠军A（…），亚军B（…）；): each place is
   its winner's, named with the item; a speaker's line (记者：冠军A，你…) is none.
"""

from __future__ import annotations


def _awards(facts) -> set[tuple[str, str]]:
    return {(ref.name, honour) for ref, honour, _ in facts.awards}


_ANNEX = (
    "附件2\n"
    "2029年度临沧市五一劳动奖章{title}名单（3名）\n"
    "序号\n姓名\n性别\n民族\n工作单位及职务\n"
    "1\n刘春梅\n女\n佤族\n沧源县人民医院护士长\n"
    "2\n杨志强\n男\n傣族\n耿马孟定糖业有限公司制糖车间主任\n"
    "3\n李建华\n男\n彝族\n临沧市城市管理综合执法支队队员（追授）\n"
)


def test_an_annex_table_of_an_honours_holders_one_cell_a_line(extract_text):
    found = _awards(extract_text(_ANNEX.format(title="获奖人员"), region="临沧市"))
    assert {
        ("刘春梅", "临沧市五一劳动奖章"),
        ("杨志强", "临沧市五一劳动奖章"),
        ("李建华", "临沧市五一劳动奖章"),
    } <= found


def test_an_annex_table_put_forward_gives_nothing(extract_text):
    found = _awards(extract_text(_ANNEX.format(title="拟推荐人员"), region="临沧市"))
    assert not any(h == "临沧市五一劳动奖章" for _n, h in found)


_BULLETIN = (
    "本期评比结果如下。\n"
    "◆ 流动红旗（标段）：LS-2标 滇西路桥建设有限公司项目经理部\n"
    "{mark}文明之星（个人）：韦德芳（LS-1标质检员）、黄丽萍（LS-3标测量工）\n"
    "以上奖励由项目工会颁发。\n"
)


def test_a_bulletins_label_naming_its_holders_kind(extract_text):
    found = _awards(extract_text(_BULLETIN.format(mark="◆ "), region="临沧市"))
    assert {("韦德芳", "文明之星"), ("黄丽萍", "文明之星")} <= found


def test_a_kind_in_brackets_without_a_bullet_is_a_forms_field(extract_text):
    found = _awards(extract_text(_BULLETIN.format(mark=""), region="临沧市"))
    assert not any(h == "文明之星" for _n, h in found)


def test_places_of_items_won_respectively(extract_text):
    text = (
        "8月3日，技能比武在钢筋加工厂举行，40名技术工人参赛。LS-2标钢筋工韦德芳、LS-1标焊工黄丽萍分获两个项目第一名。"
    )
    found = _awards(extract_text(text, region="临沧市"))
    assert {("韦德芳", "项目第一名"), ("黄丽萍", "项目第一名")} <= found


def test_places_of_items_counted_unlike_the_names_give_nothing(extract_text):
    text = (
        "8月3日，技能比武在钢筋加工厂举行，40名技术工人参赛。LS-2标钢筋工韦德芳、LS-1标焊工黄丽萍分获三个项目第一名。"
    )
    found = _awards(extract_text(text, region="临沧市"))
    assert ("韦德芳", "项目第一名") not in found


_RESULTS = (
    "经过两天比赛，各项目决出名次：\n"
    "摔跤：冠军赵永刚（勐董镇职工），亚军钱学军（岩帅镇牧民）；\n"
    "射箭男子组：冠军孙立新（县第一中学教师）；\n"
)


def test_a_line_of_results_opened_by_its_item(extract_text):
    found = _awards(extract_text(_RESULTS, region="临沧市"))
    assert {("赵永刚", "摔跤冠军"), ("钱学军", "摔跤亚军"), ("孙立新", "射箭男子组冠军")} <= found


def test_a_speakers_line_is_no_line_of_results(extract_text):
    text = "赛后，记者采访了获奖选手。\n记者：冠军赵永刚，你今天发挥得怎么样？\n赵永刚：还可以。\n"
    found = _awards(extract_text(text, region="临沧市"))
    assert not any(h.startswith("记者") for _n, h in found)
