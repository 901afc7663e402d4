"""Fixed folds of the development part, to tell a rule that generalises from one that fits.

    python -m dispatch_tools.evaluate.folds --shared ../shared [--scan] [--fields header]

The 56 development documents (:mod:`.split`) are dealt into :data:`K` folds, stratified by their
gold ``doc_type``: types in name order, within a type the ids sorted by
``sha256(("dispatch-folds-v1:" + id).encode()).hexdigest()``, dealt round-robin with one counter
running over all types (so every fold gets its share of each type and the folds differ in size by
at most one). Errors are studied on some folds and each change is checked on a fold held back;
a change that does not hold on the held-back fold fits its documents rather than the layout.
The test part is never read here.
"""

from __future__ import annotations

import argparse
import hashlib
import sys
from pathlib import Path

from .split import development_documents

SALT = "dispatch-folds-v1:"
K = 4


def fold_ids(types: dict[str, str], k: int = K) -> list[list[str]]:
    """``k`` folds (sorted id lists) of the ids in ``types`` ({id: gold doc_type})."""
    folds: list[list[str]] = [[] for _ in range(k)]
    n = 0
    for doc_type in sorted(set(types.values())):
        ids = sorted((i for i, t in types.items() if t == doc_type),
                     key=lambda i: hashlib.sha256((SALT + i).encode()).hexdigest())
        for doc_id in ids:
            folds[n % k].append(doc_id)
            n += 1
    return [sorted(f) for f in folds]


def development_folds(shared: Path, k: int = K) -> list[list[str]]:
    """The folds of the development part of ``shared/dev`` (reads development gold only)."""
    return fold_ids({d.id: d.gold()["doc_type"] for d in development_documents(Path(shared))}, k)


def main(argv: list[str] | None = None) -> int:
    from .parse import _contract_of_text, _ocr_cache, _read_pages, _rendered
    from .parse_score import FIELDS, HEADER, new_counts, score_document, summary
    from ..parse import to_contract

    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--shared", default=str(Path(__file__).resolve().parents[3] / "shared"))
    ap.add_argument("--scan", action="store_true", help="read the scan-like renderings instead of the text")
    ap.add_argument("--fields", choices=("all", "header", "foot"), default="all")
    args = ap.parse_args(argv)
    docs = {d.id: d for d in development_documents(Path(args.shared))}
    folds = development_folds(Path(args.shared))
    shown = {"all": FIELDS, "header": HEADER,
             "foot": ["recipients", "distribution", "references", "deadlines"]}[args.fields]
    rows = []
    for n, ids in enumerate(folds + [sorted(docs)]):
        counts = new_counts()
        for doc_id in ids:
            doc = docs[doc_id]
            if args.scan:
                pred = to_contract(_read_pages(_rendered(doc_id, doc.text()), _ocr_cache()).fields)
            else:
                pred = _contract_of_text(doc.text())
            score_document(pred, doc.gold(), counts)
        rows.append((f"fold {n}" if n < len(folds) else "all dev", len(ids), summary(counts)))
    print(f"{'F1':<18}" + "".join(f"{name + f' ({size})':>14}" for name, size, _ in rows))
    for field in shown:
        print(f"{field:<18}" + "".join(f"{s['fields'][field]['f1']:>14.3f}" for _, _, s in rows))
    print(f"{'overall (micro)':<18}" + "".join(f"{s['overall_f1']:>14.3f}" for _, _, s in rows))
    return 0


if __name__ == "__main__":
    sys.exit(main())
