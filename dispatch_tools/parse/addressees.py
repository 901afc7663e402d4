"""Addressees: ``Kính gửi: X`` on one line, or ``Kính gửi:`` and a dash list (part 6); the
entries after ``… điện:`` in a công điện."""

from __future__ import annotations

import re

from .context import Context
from .issuer import is_header_mark
from .lexicon import lexicon
from .name_end import name_end
from .text import LIST_DASH, is_upper_line, key, load_list, trim_item
from ..i18n import _

# specks an OCR pass read before it (``-'Kính gửi:``) aside
KINH_GUI = re.compile(r"^[ \t\-–—*_'`.,|~]*K[i1l]\w{1,2}[ \t]+g\w{1,3}[ \t]*:", re.IGNORECASE)
CONG_DIEN = re.compile(r"\bdien\s*:\s*$", re.IGNORECASE)
DASH = LIST_DASH
# a word the name (or any sentence) must go on after ("… của", "… thuộc", "… với"), on a folded text;
# "trực thuộc" ends one ("Các cơ sở Đoàn trực thuộc"). The page renderer reads a heading's end with it.
CONNECTOR_END = re.compile(r"(?:\b(?:va|hoac|cua|cac|tai|o|(?<!truc\s)thuoc|ve|voi|cho|trong|theo|nhung)|[,&/–-])\s*$",
                           re.IGNORECASE)
# a name that ends on the kind of unit whose name follows ("Ủy ban nhân dân tỉnh" / "Hà Nam")
_UNIT_END = re.compile(r"\b(?:tinh|huyen|quan|thi\s+xa|xa|phuong|thi\s+tran|thanh\s+pho|tp\.?)\s*$", re.IGNORECASE)


def _place_alone(t: str) -> bool:
    """Is ``t`` a place's name alone on its line (``Hà Nam``, ``Bà Rịa - Vũng Tàu.``): a few words, each
    capitalised, no body's name (``Sở Y tế``, the next addressee)?"""
    words = re.findall(r"[^\W\d_]+", t)
    return 0 < len(words) <= 4 and all(w[0].isupper() for w in words) and not _opens_body(t)


def _finishes_name(last: str, t: str) -> bool:
    """Does the short line ``t`` finish the name the line above left open: a province's name or
    ``Việt Nam`` wrapped inside (``… tỉnh Tây`` / ``Ninh``, ``… tỉnh Thừa Thiên`` / ``Huế``), or ``Trung
    ương`` or a province's name after ``trực thuộc`` (``… các tỉnh, thành phố trực thuộc`` / ``Trung
    ương``)? Names read across the break from models/parse/provinces.tsv: a line that names a body
    (the next addressee) finishes none. A name that ends on the kind of unit whose name follows takes a
    place's name alone on its line (``Ủy ban nhân dân tỉnh`` / ``Hà Nam``)."""
    if _UNIT_END.search(key(last)) and _place_alone(t):
        return True
    words = re.findall(r"[^\W\d_]+", t)
    if not 0 < len(words) <= 4 or not words[0][0].isupper():
        return False
    above = [w for w in key(last).split() if w not in ("-", "–")]
    tail = [w for w in key(t).split() if w not in ("-", "–")]
    tail[-1:] = [tail[-1].rstrip(".;,")] if tail else []
    endings = lexicon().name_endings | {"trung uong"}
    if above[-2:] == ["truc", "thuoc"]:
        return " ".join(tail) in endings
    return any(" ".join(above[-m:] + tail) in endings for m in (1, 2) if len(above) > m)


# a request or a notice made in small letters: the line is the body's first sentence, no wrapped name ("Ban
# Thường vụ Huyện đoàn đề nghị các cơ sở Đoàn …"); a data file (models/parse/addressee_body_verbs.txt)
_ASKS_IN_LINE = re.compile(r"(?<![\w])(?:" + "|".join(r"\s+".join(map(re.escape, w.split()))
                                                      for w in load_list("addressee_body_verbs.txt")) + r")(?![\w])")


