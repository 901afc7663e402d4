"""The head of a page that lost its line breaks (:mod:`.flat`): where the addressees of ``Kính
gửi`` and the subject end before the body's first paragraph.

The addressees end at the first full stop of their block (not one of an abbreviation, ``P. Láng
Thượng``, nor one inside brackets) or before the body's first sentence, whichever comes first: a
word in sentence case that opens a paragraph of the body (``Căn cứ``, ``Thực hiện``, ``Xét``,
``Ngày 12 …``; ``models/parse/body_starts.txt`` and ``flat_body_starts.txt``, matched with their
marks) after an addressee's last word, not after a body's bare head (``Trung tâm`` / ``Xét
nghiệm …``). Addressees listed after dashes with no stop between them break before each dash that
opens a body's name.

A subject printed in capitals under the type's title ends where the capitals end (``… ĐINH DẬU
2017`` / ``Mười tháng đầu năm …``), and before the issuing authority a decision prints on its own
line under it when that repeats the page's issuer (``… TỈNH KON TUM`` / ``ỦY BAN NHÂN DÂN TỈNH KON
TUM`` / ``Căn cứ …``). A subject in sentence case ends before a body opener or the first entry of
the legal bases (``… Điện Biên`` / ``- Luật Đường bộ …``). A page with no head that opens with its
type's name breaks after a title in capitals and where its subject ends."""

from __future__ import annotations

import re
from functools import lru_cache

from ..vntext import strip_diacritics
from .lexicon import lexicon
from .text import key, load_list, words_regex


@lru_cache(maxsize=1)
def _body_starts_marked() -> re.Pattern:
    """The body openers with their marks (``Để``, not ``Đê La Thành``; models/parse/body_starts.txt and
    flat_body_starts.txt)."""
    return words_regex(load_list("body_starts.txt") + load_list("flat_body_starts.txt"), prefix=r"^\W*", fold=False)


@lru_cache(maxsize=1)
def _body_starts_folded() -> re.Pattern:
    return words_regex(load_list("body_starts.txt") + load_list("flat_body_starts.txt"), prefix=r"^\W*")


# in folded text: a bracket, a full stop, or a space before a word in sentence case after a word
_ADDRESSEE_STOPS = re.compile(r"[()]|\. (?=\S)|(?<=[\w.,)\"”]) (?=[A-Z][a-z])")


def opens_body(line: str, at: int) -> bool:
    """Does a paragraph of the body open at ``at`` (a body opener in sentence case; ``Ngày`` only
    before a figure)?"""
    if not line[at:at + 1].isupper() or line[at + 1:at + 2].isupper():
        return False
    text = line[at:at + 40]
    rest = " ".join(text.lower().split())
    m = _body_starts_marked().match(rest)
    if m is None and text.split(" ", 1)[0] == strip_diacritics(text.split(" ", 1)[0]):
        rest = key(text)  # a page whose marks were lost
        m = _body_starts_folded().match(rest)
    if m is None:
        return False
    return not key(rest).startswith("ngay") or bool(re.match(r"\s*\d", rest[m.end():]))


def addressees_end(line: str, folded: str, start: int, stop: int) -> int:
    """The space after the last addressee of a ``Kính gửi`` block that starts at ``start``; -1 if
    none is found before ``stop``."""
    depth = 0
    for m in _ADDRESSEE_STOPS.finditer(folded, start, stop):
        token = m.group()
        if token in "()":
            depth = max(0, depth + (1 if token == "(" else -1))
        elif token == " ":
            if opens_body(line, m.end()) and not _head_only(folded[start:m.start()]):
                return m.start()
        elif depth == 0 and not re.search(r"(?:^|[\s(/])[A-Z][A-Za-z]?$", folded[max(start, m.start() - 3):m.start()]):
            return m.start() + 1  # a full stop, not an abbreviation's ("P. Láng Thượng", "TP. Huế")
    return -1


def dash_entries(line: str, folded: str, start: int, end: int) -> list[int]:
    """Addressees listed each after a dash with no stop between them (``Kính gửi: - Hội Nông dân các
    tỉnh - Các cơ quan báo chí``): a break before a dash when the list opens with one and the words
    after it open a body's name or a plural (``Các …``), not a name's second half (``Sở Quy hoạch -
    Kiến trúc``)."""
    if not re.match(r"\s*:?\s*[-–]", folded[start:end]):
        return []
    return [m.start() for m in re.finditer(r"(?<=[\w)]) (?=[-–] [A-Z])", folded[:end])
            if m.start() > start and (folded[m.end() + 2:].startswith("Cac ")
                                      or lexicon().starts_with_head(line[m.end() + 2:m.end() + 60]))]


