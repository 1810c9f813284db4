"""Awards of session 50 (invented names and places).

A. A table of a contest's winners headed 奖次 (工种 / 奖次 / 姓名 / 工作单位 / 成绩): the prize in
   the row's 奖次 cell is the row's person's.
B. A cell merged down over several rows (奖次 一等奖 over three winners) is written once: the
   rows under it lack it, and take it from the row above (kg.nlp.grids); the cell of the row's
   own subject (its name) is never taken from above.
C. 工艺美术大师 is the head of an honour held (省工艺美术大师), as 技能大师 is: said before its
   holder's name, with the holder's description between (X省工艺美术大师、某协会原会长A).
D. A table with no honour column under a title naming the honour and the list (…“X”名单（8名）):
   each row's person holds X; a list put forward (拟表彰名单) gives nothing.
E. 授予A等N名同志2029年度全市某系统“X”称号: the scope of the honour between its year and its
   quoted name.
F. A head spaced out to its column's width (姓　名) is one head (kg.nlp.grids).
G. 名单如下：⏎X市劳动模范⏎A　…⏎X市先进工作者⏎B　…: an honour alone on its line heads the list a
   line announced, and the next honour alone right under its last holder heads the next.
H. A ceremony's call: 为获得“X”的个人颁奖。请获奖代表上台领奖：⏎A　某公司焊工: each called up holds X.
I. A quoted prize in 奖 after a verb of receiving, the event it was won at between (荣获大赛“X奖”).
J. A place opening a clause, a space, then its winner (…48名选手参赛，一等奖 A（某公司）).
K. A writer introducing themself (我是某厂的班长，…，2022年被评为X) in a post one writer signs: the
   writer holds X; 我是 in quotes is someone else's voice.
"""

from __future__ import annotations

import pytest

from kg.nlp.grids import grids


def _awards(facts) -> set[tuple[str, str]]:
    return {(ref.name, honour) for ref, honour, _ in facts.awards}


def _cells(text: str) -> list[list[list[str]]]:
    return [[[text[a:b] for a, b in row] for row in g.rows] for g in grids(text)]


_WINNERS = (
    "2029年全市茶叶加工职工技能竞赛获奖名单\n"
    "工种\t奖次\t姓名\t工作单位\t成绩\n"
    "制茶工\t一等奖\t汤静秋\t湄潭翠芽茶业有限公司\t95.10\n"
    "制茶工\t二等奖\t覃明远\t凤冈锌硒茶厂\t92.40\n"
    "评茶员\t一等奖\t蔺晓雯\t余庆小叶苦丁茶合作社\t94.65\n"
)


def test_a_winners_table_headed_by_its_prize_column(extract_text):
    found = _awards(extract_text(_WINNERS, headline="关于公布全市茶叶加工职工技能竞赛获奖名单的通知"))
    assert {("汤静秋", "一等奖"), ("覃明远", "二等奖"), ("蔺晓雯", "一等奖")} <= found


_MERGED = (
    "附件\n"
    "奖次\t姓名\t工作单位\n"
    "一等奖\t汤静秋\t湄潭翠芽茶业有限公司\n"
    "\t覃明远\t凤冈锌硒茶厂\n"
    "二等奖\t蔺晓雯\t余庆小叶苦丁茶合作社\n"
    "\t郜立新\t正安白茶产业园\n"
)


def test_rows_under_a_merged_prize_cell_take_it_from_the_row_above():
    assert _cells(_MERGED) == [
        [
            ["一等奖", "汤静秋", "湄潭翠芽茶业有限公司"],
            ["一等奖", "覃明远", "凤冈锌硒茶厂"],
            ["二等奖", "蔺晓雯", "余庆小叶苦丁茶合作社"],
            ["二等奖", "郜立新", "正安白茶产业园"],
        ]
    ]


def test_a_numbered_row_keeps_its_number_under_merged_cells():
    text = "序号 奖次 姓名 单位\n1 一等奖 汤静秋 湄潭茶厂\n2 覃明远 凤冈茶厂\n3 二等奖 蔺晓雯 余庆茶社\n"
    assert _cells(text) == [
        [
            ["1", "一等奖", "汤静秋", "湄潭茶厂"],
            ["2", "一等奖", "覃明远", "凤冈茶厂"],
            ["3", "二等奖", "蔺晓雯", "余庆茶社"],
        ]
    ]


def test_a_short_line_lacking_the_name_cell_ends_the_table():
    text = "姓名 单位 奖项\n汤静秋 湄潭茶厂 技术能手\n湄潭县总工会办公室 2029年3月2日印发\n"
    assert _cells(text) == [[["汤静秋", "湄潭茶厂", "技术能手"]]]


def test_merged_prize_cells_give_each_winner_the_prize(extract_text):
    found = _awards(extract_text(_MERGED, headline="关于公布全市茶叶加工职工技能竞赛获奖名单的通知"))
    assert {("汤静秋", "一等奖"), ("覃明远", "一等奖"), ("蔺晓雯", "二等奖"), ("郜立新", "二等奖")} <= found


