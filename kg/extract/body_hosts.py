"""The body a union or venue belongs to, read from its name: its host.

来广营社区卫生服务中心工会 is the union of 来广营社区卫生服务中心 (:func:`host_name`, recorded
by :func:`union_host`), …有限公司实训基地 a venue of the company its name opens with
(:func:`company_venue`); a host written as the tail of a body named in full before (某公司
所属某某矿 … 某某矿工会) is that body (:func:`named_before`, which finds any such tail).

Kept apart from kg.extract.bodies, which reads each body's mention and asks these for the
host its name holds.
"""

from __future__ import annotations

from spacy.tokens import Span

from kg.extract.context import CONFIDENCE, ArticleContext
from kg.extract.spanmap import last_before
from kg.extract.wordlists import COMPANY_ENDINGS, UNION_HOST_SUFFIXES
from kg.lexicon import words
from kg.model.facts import EntityRef
from kg.nlp.definitions import DEFINITION_RE

# a company's units (车间, 工区): a union's host when a body is named before them
UNIT_ENDINGS = tuple(words("bodies/unit_endings.txt"))
# a hotel's or a guest house's name (某某温泉酒店): a business, the employer a union is formed in
BUSINESS_VENUES = tuple(words("bodies/business_venue_endings.txt"))


def named_before(ctx: ArticleContext, cls: str, name: str, pos: int) -> EntityRef | None:
    """经费审查委员会 after 区总工会经费审查委员会: a tail of a name given in full before; a
    venue's and an organisation's are one (工作站站长 after 某区总工会职工法律援助工作站)."""

    def filing(span, ref, rank):
        if ref.cls in ("TradeUnion", "Organization", "Place"):
            for k in range(1, len(ref.name)):
                yield (ref.cls == "TradeUnion", ref.name[k:]), (span[1], -rank, span)

    # the last named before (the first of those ending at the same place)
    last = last_before(ctx.ref_at.group("tails", filing).get((cls == "TradeUnion", name), []), (pos + 1,))
    return ctx.ref_at[last[2]] if last is not None else None


def company_venue(name: str) -> bool:
    """Does a venue's name open with a company's (…有限公司实训基地, …集团培训中心)?"""
    return any(name.endswith(COMPANY_ENDINGS, 0, k) for k in range(4, len(name) - 1))


def union_host(ctx: ArticleContext, s: Span, name: str) -> None:
    """来广营社区卫生服务中心工会: the body the union belongs to is named too; a host written
    as the tail of a body named in full before (某公司所属某某矿 … 某某矿工会) is that body, as
    the host written bare would be."""
    host = host_name(ctx, name)
    if host is not None:
        ref = named_before(ctx, "Organization", host, s.start_char) or EntityRef("Organization", host)
        end = s.end_char - (len(name) - len(host))
        defined = DEFINITION_RE.search(ctx.text, s.start_char, end)
        end = defined.start() if defined is not None and defined.end() == end else end
        ctx.add(ref, ctx.text[s.start_char : end], (s.start_char, end), CONFIDENCE["name"])


def host_name(ctx: ArticleContext, name: str) -> str | None:
    """The organisation a union's name opens with (来广营社区卫生服务中心 of its 工会), if any:
    a body by its ending, a business by its venue's (某某温泉酒店), or a unit of one
    (某钢铁有限公司炼钢二厂转炉车间, 某工务段某工区: a unit ending after a body named before it)."""
    for suf in UNION_HOST_SUFFIXES:
        if name.endswith(suf) and not name.endswith("总工会"):
            host = name[: -len(suf)]
            if len(host) < 4:
                return None
            unit = next((u for u in UNIT_ENDINGS if host.endswith(u)), None)
            owner = host[: -len(unit)] if unit else ""
            if unit and any(b in owner for b in (*COMPANY_ENDINGS, *ctx.lex.org_suffixes) if len(b) >= 2):
                return host
            return host if host.endswith(ctx.lex.org_suffixes) or host.endswith(BUSINESS_VENUES) else None
    return None
