"""From a read source to articles: clean, repair, split, read credits.

This is the one path every format takes after its reader (see
:mod:`kg.ingest.document`), so that a byline or a spam line is handled the same in a
``.txt`` page, a markdown file, an HTML page or a JSON line.
"""

from __future__ import annotations

import re

from kg.ingest.adverts import without_adverts
from kg.ingest.answers import read_answers
from kg.ingest.bar_rows import bar_rows
from kg.ingest.bars import aired_date
from kg.ingest.bilingual import chinese_blocks
from kg.ingest.body_credits import add_author, read_credits
from kg.ingest.broken_titles import quoted_tail
from kg.ingest.bulletins import one_item_bulletin, without_masthead
from kg.ingest.captions import placed_captions, summary_as_deck, without_captions, without_teasers
from kg.ingest.chapters import read_chapter
from kg.ingest.chats import chat_heads, chat_segments
from kg.ingest.cover_titles import read_cover
from kg.ingest.document import Block, Document
from kg.ingest.encyclopedia import read_entry
from kg.ingest.episodes import read_episode
from kg.ingest.fields import take_titled_field
from kg.ingest.genre_furniture import without_hashtags
from kg.ingest.heading_stacks import stacked_level
from kg.ingest.headlines import (
    cleaned_headline,
    column_label,
    joined_title,
    kicker_over_title,
    labelled_parts,
    original_title,
    programme_item,
    repeated_title,
    repost_title,
    spaced_close,
    subject_over_predicate,
)
from kg.ingest.later_heads import at_later_heads
from kg.ingest.minutes import read_minutes
from kg.ingest.name_marks import printed_dots
from kg.ingest.normalize import is_traditional, to_simplified
from kg.ingest.note_marks import notes_after_paragraph, without_note_marks
from kg.ingest.ocr_banner import without_ocr_banner
from kg.ingest.ocr_marks import chinese_marks
from kg.ingest.official import read_official
from kg.ingest.page_furniture import drop_furniture
from kg.ingest.pinyin_heads import without_pinyin_heads
from kg.ingest.repair import repair_breaks
from kg.ingest.running_heads import drop_running_feet, drop_running_heads
from kg.ingest.segments import Segment
from kg.ingest.signoff import closing_sign_off, merge_sign_offs, owner_over_headline, writer_under_headline
from kg.ingest.spam_lines import without_spam
from kg.ingest.speakers import speaker_lines
from kg.ingest.split import (
    heading_level,
    long_title,
    split_marked,
    split_one,
    split_plain,
)
from kg.ingest.stacks import split_item_heads
from kg.ingest.step_logs import read_log
from kg.ingest.textmap import NO_SOURCE, Mapped
from kg.ingest.video_posts import tagged_title, without_cues
from kg.ingest.written import WrittenForms, printed_form
from kg.model.article import Article


def simplify(doc: Document) -> WrittenForms | None:
    """Convert a traditional-character document to simplified, offsets kept; what was
    converted, to give each article its text as written (None: nothing converted)."""
    sample = "".join(b.text.text for b in doc.blocks) + (doc.title.text if doc.title else "")
    if not is_traditional(sample):
        return None
    forms = WrittenForms()
    doc.blocks = [Block(to_simplified(b.text, forms.chars), b.level, b.gap) for b in doc.blocks]
    doc.furniture = [to_simplified(Mapped(f, [NO_SOURCE] * len(f))).text for f in doc.furniture]  # (HTML's)
    doc.roster = [to_simplified(line, forms.chars) for line in doc.roster]  # (HTML's)
    if doc.title is not None:
        title = to_simplified(doc.title, forms.chars)
        if len(title) == len(doc.title):
            forms.title = (title, doc.title.text)
        doc.title = title
    return forms


def segments_of(doc: Document) -> list[Segment]:
    if doc.one_article:  # (a record's log of dated steps too, whose step lines read as a chat's heads)
        return split_one(doc.blocks, title_given=doc.title is not None or doc.untitled)
    if heads := chat_heads(doc.blocks):  # a chat's history: its titled messages are its articles
        return chat_segments(doc.blocks, heads)
    level = stacked_level(doc.blocks, heading_level(doc.blocks))  # (引题 / 主标题 / 副题 headings)
    return (
        split_marked(doc.blocks, level) if level is not None else split_plain(doc.blocks, doc.web_article, doc.captions)
    )


