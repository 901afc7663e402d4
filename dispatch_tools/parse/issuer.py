"""The issuing body and its parent (part 2 of ``../shared/docs/FORMAT.md``): the left-column
lines above the number, mottos, rules and the right column's place and date taken off; the last
line that opens a body's name starts the issuer, the lines above it are its parent."""

from __future__ import annotations

import re

from .context import Context
from .header_date import place_before
from .header_lines import motto_cut
from .header_number import LABEL
from .issuer_split import doubtful_head, ending_wrapped, host_level, two_bodies, unit_unnamed
from .lexicon import lexicon
from .text import DATE_WORDS, is_upper_line, key, squash, strip_markup
from ..i18n import _

SEPARATOR = re.compile(r"^[\s\-–—_*=~.o0O]*$")
ROMAN = re.compile(r"[IVXL]{1,6}")  # a unit's number in Roman numerals ("KHU VỰC XXV")


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


# the subject's first line (``V/v …``, ``Về việc …``), folded
_SUBJECT_LINE = re.compile(r"[ \t*_\"“(]*(?:v/v|ve[ \t]+viec|ve[ \t]*:)(?!\w)", re.IGNORECASE)


def header_lines(ctx: Context, end: int) -> list[tuple[int, int]]:
    """Spans of the left-column header lines before line ``end``, mottos and rules removed; the
    header stops at a type name (``QUYẾT ĐỊNH``: a page without the issuing body starts there) and
    at the subject's line under the body's name."""
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
        if _body_line(line.text, line.folded):
            continue  # a list item or a paragraph (a page may print its legal basis above the header)
        if out and _SUBJECT_LINE.match(line.folded):
            break  # the subject under the body's name: what follows is no name (the number line unread)
        above = ctx.text[slice(*out[-1])] if out and _just_above(ctx, last, line.index) else None
        found = _header_segment(ctx, line.content_start, line.content_end, line.column == "left", above)
        if found is None:
            found = _first_word_alone(ctx, line.index, end)
        if found == "type" and above is not None and _dash_ended(ctx.lines[last].stripped):
            found = (line.content_start, line.content_end)  # "PHÒNG TÀI CHÍNH -" / "KẾ HOẠCH": a name's end
        if found == "type":
            break
        if found is not None and not out and _joining_word(ctx.text[slice(*found)]):
            continue  # a lone ``VÀ`` above the header opens no name: a stamp's words read apart
        if found is not None:
            for part in ending_wrapped(ctx, above, *found):  # "… VIỆT" / "NAM TỈNH HỘI …"
                out += two_bodies(ctx, *part)
            last = line.index
    return out


def _joining_word(text: str) -> bool:
    """Is ``text`` only a word that joins the parts of a name (``VÀ``, ``&``, ``CỦA``)? Such a line
    goes on with the name above it; first in the header it is no name's line."""
    return key(strip_markup(text)).strip(" *_-–,.") in {"va", "&", "cua", "voi"}


def _just_above(ctx: Context, above: int | None, i: int) -> bool:
    """Is line ``above`` the one right above line ``i``, or above the blank line before it (a page
    that prints each line of its head as a paragraph of its own)?"""
    return above is not None and (above == i - 1 or above == i - 2 and ctx.lines[i - 1].blank)


def _dash_ended(line: str) -> bool:
    """Does a header line end with a dash, the name going on under it (``TRƯỜNG ĐẠI HỌC KINH TẾ -``
    / ``LUẬT``, ``PHÒNG TÀI CHÍNH -`` / ``KẾ HOẠCH``: a type's name there is the body's)?"""
    return strip_markup(line).rstrip(" *_").endswith(("-", "–"))


