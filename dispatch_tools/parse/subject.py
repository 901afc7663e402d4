"""The header's type name and subject (trích yếu): ``V/v …``, ``Về việc …``, ``Về: …``, the title
under a type name, a Party dispatch's bare subject under its number, the title line of a page
without a header; the type from the number's symbol or from the body (``Nghị quyết này …``)."""

from __future__ import annotations

import re

from rapidfuzz import fuzz

from .context import Context
from .header_lines import BLANK_DATE, HEADER_LINES, NUMBER_LINE, motto_cut, place_start
from .lexicon import lexicon
from ..vntext import strip_diacritics
from .text import DATE_WORDS, is_upper_line, key, review_note, squash, strip_markup
from ..i18n import _

VV_LINE = re.compile(r"^[ \t]*(?:[-_.,'`~|]{1,3}[ \t]+)?"  # specks an OCR pass put before it
                     r"(?P<quote>[\"“‘'(]?)[ \t]*(?:V[ \t]*[/|Il1i\\]|v[ \t]*/)[ \t]*[vV]\b[ \t]*[:.]?[ \t]*", re.M)
VE_LINE = re.compile(r"^[ \t]*(?P<quote>[\"“‘'(]?)[ \t]*Ve[ \t]*:[ \t]*", re.IGNORECASE | re.M)
# "Về việc …", "VỀ VIỆC …" and the Ho Chi Minh City "Về tăng cường …" (a lower-case word after "Về");
# a scan may read the ề as à ("Và tăng cường …", "và việc …"): no subject opens with "và"
VE_VIEC = re.compile(r"^[ \t]*(?P<quote>[\"“‘'(]?)[ \t]*(?:[Vv][ea][ \t]+viec|VE[ \t]+VIEC)\b[ \t]*:?[ \t]*", re.M)
VE_BARE = re.compile(r"^[ \t]*(?P<quote>[\"“‘'(]?)[ \t]*V[ea][ \t]+(?=[a-z])", re.M)
# a title under a type name opening with "Và" + a small letter: "Về" whose ề a scan read as à
VE_MISREAD = re.compile(r"^V[àa][ \t]+(?=[a-zđà-ỹ])")
VV_AFTER_NUMBER = re.compile(r"[ \t]+(?P<quote>[\"“‘'(]?)[ \t]*V[ \t]*[/|Il1i\\][ \t]*[vV]\b[ \t]*[:.]?[ \t]*"
                             # "Về: …", "Về việc …" after the number on its line
                             r"|[ \t]+(?P<quote2>[\"“‘'(]?)[ \t]*(?:Ve[ \t]*:|[Vv]e[ \t]+viec\b[ \t]*:?|VE[ \t]+VIEC\b[ \t]*:?)[ \t]*")
LEAD_WORDS = re.compile(r"^(?:V/v\s*:?|V[eề]\s+vi[eệ]c\s*:?|VỀ\s+VIỆC\s*:?|V[eề]\s*:)\s*", re.IGNORECASE)


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
    above = re.sub(r"^[\W_]+|[\W_]+$", "", strip_markup(ctx.lines[j].stripped))
    return is_upper_line(above) and key(above) in lexicon().type_names


