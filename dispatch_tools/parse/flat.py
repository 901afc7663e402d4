"""A page whose text lost its line breaks (a PDF's text dumped by a web site, a forum that
flattened the page: the whole head, body and foot on one line) gets them back where the head and
the foot break for sure, so that the header and foot rules read it as they read any page.

Only spaces become line breaks, so the text keeps its length and every offset (spans, sources,
the repair's changes) stays valid. A line is taken as flattened when it is long and opens with a
dispatch's head (a national title or motto, or a number after ``Số``, within its first 600
characters). Breaks go before the national title and the motto, the number, the place and date and
after them, a type's title, the subject's ``V/v`` and its end (:mod:`.flat_head`), ``Kính gửi`` and
each of its entries and the body's first sentence after them, the body's closing ``./.``, ``Nơi
nhận`` and each of its entries, and the signature block's authority prefix, title and name
(:mod:`.flat_foot`). A page with no head that opens with its type's name, or that prints legal bases
above its head, is read the same way. The body between them stays as it was."""

from __future__ import annotations

import re

from ..vntext import strip_diacritics
from .header_lines import BLANK_DATE, HEADER_DATE, NUMBER, place_start
from .flat_foot import (bare_title_cuts, copy_cuts, copy_start, entry_head_cuts, entry_tail_cuts, foot_cuts,
                        foot_start, name_in_entry, noi_nhan)
from .flat_wrapped import head_joined, joined
from .flat_head import addressees_end, dash_entries, opening_type, subject_cuts, type_opening_cuts
from .lexicon import lexicon
from .text import broken_at, key, lines_at

FLAT_LENGTH = 300  # a line longer than this that opens with a head is a flattened page

_HEAD = re.compile(r"C ?O?NG HOA XA H|DANG CONG SAN VIET NAM|DOAN TNCS HO CHI MINH|\bS[o0]? ?: ?\d", re.IGNORECASE)
# the number of a Party's or a mass organisation's dispatch, no colon ("… TRUNG ƯƠNG * Số 664 - CV/HNDTW")
_PARTY_NUMBER = re.compile(r"\bSo \d{1,5} ?- ?[A-Z]{1,6}/[A-Z]")
# a national title in capitals after the legal bases a decision printed above its head (``- Căn cứ …
# THỦ TƯỚNG CHÍNH PHỦ CỘNG HÒA XÃ HỘI …``)
_TITLE_LATE = re.compile(r"C ?O?NG HOA XA HOI CHU NGHIA VIET NAM")
# before each of these (in folded text): the national title (also with glyphs lost, "C NG HOÀ"),
# the motto, the Party and Youth Union titles, the number, V/v, Kính gửi, Nơi nhận
_BEFORE = re.compile(
    r"(?<= )(?:C ?O?NG HOA XA H|(?:D?oc l ?a?p|c l p) - T\w* do|DANG CONG SAN VIET NAM|DOAN TNCS HO CHI MINH"
    r"|S[o0]? ?:? ?\d{1,5} ?[/-]|V/[vV]\b|Ve viec\b|K[iI]nh g[uo]i\b|N[o0]i nh\w{1,2}n ?:|NOI NHAN\b"
    r"|(?:TM|KT|TL|TUQ|Q)\. ?(?!(?:TM|KT|TL|TUQ)\.)[A-Z]{2})")  # "- Lưu: VT, TL. KT. GIÁM ĐỐC": TL is a unit's code
_RULE = re.compile(r"(?<= )[-_*=]{3,}(?= )")
_ENTRY = re.compile(r"(?<=[;:.,] )[-+] ")  # "… tỉnh; - Các Bộ: …", "+ Các Bộ": an entry of a list after the last one
_CLOSING = re.compile(r"\./\.(?= )")
_MOTTO_END = re.compile(r"T\w* ?do ?[-–] ?H ?\w*nh ph\w*c(?= [^-_*=\s/])")  # not before a symbol: "Số: /TTr-VPCP"
_NUMBER = re.compile(rf"\bS[o0]? ?:? ?{NUMBER}(?= [A-Z])")
# the national title's two halves apart, the left column's words between them (``TỔNG CỤC THUẾ CỘNG HÒA XÃ
# HỘI CỤC THUẾ TỈNH … CHỦ NGHĨA VIỆT NAM``: a head whose two columns were read row by row): a break
# after the first half and one before the second
_TITLE_FIRST = re.compile(r"C ?O?NG HOA XA HOI\**(?= (?!\**CHU NGHIA))")
_TITLE_SECOND = re.compile(r"(?<!XA HOI)(?<!XA HOI\*\*) \**CHU NGHIA VIET NAM")
_CAPS_THEN_NAME = re.compile(r"(?<=[A-Z]{2}) (?=[A-Z][a-z]+ [A-Z][a-z]+)")  # "PHÓ GIÁM ĐỐC Lâm Quốc Bảo"


