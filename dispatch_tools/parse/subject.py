"""The header's type name and subject (trích yếu): ``V/v …``, ``Về việc …``, ``Về: …``, the title
under a type name, a Party dispatch's bare subject under its number, the title line of a page
without a header; the type from the number's symbol or from the body (``Nghị quyết này …``).
Where the subject's lines run is told by :mod:`.subject_lines`, the subject under a type's title
by :mod:`.subject_title`, and its text is joined and cut by :mod:`.subject_text`."""

from __future__ import annotations

import re

from rapidfuzz import fuzz

from .context import Context
from .header_lines import BLANK_DATE, HEADER_LINES, motto_cut
from .lexicon import lexicon
from .subject_lines import before_motto, column_cut, continuation, continues, stops_subject, subject_line
from .subject_text import cut_merged_date, cut_side_note, join_subject_lines
from .subject_title import authority_after_title, subject_after_type, title_wrapped, titled_line
from .text import DATE_WORDS, is_upper_line, key, strip_markup
from ..vntext import strip_diacritics
from ..i18n import _

VV_LINE = re.compile(r"^[ \t]*(?:[-_.,'`~|]{1,3}[ \t]+)?"  # specks an OCR pass put before it
                     r"(?P<quote>[\"“‘'(]?)[ \t]*(?:V[ \t]*[/|Il1i\\]|v[ \t]*/)[ \t]*[vV]\b[ \t]*[:.]?[ \t]*", re.M)
# ``V/v`` of a small font as a scan reads it (``V/``, ``V/w``, ``Víw``, ``Vý/``, the slash and the v run
# into one ``N``: ``VN``), right under the number
VV_MISREAD = re.compile(r"^[ \t]*(?P<quote>[\"“‘'(]?)[ \t]*V(?:[/|\\Il1iy][vVwW/]|/|N)[ \t]+(?=[a-z])", re.M)
VE_LINE = re.compile(r"^[ \t]*(?P<quote>[\"“‘'(]?)[ \t]*Ve[ \t]*:[ \t]*", re.IGNORECASE | re.M)
# "Về việc …", "VỀ VIỆC …" and the Ho Chi Minh City "Về tăng cường …" (a lower-case word after "Về");
# a scan may read the ề as à ("Và tăng cường …", "và việc …"): no subject opens with "và"
# (a speck after "Về" read as a comma or a full stop: "VỀ, VIỆC …")
VE_VIEC = re.compile(r"^[ \t]*(?P<quote>[\"“‘'(]?)[ \t]*(?:[Vv][ea][,.]?[ \t]+viec|VE[,.]?[ \t]+VIEC)\b[ \t]*:?[ \t]*", re.M)
VE_BARE = re.compile(r"^[ \t]*(?P<quote>[\"“‘'(]?)[ \t]*V[ea][ \t]+(?=[a-z])", re.M)
# a title under a type name opening with "Và" + a small letter: "Về" whose ề a scan read as à
VE_MISREAD = re.compile(r"^V[àa][ \t]+(?=[a-zđà-ỹ])")
VV_AFTER_NUMBER = re.compile(r"[ \t]+(?P<quote>[\"“‘'(]?)[ \t]*V[ \t]*[/|Il1i\\][ \t]*[vV]\b[ \t]*[:.]?[ \t]*"
                             # "Về: …", "Về việc …", "Về tăng cường …" after the number on its line
                             r"|[ \t]+(?P<quote2>[\"“‘'(]?)[ \t]*(?:Ve[ \t]*:|[Vv]e[ \t]+viec\b[ \t]*:?|VE[ \t]+VIEC\b[ \t]*:?"
                             r"|Ve[ \t]+(?=[a-z]))[ \t]*")
# a title's subject opening on a small ``việc`` whose ``Về`` a stamp or a seal hid (``›việc bổ nhiệm …``, a speck
# of the mark before it): no subject under a title opens so, but ``việc làm`` (employment) may
LOST_VE = re.compile(r"^[^\w\s]{0,2}\s*việc\s+(?!làm\b)(?=[a-zđà-ỹ])")
# (``và việc``: the ề of a small ``Về việc`` a scan read as à; no subject opens with ``và``)
LEAD_WORDS = re.compile(r"^(?:V/v\s*:?|V[eềàa][,.]?\s+vi[eệ]c\s*:?|VỀ[,.]?\s+VIỆC\s*:?|V[eề]\s*:)\s*", re.IGNORECASE)


