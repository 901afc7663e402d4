"""Batch throughput with 1 and 2 worker processes on the same folder, in one run.

The folder holds the text and scanned samples (a realistic mix of an office's day); the OCR cache
is off, so every scan is really read.

    python -m dispatch_tools.evaluate.batch
"""

from __future__ import annotations

import argparse
import os
import shutil
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
INPUTS = ["seed000.txt", "seed002.txt", "congvan.txt", "kehoach.txt", "congvan.docx",
          "seed000_scan_page1.png", "seed002_scan.pdf", "kehoach_scan.pdf"]


def benchmark(shared: Path | None = None, out=sys.stdout) -> dict:
    from ..batch import run_batch

    inbox = Path(tempfile.mkdtemp(prefix="dispatch-bench-"))
    try:
        for name in INPUTS:
            shutil.copy(ROOT / "samples" / name, inbox / name)
        saved = os.environ.pop("DISPATCH_OCR_CACHE", None)
        results = {}
        try:
            for workers in (1, 2):
                target = inbox.parent / f"{inbox.name}-out{workers}"
                started = time.perf_counter()
                # a register of its own: a benchmark never writes to the office's register
                result = run_batch(inbox, target, workers=workers, register=target / "register.sqlite3")
                seconds = time.perf_counter() - started
                shutil.rmtree(target, ignore_errors=True)
                assert not result.failed, result.failed
                results[workers] = {"files": len(result.processed), "seconds": round(seconds, 2),
                                    "files_per_minute": round(60 * len(result.processed) / seconds, 1)}
        finally:
            if saved is not None:
                os.environ["DISPATCH_OCR_CACHE"] = saved
    finally:
        shutil.rmtree(inbox, ignore_errors=True)
    print(f"Batch of {len(INPUTS)} files (5 text/DOCX, 3 scans; OCR cache off)", file=out)
    for workers, r in results.items():
        print(f"  --workers {workers}: {r['seconds']:6.1f} s  {r['files_per_minute']:5.1f} files/minute", file=out)
    speedup = results[1]["seconds"] / results[2]["seconds"]
    print(f"  speed-up with 2 workers: x{speedup:.2f}\n", file=out)
    return {"workers": results, "speedup": round(speedup, 2)}


def main(argv: list[str] | None = None) -> int:
    argparse.ArgumentParser(description=__doc__.split("\n\n")[0]).parse_args(argv)
    benchmark()
    return 0


if __name__ == "__main__":
    sys.exit(main())