def extract(ctx: Context) -> None:
    found = _find_cue(ctx)
    if found is None:
        if ctx.fields.doc_type == "Công văn":
            ctx.warn(_("no addressees (Kính gửi: …) found"))
        ctx.body_start = ctx.header_end
        return
    line_index, rest_start = found
    entries = _collect(ctx, line_index, rest_start)
    body_on_line = _body_on_cue_line(ctx, line_index, rest_start)
    if body_on_line is not None and entries:  # "Kính gửi: Ông (Bà) Hiệu trưởng …. Thực hiện …"
        entries = [(entries[0][0], body_on_line)]
        ctx.body_start = line_index
        for part_s, part_e in _split_semicolons(ctx, *entries[0]):
            item = trim_item(_BRACKET_SPECK.sub("\n", ctx.text[part_s:part_e]))
            if item and re.search(r"\w", item):
                ctx.fields.recipients.append(item)
                ctx.mark("recipient", part_s, part_e)
        return
    last_line = line_index
    for s, e in entries:
        for part_s, part_e in _split_semicolons(ctx, s, e):
            item = trim_item(_BRACKET_SPECK.sub("\n", ctx.text[part_s:part_e]))
            if item and re.search(r"\w", item):
                ctx.fields.recipients.append(item)
                ctx.mark("recipient", part_s, part_e)
        last_line = max(last_line, ctx.line_of(e))
    ctx.body_start = max(ctx.header_end, last_line + 1)


def _find_cue(ctx: Context) -> tuple[int, int] | None:
    limit = min(len(ctx.lines), ctx.header_end + 40)
    for cue in ctx.cues_in("KINH_GUI", 0, ctx.offset(limit)):
        i = ctx.line_of(cue.start)
        m = re.compile(r"\s*:?").match(ctx.text, cue.end)
        return i, m.end()
    for i in range(0, limit):
        line = ctx.lines[i]
        m = KINH_GUI.match(line.folded)
        if m:
            return i, line.start + m.end()
    if ctx.fields.doc_type == "Công điện":
        for i in range(0, limit):
            # the sender's line ("THỦ TƯỚNG CHÍNH PHỦ điện:"), not the type's title with a speck
            # read after it as a colon ("CÔNG ĐIỆN:")
            if CONG_DIEN.search(ctx.lines[i].folded) and key(ctx.lines[i].stripped).rstrip(" :.") != "cong dien":
                return i, ctx.lines[i].end
    return None


def _collect(ctx: Context, line_index: int, rest_start: int) -> list[tuple[int, int]]:
    """Spans of the entries, each possibly over several lines."""
    lex = lexicon()
    entries: list[list[int]] = []
    first = ctx.lines[line_index]
    rest = ctx.text[rest_start:first.end]
    dash_mode = False
    if rest.strip(" \t-–—_.,;:"):
        s = rest_start + len(rest) - len(rest.lstrip())
        entries.append([s, first.content_end])
        dash_mode = bool(DASH.match(rest))
    elif rest.strip():
        dash_mode = True  # "Kính gửi: -": the list starts on the next line
    seen_blank = False
    cue_column = first.column
    for j in range(line_index + 1, min(len(ctx.lines), line_index + 40)):
        line = ctx.lines[j]
        if line.column == "right" and (not entries or cue_column != "right"):
            continue  # the right header column, emitted after the left one or among the entries
        if line.blank:
            if entries and not dash_mode and not _goes_on(ctx, entries[-1], j) and not _list_goes_on(ctx, entries[-1]):
                break
            seen_blank = True
            continue
        t = line.stripped
        k = key(t.lstrip("_-–—=~.,'`| "))  # "_ Căn cứ …": a speck before the body's first words
        if is_header_mark(line.folded):
            continue  # the right header column, put among the entries by the reading order
        if lex.body_start_re.match(k) and not DASH.match(t):
            break
        speck_dash = dash_mode and entries and _SPECK_DASH.match(t) and \
            ctx.text[entries[-1][0]:entries[-1][1]].rstrip().endswith(";")  # "_= Ủy ban …": a dash read as specks
        if DASH.match(t) or speck_dash:
            if entries and dash_mode and _ends_list(ctx.text[entries[-1][0]:entries[-1][1]]) \
                    and not _stops_each(ctx, entries, line):
                break
            if entries and (_DASH_BRACKET.match(t) or dash_mode and _hyphen_wrapped(ctx, entries, j)):
                entries[-1][1] = line.content_end  # "- (Việt Nam)", "Lao động" / "- Thương binh và Xã hội"
                continue
            entries.append([line.content_start, line.content_end])
            dash_mode = True
            seen_blank = False
            continue
        if not entries:
            if len(t) > 120:
                break
            entries.append([line.content_start, line.content_end])
            continue
        last = ctx.text[entries[-1][0]:entries[-1][1]].rstrip()
        if _ends_list(last) or dash_mode and _body_after_stop(ctx, entries[-1], t):
            break
        if last.endswith(";") and len(t) <= 300:  # the next entry, its dash lost ("…;" / "Ban VHTT 13 phường.")
            entries.append([line.content_start, line.content_end])
            seen_blank = False  # its own lines may wrap ("… trực thuộc" / "Trung ương.")
            continue
        if len(t) > 150 or _ASKS_IN_LINE.search(t):
            break
        if seen_blank and dash_mode and t[0].islower() and not last.endswith((";", ".")):
            entries[-1][1] = line.content_end  # an entry wrapped, a blank line read between its parts
            continue
        if seen_blank and dash_mode and _bare_entry(ctx, j):
            entries.append([line.content_start, line.content_end])  # its dash lost, as the next ones'
            seen_blank = False
            continue
        if seen_blank and dash_mode:
            break
        if (dash_mode or not rest.strip()) and not any(DASH.match(ctx.text[a:b]) for a, b in entries[1:]) and \
                _bare_run(ctx, entries[-1], j, 0 if len(entries) > 1 else 1):
            entries.append([line.content_start, line.content_end])  # its dash lost, no blank line between
            continue
        if dash_mode and len(t) < 80 and not last.endswith((";", ",", ":")):
            entries[-1][1] = line.content_end  # an entry wrapped: it has not ended yet
            continue
        starts_low = t[0].islower() or t[0] in "(&"
        if starts_low or CONNECTOR_END.search(key(last)) or _finishes_name(last, t) or last.count("(") > last.count(")") or (
                is_upper_line(last) and is_upper_line(t)) or _wrapped_before_body(ctx, entries, j):
            entries[-1][1] = line.content_end
            continue
        break
    return [(s, e) for s, e in entries]


