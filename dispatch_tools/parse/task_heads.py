"""An item's title and head, for the task extractor: where its own words start past a title on a line
of its own (``II. TỔ CHỨC THỰC HIỆN`` / ``Giao Phòng A …``), where the colon that ends a short head is
(``Về công tác kiểm tra: Tăng cường …``), and whether an action follows the bodies it opens with."""

from __future__ import annotations

import re

from .bodies import bodies_at
from .body_lines import opens_with_action
from .body_words import task_verbs
from .context import Context
from .text import key

_TITLE_LINE = re.compile(r"[ \t]*([^\n]*?)[ \t]*\n\s*")
_RUNS_ON = re.compile(r"(?<![\w])(?:va|voi|cua|cho|cac|tai|ve|theo|de|den|tu|trong|nhu|la)$", re.I)


def _after_sentence(text: str, s: int) -> bool:
    """Does ``s`` follow another sentence on its line (``… thi đua. Trung tâm A đề nghị`` / ``Phó Chủ tịch
    …``)? Then its first line is the end of that line, no title."""
    before = text[text.rfind("\n", 0, s) + 1:s].rstrip(" \t")
    return before.endswith((".", "!", "?", ";")) and len(before.split()) >= 3  # not a marker ("2.", "Điều 3.")


def past_title(text: str, s: int, e: int) -> int:
    """Where a unit's own words start: after a title on a line of its own (``II. TỔ CHỨC THỰC HIỆN`` /
    ``Giao Phòng A …``, ``3. Chế độ báo cáo`` / ``Các sở báo cáo …``): a short line without a closing
    sign whose next line opens a sentence; ``s`` when the first line is no title (a sentence the page
    wrapped: ``… phối hợp với`` / ``Sở Tài chính …``, or a name: ``Sở`` / ``Nội vụ …``; one that opens
    after another sentence on its line)."""
    m = _TITLE_LINE.match(text, s, e)
    if m is None or m.end() >= e or _after_sentence(text, s):
        return s
    line = m.group(1)
    if not 2 <= len(line.split()) <= 8 or line[-1] in ".,;:!?-–" or not text[m.end()].isupper():
        return s
    return s if _RUNS_ON.search(key(line)) else m.end()


def head_colon(text: str) -> int | None:
    """Where the colon that ends an item's head is: the first one outside brackets (``Sở Y tế (thời gian
    hoàn thành: quý IV): …``); None when there is none."""
    depth = 0
    for i, ch in enumerate(text):
        depth += (ch == "(") - (ch == ")")
        if ch == ":" and depth <= 0:
            return i
    return None


def acts_after_name(ctx: Context, s: int, e: int) -> bool:
    """Does an action the lexicon knows follow the bodies an item opens with (``Các trường học trên địa bàn …
    tạm dừng …``), as a paragraph's subject needs one?"""
    _, end = bodies_at(ctx.text, ctx.folded, s, e)
    return task_verbs()[0].search(ctx.folded, end, e) is not None


def acts_after_head(text: str) -> bool:
    """Do an item's words open with an action, or do they after a short head and its colon (``Về công tác
    kiểm tra: Tăng cường …``)?"""
    colon = head_colon(text)
    return opens_with_action(text) or colon is not None and len(text[:colon].split()) <= 12 \
        and opens_with_action(text[colon + 1:].lstrip())
