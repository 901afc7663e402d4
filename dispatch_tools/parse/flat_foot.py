"""The foot of a page that lost its line breaks (:mod:`.flat`): where its signature block and its
``Nơi nhận`` list break again, also when the page read the two columns line by line before it lost
its breaks (``Nơi nhận: TM. BAN THƯỜNG VỤ - Như trên; PHÓ BÍ THƯ - UBND tỉnh …; Lê Văn An``).

The foot starts at the body's closing ``./.`` or at ``Nơi nhận``, whichever comes first after the
body. Breaks go before the authority prefix (in capitals or sentence case, ``KT.``, ``K/T``,
``T/M``), before and after the signer's own title (the longest title of the lexicon that starts
after the capacity; ``PHÓ …`` for a deputy's title the lexicon lacks; not after a comma, ``KT. BỘ
TRƯỞNG, CHỦ NHIỆM``), around ``(Đã ký)``, before each ``- …`` entry in sentence case (not a dash
inside a name, ``Kế hoạch - Tài chính``), after an entry's ``;`` when what follows is not an entry
(a line of the signature between two entries), before a name after an entry's last full stop (not
one that goes on in its entry, ``- BT. Phạm Vũ Luận (để b/c);``), before a title printed with no
prefix at the page's end, and before a footnote's mark after the signer's name."""

from __future__ import annotations

import re
from functools import lru_cache

from ..vntext import strip_diacritics
from .lexicon import lexicon
from .signer_name import _ranks, _spelled, person_name, surnames
from .text import key, load_list, words_regex

# "- Lưu: VT, TL. KT. GIÁM ĐỐC": TL before another prefix is a unit's code
PREFIX = re.compile(r"(?<![\w./])(?:(?:TM|KT|TL|TUQ|Q)\.|K/T|T/M) ?(?!(?:TM|KT|TL|TUQ|Q)\.|K/T|T/M)(?=[A-Z][A-Za-z])")
SIGNED = re.compile(r"\(?(?:d|D)a ky(?: va dong dau)?\)?(?= )")
# "… VỤ - Như trên", not "… - TÀI CHÍNH" nor "chính trị - xã hội"
_ENTRY_DASH = re.compile(r"(?<=\S) (?=[-–] (?!xa hoi\b)(?:[A-Z]?[a-z]|\S+ [a-z]))")
_AFTER_SEMICOLON = re.compile(r"(?<=;) (?=[A-Z]{2,} [A-Z]{2,}|[A-Z][a-z]* [A-Z][a-z]* [A-Z])")  # a title, a name
_NAME_AFTER_STOP = re.compile(r"(?<=[.;)]) (?=[A-Z][a-z]* [A-Z][a-z]*(?: |$))")


def noi_nhan(folded: str, start: int = 0) -> int:
    """Where the last ``Nơi nhận`` (also in capitals) after ``start`` is in folded text; -1 if none."""
    found = [m.start() for m in re.finditer(r"Noi nh|NOI NHAN\b", folded[start:])]
    return start + found[-1] if found else -1


# a signature block's prefix and its capacity in capitals ("TM. BAN THƯỜNG VỤ"), as no sentence of the body has it
_SIGNATURE_OPENS = re.compile(r"(?<![\w./])(?:TM|KT|TL|TUQ)\. ?(?=[A-Z]{2,} [A-Z]{2,})|(?<![\w./])(?:K/T|T/M) ?(?=[A-Z]{2,})")


def foot_start(folded: str) -> int:
    """Where the foot of a flattened page starts: its closing ``./.``, ``Nơi nhận``, or a signature
    block printed before ``Nơi nhận`` (``… trước ngày 10/10/2025. TM. BAN THƯỜNG VỤ … Nơi nhận: …``),
    whichever comes first; -1 if none."""
    closing = folded.rfind("./.")
    foot = noi_nhan(folded)
    signed = [m.start() for m in _SIGNATURE_OPENS.finditer(folded, 0, foot)] if foot >= 0 else []
    return min([p for p in (closing, foot, signed[-1] if signed else -1) if p >= 0], default=-1)