# a line that opens with ``Nơi nhận``, or ends with it (the body's last line before the foot's rows)
_FOOT_LINE = re.compile(r"^[ *-]*Noi nh|\bN[o0]i nh\w{1,2}n ?:\s*$")


def _flattened(text: str, start: int, line: str) -> bool:
    """Whether ``line`` (at ``start`` in ``text``) is a page that lost its line breaks."""
    return len(line) > FLAT_LENGTH and bool(_HEAD.search(strip_diacritics(line[:600]))
                                            or _PARTY_NUMBER.search(strip_diacritics(line[:300]))
                                            or _TITLE_LATE.search(strip_diacritics(line[:1500]))
                                            or not text[:start].strip() and opening_type(strip_diacritics(line)))


def with_line_breaks(text: str) -> str:
    """``text`` with its flattened lines broken again (the same length, spaces become breaks)."""
    breaks, foot = [], False
    text = head_joined(joined(text, _flattened))  # a page hard-wrapped: its head's lines joined again
    for start, line in lines_at(text):
        if _flattened(text, start, line):
            cuts = _breaks(line)
            foot = foot or noi_nhan(strip_diacritics(line)) >= 0  # its rows below it, broken at runs of spaces
        else:  # below Nơi nhận: an entry with the signature's column merged before or after it by one space
            foot = foot or _FOOT_LINE.search(strip_diacritics(line)) is not None
            cuts = entry_tail_cuts(line) + entry_head_cuts(line) + _copy_breaks(line) if foot else []
            cuts += signature_line_cuts(line)
        breaks += [start + pos for pos in cuts]
    return broken_at(text, breaks)


# a signature block's prefix and its capacity in capitals at a line's start ("TM. ỦY BAN NHÂN DÂN …")
_BLOCK_LINE = re.compile(r"^[ \t*_]*(?:(?:TM|KT|TL|TUQ|Q)\. ?|K/T ?|T/M ?)[A-Z]{2,} [A-Z]{2,}")


def signature_line_cuts(line: str) -> list[int]:
    """A signature block printed on one line of a page that kept its other breaks (``TM. ỦY BAN NHÂN
    DÂN CHỦ TỊCH (Đã ký) Rah Lan Chung``, ``KT. BỘ TRƯỞNG THỨ TRƯỞNG Nguyễn Văn Sinh Nơi nhận: …``):
    broken as a flattened foot is (:func:`.flat_foot.foot_cuts`), when the line opens with the prefix
    and its capacity in capitals and goes on in small letters (a name, ``(Đã ký)``, ``Nơi nhận``) with
    no column's gap in it."""
    folded = strip_diacritics(line)
    if not _BLOCK_LINE.match(folded) or re.search(r"\t| {2,}", line.strip()) or not re.search(r"[a-z]", folded):
        return []
    return [c for c in foot_cuts(line, folded, 0) if 0 < c < len(line) and line[c] == " "]


# a task table's header written with pipes: "| STT | Nội dung | Cơ quan chủ trì | … |"
_PIPE_HEAD = re.compile(r"(?:(?<= )|^)\| ?(?:STT|TT|So TT) ?\|", re.IGNORECASE)


_PIPE_RULE_ROW = re.compile(r"\|(?:\s*:?-{2,}:?\s*\|)+")


