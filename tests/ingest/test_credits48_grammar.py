"""Credits of session 48's pages (invented names).

A. 执笔 labels the writers of a report (（执笔：A　B　审稿：C）); the reviewer is staff.
B. A staff label qualified by what the staff worked on (展览总策划, 展陈设计) credits no one;
   a label crediting units alone (图片：市总工会、市档案馆: 馆 ends a unit) credits no person.
C. A photo credit in brackets after a caption's last sentence (…清理积雪。（摄影：X）) is the
   caption's credit, kept when the caption is dropped; alone on its line it signs off nothing.
D. A picture's caption and credit set in brackets between two sentences of a paragraph
   (…观展。（开幕式现场图　摄影：X）为方便…) credit its photographer and leave the text.
"""

from __future__ import annotations

import pytest

from kg.ingest.bylines import closing_labelled, labelled_credit_line, trailing_photo_credit
from tests.ingest.invented_page import HEAD, LEAD, MORE, page_articles


def test_zhibi_labels_the_writers_and_the_reviewer_is_staff() -> None:
    c = closing_labelled("以上情况供参考。（执笔：苗秋禾 骆桥东 审稿：方若溪）")
    assert c is not None and c.reporters == ["苗秋禾", "骆桥东"] and c.photographers == []


@pytest.mark.parametrize(
    ("line", "writers"),
    [
        ("展览总策划：苗秋禾 文字：骆桥东 展陈设计：河湾星光文化传播有限公司 图片：区总工会、区档案馆", ["骆桥东"]),
        ("美术编辑：苗秋禾 文：骆桥东", ["骆桥东"]),
        ("文字实录编辑：骆桥东 摄影：方若溪", ["骆桥东"]),
    ],
)
def test_qualified_staff_labels_credit_no_one(line: str, writers: list[str]) -> None:
    c = labelled_credit_line(line)
    assert c is not None and c.reporters == writers
    assert "苗秋禾" not in c.photographers and not any(n.endswith("馆") for n in c.photographers)


def test_a_bracketed_photo_credit_after_a_captions_sentence() -> None:
    c = trailing_photo_credit("图：苗秋禾（左一）与工友在河堤上巡查。（摄影：骆桥东）")
    assert c is not None and c.photographers == ["骆桥东"]


def test_a_dropped_captions_credit_credits_and_splits_nothing(tmp_path) -> None:
    page = (
        f"{HEAD}\n发布时间：2026-06-02 10:15　来源：区总工会\n{LEAD}\n"
        "图：苗秋禾（左一）与工友在河堤上巡查。（摄影：骆桥东）\n"
        f"第二展厅 河湾新貌（2010—2026）\n{MORE}\n"
    )
    arts = page_articles(tmp_path, page)
    assert len(arts) == 1 and arts[0].photographers == ["骆桥东"]


def test_a_photo_credit_between_a_paragraphs_sentences(tmp_path) -> None:
    lead = LEAD + "（书法展开幕现场　摄影：铁木尔）为方便不能到场的职工，现将展品图片刊发如下。"
    (art,) = page_articles(tmp_path, f"{HEAD}\n{lead}\n{MORE}\n")
    assert art.photographers == ["铁木尔"]
    assert "摄影" not in art.body and "现将展品图片刊发如下" in art.body


def test_a_bracketed_caption_label_needs_a_surname(tmp_path) -> None:
    lead = LEAD + "（图：活动现场）为方便不能到场的职工，现将展品图片刊发如下。"
    (art,) = page_articles(tmp_path, f"{HEAD}\n{lead}\n{MORE}\n")
    assert art.photographers == []
