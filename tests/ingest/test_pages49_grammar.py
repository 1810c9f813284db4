"""Session 49's page grammar: a monitoring digest's reports (field blocks with a 标题) are
articles of their own, a file of filled forms is one article per form, a subtitle track's
title card heads the video as one article (its stage notes no text, its credits cue read
line by line), an app's meeting transcript is one article under no headline, and a trip
guide's spaced genre closes its cover title.  All texts invented: other places, other
names, other outlets."""

from __future__ import annotations

from pathlib import Path

import pytest

from kg.ingest import read_articles
from kg.ingest.digests import digest_items
from kg.ingest.formats import read_txt
from kg.ingest.forms import form_documents
from kg.ingest.minutes import transcript_turns
from kg.ingest.subtitles import read_subtitles

DIGEST = """内部资料　注意保存

临湘市总工会媒体报道摘编
2031年第9期（总第120期）

临湘市总工会宣传部　　　　　　　　2031年9月3日
━━━━━━━━━━━━━━━━━━━━

一、总体情况

本期共收集涉及我市工会工作的报道36条，其中正面30条，中性5条，负面1条。

二、重点报道

【1】正面　★本单位活动
来源：洞庭晚讯（网络版）　时间：9月2日 08:15
标题：临湘市总工会为环卫工人送上清凉慰问品
摘要：9月1日，临湘市总工会在长安街道职工服务中心开展慰问活动，为120名环卫工人送去慰问品。（记者 龚雨晴 通讯员 鲁小山）
链接：https://www.dongtingwanxun.cn/news/20310902/11.html
转载量：12　　情感倾向：正面

【2】负面
来源：微博　@临湘打工仔（粉丝3000）　时间：9月2日 21:40
标题：（无标题）“干了两个月没发工资”
摘要：博主称在白羊田镇某工地务工被拖欠工资。
转发：40　评论：12　　情感倾向：负面
处置情况：已转市总工会法律服务部，法律援助律师已与其取得联系并协助维权。

【3】正面
来源：桃林新闻客户端　时间：9月2日 16:20
标题：桃林镇总工会召开第三次会员代表大会
摘要：9月2日，桃林镇总工会第三次会员代表大会召开，选举邹国平为桃林镇总工会主席。
大会还表彰了一批优秀工会积极分子。
链接：https://m.taolinxw.cn/a/88211
转载量：5　　情感倾向：正面

编报：市总工会宣传部　　值班编辑：郝一鸣　　审核：祁兰英
报：市总工会党组成员　　送：机关各部室
"""


def test_a_digests_field_blocks_are_its_reports() -> None:
    doc = read_txt(DIGEST)[0]
    items = digest_items(doc.blocks)
    assert items is not None and len(items) == 3
    # a post by a screen name (@某某) or an untitled one is no published report
    assert [x.published for x in items] == [True, False, True]
    # copied without blank lines, each report's tag opens its block
    tight = read_txt(DIGEST.replace("\n\n【", "\n【"))[0]
    assert [x.published for x in digest_items(tight.blocks) or []] == [True, False, True]
    # blocks of fields without a title field, or without a summary, list no reports
    assert digest_items(read_txt(DIGEST.replace("标题：", "题注："))[0].blocks) is None
    assert digest_items(read_txt(DIGEST.replace("摘要：", "说明："))[0].blocks) is None