# a copy's own block printed after the document (Decree 30): its number (``Số: 830/SY-VP``) or its mark
_COPY = re.compile(r"\bSo ?:? ?\d{0,5} ?/ ?(?:SY|TrS|SL) ?-|(?<!\S)(?:SAO Y(?: BAN CHINH)?|TRICH SAO|SAO LUC)(?= |$)")
_COPY_MARK = re.compile(r"(?<!\S)(?:SAO Y(?: BAN CHINH)?|TRICH SAO|SAO LUC)(?= |$)")


def copy_start(line: str, folded: str, foot: int) -> int:
    """Where a copy's own block starts after the foot of a flattened page (``… Đoàn Thị Bình UBND TỈNH
    BÌNH DƯƠNG VĂN PHÒNG Số: 830/SY-VP SAO Y BẢN CHÍNH …``): at the copying office's name in capitals
    before the copy's number or mark (the first word from which a body's name opens that is no signer's
    title, ``PHÓ CỤC TRƯỞNG UBND TỈNH …`` opens at ``UBND``), else at the number or mark; -1 if none."""
    m = _COPY.search(folded, max(foot, 0))
    if m is None or foot < 0:
        return -1
    words = list(re.finditer(r"\S+", line[foot:m.start()]))
    n = len(words)
    while n and words[n - 1].group().isupper() and any(c.isalpha() for c in words[n - 1].group()):
        n -= 1
    lex = lexicon()
    for w in range(n, len(words)):
        rest = line[foot + words[w].start():m.start()]
        if lex.starts_with_head(rest) and not lex.is_signer_title(rest):
            return foot + words[w].start()
    return m.start()


def copy_cuts(folded: str, start: int) -> list[int]:
    """Breaks of a copy's own block from ``start``: before it, before its number, ``Nơi nhận`` and
    signature prefixes (``before``, the flattened page's own pattern), and around its mark."""
    cuts = [start - 1]
    for m in _COPY_MARK.finditer(folded, start):
        cuts += [m.start() - 1, m.end()]
    return cuts


def foot_cuts(line: str, folded: str, foot: int) -> list[int]:
    """The positions of the spaces of the foot of a flattened line to turn into line breaks."""
    cuts = [m.start() - 1 for m in PREFIX.finditer(folded, foot)]
    for m in SIGNED.finditer(folded, foot):
        cuts += [m.start() - 1, m.end()]
    start = noi_nhan(folded, foot)
    if start >= 0:
        cuts += [m.start() for m in _ENTRY_DASH.finditer(folded, start) if not _name_halves(folded, m.start())]
        cuts += [m.start() for m in _AFTER_SEMICOLON.finditer(folded, start)]
        cuts += [m.start() for m in _NAME_AFTER_STOP.finditer(folded, start)
                 if _surname(folded, m.end()) and not name_in_entry(folded, m.end())]
        cuts += [m.start() for m in _DEGREE_AFTER_STOP.finditer(line, start)]  # "- Lưu: VT. BSCKI. K'Điểu Thị Hoa"
        cuts += _rank_cuts(folded, start)  # "- Lưu: VT. Thượng tá Nguyễn Văn Lực"
        cuts += _unmarked_entries(folded, start)
        cuts += [m.start() for m in _attachment_note().finditer(folded, start)]  # "- Lưu: VT. (Đính kèm …)"
    for m in PREFIX.finditer(folded, foot):
        cuts += _title_cuts(line, m.end())
    if PREFIX.search(folded, foot) is None:
        cuts += bare_title_cuts(folded, foot)
    cuts += [m.start() for m in _FOOTNOTE.finditer(folded, foot)]
    return [_before_degree(line, c) for c in cuts]


