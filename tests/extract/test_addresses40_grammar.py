"""Addresses and locations as a grammar (session 40): where a written address places a body,
and which names are no areas of the graph.

(1) An address places a body in the finest area it names: a 地址 line under the line that
gives the body as a label's value (中标供应商：X / 供应商地址：…), a table's 住所 column, a
changed address (住所变更为…), a road and number in brackets after a venue; a park in the
address is a part of its township.  A union named after its area stays there.
(2) No area: the former prefecture (X地区总工会), a new town or an industrial cluster of a
county or township (某区某某新区, 某镇工业集中区), a site's list of other items (相关公告,
相关文档, 相关直播).
(3) A township written right after its county that the registry lacks (or holds only in
other counties) is part of that county.
(4) A hall named after a venue (某殡仪馆守正厅) is the venue's room; 一家叫X的…, 到了某镇的X.

Every case is invented.  ``located``: (body, area or venue) pairs that must be read;
``not_located``: pairs that must not; ``areas``: area names that must be entities;
``no_areas``: names that must not; ``part_of``: (area, parent) pairs; ``places`` / ``no_places``.
"""

from __future__ import annotations

import pytest

from tests.extract.facts_view import names, relations

C = pytest.param
CASES = [
    # -- (1) an address places a body ------------------------------------------------------------
    C(
        "某区总工会职工体检服务采购项目结果公告\n一、中标信息\n　　中标供应商：宿迁青禾健康管理有限公司\n"
        "　　供应商地址：宿迁市宿城区幸福街道青华路××号\n　　中标金额：¥120,000.00\n",
        {"located": [("宿迁青禾健康管理有限公司", "幸福街道")]},
        id="supplier-address-under-labelled-line",
    ),
    C(
        "泗洪县总工会职工疗休养服务采购项目结果公告\n一、项目名称：职工疗休养服务采购项目\n二、采购方式：公开招标\n"
        "十一、联系方式\n　1．采购人：泗洪县总工会\n　　地址：泗洪县青阳街道人民路××号\n"
        "　　联系人：苗立新　　联系电话：0527-8000××××\n　2．采购代理机构：江苏衡远招标代理有限公司\n"
        "　　地址：宿迁市宿豫区顺河街道太湖路××号7楼\n　　项目联系人：韦晓东　　联系电话：0527-8111××××\n",
        {
            "located": [("江苏衡远招标代理有限公司", "顺河街道")],
            "not_located": [("泗洪县总工会", "青阳街道")],
        },
        id="agency-address-under-numbered-label-line",
    ),
    C(
        "关于基层工会法人资格登记情况的公告\n序号｜工会名称｜统一社会信用代码｜法定代表人｜住所\n"
        "1｜江苏青澜纺织有限公司工会｜81320623MC0000001X｜石明远｜如东县掘港街道青园路××号\n"
        "2｜南通湖光电子有限公司工会｜81320623MC00000028｜裘晓宁｜如东县栟茶镇湖光电子产业园内\n",
        {
            "located": [("江苏青澜纺织有限公司工会", "掘港街道"), ("南通湖光电子有限公司工会", "栟茶镇")],
        },
        id="register-table-address-column-and-park",
    ),
    C(
        "关于基层工会法人变更登记的公告\n经审核，准予下列工会变更登记。\n"
        "1. 南通远帆重工有限公司工会（统一社会信用代码81320623MC00000036），法定代表人由严立变更为"
        "钟晓雯，住所变更为如东县洋口镇临港工业集中区远帆路6号。\n",
        {"located": [("南通远帆重工有限公司工会", "洋口镇")], "no_areas": ["如东县洋口镇临港工业集中区"]},
        id="changed-address-through-industrial-cluster",
    ),
    C(
        "某区职工疗休养项目开标\n本项目于2027年5月8日在宿迁市宿城区公共资源交易中心（幸福街道青华路××号）"
        "第二开标室开标。\n",
        {"located": [("宿城区公共资源交易中心", "幸福街道")]},
        id="road-and-number-in-brackets",
    ),
    # -- (2) no area -----------------------------------------------------------------------------
    C(
        "汪立群同志生平\n汪立群，1946年生。1985年任荆州地区总工会副主席，1995年任荆州市总工会主席。",
        {"not_located": [("荆州地区总工会", "荆州市")]},
        id="former-prefecture-union",
    ),
    C(
        "临沂市罗庄区总工会召开代表大会\n9月20日，罗庄区工会第五次代表大会在位于罗庄区南湖新区的罗庄区会议中心开幕。",
        {"located": [("罗庄区会议中心", "罗庄区")], "no_areas": ["罗庄区南湖新区", "南湖新区"]},
        id="new-town-of-a-district",
    ),
    C(
        "泗洪县总工会职工书屋采购项目成交公告\n一、项目名称：职工书屋图书采购项目\n二、成交供应商：宿迁青禾图书有限公司\n"
        "相关公告：\n· 泗洪县青阳街道总工会慰问品采购项目成交公告\n· 沭阳县总工会职工疗休养服务采购公告\n",
        {"no_areas": ["沭阳县", "青阳街道"]},
        id="related-notices-list",
    ),
    C(
        "如东县总工会关于基层工会法人登记的公告\n经审查，准予登记。\n如东县总工会\n2027年6月1日\n"
        "相关文档\n· 海安市总工会基层工会法人登记公告（2027年第2号）\n",
        {"no_areas": ["海安市"]},
        id="related-documents-list",
    ),
    # -- (3) a township after its county that the registry lacks --------------------------------
    C(
        "如东县沿河街道总工会成立\n5月8日，如东县沿河街道总工会召开第一次会员代表大会。",
        {"areas": ["沿河街道"], "part_of": [("沿河街道", "如东县")], "located": [("沿河街道总工会", "沿河街道")]},
        id="street-the-registry-lacks",
    ),
    C(
        "溧阳市燕山街道总工会开展慰问\n近日，溧阳市燕山街道总工会走访慰问一线职工60余人。",
        {"part_of": [("燕山街道", "溧阳市")]},
        id="street-registered-only-elsewhere",
    ),
    # -- (4) rooms, one of the area's, going to ---------------------------------------------------
    C(
        "讣告\n刘远山同志遗体告别仪式定于11月8日上午9时，在荆州市殡仪馆（沙市区岑河镇）静安厅举行。\n"
        "11月8日上午，刘远山同志遗体告别仪式在荆州市殡仪馆静安厅举行，200余人前往送别。",
        {
            "located": [("荆州市殡仪馆", "岑河镇")],
            "places": ["荆州市殡仪馆"],
            "no_places": ["荆州市殡仪馆静安厅"],
        },
        id="named-hall-of-a-funeral-home",
    ),
    C(
        "疗休养日记\n第三天，我们从宜兴市区出发，去丁蜀镇一家叫宜兴青溪茶业有限公司的茶企参观，学做红茶。",
        {"located": [("宜兴青溪茶业有限公司", "丁蜀镇")]},
        id="one-called-after-a-town",
    ),
    C(
        "疗休养日记\n下午三点多，大巴到了宜兴市张渚镇的竹海职工之家，大家住进了茶山边的小楼。",
        {"located": [("竹海职工之家", "张渚镇")]},
        id="arrived-at-a-town-venue",
    ),
]