def _body_after_stop(ctx: Context, entry: list[int], t: str) -> bool:
    """Does line ``t``, right under the last entry of a dashed list, open the body, the blank line
    between them lost by an OCR pass (``- Cục Chăn nuôi và Thú y.`` / ``Thời gian gần đây, …``)?
    The entry ended with a full stop on a short line, which a name wrapped there would have run
    to the column's width, and the line opens with a capital and is longer than it, as a
    paragraph's first line is (``- UBND TP.`` / ``Hồ Chí Minh.`` is a name wrapped)."""
    text = ctx.text[entry[0]:entry[1]].rstrip()
    last_line = ctx.lines[ctx.line_of(entry[1])].stripped
    return (text.endswith(".") and text.count("(") <= text.count(")") and t[:1].isupper()
            and len(t) >= 40 and len(last_line) < len(t))


def _list_goes_on(ctx: Context, entry: list[int]) -> bool:
    """Does an entry end with ``;``, so that the list goes on after a blank line (entries whose dashes
    were lost, one a paragraph)?"""
    return ctx.text[entry[0]:entry[1]].rstrip().endswith(";")


_BRACKET_SPECK = re.compile(r"\n[ \t]*[-–—_=~.]{1,3}[ \t]*(?=\()")  # the speck dropped from the entry's text
_DASH_BRACKET = re.compile(r"^[ \t]*[-–—_=~.]{1,3}[ \t]*\(")  # "-_ (Việt Nam)": a speck before a bracket


def _hyphen_wrapped(ctx: Context, entries: list[list[int]], j: int) -> bool:
    """Is the dash opening line ``j`` the hyphen of a name wrapped there (``… Lao động`` /
    ``- Thương binh và Xã hội, …``)? Only in a list whose entries end with ``;`` when the entry
    before has not ended and its last line ran the full width."""
    last = ctx.text[entries[-1][0]:entries[-1][1]].rstrip()
    if len(entries) < 2 or last.endswith((";", ".", ",", ":")):
        return False
    if not all(ctx.text[s:e].rstrip().endswith(";") for s, e in entries[:-1]):
        return False
    prev = ctx.lines[ctx.line_of(entries[-1][1])]
    return len(prev.stripped) >= 45 and ctx.lines[j].stripped[1:2] == " " and ctx.lines[j].stripped[2:3].isupper()


def _wrapped_before_body(ctx: Context, entries: list[list[int]], j: int) -> bool:
    """Is line ``j`` the second line of a single addressee, the body opening right under it
    (``Ban Chỉ đạo … các dân tộc thiểu số`` / ``Việt Nam các tỉnh, thành phố …`` / ``Căn cứ …``)?"""
    last = ctx.text[entries[-1][0]:entries[-1][1]].rstrip()
    t = ctx.lines[j].stripped
    if len(entries) != 1 or last.endswith((".", ";", ":")) or t.endswith(":") or len(t) >= 80 or \
            ctx.line_of(entries[-1][1]) != j - 1 or j + 1 >= len(ctx.lines) or ctx.lines[j + 1].blank:
        return False
    return lexicon().body_start_re.match(key(ctx.lines[j + 1].stripped)) is not None


