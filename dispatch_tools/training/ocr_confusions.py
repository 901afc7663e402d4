"""Learn the OCR confusion counts of :mod:`dispatch_tools.repair.ocr_channel` from real OCR errors.

    python -m dispatch_tools.training.ocr_confusions --corpus ../shared/corpus

The cached pairs of :mod:`.ocr_errors` (corpus lines drawn as page images and read by
Tesseract's English model) are aligned word by word; each true word is aligned with its OCR
reading letter by letter, every true letter read as one or two characters or dropped, and stray
characters inserted. The counts of a first alignment under hand-set costs give the costs of a
second one (:data:`ITERATIONS`), whose counts are written to ``models/repair/ocr_confusions.json``.
``make model`` runs this after the language model when the pairs are there.
"""

from __future__ import annotations

import argparse
import difflib
import json
import re
import sys
from collections import Counter, defaultdict
from pathlib import Path

from ..repair.ocr_channel import confusion_cost
from ..repair.vietnamese import strip_marks
from ..resources import model_path
from .ocr_errors import SETS, TRAIN_SETS, load_pairs

_TOKEN = re.compile(r"(?:[^\W_]|[&¢§@©£¥])+")
ITERATIONS = 2


def _align(true: str, obs: str, cost) -> list[tuple[str, str]]:
    """Cheapest alignment of a true word with its OCR reading: (true char or '', obs segment)."""
    n, m = len(true), len(obs)
    inf = float("inf")
    d = [[inf] * (m + 1) for _ in range(n + 1)]
    back = [[None] * (m + 1) for _ in range(n + 1)]
    d[0][0] = 0.0
    for i in range(n + 1):
        for j in range(m + 1):
            here = d[i][j]
            if here == inf:
                continue
            moves = []
            if i < n:
                moves.append((i + 1, j, true[i], ""))
                if j < m:
                    moves.append((i + 1, j + 1, true[i], obs[j]))
                if j + 1 < m:
                    moves.append((i + 1, j + 2, true[i], obs[j:j + 2]))
            if j < m:
                moves.append((i, j + 1, "", obs[j]))
            for ni, nj, t, o in moves:
                c = here + cost(t, o)
                if c < d[ni][nj]:
                    d[ni][nj] = c
                    back[ni][nj] = (i, j, t, o)
    ops = []
    i, j = n, m
    while (i, j) != (0, 0):
        pi, pj, t, o = back[i][j]
        ops.append((t, o))
        i, j = pi, pj
    return ops[::-1]


def _initial_cost(t: str, o: str) -> float:
    if t and o and (o == t or o == strip_marks(t)):
        return 0.0
    if t and len(o) == 2 and o[0] == strip_marks(t):
        return 1.2
    return 1.0 if len(o) <= 1 else 1.6


def word_pairs(rows: list[dict]) -> list[tuple[str, str]]:
    """(true word, OCR word) pairs, lower case, from aligned lines."""
    out = []
    for row in rows:
        src = _TOKEN.findall(row["source"].lower())
        ocr = _TOKEN.findall(row["ocr"].lower())
        sm = difflib.SequenceMatcher(None, [strip_marks(w) for w in src], ocr, autojunk=False)
        for tag, i1, i2, j1, j2 in sm.get_opcodes():
            if tag == "equal" or tag == "replace" and i2 - i1 == j2 - j1:
                out.extend(zip(src[i1:i2], ocr[j1:j2]))
    return [(t, o) for t, o in out if t.isalpha()]


def learn(rows: list[dict], iterations: int = ITERATIONS) -> dict:
    pairs = word_pairs(rows)
    cost = _initial_cost
    counts: dict[str, Counter] = {}
    for _ in range(iterations):
        counts = defaultdict(Counter)
        for t, o in pairs:
            for tc, oc in _align(t, o, cost):
                counts[tc][oc] += 1
        cost = confusion_cost(counts)
    return {"pairs": len(pairs), "counts": {t: dict(c) for t, c in sorted(counts.items())}}


def training_rows(corpus: Path) -> list[dict]:
    """The cached pairs learnt from: the clean pages, and the varied poorer scans when made."""
    rows = []
    for which in TRAIN_SETS:
        if which == "train" or model_path("repair", SETS[which][3]).is_file():
            rows.extend(load_pairs(corpus, which))
    return rows


def main(argv: list[str] | None = None) -> int:
    """Learn ``ocr_confusions.json`` from the cached training pairs (``make model`` runs this)."""
    ap = argparse.ArgumentParser(description="Learn the OCR confusion table")
    ap.add_argument("--corpus", type=Path, default=Path("../shared/corpus"))
    args = ap.parse_args(argv)
    model = learn(training_rows(args.corpus))
    path = model_path("repair", "ocr_confusions.json")
    path.write_text(json.dumps(model, ensure_ascii=False, indent=0, sort_keys=True), encoding="utf-8")
    print(f"[ocr] {model['pairs']} word pairs -> {path}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
