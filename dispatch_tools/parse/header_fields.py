"""The header: number and symbol, place and date, issuing body and its parent, urgency and
circulation marks (parts 1-5 of ``../shared/docs/FORMAT.md``); the type and subject are read by
:mod:`.subject`."""

from __future__ import annotations

import re

from .context import Context
from .header_lines import BLANK_DATE, HEADER_DATE, HEADER_LINES, NUMBER, NUMBER_LINE, SEGMENT, motto_cut, place_start
from .lexicon import lexicon
from .subject import type_and_subject, under_type_name
from .text import DATE_WORDS, is_upper_line, key, make_date, squash, strip_markup
from ..i18n import _

# "Số:" after other text on its line ("straight connector 2Số: 1551 /UBND-VX": a word processor's artefact)
NUMBER_ANY = re.compile(rf"(?<![^\W\d])[S5][oO0b6e][ \t]*:[ \t]*(?:[.…_]+[ \t]*)?(?P<num>{NUMBER})")
SEPARATOR = re.compile(r"^[\s\-–—_*=~.o0O]*$")


def normalise_number(raw: str) -> str:
    """Spaces removed; an underscore between two parts is a dash as OCR reads it, and a separator
    read twice is one (``PL--UBTVQH``, ``1135/⁄QĐ``; a slash if one of them is, an en dash for a
    run with a long dash, as official documents print: ``656—-TB``)."""
    text = re.sub(r"\s+", "", raw).replace("_", "-")
    text = re.sub(r"[/⁄\-–—]{2,}", _one_separator, text).replace("⁄", "/")
    return text.rstrip(".-–/")


def _one_separator(m: re.Match) -> str:
    run = m.group()
    return "/" if "/" in run or "⁄" in run else "–" if re.search("[–—]", run) else "-"


def extract(ctx: Context) -> None:
    _number(ctx)
    _date_place(ctx)
    _issuer(ctx)
    type_and_subject(ctx)  # it reads what the functions above found
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
    if best is None:
        best = _number_after_capitals(ctx)
    label_line = None
    if best is None:
        best, label_line = _number_below(ctx)
    if best is None:
        ctx.warn(_("no number and symbol (Số: …) found in the header"))
        return
    s, e = best.span("num")
    e = _glued_place(ctx, s, e)
    ctx.fields.number = normalise_number(ctx.text[s:e])
    ctx.number_span = (s, e)
    ctx.number_line = ctx.line_of(s) if label_line is None else label_line
    ctx.mark("number", s, e, 1.0 if ctx.folded[best.start():best.start() + 2].lower() == "so" else 0.8)


# a place and its date glued after a symbol by the page: "Số: 04/TTr-SYTBắc Ninh, ngày …"
_GLUED_PLACE = re.compile(r"(?:T[Pp]\. ?)?[^\W\d_]+(?: (?:- )?[^\W\d_]+){0,3}(?: \d{1,2})?[ \t]*,[ \t]*\n?[ \t]*ngày")


def _glued_place(ctx: Context, s: int, e: int) -> int:
    """Where the symbol ends when the place of the date line is glued to it: at a capital after a
    letter or a digit (``TTgHà Nội``) that opens capitalised words up to ``, ngày`` (on the line, or opening the
    next one when a narrow column wrapped it), the first a syllable (with a vowel: ``TTg Hà Nội``
    is no ``Tg`` glued); a one-letter word may end the place (``Đông Hưng A``)."""
    text, line = ctx.text, ctx.line_of(s)
    line_end = ctx.lines[line + 1].end if line + 1 < len(ctx.lines) else ctx.lines[line].end
    for i in range(s + 1, e):
        if not (text[i].isupper() and (text[i - 1].isupper() or text[i - 1].isdigit() or text[i - 1].islower())):
            continue
        m = _GLUED_PLACE.match(text, i, line_end)
        words = re.sub(r"^T[Pp]\. ?", "", m.group().split(",")[0]).replace(" - ", " ").split() if m else []
        names = [w for w in words if not w.isdigit()]
        if names and all(w[0].isupper() and (w[1:].islower() or len(w) == 1) for w in names) and len(
                names[0]) > 1 and re.search(r"[aeiouy]", key(names[0])):
            return i
    return e


_LOWER_LABEL = re.compile(rf"(?<![^\W\d])s[o0][ \t]*:[ \t]*(?P<num>{NUMBER})")


