"""The foot: distribution list (``Nơi nhận``), signature block (authority prefix, capacity, title,
name) and where the annexes begin (parts 8-10). The two foot columns may arrive one after the
other, interleaved, or merged on the same lines (``- UBND thành phố (để b/c);   PHÓ GIÁM ĐỐC``)."""

from __future__ import annotations

import re

from ..model import Signer
from .context import Context
from .lexicon import lexicon
from ..vntext import strip_diacritics
from .text import LIST_DASH, is_upper_line, squash, strip_markup, trim_item

NOI_NHAN = re.compile(r"N[o0]i[ \t]+nh\w{1,2}n[ \t]*:?", re.IGNORECASE)
AUTHORITY = re.compile(r"(?<![\w.])(TM|KT|TL|TUQ|Q)[ \t]*\.[ \t]*(?=[A-Z])")
ANNEX = re.compile(r"^[ \t*_]*(?:Phu|PHU)[ \t]+(?:luc|LUC)\b", re.IGNORECASE)
DASH = LIST_DASH
NAME_WORD = re.compile(r"^[A-Za-z][a-z]*\.?$")


def extract(ctx: Context) -> None:
    _annex_start(ctx)
    noi_nhan = _find_noi_nhan(ctx)
    authority = _find_authority(ctx, ctx.body_start, ctx.foot_end)
    candidates = [i for i in (noi_nhan, authority and ctx.line_of(authority.start())) if i is not None]
    right_fragments: list[tuple[int, int]] = []
    dist_lines: set[int] = set()
    if noi_nhan is not None:
        right_fragments, dist_lines = _distribution(ctx, noi_nhan)
    if candidates:
        ctx.body_end = min(candidates)
    _signer(ctx, authority, right_fragments, dist_lines)
    if ctx.fields.signer is None or not ctx.fields.signer.name:
        ctx.warn("no signer's name found")
    if ctx.body_end == len(ctx.lines) and ctx.foot_end < len(ctx.lines):
        ctx.body_end = ctx.foot_end


def _annex_start(ctx: Context) -> None:
    for i in range(max(ctx.body_start, 1), len(ctx.lines)):
        line = ctx.lines[i]
        if len(line.stripped) < 60 and ANNEX.match(line.folded):
            prev = ctx.next_nonblank(i + 1)
            if prev is not None or i == len(ctx.lines) - 1:
                ctx.foot_end = i
                return


def _find_noi_nhan(ctx: Context) -> int | None:
    for i in range(ctx.body_start, ctx.foot_end):
        line = ctx.lines[i]
        m = NOI_NHAN.match(line.folded.lstrip(" \t*_"))
        if m and (":" in line.text or len(line.stripped) < 20):
            return i
    return None


def _find_authority(ctx: Context, start: int, end: int):
    for i in range(start, end):
        line = ctx.lines[i]
        for m in AUTHORITY.finditer(ctx.folded, line.start, line.end):
            rest = ctx.text[m.end():line.end].split("  ")[0]
            if is_upper_line(rest, 0.8) and (m.start() == line.content_start or
                                             NOI_NHAN.search(line.folded) or
                                             re.search(r"\s{2,}$", ctx.text[line.start:m.start()])):
                return m
    return None


def _distribution(ctx: Context, index: int) -> tuple[list[tuple[int, int]], set[int]]:
    """Fill ``fields.distribution``; return right-column fragments met on the way and the lines used."""
    line = ctx.lines[index]
    m = NOI_NHAN.search(ctx.folded, line.start, line.end)
    fragments: list[tuple[int, int]] = []
    used = {index}
    rest_start = m.end() if m else line.end
    rest = ctx.text[rest_start:line.end]
    if re.search(r"[A-Z]{2,}", ctx.folded[rest_start:line.end]) and is_upper_line(rest, 0.7):
        s = rest_start + len(rest) - len(rest.lstrip())
        fragments.append((s, line.content_end))
    entries: list[list[tuple[int, int]]] = []  # each entry: its pieces (left column only)

    def last_text() -> str:
        return " ".join(ctx.text[a:b] for a, b in entries[-1]).rstrip()

    if DASH.match(rest):
        entries.append([(rest_start, line.content_end)])
    seen_blank = False
    for j in range(index + 1, ctx.foot_end):
        ln = ctx.lines[j]
        t = ln.stripped
        if not t:
            seen_blank = True
            continue
        if ln.column == "right":
            continue  # the signature column, emitted between parts of the left one
        if AUTHORITY.match(ln.folded.lstrip()):
            break
        s, e = ln.content_start, ln.content_end
        cut = _right_column_cut(ctx, s, e)
        lost_dash = (not entries or last_text().endswith(";")) and not is_upper_line(t) and len(t) < 120
        if DASH.match(t) or lost_dash:  # OCR may lose an entry's dash; its ";" still ends it
            if entries and last_text().endswith(".") and seen_blank:
                break
            if cut is not None:
                fragments.append((cut, e))
                e = cut
            entries.append([(s, e)])
            used.add(j)
            seen_blank = False
            continue
        if entries and not seen_blank and not is_upper_line(t):
            if cut is not None:
                fragments.append((cut, e))
                e = cut
            if not last_text().endswith((";", ".")):
                entries[-1].append((s, e))  # an entry wrapped over two lines
            used.add(j)
            continue
        break
    for pieces in entries:
        item = trim_item(" ".join(ctx.text[a:b] for a, b in pieces))
        if item:
            ctx.fields.distribution.append(item)
            ctx.mark("distribution", pieces[0][0], pieces[-1][1])
    return fragments, used


