"""Macau and Hong Kong pages in traditional characters (session 57, helper macau58)."""

from __future__ import annotations

from tests.extract.facts_view import names, posts

FEDERATION_PAGE = """翠湖勞聯第八屆理監事就職

主禮嘉賓為翠湖勞聯第八屆理監事監誓。（本報記者 歐陽朗 攝）
【本報訊】澳門翠湖勞工聯合總會（翠湖勞聯）昨日晚假某某酒店舉行第八屆理監事會就職典禮。肇慶市總工會副主席陸志明率代表團一行六人專程祝賀。
其後召開的首次理監事聯席會議上，陳美華連任會長，李志明當選理事長。"""


def test_a_short_form_before_its_definition_is_the_federation(read_and_extract) -> None:
    """A caption's 翠湖劳联 over the lead that defines it is the federation, not a union of its
    own; the officers chosen are the federation's, not the guest delegation's union's."""
    (facts,) = read_and_extract(FEDERATION_PAGE, "federation")
    unions = names(facts, "TradeUnion")
    assert "澳门翠湖劳工联合总会" in unions
    assert "翠湖劳联" not in unions
    assert {("陈美华", "澳门翠湖劳工联合总会", "会长"), ("李志明", "澳门翠湖劳工联合总会", "理事长")} <= posts(facts)
