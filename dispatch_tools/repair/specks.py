"""Specks an OCR engine reads as punctuation: at the start of a line, ``_``, ``.``, ``|``,
``¬``, ``=`` before the first word (``_ Nơi nhận:``, ``. Điều 4.``), a list dash read as ``~``, and
a dash glued to a speck (``-_ Điều 3.``), which would make a wrapped line look like a new list
item, but a full stop, a stroke or a degree sign alone between two lines of a list of dashes (``. Sở
Tài chính …``) is its dash; inside a line, a dot or a quote between two words (``Bộ .Y tế``, ``trực ' thuộc``).

No line of a dispatch opens with one of these: a list item opens with a dash, a bullet or a
number followed by a space, and a leader of dots (``……``) has more than one. So, in text read by
OCR, at the start of a line and before a word:

* a run of specks (and dashes glued to them) is dropped with the spaces after it: a list dash
  is followed by a space, so ``-_`` is no list dash;
* when a dash of the run is followed by a space (``_-``, ``- =-``), the run is that list dash;
* ``~`` is a list dash misread (``~ Lưu``, ``_~ Lưu``), and so is ``=`` followed by a space
  (``_= Giáo dục …``): the dash's stroke read twice.

Inside a line, a ``.``, ``'`` or ````` with a space before it and a small or capital letter
right after it (``Bộ .Y tế``), or standing alone between two words in small letters (``trực '
thuộc``, ``báo . cáo``), or after a word no sentence ends on (``và . Tôn giáo``: :func:`open_words`), is
dropped with the space after it, and so is a quote alone at the end
of a line: a full stop is written after its word, a quote of a dispatch is a typographic one
(``“…”``). A full stop after a syllable in small letters, with a small word after it
(``báo. cáo``), or between ``năm``, ``tháng``, ``ngày`` or ``số`` and the figure they announce
(``năm. 2025``; in a title in capitals too, ``NGÀY. 16 THÁNG. 7``), is a speck too: a sentence opens with a capital and never ends there; and a dot glued between a small
syllable and a small syllable or a capital abbreviation (``văn.số``, ``các.PCT``) stands for a
space (an address such as ``tinh.gov.vn`` has more dots, ``TP.HCM`` opens with capitals, and a
word with a capital after the dot opens a sentence). A quote glued between two capitals or
figures (``1039/TTr-BY”T``) is a speck: no symbol or abbreviation holds one. At the end of a
line, a run of marks after a space is a speck unless it is a dash, a leader of dots, or a full
stop or colon that can end what comes before it (see :func:`_line_end_speck`), and a full stop
glued to a word in small letters at the end of a line that goes on with a word in small letters
(``đề.`` / ``nghị``) is a speck too. A Roman numeral
whose ``II`` was read as an ``H`` beside an ``I`` (``V.IH``, ``XHI``) gets it back, a capital H
read as its two strokes before the rest of its syllable (``I1ứa``, ``Ilà``) is an H again, and so
does a figure of a date or of a document's number read as a letter (``ngày O1 tháng 7``, ``5o84/TTr``). A list dash opening a line that goes on
from a full line before it is no list dash (see :func:`wrapped_dash_edits`). A colon glued to a
syllable in capitals before a syllable in capitals that goes with it as one word (``CÔNG TÁC QUẢN:
LÝ``, :data:`WORD_IN_COLON`) is a speck: a colon never parts one word, and a label's colon stands
after a word the next one seldom follows (``KẾ HOẠCH: THỰC HIỆN``). A sign no dispatch prints
(``†``, ``¦``) alone between two words is a speck, and so is a second full stop between two
letters or figures (``QL..6``: an ellipsis has three).
"""

from __future__ import annotations

import re
from functools import lru_cache

from ..figure_lookalikes import lookalikes
from ..resources import data_lines, data_words
from .vietnamese import has_marks, inventory

SPECKS = "_.|¬°=~"
DASHES = "-–—"
_OPENING = re.compile(r"(?m)^[ \t]*([" + re.escape(SPECKS + DASHES) + r"](?:[ \t]*[" + re.escape(SPECKS + DASHES)
                      + r"])*)([ \t]*)(?=[^\W_])")

