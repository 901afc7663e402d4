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
import re
from functools import lru_cache

import numpy as np

from . import lm as lm_module
from .decode import PRUNE_BEAM, prune, viterbi
from .lm import NUM, UNK
from .tokens import Token, sentence_breaks, tokenize
from ..resources import model_path
from .vietnamese import apply_case, case_pattern, forms_by_key, has_marks, inventory, strip_marks

MAX_FORMS = 14  # candidates per key, most frequent first
KEEP = 5  # candidates per word left for the exact trigram search after bigram pre-scoring
R_FLOOR = -5.0  # log10 of the smallest mark-loss rate: a change in correct text needs 10^5 odds
OCR_MARK_COST = -1.0  # OCR-damaged text: a marked word read as another mark of the same key
OCR_DAMAGE = 0.06  # share of damaged words from which a text is treated as OCR-damaged
OCR_MIN_DAMAGED = 3  # ... and their least number
OCR_SELF = -0.3  # OCR-damaged text: a valid syllable read as it is (vé may still be về)
KEEP_COST = -3.0  # log10: an unknown word kept as it is in OCR-damaged text
PRIOR_WEIGHT = 10.0  # words of document evidence mixed into each line's mark-loss estimate
SHARE_SLACK = 2.0  # standard deviations of the marked share granted to correct text
# Text read by an OCR engine that knows Vietnamese: a syllable with valid marks may still carry
# the wrong ones (TỈNH read TÍNH, để read đế). About 1 % of syllables, spread over ten or so other
# forms of the same letters: log10(0.01 / 10).
READ_MARK_COST = -3.0
READ_DROP_COST = -4.0  # ... and one read with no marks at all (rarer: bold capitals mostly)


@lru_cache(maxsize=1)
def marked_share() -> float:
    """Share of syllable tokens that carry marks in correct text (from the corpus counts)."""
    inv = inventory()
    total = sum(inv.values()) or 1
    return sum(c for w, c in inv.items() if has_marks(w)) / total


def _quantise(value: float) -> float:
    return round(value * 2) / 2


@lru_cache(maxsize=200_000)
def _candidates(lower: str, log_r: float, ocr: bool, read: bool = False
                ) -> tuple[tuple[str, ...], np.ndarray, np.ndarray]:
    """Candidate forms of a lower-case word, their LM ids and channel scores (log10)."""
    lm = lm_module.load()
    inv = inventory()
    key = strip_marks(lower)
    forms = forms_by_key().get(key, ())[:MAX_FORMS]
    out: dict[str, float] = {}
    if ocr:  # every reading scored by the learnt OCR channel, marks included
        from .ocr import channel_cost, ocr_candidates

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
                for f in forms:
                    out.setdefault(f, READ_MARK_COST)
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
    kinds = tuple("diacritics" if strip_marks(f) == key else "ocr" for f in names)
    return names, ids, chan, kinds


def _keep_cost(lower: str) -> float:
    """An OCR-damaged word kept as it is (a name, a foreign word). The language model scores it
    as ``<unk>``, a class of many words, so keeping costs the share of one word in that class."""
    return KEEP_COST - (1.0 if any(not ch.isalpha() for ch in lower) else 0.0)


class _LineStats:
    __slots__ = ("syllables", "marked", "damaged", "words")

    def __init__(self):
        self.syllables = self.marked = self.damaged = self.words = 0


@lru_cache(maxsize=1)
def abbreviations() -> dict[str, str]:
    """Stripped form -> ALL-CAPS abbreviation written with Đ (``GDDT`` -> ``GDĐT``)."""
    path = model_path("repair", "abbreviations.txt")
    if not path.is_file():
        return {}
    out = {}
    for line in path.read_text(encoding="utf-8").splitlines():
        word = line.split("\t")[0]
        if word:
            out.setdefault(strip_marks(word), word)
    return out


@lru_cache(maxsize=100_000)
def split_glued(lower: str) -> tuple[str, ...] | None:
    """Two syllables glued by a lost space (``nhânlực``): the most frequent valid split."""
    inv, fbk = inventory(), forms_by_key()
    best, best_score = None, 0.0
    for i in range(1, len(lower)):
        parts = (lower[:i], lower[i:])
        score = 0.0
        for part in parts:
            if part in inv:
                score += math.log(inv[part])
            elif not has_marks(part) and part in fbk:
                score += math.log(inv[fbk[part][0]])
            else:
                break
        else:
            if score > best_score:
                best, best_score = parts, score
    return best


@lru_cache(maxsize=200_000)
def _analyse_text(kind: str, text: str) -> tuple[str, tuple[tuple[int, int, str], ...], int]:
    """:func:`_analyse` of a token's kind and text, parts relative to the token; and how many
    of the parts carry marks. Cached: the same words come back again and again."""
    status, parts = _analyse(Token(0, len(text), text, kind), inventory(), forms_by_key())
    return status, parts, sum(1 for _, _, part in parts if has_marks(part))