def pipe_table_cuts(folded: str) -> list[int]:
    """Breaks around the rows of a table written with pipes that lost its line breaks (``… CỤ THỂ | STT |
    Nội dung | Thời gian | | 1 | Rà soát … | Quý III/2026 | III. TỔ CHỨC …``): before the header, and
    after every row's closing pipe, each row holding as many cells as the header (a cell may be empty)."""
    cuts = []
    for head in _PIPE_HEAD.finditer(folded):
        pipes = [head.start()]
        pos = head.start()
        while True:
            nxt = folded.find("|", pos + 1)
            if nxt < 0 or nxt - pos > 400:
                break
            pipes.append(nxt)
            if folded[nxt + 1:nxt + 3] == " |":
                break  # "| |": the header's closing pipe, then the first row's opening one
            pos = nxt
        cells = len(pipes) - 1
        if cells < 3:
            continue
        if head.start() > 0:
            cuts.append(head.start() - 1)
        row_end = pipes[-1]
        while True:
            cuts.append(row_end + 1)
            start = row_end + 2
            rule = _PIPE_RULE_ROW.match(folded, start)
            if rule:  # the rule under the header: "|---|---|"
                row_end = rule.end() - 1
                continue
            if not re.match(r"\| ?\d{1,3}\.? ?\|", folded[start:start + 8]):
                break
            pos, count = start, 0
            while count < cells:
                nxt = folded.find("|", pos + 1)
                if nxt < 0 or nxt - pos > 1500:
                    return cuts
                pos, count = nxt, count + 1
            row_end = pos
    return cuts


# a task table's header with its cells apart by tabs: "STT\tNội dung\tCơ quan chủ trì\t…"
_TAB_HEAD = re.compile(r"(?:(?<= )|^)(?:STT|TT|So TT)\t", re.IGNORECASE)
# what follows a table's last row: a part's or an item's number and a capital ("III. TỔ CHỨC …", "2. Giao …")
_AFTER_TABLE = re.compile(r" (?=(?:[IVX]{1,4}|\d{1,2})\. ?[A-Z])")


def tab_table_cuts(folded: str) -> list[int]:
    """Breaks around the rows of a table whose cells are apart by tabs (a DOCX table) once its line breaks
    are lost: before the header and before each row's number (``… Thời hạn 1\tRà soát …\tQuý III/2026
    2\tKiểm tra …``), and after the last row's last cell, before the number of what follows."""
    cuts = []
    for head in _TAB_HEAD.finditer(folded):
        first = re.compile(r" 1\t").search(folded, head.end())
        if first is None or "\n" in folded[head.start():first.start()]:
            continue
        cells = folded.count("\t", head.start(), first.start()) + 1
        if cells < 3:
            continue
        if head.start() > 0:
            cuts.append(head.start() - 1)
        start, n = first.start(), 1
        while True:
            cuts.append(start)
            pos = start + 1
            for _ in range(cells - 1):
                pos = folded.find("\t", pos + 1)
                if pos < 0:
                    return cuts
            nxt = re.compile(rf" {n + 1}\t").search(folded, pos, pos + 1500)
            if nxt is None:
                after = _AFTER_TABLE.search(folded, pos, pos + 300)
                if after:
                    cuts.append(after.start())
                break
            start, n = nxt.start(), n + 1
    return cuts


def _head_start(folded: str) -> int:
    """Where the head starts: 0, or, when the national title comes late (after legal bases printed
    above the head), at the words in capitals before it (``… năm 2026. THỦ TƯỚNG CHÍNH PHỦ CỘNG HÒA
    …``)."""
    if _HEAD.search(folded[:600]):
        return 0
    title = _TITLE_LATE.search(folded, 0, 1500)
    caps = re.search(r"(?<=[.;] )(?:[A-Z]{1,}[ -]+)+$", folded[:title.start()]) if title else None
    return caps.start() if caps else 0


def _entries(line: str, folded: str, base: int) -> list[int]:
    """Breaks before the entries of the addressees (up to the one that ends with a full stop) and
    of the distribution; a list of the body is left as it is."""
    cuts = []
    head = re.compile(r"K[iI]nh g[uo]i\b|\bdien ?:").search(folded, 0, base + 3000)
    if head:
        end = addressees_end(line, folded, head.end(), len(folded))
        cuts += [m.start() - 1 for m in _ENTRY.finditer(folded, head.end(), end if end > 0 else len(folded))]
        cuts += dash_entries(line, folded, head.end(), end if end > 0 else len(folded))
        if end > 0:
            cuts.append(end)  # the body's first paragraph after the last addressee
    foot = noi_nhan(folded)
    if foot >= 0:
        cuts += [m.start() - 1 for m in _ENTRY.finditer(folded, foot)]
    return cuts