# a speck after a space and before a word (glued to it, or alone between two words)
_INLINE = re.compile(r"(?<=[^\W\d_] )([.'`])( ?)(?=[^\W\d_])")
# a quote alone at the end of a line, after a word
_LINE_END = re.compile(r"(?m)(?<=[^\W\d_])( ['`])[ \t]*$")
# a Roman numeral whose II an OCR pass read as H beside an I (``V.IH`` for Vụ III, ``khóa XHI``)
_ROMAN_H = re.compile(r"(?<![^\W\d_])(?=[IVX]*(?:IH|HI))[IVXH]{2,6}(?![^\W\d_])")
_FIGURE_OF = lookalikes("letters_for_figures", "text_figures")  # O and o for 0, l, I and ] for 1, Z for 2
_AS_FIGURES = str.maketrans(_FIGURE_OF)
_ROMAN = re.compile(r"X{0,3}(?:IX|IV|V?I{0,3})")
# a capital H read as its two strokes (``I1ứa`` for ``Hứa``, ``Ilà Nội``): at the start of a word, two
# strokes of I, l, 1 or | (not two figures) before the small letters of a syllable that H opens
_H_STROKES = re.compile(r"(?<![\w|])(?![1|]{2})[Il1|]{2}(?=([^\W\d_]+)(?![\w|]))")
# a figure of a date read as a letter (``ngày O1 tháng 7``, ``năm 2O25``, ``ngày l5``): after the
# word that announces it, a number that holds a real figure and O, o, l or I for the others
_LETTERS = re.escape("".join(_FIGURE_OF))
# (and after ``thứ``, an ordinal: ``kỳ họp thứ 3l``, ``thứ 3]`` for ``thứ 31``)
_DATE_FIGURES = re.compile(rf"(?:(?<=ngày )|(?<=Ngày )|(?<=tháng )|(?<=năm )|(?<=thứ ))(?=[{_LETTERS}]*\d)"
                           rf"[\d{_LETTERS}]{{1,4}}(?![^\W_])")
# a day glued to its word, its figures and the month's after a stroke (``ngàyZ0/02/2014``): the figure
# mended and the space put back
_GLUED_DAY = re.compile(rf"(?<=[nN]gày)(?=[{_LETTERS}]*\d)[\d{_LETTERS}]{{1,2}}(?=[/.\-]\d{{1,2}}[/.\-]\d{{4}})")
# a figure of a document's number read as a letter (``5o84/TTr-BNNMT``, ``l23/UBND``, ``Z1/TTVH``): a number
# that holds a real figure and O, o, l or I for others, right before the stroke and the code (or
# the year) of a symbol, where no letter is printed; the engine's misread letter would otherwise
# cut the number in two (``84/TTr-BNNMT`` read as a number of its own)
_SYMBOL_FIGURES = re.compile(rf"(?<![\w/.-])(?=[{_LETTERS}]*\d)[\d{_LETTERS}]{{2,6}}(?=/(?:\d{{4}}/)?[A-ZĐ])")
# a run of specks alone at the end of a line, after a space (``chính phủ, -:``, ``(Việt Nam) :``,
# ``Hải; .``, ``có ý .`` / ``kiến``, ``nguồn _``, a letter's mark the engine read apart: ``Thắng ˆ``);
# see :func:`_line_end_speck`
_LINE_END_RUN = re.compile(r"(?m)(?<=\S)([ \t]+)([-–—.:|_'`~ˆ¨´˜]{1,3})[ \t]*$")
# a full stop glued to a word of two letters or more, a small word after it
_STOP = re.compile(r"(?<=[^\W\d_]{2})(\.)(?= [^\W\d_])")
# a full stop glued to a word in small letters at the end of a line whose next line goes on with
# a word in small letters (``Trung tâm Văn hóa đề.`` / ``nghị Phó Chủ tịch``): no sentence opens so
_STOP_AT_LINE_END = re.compile(r"(?m)(?<=[^\W\d_]{2})\.[ \t]*(?=\n[ \t]*([^\W\d_]{2,})[ \t,])")
# a full stop between a word that announces a figure and the figure (``đến năm. 2025``)
# (on the next line, only a year: ``trong năm.`` / ``2. Nhiệm vụ`` ends a sentence before a list item)
_STOP_BEFORE_FIGURE = re.compile(r"(?:(?<=\bngày)|(?<=\btháng)|(?<=\bnăm)|(?<=\bsố)|(?<=\bNGÀY)|(?<=\bTHÁNG)"
                                 r"|(?<=\bNĂM)|(?<=\bSỐ))\.(?=[ \t]*\d|[ \t]*\n[ \t]*\d{4}(?!\d))")