def _type_line(ctx: Context, start: int, stop: int):
    lex = lexicon()
    for i in range(start, stop):
        line = ctx.lines[i]
        text = re.sub(r"^[\W_]+|[\W_]+$", "", strip_markup(line.stripped))  # specks around it: "- CHỈ THỊ"
        if not text or not is_upper_line(text) or len(text) > 40:
            continue
        k = key(text)
        if k in lex.type_names:
            return i, lex.type_names[k]
        for name_key, name in lex.type_names.items():
            if len(k) >= 6 and fuzz.ratio(k, name_key) >= 88:
                return i, name
    return None


def _header_stop(ctx: Context) -> int:
    """Index of the line where the header surely ends: Kính gửi or the first body paragraph."""
    lex = lexicon()
    kinh_gui = ctx.cues_in("KINH_GUI", 0, ctx.offset(min(HEADER_LINES, len(ctx.lines))))
    stop = ctx.line_of(kinh_gui[0].start) if kinh_gui else min(HEADER_LINES, len(ctx.lines))
    if kinh_gui and ctx.text[ctx.lines[stop].content_start:kinh_gui[0].start].strip():
        return stop + 1  # "V/v … Kính gửi: …": a head flattened with the addressees after it on one line
    first = (ctx.number_line or 0) + 1
    for i in range(first, stop):
        t = ctx.lines[i].stripped
        if len(t) > 60 and lex.body_start_re.match(key(t)) and not is_upper_line(t) and not under_type_name(ctx, i):
            return i
    return stop


def under_type_name(ctx: Context, i: int) -> bool:
    """Is line ``i`` the first under a type name (``KẾ HOẠCH`` / ``Thực hiện Chương trình …``,
    ``TỜ TRÌNH`` / ``Đề nghị bổ sung …``) or under a Party number? It may be the subject, though
    its words may open a paragraph of the body."""
    j = i - 1
    while j >= 0 and ctx.lines[j].blank:
        j -= 1
    if j < 0:
        return False
    if j == ctx.number_line and re.search(r"\d\s*-\s*[A-ZĐ]{1,4}\s*/", ctx.fields.number or ""):
        return True  # a Party dispatch's bare subject right under its number ("Số 05-CV/TU" / "Đề nghị …")
    if j == ctx.number_line and ctx.lines[i].stripped[:1] in _QUOTES:
        return True  # a subject in quotes right under a number ("Số: 07/HPN-VX" / "“Triển khai …")
    above = re.sub(r"^[\W_]+|[\W_]+$", "", strip_markup(ctx.lines[j].stripped))
    return is_upper_line(above) and key(above) in lexicon().type_names