def _first_word_alone(ctx: Context, i: int, end: int) -> tuple[int, int] | None:
    """A name's first word alone on its line, the rest on the next (``ỦY`` / ``BAN NHÂN DÂN TỈNH
    …``, ``CHI`` / ``CỤC THỦY LỢI``): a short word the rules would take for a speck, taken when it
    and the next line open a body's name together."""
    line = ctx.lines[i]
    word = strip_markup(line.stripped).strip(" *_")
    nxt = ctx.next_nonblank(i + 1, min(end, i + 3))
    if nxt is None or len(word) > 3 or not word.isalpha() or not word.isupper():
        return None
    rest = strip_markup(ctx.lines[nxt].stripped).strip(" *_")
    if not is_upper_line(rest, 0.7) or not lexicon().starts_with_head(f"{word} {rest}"):
        return None
    s = ctx.text.find(word, line.content_start, line.content_end)
    return s, s + len(word)


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
    if len(above.split()) == 1 and lexicon().starts_with_head(f"{above} {line}"):
        return True  # one word is no body's whole name: "ỦY" / "BAN NHÂN DÂN …", "CHI" / "CỤC THỦY LỢI"
    if key(strip_markup(above)).strip(" *_") in lexicon().inner_heads:
        return True  # an organisation named after its host: "ĐẢNG ỦY" / "CÔNG AN TỈNH"
    if lexicon().agency_of_key(key(f"{above} {line}")) is not None:
        return True  # the two lines make one body's name: "THỦ TƯỚNG" / "CHÍNH PHỦ"
    if re.search(r"(?:\bV[AÀ]|&|[-–,])$", above, re.IGNORECASE):
        return True
    if key(f"{above.split()[-1]} {words[0]}") in lexicon().name_compounds:
        return True
    if len(words) <= 2 and key(f"{above.split()[-1]} {line}") in lexicon().name_endings:
        return True  # a province's name wrapped in two: "UBND THÀNH PHỐ HẢI" / "PHÒNG"
    return unit_unnamed(above) and not _spelt_head(line) or doubtful_head(above, line)


def _spelt_head(line: str) -> bool:
    """Does ``line`` open with a head of two words or more printed with its marks (``CHI BỘ``, ``BAN
    QUẢN LÝ``)? No place's name wrapped from a line that ends with ``TỈNH`` opens so: such a line
    names a body of its own (``ĐẢNG ỦY CÁC CƠ QUAN ĐẢNG TỈNH`` / ``CHI BỘ VĂN PHÒNG …``)."""
    m = lexicon().head_re.match(key(line))
    if m is None or len(m.group(0).split()) < 2:
        return False
    printed = " ".join(line.split()[:len(m.group(0).split())]).lower()
    return printed != key(printed) and printed in lexicon().head_forms(m.group(0))


def _body_line(text: str, folded: str | None = None) -> bool:
    """A line of the body, never of the header: a dash or numbered item in sentence case, or a
    long line in sentence case. Of a line the layout merged with the right column, its left cell
    only (``- NGÂN SÁCH⇥Độc lập - Tự do - Hạnh phúc``; ``folded``: the line folded, offset for offset)."""
    cut = motto_cut(folded) if folded is not None else None
    if cut is not None and cut[0] > 0 and text[:cut[0]].strip():
        text = text[:cut[0]]
    text = squash(text)
    if is_upper_line(text, 0.7) or DATE_WORDS.search(key(text)):
        return False
    return bool(re.match(r"[-–•+]\s+\S|\d{1,2}\.\s+[^\W\d]", text)) or (len(text) > 90 and not motto_cut(key(text)))


def _dash_led(seg: str, above: str | None) -> bool:
    """Does the line go on with the name right above it after a dash that opens it (``PHÒNG TÀI
    CHÍNH`` / ``- KẾ HOẠCH``, ``SỞ LAO ĐỘNG`` / ``- THƯƠNG BINH VÀ XÃ HỘI``)? Not when the words
    after the dash open a body's name (``-_ BAN TỔ CHỨC``: a speck before it)."""
    m = re.match(r"[ \t*_]*[-–][ \t]+(?=[^\W\d_])", seg)  # after the bold of a page in markdown
    if not m or not (above and above.strip()) or above.rstrip().endswith(("-", "–")):
        return False
    rest = key(seg[m.end():])
    word = " ".join(rest.split()[:2]) in lexicon().name_compounds  # "- XÃ HỘI": a word, no commune
    return not lexicon().starts_with_head(seg[m.end():]) and (word or not lexicon().admin_re.match(rest))


