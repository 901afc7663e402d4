"""A head whose lines were merged onto one (its two columns read row by row, then joined: ``ỦY BAN
NHÂN DÂN TỈNH X CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM Độc lập - Tự do - Hạnh phúc Số: 12/UBND-VX
X, ngày 3 tháng 4 năm 2025 KẾ HOẠCH``) gets its breaks back where its known parts start and end,
so that the header rules read it as they read a printed head.

A line of the head (above ``Kính gửi``) is split when it holds three parts or more of these (a
printed row holds two: the issuer beside the national title, the number beside the date): the
issuing body's name in capitals opening it, the national title, the motto and the Party's or Youth
Union's title (``header_marks.tsv``), the number after ``Số`` (or its symbol alone), the place and
date. Breaks go after each title and motto, and before it unless a body's name stands before it in
its row; before the number, ``V/v`` and ``Về việc``; before the place (not right after the number:
a row) and after the date; after the number when the subject follows it; around a type's title
(``type_names.txt``) and a note in brackets after its subject; around a rule of dashes or
underscores (``-----``, ``___``, ``*``). The words between them (the issuing body, the subject)
stay as they were. Only spaces become breaks: the text keeps its length and every offset stays
valid.
"""

from __future__ import annotations

import re
from functools import lru_cache

from ..vntext import strip_diacritics
from .header_lines import BLANK_DATE, HEADER_DATE, NUMBER, SEGMENT, glued_tail, place_start
from .lexicon import lexicon
from .text import broken_at, is_upper_line, key, lines_at

HEAD_LINES = 14  # the head's lines looked at, blank ones apart
HEAD_CHARS = 600  # how far into a line its head's parts are looked for
MIN_PARTS = 3  # a line holding fewer of the head's parts than this is a printed row (``Số: …    Hà Nội, ngày …``)

# the number after "Số", or its label alone at the line's end (the number left blank: ``Số:`` … ``/TTr-VPCP``),
# or a symbol opening the line, the number left blank before it
_NUMBER = re.compile(rf"(?<!\S)S[o0]\s*[:;.]?\s*(?:[.…_]+\s*)?(?:{NUMBER})|(?<!\S)S[o0]\s*:(?!\s*[\d.…_/])"
                     rf"|(?<!\S)/{SEGMENT}[-–/]{SEGMENT}")
_SUBJECT = re.compile(r"(?<= )(?:V/[vV]\b|Ve viec\b)")
_RULE = re.compile(r"(?<= )(?:[-_=]{3,}|\*)(?= |$)")
_STOP = re.compile(r"\s*(?:K[iI]nh g[uo]i|Noi nh)")  # the head ends here
# a title of the Party's or Youth Union's that names an issuing body's branch (``BAN CHẤP HÀNH ĐOÀN
# TNCS HỒ CHÍ MINH …``) is the body's own
_BRANCH = re.compile(r"(?:\bBCH|CHAP HANH|\bBTV|THUONG VU)\s*$", re.IGNORECASE)


