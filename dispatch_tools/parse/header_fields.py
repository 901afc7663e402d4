"""The header: number and symbol, place and date, issuing body and its parent, type and subject,
urgency and circulation marks (parts 1-5 of ``../shared/docs/FORMAT.md``)."""

from __future__ import annotations

import re

from rapidfuzz import fuzz

from .context import Context
from .lexicon import lexicon
from .text import DATE_WORDS, is_upper_line, key, make_date, squash, strip_markup

HEADER_LINES = 60  # the header never runs longer than this many lines

# A number and symbol, in folded text: "2632 /STTTT-CNTTVT", "1690-CV/TĐTN-BTG", "06/2024/QĐ-UBND",
# "/KH-UBND" (number left blank).
_SEG = r"[A-Za-z0-9][A-Za-z0-9&.]*"  # a line may break after a separator: "182/2024/NĐ-\nCP"
NUMBER = (rf"(?:\d+[a-zA-Z]?)?[ \t]*[/\-–][ \t]*{_SEG}(?:[ \t]*[/\-–_][ \t]*\n?[ \t]*{_SEG})*")
# "Số:", "Số", and OCR misreads "Sb:", "S6", "Sô:", "SỐ:", "56:"
NUMBER_LINE = re.compile(rf"^[ \t>*_\"“|]*[S5](?:[oO0b6e]|[ \t]+(?=:))[ \t]*[:;.]?[ \t]*(?:\n[ \t]*)?"
                         rf"(?:[.…_]+[ \t]*)?(?P<num>{NUMBER})", re.M)
# "Số:" after other text on its line ("straight connector 2Số: 1551 /UBND-VX": a word processor's artefact)
NUMBER_ANY = re.compile(rf"(?<![^\W\d])[S5][oO0b6e][ \t]*:[ \t]*(?:[.…_]+[ \t]*)?(?P<num>{NUMBER})")
VV_LINE = re.compile(r"^[ \t]*(?:[-_.,'`~|]{1,3}[ \t]+)?"  # specks an OCR pass put before it
                     r"(?P<quote>[\"“‘'(]?)[ \t]*V[ \t]*[/|Il1i\\][ \t]*[vV]\b[ \t]*[:.]?[ \t]*", re.M)
VE_LINE = re.compile(r"^[ \t]*(?P<quote>[\"“‘'(]?)[ \t]*Ve[ \t]*:[ \t]*", re.IGNORECASE | re.M)
# "Về việc …", "VỀ VIỆC …" and the Ho Chi Minh City "Về tăng cường …" (a lower-case word after "Về")
VE_VIEC = re.compile(r"^[ \t]*(?P<quote>[\"“‘'(]?)[ \t]*(?:[Vv]e[ \t]+viec|VE[ \t]+VIEC)\b[ \t]*:?[ \t]*", re.M)
VE_BARE = re.compile(r"^[ \t]*(?P<quote>[\"“‘'(]?)[ \t]*Ve[ \t]+(?=[a-z])", re.M)
VV_AFTER_NUMBER = re.compile(r"[ \t]+(?P<quote>[\"“‘'(]?)[ \t]*V[ \t]*[/|Il1i\\][ \t]*[vV]\b[ \t]*[:.]?[ \t]*")
LEAD_WORDS = re.compile(r"^(?:V/v\s*:?|V[eề]\s+vi[eệ]c\s*:?|VỀ\s+VIỆC\s*:?|V[eề]\s*:)\s*", re.IGNORECASE)
BLANK_DATE = re.compile(r"ng[a-z]{1,2}y[\s.…_]*th[a-z]{1,2}ng[\s.…_]*n[a-z]m\s*(\d{4})", re.IGNORECASE)
SEPARATOR = re.compile(r"^[\s\-–—_*=~.o0O]*$")


def normalise_number(raw: str) -> str:
    """Spaces removed; an underscore between two parts is a dash as OCR reads it."""
    return re.sub(r"\s+", "", raw).replace("_", "-").rstrip(".-–/")


def extract(ctx: Context) -> None:
    _number(ctx)
    _date_place(ctx)
    _issuer(ctx)
    _type_and_subject(ctx)
    _marks(ctx)


# --------------------------------------------------------------------------- number


