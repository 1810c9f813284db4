# ruff: noqa: E501  (invented pages are written a line of text per line)
"""Session 48's page grammar: a log of sent messages saved as CSV (a document per message,
dated by its send time), an export of work logs (documents per log, dated by its head), and a
periodical's printed report (its running head furniture, its title broken over two lines and
closed by a version note).  All texts invented: other places, other names, other platforms."""

from __future__ import annotations

from pathlib import Path

from kg.ingest import read_articles
from kg.ingest.ledgers import looks_like_ledger
from kg.ingest.message_logs import looks_like_message_log
from tests.ingest.page_reading import read_page_articles
from tests.ingest.test_ledgers import LEDGER

SMS_LOG = """临沧市总工会短信平台——发送记录导出
账户：临沧市总工会；子账户：耿马县总工会
序号,发送时间,批次名称,签名,发送对象,提交号码数,成功,失败,计费条数,短信内容,状态,操作员,审核
1,2031-06-02 09:10:00,座谈会通知,【临沧市总工会】,基层工会主席,40,40,0,80,"【临沧市总工会】请各基层工会主席于6月5日9:00到市总工会五楼会议室参加货车司机座谈会，回复1确认。回T退订",发送成功,赵**,钱*
2,2031-06-05 17:00:12,座谈会简讯,【临沧市总工会】,全市工会干部,620,617,3,1240,"【临沧市总工会】今日市总工会召开货车司机座谈会，市总工会副主席杨立群主持，28名货车司机参加。回T退订",部分失败,赵**,钱*
3,2031-06-08 10:00:00,耿马-问候,【耿马县总】,县直会员,900,0,900,0,【耿马县总】端午安康！县总工会祝全县职工节日快乐。回T退订,发送失败（通道拥堵）,耿马-孙**,钱*
4,2031-06-08 11:20:00,耿马-问候（重发）,【耿马县总】,县直会员,900,896,4,896,【耿马县总】端午安康！县总工会祝全县职工节日快乐。回T退订,部分失败,耿马-孙**,钱*
5,2031-06-09 15:00:00,篮球赛延期,【临沧市总工会】,参赛单位,30,—,—,—,【临沧市总工会】原定6月12日在市体育馆举行的职工篮球赛延期。回T退订,已撤回（未发送）,赵**,钱*
6,2031-06-10 08:00:00,测试,【临沧市总工会】,测试号码,1,1,0,1,【临沧市总工会】测试短信，请忽略。,发送成功,admin_lc01,—
合计：6条记录；提交号码数 2491；成功 1554
导出人：lc_admin01（赵**）；导出时间：2031-06-11 09:00:00
"""


def _read(tmp_path: Path, text: str, name: str):
    page = tmp_path / name
    page.write_text(text, encoding="utf-8")
    return read_articles([str(page)]).articles


def test_a_message_log_is_told_by_its_text_and_time_columns() -> None:
    assert looks_like_message_log(SMS_LOG)
    # a work ledger's columns name an activity, no message: it stays a ledger
    assert not looks_like_message_log(LEDGER) and looks_like_ledger(LEDGER)


def test_each_message_is_a_document_dated_by_its_send_time(tmp_path: Path) -> None:
    arts = _read(tmp_path, SMS_LOG, "sms.csv")
    report = next(a for a in arts if "货车司机座谈会，市总工会副主席" in a.text)
    assert report.date == "2031-06-05"  # (its 今日 is the send day, not the export's)
    assert report.headline is None
    assert "回T退订" not in report.text  # the platform's unsubscribe tail
    # the platform's figures and logins are no text of any message
    assert not [a for a in arts if any(w in a.text for w in ("赵**", "617", "部分失败", "admin_lc01"))]


def test_unsent_and_resent_messages(tmp_path: Path) -> None:
    arts = _read(tmp_path, SMS_LOG, "sms.csv")
    # a failed batch resent: the text once, as the resend
    greetings = [a for a in arts if "端午安康" in a.text]
    assert len(greetings) == 1 and greetings[0].date == "2031-06-08" and not greetings[0].unheld
    # withdrawn (never sent) and a test batch: names read, no event
    withdrawn = next(a for a in arts if "篮球赛延期" in a.text)
    assert withdrawn.unheld
    assert all(a.unheld for a in arts if "测试短信" in a.text)
    assert not next(a for a in arts if "今日市总工会召开" in a.text).unheld


