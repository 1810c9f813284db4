"""A union's labour-dispute mediation agreement typed from a paper form (session 56).

- E1 经本委员会于某日组织调解: the form's own word for its committee (本委员会), after an
  agent's 经, names the committee that heads the form; it holds the mediation.
- E2 the signature block of a form headed 调解协议书: the parties, their agents and the
  mediators who sign (【name】, a party's seal 〔某公司  合同专用章〕) take part in the mediation;
  the minute-taker (记录人) does not, nor the legal representative who signs nothing.

Every case is invented (no line comes from a corpus page).
"""

from __future__ import annotations

from tests.extract.facts_view import event, organizers, participants

HEADLINE = "青川市临河区总工会劳动争议调解委员会调解协议书"
FORM = (
    "调解地点：临河区职工之家调解室\n"
    "申请人：柏志远    性别：■男 □女\n"
    "被申请人：青川市澄溪竹木制品有限公司\n"
    "法定代表人：甘德茂    职务：总经理\n"
    "委托代理人：滕秀芬      职务：行政部经理\n"
    "纠纷主要事实、争议事项：\n"
    "  申请人于2024年5月6日入职被申请人处，被申请人拖欠申请人工资共计8600元。\n"
    "  经本委员会于2027年6月9日组织调解，双方自愿达成如下协议：\n"
    "  一、被申请人于2027年6月30日前支付申请人工资8600元。\n"
    "申请人（签名、按指印）：【柏志远】（指印）\n"
    "被申请人（盖章）：〔青川市澄溪竹木制品有限公司  合同专用章〕\n"
    "法定代表人或委托代理人（签名）：【滕秀芬】\n"
    "首席调解员：【祁文珊】（临河区总工会法律工作部部长）\n"
    "调 解 员：【何少川】（临河区司法局干部）\n"
    "记 录 人：【卜晓宁】\n"
)


def test_the_forms_own_committee_after_an_agents_word_holds_the_mediation(extract_text):
    facts = extract_text(FORM, headline=HEADLINE, region="广元市")
    assert organizers(event(facts, "调解")) == ["青川市临河区总工会劳动争议调解委员会"]


def test_who_signs_the_mediations_agreement_takes_part_in_it(extract_text):
    facts = extract_text(FORM, headline=HEADLINE, region="广元市")
    got = participants(event(facts, "调解"))
    assert {"柏志远", "滕秀芬", "祁文珊", "何少川", "青川市澄溪竹木制品有限公司"} <= got
    assert not {"卜晓宁", "甘德茂"} & got


def test_signature_fields_on_a_page_that_is_no_agreement_add_no_one(extract_text):
    facts = extract_text(FORM, headline="青川市临河区总工会劳动争议调解工作记录", region="广元市")
    assert not {"滕秀芬", "何少川"} & participants(event(facts, "调解"))
