"""Ingestion: raw files (text, markdown, HTML, JSON lines) to clean ``Article`` objects.

The modules, in the order the data passes through them:

* :mod:`.sources` finds files and decodes their bytes (UTF-8, GB18030/GBK, detected);
* :mod:`.formats` (text, markdown, JSON lines) and :mod:`.html` read each format into
  blocks (:mod:`.document`), folding widths and odd spaces (:mod:`.normalize`); a markdown
  note under a YAML front matter is one article of its fields, its markup's furniture left
  out (:mod:`.md_notes`); a saved
  RSS/Atom feed, told by its content, is a document per item (:mod:`.feeds`), a saved
  iCalendar export one per entry (:mod:`.calendars`), a news app's saved JSON list API one
  per item (:mod:`.api_lists`), a video's subtitle track (SubRip, WebVTT) one of its
  paragraphs (:mod:`.subtitles`); a Word document (``.docx``) the text of its body, its
  tables' rows a line each (:mod:`.word_files`; a Word 97–2003 or WPS one, ``.doc``/``.wps``,
  :mod:`.word97_files`), a PDF the text of its pages
  (:mod:`.pdf_files`), an RTF document the text of its body (:mod:`.rtf_files`), an Excel
  workbook (``.xlsx``, ``.xls``) its sheets' rows, cells parted by tabs, or as CSV when it is
  a ledger (:mod:`.sheet_files`), an OpenDocument file (``.odt``, ``.ods``, ``.odp``) the same
  (:mod:`.open_documents`), a PowerPoint deck (``.pptx``) its slides' text and speaker notes
  (:mod:`.slide_files`), an OFD (``.ofd``) its pages' text in reading order (:mod:`.ofd_files`;
  their zips read through :mod:`.zip_parts`), a saved mail (``.eml``) its body under its subject and
  dated by the day it was sent (:mod:`.mail_files`), a page saved as one file (``.mhtml``)
  its HTML (:mod:`.saved_pages`); a work ledger saved as CSV (工作台账),
  told by its header row, one document whose rows are a sentence each (:mod:`.ledgers`); a log
  of sent messages saved as CSV (an SMS platform's), told by its time and text columns, one
  document per message, dated by its send time (:mod:`.message_logs`);
* :mod:`.timelines` cuts a saved social-media timeline (微博, 头条号…) into one document
  per post (its metadata, counts, comments and the page's card and sidebar left out), and
  :mod:`.listing` a column's list page into one per teaser (headline, date, teaser), and
  :mod:`.search_results` a search engine's results page into one per result, and
  :mod:`.digests` a monitoring digest into itself and one per report it lists, and
  :mod:`.forms` a file of filled forms into one per form (审批表, 登记表), and
  :mod:`.work_logs` an office app's export of work logs (【日报】 heads) into two per log; a
  forum thread is one under its title, the news it quotes another (:mod:`.threads`);
* :mod:`.pages` converts traditional characters, takes a header of fields' 标题：X
  (:mod:`.fields`), takes an encyclopedia's entry as one article (:mod:`.encyclopedia`) and a book's
  chapter (编/章/节 headings) as one under its title (:mod:`.chapters`), an episode's page
  (a podcast's) as one under the episode's title (:mod:`.episodes`) and a record with a log
  of dated steps (a hotline's work order) as one (:mod:`.step_logs`), an app's transcript of
  a meeting as one under no headline (:mod:`.minutes`),
  drops page furniture (:mod:`.boilerplate`; an app's, a gallery's, a video's and a message
  board's own lines, :mod:`.genre_furniture`; a short-video post's card, counts bar
  (:mod:`.post_counts`) and subtitle track, its hashtag-closed title heading the one
  article, :mod:`.video_posts`) and a bulletin's masthead, contents and call
  for contributions (:mod:`.bulletins`), repairs PDF breaks (:mod:`.repair`), splits pages into
  articles (:mod:`.split`; an item signed off in brackets ends there, :mod:`.signed`; an item
  appended under a label, 附：相关新闻, is one of its own, :mod:`.appended`) and
  reads bylines and photo credits (:mod:`.bylines`);
  :mod:`.shapes` says what a line looks like (headline, sentence end, slogan);
  :mod:`.post_dates` reads a social-media post's date line (发布于 …).

Domain words live in ``kg/data/lexicon/``: page furniture (navigation, meta labels, spam
markers…) in ``pages/``, outlets, role and photo words in ``credits/`` (read with
:mod:`kg.lexicon`).  Offsets into each article's text map back
to the decoded source through :class:`~kg.model.article.OffsetMap`, built from the
per-character bookkeeping of :mod:`.textmap`.
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable
from dataclasses import dataclass, field

from kg.errors import InputError, InputNote, describe
from kg.ingest.api_lists import looks_like_api_list, read_api_list
from kg.ingest.calendars import looks_like_calendar, read_calendar
from kg.ingest.dates import check_date_arg
from kg.ingest.digests import digest_documents
from kg.ingest.document import Document
from kg.ingest.feeds import looks_like_feed, read_feed
from kg.ingest.formats import read_jsonl, read_markdown, read_txt
from kg.ingest.forms import form_documents
from kg.ingest.html import read_html
from kg.ingest.ledgers import looks_like_ledger, read_ledger
from kg.ingest.listing import list_documents
from kg.ingest.mail_files import read_mail
from kg.ingest.message_logs import looks_like_message_log, read_message_log
from kg.ingest.ofd_files import ofd_text
from kg.ingest.open_documents import odf_text
from kg.ingest.pages import build_articles, simplify
from kg.ingest.parts import split_articles
from kg.ingest.pdf_files import pdf_text
from kg.ingest.rtf_files import rtf_text
from kg.ingest.saved_pages import mhtml_html
from kg.ingest.search_results import search_documents
from kg.ingest.sheet_files import xls_text, xlsx_text
from kg.ingest.slide_files import pptx_text
from kg.ingest.sources import SourceFile, find_sources, read_bytes, read_text
from kg.ingest.subtitles import looks_like_subtitles, read_subtitles
from kg.ingest.threads import thread_documents
from kg.ingest.timelines import timeline_documents
from kg.ingest.word97_files import doc_text
from kg.ingest.word_files import docx_text
from kg.ingest.work_logs import work_log_documents
from kg.ingest.written import simplified_page
from kg.limits import DEFAULT_MAX_ARTICLE_CHARS
from kg.model.article import Article, OffsetMap, doc_digest

__all__ = ["CONTAINERS", "Article", "IngestResult", "OffsetMap", "read_articles", "read_file"]


@dataclass
class IngestResult:
    articles: list[Article] = field(default_factory=list)
    skipped: list[InputError] = field(default_factory=list)  # each str() is "path: reason"
    notes: list[InputNote] = field(default_factory=list)  # warnings about files read all the same
    files: int = 0  # files read successfully


def _documents(sf: SourceFile, text: str) -> tuple[list[Document], list[InputError]]:
    """The documents of a text file; a traditional page is read converted to simplified
    characters (the marks the readers of ledgers, notes, feeds and tables look for are
    simplified words), what it wrote kept for its headlines and names."""
    converted = None if sf.path.suffix.lower() in (".html", ".htm") else simplified_page(text)
    if converted is None:
        return _text_documents(sf, text)
    docs, problems = _text_documents(sf, converted[0])
    for doc in docs:
        doc.written = converted[1]
    return docs, problems


def _text_documents(sf: SourceFile, text: str) -> tuple[list[Document], list[InputError]]:
    ext = sf.path.suffix.lower()
    if looks_like_feed(text):  # (an RSS or Atom feed is XML whatever the file is called)
        docs, notes = read_feed(text, sf.name)
        return docs, list(notes)
    if looks_like_calendar(text):  # (so is an iCalendar export, .ics or .txt)
        docs, notes = read_calendar(text, sf.name)
        return docs, list(notes)
    if ext != ".jsonl" and looks_like_api_list(text):  # (a news app's list API saved, .json or .txt)
        docs, notes = read_api_list(text, sf.name)
        return docs, list(notes)
    if ext == ".json":  # (any other JSON is data of some program, no page: say so, not read it as text)
        raise InputError(sf.name, "no article in this JSON: items need a title key and a body key (title, content …)")
    if ext in (".html", ".htm"):
        return read_html(text), []
    if looks_like_subtitles(text):  # (a video's subtitle track, .srt or .vtt or saved as text)
        return read_subtitles(text), []
    if ext not in (".md", ".markdown", ".jsonl") and looks_like_message_log(text):  # (sent messages saved as CSV)
        return read_message_log(text), []
    if ext not in (".md", ".markdown", ".jsonl") and looks_like_ledger(text):  # (a spreadsheet saved as CSV)
        docs, notes = read_ledger(text, sf.name)
        return docs, list(notes)
    if ext in (".md", ".markdown"):
        return read_markdown(text), []
    if ext == ".jsonl":
        return read_jsonl(text, sf.name)
    return read_txt(text), []


# files whose text lies inside a container of their format: the reader of each
CONTAINERS: dict[str, Callable[[bytes, str], str]] = {
    ".docx": docx_text,
    ".doc": doc_text,
    ".wps": doc_text,
    ".xlsx": xlsx_text,
    ".xls": xls_text,
    ".pdf": pdf_text,
    ".rtf": rtf_text,
    ".odt": odf_text,
    ".fodt": odf_text,
    ".ods": odf_text,
    ".odp": odf_text,
    ".fods": odf_text,
    ".fodp": odf_text,
    ".pptx": pptx_text,
    ".ofd": ofd_text,
}


# a deck's lines are its slides' paragraphs and points as typed, no lines a printed column
# wrapped: none carries on another, and no break is repaired (kg.ingest.repair)
SLIDE_DECKS = (".pptx", ".odp", ".fodp")


def _unpacked(sf: SourceFile, data: bytes, notes: list[InputNote]) -> tuple[str, list[Document], list[InputError]]:
    """The text of a file and its documents: a Word file's body (either format), a workbook's sheets, a PDF's
    pages, an RTF document's body, an OpenDocument's body, a deck's slides, an OFD's pages, a saved mail's
    body and a saved page's HTML are text inside a container (kg.ingest.word_files, word97_files,
    sheet_files, pdf_files, rtf_files, open_documents, slide_files, ofd_files, mail_files, saved_pages);
    any other file is text."""
    ext = sf.path.suffix.lower()
    if ext in CONTAINERS:
        text = CONTAINERS[ext](data, sf.name)
        docs, problems = _documents(sf, text)
        for doc in docs if ext in SLIDE_DECKS else []:
            doc.repair = False
        return text, docs, problems
    if ext == ".eml":
        mail = read_mail(data, sf.name)
        docs, problems = (read_html(mail.text), []) if mail.html else _documents(sf, mail.text)
        for doc in docs:  # (the day it was sent, where the body gives none)
            doc.date = doc.date or mail.date
        return mail.text, docs, problems
    if ext in (".mhtml", ".mht"):
        page = mhtml_html(data, sf.name)
        return page, read_html(page), []
    text = read_text(sf, notes, data=data)
    return (text, *_documents(sf, text))


def read_file(
    sf: SourceFile, *, date: str | None = None, data: bytes | None = None
) -> tuple[list[Article], list[InputError]]:
    """Articles of one file (of ``data``, its bytes, when the caller read them), and
    problems with parts of it (bad JSON lines, skipped) and notes (``InputNote``:
    warnings about what was read, nothing skipped).

    ``data``: the file's bytes when the caller read them already (kg.pipeline.parallel hashes
    exactly what it processes).  Raises InputError when the file as a whole cannot be read.
    """
    notes: list[InputNote] = []
    data = read_bytes(sf) if data is None else data
    text, docs, problems = _unpacked(sf, data, notes)
    articles: list[Article] = []
    for doc in docs:  # a saved timeline's posts are a document each, so are a list page's teasers
        # (a traditional page is read in simplified characters from here on, what it wrote
        # kept by source offset: the marks the splitters look for are simplified words)
        forms = doc.written or simplify(doc)
        parts = (
            timeline_documents(doc)
            or work_log_documents(doc)
            or thread_documents(doc)
            or search_documents(doc)
            or digest_documents(doc)
            or form_documents(doc)
            or list_documents(doc)
        )
        for part in parts or [doc]:
            articles.extend(build_articles(part, sf.shown, len(articles), date, raw=text, forms=forms))
    digest = doc_digest(hashlib.sha256(data).hexdigest())
    for article in articles:  # ids are made of the content, not of where the file lies
        article.doc = digest
    if not articles and not problems:
        raise InputError(sf.name, "no article text found")
    if not articles:
        raise problems[0]
    return articles, [*notes, *problems]


def read_articles(
    inputs: list[str],
    *,
    date: str | None = None,
    strict: bool = False,
    progress: Callable[[int, int], object] | None = None,
    max_article_chars: int = DEFAULT_MAX_ARTICLE_CHARS,
) -> IngestResult:
    """Read every article in ``inputs`` (files, folders or glob patterns).

    ``date`` (ISO) is the document date for sources that give none; articles longer
    than ``max_article_chars`` are split into parts (:mod:`.parts`), with a warning.  A bad input is
    recorded in ``skipped`` and the rest is read on; with ``strict`` the first one
    raises.  When nothing at all could be read, the first problem is raised, so that a
    wrong path fails the command instead of yielding an empty result.
    """
    default_date = check_date_arg(date)
    files, problems = find_sources(inputs)
    result = IngestResult()
    if strict and problems:
        raise problems[0]
    result.skipped.extend(problems)
    for n, sf in enumerate(files, start=1):
        try:
            articles, found = read_file(sf, date=default_date)
        except InputError as exc:
            if strict:
                raise
            result.skipped.append(exc)
        except Exception as exc:  # a bug this file revealed: it is skipped, the others are read
            if strict:
                raise
            result.skipped.append(InputError(sf.name, f"internal error while reading: {describe(exc)}"))
        else:
            partial = [p for p in found if not isinstance(p, InputNote)]
            if strict and partial:
                raise partial[0]
            articles, split = split_articles(articles, max_article_chars, sf.name)
            result.articles.extend(articles)
            result.skipped.extend(partial)
            result.notes.extend([*(p for p in found if isinstance(p, InputNote)), *split])
            result.files += 1
        if progress is not None:
            progress(n, len(files))
    if result.files == 0 and result.skipped:
        first = result.skipped[0]
        more = len(result.skipped) - 1
        if more:
            plural = "s" if more > 1 else ""
            raise InputError(first.path, f"{first.reason} (and {more} more bad input{plural})")
        raise first
    return result
