"""The text of a subject from its lines: joined (a word or a compound broken across lines made
whole again, the specks an OCR pass put at a line's ends taken off), and cut where the right
column's place and date, or a note written beside it, were merged into its line."""

from __future__ import annotations

import re

from .context import Context
from .header_lines import BLANK_DATE, place_start
from ..vntext import strip_diacritics
from .text import DATE_WORDS, review_note, squash
from ..i18n import _

# A mark standing alone at the end of a subject line that goes on below: an OCR speck, for a
# subject breaks its lines between words ("tuyên truyền và `" / "tham gia bầu chọn …").
_LINE_END_SPECK = re.compile(r"\s+[-–—_`'~|.,:;]{1,3}\s*$")

_LINE_START_SPECK = re.compile(r"^\s*[-–—_`'~|.,]{1,3}\s+(?=\S)")
# a speck alone between words (``NGUYÊN ĐÁN _ ĐINH DẬU``) or glued to a word's end (``AN TOÀN GIAO_
# THÔNG``): no word holds one
_LONE_SPECK = re.compile(r"(?:(?<=\s)|(?<=[^\W\d_]))[_~|`]+(?=\s)")


def _compound_dash(line: str, below: str) -> bool:
    """Does ``line`` end with the dash of a compound that goes on below (``kinh tế -`` / ``xã
    hội``, ``giai đoạn 2021 –`` / ``2025``), not with a speck? The words on both sides are alike:
    both in lower case or both figures (``Hội An -`` / ``là …`` ends with a speck)."""
    m = re.search(r"(\S+)\s[-–]\s*$", line)
    return m is not None and _alike(m.group(1), re.sub(r"^\s*[-–]?\s*", "", below))


def _alike(before: str, after: str) -> bool:
    """Are the last word of ``before`` and the first of ``after`` both in lower case, both figures,
    both names (a capital, then small letters: ``Việt Nam -`` / ``Những bằng chứng …``, ``tỉnh Bà
    Rịa -`` / ``Vũng Tàu``) or both in capitals?"""
    a, b = before.split()[-1:], after.split()[:1]
    if not a or not b:
        return False
    a, b = a[0].strip(".,;:“”\"()"), b[0].strip(".,;:“”\"()")
    return (a.islower() and b.islower() or a.isdigit() and b.isdigit() or _named(a) and _named(b)
            or len(a) > 1 and len(b) > 1 and a.isupper() and b.isupper())


def _named(word: str) -> bool:
    """A name's word: a capital, then small letters only (``Nam``, ``Những``)."""
    return len(word) > 1 and word[0].isupper() and word[1:].islower() and word.isalpha()


# the motto's end read on with a subject's last line, the right column beside it (``… pháp lý” -
# Tự do - hạnh phúc``): no subject ends so
_MOTTO_TAIL = re.compile(r"[\s\-–—]*(?:Độc\s+lập\s*[-–—]+\s*)?Tự\s+do\s*[-–—]+\s*[Hh]ạnh\s+phúc\W*$")


def join_subject_lines(parts: list[str]) -> str:
    """The lines of a subject as one: without the specks an OCR pass put at the ends of lines
    (all but the last line's end) or alone between words (``NGUYÊN ĐÁN _ ĐINH DẬU``), nor the
    motto's end read on after it; a line that ends in a hyphen glued to its word goes on without
    a space (``2025-`` / ``2026``)."""
    parts = [p if _compound_dash(p, nxt) else _LINE_END_SPECK.sub("", p) for p, nxt in zip(parts, parts[1:])] + parts[-1:]
    parts = [parts[0]] + [p if wrapped_dash(p.strip(), above.strip()) and _alike(above.rstrip(), p.strip().lstrip("-– "))
                          else _LINE_START_SPECK.sub("", p) for above, p in zip(parts, parts[1:])]
    out = ""
    for p in parts:
        p = p.strip()
        out += p if re.search(r"\w-$", out) else (" " + p if out else p)
    out = re.sub(r" {2,}", " ", _LONE_SPECK.sub(" ", squash(out)))
    motto = _MOTTO_TAIL.search(out)
    return out[:motto.start()] if motto and motto.start() > 0 else out