def _analyse(tok: Token, inv: dict, fbk: dict) -> tuple[str, tuple[tuple[int, int, str], ...]]:
    """What a token is for the line statistics, and its restorable parts (start, end, text).

    Status: "syllable" (a valid word or key), "damaged", "other" (abbreviation, number,
    mixed case such as ``PTTg``)."""
    if tok.kind == "junk":
        return "damaged", ((tok.start, tok.end, tok.text),)
    if tok.kind != "word":
        return "other", ()
    text = tok.text
    lower = text.lower()
    key = strip_marks(lower)
    pattern = case_pattern(text)
    if pattern == "mixed":
        return "other", ((tok.start, tok.end, text),)
    if key in fbk and (lower in inv or not has_marks(lower) or pattern != "upper"):
        status = "syllable" if lower in inv or not has_marks(lower) else "damaged"
        return status, ((tok.start, tok.end, text),)
    if pattern == "upper" and key in fbk and has_marks(lower.replace("đ", "d")):
        return "damaged", ((tok.start, tok.end, text),)  # NHIẸM: a capital word with impossible marks
    if pattern == "upper" and len(text) <= 10:
        return "other", ((tok.start, tok.end, text),)  # UBND, CNTTVT, GDDT
    parts = split_glued(lower)
    if parts:
        cut = tok.start + len(parts[0])
        return "syllable", ((tok.start, cut, text[:len(parts[0])]), (cut, tok.end, text[len(parts[0]):]))
    return "damaged", ((tok.start, tok.end, text),)


_NEWLINE = re.compile(r"\n")
_CAPS_RUN = re.compile(r"(?<![^\W\d_])[A-Z]{2,10}(?![^\W\d_])")


def _symbol_edits(tok: Token, abbr: dict[str, str]) -> list[tuple[int, int, str, str, float]]:
    """In stripped text, the known abbreviations inside a document symbol get their Đ back
    (``2865/GDDT-KT&KDCL`` -> ``2865/GDĐT-KT&KĐCL``); nothing else in the symbol changes."""
    out = []
    for m in _CAPS_RUN.finditer(tok.text):
        if m.group() in abbr:
            out.append((tok.start + m.start(), tok.start + m.end(), abbr[m.group()], "diacritics", 0.9))
    return out


