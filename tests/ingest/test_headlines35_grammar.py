"""Headlines and credits as a grammar (session 35): short invented pages run through the
real reader, checking the articles that come out, their headlines and whom each credits.

* H1 a 公报 prints its title over the meta line and again over its text, with its serial
  number under it (（第1号）): one title said twice is no contents list, and the number is
  no part of the headline;
* H2 an interview page puts the item's particulars under its headline as labelled fields
  (访谈嘉宾：…, 访谈时间：…, 访谈地点：…): they are no titles, the headline stays;
* H3 an interview's crew line (主持：X　摄像：Y Z　文字整理：W　后期：V): the host and the one
  who wrote it up are writers, the camera people photographers, post-production no one;
* H4 a yearbook's running heads put the page number between dots on both sides (· 30 ·
  书名 / 栏目 · 31 ·): each such line goes, whatever its words; the section closes with
  its drafter (（撰稿：X　审稿：Y）): X wrote it, Y only checked it.

All text is invented.
"""

from __future__ import annotations

import pytest

from kg.ingest import read_articles

BODY = (
    "　　{u}第八次代表大会于2027年4月12日在{v}召开。大会应到代表180名，实到代表172名。\n"
    "　　大会选举产生了新一届委员会，号召全体职工建功立业。\n"
)


def _gongbao(title: str, u: str, v: str, mark: str = "（第1号）") -> str:
    return (
        f"某某工会网\n首页 > 工会要闻\n\n{title}\n\n发布时间：2027-04-13 09:00　　来源：办公室\n\n"
        f"{title}\n{mark}\n\n" + BODY.format(u=u, v=v)
    )


def _interview(head: str, who: str) -> str:
    return (
        f"某某网　城市门户\n首页 | 访谈\n\n{head}\n\n2027-05-10 10:00　　来源：某某网\n\n"
        f"访谈嘉宾：{who}　市总工会主席\n访谈时间：2027年5月8日上午\n访谈地点：某某网演播厅\n\n"
        f"记者：{who[0]}主席您好，今年工会驿站建得怎么样？\n\n"
        f"{who}：全市已建成工会驿站200个，去年服务户外劳动者30万人次。\n\n"
    )


def _yearbook(left: str, right: str, close: str) -> str:
    return (
        f"· 12 ·　　　　　　{left}\n\n大　事　记\n\n（2026年）\n\n1月\n\n"
        "1月9日　县总工会召开全委（扩大）会议，县总工会委员等80人参加。\n\n"
        f"{right}　　　　　　· 13 ·\n\n2月\n\n"
        "2月20日　县总工会召开机关干部大会，宣布县委任免决定。\n\n"
        f"· 14 ·　　　　　　{left}\n\n3月\n\n"
        "3月6日　县总工会女职工委员会举办女职工读书分享会，60余人参加。\n\n"
        f"{close}\n"
    )


CASES = [
    # H1
    pytest.param(
        _gongbao("缙云县总工会第八次代表大会公报", "缙云县总工会", "缙云县会议中心"),
        [("缙云县总工会第八次代表大会公报", [])],
        id="h1-gongbao-first",
    ),
    pytest.param(
        _gongbao("松阳县总工会第八次代表大会公报", "松阳县总工会", "松阳县大会堂", "(第2号)"),
        [("松阳县总工会第八次代表大会公报", [])],
        id="h1-gongbao-second-halfwidth",
    ),
    pytest.param(
        _gongbao("宁海县教育工会第八次会员代表大会公报", "宁海县教育工会", "宁海中学报告厅", "（第一号）"),
        [("宁海县教育工会第八次会员代表大会公报", [])],
        id="h1-gongbao-hanzi-number",
    ),
    # H2
    pytest.param(
        _interview("【对话一把手】市总工会主席欧阳春明：让职工少跑腿", "欧阳春明"),
        [("市总工会主席欧阳春明：让职工少跑腿", [])],
        id="h2-interview-column-colon",
    ),
    pytest.param(
        _interview("区总工会主席仇立新：驿站建在家门口", "仇立新"),
        [("区总工会主席仇立新：驿站建在家门口", [])],
        id="h2-interview-plain",
    ),
    pytest.param(
        _interview("【访谈】把服务送到一线", "钮建华"),
        [("把服务送到一线", [])],
        id="h2-interview-no-colon",
    ),
    # H3
    pytest.param(
        _interview("【对话一把手】市总工会主席冉光荣：技能比武是抓手", "冉光荣")
        + "主持：上官晓雯　　摄像：卜家豪　庞一帆　　文字整理：阙小棠　　后期：欧阳明\n责任编辑：林某某\n",
        [("市总工会主席冉光荣：技能比武是抓手", ["上官晓雯", "卜家豪", "庞一帆", "阙小棠"])],
        id="h3-crew-line",
    ),
    pytest.param(
        _interview("区总工会主席佘红梅：入会就在指尖", "佘红梅") + "主持：缪晓岚　摄像：印志强　后期：戚文\n",
        [("区总工会主席佘红梅：入会就在指尖", ["缪晓岚", "印志强"])],
        id="h3-crew-short",
    ),
    # H4
    pytest.param(
        _yearbook("岳西工会年鉴（2027）", "大事记", "（撰稿：储文静　审稿：汪某某）"),
        [("大 事 记", ["储文静"])],
        id="h4-yearbook-dots",
    ),
    pytest.param(
        _yearbook("金寨工会年鉴（2027）", "工会大事记", "（撰稿：詹小舟）"),
        [("大 事 记", ["詹小舟"])],
        id="h4-yearbook-section-name",
    ),
    pytest.param(
        _yearbook("霍邱工会年鉴", "大事记", "（撰稿：皇甫秋云　审稿：某某某）"),
        [("大 事 记", ["皇甫秋云"])],
        id="h4-yearbook-compound-drafter",
    ),
]


@pytest.mark.parametrize(("text", "want"), CASES)
def test_headlines_and_credits(read_page, text: str, want) -> None:
    assert read_page(text) == [(h, sorted(p)) for h, p in want]


@pytest.mark.parametrize("heading", ["3月", "12月", "三月", "（2026年）", "2026年", "5月份"])
def test_a_period_heading_stays_apart_from_the_entry(tmp_path, heading: str) -> None:
    """A chronicle's heading of a month or a year is a line of its own: joined to the entry
    under it, it would make 3月3月6日 of the entry's day."""
    page = tmp_path / "chronicle.txt"
    entry = "3月6日　县总工会女职工委员会举办女职工读书分享会，60余人参加。"
    page.write_text(f"大事记\n\n1月9日　县总工会召开全委会议。\n\n{heading}\n\n{entry}\n", encoding="utf-8")
    text = "\n".join(a.text for a in read_articles([str(page)]).articles)
    assert "\n3月6日" in text
