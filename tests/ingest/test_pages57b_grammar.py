"""Pages of session 57 (b): a 公文 shown inside an office system's view of it (its menus,
user bar and register fields over the red head), a repost's account line with its
【转载】 label and the poster's region, a portal's comments under their count (27条评论), the
author's other articles, and a unit's 供稿 before the labelled credits in brackets.

All pages here are invented (other places, other names)."""

from __future__ import annotations

from pathlib import Path

from kg.ingest import read_articles
from kg.ingest.bylines import labelled_credit_line
from kg.ingest.document import Block, Document
from kg.ingest.official import read_official
from kg.ingest.page_furniture import opens_comments
from kg.ingest.post_dates import post_date_line
from kg.ingest.textmap import Mapped


def _read(folder: Path, text: str, name: str = "page.txt") -> list:
    page = folder / name
    page.write_text(text, encoding="utf-8")
    return read_articles([str(page)]).articles


_OA = """青岚电力协同办公系统 V3.2　　首页 | 公文管理 | 流程中心 | 个人办公　　[退出]
当前位置：公文管理 > 收文办理 > 已办收文 > 查看正文
当前用户：柯　羽（行政服务部）　　打印时间：2031-09-18 10:12:40　　客户端IP：10.8.1.20
〖小岚〗您好！您有2条待阅公文，点击查看 >>
==============================================================
文件标题：关于2031年“匠心杯”青工技能比武结果的通报
发文字号：青电工〔2031〕7号　　　发文单位：公司工会
成文日期：2031-09-15　　　　　登 记 人：符晓燕
==============================================================

　　　　　　　　青岚电力股份有限公司工会文件

青电工〔2031〕7号　　　　　　　　　　　　签发人：蒲文杰

　　　　　关于2031年“匠心杯”青工技能比武结果的通报

各基层工会：

　　9月9日，公司工会在公司实训基地举办2031年“匠心杯”青工技能比武，48名选手参赛。公司党委副书记、工会主席蒲文杰出席并颁奖。

　　经过角逐，检修分公司代表队获得团体一等奖。

　　　　　　　　　　　　　　　　　　青岚电力股份有限公司工会
　　　　　　　　　　　　　　　　　　　　2031年9月15日

--------------------------------------------------------------
抄送：公司领导班子成员。
--------------------------------------------------------------
青岚电力股份有限公司工会办公室　　　　2031年9月15日印发
--------------------------------------------------------------
"""


def test_a_document_shown_in_an_office_systems_view_is_one_article_under_its_title(tmp_path) -> None:
    arts = _read(tmp_path, _OA)
    assert [a.headline for a in arts] == ["关于2031年“匠心杯”青工技能比武结果的通报"]
    text = arts[0].text
    # the system's user bar, bot and register fields are no text of the document
    assert "柯羽" not in text and "柯　羽" not in text and "行政服务部" not in text
    assert "小岚" not in text and "登 记 人" not in text and "文件标题" not in text
    assert arts[0].reporters == [] and arts[0].photographers == []
    # the rules of its end matter glue to no line
    assert "----" not in text
    # the red head says whose paper it is: the issuer, as a site's header would
    assert "青岚电力股份有限公司工会" in arts[0].furniture


def _blocks(*lines: str) -> list[Block]:
    return [Block(Mapped.of(t), gap=1) for t in lines]


def test_a_red_head_under_a_paragraph_of_prose_opens_no_document() -> None:
    # (the page's own article above it: the lines above are its text, not a system's bars)
    doc = Document(
        _blocks(
            "9月3日，区总工会召开专题会议，传达学习上级工会文件精神，部署下半年重点工作。",
            "青岚区总工会文件",
            "青工发〔2031〕4号",
            "关于开展金秋助学活动的通知",
            "各街道总工会：",
            "现将有关事项通知如下。",
        )
    )
    read_official(doc)
    assert doc.title is None
    assert doc.blocks[0].text.text.startswith("9月3日")


def test_a_system_bar_with_no_red_head_under_it_is_left_to_the_page_reader() -> None:
    doc = Document(_blocks("当前用户：柯羽（行政服务部）", "关于开展金秋助学活动的通知", "现将有关事项通知如下。"))
    read_official(doc)
    assert doc.title is None and len(doc.blocks) == 3


def test_a_reposts_account_line_with_its_bracketed_label_and_region_is_its_date_line() -> None:
    posted = post_date_line("瓯江身边事　【转载】　2031-06-12 07:58　发布于浙江")
    assert posted is not None
    assert posted.date == "2031-06-12" and posted.account == "瓯江身边事" and posted.labelled
    # (a bracketed word that is no post's label keeps the line no date line)
    assert post_date_line("瓯江身边事　【热议】　2031-06-12 07:58　发布于浙江") is None


def test_a_comments_heading_may_print_its_count_before_the_word() -> None:
    assert opens_comments("27条评论　　　　　　最热 | 最新")
    assert opens_comments("5条留言")
    assert not opens_comments("27条评论已删除，涉及广告引流")


_REPOST = """云帆资讯　　首页　推荐　本地　视频　　[ 搜索 ]　　登录 | 注册

瓯江身边事
云帆号 · 地方资讯领域创作者　　粉丝 3.1万
[＋关注]　[私信]

鹿城“爱心驿站”上新 南塘街道职工书屋获评省级示范点

瓯江身边事　【转载】　2031-06-12 07:58　发布于浙江

来源：瓯越晚报（2031年6月11日 A05版）
作者：记者 蔡明溪　通讯员 缪一帆

　　6月10日上午，南塘街道总工会在街道工会驿站举行“爱心驿站”上新仪式，环卫工人、快递员等60余名户外劳动者参加。街道总工会主席柯亦真主持仪式。

　　据介绍，街道职工书屋日前被省总工会命名为省级示范点。

（原文责任编辑：詹一鸣）

作者其他文章
· 6月起，这些公交线路有调整　　2031-06-08

36条评论　　　　　　　　　　最热 | 最新

瓯江老街坊　浙江
驿站真不错，夏天有绿豆汤。
06-12 · 回复 · 赞 21

关中汉子老孟　陕西
西安的驿站也多，这个真是好事。
06-12 · 回复 · 赞 7

查看全部36条评论 >
"""


def test_a_reposts_headline_over_its_account_line_stays_and_its_comments_go(tmp_path) -> None:
    arts = _read(tmp_path, _REPOST)
    assert [a.headline for a in arts] == ["鹿城“爱心驿站”上新 南塘街道职工书屋获评省级示范点"]
    assert sorted(arts[0].reporters) == ["缪一帆", "蔡明溪"]
    text = arts[0].text
    # the readers' comments, their regions and the author's other articles are furniture
    assert "陕西" not in text and "西安" not in text and "瓯江老街坊" not in text
    assert "公交线路" not in text and "发布于" not in text


def test_a_units_contribution_before_labelled_credits_in_brackets_names_no_one() -> None:
    c = labelled_credit_line("（县总工会供稿　文：卓玛央金　图：郑立川）")
    assert c is not None
    assert c.reporters == ["卓玛央金"] and c.photographers == ["郑立川"]
    c = labelled_credit_line("（区总工会办公室报道　摄影：郑立川）")
    assert c is not None and c.reporters == [] and c.photographers == ["郑立川"]
