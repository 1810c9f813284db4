"""Organisations as a grammar (session 39c): a party committee's department names no
committee by itself, and a firm with a trade name before 律师事务所 / 会计师事务所 is a body.

(1) 中共某省委组织部, 市委宣传部, 县委统战部: the department is an Organization; its committee
(中共<area>委员会) is one only when the text names it (省委, 市委) or an office at it
(市委常委, 县委书记) — a department cited in a rule (根据中共X省委组织部有关规定) is no
evidence the committee is written about.
(2) 浙江明衡律师事务所, 广东信衡会计师事务所, 山西某某律师事务所 (anonymized: no body): a firm
named by its area and trade name is an Organization wherever it stands — after 联合, in
brackets after a lawyer, opening a title chain (X律师事务所高级合伙人、区总工会法律顾问).

Every case is invented.  ``orgs``: names that must be Organizations; ``no_orgs``: names that
must not; ``posts``: (person, body, title) offices that must be read.
"""

from __future__ import annotations

import pytest

from tests.extract.facts_view import names, posts

C = pytest.param
CASES = [
    # -- (1) a department alone: no committee -----------------------------------------------------
    C(
        "关于干部任前公示的通知\n根据中共河北省委组织部有关规定，经市总工会党组研究，拟任用以下同志。",
        {"orgs": ["中共河北省委组织部"], "no_orgs": ["中共河北省委员会"]},
        id="rule-cites-province-department",
    ),
    C(
        "绍兴市总工会开展读书月活动\n近日，绍兴市总工会联合市委宣传部举办职工读书月启动仪式，200余名职工参加。",
        {"no_orgs": ["中共绍兴市委员会"]},
        id="city-department-joint-organiser",
    ),
    C(
        "德阳市旌阳区总工会召开座谈会\n近日，旌阳区总工会会同区委统战部召开新就业形态劳动者座谈会，30余人参加。",
        {"no_orgs": ["中共德阳市旌阳区委员会"]},
        id="district-department-only",
    ),
    C(
        "六安市总工会举办培训班\n近日，六安市总工会举办基层工会干部培训班，市委组织部干部科有关负责同志授课。",
        {"no_orgs": ["中共六安市委员会"]},
        id="department-with-section",
    ),
    C(
        "资阳市雁江区总工会学习会\n近日，雁江区总工会召开理论学习中心组会议，区委宣传部派员指导。",
        {"orgs": ["中共资阳市雁江区委宣传部"], "no_orgs": ["中共资阳市雁江区委员会"]},
        id="department-before-paiyuan",
    ),
    C(
        "关于任前公示的通知\n根据中共甘肃省委组织部、省人力资源和社会保障厅有关规定，现将拟任人选公示如下。",
        {"orgs": ["中共甘肃省委组织部"], "no_orgs": ["中共甘肃省委员会"]},
        id="department-beside-government-department",
    ),
    # -- (1) near-misses: the committee named, or an office at it --------------------------------
    C(
        "九江市总工会召开全委会\n近日，九江市总工会召开全委会议。市委常委、组织部部长邹立新出席会议并讲话。",
        {"orgs": ["中共九江市委员会"]},
        id="office-at-committee-named",
    ),
    C(
        "宿迁市总工会学习贯彻会议精神\n近日，宿迁市总工会传达学习市委全会精神，市委宣传部派员列席。",
        {"orgs": ["中共宿迁市委员会"]},
        id="committee-named-beside-department",
    ),
    C(
        "遵化市总工会调研\n近日，中共山东省委、省委组织部有关负责同志到淄博市总工会调研。",
        {"orgs": ["中共山东省委员会"]},
        id="province-committee-named",
    ),
    # -- (2) a firm with a trade name --------------------------------------------------------------
    C(
        "余杭区总工会开展法律体检\n近日，余杭区总工会联合浙江明衡律师事务所开展“法律体检进企业”活动，80余名职工参加。",
        {"orgs": ["浙江明衡律师事务所"]},
        id="firm-after-lianhe",
    ),
    C(
        "法律援助案例\n援助律师：柏晓舟（江西赣信律师事务所）\n2027年3月，工会指派律师为职工代理。",
        {"orgs": ["江西赣信律师事务所"]},
        id="firm-in-brackets-after-lawyer",
    ),
    C(
        "律师点评\n广西桂正律师事务所高级合伙人、青秀区总工会法律顾问　隆思远：用人单位应依法缴纳工伤保险。",
        {"orgs": ["广西桂正律师事务所"], "posts": [("隆思远", "广西桂正律师事务所", "高级合伙人")]},
        id="firm-opens-title-chain-name-after",
    ),
    C(
        "工会举办讲座\n近日，区总工会邀请柯文博，福建闽中律师事务所高级合伙人、区总工会法律顾问，为职工讲解劳动合同法。",
        {"orgs": ["福建闽中律师事务所"], "posts": [("柯文博", "福建闽中律师事务所", "高级合伙人")]},
        id="firm-in-apposition-after-name",
    ),
    C(
        "工会经费审计\n近日，市总工会委托四川蜀诚会计师事务所对基层工会经费开展审计，共审计工会36家。",
        {"orgs": ["四川蜀诚会计师事务所"]},
        id="accounting-firm",
    ),
    # -- (2) near-misses: anonymized and generic firms -------------------------------------------
    C(
        "以案说法\n职工王某委托北京某某律师事务所律师提起仲裁，区总工会为其提供法律援助。",
        {"no_orgs": ["北京某某律师事务所"]},
        id="anonymized-firm",
    ),
    C(
        "工会普法\n近日，区总工会组织辖区多家律师事务所的律师开展普法宣传，发放手册300余份。",
        {"no_orgs": ["多家律师事务所", "辖区多家律师事务所", "律师事务所"]},
        id="generic-firms",
    ),
    C(
        "以案说法\n近日，职工李某委托某律师事务所律师代理仲裁，县总工会为其支付代理费用。",
        {"no_orgs": ["律师事务所", "某律师事务所"]},
        id="anonymized-firm-bare-mou",
    ),
    C(
        "以案说法\n近日，职工赵某委托山东省某某律师事务所律师代理仲裁，市总工会跟踪督办。",
        {"no_orgs": ["律师事务所", "山东省某某律师事务所"]},
        id="anonymized-firm-province",
    ),
    C(
        "工会普法\n近日，县总工会联合金衡律师事务所开展法律进企业活动，50余名职工参加。",
        {"orgs": ["金衡律师事务所"]},
        id="firm-trade-name-only",
    ),
    C(
        "工会审计\n近日，市总工会委托天信会计师事务所（特殊普通合伙）开展审计。",
        {"orgs": ["天信会计师事务所"]},
        id="firm-with-partnership-form",
    ),
    C(
        "工会普法\n近日，西城区总工会与北京京和律师事务所签约，该所合伙人骆文涛出席签约仪式。",
        {"orgs": ["北京京和律师事务所"], "posts": [("骆文涛", "北京京和律师事务所", "合伙人")]},
        id="firm-referred-as-gaisuo",
    ),
]


@pytest.mark.parametrize(("text", "want"), CASES)
def test_organisations(read_and_extract, request, text, want):
    orgs: set[str] = set()
    held: set[tuple[str, str, str]] = set()
    for facts in read_and_extract(text, request.node.callspec.id):
        orgs |= names(facts, "Organization")
        held |= posts(facts)
    for name in want.get("orgs", []):
        assert name in orgs, (name, orgs)
    for name in want.get("no_orgs", []):
        assert name not in orgs, (name, orgs)
    for post in want.get("posts", []):
        assert post in held, (post, held)