def test_the_digest_and_each_published_report_are_articles(tmp_path: Path) -> None:
    page = tmp_path / "digest.txt"
    page.write_text(DIGEST, encoding="utf-8")
    arts = read_articles([str(page)]).articles
    assert [a.headline for a in arts] == [
        "临湘市总工会媒体报道摘编",
        "临湘市总工会为环卫工人送上清凉慰问品",
        "桃林镇总工会召开第三次会员代表大会",
    ]
    digest, first, third = arts
    # a report: its summary the text, its 时间 its date in the page's year, its byline its credits
    assert "为120名环卫工人送去慰问品" in first.body and "转载量" not in first.text
    assert first.date == "2031-09-02" and first.reporters == ["龚雨晴", "鲁小山"]
    assert third.date == "2031-09-02" and "选举邹国平" in third.body
    assert "优秀工会积极分子" in third.body  # (a summary wrapped onto an unlabelled line)
    # the user's post and the compiler's remarks stay the digest's text, the fields do not
    assert "白羊田镇某工地" in digest.body and "法律服务部" in digest.body
    assert "无标题" not in digest.body and "@临湘打工仔" not in digest.body
    assert "为120名环卫工人" not in digest.body
    # the compiler's foot (编报：… 值班编辑：X 审核：Y) is furniture
    assert "郝一鸣" not in digest.body and "编报" not in digest.body


FORMS = """附件3

2031年湖南省五一劳动奖章（个人）推荐审批表

推荐单位（盖章）：临湘市总工会　　　　填表日期：2031年3月2日
姓　　名\t晏春生\t性　　别\t男
工作单位及职务\t临湘市长岭化工有限公司合成车间主任
主要事迹（限1500字）
　　晏春生同志扎根一线二十年，带领车间攻克技术难题，年节约成本800万元。
单位意见\t同意推荐。

——————（分页符）——————

2031年湖南省工人先锋号（集体）推荐审批表

推荐单位（盖章）：临湘市总工会　　　　填表日期：2031年3月2日
集体名称\t临湘市长岭化工有限公司质检班
主要事迹（限800字）
　　质检班负责全厂原料和成品检验，连续五年无质量事故。
单位意见\t同意推荐。
"""


def test_a_file_of_forms_is_one_article_per_form_title(tmp_path: Path) -> None:
    docs = form_documents(read_txt(FORMS)[0])
    assert docs is not None and [d.title.text for d in docs if d.title] == [
        "2031年湖南省五一劳动奖章（个人）推荐审批表",
        "2031年湖南省工人先锋号（集体）推荐审批表",
    ]
    page = tmp_path / "forms.txt"
    page.write_text(FORMS, encoding="utf-8")
    arts = read_articles([str(page)]).articles
    assert [a.headline for a in arts] == [d.title.text for d in docs if d.title]
    assert "晏春生同志" in arts[0].body and "质检班负责" in arts[1].body
    assert not any("附件3" in a.text for a in arts)


def test_a_form_word_in_a_sentence_or_over_a_sentence_opens_no_form() -> None:
    # a notice's line naming a form, over prose, is no form's title
    notice = "关于报送2031年先进个人推荐审批表\n\n各基层工会：请于3月10日前将推荐审批表报市总工会组织部。\n"
    assert form_documents(read_txt(notice)[0]) is None


SRT = """1
00:00:00,000 --> 00:00:02,500
[片头音乐]
江陵工会 · 微视频

2
00:00:02,600 --> 00:00:05,800
稻田里的技能比武
——江陵县2031年农机操作技能竞赛侧记

3
00:00:06,000 --> 00:00:09,000
9月5日，秋收在即，
熊河镇的稻田里机声隆隆。

4
00:00:09,100 --> 00:00:12,000
江陵县总工会举办农机操作技能竞赛，
42名农机手参赛。

5
00:00:12,500 --> 00:00:14,000
[画面：收割机驶过田埂]
♪～

6
00:00:14,500 --> 00:00:17,000
左文杰
县总工会副主席

7
00:00:17,100 --> 00:00:20,000
比赛让农机手们比出了干劲。

8
00:00:21,000 --> 00:00:24,000
编导：覃思远
摄像：伍浩然  柯雨桐

9
00:00:24,100 --> 00:00:26,000
剪辑：尹佳宁

10
00:00:26,100 --> 00:00:28,000
江陵县总工会 2031年9月
"""


