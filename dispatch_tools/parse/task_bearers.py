"""Whose work a heading of a plan, a decision or a directive gives (:mod:`.tasks`): the bodies that open a
heading ending with their duties however they are described, a line that names only bodies before an
adverb, a word of duty and its colon, and an item's title line that names whose work its next line is."""

from __future__ import annotations

import re

from .addressees import CONNECTOR_END
from .blocks import Block, filled, page_width, whose_work, wrapped_width
from .bodies import bodies_at, split_bodies
from .body_words import adverbs, starts_body
from .context import Context
from .roles import REMIT, Roles, roles_at
from .task_named import is_issuer
from .task_subjects import duty_cue
from .task_units import ASIDE
from .text import key



def title_and_text(ctx: Context, s: int, e: int) -> tuple[int, int] | None:
    """The first line of ``text[s:e]`` as a title printed on a line of its own, and a line after it in the
    span that opens with a capital: the end of the title and the start of that line. None when the first
    line has a closing sign, or was wrapped by the page: after a word its name goes on from (``… của`` /
    ``Sở A tại …``), or running to the edge of a text that keeps the page's line breaks (``3. Chánh Văn
    phòng Bộ, …, Cục trưởng`` / ``Cục Đường sắt Việt Nam, …``: one sentence, read by OCR)."""
    nl = _title_end(ctx, s, e)
    if nl < 0:
        return None
    title = ctx.text[s:nl].strip()
    nxt = nl + len(ctx.text[nl:e]) - len(ctx.text[nl:e].lstrip())
    if not title or title[-1] in ".,;:!?-–" or nxt >= e or not ctx.text[nxt].isupper() \
            or CONNECTOR_END.search(key(title)) or filled(title.rsplit("\n", 1)[-1], wrapped_width(ctx)):
        return None
    return s + len(ctx.text[s:nl].rstrip()), nxt


def _title_end(ctx: Context, s: int, e: int) -> int:
    """The end of the first line of ``text[s:e]``, or of the last of the lines the page wrapped a title
    over (``b) Bộ Y tế, Bộ Xây dựng, Bộ Nông`` / ``nghiệp và Phát triển nông thôn``): a line that ran to
    the page's edge (:func:`.blocks.filled`) before a line that opens with a small letter; -1 for no line break."""
    nl = ctx.text.find("\n", s, e)
    width = page_width(ctx)
    while nl >= 0 and width and filled(ctx.text[s:nl].rsplit("\n", 1)[-1].strip(), width) \
            and ctx.text[nl + 1:nl + 2].islower():
        after = ctx.text.find("\n", nl + 1, e)
        if after < 0:
            return nl
        nl = after
    return nl


def title_line(ctx: Context, b: Block) -> tuple[int, int] | None:
    """An item whose first line is its title (:func:`title_and_text`): whose work it is (``2. Trách nhiệm
    của các Bộ, ngành liên quan``) or only the bodies' names (``b) Bộ Y tế, Bộ Xây dựng``), before a
    sentence that opens with a capital (``Trong phạm vi nhiệm vụ, quyền hạn có trách nhiệm chỉ đạo …``):
    the end of the title and the start of the text it heads; None for any other item."""
    found = title_and_text(ctx, b.start, b.end)
    if found is None:
        return None
    if bodies_at(ctx.text, ctx.folded, b.start, b.end)[1] > found[1]:
        return None  # "1. Công ty TNHH … Kinh doanh dịch vụ" / "Quảng Ngãi tiếp thu …": a name the page wrapped
    return found if whose_work(ctx.text[b.start:found[0]]) else None


def described_bearers(ctx: Context, s: int, e: int) -> list[str]:
    """The bodies that open a heading ending with their duties, whatever describes them or bounds their
    remit before it (``Cục A là đơn vị quản lý nhiệm vụ do Bộ B đặt hàng, có trách nhiệm:``, ``Bộ A, Bộ
    B trong phạm vi chức năng, nhiệm vụ của mình có các nhiệm vụ, quyền hạn sau đây:``): its items are theirs."""
    duty = _ENDS_WITH_DUTY.search(ctx.folded, s, e)
    if duty is None or not starts_body(ctx.text[s:s + 80]):
        return []
    names, end = bodies_at(ctx.text, ctx.folded, s, duty.start())
    between = ctx.text[end:duty.start()].strip()
    if names and between and not (re.match(r"(?:là\s|,)", between) or REMIT.match(ctx.folded, end, duty.start())):
        # a name the span model cut short, or several named at length before the duty ("Các đơn vị chuyên
        # môn về … của các Bộ, cơ quan ngang Bộ và Sở … các tỉnh, thành phố … có trách nhiệm:"): all of it names
        names = split_bodies(ASIDE.sub("", ctx.text[s:duty.start()]))
        if not all(starts_body(n) for n in names) or duty_cue(ctx, s, duty.start()):
            return []
    if not names or is_issuer(ctx, names[0]):
        return []
    return names