def restore_words(text: str, read_by_ocr: bool = False) -> list[tuple[int, int, str, str, float]]:
    """Edits ``(start, end, replacement, kind, confidence)`` that restore the words of ``text``;
    ``read_by_ocr``: the text comes from an OCR engine that reads Vietnamese, whose marks may be
    wrong on a valid syllable (:data:`READ_MARK_COST`)."""
    tokens = tokenize(text)
    if not tokens:
        return []
    lm = lm_module.load()
    inv = inventory()
    fbk = forms_by_key()
    line_starts = [0] + [m.end() for m in _NEWLINE.finditer(text)]
    stats: dict[int, _LineStats] = {}
    analysed = []
    ln, next_line = -1, 0  # tokens come in order: walk the line starts alongside
    n_lines = len(line_starts)
    st = _LineStats()
    for tok in tokens:
        start = tok.start
        if next_line < n_lines and start >= line_starts[next_line]:
            ln = bisect.bisect_right(line_starts, start) - 1
            next_line = ln + 1
            st = stats.get(ln)
            if st is None:
                st = stats[ln] = _LineStats()
        status, rel, marked = _analyse_text(tok.kind, tok.text)
        if len(rel) == 1:
            parts = ((start, tok.end, tok.text),)
        else:
            parts = tuple((start + a, start + b, part) for a, b, part in rel)
        analysed.append((tok, ln, status, parts))
        if status == "other":
            continue
        st.words += 1
        if status == "damaged":
            st.damaged += 1
            continue
        st.syllables += len(parts)
        st.marked += marked
    total_syl = sum(s.syllables for s in stats.values())
    total_words = sum(s.words for s in stats.values())
    doc_marked = sum(s.marked for s in stats.values()) / total_syl if total_syl else 0.0
    doc_damage = sum(s.damaged for s in stats.values()) / total_words if total_words else 0.0
    damaged = sum(s.damaged for s in stats.values())
    ocr_doc = doc_damage >= OCR_DAMAGE and damaged >= OCR_MIN_DAMAGED
    if ocr_doc:  # ThOng, CHiNH: a misread letter, not two words glued by a lost space
        from .ocr import join_case_splits

        analysed = join_case_splits(analysed, inv, fbk)
    a0 = marked_share()
    line_r: dict[int, float] = {}
    for ln, st in stats.items():
        n = st.syllables + PRIOR_WEIGHT
        share = (st.marked + PRIOR_WEIGHT * doc_marked) / n
        # correct text has its own share of bare syllables (names, Thanh, Ngai): only a share
        # below what chance allows for a line this long means lost marks
        share += SHARE_SLACK * math.sqrt(a0 * (1 - a0) / n)
        r = max(1.0 - share / a0, 10 ** R_FLOOR)
        line_r[ln] = _quantise(max(math.log10(r), R_FLOOR))

    # lattice
    segments: list[list[tuple[np.ndarray, np.ndarray]]] = []
    seg_meta: list[list[tuple[tuple[int, int, str], tuple[str, ...]]]] = []
    cur: list = []
    cur_meta: list = []
    breaks = sentence_breaks(text)  # start of every sentence-ending gap match
    bi = 0
    last_end_pos = -1
    edits: list[tuple[int, int, str, str, float]] = []
    single_unk = (np.array([UNK]), np.zeros(1, np.float32))
    single_num = (np.array([NUM]), np.zeros(1, np.float32))
    abbr = abbreviations()
    n_breaks = len(breaks)
    singles: dict[str, tuple] = {}
    for tok, ln, status, parts in analysed:
        while bi < n_breaks and breaks[bi] < last_end_pos:
            bi += 1
        if bi < n_breaks and breaks[bi] < tok.start and cur:  # a break in the gap
            segments.append(cur)
            seg_meta.append(cur_meta)
            cur, cur_meta = [], []
        last_end_pos = tok.end
        kind = tok.kind
        if status == "syllable" or status == "damaged" and (
                ocr_doc or kind == "word" and strip_marks(tok.text.lower()) in fbk) \
                or status == "other" and ocr_doc and kind == "word" and parts:
            if ocr_doc and len(parts) > 1:  # OCR damage is no lost space: keep the word whole
                parts = ((tok.start, tok.end, tok.text),)
            r = line_r[ln]
            if read_by_ocr:  # the engine drops marks too, most on bold capitals (THANH PHO)
                r = max(r, READ_DROP_COST)
            for part in parts:
                names, ids, chan, kinds = _candidates(part[2].lower(), r, ocr_doc, read_by_ocr)
                cur.append((ids, chan))
                cur_meta.append((part, names, kinds))
            continue
        if ocr_doc and kind == "num":  # a short number may be a misread word (6 t6: ô tô)
            from .ocr import number_candidates

            numbers = number_candidates(tok.text)
            if numbers:
                names = (tok.text,) + tuple(f for f, _ in numbers)
                cur.append((np.array([NUM] + [lm.id(f) for f, _ in numbers], dtype=np.int64),
                            np.array([0.0] + [c for _, c in numbers], dtype=np.float32)))
                cur_meta.append(((tok.start, tok.end, tok.text), names, ("ocr",) * len(names)))
                continue
        # not restorable: context for the language model only
        if kind == "word" and tok.text in abbr and line_r[ln] > -1.0:
            edits.append((tok.start, tok.end, abbr[tok.text], "diacritics", 0.9))
        elif kind == "protected" and abbr and line_r[ln] > -1.0 and "D" in tok.text:
            edits.extend(_symbol_edits(tok, abbr))
        if kind == "num" or kind == "protected" and any(ch.isdigit() for ch in tok.text):
            single = single_num
        elif kind == "word":
            lower = tok.text.lower()
            single = singles.get(lower)
            if single is None:
                single = singles[lower] = (np.array([lm.id(lower) if lower in inv else UNK]),
                                           np.zeros(1, np.float32))
        else:
            single = single_unk
        cur.append(single)
        cur_meta.append(((tok.start, tok.end, tok.text), (), ()))
    if cur:
        segments.append(cur)
        seg_meta.append(cur_meta)

    # a reading that costs READ_MARK_COST must survive the bigram pre-scores to meet the trigrams
    segments, maps = prune(lm, segments, KEEP, 0.5 - min(READ_MARK_COST, READ_DROP_COST) if read_by_ocr else PRUNE_BEAM)
    choices, confidences = viterbi(lm, segments)
    for si, (seg, meta, choice) in enumerate(zip(segments, seg_meta, choices)):  # noqa: B007
        for pi, (((start, end, original), names, kinds), k) in enumerate(zip(meta, choice)):
            if not names:
                continue
            kept = maps[si][pi]
            index = int(kept[k]) if kept is not None else k
            if names[index] == original.lower():  # kept as read: casing too
                continue
            new = _cased(names[index], original)
            if new == original:
                continue
            kind = kinds[index]
            position = seg[pi]
            if len(position[0]) > 1:
                conf = confidences[si][pi]
            else:  # pruned to one: its share of the pre-scores in its bigram context
                conf = float(position[2][0]) if len(position) == 3 else 1.0
            edits.append((start, end, new, kind, round(conf, 3)))
    return sorted(edits)


def _cased(form: str, original: str) -> str:
    pattern = case_pattern(original)
    if pattern == "mixed":  # CHiNH: capitals with a misread letter; ThOng: a title word
        upper = sum(ch.isupper() for ch in original)
        pattern = "upper" if upper > sum(ch.islower() for ch in original) else \
            "title" if original[:1].isupper() else "lower"
    if pattern == "upper" and len(original) == 1 and len(form) > 1:
        pattern = "title"
    return apply_case(form, pattern)
