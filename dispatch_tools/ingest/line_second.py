"""A second reading of the printed lines Tesseract is unsure of.

Tesseract's Vietnamese model loses marks and misreads letters on some printed lines of a scan
(``Luật Tô Ô chức chính quyên`` for ``Luật Tổ chức chính quyền``, ``YÊU CẢU`` for ``YÊU CẦU``),
and then says so: the line's mean word confidence is low. Such a line (a piece of an engine line
between wide gaps, so that the two header columns are read apart) is cut out of the page
Tesseract read and read once more by the ``line`` recogniser of
:mod:`.second_reader` (AsterNet, one engine call per line). Where the two readings differ, a run
of words at a time, the repair language model chooses (:func:`dispatch_tools.repair.lm.line_score`
of the whole line, each run tried in turn). A run is taken only where the model can judge it: it
replaces words (none only added or dropped), holds no figure on either side (figures and symbols
are classes to the model: ``373`` and ``573`` score alike) and every new word is one the model
knows (a seal's or a logo's specks read as letters are not); and only when the line scores
higher with it. Elsewhere Tesseract's words stay. A word taken from the second reading
keeps the box of the words it replaces (shared out by length when their counts differ) and the
second reader's least sure letter as its confidence, and the case Tesseract read (the line
recogniser reads a heading's capitals small at times; the model reads words in small letters).
In the upper part of page 1, where the header's fields are read, a line is read again below a
higher confidence (:data:`UNSURE_HEAD`): a misread there costs a field.

Only when asked (``Options.second_lines``: ``--read-twice`` on the command line,
``DISPATCH_READ_TWICE=1``): it costs about as much time as Tesseract's own reading of a scanned
page. And only when the ``line`` recogniser is installed (``asterocr``, a dependency of the
package); ``DISPATCH_SECOND_READER=off`` reads as without it.
"""

from __future__ import annotations

import re
from difflib import SequenceMatcher
from statistics import median

from PIL import Image

from . import second_reader
from .relook import Row, _lines, _mean_conf, _segments

UNSURE = 90.0  # a line read with a lower mean word confidence is read again
UNSURE_HEAD = 97.0  # the same in the upper part of page 1, where the header's fields are read
HEAD_PART = 0.45  # of page 1's height: the header and the subject lie above
MAX_LINES = 20  # per page, the least sure first: a page this poor is poor all over
PAD_X, PAD_Y = 0.4, 0.25  # the crop's margins, in median word heights


def unsure_lines(rows: list[Row], head_until: float = 0.0) -> list[list[Row]]:
    """The pieces of lines worth a second reading, least sure first: under :data:`UNSURE`, or
    under :data:`UNSURE_HEAD` for a piece that starts above ``head_until`` (page 1's header)."""
    if not rows:
        return []
    word_h = median(r[4] for r in rows)
    out = []
    for words in _lines(rows).values():
        for seg in _segments(words, 1.5 * word_h):
            limit = UNSURE_HEAD if min(r[2] for r in seg) < head_until else UNSURE
            if _mean_conf(seg) < limit and sum(ch.isalpha() for r in seg for ch in r[0]) >= 2:
                out.append(seg)
    return sorted(out, key=_mean_conf)[:MAX_LINES]


def crop(image: Image.Image, seg: list[Row]) -> Image.Image:
    """The piece of ``image`` that holds the words ``seg``, with margins."""
    h = median(r[4] for r in seg)
    box = (int(max(0, min(r[1] for r in seg) - PAD_X * h)), int(max(0, min(r[2] for r in seg) - PAD_Y * h)),
           int(min(image.width, max(r[1] + r[3] for r in seg) + PAD_X * h)),
           int(min(image.height, max(r[2] + r[4] for r in seg) + PAD_Y * h)))
    return image.crop(box)


def _choices(old: list[str], new: list[str], score, known) -> list[tuple[int, int, int, int]]:
    """The runs (i1, i2, j1, j2) where ``new[j1:j2]`` replaces ``old[i1:i2]``: each differing run that
    holds no figure on either side and only words the language model knows (``known``) on the new
    one is tried in turn, and kept when the line scores higher with it."""
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
        if got > best:
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


def line_relook(image: Image.Image, rows: list[Row], first_page: bool = False) -> list[Row]:
    """``rows`` (as Tesseract read ``image``) with every unsure line read again and merged; on the
    ``first_page`` the header's lines less sure than :data:`UNSURE_HEAD` too."""
    segments = unsure_lines(rows, HEAD_PART * image.height if first_page else 0.0)
    if not segments or not second_reader.available("line"):
        return rows
    from ..repair.lm import all_known, line_score

    order = {id(r): k for k, r in enumerate(rows)}
    replaced: dict[int, list[Row]] = {}
    for seg in segments:
        reading = second_reader.read(crop(image, seg), "line")
        if reading is None or not reading.text.strip():
            continue
        new = merge(seg, reading, line_score, all_known)
        if [r[0] for r in new] != [r[0] for r in sorted(seg, key=lambda r: r[1])]:
            replaced.update({id(r): [] for r in seg})
            replaced[id(min(seg, key=lambda r: order[id(r)]))] = new
    if not replaced:
        return rows
    out: list[Row] = []
    for row in rows:
        out += replaced.get(id(row), [row])
    return out
