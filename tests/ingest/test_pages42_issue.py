"""A mobile paper's issue (session 42, invented text): its contents list known by its
heading though the teasers reword the items' headlines, the publisher's field left at
the top when the masthead's other lines went, and the issue's editors in its footer."""

from __future__ import annotations

from kg.ingest.meta_lines import meta_line

ISSUE = (
    "【湘江职工手机报】\n2027年9月2日　星期四　第12期（总第300期）\n主办：某某省总工会\n\n"
    "☆本期导读☆\n·全省职工健步走在岳阳开走\n·株洲电工比武 柳青山夺冠\n\n"
    "【要闻】\n\n◆全省职工健步走开走\n"
    "　1日，全省职工健步走活动在岳阳市南湖广场开走，3000余名职工参加。（记者 殷雪梅）\n\n"
    "◆株洲：电工比武见真章\n"
    "　8月30日，株洲市总工会举办电工技能比武，40名电工参赛，柳青山获第一名。（通讯员 洪小川）\n\n"
    "本期责编：郝明远　审核：闻一舟\n"
)


def test_an_issues_teasers_and_masthead_head_no_item(read_page) -> None:
    assert read_page(ISSUE) == [("全省职工健步走开走", ["殷雪梅"]), ("株洲：电工比武见真章", ["洪小川"])]


def test_an_issues_editors_line_is_a_meta_line() -> None:
    assert meta_line("本期责编：郝明远　审核：闻一舟") is not None
