"""The tasks, deadlines and references of the development scans, read by the whole pipeline, against
gold written by hand from their page images (kept outside the repository, as the scans are).

``python -m dispatch_tools.evaluate.scan_tasks --gold DIR [--gold2 DIR] [--errors]``: ``DIR`` holds
``STEM.json`` with ``tasks`` (the contract's, :mod:`.parse_score` pairs and credits them), ``--gold2``
``STEM.json`` with ``deadlines`` and ``references``, scored apart on a studied and a held-back half
dealt by a fixed hash. Only scans of the development part (:mod:`.scan_split`) are read; a gold file of
a test scan is refused.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import re
import sys
from pathlib import Path

from .parse_score import Counts, _listed, _tasks, new_counts

SALT = "scan-deadlines:"
FIELDS = ("tasks", "tasks.count", "tasks.assignees", "tasks.deadline")


def held_back(stem: str) -> bool:
    """Is this scan in the held-back half for deadlines and references?"""
    return int(hashlib.sha256((SALT + stem).encode()).hexdigest(), 16) % 2 == 0


def _scan(shared: Path, stem: str) -> Path:
    from .scan_split import part_of

    if part_of(stem) != "development":
        raise SystemExit(f"scan_tasks: {stem} is a test scan; its gold may not be read")
    found = [p for p in (shared / "scans").iterdir() if p.stem == stem and p.suffix in (".pdf", ".jpg", ".png")]
    if not found:
        raise SystemExit(f"scan_tasks: no scan {stem} in {shared / 'scans'}")
    return found[0]


def _contract(shared: Path, stem: str, cache: dict) -> dict:
    if stem not in cache:
        from .. import pipeline
        from ..parse import to_contract

        cache[stem] = to_contract(pipeline.read(_scan(shared, stem)).fields)
    return cache[stem]


def _refs(items: list[dict]) -> set:
    return {(re.sub(r"\s+", "", r["number"]), r.get("date")) for r in items}


def _dates(items: list[dict]) -> set:
    return {(d.get("date"), d.get("time")) for d in items}


def score(shared: Path, gold: Path, gold2: Path | None, out=sys.stdout, errors: bool = False) -> dict:
    cache: dict = {}
    counts = new_counts()
    for path in sorted(gold.glob("*.json")):
        found: list[str] = []
        truth = json.loads(path.read_text(encoding="utf-8"))
        _tasks(counts, _contract(shared, path.stem, cache)["tasks"], truth["tasks"], found if errors else None)
        for line in found:
            print(f"  {path.stem}: {line}", file=out)
    result = {"documents": len(list(gold.glob("*.json"))), **{k: round(counts[k].f1, 3) for k in FIELDS}}
    print("tasks of the development scans, F1: " + ", ".join(f"{k} {v}" for k, v in result.items()), file=out)
    if gold2 is not None:
        parts = {"studied": {"deadlines": Counts(), "references": Counts()},
                 "held back": {"deadlines": Counts(), "references": Counts()}}
        for path in sorted(gold2.glob("*.json")):
            truth, pred = json.loads(path.read_text(encoding="utf-8")), _contract(shared, path.stem, cache)
            half = parts["held back" if held_back(path.stem) else "studied"]
            found = []
            _listed(half, "deadlines", _dates(pred["deadlines"]), _dates(truth["deadlines"]), [], found)
            _listed(half, "references", _refs(pred["references"]), _refs(truth["references"]), [], found)
            for line in found if errors and not held_back(path.stem) else []:
                print(f"  {path.stem}: {line}", file=out)
        for name, half in parts.items():
            result[name] = {k: round(c.f1, 3) for k, c in half.items()}
            print(f"deadlines and references, {name} half, F1: deadlines {result[name]['deadlines']}, "
                  f"references {result[name]['references']}", file=out)
    return result


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description="The development scans' tasks, deadlines and references against "
                                 "hand-made gold kept outside the repository")
    ap.add_argument("--shared", type=Path, default=Path(__file__).resolve().parents[3] / "shared")
    ap.add_argument("--gold", type=Path, required=True, help="folder of STEM.json with tasks")
    ap.add_argument("--gold2", type=Path, help="folder of STEM.json with deadlines and references")
    ap.add_argument("--errors", action="store_true", help="list the studied documents' errors")
    args = ap.parse_args(argv)
    score(args.shared, args.gold, args.gold2, errors=args.errors)
    return 0


if __name__ == "__main__":
    sys.exit(main())