def _located(facts) -> set[tuple[str, str]]:
    """(body, where) of each locatedIn read: relations, and the areas names gave."""
    found = relations(facts, "locatedIn")
    found |= {(ref.name, info.located_in.name) for ref, info in facts.entities.items() if info.located_in}
    return found


@pytest.mark.parametrize(("text", "want"), CASES)
def test_addresses(read_and_extract, request, text, want):
    located: set[tuple[str, str]] = set()
    areas: set[str] = set()
    places: set[str] = set()
    part_of: set[tuple[str, str]] = set()
    for facts in read_and_extract(text, request.node.callspec.id):
        located |= _located(facts)
        areas |= names(facts, "AdministrativeArea")
        places |= names(facts, "Place")
        part_of |= {
            (ref.name, info.parent.name)
            for ref, info in facts.entities.items()
            if ref.cls == "AdministrativeArea" and info.parent
        }
    for pair in want.get("located", []):
        assert pair in located, (pair, located)
    for pair in want.get("not_located", []):
        assert pair not in located, (pair, located)
    for name in want.get("areas", []):
        assert name in areas, (name, areas)
    for name in want.get("no_areas", []):
        assert name not in areas, (name, areas)
    for name in want.get("places", []):
        assert name in places, (name, places)
    for name in want.get("no_places", []):
        assert name not in places, (name, places)
    for pair in want.get("part_of", []):
        assert pair in part_of, (pair, part_of)
