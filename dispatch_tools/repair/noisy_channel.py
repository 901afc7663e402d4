"""Restore diacritics and undo OCR damage: a noisy channel decoded with the language model.

For every word the channel proposes candidate syllables with a score log10 P(observed | true):

* a bare word (``Cong``) may be any syllable with the same key (``Công``, ``Cong``, ``Cóng``, ...);
  the accented ones cost log10 r, where r is how often marks were lost in this line, estimated
  from the share of words that still carry marks (correct text: r ~ 0, nothing changes unless
  the language model is very sure; stripped text: r = 1, the language model decides alone);
* a word with valid marks is kept: marks are evidence (except in OCR-damaged text, where a
  Latin-only OCR engine writes ``é`` for any marked e, so other marks are allowed at a cost);
* a word with impossible marks (``trién``) takes any form of its key;
* in OCR-damaged text, a word that is no syllable at all (``Sb``, ``Itra``, ``di¢n``) gets the
  syllables near it under learnt OCR confusions (:mod:`.ocr`).

The best sequence under channel + trigram language model is found by Viterbi
(:mod:`.decode`); casing follows the input word (ALL-CAPS stays ALL-CAPS).
"""

from __future__ import annotations

import bisect
import math
from functools import lru_cache

import numpy as np

from . import lm as lm_module
from .decode import viterbi
from .lm import NUM, UNK
from .tokens import Token, sentence_break, tokenize
from .vietnamese import apply_case, case_pattern, forms_by_key, has_marks, inventory, strip_marks

MAX_FORMS = 14  # candidates per key, most frequent first
R_FLOOR = -4.0  # log10 of the smallest mark-loss rate: a change in correct text needs 10^4 odds
OCR_MARK_COST = -1.0  # OCR-damaged text: a marked word read as another mark of the same key
OCR_DAMAGE = 0.06  # share of damaged words from which a text is treated as OCR-damaged
PRIOR_WEIGHT = 4.0  # words of document evidence mixed into each line's mark-loss estimate


@lru_cache(maxsize=1)
def marked_share() -> float:
    """Share of syllable tokens that carry marks in correct text (from the corpus counts)."""
    inv = inventory()
    total = sum(inv.values()) or 1
    return sum(c for w, c in inv.items() if has_marks(w)) / total


def _quantise(value: float) -> float:
    return round(value * 2) / 2


@lru_cache(maxsize=200_000)
def _candidates(lower: str, log_r: float, ocr: bool) -> tuple[tuple[str, ...], np.ndarray, np.ndarray]:
    """Candidate forms of a lower-case word, their LM ids and channel scores."""
    lm = lm_module.load()
    inv = inventory()
    key = strip_marks(lower)
    forms = forms_by_key().get(key, ())[:MAX_FORMS]
    out: dict[str, float] = {}
    if forms:
        if has_marks(lower) and lower in inv:
            out[lower] = 0.0
            if ocr:
                for f in forms:
                    out.setdefault(f, OCR_MARK_COST)
        elif has_marks(lower):  # impossible marks: damage, the key is all we know
            for f in forms:
                out[f] = 0.0 if has_marks(f) else -1.0
        else:
            for f in forms:
                out[f] = 0.0 if f == lower else log_r
            if lower not in out:
                out = {f: 0.0 for f in forms}
    if ocr:
        from .ocr import ocr_candidates

        for form, cost in ocr_candidates(lower):
            if cost > out.get(form, -99.0):
                out[form] = cost
        if not forms:
            out.setdefault(lower, _keep_cost(lower))
    if not out:
        out[lower] = 0.0
    names = tuple(out)
    ids = np.array([lm.id(f) if f in inv else UNK for f in names], dtype=np.int64)
    chan = np.array([out[f] for f in names], dtype=np.float32)
    return names, ids, chan


def _keep_cost(lower: str) -> float:
    """An OCR-damaged word kept as it is (a name, a foreign word): a moderate cost."""
    return -2.0 if any(not ch.isalpha() for ch in lower) else -1.0


class _LineStats:
    __slots__ = ("syllables", "marked", "damaged", "words")

    def __init__(self):
        self.syllables = self.marked = self.damaged = self.words = 0


def _is_damaged(tok: Token, inv: dict, fbk: dict) -> bool:
    if tok.kind == "junk":
        return True
    text = tok.text
    lower = text.lower()
    if lower in inv or not has_marks(lower) and lower in fbk:
        return False
    if text.isupper() and len(text) <= 6:  # an abbreviation (UBND, CNTTVT)
        return False
    return True


