"""Session 47's page grammar: a search engine's results page (one article per result), an
episode's page on an audio platform (one article under the episode's title) and a record's
log of dated steps (one article, its steps its text).  All texts invented: other places,
other names, other engines and platforms."""

from __future__ import annotations

from pathlib import Path

import pytest

from kg.ingest.page_furniture import opens_comments
from tests.ingest.page_reading import read_page_articles

RESULTS_PAGE = """搜渡
[ 洛河 总工会 技能比武 2031                ] [搜一下]
网页　新闻　视频　图片　问答　文库　更多
时间不限 ▾　站内检索 ▾
为您找到相关结果约8,400个

洛河市第五届“河洛工匠”职工技能大赛闭幕 - 洛河日报网
9月3日，洛河市第五届“河洛工匠”职工技能大赛在洛河市职工培训基地闭幕，来自全市的212名选手在6个工种中比拼技艺…
洛河日报网　2031年9月3日　快照

【广告】洛河叉车证速成 包过 - 洛河安达培训学校
报名即送实操课时，考证通过率高达96%，咨询热线 0379-6XXX…
www.anda-px.com　广告

西岭区总工会召开第三次代表大会 钱明远当选区总工会主席 - 西岭发布
9月6日，洛河市西岭区总工会第三次代表大会在西岭区会议中心召开，实到代表165名，钱明远当选区总工会主席…
西岭发布　2天前

洛河市总工会_搜渡百科
洛河市总工会是全市职工群众组织，下辖西岭区总工会、东川区总工会…
成立时间：1950年　性质：人民团体
搜渡百科　2030年12月1日

【推广】洛河职工法律援助 免费咨询 - 洛河正衡律师事务所
十年劳动仲裁经验，免费咨询，不成功不收费…
www.zhengheng-law.cn　2031年9月1日

【视频】焊光闪耀！河洛工匠大赛现场　▶ 03:15
大赛现场，选手罗青山在焊接项目中…
播放 2.4万次　　查看更多相关视频 >
洛河视界　2031年9月3日

相关搜索
洛河工匠大赛报名　　　　洛河市总工会地址

< 上一页　1　2　3　下一页 >
©2031 Soudu　使用搜渡前必读
"""


def test_each_news_result_is_an_article_under_its_title(tmp_path: Path) -> None:
    """Each result's title (its source, its tag and its length cut off) heads an article of its
    snippet; the ad is dropped whole; the related searches and the bars head nothing."""
    arts = read_page_articles(tmp_path, RESULTS_PAGE, "results")
    heads = [a[0] for a in arts]
    assert heads == [
        "洛河市第五届“河洛工匠”职工技能大赛闭幕",
        "西岭区总工会召开第三次代表大会 钱明远当选区总工会主席",
        None,
        "焊光闪耀！河洛工匠大赛现场",
    ]
    assert "212名选手" in arts[0][2]
    assert not any("安达" in a[2] or "正衡" in a[2] for a in arts)  # (ads: by their foot or their tag)
    assert not any("相关搜索" in a[2] or "上一页" in a[2] for a in arts)


def test_results_copied_without_blank_lines_are_the_same_articles(tmp_path: Path) -> None:
    """A copy that runs the results together: each still starts at its titled line."""
    text = "\n".join(line for line in RESULTS_PAGE.splitlines() if line.strip())
    heads = [a[0] for a in read_page_articles(tmp_path, text, "results5")]
    assert heads == [a[0] for a in read_page_articles(tmp_path, RESULTS_PAGE, "results6")]


def test_a_reference_card_is_text_under_no_headline(tmp_path: Path) -> None:
    """The engine's encyclopedia card (X_某某百科): its title kept as a line of text, no headline."""
    arts = read_page_articles(tmp_path, RESULTS_PAGE, "results2")
    card = arts[2][2]
    assert card.startswith("洛河市总工会\n") and "下辖西岭区总工会" in card


def test_a_result_dated_only_relatively_takes_the_newest_full_date(tmp_path: Path) -> None:
    from kg.ingest import read_articles

    page = tmp_path / "results3.txt"
    page.write_text(RESULTS_PAGE, encoding="utf-8")
    dates = {a.headline: a.date for a in read_articles([str(page)]).articles}
    assert dates["洛河市第五届“河洛工匠”职工技能大赛闭幕"] == "2031-09-03"
    assert dates["西岭区总工会召开第三次代表大会 钱明远当选区总工会主席"] == "2031-09-03"


def test_two_results_do_not_make_a_results_page(tmp_path: Path) -> None:
    """Fewer than three results with their feet: no results page (read as any page)."""
    text = RESULTS_PAGE.split("洛河市总工会_搜渡百科")[0]
    text = text.replace("西岭区总工会召开第三次代表大会 钱明远当选区总工会主席 - 西岭发布\n", "")
    arts = read_page_articles(tmp_path, text, "results4")
    assert "洛河市第五届“河洛工匠”职工技能大赛闭幕" not in [a[0] for a in arts]


