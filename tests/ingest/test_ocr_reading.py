"""Unit rules of reading an OCR'd or PDF page as printed (ocr35); all text invented."""

from __future__ import annotations

import pytest

from kg.ingest.columns import column_width
from kg.ingest.document import Block, Document
from kg.ingest.ocr_marks import chinese_marks
from kg.ingest.official import read_official
from kg.ingest.repair import _join, repair_breaks
from kg.ingest.textmap import Mapped


def _blocks(*lines: str, gap: int = 0) -> list[Block]:
    return [Block(Mapped.of(t), gap=gap if i else 1) for i, t in enumerate(lines)]


@pytest.mark.parametrize(
    ("line", "want"),
    [
        ("各街道总工会,区直各单位工会:", "各街道总工会，区直各单位工会："),
        ('设立"职工书屋"服务点', "设立“职工书屋”服务点"),
        ("按照<<实施办法>>要求", "按照《实施办法》要求"),
        ("会议在礼堂举行.随后", "会议在礼堂举行。随后"),
        ("9 月3日召开", "9月3日召开"),
        ("经费1,500元,时间10:30", "经费1,500元，时间10:30"),
        ("三.获奖名单", "三.获奖名单"),
        ("Tom Lee, MD", "Tom Lee, MD"),
        ("首页 >> 工会要闻 >> 基层动态", "首页 >> 工会要闻 >> 基层动态"),
    ],
)
def test_half_width_marks_in_han_text(line, want):
    assert chinese_marks(_blocks(line))[0].text.text == want


def test_angles_pair_across_a_wrap():
    out = chinese_marks(_blocks("按照<<关于", "开展竞赛的通知>>要求"))
    assert [b.text.text for b in out] == ["按照《关于", "开展竞赛的通知》要求"]


def test_quotes_pair_across_a_wrap():
    out = chinese_marks(_blocks('开展"安康', '杯"竞赛'))
    assert [b.text.text for b in out] == ["开展“安康", "杯”竞赛"]


def test_a_number_broken_by_the_wrap_is_one_number():
    assert _join(Mapped.of("定于7月1"), Mapped.of("2日举行")).text == "定于7月12日举行"
    assert _join(Mapped.of("by Tom"), Mapped.of("Lee")).text == "by Tom Lee"


def test_a_numbered_head_keeps_its_own_line():
    out = repair_breaks(_blocks("村民委员会联合开展义诊活动。", "二、先进个人", "赵某某、钱某某、孙某某"))
    assert [b.text.text for b in out][1] == "二、先进个人"


def test_column_width_with_digits_set_full_width():
    # OCR gives every character one cell: a line with digits is as long in characters as
    # one without, shorter in display width
    lines = ["甲" * 24, "乙" * 20 + "2026", "丙" * 22 + "15", "丁" * 24, "戊" * 21 + "300", "己" * 24]
    lines += ["庚" * 23 + "8", "辛" * 24, "壬" * 19 + "12345", "癸" * 10 + "。"]
    assert column_width(_blocks(*lines)) == 48


def test_official_header_title_and_furniture():
    doc = Document(
        _blocks("某县总工会文件", "某工发〔2026〕3号", "某县总工会", "关于表彰先进的", "决定", "各乡镇总工会：", gap=0)
        + _blocks("正文一句。", "— 1 —", "某县总工会", "某 县 总 工 会 （章）", "（此件公开发布）", gap=0)
        + _blocks("（联系人：办公室 张某，电话：0000-1234567）", "抄送：县委办公室，县政府", "办公室。", gap=0)
    )
    read_official(doc)
    assert doc.title is not None and doc.title.text == "某县总工会关于表彰先进的决定"
    assert doc.one_article
    assert [b.text.text for b in doc.blocks] == ["正文一句。", "抄送：县委办公室，县政府办公室。"]