def type_and_subject(ctx: Context) -> None:
    stop = _header_stop(ctx)
    first = ctx.number_line if ctx.number_line is not None else 0
    typed = _type_line(ctx, first, stop)
    subject_lines: list[int] = []
    vv = None
    titled = titled_line(ctx) if typed is None and ctx.number_line is None else None
    if titled is not None:
        ti, name, rest = titled
        ctx.fields.doc_type = name
        ctx.mark("doc_type", ctx.lines[ti].content_start, rest)
        more = title_wrapped(ctx, ti, stop)
        parts = [ctx.text[rest:ctx.lines[ti].content_end]] + [ctx.lines[j].stripped for j in more]
        subject = LEAD_WORDS.sub("", join_subject_lines(parts).lstrip(" :"))
        subject = re.sub(r"^v[eề]\s+", "", subject, flags=re.I).rstrip(" :")
        if subject:
            ctx.fields.subject = subject
            ctx.mark("subject", rest, ctx.lines[(more or [ti])[-1]].content_end)
        ctx.header_end = max(ctx.header_end, (more or [ti])[-1] + 1)
    elif typed is not None:
        ti, name = typed
        ctx.fields.doc_type = name
        ctx.mark("doc_type", ctx.lines[ti].content_start, ctx.lines[ti].content_end)
        subject_lines = subject_after_type(ctx, ti + 1, stop)
        ctx.header_end = max(ctx.header_end, (subject_lines[-1] if subject_lines else ti) + 1)
    else:
        vv = _find_vv(ctx, first, stop)
    if vv is not None:
        i, content_start, quote = vv
        subject_lines = [i] + continuation(ctx, i + 1, stop)
        ctx.fields.doc_type = "Công văn"
        parts = [quote + ctx.text[content_start:column_cut(ctx, i) or _before_addressees(ctx, i)]]
        for k, j in enumerate(subject_lines[1:], 1):
            cut = _before_addressees(ctx, j)
            if cut < ctx.lines[j].content_end:  # "… Đại hội Kính gửi: Các chi bộ …": the addressees open on the line
                parts.append(ctx.text[ctx.lines[j].content_start:cut].strip())
                subject_lines = subject_lines[:k + 1]
                break
            parts.append(subject_line(ctx, j))
        parts = [cut_merged_date(ctx, p) for p in parts]
        subject_lines, parts = cut_side_note(ctx, subject_lines, parts)
        ctx.fields.subject = join_subject_lines(parts)
        last = subject_lines[-1]
        ctx.mark("subject", content_start, column_cut(ctx, last) or _before_addressees(ctx, last))
        ctx.header_end = max(ctx.header_end, subject_lines[-1] + 1)
    elif subject_lines:
        end = authority_after_title(ctx, subject_lines)
        parts = [ctx.text[ctx.lines[j].content_start:min(ctx.lines[j].content_end, end)] for j in subject_lines
                 if ctx.lines[j].content_start < end]
        # a title's line read apart from the next by a blank line: a colon glued at its end is a speck
        parts = [p.rstrip(":") if j + 1 < len(subject_lines) and subject_lines[j + 1] > subject_lines[j] + 1
                 and is_upper_line(p) else p for j, p in zip(range(len(parts)), parts)]
        subject = join_subject_lines([strip_markup(p) for p in parts])
        subject = VE_MISREAD.sub("Về ", LOST_VE.sub("", LEAD_WORDS.sub("", subject)))
        if LEAD_WORDS.match(strip_markup(ctx.lines[subject_lines[0]].stripped)):
            subject = subject.rstrip(" :")  # "Về việc …" / "… năm 2017 - 2018:": a speck read at its end
        ctx.fields.subject = subject
        ctx.mark("subject", ctx.lines[subject_lines[0]].content_start,
                 min(end, ctx.lines[subject_lines[-1]].content_end))
    if not subject_lines and vv is None and titled is None and ctx.number_line is not None:
        if not _quoted_under_number(ctx, stop):
            _subject_under_number(ctx, stop)
    if ctx.fields.doc_type is None:
        ctx.fields.doc_type = _type_from_number(ctx.fields.number) or _type_named_in_body(ctx)
        if ctx.fields.doc_type is None and ctx.cues_in("KINH_GUI"):
            ctx.fields.doc_type = "Công văn"
    if ctx.fields.doc_type is None:
        ctx.warn(_("the document type could not be determined"))
    if not ctx.fields.subject:
        ctx.warn(_("no subject (V/v … or a title under the type name) found"))
    for label in ("number", "date", "place"):
        for sp in ctx.spans:
            if sp.label == label:
                ctx.header_end = max(ctx.header_end, ctx.line_of(sp.end) + 1)


def _before_addressees(ctx: Context, i: int) -> int:
    """Where line ``i`` ends, or where ``Kính gửi`` opens on it (a head flattened onto one line)."""
    line = ctx.lines[i]
    cues = ctx.cues_in("KINH_GUI", line.content_start, line.content_end)
    return cues[0].start if cues else line.content_end


def _find_vv(ctx: Context, first: int, stop: int):
    """The subject line: ``V/v …``, or near the number ``Về: …``, ``Về việc …``, ``Về tăng cường …``;
    (line, where its words start, the quote that opens it)."""
    for i in range(first, stop):
        line = ctx.lines[i]
        m = VV_LINE.match(ctx.folded, line.start, line.end)
        if m is None and _near(ctx, first, i):
            m = (VE_LINE.match(ctx.folded, line.start, line.end) or VE_VIEC.match(ctx.folded, line.start, line.end)
                 or VE_BARE.match(ctx.folded, line.start, line.end) or VV_MISREAD.match(ctx.folded, line.start, line.end))
        if m is None and i == ctx.number_line and ctx.number_span:
            m = VV_AFTER_NUMBER.match(ctx.folded, ctx.number_span[1], line.end)
            if m is None:
                continue
        if m is not None:
            q = "quote2" if m.groupdict().get("quote2") is not None else "quote"
            return i, m.end(), ctx.text[m.start(q):m.end(q)]
    return None


