"""The syllable n-gram language model at run time (built by
:mod:`dispatch_tools.training.language_model`).

Loaded lazily, once per process (:func:`load`). Scores are log10 probabilities with back-off:
an n-gram missing from the model costs the back-off weight of its context plus the score of
its shorter suffix. Everything works on numpy arrays of ids, many n-grams per call.
"""

from __future__ import annotations

import json
import threading
from functools import lru_cache
from pathlib import Path

import numpy as np

from ..errors import MissingDependency
from ..resources import model_path
from ..i18n import _

BOS, EOS, NUM, UNK = range(4)
# every model starts its vocabulary with these; the last three came later: a model without
# them scores abbreviations and symbols as <unk> (see token_class) and does not see commas
SPECIALS = ("<s>", "</s>", "<num>", "<unk>", "<abbr>", "<sym>", ",")
COMMA = ","  # a comma between two tokens is a token of its own for the model


def token_class(kind: str, text: str) -> str:
    """The class a token outside the syllable vocabulary stands in for: ``<num>`` (anything
    with a digit), ``<abbr>`` (an ALL-CAPS word such as ``UBND``, ``BCH``), ``<sym>`` (a
    symbol without digits such as ``V/v``, ``b/c``, ``NĐ-CP``) or ``<unk>`` (foreign words,
    names in other scripts, OCR junk). ``kind`` is the token kind of :mod:`.tokens`."""
    if kind == "num" or any(ch.isdigit() for ch in text):
        return "<num>"
    if kind == "word" and len(text) > 1 and text.isupper():
        return "<abbr>"
    if kind == "protected":
        return "<sym>"
    return "<unk>"