def type_and_subject(ctx: Context) -> None:
    stop = _header_stop(ctx)
    first = ctx.number_line if ctx.number_line is not None else 0
    typed = _type_line(ctx, first, stop)
    subject_lines: list[int] = []
    vv = None
    titled = _titled_line(ctx) if typed is None and ctx.number_line is None else None
    if titled is not None:
        ti, name, rest = titled
        ctx.fields.doc_type = name
        ctx.mark("doc_type", ctx.lines[ti].content_start, rest)
        more = _title_wrapped(ctx, ti, stop)
        parts = [ctx.text[rest:ctx.lines[ti].content_end]] + [ctx.lines[j].stripped for j in more]
        subject = LEAD_WORDS.sub("", _join_subject_lines(parts).lstrip(" :"))
        subject = re.sub(r"^v[eề]\s+", "", subject, flags=re.I).rstrip(" :")
        if subject:
            ctx.fields.subject = subject
            ctx.mark("subject", rest, ctx.lines[(more or [ti])[-1]].content_end)
        ctx.header_end = max(ctx.header_end, (more or [ti])[-1] + 1)
    elif typed is not None:
        ti, name = typed
        ctx.fields.doc_type = name
        ctx.mark("doc_type", ctx.lines[ti].content_start, ctx.lines[ti].content_end)
        subject_lines = _subject_after_type(ctx, ti + 1, stop)
        ctx.header_end = max(ctx.header_end, (subject_lines[-1] if subject_lines else ti) + 1)
    else:
        vv = _find_vv(ctx, first, stop)
    if vv is not None:
        i, content_start, quote = vv
        subject_lines = [i] + _continuation(ctx, i + 1, stop)
        ctx.fields.doc_type = "Công văn"
        parts = [quote + ctx.text[content_start:ctx.lines[i].content_end]]
        parts += [_subject_line(ctx, j) for j in subject_lines[1:]]
        parts = [_cut_merged_date(ctx, p) for p in parts]
        subject_lines, parts = _cut_side_note(ctx, subject_lines, parts)
        ctx.fields.subject = _join_subject_lines(parts)
        ctx.mark("subject", content_start, ctx.lines[subject_lines[-1]].content_end)
        ctx.header_end = max(ctx.header_end, subject_lines[-1] + 1)
    elif subject_lines:
        end = _authority_after_title(ctx, subject_lines)
        parts = [ctx.text[ctx.lines[j].content_start:min(ctx.lines[j].content_end, end)] for j in subject_lines
                 if ctx.lines[j].content_start < end]
        subject = _join_subject_lines([strip_markup(p) for p in parts])
        ctx.fields.subject = VE_MISREAD.sub("Về ", LEAD_WORDS.sub("", subject))
        ctx.mark("subject", ctx.lines[subject_lines[0]].content_start,
                 min(end, ctx.lines[subject_lines[-1]].content_end))
    if not subject_lines and vv is None and titled is None and ctx.number_line is not None:
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


def _find_vv(ctx: Context, first: int, stop: int):
    """The subject line: ``V/v …``, or near the number ``Về: …``, ``Về việc …``, ``Về tăng cường …``;
    (line, where its words start, the quote that opens it)."""
    for i in range(first, stop):
        line = ctx.lines[i]
        m = VV_LINE.match(ctx.folded, line.start, line.end)
        if m is None and i - first <= 3:
            m = (VE_LINE.match(ctx.folded, line.start, line.end) or VE_VIEC.match(ctx.folded, line.start, line.end)
                 or VE_BARE.match(ctx.folded, line.start, line.end))
        if m is None and i == ctx.number_line and ctx.number_span:
            m = VV_AFTER_NUMBER.match(ctx.folded, ctx.number_span[1], line.end)
            if m is None:
                continue
        if m is not None:
            q = "quote2" if m.groupdict().get("quote2") is not None else "quote"
            return i, m.end(), ctx.text[m.start(q):m.end(q)]
    return None


# A mark standing alone at the end of a subject line that goes on below: an OCR speck, for a
# subject breaks its lines between words ("tuyên truyền và `" / "tham gia bầu chọn …").
_LINE_END_SPECK = re.compile(r"\s+[-–—_`'~|.,:;]{1,3}\s*$")


MAX_SPACED = 3  # lines of a subject past a blank line the page left inside it

_LINE_START_SPECK = re.compile(r"^\s*[-–—_`'~|.,]{1,3}\s+(?=\S)")
_LONE_SPECK = re.compile(r"(?<=\s)[_~|`]+(?=\s)")


