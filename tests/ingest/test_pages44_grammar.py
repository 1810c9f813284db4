"""Session 44's page grammar: headlines and article splits of slide decks, forum threads,
gazetteer chapters and directories (all texts invented: other places, other names)."""

from __future__ import annotations

from pathlib import Path

from tests.ingest.page_reading import read_page_articles

DECK_COVER = """--- 第1页 ---
临川区2031年度乡镇工会主席述职会

聚力强基促发展　用心服务暖人心
——云山镇总工会2031年度工作述职

汇报单位：抚州市临川区云山镇总工会
汇报人：龚启航（镇党委委员、镇总工会主席）
2031年12月18日

--- 第2页 ---
一、基本情况
● 全镇建会单位312家，工会会员1.2万人。
● 5月12日，云山镇总工会在镇文化中心举办职工趣味运动会，120名职工参加。
"""


def test_a_title_over_its_dashed_subtitle_and_the_cover_fields(tmp_path: Path) -> None:
    """A title slide: the title over its ——副题 and the 汇报单位/汇报人 fields, a date line
    under them: the title is the headline, not the subtitle."""
    arts = read_page_articles(tmp_path, DECK_COVER, "deck")
    assert [a[0] for a in arts] == ["聚力强基促发展 用心服务暖人心"]
