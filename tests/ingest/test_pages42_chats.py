"""A chat group's exported history (session 42, invented text): the titled messages are
its articles, the chat between them heads none, a shared link's title is no headline,
and a pasted item's closing credit mixes a role with labelled items."""

from __future__ import annotations

from kg.ingest.bylines import labelled_credit_line

HEAD = "2027-04-{d:02d} {h:02d}:{m:02d}:10 {who}\n"
CHAT = (
    "群聊记录导出\n群名称：溪口镇工会群（40）\n\n"
    + HEAD.format(d=1, h=9, m=0, who="【镇工会】柏文清")
    + "[群公告]\n@所有人\n关于举办溪口镇职工拔河比赛的通知\n"
    "各村工会：经研究，定于4月9日上午在镇文化广场举办职工拔河比赛，请各单位于4月6日前报名。\n溪口镇总工会\n\n"
    + HEAD.format(d=1, h=9, m=2, who="茶园村 邵春生")
    + "收到\n\n"
    + HEAD.format(d=2, h=10, m=0, who="县总工会-伍立新")
    + "[链接] 某某市总工会｜关于开展职工春游活动的通知\n请各乡镇工会认真学习。\n\n"
    + HEAD.format(d=2, h=10, m=5, who="【镇工会】柏文清")
    + "收到，伍主席\n\n"
    + HEAD.format(d=9, h=18, m=0, who="【镇工会】霍青青")
    + "溪口镇职工拔河比赛圆满落幕\n"
    "　　4月9日上午，溪口镇总工会举办职工拔河比赛，12支队伍的120名职工参赛。\n"
    "（通讯员 霍青青 池明远 图/池明远 审核：柏文清）\n\n"
    + HEAD.format(d=9, h=18, m=3, who="茶园村 邵春生")
    + "写得好\n"
)


def test_a_chats_titled_messages_are_its_articles(read_page) -> None:
    assert read_page(CHAT) == [
        (None, []),
        ("关于举办溪口镇职工拔河比赛的通知", []),
        (None, []),
        ("溪口镇职工拔河比赛圆满落幕", ["池明远", "霍青青"]),
        (None, []),
    ]


def test_a_role_may_open_labelled_items_set_off_by_a_space() -> None:
    c = labelled_credit_line("（通讯员 霍青青 池明远 图/池明远 审核：柏文清）")
    assert c is not None
    assert (c.reporters, c.photographers) == (["霍青青", "池明远"], ["池明远"])