def _number_after_capitals(ctx: Context):
    """``ỦY BAN NHÂN DÂN TỈNH TUYÊN QUANG số: 554/QĐ-UBND``: the label read in lower case, alone with
    its number on a line of the header or after the issuer's capitals (never after words in lower
    case: a citation)."""
    for line in ctx.lines[:15]:
        m = _LOWER_LABEL.search(ctx.folded, line.start, line.end)
        before = ctx.text[line.start:m.start()] if m else ""
        if not m or not re.search(r"[A-Za-z]", m.group("num")):
            continue
        alone = not before.strip() and not ctx.text[m.end():line.end].strip()  # "số: 554/QĐ-UBND" as a line
        if alone or before.strip() and is_upper_line(before, 0.95):
            return m
    return None


_LABEL_ALONE = re.compile(r"[ \t]*S[oO0][ \t]*:[ \t]*$")
_SYMBOL_ALONE = re.compile(rf"[ \t]*(?P<num>(?:\d+[a-zA-Z]?)?[ \t]*/[ \t]*{SEGMENT}(?:[ \t]*[/\-–][ \t]*{SEGMENT})*)[ \t]*$")


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
        if len(line.stripped) > 40 and lex.body_start_re.match(key(line.text)) and not is_upper_line(line.text) \
                and not _right_column_date(line.folded) and not under_type_name(ctx, line.index):
            limit = line.start
            break
    found = None
    for m in HEADER_DATE.finditer(ctx.folded, 0, limit):
        if _place_before(ctx, m.start()) is not None:
            found = m
            break
        if found is None and m.group("m") and _stands_alone(ctx, m.start()):
            found = m  # a date in figures ("ngày 26/01/2024") is the issue date only after a place
    blank = BLANK_DATE.search(ctx.folded, 0, limit)
    if blank and (found is None or blank.start() < found.start()):
        found = None
    if found is None:
        if blank:
            place = _place_before(ctx, blank.start())
            if place:
                ctx.fields.place = squash(ctx.text[place[0]:place[1]])
                ctx.mark("place", *place)
            ctx.warn(_("the issue date is left blank in the header"))
        else:
            ctx.warn(_("no issue date (…, ngày … tháng … năm …) found in the header"))
        return
    d = make_date(int(found.group("d")), int(found.group("m") or found.group("m2")),
                  int(found.group("y") or found.group("y2")))
    if d is None:
        ctx.warn(_("the issue date '%(date)s' is not a valid date")
                 % {"date": squash(ctx.text[found.start():found.end()])})
    else:
        ctx.fields.date = d.isoformat()
        ctx.issue_date = d
        ctx.mark("date", found.start(), found.end())
    place = _place_before(ctx, found.start())
    if place:
        ctx.fields.place = squash(strip_markup(ctx.text[place[0]:place[1]])).strip(" -*_")
        ctx.mark("place", *place)


def _right_column_date(folded_line: str) -> bool:
    """Does the line end with the right column's place and date, apart from the words before
    them by a tab or a run of spaces (``Triển khai tháng …     Phú Lương, ngày 7 tháng 5 năm 2025``)?"""
    m = DATE_WORDS.search(folded_line)
    return m is not None and re.search(r"(?:\t|\s{3,})[^\t]{2,40},\s*$", folded_line[:m.start()]) is not None


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
    found = place_start(segment)
    if found is None:
        return None
    start += found
    while start < end and text[start] in " \t*_":
        start += 1
    return (start, end) if start < end else None


# --------------------------------------------------------------------------- issuing body


def is_header_mark(folded_line: str) -> bool:
    """A line that is only a national title, a motto or the place-and-date line: the right
    header column, which a reading order may put among the addressees."""
    t = folded_line.strip()
    if len(t) > 80:
        return False
    cut = motto_cut(folded_line)
    if cut is not None and not re.search(r"[^\W\d_]", folded_line[:cut[0]]):
        return True
    m = DATE_WORDS.search(folded_line)
    return bool(m) and not re.search(r"\d", folded_line[:m.start()]) and m.end() >= len(folded_line.rstrip(" .")) - 1


