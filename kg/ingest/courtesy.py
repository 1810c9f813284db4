"""A credit line's courtesy clause: who lent the pictures, not who took them.

A newsletter closes an item with its credits in brackets and, after them, the body that
lent a picture (（摄影：X　图片由人力资源部提供）).  The clause is no credit of a person
(the lender is a department), and left in it keeps the labelled credits before it from
being read: the line is read without it."""

from __future__ import annotations

import re

# 图片由Y提供 / 照片由Y提供 / 部分图片由Y提供 closing a bracketed line, after a space
_COURTESY = re.compile(r"[ \u3000]+(?:部分)?(?:图片|照片)由[^（）()\s]{2,20}提供(?=\s*[)）]\s*$)")


def without_courtesy(text: str) -> str:
    """The credit line without the courtesy clause closing it, or the line as it is."""
    if "提供" not in text:
        return text
    return _COURTESY.sub("", text)
