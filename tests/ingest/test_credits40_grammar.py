"""Credits of two page grammars (session 40), on short invented pages run through the real
reader, and the forms they rest on.

* L. a news site's text live blog (图文直播): its headline, a status line (直播时间：… 状态：…
  参与：…), the byline ``记者 X Y 现场报道`` (现场 says how it was reported: no one), the
  entries newest first, photos captioned ``[图片]　caption。通讯员 Z 摄`` (Z took the photo), the
  end mark ——直播结束——, an editor's footer, readers' comments under 网友评论（共N条） and a
  list of the site's other live blogs (相关直播).
* P. a journal article as its PDF's text: the title, a ——subtitle, the authors marked with
  their affiliations (A¹，B²) and the affiliations under them: the authors are the article's
  writers; its reference list (参考文献： [1] …) names cited authors and journals, no one of the
  article.

All text is invented.
"""

from __future__ import annotations

import pytest

from kg.ingest.bylines import byline_at_start, is_credit, people_line
from kg.ingest.credit_names import marked_authors
from tests.ingest.page_reading import read_page_articles

_LIVE = (
    "汶水网 | 汶水晚报官方网站　　首页　新闻　直播　[登录]\n"
    "当前位置：汶水网 > 直播 > 图文直播\n\n"
    "【图文直播】汶水市总工会第九次代表大会\n"
    "直播时间：2027年5月18日 08:30—17:00　　状态：已结束　　参与：6.4万人次\n"
    "记者 鲍青禾 郜川 现场报道　　　　　　[ 刷新 ]　[ 正序 | 倒序 ]\n\n"
    "16:40　大会选举产生新一届委员会，蔺德明当选市总工会主席。\n"
    "[图片]　大会闭幕现场。通讯员 阚玉书 摄\n\n"
    "09:00　大会开幕。大会由市总工会常务副主席蔺德明主持，实到代表296名。\n"
    "[图片]　大会开幕式现场。记者 郜川 摄\n\n"
    "——直播结束——\n\n"
    "编辑：鲍青禾　　值班主任：满冬生\n\n"
    "网友评论（共12条）　　　　[ 查看更多 ]\n"
    "汶河老钓手　5-18 11:02　祝贺大会胜利召开！\n"
    "[ 发表评论 ]\n\n"
    "相关直播：\n"
    "· 【图文直播】汶水市第三届职工运动会开幕式\n"
    "汶水网版权所有　未经授权禁止转载\n"
)

_PAPER = (
    "第12卷第3期　　　　工会理论与实践　　　　Vol.12 No.3\n\n"
    "DOI：10.12345/j.gllsj.2026.03.004\n\n"
    "街道工会服务站运行机制研究\n"
    "——以江西省赣县区为例\n\n"
    "钟离秀琴¹，饶文斌²\n"
    "（1. 赣南职工学院 管理系，江西 赣州 341000；2. 赣县区总工会，江西 赣州 341100）\n\n"
    "摘　要：本文以江西省赣州市赣县区为例，考察街道工会服务站的运行机制。\n"
    "一、引言\n"
    "　　近年来，赣县区总工会持续推进街道工会服务站建设，服务职工2.3万人次。\n\n"
    "参考文献：\n"
    "[1] 晏书同，祁若兰. 街道工会组织建设的路径[J]. 浙江工会学院学报，2023，12（2）：15-22.\n"
    "[2] 宓海澄. 基层工会服务体系研究[M]. 北京：劳动出版社，2022.\n"
)


@pytest.fixture(scope="module")
def live(tmp_path_factory):
    return read_page_articles(tmp_path_factory.mktemp("live"), _LIVE, "live")


@pytest.fixture(scope="module")
def paper(tmp_path_factory):
    return read_page_articles(tmp_path_factory.mktemp("paper"), _PAPER, "paper")


def test_a_live_blog_is_one_article_under_its_headline(live):
    """The status line under the headline is the page's meta line (the byline under it stays
    in the headline's article); the comments and the other live blogs are no articles."""
    assert [h for h, _, _ in live] == ["汶水市总工会第九次代表大会"]


def test_a_live_blogs_reporters_and_photographers(live):
    """记者 X Y 现场报道: two reporters (现场 none); [图片] caption。通讯员 Z 摄: Z took the photo."""
    (_, people, _), *_ = live
    assert people == sorted(["鲍青禾", "郜川", "阚玉书"])


def test_a_live_blogs_furniture_is_no_text(live):
    """——直播结束——, 值班主任, the readers' comments and 相关直播 are the page's, not the text."""
    (_, _, text), *_ = live
    for furniture in ("直播结束", "值班主任", "满冬生", "汶河老钓手", "职工运动会"):
        assert furniture not in text


def test_a_papers_marked_authors_are_its_writers(paper):
    """钟离秀琴¹，饶文斌²: the authors under the title and subtitle; the title heads the article."""
    heads = [(h, people) for h, people, _ in paper]
    assert ("街道工会服务站运行机制研究", sorted(["钟离秀琴", "饶文斌"])) in heads


def test_a_papers_reference_list_is_no_text(paper):
    """The cited authors, journals and publishers are none of the article's."""
    text = "\n".join(t for _, _, t in paper)
    for cited in ("晏书同", "浙江工会学院学报", "宓海澄", "劳动出版社", "参考文献"):
        assert cited not in text


@pytest.mark.parametrize(
    ("line", "reporters"),
    [
        ("记者 鲍青禾 郜川 现场报道", ["鲍青禾", "郜川"]),
        ("记者 蔺德明 综合报道", ["蔺德明"]),
        ("本报讯（记者 郜川 现场报道）5月18日，", ["郜川"]),
    ],
)
def test_a_kind_of_report_before_the_report_word_is_no_name(line, reporters):
    c = byline_at_start(line) or people_line(line)
    assert c is not None and c.reporters == reporters


@pytest.mark.parametrize(
    ("line", "authors"),
    [
        ("钟离秀琴¹，饶文斌²", ["钟离秀琴", "饶文斌"]),
        ("饶文斌1，宓海澄2", ["饶文斌", "宓海澄"]),
        ("晏书同¹,²*、祁若兰³", ["晏书同", "祁若兰"]),
        # near-misses: no mark (a deck of two words), no surname, a volume's line
        ("钟离秀琴，饶文斌", []),
        ("春风¹", []),
        ("第12卷第3期", []),
    ],
)
def test_a_papers_authors_are_marked_with_their_affiliations(line, authors):
    assert marked_authors(line) == authors
    assert is_credit(line) == bool(authors)


@pytest.mark.parametrize("marker", ["相关直播", "相关公告"])
def test_a_sites_list_of_its_other_live_blogs_or_notices_is_no_text(tmp_path, marker):
    """相关直播：/相关公告： and the links under it: other pages' titles, which name bodies and
    places (a town's union, its reading room) that are none of this page's."""
    page = (
        "汶水网\n当前位置：汶水网 > 直播 > 图文直播\n\n"
        "汶水市总工会召开全委会\n"
        "发布时间：2027-05-18 16:42　　来源：汶水市总工会\n\n"
        "　　5月18日，汶水市总工会召开十届三次全委会，委员46名参加。\n\n"
        f"{marker}：\n"
        "· 汶水市柳河镇总工会职工书屋图书采购项目磋商公告\n"
        "· 【图文直播】汶水市第三届职工运动会开幕式\n"
        "汶水网版权所有　未经授权禁止转载\n"
    )
    text = "\n".join(t for _, _, t in read_page_articles(tmp_path, page, "related"))
    assert "柳河镇" not in text and "职工运动会" not in text
