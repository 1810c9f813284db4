"""A site's footer lines the law asks every Chinese site for are furniture, and the operator
they name is no entity of the news.  All text is invented."""

from __future__ import annotations

from kg.ingest.boilerplate import is_furniture


def test_the_illegal_content_report_line_is_furniture():
    assert is_furniture("违法和不良信息举报电话：400-000-0000　　运营主体：杭州云帆网络科技有限公司")
    assert is_furniture("违法和不良信息举报邮箱：jubao@example.cn")


def test_a_sentence_telling_of_reports_is_no_footer():
    assert not is_furniture("市总工会开通职工维权热线，受理违法用工举报。")
