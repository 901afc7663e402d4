"""Referenced documents: every ``… số X ngày Y của Z`` (and symbol-shaped numbers without
``số``), with type, number, date and issuer. The document's own number is left out, also when it
is repeated in an annex heading (``Kèm theo Công văn số …``)."""

from __future__ import annotations

import re

from ..model import Reference
from ..repair.vietnamese import tone
from .context import Context
from .header_number import normalise_number
from .lexicon import lexicon
from .text import key, make_date, squash, words_regex

_SEG = r"[A-Za-z][A-Za-z0-9&.]*|\d+[A-Za-z][A-Za-z0-9&.]*|\d+"
# the separator between two parts; an OCR pass may read it twice, with a space or a line break
# between ("PL- -UBTVQH", "BC-" / "- SGDĐT", "656 —- TB", "1135/⁄QĐ": normalise_number makes it one)
_SEP = r"[/⁄\-–—](?:[ \t]*\n?[ \t]*[/⁄\-–—])*"
# a part may follow "&" after a space a page left ("26/QĐ-BGD &ĐT"); a part of one or two letters
# may be followed by the rest of its code after a space an OCR pass put in ("73/T Tg-CN")
_SYMBOL = (rf"(?:{_SEG})(?:[ \t]*{_SEP}[ \t]*\n?[ \t]*(?:{_SEG})|[ \t]?&[ \t]?(?:{_SEG})"
           rf"|(?:(?<=[/\-–][A-Z])|(?<=[/\-–][A-Z][A-Za-z]))[ \t](?=[A-Z][A-Za-z]{{0,3}}[/\-–])(?:{_SEG}))*")
# a word glued after the symbol ("1033/PTM-SMEngày"): the symbol ends before it
_GLUED_WORD = (re.compile(r"(?<=[A-ZĐ0-9&]{2})[a-zđ][a-zà-ỹđ]{2,}$"),  # "SMEngày"
               re.compile(r"(?<=[A-ZĐ0-9&]{2})[A-ZĐ][a-zà-ỹđ]{2,}$"))  # "SMENgày"
# "931/STTTT-VTCNTT", "1690-CV/TĐTN-BTG", "39/2024/QH15", "614, 615, 616-CV/VPTW"
SHAPED = re.compile(
    rf"(?:(?<=[Ss][o0])|(?<![\w/.\-]))(?P<nums>\d{{1,6}}[a-z]?(?:[ \t]*,[ \t]*\d{{1,6}})*)"
    rf"[ \t]*(?P<sep>{_SEP})[ \t]*(?P<sym>{_SYMBOL})"
)
# a Party number whose hyphen a page lost to a space: "số 84 QĐ/TWĐTN" (spaces inside are removed: 84QĐ/TWĐTN)
SPACED = re.compile(rf"(?<=[Ss][o0] )[ \t]*(?P<num>\d{{1,6}})[ \t]+(?P<code>[A-Z][A-Za-z]{{0,4}})[ \t]*/[ \t]*(?P<sym>{_SYMBOL})")
# "Báo cáo số 11324", "công văn số TDV/01-2020" (read "TDV/01- 2020": a space after a separator)
AFTER_SO = re.compile(r"(?<![\w])s[o0][ \t]*:?[ \t\n]*"
                      r"(?P<num>[A-Za-z0-9][^\s,;()]*(?:(?<=[/\-–])[ \t]+[A-Za-z0-9][^\s,;()]*)*)", re.IGNORECASE)
DATE_AFTER = re.compile(
    r"\s*,?\s*\(?\s*(?:de\s+|ban\s+hanh\s+)?ng[a-z]{1,2}y[.,:]?\s*(?:"
    r"(?P<d>\d{1,2})\s*(?P<sep>[/.\-])\s*(?P<m>\d{1,2})\s*(?P=sep)\s*(?P<y>\d{4})(?!\d)"
    r"|(?P<d2>\d{1,2})\s+th[a-z]{1,2}ng\s*(?P<m2>\d{1,2})\s*,?\s*n[a-z]{1,2}m\s*(?P<y2>\d{4})(?!\d))",
    re.IGNORECASE,
)
DATE_BEFORE = re.compile(
    r"ng[a-z]{1,2}y\s*(?:(?P<d>\d{1,2})\s*(?P<sep>[/.\-])\s*(?P<m>\d{1,2})\s*(?P=sep)\s*(?P<y>\d{4})(?!\d)"
    r"|(?P<d2>\d{1,2})\s+th[a-z]{1,2}ng\s*(?P<m2>\d{1,2})\s*,?\s*n[a-z]{1,2}m\s*(?P<y2>\d{4})(?!\d))",
    re.IGNORECASE,
)
# "… ngày 28/3/2025 của Ủy ban …", a speck read as a colon or a comma before "của" too ("28/3/2025: của")
ISSUER_AFTER = re.compile(r"\s*[:,]?\s*c[u]a\s+(?P<who>[^,;.()]{3,120}?)(?=\s+(?:ve|v/v|huong dan|quy dinh|phe duyet"
                          r"|ban hanh|hoi)\b|[,;.()]|\n\s*\n|$)", re.IGNORECASE)


def _type_regex():
    names = list(lexicon().type_names.values()) + ["văn bản", "công văn", "tờ trình", "kết luận"]
    return words_regex(names, prefix=r"(?<![\w])", suffix=r"\s*$")


