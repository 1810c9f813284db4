"""A court's judgment as published by a judgment database (session 41): the parties block,
the hearing, the signature block and the site's furniture around the judgment.

- P1 法定代表人：A / 负责人：B on the line under a party's line naming a body (被告：某公司，…;
  支持起诉单位：某总工会，…): the representative's title is an office at that body.
- P2 A，该公司执行董事兼总经理 / B，该会主席: an apposition whose body is a word pointing back at
  the body of that kind named last (该公司, 该会); C，该会权益保障部部长: a union's department
  between the word and the title is written into the role.
- P3 the agents' lines (委托诉讼代理人：D，某律师事务所律师) hold no office.
- N1 a party's role glued before a body's name (被告某公司于本判决生效之日起…) is no part of it.
- N2 a document number's issuer code (某劳人仲案字〔2027〕第31号) holds no person.
- N3 a ministry's short form after a firm's word (该公司人事部) is the firm's department, no ministry.
- B1 a union's legal-aid station (区总工会职工法律援助站) is a body, a unit of the union.
- E1 本院…于某日公开开庭进行了审理: the hearing (审理 after a verb of holding) is an event, held
  by the court the sentence's own word (本院) names; the panel (由A担任审判长，与B组成合议庭)
  and the agents who appear take part.
- S1 the signature block sets role and name spaced out to one width (法 官 助 理　　邝　蕾): the
  line is the role and the name, each closed up; names padded in pairs stay pairs.
- F1 the database's list of other judgments under 相关文书 is furniture: no areas, no courts.

Every case is invented (no line comes from a corpus page).
"""

from __future__ import annotations

import pytest

from kg.ingest import read_articles
from kg.ingest.normalize import clean_line
from kg.ingest.textmap import Mapped
from tests.extract.facts_view import names, organizers, participants, posts

PAGE = (
    "律鉴裁判文书网　　首页 | 文书检索 | 法律法规　　[登录] [注册]\n\n"
    "您的位置：首页 > 文书检索 > 民事 > 劳动争议\n\n"
    "刘某某、湖州南浔织锦纺织有限公司劳动争议民事一审民事判决书\n\n"
    "审理法院：浙江省湖州市南浔区人民法院　　案号：（2027）浙0503民初2214号\n"
    "案由：劳动争议　　审理程序：民事一审　　文书类型：判决书\n"
    "裁判日期：2027-06-20　　公开日期：2027-07-02\n\n"
    "────────────────────────────────\n\n"
    "浙江省湖州市南浔区人民法院\n民 事 判 决 书\n\n（2027）浙0503民初2214号\n\n"
    "　　原告：刘某某，女，1990年5月2日出生，汉族，住浙江省湖州市吴兴区。\n"
    "　　委托诉讼代理人：邵文澜，浙江苕溪律师事务所律师。\n"
    "　　被告：湖州南浔织锦纺织有限公司，住所地浙江省湖州市南浔区练市镇××路××号。\n"
    "　　法定代表人：庞建业，该公司执行董事兼总经理。\n"
    "　　委托诉讼代理人：钱某，该公司人事部经理。\n"
    "　　支持起诉单位：湖州市南浔区总工会，住所地浙江省湖州市南浔区南浔镇××路××号。\n"
    "　　负责人：沈月笙，该会主席。\n"
    "　　委托代理人：姚晓岚，该会权益保障部部长。\n\n"
    "　　原告刘某某与被告湖州南浔织锦纺织有限公司（以下简称织锦公司）劳动争议一案，本院于2027年3月2日立案。"
    "其于2027年2月10日向区总工会职工法律援助站申请法律援助。本院依法适用普通程序，由审判员柴明远担任审判长，"
    "与人民陪审员章秋禾组成合议庭，于2027年4月18日公开开庭进行了审理。原告刘某某及其委托诉讼代理人邵文澜，"
    "被告织锦公司的委托诉讼代理人钱某，支持起诉单位区总工会的委托代理人姚晓岚到庭参加诉讼。本案现已审理终结。\n"
    "　　湖州市南浔区劳动人事争议仲裁委员会于2027年2月20日作出浔劳人仲案字〔2027〕第31号仲裁裁决。\n"
    "　　一、被告湖州南浔织锦纺织有限公司于本判决生效之日起十日内支付原告刘某某经济补偿金共计32000元；\n"
    "　　二、驳回原告刘某某的其他诉讼请求。\n\n"
    "审　判　长　　柴明远\n人民陪审员　　章秋禾\n\n二〇二七年六月二十日\n\n"
    "法 官 助 理　　邝　蕾\n书　记　员　　闵嘉禾\n\n"
    "────────────────────────────────\n\n"
    "【本文书已按规定对自然人当事人信息进行隐名处理】\n\n"
    "相关文书\n"
    "· 吴某某与嘉兴某纺织有限公司劳动争议一审民事判决书（嘉善县人民法院）\n"
    "· 德清县某物流有限公司、陈某某追索劳动报酬纠纷二审民事判决书（浙江省湖州市中级人民法院）\n"
    "· 王某某与长兴某建材有限公司确认劳动关系纠纷一审民事裁定书\n"
)
FIRM = "湖州南浔织锦纺织有限公司"
UNION = "南浔区总工会"


