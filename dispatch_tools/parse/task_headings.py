"""What a block of a dispatch's body is to the task reading (:mod:`.tasks`): a part's title, a
heading that names bodies or the part that lists the work, a heading that asks nothing, a short
label and its colon, a sentence that introduces what follows."""

from __future__ import annotations

import re

from .blocks import RESPONSIBILITY, Block
from .bodies import names_a_body
from .body_lines import opens_with_action
from .body_words import is_verb_at, starts_body, task_verbs
from .context import Context
from .lexicon import lexicon
from .task_items import has_a_power
from .task_non_tasks import asks_nothing
from .task_subjects import duty_cue, task_sentences
from .task_units import item_head
from .text import key


def section_item(b: Block) -> bool:
    """A part's number (``I.``, ``II.``) before a sentence with nothing under it (``I. Vận động, tuyên truyền …
    môi trường.`` / ``II. Triển khai tổng vệ sinh …``): after a sentence that introduces a list, an item of the
    list numbered as parts, read as ``1.`` is, not a part's title (``II. NỘI DUNG``, ``I. Mục đích, yêu cầu``); so is
    such a number before a body's name and its colon, with its items under it."""
    words = b.text.split()
    if b.kind != "section" or " ".join(words[:2]).isupper():
        return False
    if b.children:  # "I/ Ủy ban nhân dân các xã, thị trấn:" / "– Hướng dẫn …": a body's heading, as "1." is
        return b.text.rstrip().endswith(":") and starts_body(b.text) and names_a_body(b.text.rstrip()[:-1])
    return not a_title(b)


def a_title(b: Block) -> bool:
    """A short line without a full stop (``A. NHIỆM VỤ CHUNG``): the title of a part, no paragraph."""
    return len(b.text.split()) <= 12 and not b.text.rstrip().endswith(".")


_PLANS = frozenset({"Kế hoạch", "Chương trình", "Đề án", "Phương án"})


def task_part(ctx: Context, k: str) -> bool:
    """A heading of the part that lists the work to do (``II. Nhiệm vụ và giải pháp``; ``2. Nội dung`` in a plan;
    ``k``: the heading's words after its marker, folded)."""
    if len(k.split()) > 12:
        return False
    return bool(lexicon().task_part_re.match(k) or (k.rstrip(" :.") == "noi dung" and ctx.fields.doc_type in _PLANS))


def non_task_heading(b: Block) -> bool:
    head = heading_text(b)
    text = head if head is not None else (b.text if b.children or label_alone(b) else None)
    if not text or len(text.split()) > 12:
        return False
    m = lexicon().non_task_re.match(key(text))
    if m is None:
        return False
    rest = " ".join(text.split()[len(m.group(0).split()):])
    return not (rest[:1].isupper() and starts_body(rest))  # "Yêu cầu Sở Y tế:" asks


def label_alone(b: Block) -> bool:
    """A paragraph that is a short label and its colon only (``Thành phần mời:``), the items after it."""
    return b.kind == "para" and not b.children and b.text.rstrip().endswith(":") and len(b.text.split()) <= 6


# the remit after the bodies a heading names: "theo chức năng, nhiệm vụ được giao", "trong phạm vi thẩm quyền"
_REMIT = re.compile(r"\s*,?\s*(?:theo|trong\s+phạm\s+vi|căn\s+cứ)\s+(?:chức\s+năng|thẩm\s+quyền|nhiệm\s+vụ)[^:]*$",
                    re.IGNORECASE)


def heading_text(b: Block) -> str | None:
    """``Các Sở, Ban ngành thành phố`` of ``1. Các Sở, Ban ngành thành phố: …``; the whole text
    of a short heading with sub-items (``1. Mục đích``)."""
    text = b.text
    head = item_head(text)
    if head is None:
        # an article's title names its bodies at length ("Điều 4. Các Bộ, cơ quan ngang Bộ, …, Ủy ban nhân dân cấp tỉnh")
        return text if b.children and len(text.split()) <= (25 if b.kind == "article" else 12) else None
    head = _REMIT.sub("", head)  # "Các bộ, …, Ủy ban nhân dân các tỉnh … theo chức năng, nhiệm vụ được giao:"
    head = _without_closing_verb(head)  # "Cơ quan quản lý cấp trên, Ủy ban nhân dân cấp huyện thực hiện:"
    if not head or len(head.split()) > 25:
        return None
    return head


def _without_closing_verb(head: str) -> str:
    """A heading's bodies without the verb that closes it before its colon (``Sở A, Ủy ban nhân dân cấp
    huyện thực hiện:``, ``Sở B tổ chức thực hiện:``): the items are the work the verb announces."""
    folded = key(head)
    if len(folded) != len(head) or not starts_body(head):
        return head
    for m in task_verbs()[0].finditer(folded):
        if m.end() == len(folded.rstrip()) and m.start() > 0 and is_verb_at(head, folded, m.start(), m.end()):
            return head[:m.start()].rstrip(" ,")
    return head


_DEFINED_AS = re.compile(r"(?<![\w])la\s*:\s*$", re.I)


def defines_a_body(text: str) -> bool:
    """A heading that says which body a role is (``Cơ quan có thẩm quyền xác nhận … là:``): its items name
    the body for each case (``a) Sở A: đối với …``), they ask nothing."""
    text = " ".join(text.split())
    return bool(_DEFINED_AS.search(key(text))) and starts_body(re.sub(r"^\W*(?:\d+(?:\.\d+)*\.|[a-zđ]\))\s*", "", text))


def opens_what_follows(sentence: str, title: bool = False) -> bool:
    """A sentence that opens what follows: it ends with a colon, or is a short title
    (``Điều 2. Trách nhiệm của …``; an article's title may be longer, :func:`.articles.long_title`);
    a sentence ending with a full stop is one of its own."""
    sentence = sentence.rstrip()
    return sentence.endswith(":") or (len(sentence.split()) <= (40 if title else 15)
                                      and not sentence.endswith((".", ";", "./.")))


def work_to_carry_out(ctx: Context, b: Block, heading: str | None) -> bool:
    """Is ``b`` an item with nothing under it that opens with an action right under ``Tổ chức thực hiện``
    (``Điều 2. Tổ chức thực hiện`` / ``a) Hướng dẫn …``), the body it is asked of not named: work to do? Not
    the document telling what it does (``Quyết định này thay thế …``, ``Bãi bỏ …``), a power (``Quyết định …``
    opens a power or names a decision: ``Quyết định … phải ghi rõ …``), a rule, nor what a word means (``Mở, đóng
    bến … là việc cho phép …``)."""
    if b.children or not heading or not RESPONSIBILITY.match(key(heading)) or not opens_with_action(b.text) \
            or asks_nothing(ctx, b.start, b.end) or has_a_power(ctx, b.start, b.end):
        return False
    if key(b.text).startswith(key(f"{ctx.fields.doc_type or '-'} này")):
        return False
    first = task_sentences(ctx.text, b.start, b.end)[0]
    return not (_IS.search(ctx.text, *first) and duty_cue(ctx, *first) is None)


_IS = re.compile(r"(?<![\w])là(?![\w])", re.I)
