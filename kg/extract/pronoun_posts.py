"""Family *posts*, offices told of a pronoun: 周某日均配送60余单。…他现任某县快递行业联合工会副主席.

A feature story names its person once and goes on with 他 / 她; a clause opening with the
pronoun and a verb of holding now (现任, 现为: ``posts/profile_verbs.txt``) or of being elected
(当选, 增补为: the election verbs of ``posts/elected_verbs.txt``, as A当选… is read of a name) or a
copula (她还是, 他也是: ``posts/pronoun_copulas.txt``) names that person's offices, each at the
body written right after the verb.  The pronoun stands for the person its paragraph named
before it, and only when the paragraph named one person there (张三向李四学艺。他现任… could
be either: no post).  Offices held once (他曾任…) take no profile verb.  A profile
may leave the subject out, the sentence opening with the verb (…，2012年退休。现任…): the same.
"""

from __future__ import annotations

import re

from kg.extract.context import CONFIDENCE, ArticleContext
from kg.extract.office_chains import offices_after, title_index
from kg.extract.offices import BODY_CLASSES
from kg.extract.wordlists import ELECTED_VERBS, PROFILE_VERBS
from kg.lexicon import alternation_of, words
from kg.model.facts import EntityRef, RelationFact

# the verbs of an election (当选, 被推选为, 增补为), not of an appointment or a move (担任, 调任)
_ELECTED = tuple(v for v in ELECTED_VERBS if "选" in v or "增补" in v)
# 他是, 她还是 (如今，她还是公司工会女职工委员会主任): what the person is, the body next
_COPULAS = words("posts/pronoun_copulas.txt")
# 他现任 / 她现为 / 她当选 / 她还是, opening a sentence or a clause
_HOLDS = re.compile(f"(?:^|(?<=[。！？；;，,\\s]))[他她](?:{alternation_of((*PROFILE_VERBS, *_ELECTED, *_COPULAS))})")
# 。现任… : a sentence of a profile opening with the verb of holding now, its subject left out
# (NAME，1952年生，…，2012年退休。现任某协会名誉会长): the profile's one person
_NOW = tuple(v for v in PROFILE_VERBS if v.startswith("现"))
_HOLDS_UNSAID = re.compile(f"(?<=[。！？])(?:{alternation_of(_NOW)})")


def pronoun_posts(ctx: ArticleContext) -> None:
    """他现任BODY TITLE: the offices of the one person the paragraph named before."""
    text = ctx.text
    titles = {t.end_char: t for t in ctx.mentions_of("TITLE")}
    by_start, inside = title_index(titles.values())
    people = sorted(ref for ref in ctx.facts.entities if ref.cls == "Person")
    for m in sorted([*_HOLDS.finditer(text), *_HOLDS_UNSAID.finditer(text)], key=lambda m: m.start()):
        if not any(ctx.ref_at[span].cls in BODY_CLASSES for span in ctx.ref_at.by_start.get(m.end(), ())):
            continue  # (the body must be written: 他现任主席 says at which body nowhere)
        line = text.rfind("\n", 0, m.start()) + 1  # (ingest joined the lines a printed page wrapped)
        named = {p.text for p in ctx.mentions_in("PERSON", line, m.start())}
        if not named:  # (a name the tagger missed here, read as a person elsewhere in the article)
            named = {ref.name for ref in people if ref.name in text[line : m.start()]}
        if len(named) != 1:
            continue
        person = EntityRef("Person", named.pop())
        offices, _end = offices_after(ctx, m.end(), by_start, inside, m.start())
        for t, body, role in offices:
            ev = ctx.evidence(m.start(), t.end_char, CONFIDENCE["pattern"])
            ctx.facts.relations.append(RelationFact(person, "post", body, ev, role=role))