def restore_words(text: str) -> list[tuple[int, int, str, str, float]]:
    """Edits ``(start, end, replacement, kind, confidence)`` that restore the words of ``text``."""
    tokens = tokenize(text)
    if not tokens:
        return []
    lm = lm_module.load()
    inv = inventory()
    fbk = forms_by_key()
    line_starts = [0] + [i + 1 for i, ch in enumerate(text) if ch == "\n"]
    stats: dict[int, _LineStats] = {}
    tok_line = []
    for tok in tokens:
        ln = bisect.bisect_right(line_starts, tok.start) - 1
        tok_line.append(ln)
        st = stats.get(ln)
        if st is None:
            st = stats[ln] = _LineStats()
        if tok.kind not in ("word", "junk"):
            continue
        st.words += 1
        if _is_damaged(tok, inv, fbk):
            st.damaged += 1
        if tok.kind == "word":
            lower = tok.text.lower()
            if strip_marks(lower) in fbk and not (tok.text.isupper() and lower not in fbk.get(
                    strip_marks(lower), ())):
                st.syllables += 1
                if has_marks(lower):
                    st.marked += 1
    total_syl = sum(s.syllables for s in stats.values())
    total_words = sum(s.words for s in stats.values())
    doc_marked = sum(s.marked for s in stats.values()) / total_syl if total_syl else 0.0
    doc_damage = sum(s.damaged for s in stats.values()) / total_words if total_words else 0.0
    ocr_doc = doc_damage >= OCR_DAMAGE
    a0 = marked_share()
    line_r: dict[int, float] = {}
    for ln, st in stats.items():
        share = (st.marked + PRIOR_WEIGHT * doc_marked) / (st.syllables + PRIOR_WEIGHT)
        r = max(1.0 - share / a0, 10 ** R_FLOOR)
        line_r[ln] = _quantise(max(math.log10(r), R_FLOOR))

    # lattice
    segments: list[list[tuple[np.ndarray, np.ndarray]]] = []
    seg_meta: list[list[tuple[Token, tuple[str, ...]]]] = []
    cur: list = []
    cur_meta: list = []
    last_end = None
    single_unk = (np.array([UNK]), np.zeros(1, np.float32))
    single_num = (np.array([NUM]), np.zeros(1, np.float32))
    for tok, ln in zip(tokens, tok_line):
        if last_end is not None and sentence_break(text[last_end:tok.start]) and cur:
            segments.append(cur)
            seg_meta.append(cur_meta)
            cur, cur_meta = [], []
        last_end = tok.end
        if tok.kind == "word" or tok.kind == "junk" and ocr_doc:
            lower = tok.text.lower()
            if tok.kind == "word" and lower not in inv and strip_marks(lower) not in fbk \
                    and not ocr_doc:
                cur.append(single_unk)
                cur_meta.append((tok, ()))
                continue
            names, ids, chan = _candidates(lower, line_r[ln], ocr_doc)
            cur.append((ids, chan))
            cur_meta.append((tok, names))
        elif tok.kind == "num" or any(ch.isdigit() for ch in tok.text):
            cur.append(single_num)
            cur_meta.append((tok, ()))
        else:
            cur.append(single_unk)
            cur_meta.append((tok, ()))
    if cur:
        segments.append(cur)
        seg_meta.append(cur_meta)

    choices = viterbi(lm, segments)
    edits: list[tuple[int, int, str, str, float]] = []
    pending: list[tuple[int, int, int]] = []  # segment, position, edit index
    for si, (seg, meta, choice) in enumerate(zip(segments, seg_meta, choices)):
        for pi, ((tok, names), k) in enumerate(zip(meta, choice)):
            if not names:
                continue
            form = names[k]
            new = _cased(form, tok.text)
            if new == tok.text:
                continue
            kind = "diacritics" if strip_marks(new).lower() == strip_marks(tok.text).lower() \
                else "ocr"
            pending.append((si, pi, len(edits)))
            edits.append((tok.start, tok.end, new, kind, 1.0))
    if pending:
        confs = _confidences(lm, segments, choices, pending)
        for (si, pi, ei), conf in zip(pending, confs):
            s, e, new, kind, _ = edits[ei]
            edits[ei] = (s, e, new, kind, round(float(conf), 3))
    return edits


def _cased(form: str, original: str) -> str:
    pattern = case_pattern(original)
    if pattern == "mixed":
        pattern = "title" if original[:1].isupper() else "lower"
    if pattern == "upper" and len(original) == 1 and len(form) > 1:
        pattern = "title"
    return apply_case(form, pattern)


def _confidences(lm, segments, choices, pending) -> np.ndarray:
    """Local posterior of each chosen candidate given its chosen neighbours (two each side)."""
    from .lm import BOS, EOS

    cols: list[list[int]] = [[] for _ in range(5)]  # y[i-2], y[i-1], x, y[i+1], y[i+2]
    chans: list[float] = []
    owner: list[int] = []
    for j, (si, pi, _) in enumerate(pending):
        seg, choice = segments[si], choices[si]
        chosen = [seg[p][0][choice[p]] for p in range(len(seg))]

        def at(p):
            if p < 0:
                return BOS
            if p >= len(seg):
                return EOS
            return int(chosen[p])

        ids, chan = seg[pi]
        for x, c in zip(ids, chan):
            cols[0].append(at(pi - 2))
            cols[1].append(at(pi - 1))
            cols[2].append(int(x))
            cols[3].append(at(pi + 1))
            cols[4].append(at(pi + 2))
            chans.append(float(c))
            owner.append(j)
    a, b, x, d, e = (np.array(c, dtype=np.int64) for c in cols)
    score = np.array(chans, dtype=np.float64)
    score += lm.logprob([a, b, x])
    has_d = d != EOS
    score += lm.logprob([b, x, d])
    right = lm.logprob([x, d, e])
    score += np.where(has_d, right, 0.0)
    owner_a = np.array(owner)
    bounds = np.searchsorted(owner_a, np.arange(len(pending) + 1))  # owner is sorted
    out = np.zeros(len(pending))
    for j, (si, pi, _) in enumerate(pending):
        s = score[bounds[j]:bounds[j + 1]]
        p = 10.0 ** (s - s.max())
        out[j] = p[choices[si][pi]] / p.sum()
    return out
