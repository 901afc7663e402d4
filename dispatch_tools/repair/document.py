"""The document's own evidence: a second decoding after the first has read the whole text.

A dispatch says the same things many times (``phòng chống lừa đảo`` six times, ``UBND tỉnh``
on every page), and the readings the first pass was sure of tell how this document writes
the words it was unsure of elsewhere:

* :func:`sense_pass` (text that lost its marks): one sense per document. Where the decoder was
  unsure of a word and another reading of the same key is used surely elsewhere, that reading
  gains, and the sentence is decoded again.
* :func:`cache_pass` (OCR-damaged text): a cache model (after Kuhn & De Mori 1990). The
  document's sure readings become distributions mixed into the language model,
  ``(1 - λu - λb) P_lm(c | a, b) + λu P_doc(c) + λb P_doc(c | b)``, so a phrase the document
  keeps using is not ruled out by a context the corpus never saw it in (``UBND tỉnh Võ Phiên``:
  the corpus prefers ``tinh vi``). A word counts in ``P_doc(c)`` only by how much more often the
  document uses it than the corpus would lead to expect: a plain word cache lifts the frequent
  words (``có``, ``số``) everywhere, and was measured to lose on seed 002 what it gained
  elsewhere. Every OCR'd word the first pass changed or was unsure of also gets the
  document's sure words whose keys are near it as readings (``hra`` may be ``lừa``, which the
  channel alone ranks too low to propose), and the text is decoded again.

Both leave a reading the first pass was sure of as it was unless the new decoding of its
sentence says otherwise; a word the first pass kept as written though it is no syllable
(``BCH``, a name) is not read again.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import replace

import numpy as np

from .decode import KEEP, PRUNE_BEAM, Cache, prune, viterbi
from .lm import SPECIALS
from .ocr_channel import channel_cost, near_limit, queries
from .vietnamese import inventory, strip_marks

SURE = 0.95  # a first-pass reading this sure is a vote for how the document writes a word
# one sense per document (stripped text)
SENSE_WEIGHT = 1.0  # weight of the document's own evidence (log10 scale), 0 = off
SENSE_SMOOTH = 1.0  # pseudo-count spread over the readings of a key
SENSE_UNSURE = 0.8  # a position less sure than this may be decoded again
SENSE_MIN_VOTES = 2.0  # ... when another reading has at least this many votes and its own none
# the cache model (OCR-damaged text)
CACHE_UNIGRAM = 0.05  # weight of the document's words in the mixture
CACHE_BIGRAM = 0.05  # ... and of its bigrams
# a word counts by how many more times the document uses it than the corpus would lead to expect
CACHE_EXCESS = 1.0
CACHE_MIN_VOTES = 2  # sure readings a word needs to be proposed for other OCR'd words
CACHE_FLOOR = -6.0  # log10: the least channel score of such a proposal
FIXED = -99.0  # channel score that rules a reading out


# The reading chosen for a position: its index among the position's candidates (the readings
# of its lattice.Slot) and the decoder's confidence in it. A plain pair: one is made for every
# word of the text.
Pick = tuple[int, float]


def picks_of(slots, seg, maps, choice, confidence) -> list[Pick | None]:
    """For each position of a decoded sentence (its :class:`.lattice.Slot`, its pruned
    candidates, the kept indices, the decoder's choice and confidence), the :data:`Pick`
    (None: nothing to restore)."""
    out: list[Pick | None] = []
    for pi, slot in enumerate(slots):
        if not slot.names:
            out.append(None)
            continue
        k = choice[pi]
        kept = maps[pi]
        position = seg[pi]
        if len(position[0]) > 1:
            conf = confidence[pi]
        else:  # pruned to one: its share of the pre-scores in its bigram context
            conf = float(position[2][0]) if len(position) == 3 else 1.0
        out.append((int(kept[k]) if kept is not None else k, conf))
    return out


def _votes(slots, picks) -> tuple[Counter, list[tuple[int, int, str, float]]]:
    """Sure readings counted, and every other position (segment, position, reading, confidence)."""
    votes: Counter = Counter()
    rest = []
    for si, seg_picks in enumerate(picks):
        seg_slots = slots[si]
        for pi, pick in enumerate(seg_picks):
            if pick is None:
                continue
            index, conf = pick
            form = seg_slots[pi].names[index]
            if conf >= SURE:
                votes[form] += 1
            else:
                rest.append((si, pi, form, conf))
    return votes, rest


def _decode_again(lm, lattice, slots, picks, order: list[int], beam: float,
                  cache: Cache | None = None) -> None:
    # widened positions hold unlikely readings: a neighbour is pre-scored with the left
    # reading's channel score too, or any of them would lift it
    fresh, fresh_maps = prune(lm, [lattice[si] for si in order], KEEP, beam, cache,
                              left_channel=cache is not None)
    fresh_choices, fresh_conf = viterbi(lm, fresh, cache)
    for j, si in enumerate(order):
        picks[si] = picks_of(slots[si], fresh[j], fresh_maps[j], fresh_choices[j], fresh_conf[j])


def sense_pass(lm, lattice, slots, picks, beam: float = PRUNE_BEAM) -> None:
    """One sense per document, for text that lost its marks.

    The readings the first pass was sure of (confidence at least :data:`SURE`) are votes for
    how this document writes each key (``so`` is ``số`` in a text full of numbers, ``dan``
    ``dân`` in one about the people of a province). A position the decoder was unsure of
    (under :data:`SENSE_UNSURE`), whose reading has no sure vote in the document while another
    reading of its key has at least :data:`SENSE_MIN_VOTES`, gets for each candidate
    ``SENSE_WEIGHT * log10((votes + SENSE_SMOOTH) / (most votes + SENSE_SMOOTH))`` added to its
    channel score, and its sentence is decoded again. Readings the document itself uses surely
    are never pushed aside (``hàng`` and ``hằng`` may both be right), and other sentences keep
    their first decoding, so the cost is small."""
    if not SENSE_WEIGHT:
        return
    votes, rest = _votes(slots, picks)
    redo: dict[int, dict[int, np.ndarray]] = {}
    for si, pi, form, conf in rest:
        names = slots[si][pi].names
        if conf >= SENSE_UNSURE or len(names) < 2 or form in votes:
            continue
        counts = np.array([votes.get(n, 0) for n in names], dtype=np.float64)
        if counts.max() < SENSE_MIN_VOTES:
            continue
        bonus = SENSE_WEIGHT * np.log10((counts + SENSE_SMOOTH) / (counts.max() + SENSE_SMOOTH))
        redo.setdefault(si, {})[pi] = bonus.astype(np.float32)
    if not redo:
        return
    order = sorted(redo)
    for si in order:
        bonus_of = redo[si]
        lattice[si] = [(pos[0], pos[1] + bonus_of[pi]) if pi in bonus_of else pos
                       for pi, pos in enumerate(lattice[si])]
    _decode_again(lm, lattice, slots, picks, order, beam)


def cache_pass(lm, lattice, slots, picks, beam: float = PRUNE_BEAM) -> None:
    """The cache model for OCR-damaged text (see the module documentation)."""
    if not CACHE_UNIGRAM and not CACHE_BIGRAM:
        return
    votes, _ = _votes(slots, picks)
    inv = inventory()
    votes = Counter({form: n for form, n in votes.items() if form in inv})
    cache = _cache(lm, lattice, picks)
    if cache is None:
        return
    proposals = _Proposals(lm, [f for f, n in votes.items() if n >= CACHE_MIN_VOTES])
    order = []
    for si, seg_slots in enumerate(slots):
        widened = False
        for pi, slot in enumerate(seg_slots):
            if not slot.names:
                continue
            index, conf = picks[si][pi]
            lower = slot.text.lower()
            kept = slot.names[index] == lower
            if kept and lower not in inv:  # an abbreviation, a name, a foreign word: it stays
                ids, chan = lattice[si][pi][:2]
                chan = np.where(np.arange(len(ids)) == index, chan, np.float32(FIXED))
                lattice[si][pi] = (ids, chan.astype(np.float32))
                continue
            extra = None if kept and conf >= SURE else proposals.near(lower, slot.names)
            if extra:
                ids, chan = lattice[si][pi][:2]
                lattice[si][pi] = (np.concatenate([ids, [i for _, i, _ in extra]]).astype(np.int64),
                                   np.concatenate([chan, [c for _, _, c in extra]]).astype(np.float32))
                seg_slots[pi] = replace(slot, names=slot.names + tuple(f for f, _, _ in extra),
                                        kinds=slot.kinds + ("ocr",) * len(extra))
            widened = widened or len(lattice[si][pi][0]) > 1
        if widened:
            order.append(si)
    if order:
        _decode_again(lm, lattice, slots, picks, order, beam, cache)


def _cache(lm, lattice, picks) -> Cache | None:
    """The document's sure readings (and the words around them that needed no reading) as a
    :data:`decode.Cache`: bigrams as they are, single words by how much more often the document
    uses them than the corpus would (a word used as often as anywhere, ``có``, ``các``, gains
    nothing); None when the document has nothing to say."""
    pairs: Counter = Counter()
    words: Counter = Counter()
    for si, seg in enumerate(lattice):
        prev = None
        for pi, position in enumerate(seg):
            pick = picks[si][pi]
            if pick is None:
                word = int(position[0][0]) if len(position[0]) == 1 else None
            else:
                word = int(position[0][pick[0]]) if pick[1] >= SURE else None
            if word is not None:
                words[word] += 1
                if prev is not None:
                    pairs[prev, word] += 1
            prev = word
    if not words:
        return None
    n = sum(words.values())
    unigram = np.zeros(len(lm.vocab), dtype=np.float64)
    for word, count in words.items():
        if word >= len(SPECIALS):  # <num>, <abbr>, commas: no words of the document
            expected = CACHE_EXCESS * n * 10.0 ** float(lm.p1[word])
            unigram[word] = CACHE_UNIGRAM * max(0.0, count - expected) / n
    size = len(lm.vocab)
    starts: Counter = Counter()
    for (b, _), count in pairs.items():
        starts[b] += count
    keys = np.array([b * size + c for b, c in pairs], dtype=np.int64)
    share = np.array([CACHE_BIGRAM * count / starts[b] for (b, _), count in pairs.items()])
    order = np.argsort(keys)
    return Cache(unigram, keys[order], share[order], 1.0 - CACHE_UNIGRAM - CACHE_BIGRAM, size)


class _Proposals:
    """The document's sure words as readings of the OCR'd words whose keys are near theirs."""

    def __init__(self, lm, forms: list[str]):
        self.lm = lm
        self.forms = forms
        self.keys = [strip_marks(f) for f in forms]
        self.memo: dict[str, list[tuple[str, int, float]]] = {}

    def near(self, lower: str, names: tuple[str, ...]) -> list[tuple[str, int, float]]:
        """(form, LM id, channel score) of each near sure word not among ``names``."""
        found = self.memo.get(lower)
        if found is None:
            found = self.memo[lower] = self._near(lower)
        return [entry for entry in found if entry[0] not in names]

    def _near(self, lower: str) -> list[tuple[str, int, float]]:
        from rapidfuzz import process
        from rapidfuzz.distance import Levenshtein

        if not self.forms or not any(ch.isalpha() for ch in lower) or len(lower) > 12:
            return []
        hits: set[int] = set()
        for query in queries(lower):
            for _, _, index in process.extract(query, self.keys, scorer=Levenshtein.distance,
                                               score_cutoff=near_limit(query), limit=None):
                hits.add(index)
        out = []
        for index in sorted(hits):
            form = self.forms[index]
            score = -channel_cost(form, lower)
            if score >= CACHE_FLOOR:
                out.append((form, self.lm.id(form), round(score, 2)))
        return out