def build_articles(
    doc: Document,
    source: str,
    first_index: int,
    default_date: str | None,
    raw: str | None = None,
    forms: WrittenForms | None = None,
) -> list[Article]:
    """The articles of one read document, in simplified characters already (the caller
    converts a traditional page before cutting it into documents, :func:`simplify`); ``raw``,
    the decoded source the document's offsets point into, gives each headline as printed
    (:func:`printed_form`), and ``forms``, what that conversion changed, the text as written."""
    tagged: set[int] = set()  # the lines a post's hashtags closed
    blocks = without_pinyin_heads(without_note_marks(doc.blocks))  # (a masthead's 某报 / MOUBAO: before English goes)
    doc.blocks = without_cues(without_hashtags(chinese_blocks(chinese_marks(blocks)), tagged))
    doc.blocks = without_spam(without_ocr_banner(doc.blocks))
    read_entry(doc)
    read_chapter(doc)
    read_official(doc)
    read_cover(doc)
    read_episode(doc)
    read_answers(doc)
    read_log(doc)
    read_minutes(doc)
    page = list(doc.blocks)  # with its furniture: a meta line's 作者 is printed there
    doc.repair = doc.repair and not chat_heads(doc.blocks)  # (a chat's lines are its messages')
    doc.blocks = drop_running_feet(drop_running_heads(bar_rows(doc.blocks), doc.furniture), doc.furniture)
    doc.blocks = notes_after_paragraph(doc.blocks)  # (a page's foot cut a paragraph)
    doc.blocks, titled = take_titled_field(doc.blocks) if not doc.one_article else (doc.blocks, None)
    drop_furniture(doc)
    # (a programme's replay page: the air date of its programme line, no meta line's)
    doc.date = doc.date or aired_date([b.text.text for b in page])
    dated = {b.text.text for b in doc.blocks if id(b.text) in doc.labelled_heads}  # (ids of live blocks only)
    one_item_bulletin(doc)
    doc.blocks = without_masthead(doc.blocks, doc.furniture)
    doc.blocks = speaker_lines(without_teasers(without_captions(doc.blocks)))
    if doc.title is None and not doc.one_article and long_title(doc.blocks):
        # taken before repair, which would join a line with no sentence end to the next
        doc.title, doc.blocks = doc.blocks[0].text, doc.blocks[1:]
    elif doc.title is None and not doc.one_article and tagged_title(doc.blocks, tagged):
        # a video's or a post's caption, its hashtags cut: the post is one article (its
        # subtitles' short lines head none, its 记者了解到 opens none)
        doc.title, doc.blocks, doc.one_article = doc.blocks[0].text, doc.blocks[1:], True
        # (a credits line closing it, 视频来源：… 记者：X, is the post's, whatever line is above it)
        doc.author = doc.author or next(iter(doc.later_authors.values()), None)
    if doc.repair:
        doc.blocks = repair_breaks(doc.blocks)
    if not doc.one_article:
        doc.blocks = split_item_heads(doc.blocks)
    segments = without_adverts(placed_captions(merge_sign_offs(segments_of(doc))))
    if not doc.one_article:
        segments = at_later_heads(segments, dated)
    if segments and titled is not None:  # the field 标题：X heads the first article, the others are decks
        first = segments[0]
        first.decks = [b for b in (first.headline, *first.decks) if b is not None]
        first.headline = Block(titled)
    if segments:
        owner_over_headline(segments[0])
    if segments:
        repost_title(segments[0], doc.title)
    if segments and segments[0].headline is None and doc.title is not None:
        segments[0].headline = Block(doc.title)
        segments[0].decks = [d for d in segments[0].decks if d.text.text != doc.title.text]
    articles: list[Article] = []
    for seg in segments:
        head_id = id(seg.headline.text) if seg.headline else 0
        author = doc.later_authors.get(head_id)
        programme_item(seg)
        labelled_parts(seg)
        joined_title(seg)
        spaced_close(seg)
        quoted_tail(seg)
        column_label(seg)
        if seg is not segments[0]:
            subject_over_predicate(seg)
        if not (seg.decks and id(seg.decks[0].text) in doc.sub_titles):
            kicker_over_title(seg)
        repeated_title(seg, page, dated)
        original_title(seg)
        cleaned_headline(seg)
        summary_as_deck(seg)
        head_text = seg.headline.text.text if seg.headline else None
        if doc.one_article and seg.body and seg.body[0].text.text == head_text:
            seg.body = seg.body[1:]  # the JSON text repeats its title
        writer = writer_under_headline(seg)
        seg.body, signed = closing_sign_off(seg.body)
        parts, cr = read_credits(seg.body)
        cr.add(writer, cr.reporters)
        cr.add(signed, cr.reporters)
        head = seg.headline.text if seg.headline else None
        decks = [d.text for d in seg.decks]
        body = Mapped.join("\n", parts)
        if head is None and (not body or _PAGE_NUMBER.fullmatch(body.text)):
            continue  # (a page's number alone on its line, over the page's first headline, heads nothing)
        lines = [x for x in (head, *decks) if x] + [body]
        text = Mapped.join("\n", lines)
        span = doc.span or _span(seg.blocks())
        art = Article(
            source=source,
            index=first_index + len(articles),
            headline=head.text if head else None,
            body=body.text,
            decks=[d.text for d in decks],
            reporters=cr.reporters,
            photographers=cr.photographers,
            byline=cr.byline,
            credit_lines=cr.lines,
            outlet=cr.outlet or doc.later_outlets.get(head_id) or doc.outlet,
            date=doc.later_dates.get(head_id) or doc.date or default_date,
            url=doc.url,
            source_start=span[0],
            source_end=span[1],
            offsets=text.offset_map(),
            written=forms.text_of(lines, text.text) if forms is not None else None,
            unheld=doc.unheld,
        )
        if art.text != text.text:  # the map must describe exactly Article.text
            raise AssertionError("article text and its offset map disagree")
        if author is not None:
            add_author(art, author)
        if raw is not None:
            art.dots = printed_dots(text, raw)
        if head is not None and raw is not None:
            art.printed_headline = printed_form(head, raw, forms.of(head) if forms is not None else head.text)
        articles.append(art)
    if articles and doc.author:
        add_author(articles[0], doc.author, named=doc.author_named)
    for art in articles:
        names = [*art.reporters, *art.photographers]
        art.credits_written = _as_written(page, names, forms) if forms is not None else {}
        if raw is not None:
            art.credits_written.update(_dotted(page, names, raw))
    if articles:  # whose page it is: said once, for the page's first article
        articles[0].furniture = list(doc.furniture)
    if doc.roster:
        articles.append(_roster_article(doc, source, first_index + len(articles), default_date, forms))
    return articles


