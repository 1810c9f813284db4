"""An e-paper page read in order: a column of briefs (简讯 over ■ items) is an article per
item with no headline (kg.ingest.briefs); a photo's caption wrapped over two lines is one
line (kg.ingest.repair) and, standing apart, goes to the article it shows
(kg.ingest.captions); a page's number alone heads nothing (kg.ingest.pages); a deck's
footer said at the foot of every slide is no text (kg.ingest.running_heads).

All pages here are invented (other places, other names)."""

from __future__ import annotations

from pathlib import Path

from kg.ingest import read_articles
from kg.ingest.briefs import brief_item, briefs_under, is_column_label
from kg.ingest.document import Block
from kg.ingest.running_heads import drop_running_feet
from kg.ingest.textmap import Mapped
from tests.ingest.page_reading import read_page_articles

PAGE = """7
岚溪区职工钳工技能比武落幕
本报讯（记者 欧阳岚 通讯员 卜晓川）6月3日，岚溪区职工钳工技能比武在区职工技能实训中心举行，52名选手参赛。
选手须在两小时内完成锉削加工和配合件装配。来自岚溪精机有限公司的柯望舒获得第一名。
望江街道总工会召开会员代表大会
本报讯（通讯员 蒯立冬）6月2日，望江街道总工会第三次会员代表大会召开，74名会员代表出席。
大会选举产生了新一届委员会，闻人素当选街道总工会主席。
简　讯
■6月4日，岚溪区临江街道总工会举办职工读书分享会，辖区企业40余名职工参加。（通讯员 葛思齐）
■日前，岚溪区总工会与区司法局联合开展送法进园区活动，为120余名职工提供法律咨询。（通讯员 蓝若溪）
6月3日，选手柯望舒在钳工比赛中进行锉削
加工操作。　沈墨白　摄
"""


def test_a_column_of_briefs_is_an_article_per_item_and_a_stray_caption_goes_to_the_article_it_shows(
    tmp_path: Path,
) -> None:
    arts = read_page_articles(tmp_path, PAGE, "epaper")
    assert [(h, people) for h, people, _ in arts] == [
        ("岚溪区职工钳工技能比武落幕", ["卜晓川", "欧阳岚", "沈墨白"]),
        ("望江街道总工会召开会员代表大会", ["蒯立冬"]),
        (None, ["葛思齐"]),
        (None, ["蓝若溪"]),
    ]
    assert "锉削加工操作" in arts[0][2]  # (the caption's two lines are one)
    assert not any("简" in text and "讯" in text for _, _, text in arts)  # (the column's name heads none)


def test_a_page_number_alone_at_the_top_is_no_article(tmp_path: Path) -> None:
    arts = read_page_articles(tmp_path, PAGE, "epaper")
    assert all(text.strip() != "7" for _, _, text in arts)
    assert arts[0][0] == "岚溪区职工钳工技能比武落幕"


def test_a_caption_that_shares_no_words_with_any_article_stays_where_it_stands(tmp_path: Path) -> None:
    page = PAGE.replace(
        "6月3日，选手柯望舒在钳工比赛中进行锉削\n加工操作。", "6月4日，读书分享会现场，职工们交流\n阅读心得。"
    )
    arts = read_page_articles(tmp_path, page, "epaper")
    assert arts[0][1] == ["卜晓川", "欧阳岚"]


def test_briefs_need_a_columns_name_over_bulleted_text() -> None:
    assert is_column_label("简　讯") and is_column_label("工会快讯")
    assert brief_item("■6月4日，某街道总工会举办职工读书分享会，辖区企业40余名职工参加。（通讯员 某某）")
    assert not brief_item("■某街道总工会举办职工读书分享会")  # (a bulleted headline: read as headlines are)
    blocks = [Block(Mapped.of(t)) for t in ("工作动态", "● 强化组织建设", "各级工会要加强自身建设。")]
    assert briefs_under(blocks, 0) == 0  # (a bulleted subhead is no brief)


DECK = """临澜县总工会2031年工作汇报
汇报人：祁远山
临澜县总工会

一、组织建设
新建基层工会12个
临澜县总工会

二、服务职工
送温暖慰问职工860户
临澜县总工会

谢谢！
临澜县总工会
"""


def test_a_footer_said_at_the_foot_of_every_slide_is_no_text(tmp_path: Path) -> None:
    texts = [text for _, _, text in read_page_articles(tmp_path, DECK, "deck")]
    assert "新建基层工会12个" in "".join(texts)
    assert all("临澜县总工会" not in t.replace("临澜县总工会2031年工作汇报", "") for t in texts)


def test_a_line_said_elsewhere_too_or_with_a_date_is_no_footer() -> None:
    def blocks(lines: list[tuple[str, int]]) -> list[Block]:
        return [Block(Mapped.of(t), gap=g) for t, g in lines]

    dated = blocks(
        [("通知一", 0), ("2031年5月6日", 0), ("通知二", 1), ("2031年5月6日", 0), ("通知三", 1), ("2031年5月6日", 0)]
    )
    assert len(drop_running_feet(dated)) == len(dated)
    named = blocks([("临澜县总工会", 0), ("甲", 1), ("临澜县总工会", 0), ("乙", 1), ("临澜县总工会", 0), ("丙", 1)])
    named = [*named, Block(Mapped.of("临澜县总工会"), gap=1), Block(Mapped.of("召开全委会"), gap=0)]
    assert len(drop_running_feet(named)) == len(named)  # (said over a slide's text too: the unit's own line)


def test_a_decks_points_stay_lines_of_their_own(tmp_path: Path) -> None:
    from tests.ingest.test_slide_files import _notes, _pptx, _slide, _sp

    points = [
        "送温暖：慰问困难职工和一线职工860户，发放资金120.5万元",
        "助学：资助困难职工子女96名",
        "新建户外劳动者服务站点18个，总数达到65个",
        "2031年6月8日，临澜县总工会在河口乡承办全市首届职工篮球赛",
        "参赛职工216名，设篮球、拔河等5个项目",
    ]
    slide = _slide(_sp("（二）服务职工", ph="title"), _sp(*points, ph="body"), _sp("临澜市总工会"))
    notes = _notes(_sp("篮球赛开幕式上，市总工会副主席祁远山致辞。", ph="body"))
    title = _slide(_sp("临澜市总工会2031年工作汇报", ph="ctrTitle"), _sp("汇报人：祁远山", ph="subTitle"))
    (tmp_path / "d.pptx").write_bytes(_pptx([title, slide], notes={1: notes}))
    lines = [x for a in read_articles([str(tmp_path / "d.pptx")]).articles for x in a.text.splitlines()]
    assert set(points) <= set(lines)  # (no point runs on into the next)


AD_BOX = """岚溪区总工会开展送清凉活动
本报讯（通讯员 卜晓川）7月8日，岚溪区总工会走进建筑工地，为200余名一线职工送去防暑降温物资。
公益广告
劳动光荣　技能宝贵
岚小工提醒您：遇到欠薪、工伤等烦心事，请拨打12351，工会帮您来维权！
岚小工
岚溪职工报社　宣
"""


def test_an_advertisements_box_is_no_article(tmp_path: Path) -> None:
    arts = read_page_articles(tmp_path, AD_BOX, "page")
    assert [h for h, _, _ in arts] == ["岚溪区总工会开展送清凉活动"]
    assert not any("报社" in text for _, _, text in arts)