def _compound_dash(line: str, below: str) -> bool:
    """Does ``line`` end with the dash of a compound that goes on below (``kinh tế -`` / ``xã
    hội``, ``giai đoạn 2021 –`` / ``2025``), not with a speck? The words on both sides are alike:
    both in lower case or both figures (``Hội An -`` / ``là …`` ends with a speck)."""
    m = re.search(r"(\S+)\s[-–]\s*$", line)
    return m is not None and _alike(m.group(1), re.sub(r"^\s*[-–]?\s*", "", below))


def _alike(before: str, after: str) -> bool:
    """Are the last word of ``before`` and the first of ``after`` both in lower case, or both figures?"""
    a, b = before.split()[-1:], after.split()[:1]
    if not a or not b:
        return False
    a, b = a[0].strip(".,;:"), b[0].strip(".,;:")
    return a.islower() and b.islower() or a.isdigit() and b.isdigit()


def _join_subject_lines(parts: list[str]) -> str:
    """The lines of a subject as one: without the specks an OCR pass put at the ends of lines
    (all but the last line's end) or alone between words (``NGUYÊN ĐÁN _ ĐINH DẬU``); a line
    that ends in a hyphen glued to its word goes on without a space (``2025-`` / ``2026``)."""
    parts = [p if _compound_dash(p, nxt) else _LINE_END_SPECK.sub("", p) for p, nxt in zip(parts, parts[1:])] + parts[-1:]
    parts = [parts[0]] + [p if _wrapped_dash(p.strip()) and _alike(above.rstrip(), p.strip().lstrip("-– "))
                          else _LINE_START_SPECK.sub("", p) for above, p in zip(parts, parts[1:])]
    out = ""
    for p in parts:
        p = p.strip()
        out += p if re.search(r"\w-$", out) else (" " + p if out else p)
    return _LONE_SPECK.sub(" ", squash(out)).replace("  ", " ")


def _cut_merged_date(ctx: Context, subject: str) -> str:
    """A subject line merged with the right column's place and date (``V/v … Long Xuyên, ngày
    09 tháng 5 năm 2025``, or with its day left blank: ``Hà Nội, ngày   tháng 5 năm 2025``) ends
    before the place."""
    folded = strip_diacritics(subject)
    m = DATE_WORDS.search(folded) or BLANK_DATE.search(folded)
    if m is None:
        return subject
    comma = subject.rfind(",", 0, m.start())
    if comma < 0 or subject[comma + 1:m.start()].strip():
        return subject
    before = subject[:comma].rstrip()
    place = ctx.fields.place
    if place and before.endswith(place) and len(before) > len(place):
        return before[:-len(place)].strip()  # the place the header's date was found with
    gap = list(re.finditer(r"\t|\s{3,}", before))
    if gap:
        return before[:gap[-1].start()].strip()  # the columns apart by a tab or a run of spaces
    start = place_start(subject[:comma])
    return subject[:start].strip() if start else subject


# A numbered item opening inside a line (``… cho HS, SV 1. Cô Hương gửi …``): a note typed or
# written beside the subject, which the layout read as the same line; a subject never holds one.
_SIDE_ITEM = re.compile(r"(?<=[^\W\d_])[ \t]+\d{1,2}[.)][ \t]+(?=[^\W\d_])")


def _cut_side_note(ctx: Context, lines: list[int], parts: list[str]) -> tuple[list[int], list[str]]:
    """The subject's lines up to a note beside it: the line that holds a numbered item after its
    words ends before the item, and the subject ends there. A subject cut so may be short of its
    end (its next line is mixed with the note's): it is flagged for a look."""
    for k, part in enumerate(parts):
        m = _SIDE_ITEM.search(part)
        if m is None or not part[m.end():m.end() + 1].isupper():
            continue
        note = " ".join(part[m.start():].split()[:4])
        ctx.fields.review.setdefault("subject", review_note(
            _("the subject's line also holds a note written beside it (“%(note)s …”): that part was left "
              "out, and the subject may be incomplete") % {"note": note}))
        return lines[:k + 1], parts[:k] + [part[:m.start()]]
    return lines, parts