# a page's number printed alone (3, 03, A3): no article's text
_PAGE_NUMBER = re.compile(r"\s*[A-Za-z]?\d{1,3}\s*")


def _roster_article(
    doc: Document, source: str, index: int, default_date: str | None, forms: WrittenForms | None
) -> Article:
    """The roster lines the furniture held, as an article of their own marked ``roster``."""
    body = Mapped.join("\n", doc.roster)
    span = _span([Block(line) for line in doc.roster])
    return Article(
        source=source,
        index=index,
        headline=None,
        body=body.text,
        outlet=doc.outlet,
        date=doc.date or default_date,
        url=doc.url,
        source_start=span[0],
        source_end=span[1],
        offsets=body.offset_map(),
        written=forms.text_of([body], body.text) if forms is not None else None,
        roster=True,
    )


def _as_written(page: list[Block], names: list[str], forms: WrittenForms) -> dict[str, str]:
    """Each credited name as the converted page printed it (its first place on the page)."""
    out: dict[str, str] = {}
    for name in names:
        for b in page:
            at = b.text.text.find(name)
            if at >= 0:
                printed = forms.of(b.text[at : at + len(name)])
                if printed != name:
                    out[name] = printed
                break
    return out


def _dotted(page: list[Block], names: list[str], raw: str) -> dict[str, str]:
    """Each credited name with a dot as the page printed it (摄影：麦麦提敏.吐尔洪), where
    cleaning made its dot the middle one (its first place on the page)."""
    out: dict[str, str] = {}
    for name in (n for n in names if "·" in n):
        for b in page:
            at = b.text.text.find(name)
            if at >= 0:
                dots = printed_dots(b.text[at : at + len(name)], raw)
                if dots:
                    out[name] = "".join(dots.get(k, c) for k, c in enumerate(name))
                break
    return out


def _span(blocks: list[Block]) -> tuple[int, int]:
    spans = [s for s in (b.text.span() for b in blocks) if s is not None]
    if not spans:
        return (0, 0)
    return min(s[0] for s in spans), max(s[1] for s in spans)
