"""A second reading of the printed figures Tesseract is unsure of (a cited number, a date).

Tesseract misreads a figure now and then where nothing around it tells: the first figure of a
line (``9027/UBND-VH`` for ``5027/UBND-VH``), a figure read as a letter (``5o84/TTr-BNNMT``).
It says so: the word's confidence is low. The language model that judges the letters of a
second reading (:mod:`.line_second`) cannot judge figures (``373`` and ``573`` score alike), so a
figure is taken from elsewhere only where two other recognisers agree on it.

Each word holding a figure (or brackets a count was lost from: ``ĐP()``) read under
:data:`UNSURE` is cut out of the page Tesseract read (the margins of :func:`.line_second.crop`)
and read by the ``digits`` recogniser and its check (:mod:`.second_reader`, PP-OCRv6 and
PP-OCRv5, which read printed and hand-written figures well). Where the two readings are the same
and differ from Tesseract's only in figures (every other character alike once Tesseract's marks
are taken off: the digits readers know no Vietnamese marks), the word takes their figures and
keeps its own letters and marks; where Tesseract read a letter a figure is often taken for (``o``
for ``0`` or ``5``), the figure read there is taken too; a count in brackets Tesseract lost is put
back (``ĐP()`` read ``DP(5)``). Elsewhere (``1135/⁄QĐ-BXD`` read ``1135/QD-BXD``: a sign fewer)
Tesseract's word stays. At most :data:`MOST` words a page are read again (the least sure first).

Done with :mod:`.line_second` (``Options.second_lines``) when the ``digits`` recogniser and its
check are installed.
"""

from __future__ import annotations

from difflib import SequenceMatcher
from statistics import median

from PIL import Image
from unidecode import unidecode

from . import second_reader
from .line_second import crop
from .relook import Row, engine_lines

UNSURE = 70.0  # a word holding a figure read with a lower confidence is read again
MOST = 12  # words read again on a page at most (two readings each)
LOOKALIKE = "oOlIiSsBbgqZz|"  # letters a printed figure is read as
PRINTED = "/.:,;-()%"  # the signs a number, a date or a time is printed with
SPECK = 0.5  # of the page's median word height: a lower "word" is a speck, whatever it reads as


def figures_taken(word: str, reading: str) -> str | None:
    """``word`` with the figures of ``reading`` (the two recognisers' agreed reading), or None when
    the two differ otherwise. Once the word's marks are taken off, they may differ only where the
    reading has a figure and the word a figure or a letter a figure is read as (:data:`LOOKALIKE`),
    or where the reading has a count in brackets the word lost (:func:`_lost_figures`)."""
    reading = reading.strip()
    folded = [unidecode(ch) for ch in word]
    if any(len(ch) != 1 for ch in folded):
        return None
    if len(word) == len(reading):  # figure for figure, in place
        pairs = [(k, theirs) for k, (mine, theirs) in enumerate(zip(folded, reading)) if mine != theirs]
        if not pairs or not all(theirs.isdigit() and (folded[k].isdigit() or folded[k] in LOOKALIKE)
                                for k, theirs in pairs):
            return None
        out = list(word)
        for k, theirs in pairs:
            out[k] = theirs
        return "".join(out)
    out = []
    for op, i, j, k, m in SequenceMatcher(None, "".join(folded), reading, autojunk=False).get_opcodes():
        if op == "equal":
            out += word[i:j]
        elif op == "insert" and _lost_figures(reading[k:m], word[:i], word[i:]):
            out += reading[k:m]
        else:
            return None
    return "".join(out)


def _lost_figures(run: str, before: str, after: str) -> bool:
    """Is ``run``, read between ``before`` and ``after`` where Tesseract read nothing, a count in
    brackets it lost (``ĐP()`` for ``ĐP(5)``, ``),`` for ``(3),``)? Figures lost before a number's
    ``/`` are not put back here: a header's number is left blank and filled by hand
    (``Số: /2024/QĐ-UBND``), and the hand-filled box is read as such (:mod:`.handwriting`)."""
    if not any(ch.isdigit() for ch in run) or not all(ch.isdigit() or ch == "(" for ch in run):
        return False
    if "(" in run:
        return run.startswith("(") and after.startswith(")") and not before[-1:].isalnum()
    return before.endswith("(") and after.startswith(")")


def _unsure(row: Row) -> bool:
    """A word read under :data:`UNSURE` that holds a figure or brackets a count was lost from (a
    word starting with ``)``, empty brackets), every character of it a letter, a figure or
    a sign figures are printed with (a word read from specks or a stamp's ink, ``—Ù”7``, never
    reads alike: reading it again is time lost)."""
    text = row[0]
    return (0 <= row[5] < UNSURE and (any(ch.isdigit() for ch in text) or text[:1] == ")" or "()" in text)
            and all(ch.isalnum() or ch in PRINTED for ch in text))


def figure_relook(image: Image.Image, rows: list[Row]) -> list[Row]:
    """``rows`` (as Tesseract read ``image``) with the figures of unsure words read again where the
    two digits recognisers agree (see the module's note)."""
    if not rows:
        return rows
    least = SPECK * median(r[4] for r in rows)  # a lower word is a speck: never read again
    unsure = sorted((k for k, row in enumerate(rows) if _unsure(row) and row[4] >= least),
                    key=lambda k: rows[k][5])[:MOST]
    if not unsure or not (second_reader.available("digits") and second_reader.available("digits-check")):
        return rows
    beside = _neighbours(rows)
    out = list(rows)
    for k in unsure:
        row = rows[k]
        piece = crop(image, [row], *beside[id(row)])
        first = second_reader.read(piece, "digits")
        if first is None or not first.text.strip():
            continue
        new = figures_taken(row[0], first.text)
        if new is None:
            continue
        check = second_reader.read(piece, "digits-check")
        if check is None or check.text.strip() != first.text.strip():
            continue
        out[k] = [new, *row[1:5], round(100 * min(first.conf, check.conf), 1), *row[6:]]
    return out


def _neighbours(rows: list[Row]) -> dict[int, tuple[Row | None, Row | None]]:
    """The words before and after each word on its engine line (the crop's margins end halfway to
    them; None where there is none or its box runs into the word's), by the word's id."""
    out: dict[int, tuple[Row | None, Row | None]] = {}
    for words in engine_lines(rows).values():
        words = sorted(words, key=lambda r: r[1])
        for k, row in enumerate(words):
            before = words[k - 1] if k else None
            after = words[k + 1] if k + 1 < len(words) else None
            out[id(row)] = (before if before is not None and before[1] + before[3] <= row[1] else None,
                            after if after is not None and after[1] >= row[1] + row[3] else None)
    return out
