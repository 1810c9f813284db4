# ruff: noqa: E501  (invented pages are written a line of text per line)
"""Articles of two page grammars (session 39), on short invented pages run through the real
reader: which headlines the page is cut under.

* D. a column page of a union's site holding a second, older item under the first one's
  signature and date: its own title line with its own meta line (发布时间：… 来源：…) heads
  an article of its own, although the page is a web article's (one meta line under its
  headline, short lines in its text are subheads).
* R. a weekly round-up: the page's title and meta line, then bulleted items (■ 标题 over
  its text); the first item's title stands right under the page's meta line, where a deck
  would: it heads its own item, the page's title heads the round-up.

Near-misses: a subhead with no meta line stays in its article; a field line (邮政编码：…)
heads nothing; a bulleted deck with no bulleted item after it stays a deck.

All text is invented.
"""

from __future__ import annotations

import pytest

from tests.ingest.page_reading import read_page_articles

_MAST = "雪城工会网\n首页 | 工会动态 | 通知公告 | 网上工会\n\n当前位置：首页 > 通知公告 > 干部任免\n\n"
_FOOT = "\n【打印本页】　　【关闭窗口】\n\n上一篇：市总工会2027年机关公开遴选公告\n\n主办：雪城市总工会　　地址：雪城市中山路××号\n"


def _notice(first: str, second: str, *, post: str = "邮政编码：150001\n", rule: str = "──────────────\n\n") -> str:
    return (
        _MAST
        + f"{first}\n\n发布时间：2027-05-12 17:20　　来源：市总工会组织部　　浏览次数：902\n\n"
        + "　　经市总工会党组会议研究，拟对以下同志任用，现予以公示：\n"
        + "　　邰春林，男，汉族，1980年3月生，现任南岗区总工会副主席，拟任市总工会经费审查委员会办公室主任。\n"
        + "　　公示时间：2027年5月13日至2027年5月19日。\n"
        + "　　受理电话：0451-8461××××\n"
        + post
        + "\n中共雪城市总工会党组\n2027年5月12日\n\n"
        + rule
        + f"{second}\n发布时间：2027-02-20 10:05　　来源：市总工会组织部\n\n"
        + "各区、县（市）总工会，市直各产业工会：\n"
        + "　　经2027年2月18日市总工会党组会议研究决定：\n"
        + "　　任命訾红梅为雪城市总工会法律工作部部长；\n"
        + "　　免去栾海峰的雪城市工人文化宫副主任职务。\n"
        + "　　特此通知。\n\n中共雪城市总工会党组\n2027年2月19日\n"
        + _FOOT
    )


def _roundup(items: list[tuple[str, str]], *, bullet: str = "■", title: str = "一周工会动态（5月10日—5月16日）") -> str:
    body = "".join(f"　　{bullet} {h}\n　　{t}\n\n" for h, t in items)
    return (
        "江城工会网　某某市江城区总工会主办\n首页 | 工会要闻 | 一周动态 | 网上工会\n\n"
        "您现在的位置：首页 > 工会动态 > 一周动态\n\n"
        f"{title}\n\n发布时间：2027-05-17 15:30　来源：区总工会宣传部　阅读次数：512\n\n"
        + body
        + "（区总工会宣传部 整理　编辑：甘露　审核：桂林生）\n\n【打印本页】【关闭窗口】\n"
    )


_ITEMS = [
    (
        "江滨街道快递行业工会联合会成立",
        "5月11日，江滨街道快递行业工会联合会召开第一次会员代表大会，选举邬晓峰为主席，32名代表参加。",
    ),
    ("城南镇开展“送法进企业”活动", "5月12日，城南镇总工会联合江城律师事务所走进工业园区，为60余名职工提供法律咨询。"),
    ("区总工会慰问一线环卫工人", "5月14日，区总工会副主席应立群带队走访环卫作业站点，为120名环卫工人送去清凉用品。"),
]

