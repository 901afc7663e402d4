"""A second reading of the printed words Tesseract is unsure of.

Tesseract's Vietnamese model loses marks and misreads letters on some printed lines of a scan
(``Luật Tô Ô chức chính quyên`` for ``Luật Tổ chức chính quyền``, ``YÊU CẢU`` for ``YÊU CẦU``),
and then says so: the word's confidence is low. Each such word (under :data:`UNSURE`, holding no
figure), with a sure word each side (so that a word split in two is read whole), is cut out of
the page Tesseract read and read once more by the ``line`` recogniser of :mod:`.second_reader`
(AsterNet). A piece lies within a piece of an engine line between wide gaps (the two header
columns are read apart), its crop's margins end halfway to the next words, and a piece of specks
only (a seal's or a stamp's: no word of :data:`MIN_LETTERS` letters) is not read. The recogniser's
time grows with the width it reads, so the pieces are read in the order of :mod:`.line_order` (a
piece of the signature block and one of the rest in turn, each kind least sure first) as long as
the page's :data:`BUDGET` of columns lasts (about 0.2 s on one core).

Where the two readings differ, a run of words at a time, the repair language model chooses
(:func:`dispatch_tools.repair.lm.line_score` of the whole line, Tesseract's words around the piece
included, each run tried in turn). A run is taken only where the model can judge it: it replaces
words (none only added or dropped), holds no figure on either side (figures and symbols are
classes to the model: ``373`` and ``573`` score alike) and every new word is one the model knows
or an abbreviation the corpus uses (:func:`judged`; a seal's or a logo's specks read as letters are
neither); and only when the line scores higher with it, or, where the model cannot tell the two
apart (it reads every abbreviation as one class, ``VT`` as ``VF``), when the corpus uses the new
run's abbreviations more often (``- Lưu: VF.`` read ``VT.``). Elsewhere Tesseract's words stay. A
word taken from the second reading keeps the box of the words it replaces (shared out by length
when their counts differ) and the second reader's least sure letter as its confidence, and the
case Tesseract read (the line recogniser reads a heading's capitals small at times; the model
reads words in small letters).

Done by default (``Options.second_lines``; ``--read-once`` or ``DISPATCH_READ_TWICE=0`` leave it
out; ``--read-twice`` or ``DISPATCH_READ_TWICE=1`` read every unsure word, without the budget),
when the ``line`` recogniser is installed (``asterocr``, a dependency of the package);
``DISPATCH_SECOND_READER=off`` reads as without it.
"""

from __future__ import annotations

import math
import re
from collections.abc import Sequence
from difflib import SequenceMatcher
from statistics import median

from PIL import Image

from . import second_reader
from .line_order import Box, ranked
from .relook import Row, engine_lines, line_pieces

UNSURE = 90.0  # a word (no figure) read with a lower confidence is read again
CONTEXT = 1  # sure words read again with an unsure one on each side (a split word is read whole)
MIN_LETTERS = 3  # a piece holds a word of this many letters at least: a seal's or stamp's specks do not
SMEAR = 1.5  # word heights a character at most: a wider "word" is a rule or a smear, not print
BUDGET = 1200  # per page, the line recogniser's input columns (its time grows with them: ~0.16 ms each)
PAD_X, PAD_Y = 0.4, 0.25  # the crop's margins, in median word heights


def _figured(row: Row) -> bool:
    return any(ch.isdigit() for ch in row[0])


def _unsure(row: Row, limit: float = 101.0) -> bool:
    """A word the second reading can mend: read below ``limit``, with no figure (the merge never
    takes figures); a word of marks only counts too (a ``kỳ`` read ``(⁄)``), one far wider than its
    characters (:data:`SMEAR`: a rule or a smear read as a word) does not."""
    return 0 <= row[5] < limit and not _figured(row) and row[3] <= SMEAR * row[4] * max(1, len(row[0]))


def _windows(seg: list[Row], limit: float = UNSURE) -> list[tuple[int, int]]:
    """The runs [i, j) of ``seg`` around its unsure words, with up to :data:`CONTEXT` words each
    side that hold no figure (a run with a figure is never taken: reading it is time lost)."""
    out: list[tuple[int, int]] = []
    for k, row in enumerate(seg):
        if not _unsure(row, limit):
            continue
        i = j = k
        while i > 0 and k - i < CONTEXT and not _figured(seg[i - 1]):
            i -= 1
        while j + 1 < len(seg) and j - k < CONTEXT and not _figured(seg[j + 1]):
            j += 1
        if out and i <= out[-1][1]:
            out[-1] = (out[-1][0], j + 1)
        else:
            out.append((i, j + 1))
    return out