def _right_column_cut(ctx: Context, s: int, e: int) -> int | None:
    """Where the signature column starts inside a distribution line merged with it."""
    text = ctx.text[s:e]
    gap = re.search(r"\S(\s{4,})\S", text)  # columns laid out with spaces (PDF text layers)
    if gap:
        return s + gap.end(1)
    lex = lexicon()
    for m in re.finditer(r"[;.)]\s+", text):
        tail = strip_markup(text[m.end():]).strip()
        if "(" in tail or ")" in tail or not is_upper_line(tail, 0.8):
            continue
        if lex.is_signer_title(tail) or AUTHORITY.match(strip_diacritics(tail)) or (
                len(tail.split()) >= 2 and all(w.isalpha() for w in tail.replace(",", " ").split())):
            return s + m.end()
    return None


def _signer(ctx: Context, authority, fragments, dist_lines: set[int]) -> None:
    lex = lexicon()
    signer = Signer()
    pieces: list[tuple[int, int]] = []  # candidate lines of the signature column, in order
    start_line = ctx.body_end
    if authority is not None:
        signer.authority = authority.group(1) + "."
        line = ctx.lines[ctx.line_of(authority.start())]
        cap_end = line.content_end
        gap = re.search(r"\s{2,}", ctx.text[authority.end():line.end])
        if gap:
            cap_end = authority.end() + gap.start()
        signer.capacity = squash(strip_markup(ctx.text[authority.end():cap_end])).rstrip(" .:")
        ctx.mark("signer.capacity", authority.start(), cap_end)
        start_line = ctx.line_of(authority.start()) + 1
        fragments = [f for f in fragments if f[0] > authority.start()]
    elif start_line >= ctx.foot_end:  # no Nơi nhận, no prefix: a title near the end
        start_line = max(ctx.body_start, ctx.foot_end - 15)
    pieces.extend(fragments)
    for j in range(start_line, ctx.foot_end):
        if j in dist_lines or ctx.lines[j].blank:
            continue
        ln = ctx.lines[j]
        if NOI_NHAN.match(ln.folded.lstrip()):
            continue
        pieces.append((ln.content_start, ln.content_end))
    pieces.sort()
    if authority is None:
        pieces = _from_title(ctx, pieces)
        if not pieces:
            return
    title, name = None, None
    title_more: list[tuple[int, int]] = []
    for n, (s, e) in enumerate(pieces[:6]):
        text = ctx.text[s:e]
        if "**" in text and title is None:  # "PHÓ BÍ THƯ**Thị Phương Hồng**"
            head, _, tail = text.partition("**")
            if is_upper_line(head):
                title = (s, s + len(head.rstrip()))
                tail_s = s + len(head) + 2
                if _looks_like_name(strip_markup(tail)):
                    name = (tail_s, e)
                    break
                continue
        clean = re.sub(r"^[-_.,\s]+", "", strip_markup(text)).strip()
        if title is None and is_upper_line(clean) and not AUTHORITY.match(ctx.folded[s:e]):
            if (n == 0 and authority is not None and not lex.is_signer_title(clean)
                    and len(pieces) > 1 and lex.is_signer_title(strip_markup(ctx.text[slice(*pieces[1])]))):
                signer.capacity = squash(f"{signer.capacity} {clean}")  # capacity over two lines
                continue
            title = (s, e)
            continue
        if title is not None and _title_continues(clean):
            title_more.append((s, e))  # a long title wrapped: "… GIÁO DỤC CHUYÊN" / "NGHIỆP"
            continue
        if _looks_like_name(clean):
            name = (s, e)
            break
    if title:
        signer.title = squash(" ".join(strip_markup(ctx.text[a:b]) for a, b in [title] + title_more))
        ctx.mark("signer.title", title[0], (title_more or [title])[-1][1])
    if name:
        signer.name = re.sub(r"^[-_.,\s]+", "", squash(strip_markup(ctx.text[name[0]:name[1]]))).strip(" .")
        ctx.mark("signer.name", *name)
    if any((signer.authority, signer.title, signer.name)):
        ctx.fields.signer = signer


def _from_title(ctx: Context, pieces: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Without an authority prefix: start at a known signer title line."""
    lex = lexicon()
    for n, (s, e) in enumerate(pieces):
        text = strip_markup(ctx.text[s:e]).strip()
        head = text.split("**")[0] if "**" in ctx.text[s:e] else text
        if is_upper_line(head) and lex.is_signer_title(head):
            return pieces[n:]
    return []


def _title_continues(line: str) -> bool:
    """A short capitals line under the title that no title is on its own (not a speck such as
    ``T``, not a second title) is the rest of a title wrapped over two lines."""
    words = line.split()
    return (is_upper_line(line) and 1 <= len(words) <= 3 and all(len(w) > 1 and w.isalpha() for w in words)
            and not lexicon().is_signer_title(line))


def _looks_like_name(text: str) -> bool:
    words = text.replace("(", " ").replace(")", " ").split()
    if not 2 <= len(words) <= 7:
        return False
    if any(ch.isdigit() for ch in text) or ":" in text or text.startswith(("-", "(")):
        return False
    if is_upper_line(text):
        return False
    caps = sum(1 for w in words if w[0].isupper())
    return caps >= len(words) - 1 and all(NAME_WORD.match(strip_diacritics(w)) for w in words)