def _bare_entry(ctx: Context, j: int, depth: int = 0) -> bool:
    """Is line ``j``, after a blank line in a list of dashed entries, an entry whose dash was lost
    (``Kính gửi: - Hội Nông dân các tỉnh`` / ``Các cơ quan, tổ chức nghiên cứu`` / ``Căn cứ …``)? A
    short line in capitalised case that stands alone between blank lines, no sentence ended, with
    the body's opener or another such line under it; a paragraph wrapped goes on on the next line."""
    t = ctx.lines[j].stripped
    if len(t) >= 80 or not t[0].isupper() or t.endswith((".", ":", "!")) or _ASKS_IN_LINE.search(t) \
            or lexicon().body_start_re.match(key(t)) or DASH.match(t):
        return False
    if j + 1 < len(ctx.lines) and not ctx.lines[j + 1].blank:
        return False
    nxt = ctx.next_nonblank(j + 1, min(len(ctx.lines), j + 4))
    if nxt is None:
        return False
    if lexicon().body_start_re.match(key(ctx.lines[nxt].stripped)):
        return True
    return depth < 4 and _bare_entry(ctx, nxt, depth + 1)


def _bare_run(ctx: Context, entry: list[int], j: int, more: int, depth: int = 0) -> bool:
    """Is line ``j``, right under an entry of a dashed list (or of a list under ``Kính gửi:`` alone on
    its line), the next entry with its dash lost
    (``Kính gửi: - Hội Nông dân các tỉnh, thành phố`` / ``Các cơ quan, tổ chức nghiên cứu`` /
    ``Căn cứ …``)? A short line in capitalised case, no sentence ended, under an entry that has
    ended (no comma, connecting word or open bracket at its end) and whose last line is no longer
    than it (a wrap leaves the shorter part for the next line) unless both open with a body's head
    (``Sở Tài chính`` / ``Sở Nội vụ``), with the body's opener or another
    such line right under it; ``more`` such lines at least under the first (a name wrapped once
    leaves one line, ``Ban Quản lý`` / ``Các khu công nghiệp tỉnh``). Only where no entry after the
    first keeps its dash: a page that keeps its dashes wraps an entry onto a line with none."""
    t = ctx.lines[j].stripped
    if len(t) >= 80 or not t[0].isupper() or t.endswith((".", ":", "!", ",")) or _ASKS_IN_LINE.search(t) \
            or lexicon().body_start_re.match(key(t)) or DASH.match(t):
        return False
    text = ctx.text[entry[0]:entry[1]].rstrip()
    if not text or text.count("(") > text.count(")") or CONNECTOR_END.search(key(text)):
        return False
    prev = ctx.lines[ctx.line_of(entry[1])]
    if len(ctx.text[max(entry[0], prev.content_start):entry[1]].strip()) > len(t) and not (
            _opens_body(t) and _opens_body(text)):
        return False
    if j + 1 >= len(ctx.lines):
        return False
    if ctx.lines[j + 1].blank:  # the list's last entry, the body a blank line under it
        nxt = ctx.next_nonblank(j + 1, min(len(ctx.lines), j + 4))
        return more <= 0 and nxt is not None and lexicon().body_start_re.match(key(ctx.lines[nxt].stripped)) is not None
    if lexicon().body_start_re.match(key(ctx.lines[j + 1].stripped)):
        return more <= 0
    line = ctx.lines[j]
    return depth < 4 and _bare_run(ctx, [line.content_start, line.content_end], j + 1, more - 1, depth + 1)


def _opens_body(text: str) -> bool:
    """Does ``text`` (a dash before it dropped) open with a body's head (``Sở``, ``Ủy ban``, ``Các cơ
    quan``), not a word that goes on a name (``Phòng, chống …``)?"""
    k = key(DASH.sub("", text, count=1))
    return bool(lexicon().body_noun_re.match(k)) and not lexicon().not_body_re.match(k)


_SPECK_DASH = re.compile(r"^[_=~.,'`|]{1,3}[ \t]+(?=[^\W\d_])")


