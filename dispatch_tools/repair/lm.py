"""The syllable n-gram language model at run time (built by :mod:`.train`).

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

BOS, EOS, NUM, UNK = range(4)


class LanguageModel:
    def __init__(self, path: Path):
        if not path.is_file():
            raise MissingDependency(
                "the diacritics language model is missing", path=path,
                hint="Rebuild it with `make model` (needs ../shared/corpus) or restore models/lm "
                     "from the repository")
        with np.load(path) as data:
            self.meta = json.loads(str(data["meta"]))
            self.vocab: list[str] = str(data["vocab"]).split("\n")
            self.order: int = int(self.meta["order"])
            self.p1 = data["p1"].astype(np.float32)
            self.b1 = data["b1"].astype(np.float32)
            self.keys: dict[int, np.ndarray] = {}
            self.prob: dict[int, np.ndarray] = {}
            self.back: dict[int, np.ndarray] = {}
            for n in range(2, self.order + 1):
                self.keys[n] = np.cumsum(data[f"k{n}_delta"], dtype=np.uint64)
                self.prob[n] = data[f"p{n}"].astype(np.float32)
                if n < self.order:
                    self.back[n] = data[f"b{n}"].astype(np.float32)
        self.size = len(self.vocab)
        self.index = {w: i for i, w in enumerate(self.vocab)}
        self._V = np.uint64(self.size)

    def id(self, word: str) -> int:
        return self.index.get(word, UNK)

    def _key(self, cols: list[np.ndarray]) -> np.ndarray:
        key = cols[0].astype(np.uint64)
        for col in cols[1:]:
            key = key * self._V + col.astype(np.uint64)
        return key

    def _find(self, n: int, key: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
        keys = self.keys[n]
        idx = np.searchsorted(keys, key)
        np.minimum(idx, len(keys) - 1, out=idx)
        return idx, keys[idx] == key

    def _backoff(self, cols: list[np.ndarray]) -> np.ndarray:
        n = len(cols)
        if n == 1:
            return self.b1[cols[0]]
        idx, found = self._find(n, self._key(cols))
        return np.where(found, self.back[n][idx], np.float32(0.0))

    def logprob(self, cols: list[np.ndarray]) -> np.ndarray:
        """log10 P(w_n | w_1 .. w_{n-1}) for columns of ids (the last column is predicted)."""
        n = len(cols)
        if n > self.order:
            cols, n = cols[-self.order:], self.order
        if n == 1:
            return self.p1[cols[0]]
        idx, found = self._find(n, self._key(cols))
        out = np.where(found, self.prob[n][idx], np.float32(0.0))
        miss = ~found
        if miss.any():
            sub = [c[miss] for c in cols]
            out[miss] = self._backoff(sub[:-1]) + self.logprob(sub[1:])
        return out


_LOCK = threading.Lock()


@lru_cache(maxsize=1)
def _load(path: str) -> LanguageModel:
    return LanguageModel(Path(path))


def load(path: Path | None = None) -> LanguageModel:
    """The shipped model (``models/lm/lm.npz``), loaded once."""
    with _LOCK:
        return _load(str(path or model_path("lm", "lm.npz")))
