"""Session 44's page grammar: headlines and article splits of slide decks, forum threads,
gazetteer chapters and directories (all texts invented: other places, other names)."""

from __future__ import annotations

from pathlib import Path

from tests.ingest.page_reading import read_page_articles

DECK_COVER = """--- 第1页 ---
临川区2031年度乡镇工会主席述职会

聚力强基促发展　用心服务暖人心
——云山镇总工会2031年度工作述职

汇报单位：抚州市临川区云山镇总工会
汇报人：龚启航（镇党委委员、镇总工会主席）
2031年12月18日

--- 第2页 ---
一、基本情况
● 全镇建会单位312家，工会会员1.2万人。
● 5月12日，云山镇总工会在镇文化中心举办职工趣味运动会，120名职工参加。
"""


def test_a_title_over_its_dashed_subtitle_and_the_cover_fields(tmp_path: Path) -> None:
    """A title slide: the title over its ——副题 and the 汇报单位/汇报人 fields, a date line
    under them: the title is the headline, not the subtitle."""
    arts = read_page_articles(tmp_path, DECK_COVER, "deck")
    assert [a[0] for a in arts] == ["聚力强基促发展 用心服务暖人心"]


CHAPTER = """·318·　　　　　　　　　　　　　　　　　　　　　宁川县志（1990—2030）

第十二编　社会团体

第三章　工　会

　　1990年，全县有基层工会96个，会员5120人。2030年底，全县有基层工会240个。

第一节　组织机构

　　一、县总工会
　　1990年，宁川县总工会机关设办公室、组织部，有工作人员6人。

　　　　　　　　　　　　　　　　　　　　　　　　第十二编　社会团体　　·319·

第二节　历次代表大会

第六次代表大会
　　1995年4月8日在县礼堂举行。出席代表140名。大会选举苗承志为主席。

第七次代表大会
　　2001年5月20日在县礼堂举行。出席代表152名。大会选举苗承志为主席。

（本章撰稿：卢映雪）
"""


def test_a_book_chapter_is_one_article_under_its_title(tmp_path: Path) -> None:
    """编/章/节 headings: the chapter is one article headed by its title (its number
    left out); the part's heading, the sections, the subheads and the running heads
    are no article breaks; the chapter's 撰稿 line credits its writer."""
    arts = read_page_articles(tmp_path, CHAPTER, "chapter")
    assert [(a[0], a[1]) for a in arts] == [("工 会", ["卢映雪"])]
    assert "第十二编" not in arts[0][2] and "第七次代表大会" in arts[0][2]


def test_a_chapter_heading_alone_splits_as_before(tmp_path: Path) -> None:
    """A 第N章 line with no 节 below and no 编 above (a novel's serial, a report's part)
    is no book chapter."""
    text = "第三章　新的开始\n\n龚启航走进车间。\n\n他说：“今天开工。”\n"
    arts = read_page_articles(tmp_path, text, "serial")
    assert all(a[0] != "新的开始" for a in arts)


THREAD = """赣江论坛 - 南昌人的网上家园
首页 | 论坛 | 南昌生活 | 手机版
赣江论坛 › 民生热线 › 职工之家 › 查看内容
返回列表　　发新帖　　回复
查看: 2210 | 回复: 17
[求助经验] 加班费拖了半年，最后是街道工会帮我们讨回来的　[精华]

电梯直达　　跳转到指定楼层
──────────────────────────────
楼主　滕王阁下钓鱼翁
金牌会员　UID 100231　帖子 88　积分 512　注册时间 2018-3-9
发表于 2031-5-6 21:10 | 只看该作者

我是一名快递员，去年冬天公司一直拖着加班费不给。
后来打了12351，街道总工会的同志很快就来了。官方新闻贴在下面：

[quote]
青云谱区总工会开展“护薪行动”进站点活动
　　5月3日上午，青云谱区总工会在洪都街道快递站点开展“护薪行动”，80余名快递员参加。
（文/图　邬嘉禾）
[/quote]

谢谢大家。
──────────────────────────────
沙发　八一广场的风
发表于 2031-5-6 21:20
支持楼主！
"""


