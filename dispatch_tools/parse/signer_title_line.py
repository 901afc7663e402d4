"""One line of a signature block, read alone: where a signer's title ends and the name begins when
the two share a line (glued, after a tab, the name's first letter read small, ``(đã ký)`` after it),
a title glued to its capacity, a title line without the specks around it, and whether words look
like a person's name."""

from __future__ import annotations

import re

from ..vntext import strip_diacritics
from .foot_patterns import AUTHORITY, NAME_WORD, SPECKS
from .lexicon import lexicon
from .signer_name import person_name, surnames, without_degree
from .text import is_upper_line, key, squash, strip_markup


# a column's gap, then an entry of the distribution printed right of the signature column
# (a tab, or two spaces before an entry in sentence case, are gap enough: "PHÓ GIÁM ĐỐC  - Như trên;")
DISTRIBUTION_BESIDE = re.compile(r"[ \t]{3,}(?=[-–+•][ \t]+\S)|\t(?=[-–+•][ \t]+\S)|  (?=[-–+•][ \t]+(\w\w+))")


def name_after_tab(text: str) -> int | None:
    """Where the name starts on a line that holds a note of the left column and, after a tab, the
    signer's name, its words laid out with tabs too (``(Đính kèm …)⇥Võ⇥Văn Hoan``)."""
    first = text.find("\t")
    if first <= 0 or not text[:first].strip():
        return None
    start = first + len(text[first:]) - len(text[first:].lstrip())
    return start if person_name(squash(text[start:])) else None


def title_then_name(text: str) -> int | None:
    """Where the name starts in ``PHÓ CHỦ TỊCHNguyễn Thị Thu`` (a capital and a small letter after
    a run of capitals), if it does; not inside a name that opens with a letter and an apostrophe
    (``K'Điểu``)."""
    prefix = AUTHORITY.match(strip_diacritics(text))
    for p in range(4, len(text) - 1):
        if text[p].isupper() and text[p + 1].islower() and text[p - 1] not in "'’" and is_upper_line(text[:p], 0.99):
            if prefix is not None and prefix.end() >= p:
                return None  # "KT. Chủ tịch": an authority prefix and its capacity in sentence case, no title
            if without_degree(f"{text[:p].strip()} Lê Văn") == "Lê Văn":
                return None  # "BSCKII. Phạm Quang Vinh": a degree before the name, no title
            return p if looks_like_name(text[p:].strip()) else None
    return None


def glued_title(text: str, below: str = "") -> int | None:
    """Where a signer's title glued to the capacity starts (``BỘ TRƯỞNG, CHỦ NHIỆMPHÓ CHỦ NHIỆM``),
    or printed after it on its line and wrapped onto the line ``below`` (``KT. BỘ TRƯỞNG, CHỦ
    NHIỆM PHÓ CHỦ`` / ``NHIỆM``: the columns' lines merged, the glued words split)."""
    lex = lexicon()
    for m in re.finditer(r"(?<=[^\W\d_])(?=PHÓ\s|P\.\s)", text):
        if lex.is_signer_title(text[m.start():]):
            return m.start()
    for m in re.finditer(r"(?<=[^\W\d_]\s)(?=PHÓ\s)", text):
        head, tail = text[:m.start()].strip(" ,(-"), text[m.start():].strip()
        if not head:
            continue
        if lex.is_signer_title(tail) and lex.is_signer_title(head):
            return m.start()  # "KT. GIÁM ĐỐC PHÓ GIÁM ĐỐC"
        if is_upper_line(below) and lex.is_signer_title(f"{tail} {below.strip()}") \
                and not lex.is_signer_title(tail) and not lex.is_signer_title(below.strip()):
            return m.start()
    return None


def clean_title(text: str) -> str:
    """A title line without the specks an OCR pass put around it (``Phó Thủ tướng.``, ``__ PHÓ
    GIÁM ĐỐC``, a seal's ``AN PHÓ CHÁNH VĂN PHÒNG``) and with a dash read between its words as the
    space it is (``PHÓ-THỦ TƯỚNG``)."""
    text = text.strip().strip(SPECKS)
    first, _sep, rest = text.partition(" ")
    if len(first) <= 2 and rest and not AUTHORITY.match(strip_diacritics(text)) and (
            lexicon().is_signer_title(rest) and not lexicon().is_signer_title(text)):
        text = rest.strip()
    spaced = re.sub(r"(?<=[^\W\d_])\s*[-–—]\s*(?=[^\W\d_])", " ", text)
    if spaced != text and lexicon().is_signer_title(spaced) and not lexicon().is_signer_title(text):
        return spaced
    return text


def title_then_small_name(line: str) -> tuple[int, str] | None:
    """A known title in capitals and a person's name on one line, the name's first letter read
    small (``PHÓ CHỦ NHIỆM trần Quốc Toản``; :func:`title_then_name` takes it read as a capital):
    where the name starts and the name with its capital; None unless the name opens with a family
    name."""
    lex = lexicon()
    words = list(re.finditer(r"\S+", line))
    for k in range(len(words) - 2, 0, -1):
        tail = squash(strip_markup(line[words[k].start():])).strip(" .")
        if not tail[:1].islower():
            continue
        head = clean_title(strip_markup(line[:words[k].start()]))
        cased = tail[:1].upper() + tail[1:]
        if is_upper_line(head, 0.99) and lex.is_signer_title(head) and person_name(cased, family=True):
            return words[k].start(), cased
        return None
    return None


def looks_like_name(text: str) -> bool:
    words = without_degree(text).replace("(", " ").replace(")", " ").split()
    if not 2 <= len(words) <= 7:
        return False
    if any(ch.isdigit() for ch in text) or ":" in text or text.startswith(("-", "(")):
        return False
    if is_upper_line(text):
        return False
    if not words[0][0].isupper() or any(w.endswith(".") and len(w) > 2 for w in words):
        return False  # "xa. Ta.": specks of a seal, no name
    if len(words[0]) == 1 and key(words[0]) not in surnames():
        return False  # "N ấn Hữu Vũ": a name cut by the signature's ink; "Y Ngông Niê Kdăm", "A Pớt" are names
    caps = sum(1 for w in words if w[0].isupper())
    return caps >= len(words) - 1 and all(NAME_WORD.match(strip_diacritics(w)) for w in words)
