"""The foot: distribution list (``Nơi nhận``), signature block (authority prefix, capacity, title,
name) and where the annexes begin (parts 8-10). The two foot columns may arrive one after the
other, interleaved, or merged on the same lines (``- UBND thành phố (để b/c);   PHÓ GIÁM ĐỐC``)."""

from __future__ import annotations

import re

from .context import Context
from .deputy_title import deputy_title, mended_title
from .lexicon import lexicon
from .text import is_upper_line, key
from ..i18n import _
from .foot_patterns import ANNEX, AUTHORITY, KT_MISREAD, NOI_NHAN, SPECKS
from .distribution import read_distribution
from .signature import read_signer, title_before


def extract(ctx: Context) -> None:
    _annex_start(ctx)
    _copy_start(ctx)
    noi_nhan = _find_noi_nhan(ctx)
    authority = _find_authority(ctx, ctx.body_start, ctx.foot_end)
    first = noi_nhan
    if noi_nhan is not None and not NOI_NHAN.match(ctx.lines[noi_nhan].folded.lstrip(SPECKS)):
        first = noi_nhan + 1  # "… khi có hướng dẫn./.Nơi nhận:": the body's last line holds the label
    titled = title_before(ctx, noi_nhan) if authority is None and noi_nhan is not None else None
    candidates = [i for i in (first, authority and ctx.line_of(authority.start()), titled) if i is not None]
    right_fragments: list[tuple[int, int]] = []
    dist_lines: set[int] = set()
    if noi_nhan is not None:
        right_fragments, dist_lines = read_distribution(ctx, noi_nhan)
    if candidates:
        ctx.body_end = min(candidates)
    read_signer(ctx, authority, right_fragments, dist_lines, titled)
    if ctx.fields.signer is None or not ctx.fields.signer.name:
        ctx.warn(_("no signer's name found"))
    if ctx.body_end == len(ctx.lines) and ctx.foot_end < len(ctx.lines):
        ctx.body_end = ctx.foot_end


def _annex_start(ctx: Context) -> None:
    for i in range(max(ctx.body_start, 1), len(ctx.lines)):
        line = ctx.lines[i]
        if len(line.stripped) < 60 and ANNEX.match(line.folded) and not _runs_on(ctx, i):
            prev = ctx.next_nonblank(i + 1)
            if prev is not None or i == len(ctx.lines) - 1:
                ctx.foot_end = i
                return


def _runs_on(ctx: Context, i: int) -> bool:
    """Is line ``i`` the rest of a sentence the page wrapped (``… các chỉ tiêu được phân công tại`` /
    ``Phụ lục II kèm theo Quyết định này;``)? The line before it goes on in small letters with no stop,
    and the line is not written in capitals as an annex's title is."""
    before = ctx.lines[i - 1].stripped
    return bool(before) and before[-1:].isalpha() and before.split()[-1].islower() \
        and not is_upper_line(ctx.lines[i].stripped)


# a copy's own block after the document (Decree 30): "SAO Y", "SAO Y BẢN CHÍNH", "TRÍCH SAO", "SAO LỤC",
# and its number "Số: 25/SY-VP"
_COPY_MARK = re.compile(r"^[ \t*_]*(?:SAO[ \t]+Y(?:[ \t]+BAN[ \t]+CHINH)?|TRICH[ \t]+SAO|SAO[ \t]+LUC)[ \t*_]*$")


_COPY_NUMBER = re.compile(r"^[ \t*_]*So[ \t]*:?[ \t]*\d*[ \t]*/[ \t]*(?:SY|TrS|SL)[ \t]*-", re.IGNORECASE)