def test_a_forum_thread_and_the_news_it_quotes(tmp_path: Path) -> None:
    """The thread is one article under its title (tag marks cut off), dated by its first
    floor's 发表于, not the member's 注册时间; the news quoted in [quote] is a second one,
    its credit its own."""
    arts = read_page_articles(tmp_path, THREAD, "thread")
    assert [(a[0], a[1]) for a in arts] == [
        ("加班费拖了半年，最后是街道工会帮我们讨回来的", []),
        ("青云谱区总工会开展“护薪行动”进站点活动", ["邬嘉禾"]),
    ]
    assert "80余名快递员" not in arts[0][2] and "打了12351" in arts[0][2]


DIRECTORY = """职工服务地图
共找到 3 个结果

1　工会驿站（东湖街道站）
　 地址：东湖区 东湖街道 ××路××号
　 开放时间：08:00—20:00
　 服务：饮水　热饭　充电
　 运营单位：东湖区东湖街道总工会
　 距您 0.8km　★4.8（52条评价）
2　工会驿站（青山湖站）
　 地址：青山湖区 湖坊镇 ××路××号
　 开放时间：24小时
　 服务：饮水　充电
　 运营单位：青山湖区湖坊镇总工会
　 距您 2.2km　★4.6（19条评价）
—— 已显示全部结果 ——
【站点动态】
东湖区快递员服务驿站揭牌启用
　　5月9日上午，东湖区总工会在东湖街道举行快递员服务驿站揭牌仪式，60余名快递员参加。
"""


def test_a_directory_list_is_no_header_of_the_news_under_it(tmp_path: Path) -> None:
    """A long run of a directory's short lines over a news item: the line over its text is
    the headline, the list above no deck of it; a list's end mark (—— 已显示全部结果 ——)
    is furniture, not glued to the headline."""
    arts = read_page_articles(tmp_path, DIRECTORY, "directory")
    news = [a for a in arts if "揭牌仪式" in a[2]]
    assert len(news) == 1 and news[0][0] == "东湖区快递员服务驿站揭牌启用"
    assert "运营单位" not in news[0][2] and "已显示全部结果" not in "\n".join(a[2] for a in arts)


def test_a_long_run_ending_in_a_list_item_is_left_to_the_list_reading(tmp_path: Path) -> None:
    """A directory's numbered entries run up to the text: its last entry is no headline
    of the text under it (the run is read as before, a header over the text)."""
    names = "甲乙丙丁戊己庚辛壬癸"
    items = "\n".join(f"{k + 1}　东湖区职工驿站（{c}站）" for k, c in enumerate(names))
    text = f"东湖区职工驿站一览\n{items}\n\n　　东湖区总工会在全区建成职工驿站10个，方便户外劳动者歇脚。\n"
    arts = read_page_articles(tmp_path, text, "stations")
    assert all(a[0] != "10 东湖区职工驿站（癸站）" for a in arts)


FLOORS = """[求助经验] 夜班补贴谁来管　[精华]
楼主　滕王阁下钓鱼翁
发表于 2031-6-2 20:10
厂里夜班补贴两个月没发，听说要找工会。
回复　引用　举报　支持(41)　反对(2)
沙发　青山湖边的晓岚
发表于 2031-6-2 20:30
5楼 说得对，我们车间也是这样
回复　引用　举报　支持(3)　反对(0)
3楼　东湖区总工会　　认证：东湖区总工会
发表于 2031-6-3 09:00
回复 沙发 青山湖边的晓岚：补贴问题可拨打12351热线。
"""


def test_a_threads_floor_heads_button_bars_and_addresses_name_nobody(tmp_path: Path) -> None:
    """A floor's head (label and screen name), its button bar and a reply's address are the
    board's furniture; what the floors say stays, a reply's words that open with a floor's
    label included."""
    text = read_page_articles(tmp_path, FLOORS, "floors")[0][2]
    for furniture in ("钓鱼翁", "晓岚", "支持(41)", "反对", "认证"):
        assert furniture not in text
    assert "补贴问题可拨打12351热线" in text and "5楼 说得对" in text and "夜班补贴两个月没发" in text