def _unmarked_entries(folded: str, start: int) -> list[int]:
    """The entries of ``Nơi nhận`` printed with no marker (``Nơi nhận: Như trên; UBND tỉnh (b/c); Lưu: VT.
    KT. GIÁM ĐỐC …``): a break after the colon and after each entry's ``;`` up to the signature's prefix."""
    colon = re.match(r"(?:Noi nh\w{1,2}n|NOI NHAN) ?: (?=[A-Z])", folded[start:])
    if colon is None:
        return []
    prefix = PREFIX.search(folded, start)
    end = prefix.start() if prefix and prefix.start() > start else min(len(folded), start + 600)
    return [start + colon.end() - 1] + [m.start() for m in re.finditer(r"(?<=;) (?=\S)", folded[:end])
                                        if m.start() > start]


@lru_cache(maxsize=1)
def _attachment_note() -> re.Pattern:
    """A note in brackets about what goes with the dispatch after an entry of ``Nơi nhận`` (``- Lưu: VT, TH
    (Đính kèm CT số 14/CT-TTg)``; models/parse/attachment_notes.txt): the space before it."""
    return words_regex(load_list("attachment_notes.txt"), prefix=r"(?<=\S) (?=\(\s*", suffix=r"\b)")


# a footnote's mark after the signer's name ("Hứa Đức Nhị [1] Đề nghị gửi về …")
_FOOTNOTE = re.compile(r"(?<=[a-z]) (?=\[\d{1,2}\] ?[A-Z])")
# a run of words in capitals after a sentence's or an entry's last word, "P." (phó) before it
_CAPS_RUN = re.compile(r"(?<=[\w.;)]) ((?:[PQ]\. ?)?[A-Z]{2,}(?: [A-Z]{2,})*)(?= [A-Z(]|$)")


def bare_title_cuts(folded: str, foot: int) -> list[int]:
    """A signer's title printed with no authority prefix at the page's end, after the body's last
    sentence or the last entry of ``Nơi nhận`` (``… thông báo này. TRƯỞNG``, ``- Lưu: VT P. GIÁM ĐỐC
    (Đã ký) Nguyễn …``): a break before it when it is a title of the lexicon and what follows is the
    page's end, the signed mark or a name."""
    start = max(foot, len(folded) - 300)
    for m in _CAPS_RUN.finditer(folded, start):
        title = re.sub(r"^[PQ]\. ?", "", m.group(1))
        rest = folded[m.end():].strip()
        if key(title) in lexicon().signer_titles and (not rest or SIGNED.match(rest) or _surname(folded, m.end() + 1)):
            return [m.start(), m.end()] + _name_end(folded, m.end() + 1)  # the name after it, and where it ends
        caps_name = _title_then_caps_name(folded, m.start(1), m.end())
        if caps_name:
            return [m.start(), caps_name]
    for m in _SENTENCE_TITLE.finditer(folded, start):  # "- Lưu: VT, NV. Giám đốc Trần Văn Tân"
        rest = folded[m.end():].split()
        if key(m.group(1)) in lexicon().signer_titles and 2 <= len(rest) <= 5 and _surname(folded, m.end() + 1) \
                and all(w[:1].isupper() for w in rest):
            return [m.start(), m.end()]
    return []


# a title in sentence case after an entry's or a sentence's end, a name in sentence case after it
_SENTENCE_TITLE = re.compile(r"(?<=[.;)]) ([A-Z][a-z]*(?: [a-z]+){1,4})(?= [A-Z][a-z]* [A-Z])")


