"""A parent body and the body under it printed on one line: apart by a dash or a rule
(``BỘ XÂY DỰNG - CỤC ĐƯỜNG BỘ VIỆT NAM``), or run together where a page flattened its header
(``BỘ CÔNG AN CÔNG AN TỈNH KON TUM``)."""

from __future__ import annotations

import re

from .context import Context
from .lexicon import lexicon
from .text import is_upper_line, key, strip_markup


def two_bodies(ctx: Context, s: int, e: int) -> list[tuple[int, int]]:
    """``BỘ XÂY DỰNG - CỤC ĐƯỜNG BỘ VIỆT NAM``: a parent body and its body on one line."""
    for m in re.finditer(r"\s+[-–—_]{1,3}\s+", ctx.text[s:e]):  # an OCR'd rule may read "-_"
        left, right = ctx.text[s:s + m.start()], ctx.text[s + m.end():e]
        if len(left.split()) >= 2 and is_upper_line(left) and lexicon().starts_with_head(right):
            return [(s, s + m.start()), (s + m.end(), e)]
    return _parent_then_body(ctx, s, e) or [(s, e)]


_ADMIN_WORDS = ("tinh", "thanh pho", "tp", "tp.", "huyen", "quan", "thi xa", "thi tran", "xa", "phuong", "tx.",
                "h.", "q.")
# the marks the administrative words carry as printed: ``QUẢN`` (of ``BAN QUẢN LÝ``) is no ``QUẬN``
_ADMIN_MARKED = {"tinh": "tỉnh", "thanh pho": "thành phố", "huyen": "huyện", "quan": "quận", "thi xa": "thị xã",
                 "thi tran": "thị trấn", "xa": "xã", "phuong": "phường"}


def admin_word_as_printed(unit: str, printed: str) -> bool:
    """Can ``printed`` be the administrative word whose key is ``unit``: printed with its marks, or
    with none (an OCR pass may lose them all), never with other ones?"""
    marked = _ADMIN_MARKED.get(unit)
    low = " ".join(printed.lower().split())
    return marked is None or low == marked or low == key(low)


# a Party committee, a Youth Union or an association named by its level (in folded words)
_LEVEL_HEAD = re.compile(r"(?:tinh|thanh|huyen|quan|thi) (?:uy|doan|hoi) ")


def _whole_name(words: list[str], printed: list[str] | None = None) -> bool:
    """Do these folded words make a body's whole name, so that a body under it may follow on the
    same line? It ends with a province's name (models/parse/provinces.tsv), ``Việt Nam`` or ``Trung
    ương`` or ``Nhà nước`` (``TỈNH ỦY HÀ TĨNH``, ``BAN CHẤP HÀNH TRUNG ƯƠNG``, ``KHO BẠC NHÀ NƯỚC``), is a ministry's, a
    central body's or a department's name (models/parse/agencies.tsv: ``SỞ XÂY DỰNG``), is a general department's (``TỔNG CỤC THỐNG KÊ``),
    or names a district, town or commune after its head (``UBND HUYỆN THỌ XUÂN``, ``UBND TX. ĐỒNG
    XOÀI``, ``HUYỆN ỦY CỦ CHI``). ``printed``: the words as printed, whose marks tell a place's name
    from a head (``BẢO LÂM`` is no ``BÁO``)."""
    lex = lexicon()
    text = " ".join(words)
    if len(words) < 2:
        return False
    if any(text.endswith(" " + end) for end in lex.name_endings | {"trung uong", "nha nuoc"}):
        return True
    agency = lex.agency_of_key(text)
    if agency is not None and (agency.level in ("central", "ministry") or agency.level == "local" and words[0] == "so"):
        return True  # a ministry's, a central body's or a department's (Sở) name
    if _LEVEL_HEAD.match(text) and 3 <= len(words) <= 6 and not lex.starts_with_head(" ".join(words[2:])):
        return True  # "HUYỆN ỦY CỦ CHI": a head that names its level, then the place's name
    if text.startswith("tong cuc ") and 3 <= len(words) <= 7 and not lex.starts_with_head(" ".join(words[2:])):
        return True  # "TỔNG CỤC THỐNG KÊ": a general department, the parent of its provincial departments
    if text.startswith("tong cong ty ") and 4 <= len(words) <= 9 and not lex.starts_with_head(" ".join(words[3:])):
        return True  # "TỔNG CÔNG TY ĐIỆN LỰC MIỀN NAM": a corporation, the parent of its companies
    for n in range(1, len(words) - 1):  # the head, an administrative unit, one to four words of its name
        for unit in _ADMIN_WORDS:
            size = len(unit.split())
            if words[n:n + size] == unit.split() and 1 <= len(words) - n - size <= 4 and (
                    printed is None or admin_word_as_printed(unit, " ".join(printed[n:n + size]))):
                rest = " ".join((printed or words)[n + size:])
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
        if n in inside or key(f"{words[n - 1].group()} {words[n].group()}") in lex.name_compounds:
            continue  # "… HẢI PHÒNG", "… XÃ HỘI": inside a name or a word, not a body's head
        if lex.head_re.match(" ".join(k[n:])) and _whole_name(k[:n], [w.group() for w in words[:n]]):  # a head as printed
            body = s + words[n].start()  # the body may have one under it too ("UBND TP. CẦN THƠ SỞ Y TẾ BỆNH VIỆN …")
            return [(s, s + words[n - 1].end())] + (_parent_then_body(ctx, body, e) or [(body, e)])
    return None



