"""Cross-validation inside the development part: four fixed folds of its 56 documents.

A rule change is studied on the errors of three folds and checked on the fourth, held back; then
the folds rotate. A change that helps the folds it was studied on but not the held-back one fits
those documents' words, not the language: drop it or make it general. Trained components are
trained on three folds and scored on the fourth the same way.

Definition (decided once): the development documents are stratified by their gold ``doc_type``;
within a type, ids are sorted by ``sha256(("dispatch-folds-v1:" + id).encode()).hexdigest()`` and
dealt to the folds A, B, C, D in turn, the deal going on from one type to the next (types in
alphabetical order), so that every fold holds 14 documents and about a quarter of each type.
The folds are written out below (:data:`FOLDS`); :func:`compute_folds` recomputes them from the
development part's gold types (a test checks both agree). Only development documents are ever
read here.

    python -m dispatch_tools.evaluate.parse --folds            # scores of each fold, rules and baseline
    python -m dispatch_tools.evaluate.parse --errors dev --fold A,B,C   # errors of the studied folds only
"""

from __future__ import annotations

import argparse
import hashlib
from pathlib import Path

import json
import sys

from .split import development_documents

SALT = "dispatch-folds-v1:"
NAMES = ("A", "B", "C", "D")

#: the four folds of the development part, as :func:`compute_folds` gives them
FOLDS = {
    "A": frozenset({"046", "060", "110", "112", "114", "121", "126", "130", "134", "137", "150", "159",
                    "161", "164"}),
    "B": frozenset({"045", "102", "106", "109", "115", "116", "119", "127", "132", "143", "151", "156",
                    "158", "167"}),
    "C": frozenset({"019", "036", "053", "054", "104", "108", "118", "125", "131", "135", "141", "148",
                    "152", "166"}),
    "D": frozenset({"020", "058", "101", "111", "113", "120", "122", "133", "144", "146", "147", "154",
                    "160", "165"}),
}


def compute_folds(shared: Path) -> dict[str, frozenset[str]]:
    """The folds recomputed by their definition from the development documents' gold types."""
    by_type: dict[str, list[str]] = {}
    for doc in development_documents(Path(shared)):
        by_type.setdefault(doc.gold()["doc_type"], []).append(doc.id)
    out: dict[str, set[str]] = {name: set() for name in NAMES}
    turn = 0
    for doc_type in sorted(by_type):
        for doc_id in sorted(by_type[doc_type], key=lambda i: hashlib.sha256((SALT + i).encode()).hexdigest()):
            out[NAMES[turn % len(NAMES)]].add(doc_id)
            turn += 1
    return {name: frozenset(ids) for name, ids in out.items()}


def fold_of(doc_id: str) -> str:
    for name, ids in FOLDS.items():
        if doc_id in ids:
            return name
    raise KeyError(f"document {doc_id} is not in the development part")


def parse_folds(spec: str) -> list[str]:
    """``"A,B,C"`` or ``"ABC"`` -> ``["A", "B", "C"]``; a clear error for an unknown fold."""
    names = [c for c in spec.upper() if c.isalpha()]
    bad = [n for n in names if n not in FOLDS]
    if bad or not names:
        raise ValueError(f"unknown fold {', '.join(bad) or spec!r}: the folds are {', '.join(NAMES)}")
    return sorted(set(names))


def fold_option(ap: argparse.ArgumentParser, help: str = "only the documents of these development folds",
                default: str | None = None) -> None:
    """``--fold A,B,C`` on ``ap``: its value the fold names, an unknown fold refused by argparse (exit 2)."""
    def folds(spec: str) -> list[str]:
        try:
            return parse_folds(spec)
        except ValueError as exc:
            raise argparse.ArgumentTypeError(str(exc)) from None

    ap.add_argument("--fold", metavar="A,B,C", type=folds, default=default, help=help)


def ids_of(names: list[str]) -> list[str]:
    return sorted(i for n in names for i in FOLDS[n])



# --------------------------------------------------------------------------- the report

SHOWN = ("tasks", "tasks.count", "tasks.assignees", "tasks.deadline", "deadlines")


def _row(summary: dict) -> dict:
    row = {f: summary["fields"][f]["f1"] for f in SHOWN}
    row["overall"] = summary["overall_f1"]
    return row


def scores(shared: Path, baseline: bool = True, trained: tuple[str, ...] | None = None) -> dict:
    """F1 of each fold, of the folds together (the development part) and of each "all but one"
    (what a change studied on three folds is judged by), for the rules of today and, beside them,
    the baseline rules (:mod:`.parse_baseline`). ``trained`` names the trained components to use
    (default: the shipped choice)."""
    from .parse_score import new_counts, score_document, summary
    from ..parse import parse_text, to_contract
    from ..parse.nlp import get_nlp

    def _contract_of_text(text: str, trained=None) -> dict:
        return to_contract(parse_text(text, trained=trained).fields)

    def _score(preds: dict, golds: dict, ids) -> dict:
        counts = new_counts()
        for doc_id in sorted(ids):
            score_document(preds[doc_id], golds[doc_id], counts)
        return summary(counts)

    docs = development_documents(Path(shared))
    golds = {d.id: d.gold() for d in docs}
    get_nlp(trained)
    systems = {"now": {d.id: _contract_of_text(d.text(), trained=trained) for d in docs}}
    if baseline:
        from . import parse_baseline

        if parse_baseline.available() is None:
            systems["base"] = parse_baseline.predict([{"id": d.id, "kind": "text", "text": d.text()} for d in docs])
    out: dict = {}
    for system, preds in systems.items():
        groups = {name: ids for name, ids in FOLDS.items()}
        groups["dev"] = frozenset(golds)
        out[system] = {name: _row(_score(preds, golds, [i for i in ids if i in golds]))
                       for name, ids in groups.items()}
    return out


def report(result: dict, against: dict | None = None, out=None) -> None:
    """Print the table of :func:`scores`; with ``against`` (an earlier result), the change per fold."""
    out = out or sys.stdout
    columns = list(NAMES) + ["dev"]
    for system in result:
        print(f"\nF1 by development fold ({'the rules now' if system == 'now' else 'baseline rules'})", file=out)
        print(f"{'':<16}" + "".join(f"{c:>9}" for c in columns), file=out)
        for field in SHOWN + ("overall",):
            cells = []
            for c in columns:
                value = result[system][c][field]
                cell = f"{value:.3f}"
                if against is not None and system in against:
                    delta = value - against[system][c][field]
                    cell = f"{delta:+.3f}" if abs(delta) >= 0.0005 else "="
                cells.append(f"{cell:>9}")
            print(f"{field:<16}" + "".join(cells), file=out)
    if against is not None:
        print("(changes against the saved result; '=' unchanged)", file=out)


def main_folds(shared: Path, save: Path | None, against: Path | None, baseline: bool,
               trained: tuple[str, ...] | None = None) -> int:
    result = scores(shared, baseline=baseline, trained=trained)
    report(result)
    if against is not None:
        report(result, json.loads(Path(against).read_text(encoding="utf-8")))
    if save is not None:
        tmp = Path(save).with_suffix(".tmp")
        tmp.write_text(json.dumps(result, indent=1), encoding="utf-8")
        tmp.replace(save)
    return 0