# a quote glued between two capitals or figures (``1039/TTr-BY”T``), or after the first letter
# of a code (``73/T'Tg``): inside a symbol or an abbreviation, where no quote is ever printed
_IN_CAPITALS = re.compile(r"(?:(?<=[A-ZĐ0-9]{2})|(?<=/[A-ZĐ]))[”“\"'’‘`]+(?=[A-ZĐ0-9])")
# a dot glued between two words, a space lost beside it (``văn.số``, ``các.PCT``), not inside an
# address or a symbol (``tinh.gov.vn``, ``TP.HCM``)
_GLUED_DOT = re.compile(r"(?<![\w.@/:-])([^\W\d_]{2,})\.([^\W\d_]{2,})(?![\w.@/:-])")
# a hyphen glued between two words, alone (``kèm-theo``, ``Phòng-Quản lý``), and the word after them
_GLUED_HYPHEN = re.compile(r"(?<![\w.@/:&-])([^\W\d_]+)-([^\W\d_]+)(?![\w.@/:&-])(?=[ \t]*([^\W\d_]*))")

Edit = tuple[int, int, str]  # start, end, replacement


# a stroke read as a letter alone between two syllables (``Thông I báo``), and the syllables beside it
_LONE_STROKE = re.compile(r"(?<![\w.])([^\W\d_]+) [Il](?= ([^\W\d_]+)(?![\w]))")
# two full stops between two letters or figures (``QL..6``): one, and a speck
_TWO_STOPS = re.compile(r"(?<=\w)\.\.(?=\w)")
# a sign no dispatch prints, alone between two words on a line (``nông † thôn``)
_LONE_SIGN = re.compile(r"(?<=[^\W\d_]) [†‡¤¦¬](?= [^\W\d_])")
# a colon glued between two syllables in capitals, and the syllable after it
_CAPITALS_COLON = re.compile(r"(?<![\w.])([^\W\d_]+):(?= ([^\W\d_]+)(?![\w]))")
WORD_IN_COLON = -1.0  # log10 P(next | before) from which two syllables are one word (quản lý -0.5, gồm các -1.2)
# the same around a stroke read as a letter (thông báo -1.0; a Roman numeral's word and the next: cấp và -2.1,
# hạng có -2.6, quý năm -3.1)
WORD_AROUND_STROKE = -1.5


def _colon_in_word(before: str, after: str) -> bool:
    """Do two syllables in capitals around a colon make one word (:data:`WORD_IN_COLON`)?"""
    if not (before.isupper() and after.isupper() and len(before) > 1 and len(after) > 1):
        return False
    return _one_word(before, after)


def _stroke_in_word(before: str, after: str) -> bool:
    """Is an ``I`` or ``l`` alone between two syllables in small letters or sentence case that make one
    word (:data:`WORD_AROUND_STROKE`: ``Thông I báo``) a speck? A Roman numeral stands after a word that
    counts (``Quý I năm``, ``Phần I Những …``, ``cấp I và …``), whose next syllable seldom follows it at once."""
    if not (before[1:].islower() and after.islower() and len(before) > 1 and len(after) > 1):
        return False
    return _one_word(before, after, WORD_AROUND_STROKE)


def _one_word(before: str, after: str, least: float = WORD_IN_COLON) -> bool:
    """Are two syllables of the inventory at least this likely together (log10 P(after | before))?"""
    import numpy as np

    from . import lm as lm_module

    inv = inventory()
    if before.lower() not in inv or after.lower() not in inv:
        return False
    lm = lm_module.load()
    pair = [np.array([lm.id(before.lower())], dtype=np.int64), np.array([lm.id(after.lower())], dtype=np.int64)]
    return float(lm.logprob(pair)[0]) >= least