def _completes_name(above: str | None, word: str) -> bool:
    """A short line that ends the name on the line right above it: ``ỦY BAN NHÂN DÂN TỈNH HƯNG`` /
    ``YÊN``, ``CÔNG ĐOÀN GIÁO DỤC VIỆT`` / ``NAM`` (a name wrapped in a narrow column)."""
    if not above or not above.split():
        return False
    lex = lexicon()
    pair = key(f"{above.split()[-1]} {word}")
    if pair in lex.name_endings or key(word) in lex.name_endings or pair in lex.agency_word_pairs:
        return True  # "… VIỆT" / "NAM", "PHÒNG VĂN HÓA VÀ THÔNG" / "TIN"
    word = word.strip()
    if (word.isdigit() or ROMAN.fullmatch(word)) and any(
            key(" ".join(above.split()[-n:])) in lex.numbered_words for n in (1, 2)):
        return True  # "BCH ĐOÀN QUẬN" / "5", "BẢO HIỂM XÃ HỘI KHU VỰC" / "XXV"
    # a syllable with its marks under a name wrapped before it ("SỞ Y" / "TẾ", "CHI CỤC THỦY" / "LỢI"):
    # the specks an OCR pass reads from a rule have none ("PHI", "—")
    return marked_syllable(word) and is_upper_line(above, 0.7)


def _ends_place(ctx: Context, above: str | None, line: str) -> bool:
    """Is ``line`` only the end of the header's place, whose first words end the line above: a name
    in sentence case wrapped inside the place it is named after (``Liên đội trường THCS Đông`` /
    ``Hưng A``, the date written at ``Đông Hưng A``)?"""
    place = key(ctx.fields.place or "").split()
    tail, before = key(line).split(), key(above or "").split()
    head = len(place) - len(tail)
    return 1 <= len(tail) and head >= 1 and place[head:] == tail and before[-head:] == place[:head]


def marked_syllable(word: str) -> bool:
    """A word of two or three capitals with a mark (``TẾ``, ``VĂN``), never a speck's reading, nor the
    number's label ``SỐ`` on a line of its own."""
    return 2 <= len(word) <= 3 and word.isalpha() and word.isupper() and key(word) not in (word.lower(), "so")


# a number and its symbol after a body's name on its line, whatever its label was read as (``36:41
# /CT-UBND``, ``5ố:128 /UBND-VP``): figures, a slash and a symbol of two capitals or more
GLUED_NUMBER = re.compile(r"[ \t]+\S*\d[\d:.,]*[ \t]*/[ \t]*[A-ZĐ]{2,}")


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
        place = place_before(ctx, dated.start())
        if place is None:
            return None  # a date without its place is a citation's ("… số 12/KH ngày …"), not the header's
        e = place[0]
    if _opens_with_label(ctx, s, e):
        return None  # the number's line, its number not read ("Số: ð† (QĐ-UBND"): no part of a name
    glued = GLUED_NUMBER.search(ctx.text, s, e)
    if glued and glued.start() > s:  # "… XÃ TÂN PHÚ 36:41 /CT-UBND": the number's line, its label misread
        e = glued.start()
    seg = ctx.text[s:e]
    stripped = strip_markup(seg).strip(" -–_*=")
    if not stripped or SEPARATOR.match(seg):
        return None
    k = key(stripped).rstrip(" :")
    if (k in lex.type_names or k == "quyet nghi") and not _dash_led(seg, above):
        return "type"
    if lex.urgency_re.fullmatch(key(stripped)) or lex.circulation_re.fullmatch(key(stripped)) \
            or lex.copy_or_draft_re.fullmatch(key(stripped)):
        return None  # a mark printed over the head ("KHẨN", "MẬT", "BẢN SAO", "DỰ THẢO"): no part of a name
    # the left column (of two merged ones, or as the layout read it) may be in sentence case
    # ("Liên đội trường THCS …")
    if not is_upper_line(stripped, 0.7) and not ((cut is not None or left_column) and lex.starts_with_head(stripped)) \
            and not _ends_place(ctx, above, stripped):
        return None
    if len(re.sub(r"\W", "", stripped)) <= 3 and not lex.starts_with_head(stripped) \
            and not _completes_name(above, stripped) and not (above is None and marked_syllable(stripped)):
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