@pytest.mark.parametrize(
    ("text", "holder", "honour"),
    [
        (
            "大赛特邀云南省工艺美术大师、大理州扎染协会原秘书长段玉珍等7人担任评委。",
            "段玉珍",
            "云南省工艺美术大师",
        ),
        ("中国工艺美术大师和丽萍现场展示了斑铜制作技艺。", "和丽萍", "中国工艺美术大师"),
    ],
)
def test_a_master_of_arts_and_crafts_before_a_name_is_an_honour_held(extract_text, text, holder, honour):
    assert (holder, honour) in _awards(extract_text(text, region="大理白族自治州"))


_ANNEX = (
    "附件2\n"
    "2029年度全市交通系统“{honour}”名单（3名）\n"
    "序号\t单位\t姓名\t职务\n"
    "1\t铜仁市公交集团\t麻晓燕\t工会主席\n"
    "2\t铜仁市港航管理处\t龙飞翔\t工会副主席\n"
    "3\t铜仁凤凰机场\t杨再兴\t工会主席\n"
)


def test_a_table_titled_by_its_honour_gives_it_to_each_row(extract_text):
    found = _awards(extract_text(_ANNEX.format(honour="优秀工会工作者"), region="铜仁市"))
    assert {("麻晓燕", "优秀工会工作者"), ("龙飞翔", "优秀工会工作者"), ("杨再兴", "优秀工会工作者")} <= found


def test_a_table_titled_as_put_forward_gives_nothing(extract_text):
    text = _ANNEX.replace("”名单", "”拟表彰名单").format(honour="优秀工会工作者")
    assert not any(h == "优秀工会工作者" for _n, h in _awards(extract_text(text, region="铜仁市")))


def test_an_honour_given_with_its_scope_before_its_quoted_name(extract_text):
    text = "市交通工会决定，授予麻晓燕等8名同志2029年度全市交通系统“优秀工会工作者”称号，每人奖励1000元。"
    assert ("麻晓燕", "优秀工会工作者") in _awards(extract_text(text, region="铜仁市"))


def test_a_head_spaced_out_to_its_columns_width():
    text = "姓　名 性别 单位 荣誉称号\n麻晓燕 女 铜仁市公交集团 贵州省劳动模范\n"
    assert _cells(text) == [[["麻晓燕", "女", "铜仁市公交集团", "贵州省劳动模范"]]]


_ANNOUNCED = (
    "近日，铜仁市表彰了一批劳动模范和先进工作者，碧江区4人获评，名单如下：\n"
    "铜仁市劳动模范\n"
    "麻晓燕（女）　铜仁市公交集团调度员\n"
    "龙飞翔　碧江区滑石乡农机合作社理事长\n"
    "铜仁市先进工作者\n"
    "杨再兴　碧江区人民医院急诊科医生\n"
    "田秋菊（女）　碧江区环北街道社区服务中心主任\n"
    "区总工会将组织他们参加疗休养。\n"
)


def test_honours_alone_on_their_lines_head_an_announced_list(extract_text):
    found = _awards(extract_text(_ANNOUNCED, region="铜仁市"))
    assert {
        ("麻晓燕", "铜仁市劳动模范"),
        ("龙飞翔", "铜仁市劳动模范"),
        ("杨再兴", "铜仁市先进工作者"),
        ("田秋菊", "铜仁市先进工作者"),
    } <= found
    assert ("杨再兴", "铜仁市劳动模范") not in found


def test_a_ceremony_calls_the_holders_of_an_honour_up(extract_text):
    text = (
        "下面为获得“碧江区五一劳动奖章”的个人颁奖。请获奖代表上台领奖：\n"
        "麻晓燕　铜仁市公交集团调度员\n"
        "杨再兴　碧江区人民医院急诊科医生\n"
        "请区总工会主席为他们颁奖。\n"
    )
    found = _awards(extract_text(text, region="铜仁市"))
    assert {("麻晓燕", "碧江区五一劳动奖章"), ("杨再兴", "碧江区五一劳动奖章")} <= found


@pytest.mark.parametrize(
    "text",
    [
        "今年刚满23岁的龙飞翔荣获大赛“最佳新人奖”。",
        "龙飞翔在决赛中荣获本届比赛“最佳新人奖”，成为最年轻的获奖者。",
    ],
)
def test_a_quoted_prize_won_at_the_event_named_before_it(extract_text, text):
    assert ("龙飞翔", "最佳新人奖") in _awards(extract_text(text, region="铜仁市"))


def test_a_place_opening_a_clause_then_its_winner(extract_text):
    text = "● 5月9日，在万山区职工之家举办首届茶艺师职业技能竞赛，36名选手参赛，一等奖 麻晓燕（铜仁梵净茶业有限公司）"
    assert ("麻晓燕", "一等奖") in _awards(extract_text(text, region="铜仁市"))


def test_the_one_writer_introducing_themself_holds_their_honour(extract_text):
    text = (
        "写在前面：我是铜仁梵净茶业有限公司制茶车间的班长，进厂15年，2022年被评为铜仁市劳动模范。"
        "这次参加疗休养，收获很多。"
    )
    assert ("田秋菊", "铜仁市劳动模范") in _awards(extract_text(text, region="铜仁市", reporters=("田秋菊",)))


def test_a_quoted_self_introduction_is_not_the_writers(extract_text):
    text = "采访中，她笑着说：“干这行不容易。我是梵净茶业的一名制茶工，2022年被评为铜仁市劳动模范。”"
    assert ("田秋菊", "铜仁市劳动模范") not in _awards(extract_text(text, region="铜仁市", reporters=("田秋菊",)))
