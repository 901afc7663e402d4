"""What the lines of a header look like, shared by the header's fields (:mod:`.header_fields`) and
its type and subject (:mod:`.subject`): how far the header runs, the number line, the date line
left blank, and where a national title or motto sits in a line."""

from __future__ import annotations

import re

from rapidfuzz import fuzz

from .lexicon import lexicon
from .text import key

HEADER_LINES = 60  # the header never runs longer than this many lines

# A number and symbol, in folded text: "2632 /STTTT-CNTTVT", "1690-CV/TĐTN-BTG", "06/2024/QĐ-UBND",
# "/KH-UBND" (number left blank).
SEGMENT = r"[A-Za-z0-9][A-Za-z0-9&.]*"  # a line may break after a separator: "182/2024/NĐ-\nCP"
# A separator read twice (``2877//BQL-QHXD``) is one (:func:`.header_number.normalise_number`).
NUMBER = (rf"(?:\d+[a-zA-Z]?)?[ \t]*[/\-–]{{1,2}}[ \t]*\n?[ \t]*{SEGMENT}(?:[ \t]*[/\-–_]{{1,2}}[ \t]*\n?[ \t]*{SEGMENT})*")
# "Số:", "Số", and OCR misreads "Sb:", "S6", "Sô:", "SỐ:", "56:"
# never figures that are a number themselves: a cited "5084/TTr-…" opening a line is no "50" for "Số"
# (a line that opens with ``Bố:`` or ``96:``, its S read as a B or a 9, before a number and its symbol: no
# word of a header opens so, and a cited number has no colon after its first figures)
NUMBER_LINE = re.compile(rf"^[ \t>*_\"“|]*(?!5[06]\d)(?:[S5](?:[oO0b6e]|[ \t]+(?=:))|(?:Bo|9[oO0b6e])(?=[ \t]*:))[ \t]*[:;.]?[ \t]*(?:\n[ \t]*)?"
                         rf"(?:[.…_]+[ \t]*)?(?P<num>{NUMBER})", re.M)
# the day (and the month) left blank: "ngày    tháng    năm 2025", "ngày …. tháng 3 năm 2025"
BLANK_DATE = re.compile(r"ng[a-z]{1,2}y[\s.…_]*th[a-z]{1,2}ng[\s.…_]*(?:\d{1,2}[\s.…_]*)?n[a-z]m\s*(\d{4})",
                        re.IGNORECASE)
# the issue date, in folded text: in words (OCR-tolerant, as text.DATE_WORDS) or in figures after
# "ngày" ("Hà Nội, ngày 26/01/2024", "ngày 5 - 3 - 2024")
HEADER_DATE = re.compile(
    r"ng[a-z]{1,2}y?\s*(?P<d>\d{1,2})\s*(?:t[a-z]{1,4}ng\s*(?P<m>\d{1,2})\s*,?\s*n[a-z]m\s*(?P<y>\d{4})"
    r"|(?P<sep>[/.\-])\s*(?P<m2>\d{1,2})\s*(?P=sep)\s*(?P<y2>\d{4}))(?!\d)", re.IGNORECASE)


# an administrative unit's word, which no national title or motto holds
_UNIT_WORD = re.compile(r"\b(?:tp\b\.?|tinh|thanh pho|huyen|quan|thi xa)\b")


