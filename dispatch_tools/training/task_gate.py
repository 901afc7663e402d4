"""Train the task gate (:mod:`dispatch_tools.parse.task_gate`) on the development part of
``../shared/dev`` only, and measure it out of fold.

    python -m dispatch_tools.training.task_gate --shared ../shared [--out models/parse/task_gate.json]

The classifier is the task classifier's (:mod:`.parse_tasks`: same units, labels, features, L2 chosen
by the same five-fold cross-validation by document). Each development unit gets its out-of-fold
probability (the classifier trained on the other four folds' documents); the gate's threshold is the
largest of :data:`GATE_THRESHOLDS` below which no real task the rules keep falls. Out of fold, it then
reports the units the gate drops and the development part's task scores with the rules alone and with
the gate (each fold's documents parsed with the gate trained on the other folds). The weights written
are trained on every development document. The card's ``shipped`` switch is kept as it was (false
for a new card): it is set by hand once ``make eval`` has compared the gate with the rules on the
test part. Documents of the test part are refused by the loader
(:func:`dispatch_tools.evaluate.split.development_documents`).
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

from .parse_tasks import _f1, arguments, best_setting, cross_validate, fit, fold_of, out_of_fold, read_units
from ..generate.files import atomic_write

GATE_THRESHOLDS = (0.05, 0.1, 0.15, 0.2, 0.25, 0.3, 0.35, 0.4, 0.45, 0.5)
FIELDS = ("tasks", "tasks.count", "tasks.assignees", "tasks.deadline")


def threshold_for(probs: list[float], kept: list[bool], labels: list[int]) -> float:
    """The largest threshold of :data:`GATE_THRESHOLDS` below which no real task the rules keep falls
    (0.0, the gate never drops, when even the smallest has one)."""
    lowest = min((p for p, k, lab in zip(probs, kept, labels) if k and lab), default=1.0)
    return max((t for t in GATE_THRESHOLDS if t <= lowest), default=0.0)


def document_scores(shared: Path, data, l2: float, threshold: float, folds: int = 5) -> dict:
    """Task and overall F1 of the development part out of fold: the rules alone, and with the gate
    (each fold's documents parsed with the gate trained on the other folds' units)."""
    from ..evaluate.parse_score import new_counts, score_document, summary
    from ..evaluate.split import development_documents
    from ..parse import parse_text, to_contract
    from ..parse.task_classifier import TaskClassifier
    from ..parse.task_gate import TaskGate, using

    fold = fold_of(data, folds)
    gates = []
    for k in range(folds):
        train = [(n, lab) for d, n, lab, _ in data if fold[d] != k]
        weights, bias = fit([n for n, _ in train], [lab for _, lab in train], l2)
        gates.append(TaskGate(TaskClassifier(weights, bias), threshold))
    rules, gated = new_counts(), new_counts()
    for doc in development_documents(shared):  # a document with no unit is in no fold: no gate changes it
        gold = doc.gold()
        score_document(to_contract(parse_text(doc.text(), trained=()).fields), gold, rules)
        with using(gates[fold.get(doc.id, 0)]):
            score_document(to_contract(parse_text(doc.text(), trained=("dispatch_task_gate",)).fields), gold, gated)
    out = {}
    for name, counts in (("rules", rules), ("gate", gated)):
        s = summary(counts)
        out[name] = {f: s["fields"][f]["f1"] for f in FIELDS} | {"overall": s["overall_f1"]}
    return out


def main(argv: list[str] | None = None) -> int:
    from ..parse.task_gate import weak

    args = arguments("task_gate", __doc__, "task_gate.json", argv)
    if args is None:
        return 3
    from ..evaluate.split import development_documents
    from ..parse.task_classifier import features

    rows = list(read_units(args.shared))
    data = [(d, features(u, ctx.fields.doc_type), lab, u.text) for d, ctx, u, lab in rows]
    labels = [lab for *_, lab in rows]
    kept = [u.task for _, _, u, _ in rows]
    weakly = [u.task and weak(ctx, u) for _, ctx, u, _ in rows]
    l2, _ = best_setting(cross_validate(data))
    probs = out_of_fold(data, l2)
    threshold = threshold_for(probs, kept, labels)
    dropped = [i for i, p in enumerate(probs) if weakly[i] and p < threshold]
    gated = [k and i not in dropped for i, k in enumerate(kept)]
    docs = document_scores(args.shared, data, l2, threshold)
    weights, bias = fit([n for _, n, _, _ in data], labels, l2)
    was = json.loads(args.out.read_text(encoding="utf-8")) if args.out.is_file() else {}
    card = {"kind": "gate over the task rules: logistic regression over unit features, dropping only units "
                    "the rules keep on weak evidence (parse/task_gate.py)",
            "trained_on": f"development part ({len(development_documents(args.shared))} documents, "
                          f"{len({d for d, *_ in rows})} with units)",
            "shipped": was.get("shipped") is True, "units": len(rows), "tasks": sum(labels),
            "weak_units": sum(weakly), "l2": l2, "threshold": threshold,
            "out_of_fold": {"unit_f1": {"rules": round(_f1(kept, labels), 4), "gate": round(_f1(gated, labels), 4)},
                            "dropped": len(dropped), "dropped_real_tasks": sum(labels[i] for i in dropped),
                            "lowest_real_task_probability": round(min(
                                (p for p, k, lab in zip(probs, kept, labels) if k and lab), default=1.0), 4),
                            "development": docs},
            "bias": bias, "weights": dict(sorted(weights.items()))}
    atomic_write(args.out, json.dumps(card, ensure_ascii=False, indent=1) + "\n", force=True)
    print(f"{len(rows)} units, {sum(labels)} tasks, {sum(kept)} kept by the rules, {sum(weakly)} of them on weak "
          f"evidence; L2 {l2}, threshold {threshold}")
    print(f"out of fold: {len(dropped)} units dropped ({card['out_of_fold']['dropped_real_tasks']} real tasks); "
          f"unit F1 rules {card['out_of_fold']['unit_f1']['rules']} gate {card['out_of_fold']['unit_f1']['gate']}")
    for name in ("rules", "gate"):
        print(f"  development, {name:<5}: " + ", ".join(f"{f} {v:.3f}" for f, v in docs[name].items()))
    print(f"wrote {args.out} (shipped: {card['shipped']})")
    return 0


if __name__ == "__main__":
    sys.exit(main())