def _title_then_caps_name(folded: str, start: int, end: int) -> int:
    """A title of the lexicon with the signer's name in capitals after it in one run of capitals at the page's
    end (``… - Lưu: VT. GIÁM ĐỐC TRẦN VĂN TÂN``): the space between them (the name two to five words that
    open with a family name and end the page); 0 if it is not so."""
    words = list(re.finditer(r"\S+", folded[start:end]))
    if folded[end:].strip() and not SIGNED.match(folded[end:].strip()):
        return 0
    for n in range(len(words) - 2, 0, -1):
        title = folded[start:start + words[n - 1].end()]
        if key(title) in lexicon().signer_titles and 2 <= len(words) - n <= 5 and _surname(folded, start + words[n].start()):
            return start + words[n - 1].end()
    return 0


# a degree printed before a signer's name (``GS.TSKH.``, ``ThS.``, ``PGS.TS``): the name's line starts before it
_DEGREE = re.compile(r"(?:(?:GS|PGS|TSKH|TS|ThS|Ths|BSCKI{1,2}|BS|CKI{1,2}|KS|DS|NGƯT|NGND)\.?)+")


_DEGREE_AFTER_STOP = re.compile(rf"(?<=[.;)]) (?={_DEGREE.pattern}\.? ?[A-ZĐÀ-Ỹ][^\W\d_]*['’]?[^\W\d_]* [A-ZĐÀ-Ỹ])")


def _before_degree(line: str, cut: int) -> int:
    """A break before a name moved before the degree printed in front of it (``PHÓ GIÁM ĐỐC GS.TSKH.``
    / ``Nguyễn Văn An`` is ``PHÓ GIÁM ĐỐC`` / ``GS.TSKH. Nguyễn Văn An``)."""
    space = line.rfind(" ", 0, cut)
    token = line[space + 1:cut]
    if "." in token and _DEGREE.fullmatch(token) and line[cut + 1:cut + 2].isupper():
        return space
    return cut


_TAIL_NAME = re.compile(r"(?<=[.;)]) (?=[A-Z][a-z]*(?: [A-Z][a-z]*){2,4} *$)")
_TAIL_SIGNED = re.compile(r"(?<=[.;]) (?=\(?[Dd]a ky(?: va dong dau)?\)? *$)")


def entry_tail_cuts(line: str) -> list[int]:
    """An entry of ``Nơi nhận`` with what the signature's column prints on its row merged after it
    by one space (``- Lưu: VT, VP. Lê Ngọc Thắng``, ``- Các đơn vị trực thuộc; (Đã ký)``): a break
    before the signer's name (opening with a family name) or the signed mark."""
    folded = strip_diacritics(line)
    if not re.match(r"\s*[-–+•]", folded):
        return []
    name = _TAIL_NAME.search(folded)
    cuts = [name.start()] if name and _surname(folded, name.end()) else []
    signed = _TAIL_SIGNED.search(folded)
    return cuts + ([signed.start()] if signed else [])


# the signature column's piece of a row before the entry of ``Nơi nhận`` printed after it on the row
_HEAD_THEN_ENTRY = re.compile(r"^\s*(?P<piece>[^-–]*?\S) (?=[-–] (?:[A-Z][a-z]|Luu\b))")


def entry_head_cuts(line: str) -> list[int]:
    """A row of the foot read with the signature's column first and the entry of ``Nơi nhận`` after it
    by one space (a page dumped on one line whose runs of spaces became breaks: ``TM. BAN THƯỜNG VỤ -
    Như trên;``, ``BÍ THƯ - Thường trực Tỉnh ủy (b/c);``, ``Lý Hoàng Hạnh - Lưu: VT.``): a break before
    the entry's dash when what precedes it is in capitals (a prefix and capacity, a title, a name) or a
    person's name, and the entry opens in sentence case (not ``PHÒNG TỔ CHỨC - HÀNH CHÍNH``)."""
    folded = strip_diacritics(line)
    m = _HEAD_THEN_ENTRY.match(folded)
    if m is None:
        return []
    piece = line[m.start("piece"):m.end("piece")]
    letters = [c for c in piece if c.isalpha()]
    if len(letters) >= 2 and all(c.isupper() for c in letters) or person_name(piece, family=True) or SIGNED.fullmatch(
            strip_diacritics(piece) + " "):
        return [m.end("piece")]
    return []