# the number's label, figures and a symbol, or the symbol alone after its slash (``/QĐ-TTg …``: the rest of a
# number line whose figures were read as specks and cut off before it)
_OPENING_LABEL = re.compile(rf"[ \t*_]*(?:{LABEL}|\S*\d[\d:.,]*[ \t]*/[ \t]*[A-ZĐ]{{2,}}|/[ \t]*[A-ZĐ]{{2,}}[A-Za-z]*-)")


def _opens_with_label(ctx: Context, s: int, e: int) -> bool:
    """Does the segment open with the number's label (``Số:``, ``5ố:``), with figures and a
    symbol (``36:41 /CT-UBND``, the label misread), or with a symbol after its slash (``/QĐ-TTg``)? A body's
    name never does."""
    return bool(_OPENING_LABEL.match(ctx.folded, s, e))


_MISREAD_LABEL = re.compile(rf"(?<=\s){LABEL}[ \t]*$")


def _number_line_head(ctx: Context, above: str | None = None) -> tuple[int, int] | None:
    """The capitals before the number's label on its line (``SỞ NÔNG NGHIỆP VÀ PTNT Số: 77/SNN-KH``),
    the label as printed or misread (``5ố:``, ``Sô:``)."""
    if ctx.number_line is None or ctx.number_span is None:
        return None
    line = ctx.lines[ctx.number_line]
    label = max(ctx.text.rfind(word, line.start, ctx.number_span[0]) for word in ("Số", "SỐ", "số"))
    misread = _MISREAD_LABEL.search(ctx.folded, line.start, ctx.number_span[0])
    if label < line.content_start and misread:  # "… KRÔNG BÔNG 5ố:128 /UBND-VP": the label misread
        label = misread.start()
    found = _header_segment(ctx, line.content_start, label, above=above) if label > line.content_start else None
    return found if isinstance(found, tuple) else None


def _before_number(ctx: Context) -> list[tuple[int, int]]:
    """A header flattened onto the number's line (``HỘI KHUYẾN HỌC VIỆT NAM TỈNH HỘI HƯNG YÊN
    ---- Số: 14/CV-HKH``): the bodies before the rule, a body's name opening after three words
    starting the issuing body."""
    found = _number_line_head(ctx)
    if found is None:
        return []
    s, e = found
    split = two_bodies(ctx, s, e)  # "BAN CHẤP HÀNH TRUNG ƯƠNG HỘI ĐỒNG ĐỘI TRUNG ƯƠNG": a whole name, then a body's
    if len(split) > 1:
        return split
    words = list(re.finditer(r"\S+", ctx.text[s:e]))
    for w in words[3:]:
        if lexicon().starts_with_head(ctx.text[s + w.start():e]) and len(words) - words.index(w) >= 2:
            return [(s, s + w.start() - 1), (s + w.start(), e)]
    return [(s, e)]



def _joined(ctx: Context, spans: list[tuple[int, int]]) -> str:
    """The lines of a body's name as one; a dash that ended a line before the name wrapped is kept
    (``SỞ LAO ĐỘNG -`` / ``THƯƠNG BINH VÀ XÃ HỘI``)."""
    out = []
    for n, (s, e) in enumerate(spans):
        line = ctx.lines[ctx.line_of(s)]
        if n and _just_above(ctx, ctx.line_of(spans[n - 1][1]), line.index) \
                and _dash_led(ctx.text[line.content_start:e], ctx.text[slice(*spans[n - 1])]):
            out.append(ctx.text[line.content_start:s].strip()[-1:])  # "SỞ LAO ĐỘNG" / "- THƯƠNG BINH …"
        out.append(strip_markup(ctx.text[s:e]))
        dash = re.match(r"[ \t]*([-–])(?=\s|$)", ctx.text[e:ctx.lines[ctx.line_of(e)].end])
        nxt = key(ctx.text[slice(*spans[n + 1])]) if n + 1 < len(spans) else ""
        if dash and n + 1 < len(spans) and ctx.line_of(spans[n + 1][0]) > ctx.line_of(e) \
                and not lexicon().admin_re.match(nxt) and not re.match(r"(?:va|&)\s", nxt):
            out.append(dash.group(1))  # not before "TỈNH …" or "VÀ …" ("BỘ NÔNG NGHIỆP -" / "VÀ PHÁT …"): a speck
    return " ".join(out)