def _worded(piece: list[Row]) -> bool:
    """Does the piece hold printed words, not only specks (a word of :data:`MIN_LETTERS` letters)?"""
    return any(sum(ch.isalpha() for ch in r[0]) >= MIN_LETTERS for r in piece)


def columns(piece: list[Row]) -> int:
    """The line recogniser's input columns for the piece's crop (what its time grows with)."""
    h = median(r[4] for r in piece)
    width = max(r[1] + r[3] for r in piece) - min(r[1] for r in piece) + 2 * PAD_X * h
    return second_reader.aster_columns(width, h * (1 + 2 * PAD_Y))


def unsure_lines(rows: list[Row], budget: int | None = BUDGET,
                 seals: Sequence[Box] = ()) -> list[tuple[list[Row], list[Row], list[Row]]]:
    """The pieces of lines worth a second reading, as (words, the line's words before them, after
    them): each word read under :data:`UNSURE` with :data:`CONTEXT` words each side, within a piece
    of an engine line between wide gaps (the two header columns are read apart). Pieces of specks
    are left, and the pieces are read in the order of :func:`.line_order.ranked` (the signature
    block's, found by the page's ``seals``, and the rest's in turn, each least sure first) as long
    as the page's ``budget`` of columns lasts (None: all of them)."""
    if not rows:
        return []
    word_h = median(r[4] for r in rows)
    found = []
    for words in engine_lines(rows).values():
        for seg in line_pieces(words, 1.5 * word_h):
            found += [(seg[i:j], seg[:i], seg[j:]) for i, j in _windows(seg) if _worded(seg[i:j])]
    found = ranked(found, lambda seg: min(r[5] for r in seg if _unsure(r)), seals)
    out, spent = [], 0
    for piece in found:
        cost = columns(piece[0])
        if budget is None or spent + cost <= budget:
            out.append(piece)
            spent += cost
    return out


def crop(image: Image.Image, seg: list[Row], before: Row | None = None, after: Row | None = None) -> Image.Image:
    """The piece of ``image`` that holds the words ``seg``, with margins; on a side where the line
    goes on (the word ``before`` or ``after``) the margin ends halfway to it, so that no part of
    its letters is read with the piece."""
    h = median(r[4] for r in seg)
    left, right = min(r[1] for r in seg) - PAD_X * h, max(r[1] + r[3] for r in seg) + PAD_X * h
    if before is not None:
        left = max(left, (before[1] + before[3] + min(r[1] for r in seg)) / 2)
    if after is not None:
        right = min(right, (after[1] + max(r[1] + r[3] for r in seg)) / 2)
    box = (int(max(0, left)), int(max(0, min(r[2] for r in seg) - PAD_Y * h)), int(min(image.width, right)),
           int(min(image.height, max(r[2] + r[4] for r in seg) + PAD_Y * h)))
    return image.crop(box)


def judged(text: str) -> bool:
    """Can the language model judge ``text`` as a reading: is every token a word it knows or an
    abbreviation in capitals that the corpus uses (``VT``, ``UBND``: the model reads each as its
    ``<abbr>`` class, :func:`_abbreviation_weight` tells them apart)? Specks, junk and codes the
    corpus never wrote say no."""
    from ..repair.abbreviations import abbreviation_counts
    from ..repair.lm import UNK, load
    from ..repair.tokens import tokenize

    model, counts = load(), abbreviation_counts()
    return all(tok.kind == "word" and (model.id(tok.text.lower()) != UNK or counts.get(tok.text, 0) > 0)
               for tok in tokenize(text))


def _abbreviation_weight(words: list[str]) -> float:
    """How much the corpus uses the abbreviations in capitals of ``words`` (log counts, added up): what
    tells two readings apart that the language model scores alike (``VT`` and ``VF`` are one class to it)."""
    from ..repair.abbreviations import abbreviation_counts
    from ..repair.tokens import tokenize

    counts = abbreviation_counts()
    return sum(math.log1p(counts.get(tok.text, 0)) for tok in tokenize(" ".join(words))
               if tok.kind == "word" and len(tok.text) > 1 and tok.text.isupper())