WORK_LOGS = """云办公 · 工作台 > 日志 > 导出
导出范围：2031-09-01 至 2031-09-03　共2篇
提交人：褚文静　部门：永德县德党镇人民政府 > 镇总工会
━━━━━━━━━━━━━━━━━━━━
【日报】2031-09-01（周一）　提交于 18:10　接收人：蒋春生
▍今日完成
1. 上午在镇文化站举办职工读书分享会，镇总工会主席蒋春生致辞，35名职工参加；
2. 走访德党村困难职工2户。
▍明日计划
参加县总工会业务培训。
📎 读书会签到表.xlsx
👁 已读 1/1　💬 蒋春生 19:02：辛苦了，照片发群里。
━━━━━━━━━━━━━━━━━━━━
【日报】2031-09-02（周二）　提交于 17:40
▍今日完成
参加县总工会业务培训。
👁 已读 0/1
━━━━━━━━━━━━━━━━━━━━
本周统计：提交2篇　按时率100%
"""


def test_an_export_of_work_logs_is_documents_per_log_dated_by_its_head(tmp_path: Path) -> None:
    arts = read_page_articles(tmp_path, WORK_LOGS, "logs")
    assert [h for h, _, _ in arts] == [None] * len(arts)  # no log head, no field head is a headline
    texts = [t for _, _, t in arts]
    done = next(t for t in texts if "读书分享会" in t)
    # the day's items each open with the log's day; a day part follows it with no comma
    assert "2031年9月1日上午在镇文化站举办职工读书分享会" in done
    assert "2031年9月1日，走访德党村" in done
    # field heads, attachments, read marks and the app's tally are no text
    assert not [t for t in texts if any(w in t for w in ("今日完成", "明日计划", "签到表.xlsx", "已读", "本周统计"))]


def test_a_logs_undone_fields_and_comments_give_names_and_no_event(tmp_path: Path) -> None:
    page = tmp_path / "logs.txt"
    page.write_text(WORK_LOGS, encoding="utf-8")
    arts = read_articles([str(page)]).articles
    plan = next(a for a in arts if "参加县总工会业务培训" in a.text and a.date == "2031-09-01")
    assert plan.unheld and "蒋春生：辛苦了，照片发群里。" in plan.text and "接收人：蒋春生" in plan.text
    assert not next(a for a in arts if "读书分享会" in a.text).unheld
    # the header above the first log says whose logs they are: names, no event
    assert any("永德县德党镇人民政府" in line for line in plan.furniture)
    assert next(a for a in arts if "提交人：褚文静" in a.text).unheld


SURVEY = """《沧源工运》2031年第2期（总第41期）　　　　　　　·专题调研·

关于全县环卫工人休息保障
情况的调研报告（节选）

沧源县总工会调研组

　　为了解环卫工人休息保障情况，县总工会组成调研组，于5月走访环卫作业点14个。
　　5月20日，调研组在勐董镇职工服务站召开环卫工人座谈会，16名环卫工人参加。

— 9 —

《沧源工运》2031年第2期　　　　　　　　　　　　　　·专题调研·

　　调研组建议在城区增设爱心驿站3个，延长开放时间。
（执笔：岩丙　叶春兰　审稿：陶志刚）

— 10 —
"""


def test_a_periodicals_report_is_one_article_under_its_title(tmp_path: Path) -> None:
    arts = read_page_articles(tmp_path, SURVEY, "survey")
    # the title broken over two lines, read across the break and without its version note;
    # the running head repeated at the page break is no headline
    assert [h for h, _, _ in arts] == ["关于全县环卫工人休息保障情况的调研报告"]
    _, credited, text = arts[0]
    assert "沧源工运" not in text and "专题调研" not in text
    assert credited == ["叶春兰", "岩丙"]  # 执笔 credits the writers; 审稿 does not
