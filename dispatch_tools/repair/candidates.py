"""A word's candidate readings and what each costs: the noisy channel of :mod:`.noisy_channel`.

For every word the channel proposes candidate syllables with a score log10 P(observed | true):

* a bare word (``Cong``) may be any syllable with the same key (``Công``, ``Cong``, ``Cóng``, ...);
  the accented ones cost log10 r, where r is how often marks were lost in this line, estimated
  from the share of words that still carry marks (:mod:`.line_stats`; correct text: r ~ 0,
  nothing changes unless the language model is very sure; stripped text: r = 1, the language
  model decides alone);
* a word with valid marks is kept: marks are evidence (except in OCR-damaged text, where a
  Latin-only OCR engine writes ``é`` for any marked e, so other marks are allowed at a cost);
* a word with impossible marks (``trién``) takes any form of its key;
* in OCR-damaged text, a word that is no syllable at all (``Sb``, ``Itra``, ``di¢n``) gets the
  syllables near it under learnt OCR confusions (:mod:`.ocr_channel`), and so does a short
  number (``6 t6``: ``ô tô``).

A word's casing inside a sentence is evidence too (:func:`case_scores`). The language model
chooses among the candidates (:mod:`.lattice`, :mod:`.decode`).
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

import numpy as np

from . import lm as lm_module
from .lm import NUM, UNK
from .ocr_channel import channel_cost, number_candidates, ocr_candidates
from .vietnamese import forms_by_key, has_marks, inventory, strip_marks, toneless

MAX_FORMS = 14  # candidates per key, most frequent first
OCR_MARK_COST = -1.0  # OCR-damaged text: a marked word read as another mark of the same key
OCR_SELF = -0.3  # OCR-damaged text: a valid syllable read as it is (vé may still be về)
KEEP_COST = -3.0  # log10: an unknown word kept as it is in OCR-damaged text
# Text read by an OCR engine that knows Vietnamese: a syllable with valid marks may still carry
# the wrong ones (TỈNH read TÍNH, để read đế). About 1 % of syllables, spread over ten or so other
# forms of the same letters: log10(0.01 / 10).
READ_MARK_COST = -3.0
READ_DROP_COST = -4.0  # ... and one read with no marks at all (rarer: bold capitals mostly)
# A tone mark stacked over the hat of â, ê, ô or ă is small and misread more often than one on a
# plain vowel (lấy read lẫy, nhân read nhần): on the scan-like renderings of the development
# documents the Vietnamese model read another tone on 1.0 % of the marked syllables with a hat
# and on 0.4 % of the others, so another tone of the same letters costs log10(0.010 / 5) there
# (the others stay at READ_MARK_COST, about log10(0.004 / 5)).
READ_HAT_TONE_COST = -2.7
# Capitals fare worse: on the scan-like renderings of `make eval` the Vietnamese model dropped
# the marks of 1.1 % of marked capital words and misread those of 1.3 % (lower case: none
# dropped in 3,652, 0.4 % misread), so either costs log10(0.012 / 5) for a capital word.
READ_CAPS_COST = -2.6
# The dot of an i beside a speck is read as a tone over it: on the scan-like renderings of the
# development documents the Vietnamese model read a tone on 24 of the 283 syllables whose only
# vowel is a bare i (chi read chỉ, tinh read tỉnh; 20 of them the hook), against 0.1 % for the
# other syllables with no tone; so a tone over a lone i may be a bare i at log10(0.085 / 3).
READ_I_TONE_COST = -1.5

_HATS = frozenset("âêôă")

CASE_PRIOR = 50.0  # casing: pseudo-counts of the overall shares mixed into each syllable's
CASE_CAP = 1.0  # log10: the most a word's casing may favour or disfavour a reading


def _lone_i(syllable: str) -> bool:
    """Is the syllable's only vowel an i carrying a tone (``chỉ``, ``tỉnh``, ``nghị``)?"""
    bare = toneless(syllable)
    vowels = [ch for ch in bare if ch in "aăâeêioôơuưy"]
    return bare != syllable and vowels == ["i"] and not bare.startswith("gi")


@lru_cache(maxsize=1)
def case_scores() -> np.ndarray | None:
    """log10 P(casing | syllable) / P(casing), per LM id and casing (lower, Title, UPPER),
    from the counts the model keeps of how each syllable is written where casing tells
    something (not at the start of a line or sentence). ``Doan`` inside a sentence is
    likelier ``Đoàn`` (the Youth Union, a name) than ``đoạn``; ``Tran`` ``Trần`` than
    ``trấn``. None when the model has no counts."""
    counts = lm_module.load().case_counts
    if counts is None or not counts.sum():
        return None
    counts = counts.astype(np.float64)
    share = counts.sum(axis=0) / counts.sum()
    p = (counts + CASE_PRIOR * share) / (counts.sum(axis=1, keepdims=True) + CASE_PRIOR)
    out = np.clip(np.log10(p / share), -CASE_CAP, CASE_CAP)
    out[[lm_module.load().index.get(w, UNK) for w in lm_module.SPECIALS]] = 0.0  # no evidence
    return out.astype(np.float32)


@dataclass(frozen=True, slots=True)
class Candidates:
    """The readings a word may stand for, with their LM ids and channel scores (log10), and
    the kind of change each makes of the word: ``diacritics`` (same letters) or ``ocr``."""
    names: tuple[str, ...]
    ids: np.ndarray
    channel: np.ndarray
    kinds: tuple[str, ...]


