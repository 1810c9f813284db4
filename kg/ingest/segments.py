"""An article's blocks while a page is cut into articles (:mod:`kg.ingest.split`).

Kept apart from the splitting so that the steps that read or reshape a cut-out article's
header (its main title, its captions, its sign-off) can take it without importing the
splitter that makes it.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from kg.ingest.bylines import is_credit
from kg.ingest.document import Block
from kg.ingest.shapes import credited_caption, dateline_alone, editor_note


@dataclass
class Segment:
    """One article's blocks, before credits are read."""

    headline: Block | None = None
    decks: list[Block] = field(default_factory=list)
    body: list[Block] = field(default_factory=list)

    def has_text(self) -> bool:
        """Whether the body already holds something other than credit lines, a dateline alone
        (新华社某地某日电 over 新华社记者 X) or an editor's note."""
        return any(
            not (is_credit(t) or credited_caption(t) or editor_note(t) or dateline_alone(t))
            for t in (b.text.text for b in self.body)
        )

    def blocks(self) -> list[Block]:
        head = [self.headline] if self.headline else []
        return [*head, *self.decks, *self.body]
