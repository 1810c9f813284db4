"""A page's header: the lines kept above its first meta line, and which of them is the headline.

Kept apart from :mod:`kg.ingest.page_furniture`, which drops the furniture around the
article and asks here, when the page's first meta line (发布时间：… 来源：…) comes, what the
lines above it are: a web page puts the headline straight above the meta line, so the lines
over the headline are the site's own (its name, menus, a search box); a post's account name
and id, a line of names (the author), a 副题 or an interview's particulars are read apart
from the headline.
"""

from __future__ import annotations

import re

from kg.ingest.bylines import author_credit
from kg.ingest.document import Block, Document
from kg.ingest.heading_stacks import header_stack
from kg.ingest.meta_lines import Meta
from kg.ingest.shapes import account_name, field_line, post_title, tag_row, title_like


def header_above_meta(kept: list[Block], doc: Document, meta: Meta, title_next: bool, crumb: str) -> list[Block]:
    """The page's header when its first meta line (发布时间：… 来源：…) comes: a web page
    puts the headline straight above it, so the lines above the headline are the site's
    own (its name, menus, a search box) and are dropped.

    A line of names alone between headline and meta line is the author (its people are
    read as the 作者 field's); a 副题 starting with a dash keeps the headline above it, and
    so does one under a headline that stands alone below the page's ``crumb`` (its
    breadcrumb, which ended the site's header: no site's name is left above).
    Over a post's bare date line (2025-05-20 18:30) a short name of a unit or a site
    under the headline, or over the date with the headline under it, is the post's
    account, not its headline; over a platform's date line of a post (发布于 …) any short
    name is (a self-media account's name need not end as a unit's: 某某热点速递).
    """
    bare = meta.bare
    # (an app card's tags; a line of roles and names is spaced as tags are: 记者 X 通讯员 Y)
    tags = kept and tag_row(kept[-1].text.text) and author_credit(kept[-1].text.text) is None
    rest = kept[:-1] if tags else list(kept)
    if bare and title_next and 1 <= len(rest) <= 2 and all(account_name(k.text.text) for k in rest):
        # the account's name over its date, the headline under them (某某工会 / 2025-05-20 / 标题)
        doc.furniture.extend(k.text.text for k in rest)
        return []
    for _ in range(2):  # a post prints its account's name and its id (某某工会 / 某某工会)
        above = rest[-2].text.text if len(rest) >= 2 else ""
        # (an app's account over its meta line with a 来源 in it: 某某工会 / 2027-09-03 来源：某某号)
        account = bool(rest) and account_name(rest[-1].text.text)
        if not (above and ((bare and (account or (meta.posted and short_name(rest[-1])))) or account)):
            break
        headline = title_like(above) or (meta.posted and post_title(above))
        if not ((headline and not account_name(above)) or above == rest[-1].text.text):
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
    # an interview's particulars under its headline (访谈嘉宾：… / 访谈时间：…) go with it
    k = next((k for k in range(len(rest)) if not field_line(rest[len(rest) - 1 - k].text.text)), len(rest))
    if k and k < len(rest) and title_like(rest[-k - 1].text.text):  # (a ——副题 over them: its title too)
        dashed = k + 1 < len(rest) and rest[-k - 1].text.text.startswith(("—", "－"))
        return _with_head(doc, rest, k + 1 + dashed)
    if (stacked := header_stack(rest)) >= 2:  # (h1 主标题 over h2 副题: the header is both)
        return _with_head(doc, rest, stacked)
    if not rest or not title_like(rest[-1].text.text):
        return kept
    n = 2 if len(rest) >= 2 and rest[-1].text.text.startswith(("—", "－")) else 1
    if n == 1 and _deck_below_crumb(rest, crumb):
        n = 2
        doc.sub_titles.add(id(rest[-1].text))
    return _with_head(doc, rest, n)


def _with_head(doc: Document, rest: list[Block], n: int) -> list[Block]:
    """The last ``n`` lines kept as the headline's, those above them kept aside."""
    head, drop = rest[-n:], rest[:-n]
    # (the site's name among them says whose page it is: kept aside, as a breadcrumb's header is)
    doc.furniture.extend(k.text.text for k in drop)
    gap = sum(k.gap + 1 for k in drop)
    return [Block(head[0].text, head[0].level, head[0].gap + gap), *head[1:]]


def short_name(b: Block) -> bool:
    """A name alone on its line, short, with no space or punctuation (an account's)."""
    return re.fullmatch(r"[^\s，,。：:！？；;“”（）()]{2,16}", b.text.text.strip()) is not None


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