def _copy_breaks(line: str) -> list[int]:
    """A copy's own block run on after an entry of ``Nơi nhận`` (``- Lưu: VT, VP. ỦY BAN NHÂN DÂN TỈNH …
    VĂN PHÒNG Số: 996/SY-VP SAO Y …``): breaks before it and inside it (:func:`.flat_foot.copy_start`)."""
    folded = strip_diacritics(line)
    copy = copy_start(line, folded, 0)
    return _copy_block_cuts(folded, copy) if copy > 0 else []


def _copy_block_cuts(folded: str, copy: int) -> list[int]:
    """The breaks of a copy's own block starting at ``copy``: before it, before its number, ``Nơi
    nhận`` and prefixes (:data:`_BEFORE`), and around its mark (:func:`.flat_foot.copy_cuts`)."""
    return [c for c in [m.start() - 1 for m in _BEFORE.finditer(folded, copy)] + copy_cuts(folded, copy)
            if copy - 1 <= c < len(folded)]


# the marks of bold type around words (``**TM. ỦY BAN NHÂN DÂN** **CHỦ TỊCH**``), not a Party head's ``*``
_BOLD = re.compile(r"\*{2,}(?=\S)|(?<=\S)\*{2,}")
_SPACES = re.compile(r"(?<= ) +")  # a run of spaces, its first kept (the gap between two columns' words)


def _breaks(line: str) -> list[int]:
    """The positions of the spaces of one flattened line to turn into line breaks. They are found on
    the line with its bold type's marks taken out and its runs of spaces made one (the page's words as
    the rules know them), and a copy's own block after the foot (:func:`.flat_foot.copy_start`) apart
    from the page it copies."""
    plain, where = "", []
    last = 0
    for m in sorted([*_BOLD.finditer(line), *_SPACES.finditer(line)], key=lambda m: m.start()):
        plain += line[last:m.start()]
        where += range(last, m.start())
        last = m.end()
    plain += line[last:]
    where += range(last, len(line))
    folded = strip_diacritics(plain)
    copy = copy_start(plain, folded, foot_start(folded))
    if copy > 0:
        cuts = _page_breaks(plain[:copy]) + _copy_block_cuts(folded, copy)
    else:
        cuts = _page_breaks(plain)
    return sorted({where[p] for p in cuts} | set(_bold_lines(line)))


_BOLD_RUN = re.compile(r"\*\*([^*]+)\*\*")


def _bold_lines(line: str) -> list[int]:
    """A run of capitals in bold type (``**BỘ CÔNG AN** CÔNG AN TỈNH …``, ``**TM. ỦY BAN NHÂN DÂN**
    **CHỦ TỊCH**``) is a line of the printed head or foot: the spaces before and after it."""
    cuts = []
    for m in _BOLD_RUN.finditer(line):
        letters = [c for c in m.group(1) if c.isalpha()]
        if len(letters) >= 2 and all(c.isupper() for c in letters):
            cuts += [p for p in (m.start() - 1, m.end()) if 0 < p < len(line) and line[p] == " "]
    return cuts