def _number(ctx: Context) -> None:
    limit = ctx.offset(min(HEADER_LINES, len(ctx.lines)))
    folded = ctx.folded
    best = None
    for line in ctx.lines[:HEADER_LINES]:
        m = NUMBER_LINE.match(folded, line.start, limit)
        if m and re.search(r"[A-Za-z]", m.group("num")):
            best = m
            break
    if best is None:
        m = NUMBER_ANY.search(folded, 0, limit)
        if m and re.search(r"[A-Za-z]", m.group("num")):
            best = m
    label_line = None
    if best is None:
        best, label_line = _number_below(ctx)
    if best is None:
        ctx.warn("no number and symbol (Số: …) found in the header")
        return
    s, e = best.span("num")
    ctx.fields.number = normalise_number(ctx.text[s:e])
    ctx.number_span = (s, e)
    ctx.number_line = ctx.line_of(s) if label_line is None else label_line
    ctx.mark("number", s, e, 1.0 if ctx.folded[best.start():best.start() + 2].lower() == "so" else 0.8)


_LABEL_ALONE = re.compile(r"[ \t]*S[oO0][ \t]*:[ \t]*$")
_SYMBOL_ALONE = re.compile(rf"[ \t]*(?P<num>(?:\d+[a-zA-Z]?)?[ \t]*/[ \t]*{_SEG}(?:[ \t]*[/\-–][ \t]*{_SEG})*)[ \t]*$")


def _number_below(ctx: Context):
    """``Số:`` alone on its line and the symbol a few lines below it, the number left blank
    (``/TTr-VPCP``): a header whose columns were read one after the other."""
    for line in ctx.lines[:HEADER_LINES]:
        if _LABEL_ALONE.fullmatch(line.folded):
            for nxt in ctx.lines[line.index + 1:line.index + 8]:
                m = _SYMBOL_ALONE.fullmatch(ctx.folded, nxt.start, nxt.end)
                if m and re.search(r"[A-Za-z]", m.group("num")):
                    return m, line.index
            return None, None
    return None, None


# --------------------------------------------------------------------------- date and place


def _date_place(ctx: Context) -> None:
    limit = ctx.offset(min(HEADER_LINES, len(ctx.lines)))
    kinh_gui = ctx.cues_in("KINH_GUI", 0, limit)
    if kinh_gui:
        k = ctx.line_of(kinh_gui[0].start)
        # the right header column (motto, place and date) may come after the left one
        right = [ln.index for ln in ctx.lines[k + 1:k + 12] if ln.column == "right"]
        limit = min(limit, ctx.lines[right[-1] if right else k].end)
    lex = lexicon()
    # the header ends where the body's first paragraph starts (a page may print the legal basis
    # above the header: then it ends after the number)
    for line in ctx.lines[ctx.number_line or 0:HEADER_LINES]:
        if line.start >= limit:
            break
        if len(line.stripped) > 40 and lex.body_start_re.match(key(line.text)) and not is_upper_line(line.text):
            limit = line.start
            break
    found = None
    for m in DATE_WORDS.finditer(ctx.folded, 0, limit):
        if _place_before(ctx, m.start()) is not None:
            found = m
            break
        if found is None and _stands_alone(ctx, m.start()):
            found = m
    blank = BLANK_DATE.search(ctx.folded, 0, limit)
    if blank and (found is None or blank.start() < found.start()):
        found = None
    if found is None:
        if blank:
            place = _place_before(ctx, blank.start())
            if place:
                ctx.fields.place = squash(ctx.text[place[0]:place[1]])
                ctx.mark("place", *place)
            ctx.warn("the issue date is left blank in the header")
        else:
            ctx.warn("no issue date (…, ngày … tháng … năm …) found in the header")
        return
    d = make_date(int(found.group(1)), int(found.group(2)), int(found.group(3)))
    if d is None:
        ctx.warn(f"the issue date '{squash(ctx.text[found.start():found.end()])}' is not a valid date")
    else:
        ctx.fields.date = d.isoformat()
        ctx.issue_date = d
        ctx.mark("date", found.start(), found.end())
    place = _place_before(ctx, found.start())
    if place:
        ctx.fields.place = squash(strip_markup(ctx.text[place[0]:place[1]])).strip(" -*_")
        ctx.mark("place", *place)