def header_lines(ctx: Context, end: int) -> list[tuple[int, int]]:
    """Spans of the left-column header lines before line ``end``, mottos and rules removed; the
    header stops at a type name (``QUYẾT ĐỊNH``: a page without the issuing body starts there)."""
    out = []
    kinh_gui = ctx.cues_in("KINH_GUI")
    if kinh_gui:  # the header is above the addressees
        end = min(end, ctx.line_of(kinh_gui[0].start) + 1)
    last = None  # the line of the last span
    for line in ctx.lines[:end]:
        if line.blank or line.column == "right":
            continue
        if len(line.text) - len(line.text.lstrip(" ")) >= 30:  # laid out in the right column
            continue
        if _body_line(line.stripped):
            continue  # a list item or a paragraph (a page may print its legal basis above the header)
        above = ctx.text[slice(*out[-1])] if out and last == line.index - 1 else None
        found = _header_segment(ctx, line.content_start, line.content_end, line.column == "left", above)
        if found == "type":
            break
        if found is not None:
            out += _two_bodies(ctx, *found)
            last = line.index
    return out


def _mentioned_title(text: str) -> bool:
    """The country's or the Party's name written in sentence case (``… Quốc hội nước Cộng hòa Xã
    hội Chủ nghĩa Việt Nam``) is a mention: the header prints its title in capitals; only the
    motto (``Độc lập - Tự do - Hạnh phúc``) is in sentence case."""
    named = re.search(r"\b(?:cong\s*hoa|dang\s+cong\s+san|doan\s+(?:tncs|thanh\s+nien))\b", key(text))
    return bool(named) and not is_upper_line(text, 0.7)


def _without_specks(name: str) -> str:
    """A body's name without the specks an OCR pass read alone between its words (``BAN TỔ CHỨC |
    ĐẠI HỘI``)."""
    return squash(re.sub(r"(?<=\s)[|_~`]+(?=\s)", " ", f" {name} "))


def _name_wrapped(above: str, line: str) -> bool:
    """Does ``line`` go on with the name on the line above, though it opens like a body's name?
    The line above ends with ``VÀ``, ``&``, a dash or a comma, or with the first half of a word
    whose second half opens the line (``… THƯƠNG BINH VÀ XÃ`` / ``HỘI``)."""
    above, words = above.rstrip(), line.split()
    if not above or not words:
        return False
    if re.search(r"(?:\bV[AÀ]|&|[-–,])$", above, re.IGNORECASE):
        return True
    return key(f"{above.split()[-1]} {words[0]}") in lexicon().name_compounds


def _body_line(text: str) -> bool:
    """A line of the body, never of the header: a dash or numbered item in sentence case, or a
    long line in sentence case."""
    text = squash(text)
    if is_upper_line(text, 0.7) or DATE_WORDS.search(key(text)):
        return False
    return bool(re.match(r"[-–•+]\s+\S|\d{1,2}\.\s+[^\W\d]", text)) or (len(text) > 90 and not motto_cut(key(text)))


def _completes_name(above: str | None, word: str) -> bool:
    """A short line that ends the name on the line right above it: ``ỦY BAN NHÂN DÂN TỈNH HƯNG`` /
    ``YÊN``, ``CÔNG ĐOÀN GIÁO DỤC VIỆT`` / ``NAM`` (a name wrapped in a narrow column)."""
    if not above or not above.split():
        return False
    lex = lexicon()
    return key(f"{above.split()[-1]} {word}") in lex.name_endings or key(word) in lex.name_endings