def motto_cut(folded_line: str) -> tuple[int, int] | None:
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
                glued = low.startswith(motto.split()[0] + " ", begin)  # "ỦY BAN NHÂN DÂNCỘNG HÒA …" as a page glued it
                while begin > 0 and low[begin - 1].isalnum() and not glued:  # back to the start of the word
                    begin -= 1
                span = (begin, al.dest_end)
                if _UNIT_WORD.search(low, *span):
                    continue  # "BCH ĐOÀN TP HỒ CHÍ MINH": a place's unit names a body, never a motto
                if best is None or span[0] < best[0]:
                    best = span
        else:
            stripped = low.strip()
            # a piece of a title or motto on its own line ("CHỦ NGHĨA VIỆT NAM"); a name's last
            # words ("VIỆT NAM") are too short to tell, and a piece opening with a word the title has
            # not got is the end of a name wrapped above ("HỘI NÔNG" / "DÂN VIỆT NAM") unless near exact
            if len(stripped) >= 12 and fuzz.partial_ratio(stripped, motto) >= 92 and (
                    stripped.split()[0] in motto.split() or fuzz.partial_ratio(stripped, motto) >= 97):
                return (0, len(low))
    # "Độc lập - Tự do - Hạnh phúc" damaged beyond the ratio, or its end alone on a line the layout
    # merged with the left column ("sử và pháp lý” - Tự do - hạnh phúc"): a fuzzy match of the whole
    # motto would start inside the words before it
    tail = re.search(r"(?:[-–—]\s*)?t\w{1,2}\s+do\s*[-–—]+\s*h\w{1,3}nh\s+ph\w{1,3}c", low)
    if best is not None and tail and tail.start() > best[0] and not re.search(r"d\w{0,3}c\s+[l1i]\w{1,3}", low[best[0]:tail.start()]):
        best = (tail.start(), len(low))
    if best is None:  # also the national title with glyphs lost by a PDF's text dump ("C NG HOÀ XÃ H I …")
        m = re.search(r"d\w{0,3}c\s+[l1i]\w{1,3}\s*[-–]\s*t\w{1,3}\s+do|\bc ?o?ng hoa xa h", low) or tail
        if m:
            best = (m.start(), len(low))
    # a half of the national title wrapped in its column, ending a line the layout merged ("PHÒNG NỘI VỤ
    # CHỦ NGHĨA VIỆT NAM", "… THỌ XUÂNCỘNG HÒA XÃ HỘI"); the whole title's fuzzy match would take the
    # issuer's last words for its first half ("… NÔNG LÂM CHỦ NGHĨA VIỆT NAM")
    m = _TITLE_HALF.search(low)
    if m and (best is None or m.start() > best[0] and not _FIRST_HALF_END.search(low, best[0], m.start())):
        best = (m.start(), len(low))
    return best


_FIRST_HALF_END = re.compile(r"x\w{1,2}\s+h\w{1,2}i\s*$")


# not the words of a sentence that names the state ("… pháp quyền xã hội chủ nghĩa Việt Nam"), nor a name's last
# letter glued before it ("… NHÀ NƯỚCCỘNG HÒA XÃ HỘI")
_TITLE_HALF = re.compile(r"(?<!xa hoi )(?<!nuoc )(?:c(?!c)\w{1,2}ng\s+ho\w{1,2}\s+x\w{1,2}\s+h\w{1,2}i|ch\w{1,2}\s+ngh\w{1,2}a\s+vi\w{1,2}t\s+nam)[\s*_]*$")


# The words of a place name printed before ", ngày …": capitalised words (``Long Xuyên``), the
# abbreviations of a city or town (``TP.``, ``Tp.``, ``TX.``), the lower-case word of an
# administrative unit after its capital (``Thị xã``, ``Thành phố``, ``Thị trấn``), a number after a
# district or ward (``Quận 5``) and a dash between two names (``Phan Rang - Tháp Chàm``). Capitals
# of two letters or more are the issuing body's (``BAN DÂN VẬN Hà Nội``), never the place's.
# (a scan may read the abbreviation's full stop as a comma: ``TP, Hồ Chí Minh``)
_PLACE_ABBR = re.compile(r"^(?:TP|Tp|tp|TX|Tx|TT)[.,]?(?=$|[A-ZĐÀ-Ỹ])", re.UNICODE)
_ADMIN_LOWER = {"xã", "phố", "trấn", "quốc"}  # "Thị xã", "Thành phố", "Thị trấn", "Toàn quốc"
_ADMIN_BEFORE_NUMBER = {"Quận", "Phường", "quận", "phường"}


def _title_word(word: str) -> bool:
    if "/" in word:
        return False  # a number's symbol ("/TTr-VPCP Hà Nội, ngày …"), never a place's word
    letters = [c for c in word if c.isalpha()]
    return bool(letters) and letters[0].isupper() and (len(letters) == 1 or not all(c.isupper() for c in letters))