def _choices(old: list[str], new: list[str], score, known) -> list[tuple[int, int, int, int]]:
    """The runs (i1, i2, j1, j2) where ``new[j1:j2]`` replaces ``old[i1:i2]``: each differing run that
    holds no figure on either side and only words the language model can judge (``known``) on the new
    one is tried in turn, and kept when the line scores higher with it, or as high and the corpus uses
    its abbreviations more often (:func:`_abbreviation_weight`)."""
    ops = [op[1:] for op in SequenceMatcher(None, old, new, autojunk=False).get_opcodes()
           if op[0] == "replace" and not any(ch.isdigit() for w in old[op[1]:op[2]] + new[op[3]:op[4]] for ch in w)
           and known(" ".join(new[op[3]:op[4]]))]

    def text(taken):
        words, at = [], 0
        for i1, i2, j1, j2 in taken:
            words += old[at:i1] + new[j1:j2]
            at = i2
        return " ".join(words + old[at:])

    taken: list[tuple[int, int, int, int]] = []
    best = score(text(taken))
    for op in ops:
        trial = sorted(taken + [op])
        got = score(text(trial))
        i1, i2, j1, j2 = op
        if got > best or (got == best and _abbreviation_weight(new[j1:j2]) > _abbreviation_weight(old[i1:i2])):
            taken, best = trial, got
    return taken


def _rows_for(olds: list[Row], texts: list[str], confs: list[float]) -> list[Row]:
    """New words in the place of ``olds``: the same boxes when as many, else their span shared out
    by length."""
    if len(olds) == len(texts):
        return [[t] + r[1:5] + [c] + r[6:] for r, t, c in zip(olds, texts, confs)]
    left, top = min(r[1] for r in olds), min(r[2] for r in olds)
    right, bottom = max(r[1] + r[3] for r in olds), max(r[2] + r[4] for r in olds)
    total = sum(len(t) + 1 for t in texts) - 1
    out, x = [], float(left)
    for t, c in zip(texts, confs):
        w = (right - left) * len(t) / total
        out.append([t, int(round(x)), top, max(1, int(round(w))), bottom - top, c] + olds[0][6:])
        x += w + (right - left) / total
    return out


def _in_case_of(olds: list[Row], texts: list[str]) -> list[str]:
    """The second reading's words in the case Tesseract read: a run printed in capitals stays in
    capitals (the line recogniser reads a heading's capitals small at times, ``ủy ban nhân dân``,
    and the language model, which reads words in small letters, cannot tell)."""
    worded = [r[0] for r in olds if any(ch.isalpha() for ch in r[0])]
    if worded and all(w.isupper() for w in worded):
        return [t.upper() for t in texts]
    return texts


def merge(seg: list[Row], reading: second_reader.Reading, score, known) -> list[Row]:
    """The words of one line piece with the runs the language model prefers from ``reading`` (a
    run only added or only dropped by one reader is never taken)."""
    seg = sorted(seg, key=lambda r: r[1])
    spans = [(m.group(), m.start(), m.end()) for m in re.finditer(r"\S+", reading.text)]
    out, at = [], 0
    for i1, i2, j1, j2 in _choices([r[0] for r in seg], [t for t, _, _ in spans], score, known):
        run = spans[j1:j2]
        out += seg[at:i1] + _rows_for(seg[i1:i2], _in_case_of(seg[i1:i2], [t for t, _, _ in run]),
                                      [round(100 * reading.span_conf(s, e), 1) for _, s, e in run])
        at = i2
    return out + seg[at:]


def line_relook(image: Image.Image, rows: list[Row], budget: int | None = BUDGET,
                seals: Sequence[Box] = ()) -> list[Row]:
    """``rows`` (as Tesseract read ``image``) with the unsure words read again and merged, as long
    as the page's ``budget`` of the line recogniser's columns lasts (None: every one), the
    signature block's read in turn with the rest (by the page's ``seals``, boxes in pixels of
    ``image``)."""
    pieces = unsure_lines(rows, budget, seals)
    if not pieces or not second_reader.available("line"):
        return rows
    from ..repair.lm import line_score

    order = {id(r): k for k, r in enumerate(rows)}
    replaced: dict[int, list[Row]] = {}
    for seg, before, after in pieces:
        reading = second_reader.read(crop(image, seg, before[-1] if before else None, after[0] if after else None), "line")
        if reading is None or not reading.text.strip():
            continue
        context = " ".join(r[0] for r in before), " ".join(r[0] for r in after)
        new = merge(seg, reading, lambda text: line_score(f"{context[0]} {text} {context[1]}".strip()), judged)
        if [r[0] for r in new] != [r[0] for r in sorted(seg, key=lambda r: r[1])]:
            replaced.update({id(r): [] for r in seg})
            replaced[id(min(seg, key=lambda r: order[id(r)]))] = new
    if not replaced:
        return rows
    out: list[Row] = []
    for row in rows:
        out += replaced.get(id(row), [row])
    return out