def _head_only(before: str) -> bool:
    """Is the addressee before an opener's word no more than the head of a body's name (``Trung tâm``
    / ``Xét nghiệm tỉnh``, ``Phòng`` / ``Tiếp nhận hồ sơ``)? Then the word goes on its name."""
    entry = re.split(r"[;,:]|(?:^|\s)[-–](?=\s)", before)[-1]
    k = key(entry)
    found = lexicon().head_re.match(k)
    return found is not None and found.end() == len(k) and lexicon().agency_of_key(k) is None  # not "Chính phủ"


def subject_cuts(line: str, folded: str, start: int, issuer: str) -> list[int]:
    """Where a subject that starts at ``start``, under the type's title, ends: the space before
    the body's first paragraph, and before the issuing authority a decision prints under its
    subject when that repeats ``issuer`` (the page's first line)."""
    kinh = folded.find("Kinh g", start)
    stop = min([p for p in (kinh, start + 700, len(line)) if p > start])
    words = list(re.finditer(r"\S+", line[start:stop]))
    letters = [w.group() for w in words[:3] if any(c.isalpha() for c in w.group())]
    if letters and all(w.isupper() for w in letters):
        return _caps_subject_end(line, start, words, issuer)
    for m in re.finditer(r"(?<=[\w.,)\"”]) (?=[A-Z][a-z]|- [A-Z])", folded[:stop]):
        if m.start() > start + 10 and (opens_body(line, m.end()) or line[m.end()] == "-" and _names_type(line, m.end() + 2)):
            return [m.start()]  # "… Điện Biên" / "- Luật Đường bộ …": the first of the legal bases
    return []


_HEADING = re.compile(r"(?:[IVXL]{1,5}|\d{1,2})[.)]")  # "I. MỤC ĐÍCH, YÊU CẦU": the body's first heading


def _caps_subject_end(line: str, start: int, words: list[re.Match], issuer: str) -> list[int]:
    """A subject in capitals ends where the capitals end, before a word in sentence case (not a
    code in capitals with small letters, ``CT-TTg``) or the body's first heading (``I. MỤC ĐÍCH``);
    the page's issuer repeated at its end goes on a line of its own."""
    end = None
    for i, w in enumerate(words):
        word = strip_diacritics(w.group())
        if i > 0 and (re.fullmatch(r"[\W\d]*[A-Z]?[a-z]+\W*", word) or _HEADING.fullmatch(word)):
            end = i
            break
    if end is None:
        return []
    cuts = [start + words[end].start() - 1]
    caps = key(" ".join(w.group() for w in words[:end]))
    names = issuer.split()
    # the issuer, the issuer after its parent ("ỦY BAN … QUẬN 9 TRUNG TÂM …"), or the start of either
    # ("ỦY BAN NHÂN DÂN TỈNH" under "… NĂM 2013" for "ỦY BAN NHÂN DÂN TỈNH TUYÊN QUANG")
    spans = [(j, k) for j in range(len(names) - 1) for k in range(len(names), j + 1, -1)
             if (j == 0 or lexicon().starts_with_head(" ".join(names[j:]))) and (k == len(names) or k - j >= 3)]
    for j, k in spans:
        name = key(" ".join(names[j:k]))
        if caps.endswith(" " + name) and len(caps) > len(name) + 10:
            cuts.append(start + words[end - len(name.split())].start() - 1)
            break
    return cuts


def _names_type(line: str, at: int) -> bool:
    """Does a type's name (``Luật``, ``Nghị định``, ``Quyết định``) or a body opener start at ``at``?"""
    words = key(line[at:at + 30]).split()
    return opens_body(line, at) or any(" ".join(words[:n]) in lexicon().type_names for n in (1, 2, 3))


def opening_type(folded: str) -> int:
    """The end of the type's name a page opens with, no head above it (``QUYẾT ĐỊNH Về việc …``,
    ``Thông báo về việc …``); 0 if it opens with none."""
    m = re.match(r"\W*((?:\w+ ){1,3})", folded)
    words = m.group(1).split() if m else []
    for n in range(len(words), 0, -1):
        if key(" ".join(words[:n])) in lexicon().type_names:
            return m.start(1) + len(" ".join(words[:n]))
    return 0


def type_opening_cuts(line: str, folded: str) -> list[int]:
    """A page that opens with its type's name: a break after a title in capitals, and where the
    subject ends (a title in sentence case stays on the subject's line, as printed)."""
    end = opening_type(folded)
    if not end:
        return []
    if folded[:end].isupper():
        return [end] + subject_cuts(line, folded, end, "")
    return subject_cuts(line, folded, 0, "")
