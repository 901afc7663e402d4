"""What each token of a text is, for the line statistics and the lattice.

A token is a *syllable* (a valid syllable, or the letters of one without marks), *damaged*
(impossible marks, or no syllable at all; every ``junk`` token) or *other* (an abbreviation, a
number, a symbol, mixed case such as ``PTTg``). The *pieces* of a word are what may be restored:
the word itself, or the two syllables of a word glued by a lost space (``banhanh``:
:func:`split_glued`). In OCR-damaged text a word the tokenizer cut at a misread capital is one
word again (:func:`join_case_splits`).
"""

from __future__ import annotations

import bisect
import math
import re
from dataclasses import dataclass
from functools import lru_cache

import numpy as np

from . import lm as lm_module
from .candidates import MAX_FORMS
from .tokens import Token
from .vietnamese import case_pattern, forms_by_key, has_marks, inventory, strip_marks

SYLLABLE, DAMAGED, OTHER = "syllable", "damaged", "other"
# lower and Title are evidence; ALL-CAPS (headings, whatever the word) was measured to tell
# nothing useful, so it is counted but not used
CASE_INDEX = {"lower": 0, "title": 1}
_NEWLINE = re.compile(r"\n")


@dataclass(frozen=True, slots=True)
class Piece:
    """A restorable piece of a word: offsets within the word, and its text."""
    start: int
    end: int
    text: str


@dataclass(frozen=True, slots=True)
class Analysis:
    """What a word is (:data:`SYLLABLE`, :data:`DAMAGED`, :data:`OTHER`), its restorable pieces,
    how many of them carry marks, and its casing as evidence (:data:`CASE_INDEX`, -1 none)."""
    status: str
    pieces: tuple[Piece, ...]
    marked: int
    case: int


@dataclass
class Words:
    """The tokens of a text in order, with the line each stands on and its analysis (lists
    side by side: the steps after this one walk them together, token by token)."""
    tokens: list[Token]
    lines: list[int]
    analyses: list[Analysis]


def analyse_tokens(text: str, tokens: list[Token]) -> Words:
    """Every token of ``text`` (in order) with its line number and analysis."""
    line_starts = [0] + [m.end() for m in _NEWLINE.finditer(text)]
    n_lines = len(line_starts)
    lines = []
    ln, next_line = -1, 0  # tokens come in order: walk the line starts alongside
    for tok in tokens:
        if next_line < n_lines and tok.start >= line_starts[next_line]:
            ln = bisect.bisect_right(line_starts, tok.start) - 1
            next_line = ln + 1
        lines.append(ln)
    return Words(tokens, lines, [analyse_word(tok.kind, tok.text) for tok in tokens])


@lru_cache(maxsize=200_000)
def analyse_word(kind: str, text: str) -> Analysis:
    """The :class:`Analysis` of a token's kind and text. Cached: the same words come back
    again and again."""
    status, pieces = _classify(kind, text, inventory(), forms_by_key())
    case = CASE_INDEX.get(case_pattern(text), -1) if kind == "word" else -1
    return Analysis(status, pieces, sum(1 for piece in pieces if has_marks(piece.text)), case)


def _classify(kind: str, text: str, inv: dict, fbk: dict) -> tuple[str, tuple[Piece, ...]]:
    """What a token is for the line statistics, and its restorable pieces."""
    whole = (Piece(0, len(text), text),)
    if kind == "junk":
        return DAMAGED, whole
    if kind != "word":
        return OTHER, ()
    lower = text.lower()
    key = strip_marks(lower)
    pattern = case_pattern(text)
    if pattern == "mixed":
        return OTHER, whole
    if key in fbk and (lower in inv or not has_marks(lower) or pattern != "upper"):
        return (SYLLABLE if lower in inv or not has_marks(lower) else DAMAGED), whole
    if pattern == "upper" and key in fbk and has_marks(lower.replace("đ", "d")):
        return DAMAGED, whole  # NHIẸM: a capital word with impossible marks
    if pattern == "upper" and len(text) <= 10 and not has_marks(lower.replace("đ", "d")):
        return OTHER, whole  # UBND, CNTTVT, GDDT, BGDĐT (an abbreviation has no marks but Đ)
    parts = split_glued(lower)
    if parts:
        cut = len(parts[0])
        return SYLLABLE, (Piece(0, cut, text[:cut]), Piece(cut, len(text), text[cut:]))
    return DAMAGED, whole


@lru_cache(maxsize=100_000)
def split_glued(lower: str) -> tuple[str, ...] | None:
    """Two syllables glued by a lost space (``nhânlực``, ``banhanh``): of the cuts into two
    syllables (or keys of syllables), the one whose best reading the language model likes
    most, first syllable and the bigram after it (``ban hành``, not ``bà nhanh``)."""
    inv, fbk = inventory(), forms_by_key()
    lm = lm_module.load()
    best, best_score = None, -math.inf
    for i in range(1, len(lower)):
        parts = (lower[:i], lower[i:])
        readings = []
        for part in parts:
            if part in inv and (has_marks(part) or part not in fbk):
                readings.append((part,))
            elif not has_marks(part) and part in fbk:
                readings.append(fbk[part][:MAX_FORMS])
            else:
                break
        else:
            first = np.array([lm.id(f) for f in readings[0]], dtype=np.int64)
            second = np.array([lm.id(f) for f in readings[1]], dtype=np.int64)
            a = np.repeat(first, len(second))
            b = np.tile(second, len(first))
            score = float(np.max(lm.logprob([a]) + lm.logprob([a, b])))
            if score > best_score:
                best, best_score = parts, score
    return best


def join_case_splits(words: Words) -> Words:
    """In OCR-damaged text, words the tokenizer cut at a small letter followed by a capital
    (``Th|Ong``, ``CHi|NH``) are one word again unless both pieces are syllables (``tại|Điều``
    is two words glued by a lost space): the engine misread a letter's case."""
    fbk = forms_by_key()

    def syllable(text: str) -> bool:  # a syllable, or the letters of one (Diéu)
        return strip_marks(text.lower()) in fbk

    out = Words([], [], [])
    for tok, line, analysis in zip(words.tokens, words.lines, words.analyses):
        if out.tokens:
            prev = out.tokens[-1]
            if (tok.kind == prev.kind == "word" and prev.end == tok.start and prev.text[-1:].islower()
                    and tok.text[:1].isupper() and not (syllable(prev.text) and syllable(tok.text))):
                text = prev.text + tok.text
                out.tokens[-1] = Token(prev.start, tok.end, text, "word")
                out.analyses[-1] = analyse_word("word", text)
                continue
        out.tokens.append(tok)
        out.lines.append(line)
        out.analyses.append(analysis)
    return out