def _copy_start(ctx: Context) -> None:
    """A copy's own block printed after the document (its office, number, ``SAO Y``, date,
    distribution and signer) is no part of the document's foot: the foot ends where it begins."""
    for i in range(max(ctx.body_start, 1), ctx.foot_end):
        folded = ctx.lines[i].folded
        if _COPY_MARK.match(folded) or _COPY_NUMBER.match(folded):
            j = i
            while j - 1 > ctx.body_start and (_COPY_NUMBER.match(ctx.lines[j - 1].folded) or (
                    is_upper_line(ctx.lines[j - 1].stripped) and lexicon().starts_with_head(ctx.lines[j - 1].stripped)
                    and not lexicon().is_signer_title(ctx.lines[j - 1].stripped))):
                j -= 1  # the copying office's name above its number
            ctx.foot_end = j
            return


_AFTER_CLOSING = re.compile(r"\./\.\s*(?=N[o0]i[ \t]+nh\w{1,2}n[ \t]*:)", re.IGNORECASE)


# the list's usual first entry: "- Như trên;", "- Như Điều 3;" (folded)
_AS_ABOVE = re.compile(r"^[ \t]*[-–—•+*]?[ \t]*Nhu[ \t]+(?:tren|Dieu[ \t]+\d{1,2})[ \t]*[;,.:]?[ \t]*$", re.IGNORECASE)
_ENTRY = re.compile(r"^[ \t]*(?:[-–—•+*][ \t]*\S|Luu\b)", re.IGNORECASE)


def _find_noi_nhan(ctx: Context) -> int | None:
    """The line of ``Nơi nhận:``, at its start or glued after the closing ``./.``; when the page lost
    the label (``âu NHÂN l`` under the signature's ink, or nothing), the line before the list's
    usual first entry (``- Như trên;``) that more entries follow."""
    for i in range(ctx.body_start, ctx.foot_end):
        line = ctx.lines[i]
        m = NOI_NHAN.match(line.folded.lstrip(SPECKS))  # "-_ Nơi nhận:": specks an OCR pass read before it
        if m and (":" in line.text or len(line.stripped) < 20) or _AFTER_CLOSING.search(line.folded):
            return i
    for i in range(max(ctx.body_start, 1) + 1, ctx.foot_end):
        if _AS_ABOVE.match(ctx.lines[i].folded.split("  ")[0]):
            after = ctx.next_nonblank(i + 1)
            if after is not None and after < ctx.foot_end and _ENTRY.match(ctx.lines[after].folded):
                return i - 1
    return None


def _find_authority(ctx: Context, start: int, end: int):
    for i in range(start, end):
        line = ctx.lines[i]
        for m in AUTHORITY.finditer(ctx.folded, line.start, line.end):
            rest = ctx.text[m.end():line.end].split("  ")[0]
            # "TM. Ủy ban nhân dân tỉnh": a page may print the block in sentence case
            named = is_upper_line(rest, 0.8) or lexicon().starts_with_head(rest) or lexicon().is_signer_title(rest)
            before = ctx.text[line.start:m.start()]
            if named and (not before.strip(SPECKS) or NOI_NHAN.search(line.folded)
                          or re.search(r"\s{2,}$", before)):
                return m
    return misread_kt(ctx, start, end)


def misread_kt(ctx: Context, start: int, end: int):
    """``KT.`` whose T a scan misread (``KP. CHỦ TỊCH``, :data:`.foot_patterns.KT_MISREAD`), at the
    start of a line or of the foot's right column, before a known title in capitals: taken only
    when the next line holds the deputy's title that capacity announces (``PHÓ CHỦ TỊCH …``), read
    right or within a few letters."""
    for i in range(start, end):
        line = ctx.lines[i]
        for m in KT_MISREAD.finditer(ctx.folded, line.start, line.end):
            before = ctx.text[line.start:m.start()]
            if before.strip(SPECKS) and not re.search(r"\s{2,}$", before):
                continue
            rest = ctx.text[m.end():line.end].split("  ")[0].strip()
            deputy = deputy_title(rest) if is_upper_line(rest, 0.8) else None
            below = next((ln.stripped for ln in ctx.lines[i + 1:min(i + 4, end)] if ln.stripped), "")
            if deputy and below and (key(below).startswith(key(deputy)) or mended_title(below, rest)):
                return m
    return None