def extract(ctx: Context) -> None:
    own = ctx.fields.number
    type_re = _type_regex()
    seen: dict[str, Reference] = {}
    dated_before: set[str] = set()  # numbers whose date was read from their sentence's opening
    candidates: list[tuple[int, int, str]] = []  # start, end, number as printed
    for m in SHAPED.finditer(ctx.folded):
        sym = m.group("sym")
        if not re.search(r"[A-Za-z]", sym) or not re.search(r"[A-Z]", ctx.folded[m.start("sym"):m.end("sym")]):
            continue
        nums = [n.strip() for n in m.group("nums").split(",")]
        sym_text = ctx.text[m.start("sym"):m.end("sym")]
        if tone(sym_text):
            continue  # "7- CHỦ TỊCH": a speck before a title; a symbol's letters carry no tone mark
        sep = m.group("sep")
        for n in nums:
            candidates.append((m.start(), m.end(), f"{n}{sep}{sym_text}"))
    for m in SPACED.finditer(ctx.folded):
        if not any(a <= m.start("num") < b for a, b, _ in candidates):
            candidates.append((m.start("num"), m.end(), ctx.text[m.start("num"):m.end()]))
    for m in AFTER_SO.finditer(ctx.folded):
        num = m.group("num").rstrip(".:")
        if any(s <= m.start("num") < e for s, e, _ in candidates):
            continue
        before = ctx.folded[max(0, m.start() - 30):m.start()]
        printed = ctx.text[m.start("num"):m.start("num") + len(num)]
        if num.isdigit():
            if not type_re.search(before):
                continue
        elif not (re.search(r"[/\-]", num) and re.search(r"\d", num) and re.search(r"[A-Za-z]", num)):
            continue
        candidates.append((m.start("num"), m.start("num") + len(num), printed))
    candidates.sort()
    for start, end, printed in candidates:
        glued = _GLUED_WORD[0].search(printed) or _GLUED_WORD[1].search(printed)
        if glued:
            end -= len(printed) - glued.start()
            printed = printed[:glued.start()]
        number = normalise_number(printed)
        if number == own or _excluded(ctx, start):
            continue
        ref = seen.get(number) or seen.get(number.upper())
        if ref is not None and ref.number != number and number.upper() == ref.number.upper():
            if ref.number.isupper() and not number.isupper():
                ref.number = number  # "19/CT-TTG" in a title, "19/CT-TTg" as it is written
            seen[number] = ref
        date = _date_after(ctx, end)
        printed_after = date is not None
        if date is None and ref is None:
            date = _date_before(ctx, start, candidates)
        if ref is not None:
            if date is not None and (ref.date is None or number in dated_before):
                ref.date = date  # the date printed with the number, over one read from its sentence's opening
                dated_before.discard(number)
            continue
        if date is not None and not printed_after:
            dated_before.add(number)
        ref = Reference(number=number, date=date)
        ref.doc_type = _type_before(ctx, start, type_re)
        ref.issuer = _issuer_after(ctx, end)
        seen[number] = seen[number.upper()] = ref
        ctx.fields.references.append(ref)
        ctx.mark("reference", start, end)


def _type_before(ctx: Context, start: int, type_re) -> str | None:
    window = ctx.folded[max(0, start - 40):start]
    window = re.sub(r"\s*s[o0]\s*:?\s*$", "", window, flags=re.IGNORECASE)
    m = type_re.search(window)
    return _sentence_case(squash(m.group(0))) if m else None


def _sentence_case(folded_name: str) -> str:
    k = key(folded_name)
    for name_key, name in lexicon().type_names.items():
        if name_key == k:
            return name
    return folded_name[:1].upper() + folded_name[1:].lower()


def _excluded(ctx: Context, pos: int) -> bool:
    if ctx.number_span and ctx.number_span[0] <= pos < ctx.number_span[1]:
        return True
    line = ctx.lines[ctx.line_of(pos)]
    if line.index >= ctx.foot_end:  # the annex heading repeats the document's own number
        head = key(ctx.text[max(line.start - 300, 0):pos])
        if re.search(r"kem theo [^)]*$", head) and ctx.line_of(pos) - ctx.foot_end < 8:
            return True
    return False


def _iso(m) -> str | None:
    if m.group("d"):
        d = make_date(int(m.group("d")), int(m.group("m")), int(m.group("y")))
    else:
        d = make_date(int(m.group("d2")), int(m.group("m2")), int(m.group("y2")))
    return d.isoformat() if d else None


def _date_after(ctx: Context, end: int) -> str | None:
    m = DATE_AFTER.match(ctx.folded, end, min(len(ctx.text), end + 60))
    return _iso(m) if m else None


def _date_before(ctx: Context, start: int, candidates) -> str | None:
    """``Ngày 28 tháng 6 năm 2024, … thông qua Luật … (Luật số 39/2024/QH15)``: the date opening
    the same sentence, when no other number stands between."""
    lo = max(0, start - 250)
    window = ctx.folded[lo:start]
    cut = max(window.rfind(". "), window.rfind(";"), window.rfind("\n\n"))
    if cut >= 0:
        lo += cut + 1
    best = None
    for m in DATE_BEFORE.finditer(ctx.folded, lo, start):
        best = m
    if best is None:
        return None
    if any(best.end() <= s < start for s, _, _ in candidates):
        return None
    return _iso(best)


def _issuer_after(ctx: Context, end: int) -> str | None:
    m = DATE_AFTER.match(ctx.folded, end, min(len(ctx.text), end + 60))
    pos = m.end() if m else end
    im = ISSUER_AFTER.match(ctx.folded, pos, min(len(ctx.text), pos + 150))
    if not im:
        return None
    return squash(ctx.text[im.start("who"):im.end("who")]) or None
