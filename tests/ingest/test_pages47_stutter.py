"""A poster's text read by OCR (session 47, invented text): a heading and a row each printed
twice, straight under themselves, are a stutter, no contents list cutting the rows between."""

from __future__ import annotations

from kg.ingest import read_articles

POSTER = (
    "喜报！我县职工技能大赛获佳绩\n\n"
    "以下为图片文字识别结果：\n\n"
    "喜　报\n"
    "金奖\n"
    "钳工项目　　柏云舟　岳阳长岭精工机械有限公司\n"
    "银奖\n"
    "银奖\n"
    "插花员项目　　单湘江　平江县三市镇花艺工作室\n"
    "铜奖\n"
    "叉车司机项目　　欧阳汨罗　汨罗市新市镇顺达物流公司\n"
    "叉车司机项目　　欧阳汨罗　汨罗市新市镇顺达物流公司\n"
    "岳阳县总工会\n\n"
    "9月3日至5日，岳阳市职工职业技能大赛在岳阳市举行，我县12名选手参赛，共获奖牌3枚。\n"
)


def test_lines_printed_twice_keep_the_rows_between(tmp_path) -> None:
    page = tmp_path / "poster.txt"
    page.write_text(POSTER, encoding="utf-8")
    text = "\n".join(a.text for a in read_articles([str(page)]).articles)
    assert "单湘江" in text and "插花员项目" in text
