"""From a read source to articles: clean, repair, split, read credits.

This is the one path every format takes after its reader (see
:mod:`kg.ingest.document`), so that a byline or a spam line is handled the same in a
``.txt`` page, a markdown file, an HTML page or a JSON line.
"""

from __future__ import annotations

from kg.ingest.bars import bar_date
from kg.ingest.body_credits import add_author, read_credits
from kg.ingest.boilerplate import (
    Meta,
    is_breadcrumb,
    is_furniture,
    is_picture,
    is_prose,
    menu_lines,
    meta_line,
    opens_related_links,
)
from kg.ingest.bylines import (
    author_credit,
    byline_at_start,
)
from kg.ingest.captions import summary_as_deck, without_captions, without_teasers
from kg.ingest.document import Block, Document
from kg.ingest.headlines import (
    cleaned_headline,
    column_label,
    kicker_over_title,
    labelled_parts,
    original_title,
    repeated_title,
)
from kg.ingest.joined_meta import split_title_meta
from kg.ingest.normalize import is_traditional, to_simplified
from kg.ingest.repair import repair_breaks
from kg.ingest.rosters import closed_name, roster_blocks
from kg.ingest.shapes import account_name, post_title, title_like
from kg.ingest.signoff import closing_sign_off, merge_sign_offs, owner_over_headline
from kg.ingest.split import (
    Segment,
    heading_level,
    long_title,
    split_marked,
    split_one,
    split_plain,
)
from kg.ingest.stacks import split_item_heads
from kg.ingest.textmap import NO_SOURCE, Mapped
from kg.ingest.written import WrittenForms, printed_form
from kg.model.article import Article

_BAR_DATE_RANK = 98  # an e-paper bar's date: any meta line's beats it


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


def drop_furniture(doc: Document) -> None:
    """Remove page furniture; the meta line's date and 来源 go into the document."""
    doc.blocks = split_title_meta(doc.blocks)
    roster = roster_blocks([b.text for b in doc.blocks])
    roster_lines = [doc.blocks[i].text for i in sorted(roster)]
    kept: list[Block] = []
    gap = 0
    links = False  # inside a list of links to other articles (相关阅读 …)
    seen_meta = False
    last_meta = 0  # how many lines were kept when the last meta line came
    picture = False  # the line before was a picture's file name
    crumb = ""  # the breadcrumb that ended the site's header: all kept lines stand below it
    # whether prose follows block i: a meta line closing a post of short lines has no
    # article under it, and the lines above it are the post, not a site's header
    prose_after = [False] * (len(doc.blocks) + 1)
    for i in range(len(doc.blocks) - 1, -1, -1):
        prose_after[i] = prose_after[i + 1] or is_prose(doc.blocks[i].text.text)
    # a roster above the page's first sentence is the site's (its sidebar), not the article's
    first_prose = next((i for i, b in enumerate(doc.blocks) if is_prose(b.text.text)), len(doc.blocks))
    menu = menu_lines([b.text.text for b in doc.blocks])
    for i, b in enumerate(doc.blocks):
        links = opens_related_links(b.text.text) or (
            links and not is_prose(b.text.text) and not _heads_byline(doc.blocks, i)
        )
        if links or (i in roster and i < first_prose) or i in menu:
            gap += b.gap + 1
            continue
        meta = meta_line(b.text.text)
        if meta is not None:
            if not seen_meta and prose_after[i + 1] and not any(is_prose(k.text.text) for k in kept):
                title_next = i + 1 < len(doc.blocks) and title_like(doc.blocks[i + 1].text.text)
                kept = _header_above_meta(kept, doc, meta.bare, title_next, crumb)
                doc.web_article = doc.web_article or (bool(kept) and title_like(kept[-1].text.text))
            # (a web article's subheads head no article: its closing meta line is its own)
            closed = _closed_by_meta(kept, last_meta) if seen_meta and not doc.web_article else None
            seen_meta, last_meta = True, len(kept)
            if kept and title_like(kept[-1].text.text) and any(is_prose(k.text.text) for k in kept):
                _later_meta(doc, id(kept[-1].text), meta)
            elif closed is not None:
                _later_meta(doc, id(closed.text), meta)
            else:
                if meta.date and meta.date_rank < doc.date_rank:
                    doc.date, doc.date_rank = meta.date, meta.date_rank
                doc.outlet = doc.outlet or meta.outlet
                doc.author = doc.author or meta.author
            if meta.outlet:
                doc.furniture.append(meta.outlet)
            gap += b.gap + 1
            continue
        if is_furniture(b.text.text):
            issued = bar_date(b.text.text)  # an e-paper's bar: the date
            if issued and doc.date is None:
                doc.date, doc.date_rank = issued, _BAR_DATE_RANK
            if is_breadcrumb(b.text.text) and not any(is_prose(k.text.text) for k in kept):
                # what stands above a page's breadcrumb is the site's own header (its name,
                # slogans, menus), not the article's: the headline comes below it
                gap += sum(k.gap + 1 for k in kept)
                doc.furniture.extend(k.text.text for k in kept)
                kept, crumb = [], b.text.text
            if is_breadcrumb(b.text.text):
                doc.furniture.append(b.text.text)
            # a short line under a picture is its caption (one over it may be the headline
            # of the next article, as papers put pictures under their headlines)
            picture = picture or is_picture(b.text.text)
            gap += b.gap + 1
            continue
        if picture and title_like(b.text.text):
            doc.captions.add(id(b.text))
        picture = False
        kept.append(Block(b.text, b.level, b.gap + gap))
        gap = 0
    doc.blocks = kept
    # the roster lines dropped with the furniture: read for their posts alone
    left = {id(b.text) for b in kept}
    doc.roster += [closed_name(line) for line in roster_lines if id(line) not in left]