@lru_cache(maxsize=200_000)
def candidates(lower: str, log_r: float, ocr: bool, read: float = 0.0, case: int = -1) -> Candidates:
    """Candidate forms of a lower-case word, their LM ids and channel scores (log10).

    ``log_r``: log10 of the rate at which the word's line lost its marks; ``ocr``: the text is
    OCR-damaged; ``read``: when the word was read by an OCR engine that knows Vietnamese, the
    cost of its marks being wrong (:data:`READ_MARK_COST`, :data:`READ_CAPS_COST`), else 0;
    ``case`` (0 lower, 1 Title, 2 UPPER, -1 unknown) is how the word was written, also
    evidence (:func:`case_scores`)."""
    lm = lm_module.load()
    inv = inventory()
    key = strip_marks(lower)
    forms = forms_by_key().get(key, ())[:MAX_FORMS]
    out: dict[str, float] = {}
    if ocr:  # every reading scored by the learnt OCR channel, marks included
        for f in forms:
            out[f] = -channel_cost(f, lower)
        for form, score in ocr_candidates(lower):
            if score > out.get(form, -99.0):
                out[form] = score
        if lower in inv:  # a valid word as read stays a strong candidate
            out[lower] = max(out.get(lower, -99.0), OCR_SELF)
        if not forms or lower not in inv and not out:
            out.setdefault(lower, _keep_cost(lower))
    elif forms:
        if has_marks(lower) and lower in inv:
            out[lower] = 0.0
            if read:  # read by OCR: the marks are evidence, not proof
                hat_tone = max(read, READ_HAT_TONE_COST) if _HATS & set(toneless(lower)) else read
                bare = toneless(lower) if _lone_i(lower) else None
                for f in forms:
                    cost = max(read, READ_I_TONE_COST) if f == bare else hat_tone
                    out.setdefault(f, cost if toneless(f) == toneless(lower) else read)
        elif has_marks(lower):  # impossible marks: damage, the key is all we know
            for f in forms:
                out[f] = 0.0 if has_marks(f) else -1.0
        else:
            for f in forms:
                out[f] = 0.0 if f == lower else log_r
            if lower not in out:
                out = {f: 0.0 for f in forms}
    if not out:
        out[lower] = 0.0
    names = tuple(out)
    ids = np.array([lm.id(f) if f in inv else UNK for f in names], dtype=np.int64)
    chan = np.array([out[f] for f in names], dtype=np.float32)
    scores = case_scores() if case >= 0 and len(names) > 1 else None
    if scores is not None:
        chan = chan + scores[ids, case]
    kinds = tuple("diacritics" if strip_marks(f) == key else "ocr" for f in names)
    return Candidates(names, ids, chan, kinds)


def _keep_cost(lower: str) -> float:
    """An OCR-damaged word kept as it is (a name, a foreign word). The language model scores it
    as ``<unk>``, a class of many words, so keeping costs the share of one word in that class."""
    return KEEP_COST - (1.0 if any(not ch.isalpha() for ch in lower) else 0.0)


def candidates_of_number(text: str) -> Candidates | None:
    """In OCR-damaged text, a short number may be a misread word (``6 t6``: ``ô tô``): the
    number itself (as ``<num>``, at no cost) and the syllables it may stand for
    (:func:`.ocr_channel.number_candidates`); None when it stands for none."""
    numbers = number_candidates(text)
    if not numbers:
        return None
    lm = lm_module.load()
    names = (text,) + tuple(f for f, _ in numbers)
    return Candidates(names, np.array([NUM] + [lm.id(f) for f, _ in numbers], dtype=np.int64),
                      np.array([0.0] + [c for _, c in numbers], dtype=np.float32),
                      ("ocr",) * len(names))


# Text read by an OCR engine that knows Vietnamese: a word that has not even the letters of a
# syllable, its marks read right but one plain letter misread (``Irọng`` for ``Trọng``, ``FHỦ``
# for ``THỦ``): the syllables one plain letter away, with the same marks, at this cost each;
# the word as read stays at :data:`KEEP_COST`
READ_LETTER_COST = -2.0
_PLAIN = frozenset("abcdefghijklmnopqrstuvwxyz")
_LETTERS = tuple(sorted(_PLAIN | {"đ"}))  # what a misread plain letter may have been


@lru_cache(maxsize=20_000)
def candidates_of_misread_letter(lower: str) -> Candidates | None:
    """The candidates of a misread letter (see :data:`READ_LETTER_COST`); None when no syllable
    is one plain letter away."""
    inv = inventory()
    found = []
    for i, ch in enumerate(lower):
        if ch not in _PLAIN:
            continue
        for letter in _LETTERS:
            form = lower[:i] + letter + lower[i + 1:]
            if letter != ch and form in inv:
                found.append(form)
    if not found:
        return None
    lm = lm_module.load()
    names = (lower,) + tuple(found)
    ids = np.array([UNK] + [lm.id(f) for f in found], dtype=np.int64)
    chan = np.array([KEEP_COST] + [READ_LETTER_COST] * len(found), dtype=np.float32)
    return Candidates(names, ids, chan, ("ocr",) * len(names))