def _page_breaks(line: str) -> list[int]:
    folded = strip_diacritics(line)
    base = _head_start(folded)
    cuts = [m.start() - 1 for m in _BEFORE.finditer(folded)]
    typed = not base and opening_type(folded) > 0
    headless = typed or not base and not _HEAD.search(folded[:600])  # no date nor number to look for
    if base:
        cuts.append(base - 1)
    elif typed:
        cuts += type_opening_cuts(line, folded)  # a page that opens with its type's name, no head
    cuts += [p for m in _RULE.finditer(folded) for p in (m.start() - 1, m.end())]
    cuts += [m.end() for m in _TITLE_FIRST.finditer(folded, base, base + 1500)]
    cuts += [m.start() for m in _TITLE_SECOND.finditer(folded, base, base + 1500)]
    cuts += _entries(line, folded, base)
    cuts += [m.end() for m in _CLOSING.finditer(folded)]
    cuts += pipe_table_cuts(folded) + tab_table_cuts(folded)
    cuts += [m.end() for m in _MOTTO_END.finditer(folded, base, base + 1500)]  # "… Hạnh phúc Toàn quốc, ngày …"
    # "Số: 12-TTr/TU TỜ TRÌNH": the title on a line of its own (not a place glued to the symbol before its date)
    numbers = [] if headless else list(_NUMBER.finditer(folded, base, base + 1500))
    cuts += [m.end() for m in numbers if "ngay" not in folded[m.end():m.end() + 40]]
    # the issue date, or one left blank ("Lâm Đồng, ngày tháng năm 2018 TỈNH ỦY …"), whichever comes first
    date = None if headless else min(
        (m for m in (HEADER_DATE.search(folded, base, base + 1200), BLANK_DATE.search(folded, base, base + 1200)) if m),
        key=lambda m: m.start(), default=None)
    if date:
        comma = line.rfind(",", 0, date.start())
        if comma > 0:
            begin = max([c for c in cuts if c < comma] + [-1]) + 1
            found = place_start(line[begin:comma])
            if found is not None:
                cuts.append(begin + found - 1)  # the place starts its line
        cuts.append(date.end())  # the type's title or the subject after the date
    first = min([c for c in cuts if c > 0], default=0)
    caps_end = _issuer_caps_end(line[:first])
    if caps_end:
        cuts.append(caps_end)
        first = caps_end
    issuer = line[:first].strip(" -_*=—")  # the page's first line: the issuer, or its parent and itself
    cuts += _title_cuts(line, folded, ([date.end()] if date else []) + [m.end() for m in numbers],
                        issuer)
    foot = foot_start(folded)
    if foot < 0:  # no closing mark nor Nơi nhận: a title at the page's end ("… thông báo này. TRƯỞNG")
        cuts += bare_title_cuts(folded, 0)
    else:
        cuts += [foot + m.start() for m in _CAPS_THEN_NAME.finditer(folded[foot:])
                 if not name_in_entry(folded, foot + m.end())]
        cuts += foot_cuts(line, folded, foot)
    return sorted(p for p in set(cuts) if 0 <= p < len(line))


def _issuer_caps_end(head: str) -> int:
    """The space where the issuer's capitals end when the page's first line goes on with stray words
    not in capitals up to the next break (a drawing's or a text box's words a Word page printed beside
    the head, ``SỞ Y TẾ hình vẽ``, ``… Logo``, ``… text box 1``): two words in capitals or more, then
    words with small letters, no two of them in a row opening with a capital (not a place's name,
    ``Lào Cai``) and the first no administrative unit (``SỞ GD&ĐT tỉnh …``); 0 if it is not so."""
    words = list(re.finditer(r"\S+", head))
    caps = 0
    while caps < len(words) and not any(c.islower() for c in words[caps].group()):
        caps += 1
    tail = [w.group() for w in words[caps:]]
    letters = [w for w in words[:caps] if any(c.isalpha() for c in w.group())]
    if len(letters) < 2 or not tail or lexicon().admin_re.match(key(" ".join(tail))):
        return 0
    if any(t[0].isupper() and u[0].isupper() for t, u in zip(tail, tail[1:])):
        return 0
    return words[caps - 1].end()


def _title_cuts(line: str, folded: str, after: list[int], issuer: str) -> list[int]:
    """A type's title in capitals right after the date or the number (``… năm 2024 KẾ HOẠCH Tổ
    chức …``): a break after it, and where the subject under it ends (:func:`.flat_head.subject_cuts`)."""
    lex = lexicon()
    for c in after:
        m = re.match(r"\.? ((?:[A-Z]+ ){1,3})", folded[c:c + 40])  # "… năm 2012. THÔNG BÁO Về việc …"
        if m is None:
            continue
        words = m.group(1).split()
        for n in range(len(words), 0, -1):
            if key(" ".join(words[:n])) in lex.type_names:
                end = c + m.start(1) + len(" ".join(words[:n]))
                return [c + m.start(1) - 1, end] + subject_cuts(line, folded, end, issuer)
    return []