def speck_edits(text: str) -> list[Edit]:
    """Edits ``(start, end, replacement)`` that drop the specks of ``text`` (read by OCR); see the
    module documentation."""
    inline = [(m.start(), m.end(), "") for m in _INLINE.finditer(text)
              if not m.group(2) or text[m.start() - 2].islower() and (
                  text[m.end()].islower() or _word_before(text, m.start() - 1) in open_words())]
    inline += [(m.start(1), m.end(1), "") for m in _LINE_END.finditer(text)]
    inline += [(m.start(), m.end(), "") for m in _STOP.finditer(text)
               if text[m.start() - 2:m.start()].islower() and text[m.end() + 1].islower()
               and _word_before(text, m.start()) in inventory()]
    inline += [(m.start(), m.end(), "") for m in _STOP_BEFORE_FIGURE.finditer(text)]
    inline += [(m.start(), m.end(), "") for m in _STOP_AT_LINE_END.finditer(text)
               if text[m.start() - 2:m.start()].islower() and m.group(1).islower()
               and _word_before(text, m.start()) in inventory() and m.group(1) in inventory()]
    inline += [(m.end(1), m.start(2), " ") for m in _GLUED_DOT.finditer(text) if _glued_dot(*m.groups())]
    inline += [(m.end(1), m.start(2), " ") for m in _GLUED_HYPHEN.finditer(text) if _glued_hyphen(*m.groups())]
    inline += [(m.start(), m.end(), "") for m in _IN_CAPITALS.finditer(text)]
    inline += [(m.start(), m.end(), "") for m in _LONE_SIGN.finditer(text)]
    inline += [(m.start(), m.end(), ".") for m in _TWO_STOPS.finditer(text)]
    inline += [(m.end(1), m.end(), "") for m in _CAPITALS_COLON.finditer(text) if _colon_in_word(*m.groups())]
    inline += [(m.end(1), m.end(), "") for m in _LONE_STROKE.finditer(text) if _stroke_in_word(*m.groups())]
    inline += [(m.start(1), m.end(2), "") for m in _LINE_END_RUN.finditer(text) if _line_end_speck(text, m)]
    inline += [(m.start(), m.end(), m.group().translate(_AS_FIGURES))
               for pattern in (_DATE_FIGURES, _SYMBOL_FIGURES) for m in pattern.finditer(text)
               if not m.group().isdigit()]
    inline += [(m.start(), m.end(), " " + m.group().translate(_AS_FIGURES)) for m in _GLUED_DAY.finditer(text)
               if not m.group().isdigit()]  # figures alone get their space from the segmentation
    inline += [(m.start(), m.end(), m.group().replace("H", "II")) for m in _ROMAN_H.finditer(text)
               if _ROMAN.fullmatch(m.group().replace("H", "II"))]
    inline += [(m.start(), m.end(), "H") for m in _H_STROKES.finditer(text)
               if m.group(1).islower() and "h" + m.group(1) in inventory()]
    return sorted(line_mark_edits(text) + wrapped_dash_edits(text) + inline)


FULL_LINE = 0.85  # share of the page's line width from which a line ran on to the next
_WRAPPED_DASH = re.compile(r"[ \t]*[-–—](?:[ \t]+(?=\S)|(?=[^\W\d_]))")


def wrapped_dash_edits(text: str) -> list[Edit]:
    """A list dash an OCR pass read at the start of a line that goes on from a full line before it
    (``… phấn khởi trong toàn`` / ``- Đảng, toàn dân``, ``Báo cáo số 558/BC-`` / ``- SGDĐT``): a
    list item never opens in the middle of a phrase, so the dash is a speck, dropped; or a dash the
    line broke before (``giai đoạn 2012`` / ``- 2015``), kept at the end of the line before it. So
    is a dash before a word in small letters under a full line that ends with a full stop (``thủ
    tục.`` / ``- điều chỉnh``: no sentence opens so). A line is full when it is as long as most long
    lines of the text (the page's width)."""
    lines = text.split("\n")
    lengths = sorted(len(line) for line in lines if line.strip())
    if len(lengths) < 5:
        return []
    width = lengths[int(0.9 * (len(lengths) - 1))]
    edits: list[Edit] = []
    pos = 0
    for i, line in enumerate(lines):
        start, pos = pos, pos + len(line) + 1
        prev = lines[i - 1].rstrip() if i else ""
        m = _WRAPPED_DASH.match(line)
        if not m or not prev or len(prev) < FULL_LINE * width:
            continue
        if not re.search(r"[^\W_],?$|[A-ZĐ0-9][-–]$", prev) and not (
                prev.endswith(".") and line[m.end()].islower()):
            continue  # the line before ends an item or a sentence (; : . ) …), and the next opens one
        if prev[-1].isdigit() and line[m.end()].isdigit():  # a range: "2012" / "- 2015"
            edits.append((start - 1, start - 1, " " + m.group().strip()))
        edits.append((start, start + m.end(), ""))
    return edits


