"""Headlines as a grammar (session 43): short invented pages run through the real reader.

* H1 a related report appended under the article with its bracketed label glued before
  its headline (【相关报道】某某工会…) is an article of its own, the label no word of it;
* H2 a bracketed label quoting a campaign stays with the headline (【“某某”进行时】), but one
  whose words after the quote are a column's (【“某某”典型案例】) is cut like any label;
* H3 an app's activity card: its title over a row of tags glued to its date line (报名中
  亲子　研学　发布于 …) and a counts bar (已报名 80/100　浏览 2,017): the title heads it;
* H4 a replay page's running order (17:00　整点新闻 / 17:25　【栏目】标题 …): the one item
  titled as a story is the headline of the transcript under it, and the reporter whose
  turns it prints (记者 X：…) wrote it.

All text is invented.
"""

from __future__ import annotations

import pytest

from kg.ingest.headlines import clean_headline
from kg.ingest.post_counts import counts_line
from kg.ingest.shapes import tag_row
from kg.ingest.textmap import Mapped

BODY = (
    "　　3月5日，{u}在职工活动中心召开全委（扩大）会议，委员和基层工会负责人共48人参加。\n"
    "　　会议总结了去年工作，部署了今年重点任务，要求各级工会服务职工、建功立业。\n"
)


def _related(label: str, news: str) -> str:
    return (
        "某某职工之家网\n首页 | 工会要闻 | 职工心声\n\n您现在的位置：首页 > 职工心声\n\n"
        "一封来自环卫工人的感谢信\n\n发布时间：2027-03-09 10:15　　来源：区总工会办公室\n\n"
        "尊敬的区总工会领导：\n　　去年冬天，区总工会的同志冒雪来到我们家，送来了慰问金和棉被，我们全家都很感动。\n"
        "　　此致\n敬礼！\n\n━━━━━━━━━━━━━━━━\n\n"
        f"{label}{news}\n\n　　本网讯（通讯员　闵晓川）"
        + BODY.format(u="西塘区总工会").lstrip("　")
        + "\n（文/闵晓川　图/阙小雷）\n\n责任编辑：某某\n"
    )


@pytest.mark.parametrize("label", ["【相关报道】", "[相关新闻]"])
def test_a_bracketed_related_label_glued_before_a_headline(read_page, label: str) -> None:
    news = "区总工会“春送温暖”　走访困难职工215户"
    heads = read_page(_related(label, news))
    assert (news.replace("　", " "), sorted(["闵晓川", "阙小雷"])) in heads


@pytest.mark.parametrize(
    ("line", "head"),
    [
        ("【“法律援助”典型案例】一纸调解书　讨回9名工人工资", "一纸调解书　讨回9名工人工资"),
        ("【“书香工会”快讯】西塘区职工读书月启动", "西塘区职工读书月启动"),
        ("【“书香工会”进行时】西塘区职工读书月启动", "【“书香工会”进行时】西塘区职工读书月启动"),
    ],
)
def test_a_quoted_label_goes_when_it_names_a_column(line: str, head: str) -> None:
    assert clean_headline(Mapped.of(line, 0)).text == head


def _card(tags: str, counts: str) -> str:
    return (
        "职工之家·活动报名　　　　　　··· ⊙\n＜　　　　　活动详情\n\n[活动海报]\n\n"
        "“书香河畔·亲子同读”2027年西塘区职工亲子阅读活动（第三期）\n"
        f"{tags}　　　　　　发布于 2027-06-02 09:30\n\n{counts}\n\n"
        "━━━━ 活动介绍 ━━━━\n"
        "　　暑假到了，区总工会继续推出“职工亲子阅读”服务项目，邀请职工和孩子走进市图书馆，听一堂绘本课。\n"
        "　　本期名额100组，额满即止，报名对象为西塘区各基层工会会员及其子女。\n"
    )


@pytest.mark.parametrize(
    ("tags", "counts"),
    [
        ("报名中　　亲子　阅读　暑期", "已报名 80/100　　　浏览 2,017　　　👍 95"),
        ("报名中　亲子　阅读", "浏览 2,017　　阅读 1,200"),
    ],
)
def test_an_app_cards_title_over_its_tags_and_counts(read_page, tags: str, counts: str) -> None:
    heads = read_page(_card(tags, counts))
    assert heads[0][0] == "“书香河畔·亲子同读”2027年西塘区职工亲子阅读活动（第三期）"


def test_tag_rows_and_counts_bars() -> None:
    assert tag_row("报名中　亲子　研学　暑期")
    assert not tag_row("凝心聚力　共建和谐")  # a slogan's halves
    assert not tag_row("亲子　研学")  # two words: a kicker's shape too
    assert counts_line("已报名 126/150　浏览 3,208")
    assert not counts_line("已报名职工 126人")


def _replay(items: list[str]) -> str:
    order = "\n".join(items)
    return (
        "滨海广播　新闻频率　FM 99.1\n首页　|　直播　|　节目回放\n\n当前位置：首页 > 节目回放 > 午间新闻\n\n"
        "《午间新闻》　2027年6月3日（星期四）12:00—13:00\n上传时间：2027-06-04 09:12　　时长：00:58:36\n\n"
        f"━━ 本期节目单 ━━\n{order}\n\n【文字实录】以下为第15分钟起节目内容的文字整理，仅供参考。\n\n"
        "主持人 晓岚：欢迎收听《午间新闻》。\n"
        "记者 端木青：今天上午，位于港城街道的户外劳动者驿站正式启用，驿站配有空调、冰柜和微波炉。\n"
    )


def test_a_running_orders_story_item_heads_the_transcript(read_page) -> None:
    items = ["12:00　整点新闻", "12:15　【职工天地】港城街道户外劳动者驿站正式启用", "12:30　路况", "12:40　天气预报"]
    assert read_page(_replay(items))[0] == ("港城街道户外劳动者驿站正式启用", ["端木青"])  # (the reporter's turns)


def test_a_running_order_of_two_stories_names_no_headline(read_page) -> None:
    items = ["12:00　整点新闻", "12:15　港城街道户外劳动者驿站正式启用", "12:30　西塘区职工运动会开幕", "12:40　天气"]
    assert read_page(_replay(items))[0][0] != "港城街道户外劳动者驿站正式启用"
