"""Train the parser's task classifier (:mod:`dispatch_tools.parse.task_classifier`) on the
development part of ``../shared/dev`` only.

    python -m dispatch_tools.training.parse_tasks --shared ../shared [--out models/parse/task_classifier.json]

Every unit of every development document the task rules read (a list item or a sentence) is an
example; it is a task when it pairs with a gold task by its text (the scorer's pairing: rapidfuzz
ratio of the folded first 12 words at least 60). A logistic regression (L2, plain gradient descent,
numpy) learns from the unit's features. The L2 weight and the decision threshold are chosen by
cross-validation over the development documents (five folds by document); the model is then
trained on all of them. Documents of the test part are refused by the loader
(:func:`dispatch_tools.evaluate.split.development_documents`).
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

import numpy as np

from ..generate.files import atomic_write

ROOT = Path(__file__).resolve().parents[2]
L2_GRID = (0.003, 0.01, 0.03, 0.1)
THRESHOLDS = (0.3, 0.4, 0.5, 0.6, 0.7)


def examples(shared: Path, ids=None) -> list[tuple[str, list[str], int, str]]:
    """(document id, feature names, label, unit text) of every unit of the development documents."""
    from ..parse.task_classifier import features

    return [(doc_id, features(unit, ctx.fields.doc_type), label, unit.text)
            for doc_id, ctx, unit, label in read_units(shared, ids)]


def read_units(shared: Path, ids=None):
    """(document id, parse context, unit, label) of every unit of the development documents, as the
    task rules read them (no trained component)."""
    from ..evaluate.parse_score import pair_tasks
    from ..evaluate.split import development_documents
    from ..parse import analyse, document_from_text
    from ..parse.text import first_words

    for doc in development_documents(shared, ids):
        sdoc = analyse(document_from_text(doc.text()), trained=())
        ctx = sdoc._.dispatch
        units = ctx.task_units
        pred = [{"text": first_words(ctx.text[u.start:u.e])} for u in units]
        paired = {i for i, _ in pair_tasks(pred, doc.gold()["tasks"])}
        for i, unit in enumerate(units):
            yield doc.id, ctx, unit, int(i in paired)


def _matrix(rows, vocab: dict[str, int]) -> np.ndarray:
    x = np.zeros((len(rows), len(vocab)), dtype=np.float32)
    for r, names in enumerate(rows):
        for n in names:
            if n in vocab:
                x[r, vocab[n]] = 1.0
    return x


def fit(rows: list[list[str]], labels: list[int], l2: float, epochs: int = 600, rate: float = 0.5):
    """Weights by name and bias of a logistic regression on binary features."""
    vocab = {n: i for i, n in enumerate(sorted({n for names in rows for n in names}))}
    x, y = _matrix(rows, vocab), np.asarray(labels, dtype=np.float32)
    w, b = np.zeros(len(vocab), dtype=np.float32), 0.0
    for _ in range(epochs):
        p = 1 / (1 + np.exp(-(x @ w + b)))
        grad = p - y
        w -= rate * (x.T @ grad / len(y) + l2 * w)
        b -= rate * float(grad.mean())
    return {n: round(float(w[i]), 5) for n, i in vocab.items() if abs(w[i]) > 1e-4}, round(b, 5)


def _f1(pred: list[bool], gold: list[int]) -> float:
    tp = sum(1 for p, g in zip(pred, gold) if p and g)
    fp = sum(1 for p, g in zip(pred, gold) if p and not g)
    fn = sum(1 for p, g in zip(pred, gold) if not p and g)
    return 2 * tp / (2 * tp + fp + fn) if tp else 0.0


def fold_of(data, folds: int = 5) -> dict[str, int]:
    """The fold of each document (by document, in the order of their ids)."""
    return {doc_id: i % folds for i, doc_id in enumerate(sorted({d for d, *_ in data}))}


def out_of_fold(data, l2: float, folds: int = 5) -> list[float]:
    """Each unit's probability of being a task by the classifier trained on the other folds' documents."""
    from ..parse.task_classifier import TaskClassifier

    fold = fold_of(data, folds)
    probs = [0.0] * len(data)
    for k in range(folds):
        train = [(n, lab) for d, n, lab, _ in data if fold[d] != k]
        weights, bias = fit([n for n, _ in train], [lab for _, lab in train], l2)
        model = TaskClassifier(weights, bias)
        for i, (d, names, _, _) in enumerate(data):
            if fold[d] == k:
                probs[i] = model.probability(names)
    return probs


def cross_validate(data, folds: int = 5) -> dict:
    """Unit-level F1 of the rules and of the classifier for each (L2, threshold), by document folds."""
    gold = [lab for _, _, lab, _ in data]
    rules = [any(n.startswith("reason=") and n[7:] in _task_reasons() for n in names) for _, names, _, _ in data]
    scores = {"rules": round(_f1(rules, gold), 4)}
    for l2 in L2_GRID:
        probs = out_of_fold(data, l2, folds)
        for t in THRESHOLDS:
            scores[f"l2={l2},t={t}"] = round(_f1([p >= t for p in probs], gold), 4)
    return scores


def best_setting(scores: dict) -> tuple[float, float]:
    """The (L2, threshold) of the best cross-validated classifier."""
    best = max((k for k in scores if k != "rules"), key=lambda k: scores[k])
    l2, t = (float(part.split("=")[1]) for part in best.split(","))
    return l2, t


def _task_reasons() -> set[str]:
    from ..parse.task_units import TASK_REASONS

    return TASK_REASONS


def arguments(prog: str, doc: str, model: str, argv: list[str] | None) -> argparse.Namespace | None:
    """``--shared`` and ``--out`` of a trainer on the development part (``model`` under models/parse); None,
    with the error told, when the shared development data is not there."""
    ap = argparse.ArgumentParser(description=doc.split("\n\n")[0])
    ap.add_argument("--shared", type=Path, default=ROOT.parent / "shared")
    ap.add_argument("--out", type=Path, default=ROOT / "models" / "parse" / model)
    args = ap.parse_args(argv)
    if not (args.shared / "dev").is_dir():
        print(f"training.{prog}: error: {args.shared}/dev is not there: training needs the shared "
              "development data", file=sys.stderr)
        return None
    return args


def main(argv: list[str] | None = None) -> int:
    args = arguments("parse_tasks", __doc__, "task_classifier.json", argv)
    if args is None:
        return 3
    data = examples(args.shared)
    scores = cross_validate(data)
    l2, t = best_setting(scores)
    best = f"l2={l2},t={t}"
    weights, bias = fit([n for _, n, _, _ in data], [lab for _, _, lab, _ in data], l2)
    model = {"kind": "logistic regression over unit features", "trained_on": "development part (56 documents)",
             "units": len(data), "tasks": sum(lab for _, _, lab, _ in data), "l2": l2, "threshold": t,
             "cross_validation_unit_f1": {"rules": scores["rules"], "classifier": scores[best]},
             "bias": bias, "weights": dict(sorted(weights.items()))}
    atomic_write(args.out, json.dumps(model, ensure_ascii=False, indent=1) + "\n", force=True)
    print(f"{len(data)} units, {model['tasks']} tasks; cross-validated unit F1: rules {scores['rules']}, "
          f"classifier {scores[best]} ({best}); wrote {args.out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
