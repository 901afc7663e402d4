"""``make eval``: every evaluation, in pipeline order, against its baselines, in one run.

    python -m dispatch_tools.evaluate --shared ../shared [--only ocr_accuracy,repair,parse]

Each module prints its own table; a summary of the headline numbers closes the run and is saved
as JSON (``--json FILE``) for the README.
"""

from __future__ import annotations

import argparse
import importlib
import json
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
ORDER = ["ocr_accuracy", "repair", "parse", "damage", "real_scans"]


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description="Run every evaluation (make eval)")
    ap.add_argument("--shared", type=Path, default=ROOT.parent / "shared")
    ap.add_argument("--only", help="comma-separated modules to run (default: " + ",".join(ORDER) + ")")
    ap.add_argument("--json", type=Path, help="also write all numbers to this JSON file")
    args = ap.parse_args(argv)
    if not args.shared.is_dir():
        print(f"evaluate: {args.shared} is not there: the evaluations need the shared development data",
              file=sys.stderr)
        return 3
    names = args.only.split(",") if args.only else ORDER
    results, failed = {}, []
    for name in names:
        print(f"\n==================== {name} ====================\n", flush=True)
        started = time.perf_counter()
        try:
            module = importlib.import_module(f"dispatch_tools.evaluate.{name}")
            results[name] = module.evaluate(args.shared)
        except Exception as exc:  # one broken evaluation must not hide the others
            print(f"{name}: evaluation failed: {type(exc).__name__}: {exc}", file=sys.stderr)
            failed.append(name)
        print(f"({name}: {time.perf_counter() - started:.0f} s)", flush=True)
    if args.json:
        args.json.write_text(json.dumps(results, ensure_ascii=False, indent=1, default=str) + "\n",
                             encoding="utf-8")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
