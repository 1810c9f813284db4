# ruff: noqa: E501  (invented pages are written a line of text per line)
"""Headlines and credits of three page grammars (session 37, round 2), on short invented
pages run through the real reader.

* A. an app's share page: the app's own name alone over its prompt (某某头条 / 打开APP
  阅读体验更佳) is the app's masthead, no headline; the account line names its channel
  (某某头条·某某频道 1.2万粉丝 ＋关注);
* B. a closing source line that names the original's people after its outlet (本文来源：某报
  通讯员 X Y 文/图): they wrote it, and took its pictures;
* C. a profile's two-line headline (title over ——记…, its subtitle) with an editor's note
  (【编者按】…) before the byline: one article, headed by the title, credited to the byline.

All text is invented.
"""

from __future__ import annotations

import pytest

from tests.ingest.page_reading import read_page_articles


@pytest.fixture(scope="module")
def read_page(tmp_path_factory):
    """Read a page as the build does: [(headline, credited people sorted)]."""
    folder = tmp_path_factory.mktemp("pages37b")

    def run(text: str, name: str):
        return [(h, people) for h, people, _ in read_page_articles(folder, text, name)]

    return run


def _lead(u: str, n: int) -> str:
    return f"　　6月3日，{u}举办职工技能比武，{n}余名职工参加。比赛设电工、焊工两个项目，参赛职工同台竞技。\n"


def _app(app: str, head: str, channel: str, closing: str) -> str:
    return (
        f"{app}\n打开APP 阅读体验更佳　　　　【打开】\n\n{head}\n\n{app}·{channel}　　3.4万粉丝　　＋关注\n"
        f"2027-06-04 09:12　发布于江西　　阅读 1.2万\n\n"
        + _lead("九江市总工会", 120)
        + "\n展开全文 ∨\n\n"
        + closing
        + "\n责编：某某\n"
    )