def ending_wrapped(ctx: Context, above: str | None, s: int, e: int) -> list[tuple[int, int]]:
    """A name whose ending wrapped onto the line of the body under it: ``HỘI KHUYẾN HỌC VIỆT`` /
    ``NAM TỈNH HỘI HƯNG YÊN``, ``UBND TỈNH BÀ RỊA -`` / ``VŨNG TÀU SỞ Y TẾ``. The words that end
    the name above (``Việt Nam`` or a province's name, models/parse/provinces.tsv, read across the
    break) are parted from the body's name that opens after them."""
    words = list(re.finditer(r"\S+", ctx.text[s:e]))
    if not above or not above.split() or len(words) < 3 or not is_upper_line(ctx.text[s:e]):
        return [(s, e)]
    lex = lexicon()
    last = [w for w in key(above).split() if w not in ("-", "–")]
    endings = {" ".join(w for w in end.split() if w != "-") for end in lex.name_endings}  # "bà rịa - vũng tàu"
    for n in (1, 2):  # the ending's words on this line
        if len(words) - n < 2:
            break
        tail = key(" ".join(w.group() for w in words[:n])).split()
        ends = any(" ".join(last[-m:] + tail) in endings for m in (1, 2) if len(last) >= m)
        rest = ctx.text[s + words[n].start():e]
        if ends and lex.starts_with_head(rest):
            return [(s, s + words[n - 1].end()), (s + words[n].start(), e)]
    return [(s, e)]


def unit_unnamed(above: str) -> bool:
    """Does ``above`` end with an administrative word, printed with its marks, whose name has
    wrapped onto the next line (``ỦY BAN NHÂN DÂN HUYỆN`` / ``PHONG ĐIỀN …``, ``VĂN PHÒNG UBND THÀNH
    PHỐ`` / ``…``)? A body's name never ends with ``HUYỆN`` or ``TỈNH`` alone."""
    printed = strip_markup(above).strip(" *_").split()
    for size in (2, 1):
        end = " ".join(printed[-size:]).lower()
        if len(printed) > size and end == _ADMIN_MARKED.get(key(end)):  # with its marks: HẢI QUAN is no QUẬN
            return is_upper_line(above, 0.7)
    return False


def host_level(line: str) -> bool:
    """Is ``line`` only the level of the committee that hosts the body above (``BAN TUYÊN GIÁO`` /
    ``TỈNH ỦY``, ``VĂN PHÒNG`` / ``HUYỆN ĐOÀN``): no body's whole name on its own?"""
    return bool(_LEVEL_HEAD.fullmatch(key(strip_markup(line)).strip(" *_") + " "))


def doubtful_head(above: str, line: str) -> bool:
    """Does ``line`` open with a head's letters printed without its marks (``PHONG`` for ``PHÒNG``)
    while the words after it carry theirs (``PHONG NHA - KẺ BÀNG``, ``PHONG ĐIỀN``), under a line that
    is no body's whole name? Then it is a place's name wrapped from above, not a new body."""
    lex = lexicon()
    text = " ".join(strip_markup(line).split())
    m = lex.head_re.match(key(text))
    if m is None or not is_upper_line(above, 0.7):
        return False
    head, rest = text[:len(m.group(0))], text[len(m.group(0)):]
    forms = lex.head_forms(m.group(0))
    if head.lower() != key(head) or not forms or all(f == key(f) for f in forms):
        return False  # printed with marks, or a head that has none (``BAN``)
    if rest.lower() == key(rest):
        return False  # no marks on the line at all: an OCR pass may have lost them
    above_words = strip_markup(above).split()
    return not _whole_name(key(" ".join(above_words)).split(), above_words)