@pytest.fixture(scope="module")
def page(nlp, gaz, tmp_path_factory):
    """The invented judgment read with the real reader, its articles' facts pooled."""
    from kg.extract.article import ArticleExtractor
    from kg.extract.page import infer_page
    from kg.model.article import article_id

    path = tmp_path_factory.mktemp("court41") / "judgment.txt"
    path.write_text(PAGE, encoding="utf-8")
    articles = read_articles([str(path)]).articles
    docs = [nlp(a.text) for a in articles]
    ctx = infer_page(docs, articles, gaz, None)
    return [ArticleExtractor(gaz).extract(d, a, ctx, article_id(a)) for d, a in zip(docs, articles, strict=True)]


def _posts(page) -> set[tuple[str, str, str]]:
    return set().union(*(posts(f) for f in page))


def _names(page, cls: str) -> set[str]:
    return set().union(*(names(f, cls) for f in page))


@pytest.mark.parametrize(
    "post",
    [
        ("庞建业", FIRM, "法定代表人"),
        ("沈月笙", UNION, "负责人"),
    ],
)
def test_p1_representative_of_the_party_above(page, post):
    assert post in _posts(page), _posts(page)


@pytest.mark.parametrize(
    "post",
    [
        ("庞建业", FIRM, "执行董事"),
        ("庞建业", FIRM, "总经理"),
        ("沈月笙", UNION, "主席"),
        ("姚晓岚", UNION, "权益保障部部长"),
    ],
)
def test_p2_apposition_pointing_back(page, post):
    assert post in _posts(page), _posts(page)


def test_p3_agents_hold_no_office(page):
    assert not any(p == "邵文澜" for p, _b, _r in _posts(page)), _posts(page)


def test_n1_party_role_no_part_of_a_name(page):
    bodies = _names(page, "Organization") | _names(page, "TradeUnion")
    assert FIRM in bodies, bodies
    assert not any(n.startswith(("被告", "原告")) for n in bodies), bodies


def test_n2_document_number_holds_no_person(page):
    people = _names(page, "Person")
    assert not any("案" in n or "仲" in n for n in people), people


def test_b1_legal_aid_station_of_the_union(page):
    parents = set().union(*({(r.name, i.parent.name) for r, i in f.entities.items() if i.parent} for f in page))
    assert any(n.endswith("总工会职工法律援助站") and p == UNION for n, p in parents), parents


@pytest.mark.parametrize("name", ["嘉善县", "德清县", "长兴县", "嘉善县人民法院", "湖州市中级人民法院"])
def test_f1_related_judgments_are_furniture(page, name):
    found = _names(page, "AdministrativeArea") | _names(page, "Organization")
    assert not any(n.endswith(name) for n in found), found


def test_e1_hearing_held_by_the_court(page):
    (hearing,) = [e for f in page for e in f.events if "审理" in e.ref.name]
    assert hearing.date is not None and hearing.date[0].endswith("04-18"), hearing.date
    assert any(o.endswith("南浔区人民法院") for o in organizers(hearing)), organizers(hearing)
    assert {"柴明远", "章秋禾", "邵文澜", "姚晓岚"} <= participants(hearing), participants(hearing)


def test_s1_signature_name_closed_up(page):
    assert {"邝蕾", "闵嘉禾", "柴明远"} <= _names(page, "Person"), _names(page, "Person")


@pytest.mark.parametrize(
    ("line", "read"),
    [
        ("法 官 助 理　　邝　蕾", "法官助理 邝蕾"),
        ("书　记　员　　闵嘉禾", "书记员 闵嘉禾"),
        ("审判员 裘 南 祝 枫", "审判员 裘南 祝枫"),
        ("主　　席：戚远山", "主席：戚远山"),
    ],
)
def test_s1_signature_line(line, read):
    assert clean_line(Mapped.of(line)).text == read


def test_n3_firms_department_no_ministry(page):
    assert not any(n.endswith("人事部") for n in _names(page, "Organization")), _names(page, "Organization")


def test_n2_name_before_a_document_number_stays(extract_text):
    facts = extract_text("经研究，浙江省总工会副主席尹浩然签发浙工〔2027〕5号文件。")
    assert "尹浩然" in names(facts, "Person"), names(facts, "Person")