def _header_segment(ctx: Context, s: int, e: int, left_column: bool = False, above: str | None = None):
    """The left-column part of one header line as ``(start, end)``, ``"type"`` for a type name,
    or None when nothing of the issuing body is on it. ``left_column``: the page's layout put the
    line in the left column; ``above``: the header text on the line right above it."""
    lex = lexicon()
    tab = ctx.text.find("\t", s, e)
    if tab > s:  # two header columns separated by a tab: keep the left cell
        e = tab
    cut = motto_cut(ctx.folded[s:e])
    if cut is not None and _mentioned_title(ctx.text[s + cut[0]:s + cut[1]]):
        cut = None
    if cut is not None:
        if cut[0] > 0:
            e = s + cut[0]
        elif cut[1] < e - s:
            s = s + cut[1]
        else:
            return None
    dated = DATE_WORDS.search(ctx.folded, s, e)
    if dated:  # "SỞ Y TẾ   Long Xuyên, ngày …": the right column's place and date end the body's name
        place = _place_before(ctx, dated.start())
        if place is None:
            return None  # a date without its place is a citation's ("… số 12/KH ngày …"), not the header's
        e = place[0]
    seg = ctx.text[s:e]
    stripped = strip_markup(seg).strip(" -–_*=")
    if not stripped or SEPARATOR.match(seg):
        return None
    k = key(stripped).rstrip(" :")
    if k in lex.type_names or k == "quyet nghi":
        return "type"
    if lex.urgency_re.fullmatch(key(stripped)) or lex.circulation_re.fullmatch(key(stripped)):
        return None
    # the left column (of two merged ones, or as the layout read it) may be in sentence case
    # ("Liên đội trường THCS …")
    if not is_upper_line(stripped, 0.7) and not ((cut is not None or left_column) and lex.starts_with_head(stripped)):
        return None
    if len(re.sub(r"\W", "", stripped)) <= 3 and not lex.starts_with_head(stripped) \
            and not _completes_name(above, stripped):
        return None  # OCR noise from a rule under the header ("PHI", "—")
    dots = re.search(r"[.…]{2,}[\s.…,:;_-]*$", ctx.text[s:e])  # a run of specks ("ỦY BAN NHÂN DÂN...")
    if dots:
        e = s + dots.start()
    while e > s and (ctx.text[e - 1] in " \t-–_*=:;,'`" or ctx.text[e - 1] == "." and not re.search(
            r"(?:^|\s)[^\W\d_]{1,3}\.$", ctx.text[s:e])):  # specks after a name ("… VIỆT NAM:"), not "TP."
        e -= 1
    while s < e and ctx.text[s] in " \t*_-–—=~|'`.,":  # specks an OCR pass read before it ("-_ BAN …")
        s += 1
    return s, e


def _before_number(ctx: Context) -> list[tuple[int, int]]:
    """A header flattened onto the number's line (``HỘI KHUYẾN HỌC VIỆT NAM TỈNH HỘI HƯNG YÊN
    ---- Số: 14/CV-HKH``): the bodies before the rule, a body's name opening after three words
    starting the issuing body."""
    if ctx.number_line is None or ctx.number_span is None:
        return []
    line = ctx.lines[ctx.number_line]
    label = max(ctx.text.rfind(word, line.start, ctx.number_span[0]) for word in ("Số", "SỐ", "số"))
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
    for m in re.finditer(r"\s+[-–—_]{1,3}\s+", ctx.text[s:e]):  # an OCR'd rule may read "-_"
        left, right = ctx.text[s:s + m.start()], ctx.text[s + m.end():e]
        if len(left.split()) >= 2 and is_upper_line(left) and lexicon().starts_with_head(right):
            return [(s, s + m.start()), (s + m.end(), e)]
    return _parent_then_body(ctx, s, e) or [(s, e)]


_ADMIN_WORDS = ("tinh", "thanh pho", "tp", "tp.", "huyen", "quan", "thi xa", "thi tran", "xa", "phuong", "tx.",
                "h.", "q.")


# a Party committee, a Youth Union or an association named by its level (in folded words)
_LEVEL_HEAD = re.compile(r"(?:tinh|thanh|huyen|quan|thi) (?:uy|doan|hoi) ")


def _whole_name(words: list[str]) -> bool:
    """Do these folded words make a body's whole name, so that a body under it may follow on the
    same line? It ends with a province's name (models/parse/provinces.tsv), ``Việt Nam`` or ``Trung
    ương`` or ``Nhà nước`` (``TỈNH ỦY HÀ TĨNH``, ``BAN CHẤP HÀNH TRUNG ƯƠNG``, ``KHO BẠC NHÀ NƯỚC``), is a ministry's or a
    central body's name (models/parse/agencies.tsv), or names a district, town or commune after its
    head (``UBND HUYỆN THỌ XUÂN``, ``UBND TX. ĐỒNG XOÀI``, ``HUYỆN ỦY CỦ CHI``)."""
    lex = lexicon()
    text = " ".join(words)
    if len(words) < 2:
        return False
    if any(text.endswith(" " + end) for end in lex.name_endings | {"trung uong", "nha nuoc"}):
        return True
    agency = lex.agency_of_key(text)
    if agency is not None and agency.level in ("central", "ministry"):
        return True
    if _LEVEL_HEAD.match(text) and 3 <= len(words) <= 6 and not lex.starts_with_head(" ".join(words[2:])):
        return True  # "HUYỆN ỦY CỦ CHI": a head that names its level, then the place's name
    for n in range(1, len(words) - 1):  # the head, an administrative unit, one to four words of its name
        for unit in _ADMIN_WORDS:
            size = len(unit.split())
            if words[n:n + size] == unit.split() and 1 <= len(words) - n - size <= 4:
                rest = " ".join(words[n + size:])
                return not lex.starts_with_head(rest) and lex.starts_with_head(" ".join(words[:n]))
    return False