def _heads_byline(blocks: list[Block], i: int) -> bool:
    """A headline straight over a byline's paragraph (本报讯（记者 X）…): the next article of
    the page, which ends a list of links above it (延伸阅读：… as an e-paper prints one
    between two articles), however short it is."""
    nxt = blocks[i + 1].text.text if i + 1 < len(blocks) else ""
    return title_like(blocks[i].text.text) and is_prose(nxt) and byline_at_start(nxt) is not None


def _closed_by_meta(kept: list[Block], since: int) -> Block | None:
    """The headline of the article a meta line closes, on a page whose articles each end
    with theirs (标题 / 正文 / 来源：… 作者：…, then the next): the first headline-shaped
    line after the last meta line with prose under it, when prose ends the kept lines."""
    lines = kept[since:]
    if not lines or not is_prose(lines[-1].text.text):
        return None
    for k, b in enumerate(lines[:-1]):
        if title_like(b.text.text) and is_prose(lines[k + 1].text.text):
            return b
    return None


def _later_meta(doc: Document, head: int, meta: Meta) -> None:
    """A meta line under a later headline of a page of several (the first article's body
    above it): its 作者, 来源 and date are that article's.  The page keeps its date only
    when nothing dated it before (the articles of one page are of one day or so)."""
    if meta.author:
        doc.later_authors[head] = meta.author
    if meta.outlet:
        doc.later_outlets[head] = meta.outlet
    if meta.date:
        doc.later_dates[head] = meta.date
        if doc.date is None:
            doc.date, doc.date_rank = meta.date, meta.date_rank


def _header_above_meta(kept: list[Block], doc: Document, bare: bool, title_next: bool, crumb: str) -> list[Block]:
    """The page's header when its first meta line (发布时间：… 来源：…) comes: a web page
    puts the headline straight above it, so the lines above the headline are the site's
    own (its name, menus, a search box) and are dropped.

    A line of names alone between headline and meta line is the author (its people are
    read as the 作者 field's); a 副题 starting with a dash keeps the headline above it, and
    so does one under a headline that stands alone below the page's ``crumb`` (its
    breadcrumb, which ended the site's header: no site's name is left above).
    Over a post's bare date line (2025-05-20 18:30) a short name of a unit or a site
    under the headline, or over the date with the headline under it, is the post's
    account, not its headline.
    """
    rest = list(kept)
    if bare and title_next and 1 <= len(rest) <= 2 and all(account_name(k.text.text) for k in rest):
        # the account's name over its date, the headline under them (某某工会 / 2025-05-20 / 标题)
        doc.furniture.extend(k.text.text for k in rest)
        return []
    for _ in range(2):  # a post prints its account's name and its id (某某工会 / 某某工会)
        above = rest[-2].text.text if len(rest) >= 2 else ""
        if not (bare and above and account_name(rest[-1].text.text)):
            break
        if not ((title_like(above) and not account_name(above)) or above == rest[-1].text.text):
            break
        doc.furniture.append(rest.pop().text.text)
    if len(rest) >= 2 and author_credit(rest[-1].text.text) is not None and title_like(rest[-2].text.text):
        doc.author = doc.author or rest[-1].text.text
        rest.pop()
    elif len(rest) == 1 and _lone_name(rest[0].text.text):
        # a page that lost its headline: the name over the date line is its author's
        doc.author = doc.author or rest[0].text.text
        return []
    if rest and doc.title is None and not title_like(rest[-1].text.text) and post_title(rest[-1].text.text):
        # a post's long headline (…收官，获奖名单来了→): the page's title, which no later
        # short line under it (a list's 【某某项目】) takes from it
        doc.title, doc.web_article = rest[-1].text, True
        doc.furniture.extend(k.text.text for k in rest[:-1])
        return []
    if not rest or not title_like(rest[-1].text.text):
        return kept
    n = 2 if len(rest) >= 2 and rest[-1].text.text.startswith(("—", "－")) else 1
    if n == 1 and _deck_below_crumb(rest, crumb):
        n = 2
        doc.sub_titles.add(id(rest[-1].text))
    head, drop = rest[-n:], rest[:-n]
    # (the site's name among them says whose page it is: kept aside, as a breadcrumb's header is)
    doc.furniture.extend(k.text.text for k in drop)
    gap = sum(k.gap + 1 for k in drop)
    return [Block(head[0].text, head[0].level, head[0].gap + gap), *head[1:]]


