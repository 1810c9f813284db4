"""The finders run through the real pipeline (LAC tags decide where words start), on
short invented texts."""

from __future__ import annotations

import pytest


@pytest.fixture(scope="session")
def find(nlp):
    """``find(text)``: the mentions of ``text`` as a set of (text, label, kind)."""

    def run(text: str) -> set[tuple[str, str, str]]:
        doc = nlp(text)  # (a span group needs its Doc alive)
        return {(s.text, s.label_, s._.kg_kind) for s in doc.spans["kg"]}

    return run


@pytest.fixture(scope="session")
def labelled(find):
    """``labelled(text, label)``: the texts of the mentions with that label."""

    def run(text: str, label: str) -> set[str]:
        return {t for t, lab, _ in find(text) if lab == label}

    return run


@pytest.fixture(scope="session")
def tagged(nlp):
    """``tagged((word, tag), …)``: a Doc of those LAC words and tags, with LAC's entities
    (PER/LOC/ORG/TIME words), for rules that depend on tags the model may not give."""
    from spacy.tokens import Doc

    def run(*words: tuple[str, str]):
        doc = Doc(nlp.vocab, words=[w for w, _ in words], spaces=[False] * len(words))
        for token, (_, tag) in zip(doc, words, strict=True):
            token.tag_ = tag
        return nlp.get_pipe("kg_lac_entities")(doc)

    return run


@pytest.fixture(scope="session")
def work_before(nlp):
    """``work_before(text, component)``: the mentions found before ``component`` runs (its
    input), for rules whose effect a later step would hide."""

    def run(text: str, component: str):
        doc = nlp.make_doc(text)
        for name, proc in nlp.pipeline:
            if name == component:
                return doc._.kg_work
            doc = proc(doc)
        raise AssertionError(f"no {component}")

    return run


@pytest.fixture(scope="session")
def tagged_doc(nlp, tagged):
    """``tagged_doc((word, tag), …)``: a Doc of those words and tags through the pipeline."""

    def run(*words: tuple[str, str]):
        doc = tagged(*words)
        for name, proc in nlp.pipeline:
            if name != "kg_lac_entities":
                doc = proc(doc)
        return doc

    return run


@pytest.fixture(scope="session")
def tagged_mentions(tagged_doc):
    """``tagged_mentions((word, tag), …)``: the mentions of a Doc of those words and tags."""

    def run(*words: tuple[str, str]) -> set[tuple[str, str, str]]:
        doc = tagged_doc(*words)
        return {(s.text, s.label_, s._.kg_kind) for s in doc.spans["kg"]}

    return run