def _stops_subject(ctx: Context, i: int, body_words: bool = True) -> bool:
    """Does line ``i`` end a subject: blank, a date, the addressees, a number, a motto, or (with
    ``body_words``) a long line opening with the words of a body paragraph?"""
    lex = lexicon()
    line = ctx.lines[i]
    t = line.stripped
    k = key(t)
    if not t:
        return True
    if DATE_WORDS.search(line.folded) or BLANK_DATE.search(line.folded):
        return True
    if k.startswith(("kinh gui", "kinh goi", "noi nhan")) or NUMBER_LINE.match(line.folded):
        return True
    if motto_cut(line.folded) is not None or _holds_date_or_place(ctx, i):
        return True
    return body_words and lex.body_start_re.match(k) is not None and len(t) > 40


def _holds_date_or_place(ctx: Context, i: int) -> bool:
    """Does line ``i`` hold the header's place or date found before (a date line wrapped in a
    narrow column: ``Hà Nội,`` / ``ngày 5 tháng 3 năm 2025``, or ``…, ngày 5 tháng 3`` / ``năm 2025``)?"""
    line = ctx.lines[i]
    return any(span.label in ("place", "date") and span.start < line.end and span.end > line.start
               for span in ctx.spans)


def _continuation(ctx: Context, start: int, stop: int) -> list[int]:
    """The lines a subject goes on over: not a header mark, date, number or body paragraph; across
    a blank line or two when the page leaves them between lines (``Về việc thực hiện Đề án …`` /
    blank / ``mất cân bằng giới tính …``), unless the subject ended with a full stop or the line
    there is apart from it (:func:`_apart`)."""
    out: list[int] = []
    i = start
    while i < stop:
        if ctx.lines[i].blank:
            nxt = ctx.next_nonblank(i, min(stop, i + 3))
            last = ctx.lines[out[-1] if out else start - 1].stripped
            if nxt is None or last.endswith((".", ":")) or not _continues(ctx, nxt) or _apart(ctx, nxt):
                break
            i = nxt
        if not _continues(ctx, i):
            if _before_motto(ctx, i) is not None:
                out.append(i)  # the subject's last words, the right column's motto merged after them
            break
        out.append(i)
        i += 1
    return out


def _apart(ctx: Context, i: int) -> bool:
    """Is a line past a blank line apart from the subject above it? One word alone between blank
    lines (``con``: a word from a form field or the other column) is; so is the first line of a
    block of more than :data:`MAX_SPACED` lines: the body's first paragraph (its first word lost
    under a stamp: ``thời gian qua, công tác …``), for a subject is a few lines. The block ends
    at a blank line or at a line no subject goes on over (a body paragraph's cue)."""
    n = 0
    while i + n < len(ctx.lines) and not ctx.lines[i + n].blank and _continues(ctx, i + n):
        n += 1
    return n > MAX_SPACED or (n == 1 and len(ctx.lines[i].stripped.split()) < 2)


def _before_motto(ctx: Context, i: int) -> str | None:
    """The words before a motto the layout merged onto a subject line (``sử và pháp lý” - Tự do -
    hạnh phúc``), or None when the line holds no motto after words in sentence case."""
    line = ctx.lines[i]
    cut = motto_cut(line.folded)
    if cut is None or cut[0] == 0:
        return None
    before = ctx.text[line.start:line.start + cut[0]].strip(" -–—")
    if not before or is_upper_line(before) or DATE_WORDS.search(line.folded[:cut[0]]):
        return None
    return before


def _subject_line(ctx: Context, i: int) -> str:
    """A line of a subject, without a motto merged after its words."""
    return _before_motto(ctx, i) or ctx.lines[i].stripped


