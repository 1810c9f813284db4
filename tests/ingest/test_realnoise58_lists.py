"""A decision's list of holders under its counted headings stays in the decision (all lines
invented): a label of what it attaches (附件：表彰名单) heads no article, nor do the rows under
a heading that counts them (二、县五一劳动奖章（4名）)."""

from __future__ import annotations

from tests.ingest.invented_page import page_articles

_PAGE = (
    "关于表彰2028年度县五一劳动奖状、奖章和工人先锋号的决定\n\n"
    "各乡镇总工会：\n\n"
    "经研究，县总工会决定：授予清溪县农机有限公司等2个单位“县五一劳动奖状”，授予柯春林等4名同志“县五一劳动奖章”。\n\n"
    "{attached}"
    "一、县五一劳动奖状（2个）\n"
    "清溪县农机有限公司\n"
    "清溪县自来水公司\n\n"
    "二、县五一劳动奖章（4名）\n"
    "柯春林　县中医院护士长\n"
    "费德明　清溪县农机有限公司钳工\n"
    "詹小燕　枫坪镇中心学校教师\n"
    "邝永福　县自来水公司抄表员\n\n"
    "三、县工人先锋号（1个）\n"
    "县中医院急诊科\n\n"
    "清溪县总工会\n"
    "2028年4月27日\n"
)


def test_counted_list_rows_stay_in_the_decision(tmp_path) -> None:
    (art,) = page_articles(tmp_path, _PAGE.format(attached=""))
    assert art.headline == "关于表彰2028年度县五一劳动奖状、奖章和工人先锋号的决定"
    assert "邝永福" in art.body


def test_an_attachment_label_heads_no_article(tmp_path) -> None:
    (art,) = page_articles(tmp_path, _PAGE.format(attached="附件：表彰名单\n\n"))
    assert "附件：表彰名单" in art.body
    assert "詹小燕" in art.body