def _line_end_speck(text: str, m: re.Match) -> bool:
    """Is the run of marks that ends a line after a space a speck? Dashes alone are a dash (``kinh
    tế -`` / ``xã hội``), unless one dash stands inside a word (``trực -`` / ``thuộc``); a rule, a quote, a spacing mark (``ˆ``) or a dash with another mark is a speck; a full stop or a
    colon is one after a punctuation mark (``Hải; .``) or when the next line goes on in small
    letters (the sentence did not end there: ``có ý .`` / ``kiến như sau``); a leader of three dots
    (``Số: ...``) is kept. A dash after a colon with nothing after it on the page (``… các nội dung
    sau: -`` and a blank line or the list's first item) is a speck too."""
    run = m.group(2)
    if all(ch in DASHES for ch in run):
        return len(run) == 1 and (_one_word_across(text, m) or _after_a_colon_alone(text, m))
    if any(ch in "|_'`~ˆ¨´˜" + DASHES for ch in run):
        return True
    if run == "...":  # only full stops and colons are left
        return False
    before = text[m.start(1) - 1]
    after = text[m.end():].lstrip()
    return before in ";,:.)" or after[:1].islower() or run == "." and _count_goes_on(after)


# what may open the line after a list's introduction: a blank line, or an item's marker or heading
_ITEM_NEXT = re.compile(r"[ \t]*(?:\n|$|[-–—+•*]|\d{1,2}[.)/]|[a-zđ][.)]\s|[IVX]{1,4}[.)]|[A-ZĐ][.)]\s)")


def _after_a_colon_alone(text: str, m: re.Match) -> bool:
    """Does the dash come right after a colon and stand alone, the next line blank or opening an item
    (``… thực hiện các nội dung sau: -`` / ```` / ``A. NHIỆM VỤ CHUNG``)? A list's dash is printed at
    the start of its item's line, never after the colon that introduces it."""
    return text[m.start(1) - 1] == ":" and bool(_ITEM_NEXT.match(text, m.end() + 1))


# a line that goes on with a count and its noun in small letters (``… Ủy ban nhân dân .`` / ``13
# phường``), where a list item would be numbered ``13.`` or ``13)``
_COUNT_GOES_ON = re.compile(r"\d{1,3}[ \t]+([^\W\d_])")


def _count_goes_on(after: str) -> bool:
    m = _COUNT_GOES_ON.match(after)
    return m is not None and m.group(1).islower()


WORD_ACROSS = -2.0  # log10 P(next | before): two syllables this likely together are one word


def _one_word_across(text: str, m: re.Match) -> bool:
    """Does a dash alone at the end of a line stand between the two syllables of one word, the
    line going on in small letters (``thành phố trực -`` / ``thuộc Trung ương``)? A dash between
    two words joins words of two syllables or more (``kinh tế -`` / ``xã hội``), whose syllables
    beside the dash seldom go together; a speck read as a dash falls anywhere."""
    before = _word_before(text, m.start(1))
    after = re.match(r"\s*([^\W\d_]+)", text[m.end():])
    if not before or not after or not after.group(1).islower() or not text[m.start(1) - 1].islower():
        return False
    return _one_word(before, after.group(1), WORD_ACROSS)


def _glued_dot(left: str, right: str) -> bool:
    """A small syllable, then a small syllable with marks or a capital abbreviation: two words
    and a speck (a capital after the dot opens a sentence: ``nhân.Điều``; a bare word may be a
    file's extension: ``mẫu.doc``). After a word no sentence ends with (``về.Ban``,
    :func:`open_words`), a word with a capital is no sentence's start either."""
    inv = inventory()
    return left.islower() and left in inv and (right.islower() and right in inv and has_marks(right)
                                               or right.isupper() and right.lower() not in inv
                                               or left in open_words() and right[:1].isupper()
                                               and right[1:].islower() and right.lower() in inv)


