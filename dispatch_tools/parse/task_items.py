"""What a list item under a heading that names bodies has of its own, for :mod:`.task_units`: its own body
after an opening phrase, a title alone that is its verb, a right it grants another or a power it gives (no duty)."""

from __future__ import annotations

import re

from .body_words import person_titles, starts_body
from .context import Context
from .task_deadlines import deadline_in
from .task_subjects import after_opening, duty_cue, subject_starts
from .text import key


def bare_title(name: str) -> bool:
    """Is ``name`` a person's title alone (``Lãnh đạo``), with no body it heads?"""
    k = key(name).strip()
    m = person_titles().match(k)
    return m is not None and m.end() >= len(k)


_A_RIGHT = re.compile(r"(?<![\w])(?:duoc\s+huong|co\s+quyen|duoc\s+quyen)(?![\w])", re.I)


def grants_a_right(ctx: Context, s: int, e: int) -> bool:
    """Does ``text[s:e]`` grant a right (``được hưởng``, ``có quyền``) and set no duty?"""
    return bool(_A_RIGHT.search(ctx.folded, s, e)) and duty_cue(ctx, s, e) is None


# a power the law gives a body ("Thủ tướng Chính phủ quyết định việc mở …", "Bộ Quốc phòng quyết định mở, đóng …"),
# not "Quyết định số …" nor "Quyết định này" cited after a body
_DECIDES = re.compile(r"[\s,]*quyet\s+dinh(?!\s+(?:so|nay|cua)(?![\w]))(?![\w])", re.I)


# "Tòa án nhân dân cấp tỉnh có thẩm quyền giải quyết …", "Bộ trưởng Bộ A có quyền …": a power or a right, not
# "có quyền hạn" (``nhiệm vụ, quyền hạn``) nor "có quyền và trách nhiệm"
HAS_POWER = re.compile(r"[\s,]*co\s+(?:tham\s+)?quyen(?![\w])(?!\s+han(?![\w]))(?!\s+va\s+(?:trach|nghia))", re.I)


def gives_a_power(ctx: Context, at: int, s: int, e: int) -> bool:
    """Does the clause ``text[s:e]``, whose subject ends at ``at``, give that body a power: its name opens the
    clause and ``quyết định …`` or ``có thẩm quyền …`` follows it, with no date to meet and no duty (``phải``,
    ``có trách nhiệm``) set with it? A step of a procedure (``Căn cứ kết quả xác minh, cơ quan thuế quyết định
    …``) acts."""
    opening = _MARKER.match(ctx.text, s, e)
    return (starts_body(ctx.text[opening.end():opening.end() + 80]) and has_a_power(ctx, at, e)
            and deadline_in(ctx, s, e) is None and duty_cue(ctx, s, e) is None)


def has_a_power(ctx: Context, at: int, e: int) -> bool:
    """Does what follows a body's name at ``at`` give it a power (``quyết định …``, ``có thẩm quyền …``)?"""
    return bool(_DECIDES.match(ctx.folded, at, e) or HAS_POWER.match(ctx.folded, at, e))


_MARKER = re.compile(r"[^\w]*(?:(?:\d+(?:\.\d+)*|[a-zđ])[.)]\s*)?")


def subject_after_opening(ctx: Context, s: int, subject) -> bool:
    """Does the item's subject come after its opening phrase (``2. Hằng năm, cơ quan, đơn vị cấp trung đoàn …
    hướng dẫn …``), its own body, not the heading's?"""
    return any(after_opening(ctx, s, p) and starts_body(ctx.text[p:p + 80]) and p < subject[1]
               for p in subject_starts(ctx, s, subject[1]))


# a body named, then the name it goes by from then on, then "là" or "do" ("Ban chỉ đạo Chương trình (sau đây viết
# tắt là Ban chỉ đạo) do Thủ tướng Chính phủ thành lập …", "Đơn vị quản lý kinh phí (sau đây gọi là …) là đơn vị …")
_ALIAS_THEN_IS = re.compile(r"[^()]{3,200}?\(\s*sau\s+đây\s+(?:gọi|viết)[^()]*\)\s*,?\s*(?:là|do)\s", re.I)
_OWN_DUTY = re.compile(r"(?<![\w])(?:co\s+trach\s+nhiem|chiu\s+trach\s+nhiem|co\s+nhiem\s+vu|phai)(?![\w])", re.I)


def defines_by_alias(ctx: Context, s: int, e: int) -> bool:
    """Does the clause ``text[s:e]`` say what a body is or who set it up, naming it with the name it goes by
    from then on (``X (sau đây gọi là Y) là …``, ``X (sau đây viết tắt là Y) do Z thành lập …``), and set it
    no duty of its own (``có trách nhiệm``, ``phải``)? A definition asks nothing."""
    opening = _MARKER.match(ctx.text, s, e)
    return (starts_body(ctx.text[opening.end():opening.end() + 80])
            and _ALIAS_THEN_IS.match(ctx.text, opening.end(), e) is not None
            and _OWN_DUTY.search(ctx.folded, s, e) is None)