def _rank_cuts(folded: str, start: int) -> list[int]:
    """Breaks before a rank printed before the signer's name after an entry's stop (models/parse/ranks.txt)."""
    out = []
    for m in re.finditer(r"(?<=[.;)]) (?=[A-Z][a-z]+ [a-z]+ [A-Z])", folded[start:]):
        at = start + m.end()
        words = folded[at:].split(" ", 3)
        if key(" ".join(words[:2])) in _ranks() and _surname(folded, at + len(words[0]) + len(words[1]) + 2):
            out.append(start + m.start())
    return out


def _name_halves(folded: str, at: int) -> bool:
    """Is the dash after ``at`` one inside a body's name, between a word in small letters and one
    in sentence case (``Phòng Kế hoạch - Tài chính``), rather than before the next entry (``… VỤ -
    Như trên``, ``… tỉnh - Lưu: VT``)?"""
    before = folded[:at].rsplit(" ", 1)[-1]
    after = folded[at + 3:at + 40]
    return before.isalpha() and before.islower() and re.match(r"[A-Z][a-z]+ [a-z]", after) is not None \
        and re.match(r"(?:Nhu|Luu|Cac|So|Bo|Ban|UBND|Uy ban)\b", after) is None


def name_in_entry(folded: str, at: int) -> bool:
    """Does the name at ``at`` go on in an entry of ``Nơi nhận`` (``- BT. Phạm Vũ Luận (để b/c);``,
    ``- TTCP, PTT Hoàng Trung Hải;``, ``PCN Văn Trọng Lý, - Vụ …``) rather than stand under the
    signature? Then it is followed by a bracket, a semicolon or a comma."""
    m = re.match(r"(?:[A-Z][a-z]*\s){1,4}[A-Z][a-z]*", folded[at:])
    return m is not None and re.match(r"\s*[(;,]", folded[at + m.end():]) is not None


def _surname(folded: str, at: int) -> bool:
    word = folded[at:].split(" ", 1)[0]
    return key(word) in surnames()


def _title_cuts(line: str, start: int) -> list[int]:
    """After an authority prefix (``TM. BAN THƯỜNG VỤ PHÓ BÍ THƯ Lê Văn An``, ``KT. Trưởng ban Phó
    trưởng ban …``): a break before the signer's own title, the longest title of the lexicon that
    opens on a word after the capacity's first, and one after it."""
    lex = lexicon()
    window = line[start:start + 160]
    after = PREFIX.search(strip_diacritics(window))  # the next prefix's words are its own ("TL. TRƯỞNG BAN … KT. …")
    words = list(re.finditer(r"[^\W\d_]\S*", window[:after.start() if after else len(window)]))
    found = []
    for k in range(1, min(len(words), 8)):
        if not words[k].group()[0].isupper() or window[:words[k].start()].rstrip().endswith(("-", "–", ",")):
            continue  # a word in small letters, an entry of the list ("- Bộ trưởng (để b/c)"), a capacity's
            # second half ("KT. BỘ TRƯỞNG, CHỦ NHIỆM PHÓ CHỦ NHIỆM")
        for n in range(min(8, len(words) - k), 0, -1):
            text = line[start + words[k].start():start + words[k + n - 1].end()]
            if key(text) in lex.signer_titles and _same_case(text):
                if key(line[start + words[k - 1].start():start + words[k + n - 1].end()]) in lex.signer_titles:
                    break  # the capacity's last words ("KT. CỤC TRƯỞNG": no title "TRƯỞNG" after "CỤC")
                capacity = line[start:start + words[k - 1].end()]
                found.append((key(capacity) not in lex.signer_titles, k, k + n))
                break
    if not found:
        found = _deputy(words)
    if not found:
        return []
    _, k, end_word = min(found)  # a capacity that is a title itself first ("KT. BỘ TRƯỞNG THỨ TRƯỞNG")
    cuts = [start + words[k].start() - 1]
    end = start + words[end_word - 1].end()
    after = words[end_word].group() if end_word < len(words) else ""
    degree = "." in after and _DEGREE.fullmatch(after) is not None  # "PHÓ GIÁM ĐỐC GS.TSKH. Nguyễn …"
    glued = re.match(r"[A-Z]{2,}[a-z]", strip_diacritics(after)) is not None  # "PHÓ CHỦ NHIỆMTrần Quốc Toản"
    if end < len(line) and line[end] == " " and not glued and (not after.isupper() or degree or after.title() in _spelled()
                                                   and not _caps_before_name(words[end_word:])
                                                   and not _unit_after(line[end + 1:])):
        cuts.append(end)  # the name after the title (not a title's second line: "VỤ TRƯỞNG" / "VỤ KẾ HOẠCH")
        cuts += _name_end(line, end + 1)
    return cuts