def bodies_then_colon(ctx: Context, s: int, e: int) -> Roles | None:
    """A sentence that names only bodies (an aside in brackets allowed), then at most an adverb
    (``khẩn trương``, ``chủ động``) and a word of duty (``phải``, ``cần``) before its colon (``Các bộ, cơ
    quan khẩn trương:``, ``Từng bộ, ngành, địa phương phải:``), on a line of its own after a title the
    sentence runs on from (``15. Chương trình lập pháp`` / ``Các bộ, cơ quan khẩn trương:``): the items
    after it are theirs; the sentence may run over lines the page wrapped (``Từng bộ, cơ quan, địa phương
    (nhất là các`` / ``địa phương có kết quả … thấp hơn chỉ`` / ``tiêu) phải:``)."""
    last = ctx.text.rfind("\n", s, e) + 1 or s
    first = _wrapped_start(ctx, s, last)
    return (first < last and _urged(ctx, first, e)) or _urged(ctx, last, e)


def _wrapped_start(ctx: Context, s: int, line: int) -> int:
    """The start of the first of the lines before ``line`` (down to ``s``) that the page wrapped into it:
    each ran to the page's edge without ending a sentence (:func:`.blocks.filled`), and the line after
    it opens with a small letter; or it ends with a comma (a list of bodies goes on)."""
    width = page_width(ctx)
    while line > s:
        before = ctx.text.rfind("\n", s, line - 1) + 1 or s
        if ctx.text[before:line].rstrip().endswith(","):
            line = before  # "b) Sở A, Đài B," / "Báo C:": a list of bodies goes on after its comma
            continue
        if not (width and ctx.text[line:line + 1].islower() and filled(ctx.text[before:line].strip(), width)):
            break
        line = before
    return line


def _urged(ctx: Context, s: int, e: int) -> Roles | None:
    """:func:`bodies_then_colon` of the sentence that opens at ``s``."""
    if not ctx.text[s:s + 1].isupper():
        return None  # the last line of a sentence the page wrapped ("… căn cứ vào … và" / "các cơ sở sau đây:")
    if not starts_body(ctx.text[s:s + 80]) or _ENDS_WITH_DUTY.search(ctx.folded, s, e):
        return None  # "Chủ cơ sở … có nghĩa vụ sau đây:": its duties, read as described bearers
    bracket = ctx.text.find("(", s, e)
    aside = _BRACKETED.match(ctx.text, bracket, e) if bracket >= 0 else None
    roles, end = roles_at(ctx.text, ctx.folded, s, bracket if aside else e)
    if not roles or not roles.lead or is_issuer(ctx, roles.lead[0]) or aside and ctx.text[end:bracket].strip() \
            or duty_cue(ctx, s, end):
        return None  # a name run on over its duty
    pos = aside.end() if aside else end
    adverb = adverbs().match(ctx.folded, pos, e)
    pos = adverb.end() if adverb else pos
    return roles if _ONLY_URGES.match(ctx.folded, pos, e) else None


_BRACKETED = re.compile(r"\([^()]*\)")
_ONLY_URGES = re.compile(r"\s*(?:(?:can\s+phai|can|phai)\s*)?:\s*$", re.I)


_ENDS_WITH_DUTY = re.compile(r"(?<![\w])co\s+(?:cac\s+)?(?:quyen\s+va\s+)?(?:trach\s+nhiem|nhiem\s+vu|nghia\s+vu)(?:\s*(?:,|va)\s*quyen\s+han)?"
                             r"(?:\s+(?:nhu\s+)?sau(?:\s+day)?)?\s*:\s*$", re.I)
