"""Every field's F1 by development fold, from the text or from the scan-like renderings.

    python -m dispatch_tools.evaluate.fold_fields [--scan] [--fields header|foot]

Errors are studied on some folds (``python -m dispatch_tools.evaluate.parse --errors dev --fold …``)
and each change is checked on a fold held back (:mod:`.folds`). Only development documents are read.
"""

from __future__ import annotations

import sys
from pathlib import Path

from .folds import FOLDS, NAMES
from .parse import _contract_of_text, _ocr_cache, _read_pages, _rendered
from .parse_score import FIELDS, HEADER, new_counts, score_document, summary
from .split import development_documents
from ..parse import to_contract


def field_table(shared: Path, scan: bool = False, fields: str = "all", out=None) -> int:
    """F1 of every field (or the header's, or the foot's) for each fold and the development part,
    from the text or (``scan``) from the scan-like renderings of the documents."""
    out = out or sys.stdout
    docs = {d.id: d for d in development_documents(Path(shared))}
    shown = {"all": FIELDS, "header": HEADER, "foot": ["recipients", "distribution", "references", "deadlines"]}[fields]
    preds = {}
    for doc_id, doc in sorted(docs.items()):
        if scan:
            preds[doc_id] = to_contract(_read_pages(_rendered(doc_id, doc.text()), _ocr_cache()).fields)
        else:
            preds[doc_id] = _contract_of_text(doc.text())
    rows = []
    for name, ids in [(n, FOLDS[n]) for n in NAMES] + [("dev", frozenset(docs))]:
        counts = new_counts()
        for doc_id in sorted(ids):
            score_document(preds[doc_id], docs[doc_id].gold(), counts)
        rows.append((name, len(ids), summary(counts)))
    print(f"{'F1':<18}" + "".join(f"{f'{n} ({size})':>11}" for n, size, _ in rows), file=out)
    for field in shown:
        print(f"{field:<18}" + "".join(f"{s['fields'][field]['f1']:>11.3f}" for _, _, s in rows), file=out)
    print(f"{'overall (micro)':<18}" + "".join(f"{s['overall_f1']:>11.3f}" for _, _, s in rows), file=out)
    return 0


if __name__ == "__main__":
    import argparse

    ap = argparse.ArgumentParser(description="F1 of every field by development fold")
    ap.add_argument("--shared", default=str(Path(__file__).resolve().parents[3] / "shared"))
    ap.add_argument("--scan", action="store_true", help="read the scan-like renderings instead of the text")
    ap.add_argument("--fields", choices=("all", "header", "foot"), default="all")
    args = ap.parse_args()
    sys.exit(field_table(Path(args.shared), args.scan, args.fields))