def _name_end(line: str, start: int) -> list[int]:
    """The end of a signer's name in sentence case that the page's next words run on after
    (``Trần Văn Tân Phụ lục kèm theo``, an e-signature's ``Trần Văn Tân Người ký: …``): a break before the first word of a sentence (a capital
    followed by a word in small letters, or a word in small letters), when two words or more of the
    name stand before it."""
    words = list(re.finditer(r"\S+", line[start:start + 120]))
    run = 0
    for i, w in enumerate(words):
        text = w.group()
        if re.fullmatch(r"[^\W\d_][^\W\d_]*", text) and text[0].isupper() and not text.isupper():
            run += 1
            continue
        if run >= 3 and re.fullmatch(r"[^\W\d_]+[:,.]?", text) and text.islower():  # "Tân Người ký: …"
            return [start + words[i - 1].start() - 1]  # "Tân Phụ lục": the sentence opens on "Phụ"
        return []
    return []


def _deputy(words: list[re.Match]) -> list[tuple[bool, int, int]]:
    """A deputy's title the lexicon lacks after the capacity (``KT. CHÁNH VĂN PHÒNG`` / ``PHÓ VĂN
    PHÒNG``): ``PHÓ`` in capitals and the words in capitals after it."""
    for k in range(1, len(words)):
        if not words[k - 1].group().isupper():
            return []
        if words[k].group() in ("PHÓ", "PHO") and not words[k - 1].group().endswith(","):
            end = k + 1
            while end < len(words) and words[end].group().isupper() and words[end].group().isalpha():
                end += 1
            return [(True, k, end)] if end > k + 1 else []
    return []


def _unit_after(rest: str) -> bool:
    """Do the words in capitals after a title open a body's name, the unit the title heads (``PHÓ
    TRƯỞNG`` / ``CÔNG AN HUYỆN``), though their first is a family name too?"""
    caps = []
    for word in rest.split():
        if not (word.isalpha() and word.isupper()):
            break
        caps.append(word)
    return bool(caps) and lexicon().starts_with_head(" ".join(caps))


def _caps_before_name(words: list[re.Match]) -> bool:
    """Do words in capitals come before a name in small letters (``TRƯỞNG PHÒNG`` / ``CÔNG TÁC SINH
    VIÊN Bùi Công Hạnh``)? They are the title's second line, though their first is a family name."""
    n = 0
    while n < len(words) and words[n].group().isupper():
        n += 1
    return 0 < n < len(words) and any(person_name(" ".join(w.group() for w in words[n:n + k]), family=True)
                                      for k in (2, 3, 4))


def _same_case(text: str) -> bool:
    """A title in capitals, in sentence case or with its words capitalised (``PHÓ BÍ THƯ``, ``Phó bí
    thư``, ``Phó Hiệu trưởng``), never with a word in capitals among small letters."""
    return text.isupper() or all(w[1:] == w[1:].lower() for w in text.split())