def _place_without_comma(ctx: Context, end: int) -> tuple[int, int] | None:
    """``TP. Hồ Chí Minh ngày 07 tháng 12 năm 2007``: a place alone before the date on its line."""
    line = ctx.lines[ctx.line_of(end)]
    start = line.start
    if ctx.number_span and line.start <= ctx.number_span[1] <= end:
        start = ctx.number_span[1]
    segment = ctx.text[start:end]
    words = segment.split()
    if not 1 <= len(words) <= 5 or is_upper_line(segment) or not all(w[:1].isupper() for w in words):
        return None
    start += len(segment) - len(segment.lstrip())
    return start, end


def _stands_alone(ctx: Context, pos: int) -> bool:
    """A date with no place before it is the issue date only when it opens its line (or its
    column): ``… số 29-NQ/TW ngày 17 tháng 11 năm 2022 của …`` dates a cited document."""
    line = ctx.lines[ctx.line_of(pos)]
    before = ctx.text[line.start:pos]
    return (not before.strip(" \t*_") or bool(re.search(r"(?:,|\s{3,}|\t)\s*$", before))
            or _place_without_comma(ctx, pos) is not None)


def _place_before(ctx: Context, pos: int) -> tuple[int, int] | None:
    """The place name printed before ``, ngày …``: back to the start of its column."""
    i = pos - 1
    text = ctx.text
    while i >= 0 and text[i] in " \t\n":
        i -= 1
    if i < 0:
        return None
    if text[i] != ",":
        return _place_without_comma(ctx, i + 1)
    end = i
    line = ctx.lines[ctx.line_of(end)]
    start = line.start
    if ctx.number_span and line.start <= ctx.number_span[1] <= end:
        start = ctx.number_span[1]
    segment = text[start:end]
    gaps = list(re.finditer(r"\s{2,}|\t", segment))
    if gaps and gaps[-1].end() < len(segment):
        start += gaps[-1].end()
    segment = text[start:end]
    words = segment.split()
    if not words:
        return None
    if len(words) > 5:  # merged columns: keep the capitalised words at the end
        keep = []
        for w in reversed(words):
            if not (w[0].isupper() or w[0] in "TtPp") or len(keep) >= 4:
                break
            keep.insert(0, w)
        if not keep:
            return None
        start = end - len(segment) + segment.rfind(" ".join(keep)) if " ".join(keep) in segment else start
    while start < end and text[start] in " \t*_":
        start += 1
    return (start, end) if start < end else None


# --------------------------------------------------------------------------- issuing body


def _motto_cut(folded_line: str) -> tuple[int, int] | None:
    """Where a national title or motto sits in a header line (fuzzy), as a span of the line."""
    low = folded_line.lower()
    if len(low.strip()) < 6:
        return None
    best = None
    for motto in lexicon().motto_keys:
        if len(low) >= len(motto) - 2:
            # a short motto ("ĐẢNG CỘNG SẢN VIỆT NAM") must match closely: "HỘI NÔNG DÂN VIỆT NAM" is a body
            al = fuzz.partial_ratio_alignment(motto, low, score_cutoff=80 if len(motto) >= 25 else 88)
            if al and al.dest_end - al.dest_start >= 0.7 * len(motto):
                begin = al.dest_start
                while begin > 0 and low[begin - 1].isalnum():  # back to the start of the word
                    begin -= 1
                span = (begin, al.dest_end)
                if best is None or span[0] < best[0]:
                    best = span
        else:
            stripped = low.strip()
            if len(stripped) >= 8 and fuzz.partial_ratio(stripped, motto) >= 92:
                return (0, len(low))
    if best is None:
        # "Độc lập - Tự do - Hạnh phúc" damaged beyond the ratio: look for two of its words
        m = re.search(r"d\w{0,3}c\s+[l1i]\w{1,3}\s*[-–]\s*t\w{1,3}\s+do", low)
        if m:
            best = (m.start(), len(low))
    return best


def is_header_mark(folded_line: str) -> bool:
    """A line that is only a national title, a motto or the place-and-date line: the right
    header column, which a reading order may put among the addressees."""
    t = folded_line.strip()
    if len(t) > 80:
        return False
    cut = _motto_cut(folded_line)
    if cut is not None and not re.search(r"[^\W\d_]", folded_line[:cut[0]]):
        return True
    m = DATE_WORDS.search(folded_line)
    return bool(m) and not re.search(r"\d", folded_line[:m.start()]) and m.end() >= len(folded_line.rstrip(" .")) - 1


