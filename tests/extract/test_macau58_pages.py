"""Macau and Hong Kong pages in traditional characters (session 57, helper macau58)."""

from __future__ import annotations

from tests.extract.facts_view import names, parents, posts

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


ADVISERS_PAGE = """翠湖勞聯就職典禮

【本報訊】澳門翠湖勞工聯合總會（翠湖勞聯）昨日舉行就職典禮。勞工事務局局長梁大文、翠湖勞聯會務顧問、立法會議員何子聰出席。
會上，陸國強獲聘為會務顧問。"""


def test_an_associations_affairs_adviser_is_an_office_at_it(read_and_extract) -> None:
    """會務顧問 after the federation's short form, in a chain with an office elsewhere; and
    獲聘為, appointed to it, with no body written: the federation's."""
    (facts,) = read_and_extract(ADVISERS_PAGE, "advisers")
    held = posts(facts)
    assert ("何子聪", "澳门翠湖劳工联合总会", "会务顾问") in held
    assert ("陆国强", "澳门翠湖劳工联合总会", "会务顾问") in held


MEMBERS_PAGE = """翠湖勞聯頒獎

【本報訊】澳門翠湖勞工聯合總會（翠湖勞聯）昨日頒發優秀義工獎，獲獎者包括屬下澳門翠湖酒店服務業職工會的陳大文、澳門翠湖公共交通職工會的何子聰。"""


def test_affiliates_listed_after_a_bare_belonging_word_are_the_federations(read_and_extract) -> None:
    """屬下 after a verb, no body before it: the unions listed after it, each with its member
    after 的, belong to the federation the page speaks for."""
    (facts,) = read_and_extract(MEMBERS_PAGE, "members")
    assert {
        ("澳门翠湖酒店服务业职工会", "澳门翠湖劳工联合总会"),
        ("澳门翠湖公共交通职工会", "澳门翠湖劳工联合总会"),
    } <= parents(facts)