def _deck_below_crumb(rest: list[Block], crumb: str) -> bool:
    """Two title lines alone between a breadcrumb and the meta line: headline and 副题
    (雪域练兵强本领 高原建功正当时 / 某分公司举办…技能比武).  The first is no section's name
    repeating the breadcrumb's last step (工会动态 over the headline), nor a short word."""
    if not crumb or len(rest) != 2 or not title_like(rest[0].text.text):
        return False
    head = rest[0].text.text.strip()
    return len(head) >= 8 and head not in crumb and not account_name(head)


def _lone_name(text: str) -> bool:
    """One person's name alone on the line (a headline is no bare name)."""
    c = author_credit(text)
    return c is not None and len(c.reporters) == 1 and c.reporters[0] == text.strip() and len(text.strip()) <= 4


def segments_of(doc: Document) -> list[Segment]:
    if doc.one_article:
        return split_one(doc.blocks, title_given=doc.title is not None)
    level = heading_level(doc.blocks)
    return (
        split_marked(doc.blocks, level) if level is not None else split_plain(doc.blocks, doc.web_article, doc.captions)
    )


def build_articles(
    doc: Document, source: str, first_index: int, default_date: str | None, raw: str | None = None
) -> list[Article]:
    """The articles of one read document; ``raw``, the decoded source the document's
    offsets point into, gives each headline as printed (:func:`printed_form`)."""
    forms = simplify(doc)
    page = list(doc.blocks)  # with its furniture: a meta line's 作者 is printed there
    drop_furniture(doc)
    doc.blocks = without_teasers(without_captions(doc.blocks))
    if doc.title is None and not doc.one_article and long_title(doc.blocks):
        # taken before repair, which would join a line with no sentence end to the next
        doc.title, doc.blocks = doc.blocks[0].text, doc.blocks[1:]
    if doc.repair:
        doc.blocks = repair_breaks(doc.blocks)
    if not doc.one_article:
        doc.blocks = split_item_heads(doc.blocks)
    segments = merge_sign_offs(segments_of(doc))
    if segments:
        owner_over_headline(segments[0])
    if segments and segments[0].headline is None and doc.title is not None:
        segments[0].headline = Block(doc.title)
        segments[0].decks = [d for d in segments[0].decks if d.text.text != doc.title.text]
    articles: list[Article] = []
    for seg in segments:
        head_id = id(seg.headline.text) if seg.headline else 0
        author = doc.later_authors.get(head_id)
        labelled_parts(seg)
        column_label(seg)
        if not (seg.decks and id(seg.decks[0].text) in doc.sub_titles):
            kicker_over_title(seg)
        repeated_title(seg, page)
        original_title(seg)
        cleaned_headline(seg)
        summary_as_deck(seg)
        head_text = seg.headline.text.text if seg.headline else None
        if doc.one_article and seg.body and seg.body[0].text.text == head_text:
            seg.body = seg.body[1:]  # the JSON text repeats its title
        seg.body, signed = closing_sign_off(seg.body)
        parts, cr = read_credits(seg.body)
        cr.add(signed, cr.reporters)
        head = seg.headline.text if seg.headline else None
        decks = [d.text for d in seg.decks]
        body = Mapped.join("\n", parts)
        if head is None and not body:
            continue
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
        )
        if art.text != text.text:  # the map must describe exactly Article.text
            raise AssertionError("article text and its offset map disagree")
        if author is not None:
            add_author(art, author)
        if head is not None and raw is not None:
            art.printed_headline = printed_form(head, raw, forms.of(head) if forms is not None else head.text)
        articles.append(art)
    if articles and doc.author:
        add_author(articles[0], doc.author)
    if forms is not None:
        for art in articles:
            art.credits_written = _as_written(page, [*art.reporters, *art.photographers], forms)
    if articles:  # whose page it is: said once, for the page's first article
        articles[0].furniture = list(doc.furniture)
    if doc.roster:
        articles.append(_roster_article(doc, source, first_index + len(articles), default_date, forms))
    return articles


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


def _span(blocks: list[Block]) -> tuple[int, int]:
    spans = [s for s in (b.text.span() for b in blocks) if s is not None]
    if not spans:
        return (0, 0)
    return min(s[0] for s in spans), max(s[1] for s in spans)
