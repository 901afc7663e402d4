"""The distribution list (``Nơi nhận``, part 9): its entries, one a line or glued on one, where the
signature column beside it cuts its lines, and the filing mark (``Lưu: VT``)."""

from __future__ import annotations

import re

from .context import Context
from .lexicon import lexicon
from ..vntext import strip_diacritics
from .signer_name import person_name, without_rank
from .text import is_upper_line, key, strip_markup, trim_item
from .foot_patterns import AUTHORITY, DASH, NOI_NHAN, SIGNED, SIGNED_END
from .signature import speck
from .signer_title_line import title_then_name


def read_distribution(ctx: Context, index: int) -> tuple[list[tuple[int, int]], set[int]]:
    """Fill ``fields.distribution``; return right-column fragments met on the way and the lines used."""
    line = ctx.lines[index]
    m = NOI_NHAN.search(ctx.folded, line.start, line.end)
    fragments: list[tuple[int, int]] = []
    used = {index}
    rest_start = m.end() if m else line.end
    rest = ctx.text[rest_start:line.end]
    if re.search(r"[A-Z]{2,}", ctx.folded[rest_start:line.end]) and is_upper_line(rest, 0.7) or _title_alone(rest):
        s = rest_start + len(rest) - len(rest.lstrip())
        fragments.append((s, line.content_end))
    entries: list[list[tuple[int, int]]] = []  # each entry: its pieces (left column only)

    def last_text() -> str:
        return " ".join(ctx.text[a:b] for a, b in entries[-1]).rstrip()

    if DASH.match(rest):
        entries.append([(rest_start, line.content_end)])
    seen_blank = across = False
    for j in range(index + 1, ctx.foot_end):
        ln = ctx.lines[j]
        t = ln.stripped
        if not t:
            seen_blank = seen_blank or not across  # blank lines around the signature column's end no entry
            continue
        if ln.column == "right" or across and speck(t):
            across = True  # the signature column (and a seal's specks), read between parts of the left one
            continue
        across = False
        # once the columns are seen interleaved, a line of capitals that closes no entry is the
        # signature column's too ("TM. BAN THƯỜNG VỤ" / "- Như trên;" / "TỈNH ĐOÀN" / "- …")
        # a name with no dash that opens with a family name is the signer's, never an entry (also with
        # "(đã ký)" after it)
        if AUTHORITY.match(strip_markup(ln.folded).lstrip()) or _signature_line(ln.stripped) or (
                person_name(without_rank(SIGNED_END.sub("", strip_markup(t)).strip()), family=True)) or _title_alone(t) or fragments and (
                person_name(without_rank(strip_markup(t).strip())) or len(t.split()) <= 6 and lexicon().is_signer_title(t)
                or is_upper_line(t) and not DASH.match(t) and not t.endswith((";", ".", ","))):
            if _entry_follows(ctx, j + 1):
                fragments.append((ln.content_start, ln.content_end))  # the columns interleaved
                continue
            break
        s, e = ln.content_start, ln.content_end
        cut = _right_column_cut(ctx, s, e)
        # a line of capitals is the signature column's unless it ends as an entry ends ("VPUB: CPVP;")
        lost_dash = (not entries or last_text().endswith(";") and not _inner_list(ctx, entries[-1], t)) \
            and (not is_upper_line(t) or entries and t.endswith(";")) and len(t) < 120 \
            or bool(entries) and _FILED.match(key(t)) is not None  # "… Chính phủ," / "Lưu: VT, …": its dash lost
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
        # an entry wrapped onto the next line; a line of capitals goes on one only when the entry
        # is still open and the line closes it ("- Các Bộ: KH&ĐT, TC," / "GTVT, TN&MT;")
        wraps = not is_upper_line(t) or (bool(entries) and not last_text().endswith((";", "."))
                                         and t.endswith((";", ".", ",")))
        if entries and not seen_blank and wraps:
            if cut is not None:
                fragments.append((cut, e))
                e = cut
            if (not last_text().endswith((";", ".")) or _inner_list(ctx, entries[-1], t)) \
                    and not (t.startswith("(") and t.endswith(")")):
                entries[-1].append((s, e))  # an entry wrapped over two lines (a note in brackets is none)
            used.add(j)
            continue
        break
    _add_entries(ctx, entries)
    return fragments, used


def _add_entries(ctx: Context, entries: list[list[tuple[int, int]]]) -> None:
    """The distribution's entries, each given by the spans of its pieces, trimmed and marked."""
    for n, pieces in enumerate(entries):
        for a, b, text in _glued_entries(ctx, pieces):
            # a comma ends an entry the next goes on from (``- VPCP: BTCN, PCN …,``); the list's last
            # entry ends with a full stop, read as a comma at times (``Lưu VP,BTG, website,``), and
            # ``Như trên`` (the addressees above) is whole: its comma is a ``;`` misread
            whole = n == len(entries) - 1 or _SAME_AS_ABOVE.match(key(text))
            item = _filing_mark(trim_item(text, comma=not whole))
            if item:
                ctx.fields.distribution.append(item)
                ctx.mark("distribution", a, b)


# ``Như trên`` (the addressees above), folded
_SAME_AS_ABOVE = re.compile(r"[\W_]*nhu tren\b")

# the records office's copy ("Lưu: VT", "Lưu VT", "Lưu văn thư"), which always opens an entry of its own
_FILED = re.compile(r"luu\b\s*(?::|vt\b|van thu\b)")


