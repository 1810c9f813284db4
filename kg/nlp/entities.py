"""``kg_entities``: the pipeline's named entities, in ``doc.ents``, labelled by contract class.

The model (LAC or a spaCy pipeline) tags PER/LOC/ORG word by word; the domain finder
(``kg_mentions``) knows more about the names our users care about: whole union and
organisation names (北京市朝阳区总工会 rather than 朝阳区 + 总工会), areas from the
gazetteer, venues, and people read from lists of officials.  Here the two are
combined, so that ``doc.ents`` is the best reading of the text we have: domain mentions
where there are any, the model's entities elsewhere.  The labels are the contract's
classes, the vocabulary users already know from the graph; the graph itself keeps
only the entities it can resolve (a foreign country, say, is an entity here but has
no node there).
"""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc

from kg.nlp.doctable import entity_table, set_entity_table

# domain mention labels (doc.spans["kg"]) and model labels -> contract class
FROM_MENTION = {
    "UNION": "TradeUnion",
    "ORG": "Organization",
    "AREA": "AdministrativeArea",
    "PLACE": "Place",
    "PERSON": "Person",
}
FROM_MODEL = {"PER": "Person", "ORG": "Organization", "LOC": "Place"}
# mention kinds that refer to an entity without naming it (首都 for Beijing)
REFERENCES = frozenset({"capital", "nickname"})


@Language.component("kg_entities", assigns=["doc.ents"], requires=["doc.spans"])
def entities(doc: Doc) -> Doc:
    """The longest readings first; a domain mention wins a tie with the model.

    Longest first lets the model's 新华社 beat a street called 新华 inside it, and a
    domain union name beat the area the model saw at its start.
    """
    candidates = [
        (s.start, s.end, FROM_MENTION[s.label_], 0)
        for s in doc.spans.get("kg", [])
        if s.label_ in FROM_MENTION and s._.kg_kind not in REFERENCES
    ]
    # a model's word across a domain mention's edge was cut wrong (选举|章立|华为协会: the name
    # 章立华 and 为 协会): the mention's reading stands, the word is no entity
    n = len(doc)
    outer = [(n, -1)] * n
    for a, b, _, _ in candidates:
        for t in range(a, b):
            outer[t] = (min(outer[t][0], a), max(outer[t][1], b))
    candidates += [
        (a, b, FROM_MODEL[label], 1)
        for a, b, label in entity_table(doc)
        if label in FROM_MODEL
        and not any(outer[t][0] < a < outer[t][1] or outer[t][0] < b < outer[t][1] for t in range(a, b))
    ]
    taken = [False] * len(doc)
    for span in doc.spans.get("kg_rejected", []):  # the domain layer knows these are no names
        taken[span.start : span.end] = [True] * (span.end - span.start)
    chosen: list[tuple[int, int, str]] = []
    for start, end, label, _ in sorted(candidates, key=lambda c: (c[0] - c[1], c[3], c[0])):
        if start < end and not any(taken[start:end]):
            chosen.append((start, end, label))
            taken[start:end] = [True] * (end - start)
    set_entity_table(doc, sorted(chosen))
    return doc