def place_start(before: str) -> int | None:
    """Where the place name starts in ``before`` (the text of its line up to the comma before
    ``ngày``), or None when no place ends it."""
    tokens = list(re.finditer(r"\S+", before))
    words = [t.group().strip("*_") for t in tokens]
    caps = [len(w) > 1 and w.isupper() and not _PLACE_ABBR.match(w) for w in words]
    if 1 <= len(words) <= 4 and (_title_word(words[0]) and not glued_tail(words[0]) and not any(caps) or all(caps)):
        return tokens[0].start()  # a place alone before its date: every word is the place ("Toàn quốc", "HÀ NỘI")
    start = None
    k = len(tokens) - 1
    while k >= 0 and len(tokens) - k <= 6:
        word = tokens[k].group().strip("*_")
        prev = tokens[k - 1].group() if k > 0 else ""
        if _title_word(word) or _PLACE_ABBR.match(word):
            start = tokens[k].start()
            tail = "" if _PLACE_ABBR.match(word) else glued_tail(word)
            if tail:  # "HUĐông Anh", "2025”Đông Anh": the place glued to what stands before it
                start = tokens[k].end() - len(tail)
                break
        elif word in ("-", "–") and start is not None and _title_word(prev):
            pass  # a dash between two names: "Bà Rịa - Vũng Tàu"
        elif word in _ADMIN_LOWER and _title_word(prev) and start is not None:
            pass  # "Thị xã Sơn Tây": the lower-case half of the unit's name
        elif word.isdigit() and (glued_tail(prev) or prev) in _ADMIN_BEFORE_NUMBER:
            start = tokens[k].start()
        else:
            tail = glued_tail(word)
            if tail and (start is not None or k == len(tokens) - 1):
                start = tokens[k].end() - len(tail)  # "… số liệuHòa Bình": the place glued to the words before it
            break
        k -= 1
    return start if start is None else start + _province_tail(before[start:])


# what opens a place's name before a province's: "TP. Huế", "Thành phố Hồ Chí Minh", "Tỉnh Hà Nam"
_PLACE_LEADS = {"tp", "tp.", "thanh pho", "tinh", "thi xa", "tx", "tx.", "thi tran", "tt", "tt.", "quan", "huyen", "xa",
                "phuong"}


def _province_tail(run: str) -> int:
    """Where a province's name starts in a run of capitalised words that ends with it, when what
    comes before it (or before the unit that opens it: ``Tp. Huế``) opens no place's name: the last
    words of a subject merged with the date's line (``… dự thảo Quy Hà Nội, ngày …``) are no part
    of the place. 0 when the run is the place."""
    words = list(re.finditer(r"\S+", run))
    folded = [key(w.group()) for w in words]
    for name in _province_names():
        n = len(name)
        if n <= len(folded) and folded[-n:] == name:
            lead = [w[:-1] if w.endswith(",") else w for w in folded[:-n]]  # "TP, Hồ Chí Minh": a comma for its stop
            size = 2 if " ".join(lead[-2:]) in _PLACE_LEADS else 1 if lead and lead[-1] in _PLACE_LEADS else 0
            return words[-n - size].start() if len(lead) > size else 0
    return 0


def _province_names() -> list[list[str]]:
    """The provinces' names as folded words, the longest first (``Thừa Thiên Huế`` before ``Huế``)."""
    return sorted((key(p.name).split() for p in lexicon().provinces), key=len, reverse=True)


def glued_tail(word: str) -> str:
    """The capitalised word a page glued to the end of another (``liệuHòa`` → ``Hòa``,
    ``2025”Đông`` → ``Đông``, ``HUĐông`` → ``Đông``), or "" when none is glued to it."""
    for i in range(len(word) - 2, 0, -1):
        if word[i].isupper() and word[i + 1:].isalpha() and word[i + 1:].islower():
            head = word[:i]
            # a name written as one word ("ĐắkLắk") is no glue: its head is a capitalised word too
            return "" if head.isalpha() and head[0].isupper() and head[1:].islower() else word[i:]
    return ""
