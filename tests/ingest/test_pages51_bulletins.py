"""A bulletin of one item: its masthead's name, broken over two lines above its issue line,
heads the one article its sections make (kg.ingest.bulletins); a workbook's tab name over
the title row that repeats it whole is no headline (kg.ingest.headlines).

All pages and workbooks here are invented (other places, other names)."""

from __future__ import annotations

from pathlib import Path

from kg.ingest import read_articles
from tests.ingest.page_reading import read_page_articles
from tests.ingest.workbooks import workbook

ONE_ITEM = """━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━
      岚溪港区“奋战九十天·确保二期投产”
               劳动竞赛简报

                  第 3 期
              （总第 12 期）

  岚溪港区项目联合工会　　　　　　2031年5月20日
━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━

★ 竞赛口号：抢工期　保安全　创精品
★ 本期统计周期：2031年5月1日—5月15日

【一、本期综述】

    本期全港区各参建单位克服连续降雨影响，完成产值3120万元，占本期计划的
102.5%。二号泊位沉箱安装全部完成。

【二、评比结果】

  ◆ 流动红旗（标段）：GK-1标　海澜港航工程有限公司
  ◆ 进步奖（标段）：GK-3标

【三、竞赛活动】

  ▲ 5月9日，“巧手绑扎”钢筋技能比武在GK-2标加工场举行，36名技术工人参赛。
    GK-2标钢筋工柯望舒、GK-1标钢筋工简立秋分获两个组别第一名。

  口号：大干九十天，二期保投产！

──────────────────────────────
  抄送：岚溪港区投资有限公司，各参建单位工会
  编辑：甄小岚　　审核：蒲望　　签发：柏远航
"""

TWO_ITEMS = """         工会工作快报

            第 5 期

  岚溪区总工会办公室编印　　　　2031年6月3日
━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━

岚溪区举办第二届职工厨艺大赛

6月1日，岚溪区第二届职工厨艺大赛在区职工之家举行，28名职工参赛。

东湖街道成立外卖骑手工会联合会

6月2日，东湖街道外卖骑手工会联合会成立大会召开，选举产生第一届委员会。
"""


def test_a_bulletin_of_one_item_is_one_article_under_its_name(tmp_path: Path) -> None:
    arts = read_page_articles(tmp_path, ONE_ITEM, "bulletin")
    assert [a[0] for a in arts] == ["岚溪港区“奋战九十天·确保二期投产”劳动竞赛简报"]
    assert "分获两个组别第一名" in arts[0][2]  # (its sections are its own text)
    assert "第 3 期" not in arts[0][2]


def test_a_bulletin_whose_items_have_headlines_keeps_them(tmp_path: Path) -> None:
    arts = read_page_articles(tmp_path, TWO_ITEMS, "quick")
    assert arts[0][0] == "岚溪区举办第二届职工厨艺大赛"  # (not the bulletin's name)


def test_a_sheet_tab_over_the_title_row_repeating_it_is_no_headline(tmp_path: Path) -> None:
    scores = [
        ["附件3"],
        ["2031年岚溪区“匠心杯”职工插花技能竞赛成绩汇总表"],
        ["序号", "姓名", "工作单位", "总成绩", "名次"],
        [1, "柯望舒", "岚溪区花卉市场", 93.5, 1],
        [2, "简立秋", "岚溪区园林绿化所", 90.25, 2],
    ]
    notes = [
        ["关于2031年岚溪区“匠心杯”职工插花技能竞赛成绩的说明"],
        ["一、本次竞赛由岚溪区总工会主办，共有12名职工参赛。"],
    ]
    (tmp_path / "scores.xlsx").write_bytes(workbook(("竞赛成绩汇总", scores), ("说明", notes)))
    arts = read_articles([str(tmp_path)]).articles
    assert [a.headline for a in arts] == [
        "2031年岚溪区“匠心杯”职工插花技能竞赛成绩汇总表",
        "关于2031年岚溪区“匠心杯”职工插花技能竞赛成绩的说明",
    ]


SCHEDULE = """关于举办2031年岚溪区职工技能竞赛的通知

各街道总工会：
    为弘扬工匠精神，区总工会决定举办2031年岚溪区职工技能竞赛。各赛项安排如下：
赛项\t比赛日期\t比赛地点\t承办单位
西点制作（中式面点师）\t7月10日\t岚溪区职工文化活动中心\t岚溪母亲河烘焙食品有限公司
电工\t7月11日\t东湖新区技能实训中心\t岚溪供电服务有限公司、东湖新区总工会
注：如遇暴雨等极端天气顺延，以组委会通知为准。
"""

SCORES = """2031年岚溪区职工插花技能竞赛成绩
主办单位：岚溪区总工会　　承办单位：岚溪区花卉协会　　比赛地点：岚溪区职工之家
比赛日期\t2031-05-16\t\t公示期：2031年5月20日至5月26日
序号\t姓名\t工作单位\t总成绩\t名次
1\t柯望舒\t岚溪区花卉市场\t93.5\t1
2\t简立秋\t岚溪区园林绿化所\t90.25\t2
3\t蒲远山\t岚溪区东湖街道社区服务中心\t88.75\t3
合计\t3人\t\t272.5
"""


def _lines(tmp_path: Path, text: str, name: str) -> list[str]:
    return read_page_articles(tmp_path, text, name)[0][2].split("\n")


def test_unnumbered_rows_of_as_many_cells_are_a_row_each(tmp_path: Path) -> None:
    lines = _lines(tmp_path, SCHEDULE, "schedule")
    assert "西点制作（中式面点师） 7月10日 岚溪区职工文化活动中心 岚溪母亲河烘焙食品有限公司" in lines
    assert "电工 7月11日 东湖新区技能实训中心 岚溪供电服务有限公司、东湖新区总工会" in lines
    assert "注：如遇暴雨等极端天气顺延，以组委会通知为准。" in lines  # (the table's note under its last row)


def test_a_head_row_over_numbered_rows_opens_its_line(tmp_path: Path) -> None:
    lines = _lines(tmp_path, SCORES, "scores")
    assert "序号 姓名 工作单位 总成绩 名次" in lines
    assert "合计 3人 272.5" in lines  # (the total under the last numbered row)


DECISION = """— 1 —
岚溪市总工会文件
岚工发〔2031〕5号
关于表彰2030年度岚溪市“五一劳动奖章”的决定
各县（市、区）总工会：
    2030年，全市广大职工在推动高质量发展中建功立业，涌现出一批先进个人。
经研究，市总工会决定授予柯望舒等6名职工“岚溪市五一劳动奖章”。
岚溪市总工会
岚工发〔2031〕5号
— 2 —
    希望受到表彰的个人珍惜荣誉，再创佳绩。
岚溪市总工会
2031年4月20日
"""


def test_an_official_papers_number_said_again_over_a_later_page_is_its_running_head(tmp_path: Path) -> None:
    arts = read_page_articles(tmp_path, DECISION, "decision")
    assert [a[0] for a in arts] == ["关于表彰2030年度岚溪市“五一劳动奖章”的决定"]
    text = arts[0][2]
    assert "岚工发" not in text
    assert text.count("岚溪市总工会\n") <= 1  # (the signature stays; the head over page 2 goes)