_BLOCK_START = re.compile(r"^[ \t]*(?:[_.,'`=|]{1,3}[ \t]*)?(?:[-–—•+*~][ \t]|Dieu[ \t]+\d|\d{1,2}(?:\.\d{1,2})*[ \t]*[.)][ \t]|[IVX]{1,5}[ \t]*[.)/]"
                          r"|[a-z][ \t]*\))", re.IGNORECASE)


# a line that opens with a dash and a word in lower case: the subject wrapped before the dash of
# a compound ("kinh tế" / "- xã hội"), no list item
_WRAPPED_DASH = re.compile(r"^[ \t]*[-–][ \t]+(?=[^\W\d_])")


def _wrapped_dash(text: str) -> bool:
    m = _WRAPPED_DASH.match(text)
    return m is not None and text[m.end()].islower()


def _continues(ctx: Context, i: int) -> bool:
    line = ctx.lines[i]
    if _stops_subject(ctx, i) or _BLOCK_START.match(line.folded) and not _wrapped_dash(line.stripped):
        return False  # a list or an article starts: the body
    t = ctx.lines[i].stripped
    if t.startswith("(") and t.endswith(")") and len(t.split()) > 4:
        return False  # "(trình phiên họp Chính phủ thường kỳ tháng 8/2016)": a note under the title; "(lần 2)" is the title's
    return not (is_upper_line(t) and (lexicon().starts_with_head(t) or len(t.split()) >= 3))


def _issuer_keys(ctx: Context) -> list[str]:
    """The issuer, its parent body and the two together, folded: how the decision's authority
    line under a title may read."""
    keys = [key(x) for x in (ctx.fields.issuer, ctx.fields.parent_issuer) if x]
    if ctx.fields.issuer and ctx.fields.parent_issuer:
        keys.append(key(ctx.fields.parent_issuer + " " + ctx.fields.issuer))
    return keys


def _subject_after_type(ctx: Context, start: int, stop: int) -> list[int]:
    """Lines of the title under a type name: capitals follow capitals; sentence case goes on
    like a subject (:func:`_continuation`). Never the enacting words (``QUYẾT NGHỊ``)."""
    lex = lexicon()
    i = ctx.next_nonblank(start, stop)
    if i is None:
        return []
    first = strip_markup(ctx.lines[i].stripped)
    if key(first).rstrip(" :") in lex.type_names or key(first).rstrip(" :") == "quyet nghi":
        return []
    if not is_upper_line(first):
        return [i] + _continuation(ctx, i + 1, stop)
    out = []
    issuer_keys = _issuer_keys(ctx)
    for j in range(i, stop):
        t = ctx.lines[j].stripped
        letterless = j > i and re.fullmatch(r"[\d\s\-–/.,()]+", t) is not None  # "GIAI ĐOẠN" / "2022 - 2026"
        if not t or (_stops_subject(ctx, j) and j != i) or not (is_upper_line(t) or letterless):
            break
        k = key(t)
        if any(fuzz.ratio(k, ik) >= 85 for ik in issuer_keys) or lex.is_signer_title(t) or (
                lex.starts_with_head(t) and any(fuzz.partial_ratio(k, ik) >= 95 for ik in issuer_keys)):
            break  # the decision's authority line: the issuer, or the start of its name ("ỦY BAN NHÂN DÂN TỈNH")
        if k.rstrip(" :") in lex.type_names or k.rstrip(" :") == "quyet nghi":
            break
        out.append(j)
    return out


# the words that tie a name to the title before it ("Quy chế làm việc của Ủy ban nhân dân tỉnh"):
# the name is then part of the title
_TIES = {"cua", "cho", "tai", "voi", "thuoc", "va", "giua", "den", "tu", "o", "ve", "trong", "tren", "doi"}