def _goes_on(ctx: Context, entry: list[int], j: int) -> bool:
    """Does a single addressee go on after the blank line ``j`` (a centred line wrapped, read with
    blank lines between its parts)? Only when it has not ended: a bracket left open, a comma or
    a connecting word at its end, or a next line in lower case or opening a bracket."""
    nxt = ctx.next_nonblank(j, min(len(ctx.lines), j + 3))
    if nxt is None:
        return False
    text = ctx.text[entry[0]:entry[1]].rstrip()
    t = ctx.lines[nxt].stripped
    if _DASH_BRACKET.match(t) and not text.endswith((".", ";")):
        return True  # "-_ (Việt Nam)": the name's bracket, a speck before it
    if not t or lexicon().body_start_re.match(key(t)) or DASH.match(t) or text.endswith((".", ";")) and not \
            re.search(r"\b[A-Za-zĐđ]{1,2}\.$", text):
        return text.count("(") > text.count(")") and not lexicon().body_start_re.match(key(t))
    return (text.count("(") > text.count(")") or bool(CONNECTOR_END.search(key(text)))
            or t[0].islower() or t[0] == "(")


def _body_on_cue_line(ctx: Context, line_index: int, rest_start: int) -> int | None:
    """Where the body starts on the line of ``Kính gửi:`` when a page ran them together: a full
    stop followed by the opening of a paragraph (``Thực hiện …``, ``Căn cứ …``)."""
    line = ctx.lines[line_index]
    for m in re.finditer(r"[.;]\s+(?=\S)", ctx.text[rest_start:line.end]):
        after = rest_start + m.end()
        if lexicon().body_start_re.match(key(ctx.text[after:after + 40])) and (
                len(ctx.text[after:line.end]) > 40 or len(ctx.text[after:line.end].split()) >= 2):
            return rest_start + m.start() + 1
    return None


def _ends_list(entry: str) -> bool:
    """The last entry ends with a full stop, not one an OCR speck put after ``;`` (``… ;.``)
    nor that of an abbreviation (``P. Láng Thượng, Q.``)."""
    entry = entry.rstrip()
    if entry.count("(") > entry.count(")"):
        return False  # a bracket still open: "(Đ/c: …, P. Láng Thượng, q." / "Đống Đa, Hà Nội)"
    return entry.endswith(".") and not re.search(r"(?:;\s*\.+|\b[A-ZĐa-zđ]{1,2}\.)$", entry)


def _stops_each(ctx: Context, entries: list[list[int]], line) -> bool:
    """Does a list print a full stop after every entry (``- Sở Tài chính.`` / ``- Sở Nội vụ.``), so that
    the dashed ``line`` under one is the next entry, not the body's first item? Every entry so far ends
    with a full stop and is a body's name, and the line is another: short, opening with a body's head,
    a name to its end (no verb after it: ``- Sở Y tế triển khai …`` is an item), asking nothing."""
    t = line.stripped
    if len(t) >= 80 or not _opens_body(t) or _ASKS_IN_LINE.search(t):
        return False
    name = ctx.text[line.content_start:line.content_end].rstrip(" .;")
    start = line.content_start + len(name) - len(DASH.sub("", name, count=1).lstrip())
    end = line.content_start + len(name)
    if name_end(ctx.text, ctx.folded, start, end) < end:
        return False
    return all(ctx.text[a:b].rstrip().endswith(".") and _opens_body(ctx.text[a:b]) for a, b in entries)


_COLON_DASH = re.compile(r":[ \t]*[-–][ \t]*(?=[A-ZĐÀ-Ỹ])")


def _split_semicolons(ctx: Context, start: int, end: int) -> list[tuple[int, int]]:
    text = ctx.text[start:end]
    parts, pos = [], 0
    depth = 0
    for i, ch in enumerate(text):
        if ch in "(“":
            depth += 1
        elif ch in ")”" and depth:
            depth -= 1
        elif ch == ":" and depth == 0 and _COLON_DASH.match(text, i):
            parts.append((start + pos, start + i))  # "Bộ Xây dựng:- Ủy ban …": two lines read as one, ";" as ":"
            pos = i + 1
        elif ch == ";" and depth == 0:
            nxt = text[i + 1:].lstrip(" \t-–")
            if nxt[:1].islower():
                continue  # "Các nhà khoa học, nghiên cứu; phóng viên, nhà báo": one entry
            parts.append((start + pos, start + i))
            pos = i + 1
    parts.append((start + pos, end))
    return [(s, e) for s, e in parts if ctx.text[s:e].strip(" \t\n;.,-")]