def _glued_hyphen(left: str, right: str, after: str) -> bool:
    """Two syllables joined by a hyphen that the written language does not join so
    (:func:`hyphen_words`): a space read as a dash. The second in small letters (``kèm-theo``,
    ``Khuyến-học``), or both capitalised with a word in small letters after them (``Phòng-Quản
    lý``: a name's next word would be capitalised, ``Hà Nội-Hải Phòng``); never two words in
    capitals (``GIÁO DỤC-ĐÀO TẠO``, a symbol's codes)."""
    inv = inventory()
    if left.lower() not in inv or right.lower() not in inv or f"{left}-{right}".lower() in hyphen_words():
        return False
    if right.islower():
        return left.islower() or left[:1].isupper() and left[1:].islower()
    title = lambda word: word[:1].isupper() and word[1:].islower()  # noqa: E731
    return title(left) and title(right) and after.islower() and after in inv


@lru_cache(maxsize=1)
def hyphen_words() -> frozenset[str]:
    """Pairs of syllables written joined by a hyphen (``models/repair/hyphen_words.txt``)."""
    return data_words("repair", "hyphen_words.txt")


@lru_cache(maxsize=1)
def open_words() -> frozenset[str]:
    """Words after which a sentence never ends (``models/repair/open_words.txt``)."""
    return frozenset(line.strip() for line in data_lines("repair", "open_words.txt"))


def _word_before(text: str, end: int) -> str:
    start = end
    while start > 0 and text[start - 1].isalpha():
        start -= 1
    return text[start:end].lower()


def line_mark_edits(text: str) -> list[Edit]:
    """Edits ``(start, end, replacement)`` that drop or mend the specks opening the lines of
    ``text``; see the module documentation."""
    edits = []
    for m in _OPENING.finditer(text):
        run, space = m.group(1), m.group(2)
        new = _mended(run, space)
        if new == "" and run.strip() in (".", "|", "°") and space:
            new = _dash_among_dashes(text, m.start(1), m.end(2)) or new
        if new is not None and new != run + space:
            edits.append((m.start(1), m.end(2), new))
    return edits


_DASHED = re.compile(r"[ \t]*([-–—•+*▪])[ \t]+\S")


def _dash_among_dashes(text: str, start: int, end: int) -> str | None:
    """A list dash read as a full stop, a stroke or a degree sign (``- Sở A …`` / ``. Sở B …`` / ``- Sở C
    …``): the dash of the line before or after it, when one opens with a dash or a bullet, the line
    before ends an item or a sentence and this line's text opens with a capital; else None."""
    if not text[end:end + 1].isupper():
        return None
    line_start = text.rfind("\n", 0, start) + 1
    before = text[:max(0, line_start - 1)].rstrip("\n").rsplit("\n", 1)[-1] if line_start else ""
    line_end = text.find("\n", end)
    after = text[line_end + 1:].lstrip("\n").split("\n", 1)[0] if line_end >= 0 else ""
    if not before.rstrip().endswith((";", ".", ":")):
        return None  # "- Sở Tài nguyên … tỉnh Quảng" / ". Nam;": the item before goes on
    for line in (before, after):
        m = _DASHED.match(line)
        if m:
            return m.group(1) + " "
    return None


def _mended(run: str, space: str) -> str | None:
    """What the opening ``run`` of specks and dashes (and the ``space`` after it) should read;
    None: as read."""
    if run == "~":
        return "-" + (space or " ")
    marks = run.replace(" ", "").replace("\t", "")
    if all(ch in DASHES for ch in marks):  # a list dash, a rule, dashes only
        return None
    if all(ch == "." for ch in marks) and len(marks) > 1:  # a leader of dots
        return None
    # a list dash is followed by a space (``_-``, ``- =-``); one glued to a speck is none (``-_``)
    # (``~`` and ``=``, its stroke read twice, are a list dash misread too: ``_~``, ``_=``)
    gaps = [i for i, ch in enumerate(run) if ch in DASHES + "~=" and (run[i + 1:i + 2] in (" ", "\t")
                                                                     or i == len(run) - 1 and space)]
    if gaps:
        return run[gaps[0]].replace("~", "-").replace("=", "-") + (space or " ")
    return ""