def _near(ctx: Context, first: int, i: int) -> bool:
    """Is line ``i`` within three written lines of ``first`` (the number, or the page's top)? Blank
    lines do not count: a layout may part the subject from the head by one; nor do the national
    title, the motto and the rules under them, which a page printing the head's right column first
    puts above the issuer's lines."""
    return sum(1 for j in range(first, i) if not ctx.lines[j].blank and not _right_column(ctx, j)) <= 3


_RULE = re.compile(r"\s*[-_*=–—.]{3,}\s*")


def _right_column(ctx: Context, j: int) -> bool:
    """Is line ``j`` the national title, the motto (or a half of either) or a rule, alone?"""
    line = ctx.lines[j]
    folded = ctx.folded[line.start:line.end]
    if _RULE.fullmatch(folded):
        return True
    cut = motto_cut(folded)
    return cut is not None and len(folded.strip()) - (cut[1] - cut[0]) <= 2


def _subject_under_number(ctx: Context, stop: int) -> None:
    """A subject printed without ``V/v`` under the number of a Party or mass-organisation dispatch
    (``Số 369 - CV/BTGTU`` / ``Gửi Đề cương …``), as their guide prescribes; under a state
    dispatch's number (which prints ``V/v`` by its rules, though some pages leave it out) only
    when the head goes on right after it (the addressees, the national title or the date)."""
    party = re.search(r"\d\s*-\s*[A-ZĐ]{1,4}\s*/", ctx.fields.number or "") is not None
    if not party and not ctx.fields.number:
        return
    i, start = ctx.number_line, ctx.number_span[1] if ctx.number_span else ctx.lines[ctx.number_line].content_end
    t = ctx.text[start:ctx.lines[i].content_end].strip()  # after the number on its line (a column as a paragraph)
    rest = cut_merged_date(ctx, t)
    dated = DATE_WORDS.search(strip_diacritics(t)) or BLANK_DATE.search(strip_diacritics(t))
    if not rest.strip(" ,") or (dated and rest == t):  # nothing, or the right column's place and date merged there
        i = ctx.next_nonblank(ctx.number_line + 1, min(stop, ctx.number_line + 3))
        # a page read column by column puts the national title and the motto between (as for ``V/v``: _near)
        while i is not None and _right_column(ctx, i) and i < ctx.number_line + 6:
            i = ctx.next_nonblank(i + 1, min(stop, i + 3))
        if i is None:
            return
        t, start = ctx.lines[i].stripped, ctx.lines[i].content_start
    start = ctx.text.find(t[:1], start)
    cut = cut_merged_date(ctx, t)  # the right column's place and date merged after its words
    merged = bool(cut) and cut != t
    t = cut if merged else t
    # a subject may open with a word that opens a paragraph too ("Triển khai …", "Đề nghị …"):
    # then the header must go on right after it
    opening = lexicon().body_start_re.match(key(t)) is not None and len(t) <= 100 \
        and (merged or not stops_subject(ctx, i, body_words=False))
    if not t[:1].isupper() or is_upper_line(t) or len(t) > 200 or not (opening or merged or continues(ctx, i)):
        return
    if lexicon().starts_with_head(t):
        return
    lines = [i] + continuation(ctx, i + 1, stop)
    if (opening or not party) and not _header_after(ctx, lines[-1]):
        return
    # a tab on a line the OCR path read parts the columns: what follows it is the right column's
    # (``Chương trình phát triển công nghiệp⇥NIA?⇥x``), never the subject's
    parts = [strip_markup(t)] + [strip_markup(ctx.lines[j].stripped) for j in lines[1:]]
    ctx.fields.subject = join_subject_lines([p.split("\t")[0] for p in parts])
    ctx.mark("subject", start, ctx.lines[lines[-1]].content_end)
    ctx.header_end = max(ctx.header_end, lines[-1] + 1)


