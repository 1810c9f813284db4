"""The spaCy pipeline: a LAC tokenizer, LAC's entities, sentences, then our domain rules.

Every step is a registered spaCy component so a pipeline can be assembled from a
config; results travel on the ``Doc``: LAC's tags in ``token.tag_``, its entities in
``doc.ents``, our domain mentions in ``doc.spans["kg"]``.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator

import spacy
from spacy.language import Language
from spacy.tokens import Doc, Span
from spacy.vocab import Vocab

from kg.nlp.lac import LacModel

# Where a sentence may end; long runs without these are cut at commas, then by length,
# so the encoder never sees a sequence longer than MAX_CHUNK.
SENTENCE_END = "。！？!?；;\n"
MAX_CHUNK = 200
_SENT_RE = re.compile(r"[^。！？!?；;\n]*(?:[。！？!?；;]+[”’」』）)]*|\n|$)")

_WS_RE = re.compile(r"\s+|\S+")
LAC_ENTITY_TAGS = {"PER": "PER", "LOC": "LOC", "ORG": "ORG", "TIME": "TIME"}
# spaCy Chinese pipelines (OntoNotes labels) to ours
SPACY_LABELS = {"PERSON": "PER", "GPE": "LOC", "LOC": "LOC", "ORG": "ORG", "FAC": "LOC",
                "DATE": "TIME", "TIME": "TIME", "NORP": "ORG"}


def chunks(text: str) -> list[tuple[int, int]]:
    """Cut text into sentence-sized pieces (start, end) that cover it exactly."""
    out: list[tuple[int, int]] = []
    pos = 0
    for m in _SENT_RE.finditer(text):
        if m.end() == m.start():
            continue
        start, end = m.start(), m.end()
        while end - start > MAX_CHUNK:
            cut = max(text.rfind(c, start, start + MAX_CHUNK) for c in "，,、：: ")
            cut = cut + 1 if cut > start else start + MAX_CHUNK
            out.append((start, cut))
            start = cut
        out.append((start, end))
        pos = end
    if pos < len(text):
        out.append((pos, len(text)))
    return out


class LacTokenizer:
    """Segments with LAC; ``pipe`` batches the encoder over many texts at once."""

    def __init__(self, vocab: Vocab, model: LacModel | None = None, batch_chars: int = 20000) -> None:
        self.vocab = vocab
        self._model = model
        self.batch_chars = batch_chars

    @property
    def model(self) -> LacModel:
        if self._model is None:
            self._model = LacModel.shared()
        return self._model

    def __call__(self, text: str) -> Doc:
        return next(iter(self.pipe([text])))

    def pipe(self, texts: Iterable[str], batch_size: int = 64) -> Iterator[Doc]:
        batch: list[str] = []
        size = 0
        for text in texts:
            batch.append(text)
            size += len(text)
            if len(batch) >= batch_size or size >= self.batch_chars:
                yield from self._docs(batch)
                batch, size = [], 0
        if batch:
            yield from self._docs(batch)

    def _docs(self, texts: list[str]) -> list[Doc]:
        pieces: list[str] = []
        spans: list[list[tuple[int, int]]] = []
        for text in texts:
            cs = chunks(text)
            spans.append(cs)
            pieces.extend(text[a:b] for a, b in cs)
        analysed = iter(self.model.analyze(pieces))
        docs = []
        for text, cs in zip(texts, spans, strict=True):
            words: list[str] = []
            tags: list[str] = []
            for _ in cs:
                for word, tag in next(analysed):
                    # LAC glues a line break to the word before it; white space is its own token
                    for piece in _WS_RE.findall(word):
                        words.append(piece)
                        tags.append("w" if piece.isspace() else tag)
            doc = Doc(self.vocab, words=words, spaces=[False] * len(words))
            for token, tag in zip(doc, tags, strict=True):
                token.tag_ = tag
            assert doc.text == text
            docs.append(doc)
        return docs

    # spaCy saves and loads tokenizers with the pipeline; LAC's model ships in its package.
    def to_bytes(self, **kwargs) -> bytes:
        return b""

    def from_bytes(self, data: bytes, **kwargs) -> LacTokenizer:
        return self

    def to_disk(self, path, **kwargs) -> None:
        pass

    def from_disk(self, path, **kwargs) -> LacTokenizer:
        return self


@spacy.registry.tokenizers("kg.LacTokenizer.v1")
def create_lac_tokenizer():
    def make(nlp: Language) -> LacTokenizer:
        return LacTokenizer(nlp.vocab)

    return make


@Language.component("kg_lac_entities")
def lac_entities(doc: Doc) -> Doc:
    """LAC's PER/LOC/ORG/TIME word tags become ``doc.ents``."""
    ents = []
    for token in doc:
        label = LAC_ENTITY_TAGS.get(token.tag_)
        if label:
            ents.append(Span(doc, token.i, token.i + 1, label=label))
    doc.set_ents(ents)
    return doc


@Language.factory("kg_entity_labels", default_config={"label_map": SPACY_LABELS})
def make_entity_labels(nlp: Language, name: str, label_map: dict[str, str]):
    """Maps another model's entity labels onto ours (PER, LOC, ORG, TIME)."""

    def relabel(doc: Doc) -> Doc:
        ents = [Span(doc, e.start, e.end, label=label_map[e.label_]) for e in doc.ents if e.label_ in label_map]
        doc.set_ents(ents)
        return doc

    return relabel


@Language.component("kg_sentences")
def sentences(doc: Doc) -> Doc:
    """Sentence starts after 。！？； and line breaks (Chinese news needs no parser for this)."""
    start = True
    for token in doc:
        token.is_sent_start = start
        start = bool(token.text) and token.text[-1] in SENTENCE_END
    return doc


def make_nlp(model: str = "lac") -> Language:
    """The whole pipeline: ``lac`` (bundled, default) or an installed spaCy Chinese pipeline."""
    import kg.nlp.mentions  # noqa: F401  (registers kg_mentions)

    if model == "lac":
        nlp = spacy.blank("zh", config={"nlp": {"tokenizer": {"@tokenizers": "kg.LacTokenizer.v1"}}})
        nlp.add_pipe("kg_lac_entities")
    else:
        nlp = spacy.load(model, exclude=["parser", "senter"])
        if "ner" in nlp.pipe_names:
            nlp.add_pipe("kg_entity_labels", after="ner")
    nlp.add_pipe("kg_sentences")
    nlp.add_pipe("kg_mentions")
    return nlp


def pipe(nlp: Language, texts: Iterable[str], batch_size: int = 64) -> Iterator[Doc]:
    """``nlp.pipe`` with the tokenizer batched too (spaCy calls tokenizers one text at a time)."""
    tok = nlp.tokenizer
    if hasattr(tok, "pipe"):
        docs: Iterable[Doc] = tok.pipe(texts, batch_size=batch_size)
    else:
        docs = (tok(t) for t in texts)
    return nlp.pipe(docs, batch_size=batch_size)