def header_lines(ctx: Context, end: int) -> list[tuple[int, int]]:
    """Spans of the left-column header lines before line ``end``, mottos and rules removed; the
    header stops at a type name (``QUYẾT ĐỊNH``: a page without the issuing body starts there)."""
    out = []
    for line in ctx.lines[:end]:
        if line.blank or line.column == "right":
            continue
        if len(line.text) - len(line.text.lstrip(" ")) >= 30:  # laid out in the right column
            continue
        found = _header_segment(ctx, line.content_start, line.content_end)
        if found == "type":
            break
        if found is not None:
            out += _two_bodies(ctx, *found)
    return out


def _header_segment(ctx: Context, s: int, e: int):
    """The left-column part of one header line as ``(start, end)``, ``"type"`` for a type name,
    or None when nothing of the issuing body is on it."""
    lex = lexicon()
    tab = ctx.text.find("\t", s, e)
    if tab > s:  # two header columns separated by a tab: keep the left cell
        e = tab
    cut = _motto_cut(ctx.folded[s:e])
    if cut is not None:
        if cut[0] > 0:
            e = s + cut[0]
        elif cut[1] < e - s:
            s = s + cut[1]
        else:
            return None
    seg = ctx.text[s:e]
    stripped = strip_markup(seg).strip(" -–_*=")
    if not stripped or SEPARATOR.match(seg):
        return None
    k = key(stripped).rstrip(" :")
    if k in lex.type_names or k == "quyet nghi":
        return "type"
    if lex.urgency_re.fullmatch(key(stripped)) or lex.circulation_re.fullmatch(key(stripped)):
        return None
    # the left column of two merged ones may be in sentence case ("Liên đội trường THCS …")
    if not is_upper_line(stripped, 0.7) and not (cut is not None and lex.starts_with_head(stripped)):
        return None
    if len(re.sub(r"\W", "", stripped)) <= 3 and not lex.starts_with_head(stripped):
        return None  # OCR noise from a rule under the header ("PHI", "—")
    while e > s and ctx.text[e - 1] in " \t-–_*=":
        e -= 1
    while s < e and ctx.text[s] in " \t*_":
        s += 1
    return s, e


def _before_number(ctx: Context) -> list[tuple[int, int]]:
    """A header flattened onto the number's line (``HỘI KHUYẾN HỌC VIỆT NAM TỈNH HỘI HƯNG YÊN
    ---- Số: 14/CV-HKH``): the bodies before the rule, a body's name opening after three words
    starting the issuing body."""
    if ctx.number_line is None or ctx.number_span is None:
        return []
    line = ctx.lines[ctx.number_line]
    label = max(ctx.text.rfind("Số", line.start, ctx.number_span[0]), ctx.text.rfind("SỐ", line.start, ctx.number_span[0]))
    found = _header_segment(ctx, line.content_start, label) if label > line.content_start else None
    if not isinstance(found, tuple):
        return []
    s, e = found
    words = list(re.finditer(r"\S+", ctx.text[s:e]))
    for w in words[3:]:
        if lexicon().starts_with_head(ctx.text[s + w.start():e]) and len(words) - words.index(w) >= 2:
            return [(s, s + w.start() - 1), (s + w.start(), e)]
    return [(s, e)]


def _two_bodies(ctx: Context, s: int, e: int) -> list[tuple[int, int]]:
    """``BỘ XÂY DỰNG - CỤC ĐƯỜNG BỘ VIỆT NAM``: a parent body and its body on one line."""
    for m in re.finditer(r"\s+[-–]\s+", ctx.text[s:e]):
        left, right = ctx.text[s:s + m.start()], ctx.text[s + m.end():e]
        if len(left.split()) >= 2 and is_upper_line(left) and lexicon().starts_with_head(right):
            return [(s, s + m.start()), (s + m.end(), e)]
    return [(s, e)]


