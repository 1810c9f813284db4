"""Family *events*, continued: who signs a mediation's agreement took part in the mediation.

A union's mediation committee prints its agreement (调解协议书, the headline ending in a word of
``events/form_signers.tsv``) as a form whose foot is a block of signature fields: the label, a
bracketed note of how to sign (（签名、按指印）, （盖章）), a colon, then the handwritten name
set in 【】 or the seal in 〔〕, as a typist marks them.  The labels of the parties, their
agents and the mediators (申请人, 委托代理人, 调 解 员 — spaced out to one width) name those who
sat at the mediation, the page's main event: a handwritten name is a person, a seal the body
whose seal it is.  The minute-taker (记录人) and who checked it afterwards (审核) did not sit.
"""

from __future__ import annotations

import re

from kg.extract.context import CONFIDENCE, ArticleContext
from kg.lexicon import table
from kg.model.facts import EntityRef

_ROWS = table("events/form_signers.tsv")
_TITLES = tuple(w for w, kind in _ROWS if kind == "title")
_SIGNERS = frozenset(w for w, kind in _ROWS if kind == "signer")
# a signature field: its label (after a line's start or a gap), a bracketed note, a colon, then
# the handwritten entry (【…】) or the seal (〔…〕) on the same line
_FIELD = re.compile(
    r"(?:^|(?<=[ \t\u3000]))(?P<label>[^\s：:（(【〔][^：:（(【〔\n]{0,14}?)[ \t\u3000]*"
    r"(?:[（(][^）)\n]{1,10}[）)])?[：:][ \t\u3000]*(?:【(?P<hand>[^】\n]{1,12})】|〔(?P<seal>[^〕\n]{2,40})〕)",
    re.MULTILINE,
)
_SPACES = re.compile("[ \t\u3000]+")


def form_signers(ctx: ArticleContext) -> None:
    """On a mediation's agreement, each party, agent and mediator who signs the form takes part
    in its main event (the mediation)."""
    main = ctx.main_event()
    if main is None or not (ctx.article.headline or "").strip().endswith(_TITLES):
        return
    known = {ref for ref, _ in main.participants}
    for m in _FIELD.finditer(ctx.text):
        if _SPACES.sub("", m.group("label")) not in _SIGNERS:
            continue
        group = "hand" if m.group("hand") is not None else "seal"
        a, b = m.span(group)
        if group == "hand":
            found = [(p.start_char, p.end_char, EntityRef("Person", p.text)) for p in ctx.mentions_in("PERSON", a, b)]
            named = EntityRef("Person", _SPACES.sub("", m.group("hand")))
            if not found and named in ctx.facts.entities:
                found = [(a, b, named)]  # (【罗海生】 untagged here: the person the form names above)
        else:
            found = ctx.bodies_in(a, b)[:1]  # (〔某公司  合同专用章〕: the body whose seal it is)
        for x, y, ref in found:
            if ref not in known:
                known.add(ref)
                main.participants.append((ref, ctx.evidence(x, y, CONFIDENCE["pattern"])))
