"""An institution named as a place but joined to a body before the verb of organising
(市总工会和市图书馆共同举办…, 区总工会携手区文化馆举办…): it organises with the body, as
an organisation of the same name; a library or a cultural centre is a place the graph
knows, and it is also who runs it.

Called by ``kg.extract.event_details`` when it reads who organises an event.
"""

from __future__ import annotations

import re

from kg.extract.context import ArticleContext
from kg.extract.wordlists import JOINING_WORDS, TOGETHER_WORDS
from kg.lexicon import alternation_of
from kg.model.facts import EntityRef

# between a body and the next it organises with (和, 联合, 携手, 、)
_JOIN = re.compile(f"(?:{alternation_of(JOINING_WORDS)}|[、])")
# between the last partner and the verb: together (共同, 一起), or nothing
_TOGETHER = re.compile(f"(?:{alternation_of(TOGETHER_WORDS)})?")

Body = tuple[int, int, EntityRef]


def with_joined_places(ctx: ArticleContext, bodies: list[Body], a: int, verb_at: int) -> list[Body]:
    """``bodies`` (those named in ``[a, verb_at)``) with the places in the list of partners
    that ends right before the verb at ``verb_at`` (perhaps with 共同 between), when a body is
    in it too: A和B共同举办, B a place, organises with A; a place in no such list, or in a
    list of places alone, is where, not who."""
    text = ctx.text
    places = [
        (x, y, EntityRef("Organization", r.name))
        for x, y in ctx.ref_at.starting_in(a, verb_at + 1)
        if y <= verb_at and (r := ctx.ref_at[(x, y)]).cls == "Place" and not any(bx <= x < by for bx, by, _ in bodies)
    ]
    items = sorted([*((*b, False) for b in bodies), *((*p, True) for p in places)], key=lambda t: (t[0], -t[1]))
    end, sep, added, with_body = verb_at, _TOGETHER, [], False
    for x, y, r, is_place in reversed(items):
        if y > end:
            continue
        if not sep.fullmatch(text, y, end):
            break
        if is_place:
            added.append((x, y, r))
        else:
            with_body = True
        end, sep = x, _JOIN
    return sorted([*bodies, *added], key=lambda t: t[0]) if added and with_body else bodies