def cut_merged_date(ctx: Context, subject: str) -> str:
    """A subject line merged with the right column's place and date (``V/v … Long Xuyên, ngày
    09 tháng 5 năm 2025``, or with its day left blank: ``Hà Nội, ngày   tháng 5 năm 2025``) ends
    before the place."""
    folded = strip_diacritics(subject)
    m = DATE_WORDS.search(folded) or BLANK_DATE.search(folded)
    if m is None:
        return _cut_wrapped_place(ctx, subject)
    comma = subject.rfind(",", 0, m.start())
    if comma < 0 or subject[comma + 1:m.start()].strip():
        return subject
    before = subject[:comma].rstrip()
    place = ctx.fields.place
    if place and before.endswith(place) and len(before) > len(place):
        return before[:-len(place)].strip()  # the place the header's date was found with
    gap = list(re.finditer(r"\t|\s{3,}", before))
    if gap:
        return before[:gap[-1].start()].strip()  # the columns apart by a tab or a run of spaces
    start = place_start(subject[:comma])
    return subject[:start].strip() if start else subject


def _cut_wrapped_place(ctx: Context, subject: str) -> str:
    """A subject line merged with the place of a date line wrapped after its comma (``“V/v …”Cao
    Bằng,`` / ``ngày 24 …``): it ends before the place, when the header's place was read at the end of
    a line."""
    place, tail = ctx.fields.place, subject.rstrip()
    if not place or not tail.endswith(place + ",") or len(tail) <= len(place) + 1:
        return subject
    wrapped = any(sp.label == "place" and re.match(r",[ \t]*\n", ctx.text[sp.end:sp.end + 4]) for sp in ctx.spans)
    return tail[:-len(place) - 1].rstrip() if wrapped else subject


# A numbered item opening inside a line (``… cho HS, SV 1. Cô Hương gửi …``): a note typed or
# written beside the subject, which the layout read as the same line; a subject never holds one.
_SIDE_ITEM = re.compile(r"(?<=[^\W\d_])[ \t]+\d{1,2}[.)][ \t]+(?=[^\W\d_])")


def cut_side_note(ctx: Context, lines: list[int], parts: list[str]) -> tuple[list[int], list[str]]:
    """The subject's lines up to a note beside it: the line that holds a numbered item after its
    words ends before the item, and the subject ends there. A subject cut so may be short of its
    end (its next line is mixed with the note's): it is flagged for a look."""
    for k, part in enumerate(parts):
        m = _SIDE_ITEM.search(part)
        if m is None or not part[m.end():m.end() + 1].isupper():
            continue
        note = " ".join(part[m.start():].split()[:4])
        ctx.fields.review.setdefault("subject", review_note(
            _("the subject's line also holds a note written beside it (“%(note)s …”): that part was left "
              "out, and the subject may be incomplete") % {"note": note}))
        return lines[:k + 1], parts[:k] + [part[:m.start()]]
    return lines, parts


# a line that opens with a dash and a word in lower case: the subject wrapped before the dash of
# a compound ("kinh tế" / "- xã hội"), no list item
_WRAPPED_DASH = re.compile(r"^[ \t]*[-–][ \t]+(?=[^\W\d_])")


# a span of years wrapped before its dash ("giai đoạn 2006" / "– 2010"): a year ends the line above
_YEAR_END = re.compile(r"\b(?:19|20)\d\d\s*$")
_DASH_YEAR = re.compile(r"^[ \t]*[-–][ \t]*(?:19|20)\d\d\b")


def wrapped_dash(text: str, above: str = "") -> bool:
    """Does line ``text`` go on with the subject of the line ``above`` through a dash that opens it:
    a compound wrapped before its dash (``kinh tế`` / ``- xã hội``) or a span of years (``giai đoạn
    2006`` / ``– 2010``), no list item?"""
    m = _WRAPPED_DASH.match(text)
    if m is not None and text[m.end()].islower():
        return True
    return bool(_DASH_YEAR.match(text) and _YEAR_END.search(above))