def _issuer(ctx: Context) -> None:
    lex = lexicon()
    end = ctx.number_line
    if end is None:
        date_spans = [sp for sp in ctx.spans if sp.label == "date"]
        end = ctx.line_of(date_spans[0].start) if date_spans else min(8, len(ctx.lines))
    spans = header_lines(ctx, end) or _before_number(ctx)
    if not spans:
        ctx.warn("no issuing body found above the number")
        return
    split = 0
    for i, (s, e) in enumerate(spans):
        if lex.starts_with_head(ctx.text[s:e]):
            split = i
    issuer = spans[split:]
    parent = spans[:split]
    ctx.fields.issuer = squash(" ".join(strip_markup(ctx.text[s:e]) for s, e in issuer))
    ctx.mark("issuer", issuer[0][0], issuer[-1][1])
    if parent:
        ctx.fields.parent_issuer = squash(" ".join(strip_markup(ctx.text[s:e]) for s, e in parent))
        ctx.mark("parent_issuer", parent[0][0], parent[-1][1])
    ctx.header_end = max(ctx.header_end, ctx.line_of(issuer[-1][1]) + 1)


# --------------------------------------------------------------------------- type and subject


def _type_line(ctx: Context, start: int, stop: int):
    lex = lexicon()
    for i in range(start, stop):
        line = ctx.lines[i]
        text = strip_markup(line.stripped)
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
        if len(t) > 60 and lex.body_start_re.match(key(t)) and not is_upper_line(t):
            return i
    return stop


def _type_and_subject(ctx: Context) -> None:
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
        subject = LEAD_WORDS.sub("", squash(ctx.text[rest:ctx.lines[ti].content_end]).lstrip(" :"))
        subject = re.sub(r"^v[eề]\s+", "", subject, flags=re.I)
        if subject:
            ctx.fields.subject = subject
            ctx.mark("subject", rest, ctx.lines[ti].content_end)
        ctx.header_end = max(ctx.header_end, ti + 1)
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
        parts += [ctx.lines[j].stripped for j in subject_lines[1:]]
        subject = _join_subject_lines(parts)
        ctx.fields.subject = _cut_merged_date(ctx, subject)
        ctx.mark("subject", content_start, ctx.lines[subject_lines[-1]].content_end)
        ctx.header_end = max(ctx.header_end, subject_lines[-1] + 1)
    elif subject_lines:
        subject = _join_subject_lines([strip_markup(ctx.lines[j].stripped) for j in subject_lines])
        ctx.fields.subject = LEAD_WORDS.sub("", subject)
        ctx.mark("subject", ctx.lines[subject_lines[0]].content_start,
                 ctx.lines[subject_lines[-1]].content_end)
    if not subject_lines and vv is None and titled is None and ctx.number_line is not None:
        _subject_under_number(ctx, stop)
    if ctx.fields.doc_type is None:
        ctx.fields.doc_type = _type_from_number(ctx.fields.number) or _type_named_in_body(ctx)
        if ctx.fields.doc_type is None and ctx.cues_in("KINH_GUI"):
            ctx.fields.doc_type = "Công văn"
    if ctx.fields.doc_type is None:
        ctx.warn("the document type could not be determined")
    if not ctx.fields.subject:
        ctx.warn("no subject (V/v … or a title under the type name) found")
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
            return i, m.end(), ctx.text[m.start("quote"):m.end("quote")]
    return None


# A mark standing alone at the end of a subject line that goes on below: an OCR speck, for a
# subject breaks its lines between words ("tuyên truyền và `" / "tham gia bầu chọn …").
_LINE_END_SPECK = re.compile(r"\s+[-–—_`'~|.,]{1,3}\s*$")


def _join_subject_lines(parts: list[str]) -> str:
    """The lines of a subject as one, without the specks at the ends of all but the last."""
    return squash(" ".join([_LINE_END_SPECK.sub("", p) for p in parts[:-1]] + parts[-1:]))


def _cut_merged_date(ctx: Context, subject: str) -> str:
    m = re.search(r"\s{2,}\S[^,]{0,30},\s*ng\w{1,2}y\s*\d", subject)
    return subject[:m.start()].strip() if m else subject


def _stops_subject(ctx: Context, i: int) -> bool:
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
    if _motto_cut(line.folded) is not None:
        return True
    if lex.body_start_re.match(k) and len(t) > 40:
        return True
    return False