def _opens_name(ctx: Context, spans: list[tuple[int, int]], i: int) -> bool:
    """Does header line ``i`` open a body's name, alone, as a word alone before the rest of it
    (``CHI`` / ``CỤC KIỂM LÂM``), or with a head wrapped onto the next line?"""
    text = ctx.text[slice(*spans[i])]
    if lexicon().starts_with_head(text):
        return True
    if i + 1 >= len(spans):
        return False
    nxt = ctx.text[slice(*spans[i + 1])]
    if len(text.split()) == 1:
        return lexicon().starts_with_head(f"{text} {nxt}")
    # a head wrapped across the line break ("KIỂM TOÁN NHÀ" / "NƯỚC KHU VỰC IV"), also when its second
    # half opens a head of its own ("BẢO HIỂM XÃ" / "HỘI TỈNH SÓC TRĂNG")
    return is_upper_line(text) and lexicon().starts_with_head(f"{text} {nxt}") and (
        not lexicon().starts_with_head(nxt) or _head_across(text, nxt))


def _head_across(text: str, nxt: str) -> bool:
    """Does the head that opens ``text`` and ``nxt`` read together end past the break, inside a word
    split there (``BẢO HIỂM XÃ`` / ``HỘI``: ``xã hội``)?"""
    lex = lexicon()
    if key(f"{text.split()[-1]} {nxt.split()[0]}") not in lex.name_compounds:
        return False
    head = lex.head_re.match(key(f"{text} {nxt}"))
    return head is not None and head.end() > len(key(text))


def _stray_word(line: str) -> bool:
    """A header line of one word that opens no body's name (``TRUNG`` left of a publishing stamp's
    ``TRUNG TÂM CÔNG BÁO``)."""
    return len(line.split()) == 1 and not lexicon().starts_with_head(line)


def read_issuer(ctx: Context) -> None:
    end = ctx.number_line
    if end is None:
        date_spans = [sp for sp in ctx.spans if sp.label == "date"]
        end = ctx.line_of(date_spans[0].start) if date_spans else min(8, len(ctx.lines))
    spans = header_lines(ctx, end)
    if spans and ctx.number_line == end and ctx.line_of(spans[-1][1]) == end - 1:
        # the body's last line printed with the number on it ("UBND TỈNH LÀO CAI" / "SỞ … Số: 77/SNN-KH")
        tail = _number_line_head(ctx, ctx.text[slice(*spans[-1])])
        spans += two_bodies(ctx, *tail) if tail else []
    spans = spans or _before_number(ctx)
    if not spans:
        ctx.warn(_("no issuing body found above the number"))
        return
    split = 0
    name: list[str] = []  # the lines of the name read so far
    for i, (s, e) in enumerate(spans):
        line = ctx.text[s:e]
        # a word alone that ended the name above it ("UBND THÀNH PHỐ HẢI" / "PHÒNG") is read with it
        above = " ".join(name) if name and len(name[-1].split()) == 1 and len(name) > 1 else (name or [""])[-1]
        # the committee a body works under, alone on the head's last line ("BAN TUYÊN GIÁO" / "TỈNH ỦY");
        # not one whose name follows ("… VIỆT NAM TỈNH HỘI" / "HƯNG YÊN")
        hosted = i == len(spans) - 1 and host_level(line)
        if _opens_name(ctx, spans, i) and not (i and (hosted or _name_wrapped(above, line))):
            split = i
            name = []
        name.append(line)
    issuer = spans[split:]
    parent = spans[:split]
    if len(parent) == 1 and _stray_word(ctx.text[slice(*parent[0])]):
        parent = []  # a word alone above the body, no body's name of its own: what a stamp or a logo left
    ctx.fields.issuer = _without_specks(_joined(ctx, issuer))
    ctx.mark("issuer", issuer[0][0], issuer[-1][1])
    if parent:
        ctx.fields.parent_issuer = _without_specks(_joined(ctx, parent))
        ctx.mark("parent_issuer", parent[0][0], parent[-1][1])
    ctx.header_end = max(ctx.header_end, ctx.line_of(issuer[-1][1]) + 1)