def _inner_list(ctx: Context, pieces: list[tuple[int, int]], line: str) -> bool:
    """Does a dashed entry wrapped over lines use ``;`` between its own parts (``- VPCP: BTCN, các
    PCN: A, B; Trợ lý TTgCP;`` / ``Cổng TTĐT, các Vụ: TH;``), so that the dashless ``line`` after it
    goes on with it rather than being an entry whose dash was lost? ``Lưu`` always opens one."""
    text = " ".join(ctx.text[a:b] for a, b in pieces).rstrip()
    return (len(pieces) > 1 and bool(DASH.match(text)) and ";" in text[:-1]
            and not key(line).lstrip(" -*•").startswith("luu"))


def _filing_mark(item: str) -> str:
    """``Lưu: VT, …`` (kept by the records office, văn thư) as a scan misreads its ``VT``
    (``VI``, ``VF``, ``V T``, ``YT``): every dispatch files a copy there (Decree 30)."""
    return re.sub(r"^(Lưu\s*:?\s*)(?:V\s?[IFlỊÍ1]|V\s+T|YT|VT\.)(?=\s*[,;.]|\s*$)", r"\1VT", item)


def _glued_entries(ctx: Context, pieces: list[tuple[int, int]]) -> list[tuple[int, int, str]]:
    """One entry, or several that a page glued (``Phòng VX;- Lưu VT``, ``Như trên;- TTg, …;- …``),
    as (start, end, text): the text is made of the entry's pieces only (what the signature
    column put between them is left out)."""
    out: list[tuple[int, int, str]] = []
    parts: list[str] = []
    start = pieces[0][0]
    for a, b in pieces:
        pos = a
        for m in re.finditer(r";\s*[-–•]\s*", ctx.text[a:b]):
            parts.append(ctx.text[pos:a + m.start()])
            out.append((start, a + m.start(), " ".join(parts)))
            parts, start = [], a + m.end()
            pos = a + m.end()
        parts.append(ctx.text[pos:b])
    out.append((start, pieces[-1][1], " ".join(parts)))
    return out


def _signature_line(text: str) -> bool:
    """A line of the signature column: a title, ``(Đã ký)``, a name, or a title glued to a name."""
    clean = strip_markup(text).strip()
    return bool(SIGNED.match(clean)) or (is_upper_line(clean) and lexicon().is_signer_title(clean)) or (
        title_then_name(clean) is not None)


def _title_alone(text: str) -> bool:
    """Is ``text`` a signer's title and nothing else, in sentence case (``Phó trưởng ban``,
    ``Hiệu trưởng``): the signature column's, merged on a line of the distribution?"""
    text = strip_markup(text).strip()
    if not text[:1].isupper() or text.isupper():
        return False
    if key(text) in lexicon().signer_titles:
        return True
    # a title of two offices ("Bộ trưởng, chủ nhiệm"), or of the unit it heads ("Vụ trưởng vụ kế hoạch");
    # not an entry that names a person ("Thứ trưởng Trần Anh Tuấn;")
    words = text.split()
    return len(words) <= 8 and not DASH.match(text) and not text.endswith((";", ".", ",")) \
        and lexicon().is_signer_title(text) and not any(person_name(" ".join(words[n:])) for n in range(1, len(words) - 1))


def _entry_follows(ctx: Context, j: int) -> bool:
    """Does an entry of the distribution come within the next lines: a dash entry, or one whose
    dash was lost that ends as an entry ends (``Như trên;``)?"""
    for ln in ctx.lines[j:j + 3]:
        if not ln.blank:
            return bool(DASH.match(ln.stripped) or ln.stripped.endswith(";")) and not is_upper_line(ln.stripped)
    return False


def _right_column_cut(ctx: Context, s: int, e: int) -> int | None:
    """Where the signature column starts inside a distribution line merged with it."""
    text = ctx.text[s:e]
    for m in AUTHORITY.finditer(strip_diacritics(text)):  # "… (để b/c)\t. KT. TRƯỞNG BAN …": a second prefix
        if m.start() > 0 and re.search(r"(?:\s{2,}|\t)[\W_]*$", text[:m.start()]):
            return s + m.start()
    gap = re.search(r"\S(\s{4,}|\t)\S", text)  # columns laid out with spaces or a tab (text layers, OCR)
    if gap:
        return s + gap.end(1)
    lex = lexicon()
    for m in re.finditer(r"[;.)]\s+", text):
        tail = strip_markup(text[m.end():]).strip()
        if _title_alone(tail):
            return s + m.end()  # "- Như trên; Phó trưởng ban": a title in sentence case after the entry
        if "(" in tail or ")" in tail or not is_upper_line(tail, 0.8):
            continue
        if lex.is_signer_title(tail) or AUTHORITY.match(strip_diacritics(tail)) or (
                len(tail.split()) >= 2 and all(w.isalpha() for w in tail.replace(",", " ").split())):
            return s + m.end()
    for m in re.finditer(r"[;.]\s+", text):  # "- Các sở, ban, ngành; Hoàng Thị Mai Anh": the signer's name
        tail = without_rank(strip_markup(text[m.end():]).strip())  # after the last entry's "." too
        if person_name(tail, family=m.group(0)[0] == "."):
            return s + m.end()
    signed = SIGNED_END.search(text)
    if signed and signed.start() > 0:  # "- Lưu: VT (Đã ký)": the signature's mark on the entry's line
        return s + signed.start()
    return None
