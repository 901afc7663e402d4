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
  syllables near it under learnt OCR confusions (:mod:`.ocr_channel`).

A word's casing inside a sentence is evidence too (:func:`case_scores`). The best sequence
under channel + trigram language model is found by Viterbi (:mod:`.decode`); then sentences
where the rest of the document speaks for another reading of an unsure word are decoded again
(:mod:`.document`). Casing follows the input word (ALL-CAPS stays ALL-CAPS); restored
``oa/oe/uy`` syllables follow the tone placement the text uses most.
"""

from __future__ import annotations

import bisect
import math
import re
from functools import lru_cache

import numpy as np

from . import document
from . import lm as lm_module
from .abbreviations import abbreviation_edits, known_abbreviations
from .decode import KEEP, PRUNE_BEAM, prune, viterbi
from .document import picks_of
from .lm import NUM, UNK
from .tokens import Token, opens_phrase, sentence_breaks, tokenize
from .vietnamese import (apply_case, case_pattern, forms_by_key, has_marks, inventory,
                         placement_counts, second_vowel_form, strip_marks)

MAX_FORMS = 14  # candidates per key, most frequent first
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
# Capitals fare worse: on the scan-like renderings of `make eval` the Vietnamese model dropped
# the marks of 1.1 % of marked capital words and misread those of 1.3 % (lower case: none
# dropped in 3,652, 0.4 % misread), so either costs log10(0.012 / 5) for a capital word.
READ_CAPS_COST = -2.6


@lru_cache(maxsize=1)
def marked_share() -> float:
    """Share of syllable tokens that carry marks in correct text (from the corpus counts)."""
    inv = inventory()
    total = sum(inv.values()) or 1
    return sum(c for w, c in inv.items() if has_marks(w)) / total


def _quantise(value: float) -> float:
    return round(value * 2) / 2


CASE_PRIOR = 50.0  # casing: pseudo-counts of the overall shares mixed into each syllable's
CASE_CAP = 1.0  # log10: the most a word's casing may favour or disfavour a reading
# lower and Title are evidence; ALL-CAPS (headings, whatever the word) was measured to tell
# nothing useful, so it is counted but not used
_CASE_INDEX = {"lower": 0, "title": 1}


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


@lru_cache(maxsize=200_000)
def _candidates(lower: str, log_r: float, ocr: bool, read: float = 0.0, case: int = -1
                ) -> tuple[tuple[str, ...], np.ndarray, np.ndarray]:
    """Candidate forms of a lower-case word, their LM ids and channel scores (log10); ``read``:
    when the word was read by an OCR engine that knows Vietnamese, the cost of its marks being
    wrong (:data:`READ_MARK_COST`, :data:`READ_CAPS_COST`), else 0; ``case`` (0 lower,
    1 Title, 2 UPPER, -1 unknown) is how the word was written, also evidence
    (:func:`case_scores`)."""
    lm = lm_module.load()
    inv = inventory()
    key = strip_marks(lower)
    forms = forms_by_key().get(key, ())[:MAX_FORMS]
    out: dict[str, float] = {}
    if ocr:  # every reading scored by the learnt OCR channel, marks included
        from .ocr_channel import channel_cost, ocr_candidates

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
                    out.setdefault(f, read)
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
    return names, ids, chan, kinds


def _keep_cost(lower: str) -> float:
    """An OCR-damaged word kept as it is (a name, a foreign word). The language model scores it
    as ``<unk>``, a class of many words, so keeping costs the share of one word in that class."""
    return KEEP_COST - (1.0 if any(not ch.isalpha() for ch in lower) else 0.0)


class _LineStats:
    __slots__ = ("syllables", "marked", "damaged", "words")

    def __init__(self):
        self.syllables = self.marked = self.damaged = self.words = 0


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


@lru_cache(maxsize=200_000)
def _analyse_text(kind: str, text: str) -> tuple[str, tuple[tuple[int, int, str], ...], int, int]:
    """:func:`_analyse` of a token's kind and text, parts relative to the token; how many of
    the parts carry marks; and its casing as evidence (``_CASE_INDEX``, -1 for none). Cached:
    the same words come back again and again."""
    status, parts = _analyse(Token(0, len(text), text, kind), inventory(), forms_by_key())
    case = _CASE_INDEX.get(case_pattern(text), -1) if kind == "word" else -1
    return status, parts, sum(1 for _, _, part in parts if has_marks(part)), case


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
# ``V/v`` (về việc), the abbreviation that opens the subject line of a dispatch, as an OCR engine
# misreads its slash (``VIv``, ``V1v``, ``V|v``, ``V!v``): at the start of a line, followed by
# the subject, it is V/v again (``V/v`` written right is a protected token already)
_VV_MISREAD = re.compile(r"(?m)^[ \t]*(V[Il1|!\\]v)(?=[ \t]+[^\W\d_])")
# ``Số:`` that opens the number line of a dispatch, its ``ố`` read as a digit, a letter or left
# bare (``Sb: 2632``, ``S6: 12``, ``So: 15``): at the start of a line, before a colon and a
# number, nothing else is written so
_SO_MISREAD = re.compile(r"(?m)^[ \t]*(S[b6o0ô8éó])(?=[ \t]*:[ \t]*\d)")
_HEADER_MISREADS = ((_VV_MISREAD, "V/v", "protected"), (_SO_MISREAD, "Số", "word"))
_COMMA = re.compile(",")


def restore_words(text: str, read_by_ocr: bool = False) -> list[tuple[int, int, str, str, float]]:
    """Edits ``(start, end, replacement, kind, confidence)`` that restore the words of ``text``;
    ``read_by_ocr``: the text comes from an OCR engine that reads Vietnamese, whose marks may be
    wrong on a valid syllable (:data:`READ_MARK_COST`)."""
    tokens = tokenize(text)
    if not tokens:
        return []
    tokens, header_edits = _header_misreads(text, tokens)
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
        status, rel, marked, case = _analyse_text(tok.kind, tok.text)
        if len(rel) == 1:
            parts = ((start, tok.end, tok.text),)
        else:
            parts = tuple((start + a, start + b, part) for a, b, part in rel)
        analysed.append((tok, ln, status, parts, case))
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
        from .ocr_channel import join_case_splits

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
    edits: list[tuple[int, int, str, str, float]] = header_edits
    classes: dict[int, tuple] = {}  # tokens outside the vocabulary: lm.token_class
    n_breaks = len(breaks)
    singles: dict[str, tuple] = {}
    comma_id = lm.index.get(lm_module.COMMA)
    commas = [m.start() for m in _COMMA.finditer(text)] if comma_id is not None else []
    ci, n_commas = 0, len(commas)
    comma = (np.array([comma_id if comma_id is not None else UNK]), np.zeros(1, np.float32))
    comma_meta = ((0, 0, ","), (), ())
    for tok, ln, status, parts, word_case in analysed:
        while bi < n_breaks and breaks[bi] < last_end_pos:
            bi += 1
        new_sentence = bi < n_breaks and breaks[bi] < tok.start
        if new_sentence and cur:  # a break in the gap
            segments.append(cur)
            seg_meta.append(cur_meta)
            cur, cur_meta = [], []
        elif n_commas and last_end_pos >= 0:  # a comma in the gap: a token for the model
            while ci < n_commas and commas[ci] < last_end_pos:
                ci += 1
            if ci < n_commas and commas[ci] < tok.start and not new_sentence:
                cur.append(comma)
                cur_meta.append(comma_meta)
        # casing is evidence inside a line and a sentence (tokens.case_informative, with the
        # sentence breaks already found)
        case = -1
        if word_case >= 0 and last_end_pos >= 0 and not new_sentence \
                and not opens_phrase(text[last_end_pos:tok.start]):
            case = word_case
        last_end_pos = tok.end
        kind = tok.kind
        if status == "syllable" or status == "damaged" and (
                ocr_doc or kind == "word" and strip_marks(tok.text.lower()) in fbk) \
                or status == "other" and ocr_doc and kind == "word" and parts \
                and tok.text not in known_abbreviations():  # BCH stays, HQI is HỘI
            if ocr_doc and len(parts) > 1:  # OCR damage is no lost space: keep the word whole
                parts = ((tok.start, tok.end, tok.text),)
            r, read = line_r[ln], 0.0
            for part in parts:
                if read_by_ocr:  # the engine misreads and drops marks too, most on capitals (THANH PHO)
                    caps = len(part[2]) > 1 and part[2].isupper()
                    read = READ_CAPS_COST if caps else READ_MARK_COST
                    r = max(line_r[ln], READ_CAPS_COST if caps else READ_DROP_COST)
                names, ids, chan, kinds = _candidates(part[2].lower(), r, ocr_doc, read, case)
                case = _CASE_INDEX["lower"] if case >= 0 else -1  # the rest of a glued word
                cur.append((ids, chan))
                cur_meta.append((part, names, kinds))
            continue
        if ocr_doc and kind == "num":  # a short number may be a misread word (6 t6: ô tô)
            from .ocr_channel import number_candidates

            numbers = number_candidates(tok.text)
            if numbers:
                names = (tok.text,) + tuple(f for f, _ in numbers)
                cur.append((np.array([NUM] + [lm.id(f) for f, _ in numbers], dtype=np.int64),
                            np.array([0.0] + [c for _, c in numbers], dtype=np.float32)))
                cur_meta.append(((tok.start, tok.end, tok.text), names, ("ocr",) * len(names)))
                continue
        # not restorable: context for the language model only
        if line_r[ln] > -1.0:
            edits.extend(abbreviation_edits(tok))
        if kind == "word":
            lower = tok.text.lower()
            single = singles.get(tok.text)
            if single is None:
                wid = lm.id(lower) if lower in inv else lm.class_id(kind, tok.text)
                single = singles[tok.text] = (np.array([wid]), np.zeros(1, np.float32))
        else:
            cls = lm.class_id(kind, tok.text)
            single = classes.get(cls)
            if single is None:
                single = classes[cls] = (np.array([cls]), np.zeros(1, np.float32))
        cur.append(single)
        cur_meta.append(((tok.start, tok.end, tok.text), (), ()))
    if cur:
        segments.append(cur)
        seg_meta.append(cur_meta)

    second_style = _follows_second_placement(text)
    lattice = [list(seg) for seg in segments]  # prune() narrows the positions in place
    # a reading that costs READ_MARK_COST must survive the bigram pre-scores to meet the trigrams
    beam = 0.5 - min(READ_MARK_COST, READ_DROP_COST) if read_by_ocr else PRUNE_BEAM
    segments, maps = prune(lm, segments, KEEP, beam)
    choices, confidences = viterbi(lm, segments)
    picks = [picks_of(seg_meta[si], segments[si], maps[si], choices[si], confidences[si])
             for si in range(len(segments))]
    if ocr_doc:
        document.cache_pass(lm, lattice, seg_meta, picks, beam)
    else:
        document.sense_pass(lm, lattice, seg_meta, picks, beam)
    for meta, seg_picks in zip(seg_meta, picks):
        for ((start, end, original), names, kinds), pick in zip(meta, seg_picks):
            if pick is None:
                continue
            index, conf = pick
            form = names[index]
            if form == original.lower():  # kept as read: casing too
                continue
            if second_style:
                form = second_vowel_form(form)
                if form == original.lower():
                    continue
            new = _cased(form, original)
            if new != original:
                edits.append((start, end, new, kinds[index], round(conf, 3)))
    return sorted(edits)


def _header_misreads(text: str, tokens: list[Token]) -> tuple[list[Token], list[tuple]]:
    """``V/v`` and ``Số:`` misread at the start of their lines (:data:`_HEADER_MISREADS`): the
    tokens of each become one token as it should read, for the language model, and an edit
    writes it back."""
    spans = sorted((m.start(1), m.end(1), new, kind) for pattern, new, kind in _HEADER_MISREADS
                   for m in pattern.finditer(text))
    if not spans:
        return tokens, []
    out: list[Token] = []
    edits = []
    si = 0
    for tok in tokens:
        while si < len(spans) and spans[si][1] <= tok.start:
            si += 1
        if si < len(spans) and spans[si][0] <= tok.start and tok.end <= spans[si][1]:
            start, end, new, kind = spans[si]
            if not out or out[-1].start != start:
                out.append(Token(start, end, new, kind))
                edits.append((start, end, new, "ocr", 0.9))
            continue
        out.append(tok)
    return out, edits


def _follows_second_placement(text: str) -> bool:
    """Does the text itself write open oa/oe/uy rhymes with the tone on the second vowel
    (``hoà``, ``thuỷ``) more often than on the first (``hòa``, ``thủy``)? Then restored words
    follow its style; otherwise they take the placement most used in the corpus (the first)."""
    first, second = placement_counts(text)
    return second > 0 and second > first


def _cased(form: str, original: str) -> str:
    pattern = case_pattern(original)
    if pattern == "mixed":  # CHiNH: capitals with a misread letter; ThOng: a title word
        upper = sum(ch.isupper() for ch in original)
        pattern = "upper" if upper > sum(ch.islower() for ch in original) else \
            "title" if original[:1].isupper() else "lower"
    if pattern == "upper" and len(original) == 1 and len(form) > 1:
        pattern = "title"
    if pattern == "title" and original[0] == "I" and form[:1] == "l" and len(original) > 1:
        pattern = "lower"  # Itra: a small l the engine read as a capital I (lừa)
    return apply_case(form, pattern)