def test_a_title_card_heads_the_track_as_one_article() -> None:
    doc = read_subtitles(SRT)[0]
    assert doc.title is not None and doc.title.text == "稻田里的技能比武"
    assert doc.one_article and doc.furniture[0] == "江陵工会 · 微视频"
    texts = [b.text.text for b in doc.blocks]
    # the subtitle after the dash is the first line of text, no stage note is
    assert texts[0] == "江陵县2031年农机操作技能竞赛侧记"
    assert not any(w in t for t in texts for w in ("片头音乐", "画面", "♪"))
    # a credits cue's labelled lines are a line each, as the screen shows them
    assert "编导：覃思远" in texts and "摄像：伍浩然 柯雨桐" in texts
    # the sign-off under the credits dates the video and is no text
    assert doc.date == "2031-09" and not any("2031年9月" in t for t in texts)


def test_a_videos_writer_director_and_camera_are_its_credits(tmp_path: Path) -> None:
    page = tmp_path / "video.srt"
    page.write_text(SRT, encoding="utf-8")
    arts = read_articles([str(page)]).articles
    assert [a.headline for a in arts] == ["稻田里的技能比武"]
    art = arts[0]
    assert art.reporters == ["覃思远"] and art.photographers == ["伍浩然", "柯雨桐"]
    assert "尹佳宁" not in art.reporters  # (剪辑 edits: credited to no one)
    assert "左文杰" in art.body  # (a lower third heads no article of its own)


MINUTES = """江陵县总工会三季度工作推进视频会
智能纪要　|　由 AI 生成，内容仅供参考

会议主题：江陵县总工会三季度工作推进视频会
会议时间：2031/07/08 09:30-09:45
参会人（4）：左文杰（县总）、熊河镇总工会-龚平、会议室大屏、用户5521
录制时长：00:03:40　　导出时间：2031-07-09 10:12

【AI 摘要】
1. 熊河镇总工会7月2日举办职工篮球赛。

【转写全文】

左文杰（县总）  00:00:12
好，开始吧。先说一下熊河镇的篮球赛。

熊河镇总工会-龚平  00:01:05
我们七月二号办的，来了十二个队。

会议室大屏  00:02:30
声音有点小。

左文杰（县总）  00:03:10
行，今天就到这儿。
"""


def test_an_apps_meeting_transcript_is_one_article_under_no_headline(tmp_path: Path) -> None:
    lines = [b.text.text for b in read_txt(MINUTES)[0].blocks]
    assert len(transcript_turns(lines)) == 4
    page = tmp_path / "minutes.txt"
    page.write_text(MINUTES, encoding="utf-8")
    arts = read_articles([str(page)]).articles
    assert len(arts) == 1 and arts[0].headline is None
    assert "十二个队" in arts[0].body
    # dated by the meeting (its 七月二号 was said that day), not by the export
    assert arts[0].date == "2031-07-08"


@pytest.mark.parametrize(
    "lines",
    [
        [
            "2031-07-08 09:30:12 龚平",
            "收到",
            "2031-07-08 09:31:40 左文杰",
            "好的",
            "2031-07-08 09:32:05 龚平",
            "1",
        ],  # a chat's heads open with a date
        ["会议时间：09:30:00", "签到：09:25:00", "散会：11:00:00"],  # fields, no display names
    ],
)
def test_dated_or_labelled_lines_are_no_transcript_turns(lines: list[str]) -> None:
    assert transcript_turns(lines) == []


GUIDE = """安顺市总工会2031年劳模疗休养（第三期）

出　行　指　南
（请随身携带）

团　　名：安顺市劳模疗休养第三期
时　　间：2031年6月10日—6月14日

一、工作人员

领　　队：柏秀英　市总工会副主席
"""


def test_a_trip_guides_spaced_genre_closes_its_cover_title(tmp_path: Path) -> None:
    page = tmp_path / "guide.txt"
    page.write_text(GUIDE, encoding="utf-8")
    arts = read_articles([str(page)]).articles
    assert [a.headline for a in arts] == ["安顺市总工会2031年劳模疗休养（第三期）出行指南"]
