"""A company's directors (总监) hold posts as its managers do (posts/titles.tsv): after the
company and another title in a list (公司总经理A、人力资源总监B), each name takes its own title
at the company, the first name perhaps carrying a degree or a term of address (A博士、…,
A同志、…).  Every case is invented."""

from __future__ import annotations

import pytest

from tests.extract.test_posts38_grammar import posts

C = pytest.param


@pytest.mark.parametrize(
    ("text", "region", "expected"),
    [
        C(
            "宁波甬舟港机有限公司总经理邬建平、人力资源总监柯雅琴出席开幕式。",
            "宁波市",
            {("邬建平", "宁波甬舟港机有限公司", "总经理"), ("柯雅琴", "宁波甬舟港机有限公司", "人力资源总监")},
            id="hr-director-after-a-manager",
        ),
        C(
            "会上，贵阳黔城物流有限公司财务总监龙晓燕通报了工会经费收支情况。",
            "贵阳市",
            {("龙晓燕", "贵阳黔城物流有限公司", "财务总监")},
            id="finance-director",
        ),
        C(
            "昆明滇池数码科技有限公司副总监杨海涛带队参赛。",
            "昆明市",
            {("杨海涛", "昆明滇池数码科技有限公司", "副总监")},
            id="deputy-director",
        ),
        C(
            "泉州闽南陶瓷有限公司工会召开大会。公司总经理黄志诚博士、人力资源总监洪丽娟出席。",
            "泉州市",
            {("黄志诚", "泉州闽南陶瓷有限公司", "总经理"), ("洪丽娟", "泉州闽南陶瓷有限公司", "人力资源总监")},
            id="a-degree-after-the-name-before-the-next-title",
        ),
        C(
            "会上，柳州桂中汽配有限公司工会主席韦建华同志、副主席覃丽萍发言。",
            "柳州市",
            {("韦建华", "柳州桂中汽配有限公司工会", "主席"), ("覃丽萍", "柳州桂中汽配有限公司工会", "副主席")},
            id="a-term-of-address-after-the-name",
        ),
    ],
)
def test_a_companys_directors(extract_text, text, region, expected):
    assert posts(extract_text(text, region=region)) == expected
