"""The lines of a signature block beside its title: a title wrapped over two or three lines in a
narrow column, and a signer's name printed in capitals."""

from __future__ import annotations

import re
from functools import lru_cache

from .lexicon import lexicon
from .signer_name import person_name, surnames
from ..vntext import strip_diacritics
from .text import is_upper_line, key, load_list


def title_goes_on(title: str, line: str) -> bool:
    """Does ``line``, right under the title ``title``, go on with it? A title wrapped in a narrow
    column: a short piece that is no title of its own after a title that is not whole
    (``… GIÁO DỤC CHUYÊN`` / ``NGHIỆP``); the rest of a longer title (``PHÓ CHỦ TỊCH`` / ``THƯỜNG
    TRỰC``); the unit a head's title names (``VỤ TRƯỞNG`` / ``VỤ KẾ HOẠCH - TÀI CHÍNH``,
    ``TRƯỞNG PHÒNG`` / ``PHÒNG ĐÀO TẠO``)."""
    lex = lexicon()
    if key(line).strip(" .") in _qualifiers() and is_upper_line(line) == is_upper_line(title):
        return True  # "PHÓ GIÁM ĐỐC" / "PHỤ TRÁCH"
    if re.match(r"(?:V[AÀ]|&)\s+\S", line.strip(), re.IGNORECASE) and is_upper_line(line) == is_upper_line(title):
        return True  # a line that opens with "VÀ" opens no title and no name: "… VỤ PHÁP CHẾ" / "VÀ QUẢN LÝ KHOA HỌC"
    if title_continues(line) and key(title) not in lex.signer_titles and (
            not caps_name(line) or re.search(r"(?:\bV[AÀ]|&|[-–,])$", title)):
        return True  # a name in capitals ends the title, unless the title stops at "VÀ" ("… VÀ" / "CÔNG NGHỆ")
    if is_upper_line(line) and len((lex.marked_head(line) or "").split()) == len(line.split()) <= 3:
        return True  # the body whose officer the title names, its head alone ("BÍ THƯ" / "ĐOÀN TRƯỜNG")
    if key(title) not in lex.signer_titles and makes_title(title, line):
        return True  # the two lines make a title, the second a title's word too ("PHÓ TỔNG CỤC" / "TRƯỞNG")
    if not is_upper_line(line) or lex.is_signer_title(line) or caps_name(line):
        return False  # a second title, or the name printed in capitals
    if makes_title(title, line):
        return True
    units = set(key(title).split()) - {"pho", "truong", "tong"}
    first = key(line).split()[:1]
    return bool(first) and first[0] in units and lex.starts_with_head(line) and len(line.split()) <= 10


@lru_cache(maxsize=1)
def _qualifiers() -> frozenset[str]:
    """The words that qualify a title on the line under it (models/parse/title_qualifiers.txt)."""
    return frozenset(key(w) for w in load_list("title_qualifiers.txt"))


def makes_title(first: str, second: str) -> bool:
    """Do two lines, the second in capitals, read together as a known signer title (``PHÓ TỔNG CỤC`` /
    ``TRƯỞNG``, ``PHÓ CHÁNH VĂN`` / ``PHÒNG``)?"""
    return is_upper_line(second) and key(f"{first} {second}") in lexicon().signer_titles


def unit_wrapped(line: str) -> bool:
    """A line in capitals right under the title that is no title, no name, no body's name and no place
    (what a seal's words read as): the rest of the unit a head's title names, wrapped (``TRƯỞNG
    PHÒNG KIỂM SOÁT`` / ``THỦ TỤC HÀNH CHÍNH``), when the signer's name follows below it."""
    lex = lexicon()
    words = [w for w in line.split() if w not in "-–"]  # "HÀNH CHÍNH - TỔNG HỢP"
    return (is_upper_line(line) and 2 <= len(words) <= 6 and all(w.isalpha() for w in words)
            and not lex.is_signer_title(line) and not caps_name(line) and not lex.starts_with_head(line)
            and not lex.admin_re.match(key(line)))


def title_continues(line: str) -> bool:
    """A short capitals line under the title that no title is on its own (not a speck such as
    ``T``, not a second title) is the rest of a title wrapped over two lines."""
    words = line.split()
    return (is_upper_line(line) and 1 <= len(words) <= 3 and all(len(w) > 1 and w.isalpha() for w in words)
            and not lexicon().is_signer_title(line))


def caps_name(text: str, gap: bool = False) -> str | None:
    """A signer's name printed in capitals, in normal case (``NGUYỄN VĂN HÙNG`` → ``Nguyễn Văn
    Hùng``); None for a title, a body's name or anything else in capitals. A line that opens with a
    family name printed with its marks is a name even where its folded words read as a title or a
    body's head (``ĐOÀN TRƯỜNG SƠN``, ``TỐNG VĂN BĂNG``, ``CÔNG VĂN HÙNG``): see :func:`_family_line`."""
    if not is_upper_line(text, 0.99):
        return None
    cased = _APOSTROPHE_NAME.sub(lambda m: m.group(0).upper(),
                                 " ".join(w[:1] + w[1:].lower() for w in text.split()))  # "H'YIM" -> "H'Yim"
    if not person_name(cased) or (key(cased.split()[0]) not in surnames() and not _APOSTROPHE_NAME.match(cased)):
        return None  # a seal's words read under the signature ("TỈNH HƯNG YÊN") open with no family name
    if lexicon().is_signer_title(text) or lexicon().starts_with_head(text):
        return cased if _family_line(text, gap) else None
    return cased


def _family_line(text: str, gap: bool) -> bool:
    """A line in capitals whose folded words read as a title or a body's head, taken as a name by its
    marks: it opens with a family name printed with its own (``TỐNG``, not ``TỔNG``) and, read with its
    marks, makes or opens no known title (``ĐOÀN TRƯỞNG`` is one); when it opens with a body's head
    read with its marks (``ĐOÀN TRƯỜNG SƠN``: ``Đoàn trường``), only after the signature's gap, the
    rest one to three words that name no body or place (not ``VĂN PHÒNG``, ``CÔNG AN HUYỆN``)."""
    lex = lexicon()
    if strip_diacritics(text) == text or not lex.opens_with_family_name(text) or lex.marked_title(text):
        return False  # no marks to tell by ("DOAN TRUONG"), or a title's own words
    if key(text) in lex.signer_titles:
        return False  # a whole title with one mark misread ("TỐNG GIÁM ĐỐC" for "TỔNG GIÁM ĐỐC")
    head = lex.marked_head(text)
    if head is None:
        folded = lex.head_re.match(key(text))
        # a fuzzy likeness only ("TỐNG ĐỨC" is no "TỔNG CỤC"), not a body's head of two words or more
        # with a mark misread ("TỐNG CÔNG TY")
        return folded is None or len(folded.group(0).split()) < 2
    rest = " ".join(text.split()[len(head.split()):])
    return gap and 1 <= len(rest.split()) <= 3 and not (
        lex.starts_with_head(rest) or lex.admin_re.match(key(rest)) or lex.body_noun_re.match(key(rest)))


# a name of the Central Highlands that opens with H' or K' and a capital (H'Yim Kđoh, K'Mák)
_APOSTROPHE_NAME = re.compile(r"(?<!\w)[HK]['’]\w")