@lru_cache(maxsize=1)
def _titles() -> re.Pattern:
    """The national title, the motto and the Party's and Youth Union's titles, in folded text,
    their words apart by spaces or dashes; a title printed in capitals (all but the motto) is the
    group ``caps``."""
    caps, other = [], []
    for mark in lexicon().marks["motto"]:
        words = [w for w in re.split(r"[\s\-–—]+", strip_diacritics(mark)) if w]
        if len(words) >= 7:  # the national title wrapped in its column: each half apart
            words = [words, words[:len(words) // 2], words[len(words) // 2:]]
        else:
            words = [words]
        (caps if is_upper_line(mark) else other).extend(r"[\s\-–—,.]*".join(re.escape(w) for w in ws) for ws in words)
    alt = lambda xs: "|".join(sorted(xs, key=len, reverse=True))  # noqa: E731
    return re.compile(f"(?P<caps>{alt(caps)})|{alt(other)}", re.IGNORECASE)


def with_head_breaks(text: str) -> str:
    """``text`` with the merged lines of its head broken at their parts (the same length)."""
    text = _titles_rejoined(text)
    breaks, seen = [], 0
    for start, line in lines_at(text):
        folded = strip_diacritics(line)
        if _STOP.match(folded) or seen >= HEAD_LINES:
            break
        if line.strip():
            seen += 1
            breaks += [start + pos for pos in _cuts(line, folded)]
    return broken_at(text, breaks, over=None)


@lru_cache(maxsize=1)
def _title_splits() -> list[tuple[re.Pattern, re.Pattern]]:
    """For each national title, motto or Party's or Youth Union's title, each way a hard wrap may
    cut it in two (two words or more before the cut): the end of a line that holds its first part
    and the very start of a line that holds the rest (a column's own wrap indents it, or puts the left
    column's cell before it), in folded text."""
    out = []
    for mark in lexicon().marks["motto"]:
        words = [w for w in re.split(r"[\s\-–—]+", strip_diacritics(mark)) if w]
        flags = 0 if is_upper_line(mark) else re.IGNORECASE  # a title in capitals, never a sentence naming it
        for cut in range(2, len(words)):
            head = r"[\s\-–—]*".join(map(re.escape, words[:cut]))
            rest = r"[\s\-–—]*".join(map(re.escape, words[cut:]))
            out.append((re.compile(rf"(?<!\S){head}[ \t\-–—]*$", flags),
                        re.compile(rf"(?:[-–—][ \t]*)?{rest}(?![a-z])", flags)))  # at the line's start, as a wrap puts it
    return out


def _titles_rejoined(text: str) -> str:
    """``text`` with a national title or motto that a hard wrap cut at a line's end joined again
    (``… CỘNG HÒA XÃ HỘI CHỦ NGHĨA`` / ``VIỆT NAM``, ``… Độc lập - Tự`` / ``do - Hạnh phúc``): the break
    between the two parts becomes a space, so the rest of the title stands in the row it belongs to."""
    lines = text.split("\n")
    out = list(text)
    start, seen = 0, 0
    for k, line in enumerate(lines[:-1]):
        folded = strip_diacritics(line)
        if _STOP.match(folded) or seen >= HEAD_LINES:
            break
        seen += bool(line.strip())
        nxt = strip_diacritics(lines[k + 1])
        if any(head.search(folded) and rest.match(nxt) for head, rest in _title_splits()):
            out[start + len(line)] = " "
        start += len(line) + 1
    return "".join(out)


def _cuts(line: str, folded: str) -> list[int]:
    """The spaces of one head line to turn into breaks (none when it holds fewer than
    :data:`MIN_PARTS` of the head's parts)."""
    parts, cuts, titles = 0, [], []
    for m in _titles().finditer(folded, 0, HEAD_CHARS):
        if _BRANCH.search(folded[:m.start()]) or m.group("caps") and not is_upper_line(line[m.start():m.end()]):
            continue  # a branch's name, or a sentence naming the state ("… nước Cộng hòa xã hội chủ nghĩa Việt Nam")
        parts += 1
        titles.append(m.start())
        cuts.append(_space_after(line, m.end()))
    ends: list[int] = []
    numbers: list[tuple[int, int]] = []
    for m in _NUMBER.finditer(folded, 0, HEAD_CHARS):
        if m.group().startswith("/") and ends and m.start() <= ends[-1] + 1:
            continue
        parts += 1
        cuts.append(_space_before(line, m.start()))
        ends.append(m.end())
        numbers.append((m.start(), m.end()))
    date = min((m for m in (HEADER_DATE.search(folded, 0, HEAD_CHARS), BLANK_DATE.search(folded, 0, HEAD_CHARS)) if m),
               key=lambda m: m.start(), default=None)
    if date is not None:
        comma = line.rfind(",", 0, date.start())
        if comma > 0 and not line[comma + 1:date.start()].strip():
            parts += 1
            begin = max([c + 1 for c in cuts if c is not None and c < comma] + [0])
            found = place_start(line[begin:comma])
            number = next((n for n in numbers if n[0] <= begin + (found or 0) < n[1] <= comma), None)
            if found is not None and number is not None and (begin + found == number[0] or line[begin + found - 1].isspace()):
                # the place after the number on its line ("/TTr-VPCP Hà Nội, ngày …"), none of it; a
                # place glued to the number ("07/UBND-KTĐông Anh") has no space to break at
                glued = glued_tail(line[number[0]:number[1]].split()[-1])
                begin, found = number[1], None if glued else place_start(line[number[1]:comma])
            if found is not None and not any(n[1] <= begin + found and not line[n[1]:begin + found].strip()
                                             and folded[n[0]] == "S" for n in numbers):
                cuts.append(_space_before(line, begin + found))  # the number and the date side by side are a printed row
            cuts.append(_space_after(line, date.end()))
            ends.append(date.end())
    first = min([c for c in cuts if c is not None] + titles, default=None)
    if first is not None and is_upper_line(line[:first]) and len(line[:first].split()) >= 2:
        parts += 1  # the issuing body's name in capitals opens the line
    if parts < MIN_PARTS:
        return sorted({c for c in _opening_title(line, folded, 0) if c is not None})
    cuts += [_space_before(line, m.start()) for m in _SUBJECT.finditer(folded, 0, HEAD_CHARS)]
    for m in _RULE.finditer(folded, 0, HEAD_CHARS):
        cuts += [_space_before(line, m.start()), _space_after(line, m.end())]
    cuts += [c for e in ends for c in _title_after(line, folded, e)]
    # the subject after the number on its line (``Số 369-CV/BTGTU Gửi đề cương …``), no date after it
    cuts += [_space_after(line, e) for e in ends
             if re.match(r" +[A-Z]", folded[e:]) and "ngay" not in folded[e:e + 40].lower()]
    cuts = [c for c in cuts if c is not None and line[c] in " \t"]
    cuts += [c for c in (_before_title(line, t, cuts) for t in titles) if c is not None]
    cuts += [c for start in [0] + [c + 1 for c in cuts] for c in _opening_title(line, folded, start)]
    return sorted({c for c in cuts if c is not None and line[c] in " \t"})


def _title_after(line: str, folded: str, end: int) -> list[int]:
    """A break after a type's title in capitals that follows ``end`` (the date's or the number's):
    ``… năm 2025 KẾ HOẠCH Triển khai …``."""
    m = re.match(r"[.,]?\s+((?:[A-Z]+ ?){1,4})", folded[end:end + 50])
    if m is None:
        return []
    words = m.group(1).split()
    for n in range(len(words), 0, -1):
        if key(" ".join(words[:n])) in lexicon().type_names:
            title_end = end + m.start(1) + len(" ".join(words[:n]))
            return [_space_before(line, end + m.start(1)), _space_after(line, title_end)]
    return []


def _before_title(line: str, start: int, cuts: list[int]) -> int | None:
    """A break before a title or motto at ``start``, unless the words before it since the last
    break open a body's name: the left column's cell of a row read with the right column's, as a
    printed head's row has them (``UBND XÃ AN BÌNH    CỘNG HÒA XÃ HỘI …``), which the issuer's rules read."""
    begin = max([c + 1 for c in cuts if c < start] + [0])
    cell = line[begin:start].strip(" \t*_-–")
    if cell and lexicon().starts_with_head(cell):
        return None
    return _space_before(line, start)


@lru_cache(maxsize=1)
def _type_title() -> re.Pattern:
    """A type's title in capitals, in folded text, opening a line (after a mark in capitals such as
    ``DỰ THẢO``) and followed by words in small letters or by nothing."""
    names = sorted((strip_diacritics(n).upper() for n in lexicon().type_names.values()), key=len, reverse=True)
    return re.compile(r"[ \t]*(?P<mark>(?:[A-Z]+ ){0,2}?)(?P<title>%s)(?= +[A-Z]?[a-z]|[ \t]*$)" % "|".join(map(re.escape, names)))


def _opening_title(line: str, folded: str, start: int) -> list[int | None]:
    """Breaks around a type's title opening a line (or its part from ``start``), the subject or a
    mark merged with it: ``TỜ TRÌNH Về dự thảo …``, ``DỰ THẢO TỜ TRÌNH``."""
    m = _type_title().match(folded, start)
    if m is None:
        return []
    if m.group("mark") and lexicon().starts_with_head(line[m.start("mark"):m.end("title")]):
        return []  # "SỞ KẾ HOẠCH" / "VÀ ĐẦU TƯ": a body's name wrapped, the type's words inside it
    cuts = [_space_before(line, m.start("title")) if m.group("mark") else None, _space_after(line, m.end("title"))]
    # a note in brackets after the subject, the line's end (``(trình phiên họp Chính phủ tháng 8)``): a
    # printed page puts it under the title, where the subject's rules take it for no part of it
    note = re.search(r"(?<=\S) +\(([^()]+)\)\s*$", line[m.end():])
    if note and len(note.group(1).split()) > 4:
        cuts.append(m.end() + note.start())
    return cuts


def _space_before(line: str, pos: int) -> int | None:
    """The space just before ``pos`` (past any spaces there), or None at the line's start."""
    k = pos - 1
    while k >= 1 and line[k] in " \t" and line[k - 1] in " \t":
        k -= 1
    return k if k >= 0 and line[:k].strip() and line[k] in " \t" else None


def _space_after(line: str, pos: int) -> int | None:
    """The first space at or after ``pos`` (past a full stop or comma ending the part), or None at
    the line's end."""
    k = pos
    while k < len(line) and line[k] in ".,;:*":
        k += 1
    return k if k < len(line) and line[k] in " \t" and line[k:].strip() else None
