"""Words printed glued (``củaBộ trưởng``, ``nôngthôn``, ``trước ngày20/02/2014``): a web page or
a PDF's text layer loses the space between two words where a line was justified or a run of
text was styled. The rules read such words apart; the values keep them as printed.

:class:`Unglued` finds where a space was lost, by the repair stage's own tests
(:mod:`dispatch_tools.repair.segmentation`: a word with marks that is no syllable but whose letters
are two syllables, two syllables cut at a capital after a small letter, a syllable glued to the
figure after it), and only where a space is put in, never where letters would change. The parser
reads the text with those spaces (:attr:`Unglued.text`); every offset it finds is taken back to
the printed text (:meth:`Unglued.to_printed`) and every value it gives is written back as printed
(:meth:`Unglued.printed`): ``của Bộ`` becomes ``củaBộ`` again wherever the page prints only
``củaBộ``. Where the page prints both, the value keeps the space (it cannot tell which one it
came from).
"""

from __future__ import annotations

import bisect
import dataclasses
import re
from functools import lru_cache

from ..resources import data_lines
from ..vntext import strip_diacritics

_RUN = re.compile(r"[^\W_]+")  # letters and figures: a word, or words glued into one


class Unglued:
    """The text with the spaces it lost put back, and the way back to the printed text."""

    def __init__(self, printed: str):
        self.printed_text = printed
        cuts = _cuts(printed)
        self.cuts = cuts  # offsets in the printed text where a space was put in
        pieces, last = [], 0
        for cut in cuts:
            pieces.append(printed[last:cut])
            last = cut
        pieces.append(printed[last:])
        self.text = " ".join(pieces)
        self._view_cuts = [cut + i for i, cut in enumerate(cuts)]  # the inserted spaces' offsets here
        self._runs = _runs(printed, cuts)  # (start, end in the printed text, spaced, glued)
        self._glued = {spaced: glued for _, _, spaced, glued in self._runs
                       if not _printed_apart(printed, spaced)}

    def __bool__(self) -> bool:
        return bool(self.cuts)

    def to_printed(self, pos: int) -> int:
        """An offset in :attr:`text` as an offset in the printed text."""
        return pos - bisect.bisect_left(self._view_cuts, pos)

    def printed(self, value: str, start: int | None = None, end: int | None = None) -> str:
        """``value`` (read from :attr:`text`) with each space that was put in taken out again:
        those of the words glued between ``start`` and ``end`` (offsets in the printed text) when
        the value was read there, else those of the words the page never prints apart."""
        if not isinstance(value, str) or " " not in value:
            return value
        if start is None:
            pairs = self._glued
        else:
            pairs = {spaced: glued for a, b, spaced, glued in self._runs if a < end and b > start}
        for spaced, glued in pairs.items():
            if spaced in value:
                value = re.sub(rf"(?<![^\W_]){re.escape(spaced)}(?![^\W_])", glued, value)
        return value

    def restore(self, obj, start: int | None = None, end: int | None = None):
        """Every string held by ``obj`` (a dataclass, list, dict or string) written as printed
        (:meth:`printed`); dataclasses are changed in place."""
        if isinstance(obj, str):
            return self.printed(obj, start, end)
        if isinstance(obj, list):
            obj[:] = [self.restore(x, start, end) for x in obj]
            return obj
        if isinstance(obj, dict):
            for key in list(obj):
                obj[key] = self.restore(obj[key], start, end)
            return obj
        if dataclasses.is_dataclass(obj) and not isinstance(obj, type):
            for f in dataclasses.fields(obj):
                value = getattr(obj, f.name)
                if isinstance(value, (str, list, dict)) or dataclasses.is_dataclass(value):
                    setattr(obj, f.name, self.restore(value, start, end))
            return obj
        return obj


def _cuts(text: str) -> list[int]:
    """Offsets where a space was lost: the repair stage's splits, a cited symbol glued to the
    word after it (``1452/QĐ-TTgngày``), and ``V/v`` glued to the subject (``V/vbổ sung``)."""
    from ..repair.segmentation import insertions

    symbols = {m.end(1) if m.group(1) else m.end(2) for m in _symbol_glued().finditer(text)}
    return sorted(set(insertions(text)) | symbols | {m.end() for m in _VV_GLUED.finditer(text)})


# "V/v" glued to the subject's first word ("V/vbổ sung hướng dẫn …")
_VV_GLUED = re.compile(r"(?<![^\W_])V/v(?=[^\W\d_])")


@lru_cache(maxsize=1)
def _symbol_glued() -> re.Pattern:
    """A symbol's last part (capitals, ``TTg``, ``TTr``) after a slash or dash, glued to a word
    that follows a cited number (``models/parse/after_symbol.txt``), or to one with marks in
    capitals (``CHỈ THỊ SỐ 19/CT-TTGNGÀY 16 THÁNG 7``)."""
    listed = sorted(data_lines("parse", "after_symbol.txt"), key=len, reverse=True)
    words = "|".join(listed)
    # in a title in capitals, the words with marks (``19/CT-TTGNGÀY``: no symbol holds ``À``)
    capitals = "|".join(w.upper() for w in listed if strip_diacritics(w) != w)
    return re.compile(rf"(?<=[/-])(?:([A-ZĐ]*TT[gr]|[A-ZĐ]{{2,}})(?=(?:{words})(?![^\W_]))"
                      rf"|([A-ZĐ]*TT[GgRr]|[A-ZĐ]{{2,}})(?=(?:{capitals})(?![^\W_])))")


def _runs(printed: str, cuts: list[int]) -> list[tuple[int, int, str, str]]:
    """Each run of glued words (``ĐẠIHỘIĐẠIBIỂU`` holds three cuts): where the page prints it, read
    apart and as printed."""
    out = []
    for run in _RUN.finditer(printed):
        inside = [c - run.start() for c in cuts[bisect.bisect_right(cuts, run.start()):
                                                bisect.bisect_left(cuts, run.end())]]
        if inside:
            glued = run.group(0)
            parts = [glued[a:b] for a, b in zip([0] + inside, inside + [len(glued)])]
            out.append((run.start(), run.end(), " ".join(parts), glued))
    return out


def _printed_apart(printed: str, spaced: str) -> bool:
    apart = r"\s+".join(map(re.escape, spaced.split(" ")))
    return re.search(rf"(?<![^\W_]){apart}(?![^\W_])", printed) is not None