CASES = [
    # A. the app's name over its prompt; the account line with a channel after ·
    pytest.param(
        _app("工友快讯", "九江“暖新”行动走进濂溪　300名骑手入会", "江西频道", "（记者 漆文亮）"),
        [("九江“暖新”行动走进濂溪 300名骑手入会", ["漆文亮"])],
        id="a1-app-name-over-prompt",
    ),
    pytest.param(
        _app("职工资讯", "赣州市总工会为货车司机送清凉", "赣南频道", "（通讯员 钟秀兰）"),
        [("赣州市总工会为货车司机送清凉", ["钟秀兰"])],
        id="a2-app-name-plain-headline",
    ),
    pytest.param(
        _app("劳动头条", "上饶：户外劳动者驿站提质　新增驿站46个", "上饶号", "（记者 饶海平 摄）"),
        [("上饶：户外劳动者驿站提质 新增驿站46个", ["饶海平"])],
        id="a3-app-name-spaced-headline",
    ),
    pytest.param(
        "工会新闻网\n宜春市总工会开展送法进企业活动\n\n" + _lead("宜春市总工会", 80) + "（记者 袁小梅）\n",
        [("宜春市总工会开展送法进企业活动", ["袁小梅"])],
        id="a4-near-miss-site-name-no-prompt",
    ),
    # B. 本文来源 + role + names + 文/图
    pytest.param(
        _app(
            "工友快讯",
            "萍乡市总工会举办职工运动会",
            "江西频道",
            "本文来源：萍乡职工报　　通讯员　彭安源　邹可欣　文/图",
        ),
        [("萍乡市总工会举办职工运动会", ["彭安源", "邹可欣"])],
        id="b1-source-role-two-names-text-photo",
    ),
    pytest.param(
        _app("职工资讯", "抚州市总工会慰问环卫工人", "抚州号", "本文来源：抚州工人报　记者　揭春华　文/图"),
        [("抚州市总工会慰问环卫工人", ["揭春华"])],
        id="b2-source-reporter-text-photo",
    ),
    pytest.param(
        "吉安市总工会举办劳模宣讲会\n\n" + _lead("吉安市总工会", 90) + "\n来源：井冈工人报　通讯员　肖泰和　文/图\n",
        [("吉安市总工会举办劳模宣讲会", ["肖泰和"])],
        id="b3-plain-page-source-line",
    ),
    pytest.param(
        "景德镇市总工会举办陶瓷技能大赛\n\n" + _lead("景德镇市总工会", 60) + "\n本文来源：昌江职工报\n",
        [("景德镇市总工会举办陶瓷技能大赛", [])],
        id="b4-near-miss-source-alone",
    ),
    pytest.param(
        _app("劳动头条", "新余市总工会开展金秋助学", "新余号", "本文来源：新余日报　　通讯员　简乐平　摄"),
        [("新余市总工会开展金秋助学", ["简乐平"])],
        id="b5-source-photo-only",
    ),
    # C. title over ——记 subtitle, editor's note before the byline
    pytest.param(
        "陕西职工网\n\n钢花映初心　巧手铸重器\n——记全国五一劳动奖章获得者、宝鸡某某公司车间主任麻建秦\n\n发布时间：2027-04-20 08:30　　来源：三秦工人报　　作者：武小雨 屈安宁\n\n"
        "【编者按】“五一”国际劳动节即将到来，本报今起开设专栏，讲述劳模工匠的奋斗故事。\n\n　　本报记者 武小雨　通讯员 屈安宁\n\n"
        + _lead("宝鸡市总工会", 50)
        + "　　图为麻建秦在车间。（通讯员 屈安宁 摄）\n",
        [("钢花映初心 巧手铸重器", ["屈安宁", "武小雨"])],
        id="c1-subtitle-note-byline",
    ),
    pytest.param(
        "匠心守护万家灯火\n——记省劳动模范、某某供电公司运维班班长符海涛\n\n【编者的话】本报推出“劳模风采”专栏，今天刊发第三篇。\n\n　　本报记者 冼丽娜\n\n"
        + _lead("海口市总工会", 40),
        [("匠心守护万家灯火", ["冼丽娜"])],
        id="c2-subtitle-editors-words",
    ),
    pytest.param(
        "银针传仁心　妙手暖职工\n——记市五一劳动奖章获得者、县医院护士长聂晓芬\n\n　　本报通讯员 莫春林\n\n"
        + _lead("柳州市总工会", 30),
        [("银针传仁心 妙手暖职工", ["莫春林"])],
        id="c3-slogan-shaped-title-with-subtitle",
    ),
    pytest.param(
        "【编者按】今年以来，各地工会积极开展送温暖活动，本报今起推出系列报道。\n\n　　本报记者 蒙晓东\n\n"
        + _lead("桂林市总工会", 70),
        [(None, ["蒙晓东"])],
        id="c4-note-then-byline-one-article",
    ),
    pytest.param(
        "劳动创造幸福　实干成就梦想\n\n南宁市总工会举办职工技能大赛\n\n　　本报记者 韦丽萍\n\n"
        + _lead("南宁市总工会", 90)
        + "\n柳州市总工会开展送清凉活动\n\n　　本报记者 覃海洋\n\n"
        + _lead("柳州市总工会", 60),
        [("南宁市总工会举办职工技能大赛", ["韦丽萍"]), ("柳州市总工会开展送清凉活动", ["覃海洋"])],
        id="c5-near-miss-slogan-over-two-articles",
    ),
]


# after the fixes: the same grammars in other forms, and near-misses of the new rules
CASES += [
    pytest.param(
        "打开APP 阅读体验更佳\n工会夜市点亮生活\n\n" + _lead("海口市总工会", 300) + "（记者 符海英）\n",
        [("工会夜市点亮生活", ["符海英"])],
        id="d1-near-miss-short-headline-over-prompt",
    ),
    pytest.param(
        "初心如磐守万家\n—访省劳动模范、某某燃气公司抢修班班长訾振东\n\n编者按：本报推出“身边的劳模”系列报道。\n\n　　本报记者 亓春华\n\n"
        + _lead("淄博市总工会", 40),
        [("初心如磐守万家", ["亓春华"])],
        id="d3-single-dash-interview-colon-note",
    ),
    pytest.param(
        "潍坊市总工会举办职工书画展\n\n"
        + _lead("潍坊市总工会", 90)
        + "\n来源：鸢都职工报　记者　逄丽君　通讯员　郝海涛\n",
        [("潍坊市总工会举办职工书画展", ["逄丽君", "郝海涛"])],
        id="d4-source-two-roles",
    ),
    pytest.param(
        "日照市总工会开展安康杯竞赛\n\n" + _lead("日照市总工会", 70) + "\n本文来源：黄海职工报　　作者：厉海宁\n",
        [("日照市总工会开展安康杯竞赛", ["厉海宁"])],
        id="d5-source-then-author-field",
    ),
]


@pytest.mark.parametrize(("page", "want"), CASES)
def test_headlines_and_credits(read_page, request, page: str, want: list) -> None:
    got = read_page(page, request.node.callspec.id)
    assert got == [(h, sorted(p)) for h, p in want]