def _continuation(ctx: Context, start: int, stop: int) -> list[int]:
    """The lines a subject goes on over: not a header mark, date, number or body paragraph; across
    a blank line or two when the page leaves them between lines (``Về việc thực hiện Đề án …`` /
    blank / ``mất cân bằng giới tính …``), unless the subject ended with a full stop."""
    out: list[int] = []
    i = start
    while i < stop:
        if ctx.lines[i].blank:
            nxt = ctx.next_nonblank(i, min(stop, i + 3))
            last = ctx.lines[out[-1] if out else start - 1].stripped
            if nxt is None or last.endswith((".", ":")) or not _continues(ctx, nxt):
                break
            i = nxt
        if not _continues(ctx, i):
            break
        out.append(i)
        i += 1
    return out


_BLOCK_START = re.compile(r"^[ \t]*(?:[-–—•+*][ \t]|Dieu[ \t]+\d|\d{1,2}(?:\.\d{1,2})*[ \t]*[.)][ \t]|[IVX]{1,5}[ \t]*[.)/]"
                          r"|[a-z][ \t]*\))", re.IGNORECASE)


def _continues(ctx: Context, i: int) -> bool:
    if _stops_subject(ctx, i) or _BLOCK_START.match(ctx.lines[i].folded):
        return False  # a list or an article starts: the body
    t = ctx.lines[i].stripped
    if t.startswith("(") and t.endswith(")"):
        return False  # "(trình phiên họp Chính phủ thường kỳ tháng 8/2016)": a note under the title
    return not (is_upper_line(t) and (lexicon().starts_with_head(t) or len(t.split()) >= 3))


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
    issuer_keys = {key(x) for x in (ctx.fields.issuer, ctx.fields.parent_issuer) if x}
    if ctx.fields.issuer and ctx.fields.parent_issuer:
        issuer_keys.add(key(ctx.fields.parent_issuer + " " + ctx.fields.issuer))
    for j in range(i, stop):
        t = ctx.lines[j].stripped
        if not t or (_stops_subject(ctx, j) and j != i) or not is_upper_line(t):
            break
        k = key(t)
        if any(fuzz.ratio(k, ik) >= 85 for ik in issuer_keys) or lex.is_signer_title(t):
            break
        if k.rstrip(" :") in lex.type_names or k.rstrip(" :") == "quyet nghi":
            break
        out.append(j)
    return out


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


def _subject_under_number(ctx: Context, stop: int) -> None:
    """A subject printed without ``V/v`` under the number of a Party or mass-organisation dispatch
    (``Số 369 - CV/BTGTU`` / ``Gửi Đề cương …``), as their guide prescribes."""
    if not re.search(r"\d\s*-\s*[A-ZĐ]{1,4}\s*/", ctx.fields.number or ""):
        return  # a state dispatch prints V/v; a Party one ("369-CV/BTGTU") may print the subject bare
    i = ctx.next_nonblank(ctx.number_line + 1, min(stop, ctx.number_line + 3))
    if i is None:
        return
    t = ctx.lines[i].stripped
    if not t[:1].isupper() or is_upper_line(t) or len(t) > 200 or not _continues(ctx, i):
        return
    if lexicon().body_start_re.match(key(t)) or lexicon().starts_with_head(t):
        return
    lines = [i] + _continuation(ctx, i + 1, stop)
    ctx.fields.subject = _join_subject_lines([strip_markup(ctx.lines[j].stripped) for j in lines])
    ctx.mark("subject", ctx.lines[i].content_start, ctx.lines[lines[-1]].content_end)
    ctx.header_end = max(ctx.header_end, lines[-1] + 1)


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
        return name or "Công văn"
    return None


# --------------------------------------------------------------------------- marks


def _marks(ctx: Context) -> None:
    lex = lexicon()
    end = ctx.offset(min(ctx.header_end + 3, len(ctx.lines)))
    for attr, regex in (("urgency", lex.urgency_re), ("circulation", lex.circulation_re)):
        for m in regex.finditer(ctx.folded, 0, end):
            original = ctx.text[m.start():m.end()]
            if not is_upper_line(original, 0.99):
                continue
            line = ctx.lines[ctx.line_of(m.start())]
            # a mark stands alone (or in brackets) on its line, not inside a name
            rest = key(line.text.replace(original, " "))
            if len(rest) > 3 and not re.fullmatch(r"[\W_]*", rest):
                continue
            setattr(ctx.fields, attr, squash(original))
            ctx.mark(attr, m.start(), m.end())
            break