EPISODE_PAGE = """听潮FM　|　发现　订阅　我的　　[下载听潮App]

《江城工语》
江城市临江区总工会 · 职工播客　｜　已订阅 2,108　[＋订阅]

EP.12　从车间到讲台：一位老钳工的退休第一年
时长 36:40　｜　2031-10-09 发布　｜　▶ 3,204 次播放　｜　♥ 188
[分享]　[下载]　[加入播放列表]

【时间轴】
00:00　开场
03:12　潘立军：三十年钳工生涯
12:40　回顾9月18日在临江区职工学校举办的“匠心讲堂”，由临江区总工会主办，共64名职工参加
25:05　结束语

【评论 16】　最热 | 最新
　江边老周　IP属地：湖北
　　听哭了，潘师傅保重。　♥ 32

相关节目
EP.11　外卖骑手的暖心驿站
"""


def test_an_episode_page_is_one_article_under_its_title(tmp_path: Path) -> None:
    """The title over the episode's meta line (its number cut off) heads the one article; the
    chapters' time marks are cut, the comments and related episodes dropped."""
    arts = read_page_articles(tmp_path, EPISODE_PAGE, "episode")
    assert [a[0] for a in arts] == ["从车间到讲台：一位老钳工的退休第一年"]
    text = arts[0][2]
    assert "回顾9月18日在临江区职工学校举办" in text and "12:40" not in text
    assert "江边老周" not in text and "外卖骑手" not in text


def test_an_episode_page_is_dated_by_its_meta_line(tmp_path: Path) -> None:
    from kg.ingest import read_articles

    page = tmp_path / "episode2.txt"
    page.write_text(EPISODE_PAGE, encoding="utf-8")
    assert [a.date for a in read_articles([str(page)]).articles] == ["2031-10-09"]


@pytest.mark.parametrize(
    "line, heads",
    [
        ("【评论 16】　最热 | 最新", True),  # a row of sort toggles after the heading
        ("全部评论（88）　最热 ▾", True),
        ("评论区的故事", False),
    ],
)
def test_a_comment_heading_with_a_row_of_sorts(line: str, heads: bool) -> None:
    assert opens_comments(line) is heads


WORK_ORDER = """江岸市总工会职工服务热线工单系统
工单详情（导出）　　　　　　　　　　[打印] [返回列表]
工单编号：JA-20310311-0021
来电时间：2031-03-11 09:12:40
诉求类型：劳动权益维护 > 拖欠工资
----------------------------------------
【诉求内容】
来电人反映：其所在的江岸鑫达五金制品有限公司拖欠12名工人3个月工资，希望工会帮忙协调。
----------------------------------------
【处理过程】
2031-03-11 10:20　市总工会职工服务中心　派单
　　派单意见：请尽快核实。
2031-03-12 09:30　北湖区总工会　签收
　　签收人：邱志远（区总工会法律工作部部长）
2031-03-16 14:00　调解会
　　地点：北湖区人民政府二楼会议室
　　参加人员：邱志远、企业负责人等，共9人。
2031-03-28 16:00　跟踪
　　企业已支付全部欠薪，职工确认到账。
"""


def test_a_record_with_a_log_of_dated_steps_is_one_article(tmp_path: Path) -> None:
    """Step lines (date, clock, who, what) are the record's text: no headline, no meta line."""
    arts = read_page_articles(tmp_path, WORK_ORDER, "order")
    assert len(arts) == 1
    text = arts[0][2]
    assert "2031-03-16 14:00　调解会" in text or "2031-03-16 14:00 调解会" in text
    assert "2031-03-11 10:20" in text and "签收人：邱志远" in text


def test_two_dated_steps_are_no_log(tmp_path: Path) -> None:
    """Fewer than three step lines: the page is read as any page (no one-article record)."""
    from kg.ingest.step_logs import log_steps

    lines = ["2031-03-11 10:20　市总工会　派单", "派单意见：请尽快核实。", "2031-03-12 09:30　区总工会　签收"]
    assert log_steps(lines) == set()
    assert log_steps([*lines, "2031-03-16 14:00　调解会"]) == {0, 2, 3}


def test_dated_meta_lines_are_no_log() -> None:
    """A page's meta lines opened by their date (2031-03-11 10:20　来源：某某网) are no steps."""
    from kg.ingest.step_logs import log_steps

    lines = ["2031-03-11 10:20　来源：洛河日报", "某某工会举办技能比武。"] * 3
    assert log_steps(lines) == set()


@pytest.mark.parametrize(
    "line, dropped",
    [
        ("[分享]　[下载]　[加入播放列表]", True),
        ("[ 分享给好友 ]　[ 生成海报拉票 ]", True),
        ("[图片]", False),  # (one: a picture's placeholder, read elsewhere)
        ("[通知] 关于举办技能比武的通知", False),
    ],
)
def test_a_row_of_bracketed_buttons(line: str, dropped: bool) -> None:
    from kg.ingest.genre_furniture import genre_line

    assert genre_line(line) is dropped