class LanguageModel:
    def __init__(self, path: Path):
        if not path.is_file():
            raise MissingDependency(
                _("the diacritics language model is missing"), path=path,
                hint=_("Rebuild it with `make model` (needs ../shared/corpus) or restore models/lm "
                     "from the repository"))
        with np.load(path) as data:
            self.meta = json.loads(str(data["meta"]))
            self.vocab: list[str] = str(data["vocab"]).split("\n")
            self.order: int = int(self.meta["order"])
            self.p1 = data["p1"].astype(np.float32)
            self.b1 = data["b1"].astype(np.float32)
            # how often each syllable was written lower, Title, UPPER (see training.language_model.encode_line)
            self.case_counts = data["case_counts"] if "case_counts" in data else None
            self.keys: dict[int, _HashTable] = {}
            self.prob: dict[int, np.ndarray] = {}  # per order, indexed by hash slot
            self.back: dict[int, np.ndarray] = {}
            for n in range(2, self.order + 1):
                if f"t{n}_keys" in data:  # stored in slot order: loading writes sequentially
                    slots = np.cumsum(data[f"t{n}_slot"], dtype=np.int64)
                    table = _HashTable.from_slots(data[f"t{n}_keys"], slots, int(data[f"t{n}_bits"]))
                    self.prob[n] = table.spread(data[f"p{n}"], slots)
                    if n < self.order:
                        self.back[n] = table.spread(data[f"b{n}"], slots)
                else:  # older models: sorted keys and their slots
                    keys = np.cumsum(data[f"k{n}_delta"], dtype=np.uint64)
                    slots = data[f"h{n}"] if f"h{n}" in data else None
                    table = _HashTable(keys, slots)
                    self.prob[n] = table.spread(data[f"p{n}"])
                    if n < self.order:
                        self.back[n] = table.spread(data[f"b{n}"])
                self.keys[n] = table
        self.size = len(self.vocab)
        self.index = {w: i for i, w in enumerate(self.vocab)}
        self._V = np.uint64(self.size)

    def class_id(self, kind: str, text: str) -> int:
        """The id of :func:`token_class` (``<unk>`` for a class the model lacks)."""
        return self.index.get(token_class(kind, text), UNK)

    def id(self, word: str) -> int:
        got = self.index.get(word)
        if got is None:
            from .vietnamese import canonical

            got = self.index.get(canonical(word), UNK)
        return got

    def _key(self, cols: list[np.ndarray]) -> np.ndarray:
        key = cols[0].astype(np.uint64)
        for col in cols[1:]:
            key = key * self._V + col.astype(np.uint64)
        return key

    def _find(self, n: int, key: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
        return self.keys[n].find(key)

    def _backoff(self, cols: list[np.ndarray]) -> np.ndarray:
        n = len(cols)
        if n == 1:
            return self.b1[cols[0]]
        idx, found = self._find(n, self._key(cols))
        return np.where(found, self.back[n][idx].astype(np.float32), np.float32(0.0))

    def backoff(self, cols: list[np.ndarray]) -> np.ndarray:
        """log10 back-off weight of each context (0 when the context is not in the model)."""
        return self._backoff(cols)

    def trigram(self, a: np.ndarray, b: np.ndarray, c: np.ndarray) -> np.ndarray:
        """log10 P(c | a, b) where the trigram is in the model, NaN elsewhere."""
        idx, found = self._find(3, self._key([a, b, c]))
        return np.where(found, self.prob[3][idx].astype(np.float32), np.float32(np.nan))

    def logprob(self, cols: list[np.ndarray]) -> np.ndarray:
        """log10 P(w_n | w_1 .. w_{n-1}) for columns of ids (the last column is predicted)."""
        n = len(cols)
        if n > self.order:
            cols, n = cols[-self.order:], self.order
        if n == 1:
            return self.p1[cols[0]]
        idx, found = self._find(n, self._key(cols))
        out = np.where(found, self.prob[n][idx].astype(np.float32), np.float32(0.0))
        miss = ~found
        if miss.any():
            sub = [c[miss] for c in cols]
            out[miss] = self._backoff(sub[:-1]) + self.logprob(sub[1:])
        return out


_GOLDEN = np.uint64(0x9E3779B97F4A7C15)


class _HashTable:
    """Open addressing (linear probing) over n-gram keys: vectorised look-ups in O(1).

    Sorted arrays with binary search cost ~20 cache misses per look-up; the decoder makes
    millions, so the keys are spread into a table at least twice their size. A look-up gives
    the key's slot; the model's scores are kept in arrays indexed by slot (:meth:`spread`).
    Key 0 (``<s> <s> ...``) never occurs in a model and marks an empty slot."""

    def __init__(self, keys: np.ndarray, positions: np.ndarray | None = None):
        bits = max(4, int(np.ceil(np.log2(max(len(keys), 1) * 2))))
        self._size(bits)
        self.order = None  # sorted-key index -> slot
        if positions is not None and len(positions) == len(keys):  # saved by training: no probing
            self.slots[positions] = keys
            self.order = positions.astype(np.int64)
            return
        order = np.zeros(len(keys), dtype=np.int64)
        pending = np.arange(len(keys))
        slot = self._home(keys)
        while len(pending):
            free = self.slots[slot] == 0
            cand, cslot = pending[free], slot[free]
            # several keys may want the same free slot: the first of each takes it
            _values, first = np.unique(cslot, return_index=True)
            self.slots[cslot[first]] = keys[cand[first]]
            order[cand[first]] = cslot[first]
            placed = np.zeros(len(pending), dtype=bool)
            placed[np.flatnonzero(free)[first]] = True
            pending, slot = pending[~placed], (slot[~placed] + np.uint64(1)) & self.mask
        self.order = order

    def _size(self, bits: int) -> None:
        self.bits = bits
        self.shift = np.uint64(64 - bits)
        self.mask = np.uint64((1 << bits) - 1)
        self.slots = np.zeros(1 << bits, dtype=np.uint64)

    @classmethod
    def from_slots(cls, keys: np.ndarray, slots: np.ndarray, bits: int) -> "_HashTable":
        """The table as saved: the keys in slot order and their (increasing) slots."""
        table = cls.__new__(cls)
        table._size(bits)
        table.slots[slots] = keys
        table.order = None
        return table

    def positions(self) -> np.ndarray:
        """The slot of each key (in sorted-key order)."""
        return self.order.astype(np.uint32)

    def spread(self, values: np.ndarray, slots: np.ndarray | None = None) -> np.ndarray:
        """Values given per key (in sorted-key order, or for ``slots``) laid out per slot (as
        stored: float16, made float32 when looked up)."""
        out = np.zeros(len(self.slots), dtype=np.float16)
        out[self.order if slots is None else slots] = values
        return out

    def _home(self, key: np.ndarray) -> np.ndarray:
        return (key * _GOLDEN) >> self.shift

    def find(self, key: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
        """(slot, found) for each key."""
        idx = np.zeros(len(key), dtype=np.int64)
        found = np.zeros(len(key), dtype=bool)
        slot = self._home(key)
        todo = np.arange(len(key))
        while len(todo):
            got = self.slots[slot]
            hit = got == key[todo]
            if hit.any():
                idx[todo[hit]] = slot[hit]
                found[todo[hit]] = True
            more = ~hit & (got != 0)
            todo, slot = todo[more], (slot[more] + np.uint64(1)) & self.mask
        return idx, found


_LOCK = threading.Lock()


@lru_cache(maxsize=1)
def _load(path: str) -> LanguageModel:
    return LanguageModel(Path(path))


_DEFAULT: list[LanguageModel] = []


def load(path: Path | None = None) -> LanguageModel:
    """The shipped model (``models/lm/lm.npz``), loaded once."""
    if path is None and _DEFAULT:
        return _DEFAULT[0]
    with _LOCK:
        model = _load(str(path or model_path("lm", "lm.npz")))
        if path is None and not _DEFAULT:
            _DEFAULT.append(model)
        return model


def encode_line(text: str, lookup, on_word=None) -> list[int]:
    """The ids of one line as the model is trained on it: ``<s> w1 , w2 ... </s>``, a sentence
    end (:func:`tokens.sentence_break`) closing the sentence and opening the next, a comma between
    two tokens a token of its own (when the vocabulary has it), a word outside the vocabulary its
    class (:func:`token_class`). ``lookup(word)`` gives a word's id or None; ``on_word(id, token,
    gap)`` is called for every word found (training counts how it is cased). An empty line gives
    no ids."""
    from .tokens import sentence_break, tokenize

    out, last, comma = [BOS], None, lookup(COMMA)
    for tok in tokenize(text):
        gap = None if last is None else text[last:tok.start]
        if gap and sentence_break(gap):
            out += [EOS, BOS]
        elif gap and COMMA in gap and comma is not None:
            out.append(comma)
        last = tok.end
        wid = lookup(tok.text.lower()) if tok.kind == "word" else None
        if wid is None:
            cid = lookup(token_class(tok.kind, tok.text))
            out.append(UNK if cid is None else cid)
            continue
        out.append(wid)
        if on_word is not None:
            on_word(wid, tok, gap)
    if out[-1] == BOS:
        out.pop()
    else:
        out.append(EOS)
    return out


def line_score(text: str) -> float:
    """Mean log10 probability per token of one line of text under the shipped model, the line
    encoded as the model was trained (:func:`encode_line`), to choose between two readings of the
    same line."""
    model = load()

    def lookup(word: str) -> int | None:
        got = model.id(word)
        return None if got == UNK and word != "<unk>" else got

    ids = [BOS] + encode_line(text, lookup)
    if len(ids) < 3:
        return 0.0
    arr = np.array(ids, dtype=np.int64)
    lp = model.logprob([arr[:-2], arr[1:-1], arr[2:]])
    return float(lp[arr[2:] != BOS].mean())


def all_known(text: str) -> bool:
    """Is every token of ``text`` a word of the shipped model (or punctuation)? Junk, figures, codes
    and words the model has never seen say no."""
    from .tokens import tokenize

    model = load()
    return all(tok.kind == "word" and model.id(tok.text.lower()) != UNK for tok in tokenize(text))
