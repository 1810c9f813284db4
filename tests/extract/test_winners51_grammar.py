"""Winners of session 51 (invented names and places).

A. People who win a place (分获两个项目第一名) in a paragraph that reports a contest (…钢筋技能
   比武在某地举行) took part in that contest, not in the campaign the bulletin is named for
   (its headline's event, the article's main one).
"""

from __future__ import annotations

_BULLETIN = (
    "★ 竞赛口号：抢工期　保安全　创精品\n"
    "本期全港区各参建单位完成产值3120万元，占本期计划的102.5%。\n"
    "▲ 5月9日，“巧手绑扎”钢筋技能比武在港区钢筋加工场举行，36名技术工人参赛。"
    "港区钢筋工王建华、焊工李春燕分获两个项目第一名。\n"
    "▲ 5月12日，消防知识竞赛在项目部会议室举行，40名选手参加。\n"
)


def _participants(facts, word: str) -> set[str]:
    return {ref.name for e in facts.events if word in e.ref.name for ref, _ in e.participants}


def test_winners_of_a_place_took_part_in_the_contest_of_their_paragraph(extract_text):
    facts = extract_text(_BULLETIN, headline="岚溪港区“奋战九十天·确保二期投产”劳动竞赛简报", date="2031-05-20")
    assert {"王建华", "李春燕"} <= _participants(facts, "比武")