_QUOTES = {"“": "”", '"': '"'}


def _quoted_under_number(ctx: Context, stop: int) -> bool:
    """A subject printed in quotes with no ``V/v``, under the number or after it on its line
    (``Số: 12/SYT-VP`` / ``“Tăng cường công tác …`` / ``… trên địa bàn tỉnh”``): the lines up to the
    one that closes the quote, which must close within a few lines. Is it found?"""
    line = ctx.lines[ctx.number_line]
    after = ctx.text[ctx.number_span[1]:line.content_end] if ctx.number_span else ""
    if after.strip()[:1] in _QUOTES:
        i, start = ctx.number_line, ctx.number_span[1] + len(after) - len(after.lstrip())
    else:
        i = ctx.next_nonblank(ctx.number_line + 1, min(stop, ctx.number_line + 3))
        if i is not None and _date_alone(ctx, i):  # the right column's date wrapped under the number's line
            i = ctx.next_nonblank(i + 1, min(stop, i + 3))
        if i is None or ctx.lines[i].stripped[:1] not in _QUOTES:
            return False
        start = ctx.lines[i].content_start
    closing = _QUOTES[ctx.text[start]]
    parts, lines = [], []
    for j in range(i, min(stop, i + 9)):  # a quote left open closes within a few lines, blank ones apart
        if j > i and ctx.lines[j].blank:
            continue
        # the quote's last line may hold the right column's motto read on after it (``… quốc gia” -
        # Tự do - hạnh phúc``)
        merged = before_motto(ctx, j) if j > i else None
        if j > i and stops_subject(ctx, j, body_words=False) and merged is None:
            return False
        lo = start if j == i else ctx.lines[j].content_start
        text = cut_merged_date(ctx, strip_markup(merged or ctx.text[lo:ctx.lines[j].content_end]))
        parts.append(text)
        lines.append(j)
        end = text.find(closing, 1 if j == i else 0)
        if end >= 0:
            parts[-1] = text[:end + 1]
            break
    else:
        return False
    if len(parts[0]) < 3 or not parts[0][1:2].isupper():
        return False
    ctx.fields.subject = join_subject_lines(parts)
    ctx.mark("subject", start, ctx.lines[lines[-1]].content_start + len(parts[-1]) if len(lines) > 1
             else start + len(parts[-1]))
    ctx.header_end = max(ctx.header_end, lines[-1] + 1)
    return True


def _date_alone(ctx: Context, i: int) -> bool:
    """Is line ``i`` the header's date and nothing else (``Hà Nội,`` / ``ngày 8 tháng 12 năm 2016``)?"""
    line = ctx.lines[i]
    return any(sp.label == "date" and sp.start <= line.content_start + 1 and sp.end >= line.content_end - 1
               for sp in ctx.spans)


def _header_after(ctx: Context, i: int) -> bool:
    """Does the header go on after line ``i``: is the next line the addressees, a national title,
    a motto or the place and date?"""
    j = ctx.next_nonblank(i + 1, min(len(ctx.lines), i + 4))
    if j is None:
        return False
    line = ctx.lines[j]
    return (key(line.stripped).startswith(("kinh gui", "kinh goi")) or motto_cut(line.folded) is not None
            or DATE_WORDS.search(line.folded) is not None or BLANK_DATE.search(line.folded) is not None)


_SELF_TYPE = re.compile(r"\b(Quyết định|Nghị quyết|Thông tư|Nghị định|Chỉ thị|Kế hoạch|Thông báo|Hướng dẫn|"
                        r"Công điện|Quy định|Chương trình) này\b")


def _type_named_in_body(ctx: Context) -> str | None:
    """``… Nghị quyết này có hiệu lực …``: the type a page without a header calls itself."""
    names = [m.group(1) for m in _SELF_TYPE.finditer(ctx.text)]
    return max(set(names), key=names.count) if names else None


def _type_from_number(number: str | None) -> str | None:
    if not number:
        return None
    for token in re.split(r"[/\-–]", number):
        if not token or token.isdigit():
            continue
        name = lexicon().type_of_code(token)
        # a state công văn's symbol opens with its issuer's code; one letter is a code damaged ("1105/C -TTg")
        return name or ("Công văn" if len(token) > 1 else None)
    return None
