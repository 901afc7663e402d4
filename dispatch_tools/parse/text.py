"""Text helpers shared by the extractors: folding, lines with offsets, sentences, dates.

Every extractor works on offsets of the repaired text (``Document.text``). Matching is done on a
*folded* copy of that text of exactly the same length: each character is replaced by its base
letter without diacritics (``ệ`` -> ``e``, ``Đ`` -> ``D``), case kept. A pattern written without
diacritics therefore finds the words whether the text has its accents, lost them in OCR, or
carries wrong ones, and every match's offsets are valid in the original text.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date
from functools import lru_cache

from ..i18n import N_, _
from ..vntext import strip_diacritics


REVIEW = N_("needs a look")  # how every note that asks a person to check a field opens ("cần xem lại")


def review_note(reason: str) -> str:
    """A note that asks a person to check a field: the review word, then ``reason`` (already in
    the interface language)."""
    return f"{_(REVIEW)}: {reason}"


def key(text: str) -> str:
    """A comparison key: folded, lower case, single spaces."""
    return " ".join(strip_diacritics(text).lower().split())


def squash(text: str) -> str:
    """Collapse every run of whitespace to one space and strip."""
    return " ".join(text.split())


_AUTOLINK = re.compile(r"<((?:https?|ftp)://[^\s<>]+)>", re.IGNORECASE)


def strip_markup(text: str) -> str:
    """Remove markdown that some sources keep: emphasis (``**bold**``, ``*x*``) and an autolink's brackets
    (``<https://…>``)."""
    return _AUTOLINK.sub(r"\1", re.sub(r"\*+", "", text))


@lru_cache(maxsize=512)
def load_list(name: str) -> tuple[str, ...]:
    """Lines of a data file in ``models/parse`` without comments and blanks."""
    from ..resources import data_lines

    return data_lines("parse", name)


#: a quarter's number in Roman figures (``Quý IV``)
QUARTERS = {"I": 1, "II": 2, "III": 3, "IV": 4}


def load_table(name: str) -> list[list[str]]:
    return [row.split("\t") for row in load_list(name)]


def words_regex(phrases, *, prefix: str = r"(?<![\w])", suffix: str = r"(?![\w])", fold: bool = True) -> re.Pattern:
    """One case-insensitive regex matching any phrase (folded, or with its marks kept when not
    ``fold``), longest first, spaces flexible."""
    norm = key if fold else (lambda p: " ".join(p.lower().split()))
    keys = sorted({norm(p) for p in phrases if p.strip()}, key=len, reverse=True)
    body = "|".join(r"\s+".join(re.escape(w) for w in k.split()) for k in keys)
    return re.compile(f"{prefix}(?:{body}){suffix}", re.IGNORECASE)


# --------------------------------------------------------------------------- lines


@dataclass
class TextLine:
    index: int  # index in the document's global line list
    start: int  # offset of the first character in the text
    end: int  # offset after the last character (newline excluded)
    text: str
    folded: str
    column: str = "full"

    @property
    def stripped(self) -> str:
        return self.text.strip()

    @property
    def blank(self) -> bool:
        return not self.text.strip()

    @property
    def content_start(self) -> int:
        return self.start + (len(self.text) - len(self.text.lstrip()))

    @property
    def content_end(self) -> int:
        return self.start + len(self.text.rstrip())


def split_lines(text: str, folded: str, columns: list[str] | None = None) -> list[TextLine]:
    out, pos = [], 0
    for i, part in enumerate(text.split("\n")):
        column = columns[i] if columns and i < len(columns) else "full"
        out.append(TextLine(i, pos, pos + len(part), part, folded[pos:pos + len(part)], column))
        pos += len(part) + 1
    return out


def lines_at(text: str):
    """``(start, line)`` for each line of ``text``, ``start`` its offset."""
    start = 0
    for line in text.split("\n"):
        yield start, line
        start += len(line) + 1


def broken_at(text: str, cuts, over: str | None = " ") -> str:
    """``text`` with a line break put at each offset of ``cuts`` (the same length): where the
    character there is one of ``over`` (a space, by default), or at every offset when ``over`` is None."""
    out = list(text)
    for pos in cuts:
        if over is None or text[pos] in over:
            out[pos] = "\n"
    return "".join(out)


def is_upper_line(text: str, minimum: float = 0.85) -> bool:
    """Mostly capital letters (a header, a type name, a signer's title)."""
    letters = [c for c in strip_markup(text) if c.isalpha()]
    if len(letters) < 2:
        return False
    return sum(c.isupper() for c in letters) / len(letters) >= minimum


# A list dash, with the specks an OCR pass may read before or after it (``.- Hiệu trưởng``,
# ``- = Lưu: VT``, ``._- UBMTTQVN``).
_SPECK = r"[._,'`=~|]"
LIST_DASH = re.compile(rf"^[ \t]*(?:{_SPECK}{{1,3}}[ \t]*)?"  # specks before the dash
                       # the dash ("*" only as a bullet, not markup); OCR reads a dash as a minus,
                       # a hyphen of another code, or a small mark ("°", "»")
                       rf"(?:[-–—‐‑‒−+•]|[*°»«](?=[ \t]))"
                       rf"(?:[ \t]*{_SPECK}{{1,2}}(?=[ \t]|[^\W\d_]))?[ \t]*")  # specks after it


def trim_item(text: str, comma: bool = False) -> str:
    """A list entry without its leading dash and trailing ``;``/``.``/``,`` (and the specks after them);
    with ``comma``, a comma that ends it is kept, as a distribution entry prints it (``- VPCP: BTCN,
    PCN Văn Trọng Lý,``: the list's entries end with ``;``, this one goes on in the next)."""
    text = squash(strip_markup(text))
    text = LIST_DASH.sub("", text, count=1)
    text = re.sub(rf"^(?:{_SPECK}|[:;])+\s+", "", text)  # specks where the dash was: "._~ UBMTTQVN", ": VPCP"
    text = re.sub(r"^[-–—]+\s+", "", text)  # a dash read twice: "—— Ban Chỉ đạo"
    if text[:1] in "“\"" and not re.search(r"[”\"]", text[1:]):
        text = text[1:].lstrip()  # a quote mark with no closing one: a speck ("“Như trên")
    text = re.sub(r"\s*\S*\\.*$", "", text)  # a file path the typist left under the list: d:\2011\CV\…
    # junk an OCR pass leaves after the closing punctuation: "Như trên; . , -", "… Điều 4;_", "… KL. '"
    text = re.sub(r"(?<=[;.])[\s.,;:\-–—_'`~|=]+$", "", text)
    text = re.sub(r"[\s;.:]+$" if comma and re.search(r"[^\s;.:,],\s*$", text) else r"[\s;.,:]+$", "", text)
    return text.strip()


def first_words(text: str, n: int = 12) -> str:
    return " ".join(text.split()[:n])


# --------------------------------------------------------------------------- dates

# In folded text: "ngày 05 tháng 3 năm 2024" with OCR-tolerant words (ngay/ngav, thang, nam/nim).
DATE_WORDS = re.compile(
    r"ng[a-z]{1,2}y?\s*(\d{1,2})\s+t[a-z]{1,4}ng\s*(\d{1,2})\s*,?\s*n[a-z]m\s*(\d{4})",
    re.IGNORECASE,
)
DATE_SHORT = re.compile(r"(?<![\d/.])(\d{1,2})\s*([/.\-])\s*(\d{1,2})(?:\s*\2\s*(\d{4}|\d{2}))?(?![\d])")
MONTH_YEAR = re.compile(r"th[a-z]{1,2}ng\s*(\d{1,2})\s*(?:/\s*|\s+n[a-z]m\s+|\s*-\s*)(\d{4})", re.IGNORECASE)


def make_date(day: int, month: int, year: int) -> date | None:
    try:
        return date(year, month, day)
    except ValueError:
        return None


def full_year(year: str | None, ref: date | None) -> int | None:
    if not year:
        return None
    y = int(year)
    if len(year) == 2:
        century = (ref.year // 100 * 100) if ref else 2000
        y += century
    return y


def resolve_date(day: int, month: int, year: int | None, ref: date | None) -> date | None:
    """A day-month without a year takes the reference year, or the next if it would fall before."""
    if year is not None:
        return make_date(day, month, year)
    if ref is None:
        return None
    d = make_date(day, month, ref.year)
    if d is not None and d < ref:
        d = make_date(day, month, ref.year + 1)
    return d


def last_day_of_month(year: int, month: int) -> date:
    if month == 12:
        return date(year, 12, 31)
    return date.fromordinal(date(year, month + 1, 1).toordinal() - 1)


# --------------------------------------------------------------------------- sentences

_SENT_END = re.compile(r"(?:\./\.|[.!?;])(?=\s+[\"“(]?[A-ZĐÀ-Ỹ\d-]|\s*$)|\n\s*\n")


def sentence_spans(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """Sentences (also clauses ending with ``;``) inside ``text[start:end]``."""
    return spans_ended_by(_SENT_END, text, start, end)


def spans_ended_by(ends: re.Pattern, text: str, start: int, end: int) -> list[tuple[int, int]]:
    """The pieces of ``text[start:end]`` that the matches of ``ends`` close (the last one closed by
    ``end``), each without the spaces around it; pieces of spaces only are left out."""
    out, pos = [], start
    for m in ends.finditer(text, start, end):
        if m.end() > pos and text[pos:m.end()].strip():
            out.append((pos, m.end()))
        pos = m.end()
    if text[pos:end].strip():
        out.append((pos, end))
    result = []
    for s, e in out:
        while s < e and text[s].isspace():
            s += 1
        while e > s and text[e - 1].isspace():
            e -= 1
        if s < e:
            result.append((s, e))
    return result