CASES = [
    # D. a second, older item under the first one's signature and date
    pytest.param(
        _notice("市总工会干部任前公示", "关于訾红梅等同志职务任免的通知"),
        ["市总工会干部任前公示", "关于訾红梅等同志职务任免的通知"],
        id="d1-notice-under-pretenure-notice",
    ),
    pytest.param(
        _notice("区总工会领导干部任前公示", "关于栾海峰同志免职的通知", rule=""),
        ["区总工会领导干部任前公示", "关于栾海峰同志免职的通知"],
        id="d2-no-rule-line-between",
    ),
    pytest.param(
        _notice("市总工会干部任前公示", "关于调整市总工会机关内设机构负责人的通知", post=""),
        ["市总工会干部任前公示", "关于调整市总工会机关内设机构负责人的通知"],
        id="d3-no-field-before-signature",
    ),
    pytest.param(
        _MAST
        + "市总工会召开职工代表座谈会\n\n发布时间：2027-05-12 17:20　　来源：市总工会办公室\n\n"
        + "　　5月12日，市总工会召开职工代表座谈会，30名职工代表参加。\n\n"
        + "职工代表踊跃发言\n\n"
        + "　　会上，来自各行业的职工代表围绕技能提升、权益保障等提出意见建议。\n"
        + _FOOT,
        ["市总工会召开职工代表座谈会"],
        id="d4-near-miss-subhead-without-meta-line",
    ),
    pytest.param(
        _MAST
        + "丰溪县总工会第九次代表大会公报\n\n发布时间：2027-04-02 08:30　　来源：县总工会办公室\n\n"
        + "丰溪县总工会第九次代表大会公报\n（第1号）\n\n"
        + "　　丰溪县总工会第九次代表大会于2027年4月1日在县会议中心召开，正式代表182名出席。\n\n"
        + "　　　　　　　　丰溪县总工会第九次代表大会主席团\n　　　　　　　　　　2027年4月1日\n\n"
        + "丰溪县总工会第九次代表大会公报\n（第2号）\n\n"
        + "　　2027年4月1日下午，丰溪县总工会第九届委员会第一次全体会议选举蒯志强为主席。\n\n"
        + "　　　　　　　　丰溪县总工会第九届委员会第一次全体会议\n　　　　　　　　　　2027年4月1日\n"
        + _FOOT,
        ["丰溪县总工会第九次代表大会公报"],
        id="d5-near-miss-signatures-over-bare-dates",
    ),
    # R. a round-up whose first bulleted item stands where a deck would
    pytest.param(_roundup(_ITEMS), ["一周工会动态（5月10日—5月16日）", *[h for h, _ in _ITEMS]], id="r1-three-items"),
    pytest.param(
        _roundup(_ITEMS[:2], bullet="●", title="基层工会动态（第18期）"),
        ["基层工会动态（第18期）", *[h for h, _ in _ITEMS[:2]]],
        id="r2-two-items-round-bullet",
    ),
    pytest.param(
        _roundup(_ITEMS[1:], bullet="◆"),
        ["一周工会动态（5月10日—5月16日）", *[h for h, _ in _ITEMS[1:]]],
        id="r3-diamond-bullets",
    ),
    pytest.param(
        _MAST
        + "市总工会2027年上半年工作综述\n\n发布时间：2027-07-02 09:00　　来源：市总工会办公室\n\n"
        + "　　■ 强化思想政治引领\n　　上半年，市总工会组织宣讲120余场，覆盖职工3万人次。\n\n"
        + "　　■ 深化产业工人队伍建设改革\n　　全市新建劳模和工匠人才创新工作室15家。\n"
        + _FOOT,
        ["市总工会2027年上半年工作综述"],
        id="r5-near-miss-bulleted-subheads-without-dates",
    ),
    pytest.param(
        _roundup(_ITEMS[:1]),
        ["一周工会动态（5月10日—5月16日）"],
        id="r4-near-miss-one-bulleted-line-is-a-deck",
    ),
]


@pytest.fixture(scope="module")
def headlines(tmp_path_factory):
    folder = tmp_path_factory.mktemp("articles39")

    def run(text: str, name: str) -> list[str]:
        return [h for h, _, _ in read_page_articles(folder, text, name)]

    return run


@pytest.mark.parametrize(("page", "want"), CASES)
def test_headlines_of_later_items(headlines, page: str, want: list[str], request) -> None:
    assert headlines(page, request.node.callspec.id) == want