def _authority_after_title(ctx: Context, lines: list[int]) -> int:
    """Where a decision's title ends when its authority line (the issuer's name) was read on the
    title's last line (``… TRÊN ĐỊA BÀN TỈNH KON TUM ỦY BAN NHÂN DÂN TỈNH KON`` / ``TUM``): the start
    of the issuer's name there, not tied to the title by a word such as ``của``; else the title's end."""
    end = ctx.lines[lines[-1]].content_end
    issuers = [k for k in _issuer_keys(ctx) if len(k.split()) >= 2]
    if not issuers:
        return end
    start = ctx.lines[lines[0]].content_start
    for m in re.finditer(r"(?<=\s)\S", ctx.text[start:end]):
        at = start + m.start()
        tail = key(squash(ctx.text[at:end]))
        before = key(ctx.text[start:at]).split()
        if before and before[-1].lower() not in _TIES and lexicon().starts_with_head(ctx.text[at:end]) \
                and any(tail.split()[0] == k.split()[0] and fuzz.ratio(tail, k) >= 90 for k in issuers):
            return at
    return end


def _titled_line(ctx: Context):
    """A page without a header that opens with its title in sentence case: ``Thông báo về việc
    tổ chức …``, ``Giấy mời dự Lễ …``: (line, type name, where the subject starts)."""
    lex = lexicon()
    for line in ctx.lines[:6]:
        if line.blank:
            continue
        k = key(line.text)
        for name_key, name in sorted(lex.type_names.items(), key=lambda x: -len(x[0])):
            if k.startswith(name_key + " ") and len(k) > len(name_key) + 8 and not is_upper_line(line.text):
                return line.index, name, line.content_start + len(name_key) + 1
        return None
    return None


def _title_wrapped(ctx: Context, ti: int, stop: int) -> list[int]:
    """The lines a page's title line wrapped onto (a line as long as a full line goes on below,
    until a short line ends the paragraph), never the body's first paragraph or list."""
    out: list[int] = []
    i = ti
    while len(ctx.lines[i].stripped) >= 60 and len(out) < 3 and i + 1 < min(stop, len(ctx.lines)):
        nxt = ctx.lines[i + 1]
        t = nxt.stripped
        if not t or ctx.lines[i].stripped.endswith(".") or _BLOCK_START.match(nxt.folded) \
                or lexicon().body_start_re.match(key(t)) or key(t).startswith(("kinh gui", "kinh goi")):
            break
        out.append(i + 1)
        i += 1
    return out


def _subject_under_number(ctx: Context, stop: int) -> None:
    """A subject printed without ``V/v`` under the number of a Party or mass-organisation dispatch
    (``Số 369 - CV/BTGTU`` / ``Gửi Đề cương …``), as their guide prescribes."""
    if not re.search(r"\d\s*-\s*[A-ZĐ]{1,4}\s*/", ctx.fields.number or ""):
        return  # a state dispatch prints V/v; a Party one ("369-CV/BTGTU") may print the subject bare
    i = ctx.next_nonblank(ctx.number_line + 1, min(stop, ctx.number_line + 3))
    if i is None:
        return
    t = ctx.lines[i].stripped
    cut = _cut_merged_date(ctx, t)  # the right column's place and date merged after its words
    merged = bool(cut) and cut != t
    t = cut if merged else t
    # a subject may open with a word that opens a paragraph too ("Triển khai …", "Đề nghị …"):
    # then the header must go on right after it
    opening = lexicon().body_start_re.match(key(t)) is not None and len(t) <= 100 \
        and (merged or not _stops_subject(ctx, i, body_words=False))
    if not t[:1].isupper() or is_upper_line(t) or len(t) > 200 or not (opening or merged or _continues(ctx, i)):
        return
    if lexicon().starts_with_head(t):
        return
    lines = [i] + _continuation(ctx, i + 1, stop)
    if opening and not _header_after(ctx, lines[-1]):
        return
    ctx.fields.subject = _join_subject_lines([strip_markup(t)] + [strip_markup(ctx.lines[j].stripped) for j in lines[1:]])
    ctx.mark("subject", ctx.lines[i].content_start, ctx.lines[lines[-1]].content_end)
    ctx.header_end = max(ctx.header_end, lines[-1] + 1)


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
