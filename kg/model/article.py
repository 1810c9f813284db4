"""What ingestion hands to the rest of the pipeline: articles with their credits, and their ids."""

from __future__ import annotations

import bisect
from dataclasses import dataclass, field


@dataclass(frozen=True)
class OffsetMap:
    """Maps offsets in cleaned text back to offsets in the decoded source text.

    Cleaning (joining PDF line breaks, dropping bylines, converting traditional
    characters) means the cleaned text is not one slice of the source.  The map is a
    sorted list of runs ``(clean_start, source_start, length)``; inside a run the two
    texts advance together.  An offset between runs maps to the start of the next run.
    """

    runs: tuple[tuple[int, int, int], ...] = ()

    def to_source(self, offset: int) -> int:
        """The source offset of the cleaned text's ``offset``."""
        if not self.runs:
            return offset
        starts = [r[0] for r in self.runs]
        i = bisect.bisect_right(starts, offset) - 1
        if i < 0:
            return self.runs[0][1]
        clean_start, source_start, length = self.runs[i]
        if offset - clean_start <= length:
            return source_start + (offset - clean_start)
        if i + 1 < len(self.runs):
            return self.runs[i + 1][1]
        return source_start + length


@dataclass
class Article:
    """One news article cut out of a page, web page or JSON line.

    ``text`` is what the NLP stages read: the headline, the decks and the body, one per
    line.  Evidence offsets everywhere in the project are offsets into ``text``.
    """

    source: str  # the source file, as a POSIX path relative to the folder it was found in
    index: int  # position of the article in its source file, from 0
    headline: str | None
    body: str
    decks: list[str] = field(default_factory=list)  # sub-headlines (引题/副题)
    reporters: list[str] = field(default_factory=list)
    photographers: list[str] = field(default_factory=list)
    byline: str | None = None  # the byline as printed, e.g. 本报讯（记者 张晶）
    outlet: str | None = None  # who filed it: 本报, 中工网, 新华社 …
    date: str | None = None  # ISO date of the document (YYYY-MM-DD, YYYY-MM or YYYY)
    url: str | None = None
    source_start: int = 0  # where the article starts in the decoded source text
    source_end: int = 0  # where it ends
    offsets: OffsetMap = field(default_factory=OffsetMap)  # ``text`` offsets -> source offsets
    # ``text`` as printed, for a page converted from traditional characters: as long as
    # ``text``, each character the source's where it was converted one for one; None
    # when nothing in the article was converted (kg.ingest.written)
    written: str | None = None
    # a credited person's name as printed, where a converted page printed it otherwise
    # (张姝 -> 張姝): the byline is cut from ``text``, so ``written`` cannot say it
    credits_written: dict[str, str] = field(default_factory=dict)
    # a name's dot the page printed otherwise (阿不都•热合曼, 麦麦提敏.吐尔洪), by offset in
    # ``text``: cleaning makes each the one middle dot, the name's label keeps the page's
    dots: dict[int, str] = field(default_factory=dict)
    # the credit each credited person was read from, as it stands in the source (a caption's
    # 摄影：X, a closing （通讯员 X）, a meta line's 作者 field): the evidence of a credit
    # the byline does not hold
    credit_lines: dict[str, str] = field(default_factory=dict)
    # the headline as the page printed it, where cleaning took out more than it converted
    # (a pinyin reading 節(jié), a bullet made a name's dot): an Article's label is its
    # headline as printed; None when that is ``written_headline`` or ``headline``
    printed_headline: str | None = None
    # the page furniture ingestion dropped that says whose page it is (site name,
    # breadcrumb, 来源 value): on a document's first article only; read for the page's region
    furniture: list[str] = field(default_factory=list)
    # a leader roster the page's furniture held (kg.ingest.rosters), not an article: only
    # its posts are read
    roster: bool = False
    # an entry its source says was not held (a calendar's cancelled or planned entry,
    # kg.ingest.calendars): its names are read, no event
    unheld: bool = False
    # the digest of the source file's bytes (16 hex digits of its SHA-256) that ids are
    # made of, so that they do not depend on where the file lies; None: ids use ``source``
    doc: str | None = None

    @property
    def text(self) -> str:
        """Headline, decks and body, one per line: what the NLP stages read."""
        parts = [p for p in (self.headline, *self.decks) if p]
        parts.append(self.body)
        return "\n".join(parts)

    @property
    def written_headline(self) -> str | None:
        """The headline as printed, when it differs from ``headline`` (a converted page)."""
        if self.headline is None or self.written is None:
            return None
        printed = self.written[: len(self.headline)]
        return printed if printed != self.headline else None

    @property
    def body_offset(self) -> int:
        """Where ``body`` starts inside ``text``."""
        return len(self.text) - len(self.body)

    @property
    def key(self) -> str:
        """A stable identifier: the source file's content digest (else its name) and position.

        The digest, not the path: the same file built from another folder, or under
        another name, keeps its ids, and two files of the same name in different folders
        (``kg build a/ b/``) do not share them.
        """
        return f"{self.doc or self.source}#{self.index}"

    @property
    def chars(self) -> int:
        """The length of ``text``."""
        return len(self.text)


def article_id(article: Article) -> str:
    """The graph node id of ``article``: stable across builds (source file's digest and position)."""
    return f"article:{article.key}"


DOC_DIGEST_CHARS = 16  # 64 bits of the file's SHA-256: no collision among an archive's files


def doc_digest(sha256: str) -> str:
    """The part of a file's SHA-256 (hex) that article and event ids are made of."""
    return sha256[:DOC_DIGEST_CHARS]