def _inside_province(words: list[str]) -> set[int]:
    """The indices of the words that continue a province's name among these folded words."""
    out: set[int] = set()
    for p in lexicon().provinces:
        name = key(p.name).split()
        for i in range(len(words) - len(name) + 1):
            if words[i:i + len(name)] == name:
                out.update(range(i + 1, i + len(name)))
    return out


def _parent_then_body(ctx: Context, s: int, e: int) -> list[tuple[int, int]] | None:
    """A parent body and the body under it run together on one line, with no rule or dash
    between them (a flattened page, a column a site joined): ``UBND TỈNH BẮC NINH SỞ Y TẾ``,
    ``BỘ CÔNG AN CÔNG AN TỈNH KON TUM``, ``TỈNH ỦY HÀ TĨNH BAN TUYÊN GIÁO``. The line splits
    where a body's name opens with a head spelt out (two words or more; ``ANH PHÒNG`` is no
    ``VĂN PHÒNG``) after a whole name that opens with a head."""
    text = ctx.text[s:e]
    words = list(re.finditer(r"\S+", text))
    k = key(text).split()
    if len(k) != len(words) or len(words) < 4 or not is_upper_line(text):
        return None
    lex = lexicon()
    if not lex.starts_with_head(text):
        return None
    inside = _inside_province(k)
    for n in range(2, len(words) - 1):
        rest = text[words[n].start():]
        if n in inside or key(f"{words[n - 1].group()} {words[n].group()}") in lex.name_compounds:
            continue  # "… HẢI PHÒNG", "… XÃ HỘI": inside a name or a word, not a body's head
        if lex.head_re.match(" ".join(k[n:])) and _whole_name(k[:n]):  # a head as printed, not a near one
            return [(s, s + words[n - 1].end()), (s + words[n].start(), e)]
    return None


def _joined(ctx: Context, spans: list[tuple[int, int]]) -> str:
    """The lines of a body's name as one; a dash that ended a line before the name wrapped is kept
    (``SỞ LAO ĐỘNG -`` / ``THƯƠNG BINH VÀ XÃ HỘI``)."""
    out = []
    for n, (s, e) in enumerate(spans):
        out.append(strip_markup(ctx.text[s:e]))
        dash = re.match(r"[ \t]*([-–])(?=\s|$)", ctx.text[e:ctx.lines[ctx.line_of(e)].end])
        if dash and n + 1 < len(spans) and ctx.line_of(spans[n + 1][0]) > ctx.line_of(e) \
                and not lexicon().admin_re.match(key(ctx.text[slice(*spans[n + 1])])):  # "… -" / "TỈNH …": a speck
            out.append(dash.group(1))
    return " ".join(out)


def _issuer(ctx: Context) -> None:
    lex = lexicon()
    end = ctx.number_line
    if end is None:
        date_spans = [sp for sp in ctx.spans if sp.label == "date"]
        end = ctx.line_of(date_spans[0].start) if date_spans else min(8, len(ctx.lines))
    spans = header_lines(ctx, end) or _before_number(ctx)
    if not spans:
        ctx.warn(_("no issuing body found above the number"))
        return
    split = 0
    for i, (s, e) in enumerate(spans):
        if lex.starts_with_head(ctx.text[s:e]) and not (i and _name_wrapped(ctx.text[slice(*spans[i - 1])],
                                                                             ctx.text[s:e])):
            split = i
    issuer = spans[split:]
    parent = spans[:split]
    ctx.fields.issuer = _without_specks(_joined(ctx, issuer))
    ctx.mark("issuer", issuer[0][0], issuer[-1][1])
    if parent:
        ctx.fields.parent_issuer = _without_specks(_joined(ctx, parent))
        ctx.mark("parent_issuer", parent[0][0], parent[-1][1])
    ctx.header_end = max(ctx.header_end, ctx.line_of(issuer[-1][1]) + 1)


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
