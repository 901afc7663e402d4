"""Step 1 of restoring the words: how likely each line lost its marks, and whether the text is
OCR-damaged.

A line whose syllables carry marks as often as correct text does lost none: its rate r of lost
marks is ~0 (:data:`R_FLOOR`), so a change there needs the language model to be very sure. A
line of bare syllables lost them all: r = 1, and the language model decides alone. The share of
marked syllables is estimated per line, with :data:`PRIOR_WEIGHT` words of the whole document's
share mixed in, and correct text is granted its own share of bare syllables by chance (names
such as ``Vị Thanh``). A text with enough damaged words (no syllable at all) was read by an OCR
engine that did not know Vietnamese.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from functools import lru_cache
from itertools import groupby
from operator import itemgetter

from .vietnamese import has_marks, inventory
from .word_analysis import DAMAGED, OTHER, Words

R_FLOOR = -5.0  # log10 of the smallest mark-loss rate: a change in correct text needs 10^5 odds
OCR_DAMAGE = 0.06  # share of damaged words from which a text is treated as OCR-damaged
OCR_MIN_DAMAGED = 3  # ... and their least number
PRIOR_WEIGHT = 10.0  # words of document evidence mixed into each line's mark-loss estimate
SHARE_SLACK = 2.0  # standard deviations of the marked share granted to correct text


@dataclass(slots=True)
class LineCounts:
    """The words of one line that tell something: syllables, how many of them carry marks, and
    the damaged words among all of them."""
    syllables: int = 0
    marked: int = 0
    damaged: int = 0
    words: int = 0


@dataclass
class LineStats:
    """Per line, log10 of the rate at which its syllables lost their marks (half steps, from
    :data:`R_FLOOR` to 0); and whether the text is OCR-damaged."""
    mark_loss: dict[int, float]
    ocr_damaged: bool


@lru_cache(maxsize=1)
def marked_share() -> float:
    """Share of syllable tokens that carry marks in correct text (from the corpus counts)."""
    inv = inventory()
    total = sum(inv.values()) or 1
    return sum(c for w, c in inv.items() if has_marks(w)) / total


def line_statistics(words: Words) -> LineStats:
    """The :class:`LineStats` of the analysed words of a text."""
    counts = count_lines(words)
    total_syl = sum(c.syllables for c in counts.values())
    total_words = sum(c.words for c in counts.values())
    doc_marked = sum(c.marked for c in counts.values()) / total_syl if total_syl else 0.0
    damaged = sum(c.damaged for c in counts.values())
    doc_damage = damaged / total_words if total_words else 0.0
    ocr_damaged = doc_damage >= OCR_DAMAGE and damaged >= OCR_MIN_DAMAGED
    return LineStats({ln: mark_loss(c, doc_marked) for ln, c in counts.items()}, ocr_damaged)


def count_lines(words: Words) -> dict[int, LineCounts]:
    """The :class:`LineCounts` of every line that has a token (tokens come in order, so the
    tokens of a line come together)."""
    counts: dict[int, LineCounts] = {}
    for ln, tokens in groupby(zip(words.lines, words.analyses), key=itemgetter(0)):
        syllables = marked = damaged = n_words = 0
        for _, analysis in tokens:
            status = analysis.status
            if status == OTHER:
                continue
            n_words += 1
            if status == DAMAGED:
                damaged += 1
                continue
            syllables += len(analysis.pieces)
            marked += analysis.marked
        counts[ln] = LineCounts(syllables, marked, damaged, n_words)
    return counts


def mark_loss(line: LineCounts, doc_marked: float) -> float:
    """log10 of the rate at which the line's syllables lost their marks, ``doc_marked`` being
    the share of marked syllables in the whole text."""
    a0 = marked_share()
    n = line.syllables + PRIOR_WEIGHT
    share = (line.marked + PRIOR_WEIGHT * doc_marked) / n
    # correct text has its own share of bare syllables (names, Thanh, Ngai): only a share
    # below what chance allows for a line this long means lost marks
    share += SHARE_SLACK * math.sqrt(a0 * (1 - a0) / n)
    r = max(1.0 - share / a0, 10 ** R_FLOOR)
    return _quantise(max(math.log10(r), R_FLOOR))


def _quantise(value: float) -> float:
    return round(value * 2) / 2
