"""Restore diacritics and undo OCR damage: a noisy channel decoded with the language model.

:func:`restore_words` runs four steps:

1. **line statistics** (:mod:`.line_stats`): every token is analysed (:mod:`.word_analysis`:
   a syllable, damaged, or other), and each line gets the rate at which it lost its marks; the
   text is OCR-damaged when enough of its words are no syllable at all;
2. **lattice** (:mod:`.lattice`): every word that may be restored gets candidate syllables with
   channel scores log10 P(observed | true) (:mod:`.candidates`: any form of a bare word's
   letters at the cost of the line's mark loss, marks kept as evidence, the learnt OCR
   confusions of :mod:`.ocr_channel` for damaged words), every other token is context;
3. **decoding** (:mod:`.decode`): the best sequence under channel + trigram language model, by
   Viterbi; then sentences where the rest of the document speaks for another reading of an
   unsure word are decoded again (:mod:`.document`);
4. **changes**: casing follows the input word (ALL-CAPS stays ALL-CAPS); restored ``oa/oe/uy``
   syllables follow the tone placement the text uses most.

Before them, the ``V/v`` and ``Số:`` that open their header lines are recognised however the
OCR engine misread them.
"""

from __future__ import annotations

import re

from . import document
from . import lm as lm_module
from .candidates import READ_DROP_COST, READ_MARK_COST
from .decode import KEEP, PRUNE_BEAM, prune, viterbi
from .document import Pick, picks_of
from .lattice import Lattice, build_lattice
from .line_stats import line_statistics
from .tokens import Token, tokenize
from .vietnamese import apply_case, case_pattern, placement_counts, second_vowel_form
from .word_analysis import analyse_tokens, join_case_splits

Edit = tuple[int, int, str, str, float]  # start, end, replacement, kind, confidence

# ``V/v`` (về việc), the abbreviation that opens the subject line of a dispatch, as an OCR engine
# misreads its slash (``VIv``, ``V1v``, ``V|v``, ``V!v``) or its small v (``V/V`` before a subject
# in small letters): at the start of a line, followed by the subject, it is V/v again (``V/v`` written right is a protected token already)
_VV_MISREAD = re.compile(r"(?m)^[ \t]*(V[Il1|!\\]v|V/V(?=[ \t]+[a-zà-ỹđ]))(?=[ \t]+[^\W\d_])")
# ``Số:`` that opens the number line of a dispatch, its ``ố`` read as a digit, a letter or left
# bare (``Sb: 2632``, ``S6: 12``, ``So: 15``): at the start of a line, before a colon and a
# number, nothing else is written so
_SO_MISREAD = re.compile(r"(?m)^[ \t]*(S[b6o0ô8éó])(?=[ \t]*:[ \t]*\d)")
_HEADER_MISREADS = ((_VV_MISREAD, "V/v", "protected"), (_SO_MISREAD, "Số", "word"))


def restore_words(text: str, read_by_ocr: bool = False) -> list[Edit]:
    """Edits ``(start, end, replacement, kind, confidence)`` that restore the words of ``text``;
    ``read_by_ocr``: the text comes from an OCR engine that reads Vietnamese, whose marks may be
    wrong on a valid syllable (:data:`.candidates.READ_MARK_COST`)."""
    tokens = tokenize(text)
    if not tokens:
        return []
    tokens, header_edits = _header_misreads(text, tokens)
    words = analyse_tokens(text, tokens)
    stats = line_statistics(words)  # 1
    if stats.ocr_damaged:  # ThOng, CHiNH: a misread letter, not two words glued by a lost space
        words = join_case_splits(words)
    lattice = build_lattice(text, words, stats, read_by_ocr)  # 2
    picks = decode_lattice(lattice, stats.ocr_damaged, read_by_ocr)  # 3
    return sorted(header_edits + lattice.edits + changes_of(text, lattice, picks))  # 4


def decode_lattice(lattice: Lattice, ocr_damaged: bool, read_by_ocr: bool
                   ) -> list[list[Pick | None]]:
    """Step 3: per segment and position, the reading chosen and the decoder's confidence in it
    (None: nothing to restore there)."""
    lm = lm_module.load()
    # the first pass decodes a copy, whose positions prune() narrows in place; the document's
    # second pass starts again from the whole lattice
    first = [list(seg) for seg in lattice.segments]
    # a reading that costs READ_MARK_COST must survive the bigram pre-scores to meet the trigrams
    beam = 0.5 - min(READ_MARK_COST, READ_DROP_COST) if read_by_ocr else PRUNE_BEAM
    segments, maps = prune(lm, first, KEEP, beam)
    choices, confidences = viterbi(lm, segments)
    picks = [picks_of(lattice.slots[si], segments[si], maps[si], choices[si], confidences[si])
             for si in range(len(segments))]
    if ocr_damaged:
        document.cache_pass(lm, lattice.segments, lattice.slots, picks, beam)
    else:
        document.sense_pass(lm, lattice.segments, lattice.slots, picks, beam)
    return picks


def changes_of(text: str, lattice: Lattice, picks: list[list[Pick | None]]) -> list[Edit]:
    """Step 4: an edit for every position whose chosen reading differs from the text, cased
    like the word it replaces and in the tone placement the text uses."""
    second_style = _follows_second_placement(text)
    edits = []
    for slots, seg_picks in zip(lattice.slots, picks):
        for slot, pick in zip(slots, seg_picks):
            if pick is None:
                continue
            index, conf = pick
            form = slot.names[index]
            original = slot.text
            if form == original.lower():  # kept as read: casing too
                continue
            if second_style:
                form = second_vowel_form(form)
                if form == original.lower():
                    continue
            new = _cased(form, original)
            if new != original:
                edits.append((slot.start, slot.end, new, slot.kinds[index], round(conf, 3)))
    return edits


def _header_misreads(text: str, tokens: list[Token]) -> tuple[list[Token], list[Edit]]:
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
