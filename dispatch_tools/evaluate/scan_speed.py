"""Speed of one scanned page through the whole pipeline against the bare ``tesseract`` command, on
one core (``OMP_THREAD_LIMIT=1`` and one thread for every numeric library, for both).

The page images: ``samples/seed000_scan_page1.png`` (in the repository) and, when ``../shared`` is
there, page 1 of a real scan with a hand-filled number and day, e-signature stamps and a red seal
(``quangngai_12_574_UB.pdf``, development part, rendered at 300 dpi), so that the hand-filled
boxes' second recogniser is in the timing. Each is read by :func:`dispatch_tools.pipeline.read`
(ingest, repair, parse; OCR cache off) after one warm-up read that loads the models, and by
``tesseract PAGE - -l vie``; each timing is the best of ``repeat`` runs, interleaved (the machine
is shared). Target: the pipeline takes at most 1.5 times the bare command.

    python -m dispatch_tools.evaluate.scan_speed --shared ../shared
"""

from __future__ import annotations

import os

for _name in ("OMP_THREAD_LIMIT", "OMP_NUM_THREADS", "OPENBLAS_NUM_THREADS", "MKL_NUM_THREADS"):
    os.environ[_name] = "1"  # before numpy is imported: one core for every library

import argparse  # noqa: E402
import subprocess  # noqa: E402
import sys  # noqa: E402
import tempfile  # noqa: E402
import time  # noqa: E402
from pathlib import Path  # noqa: E402

ROOT = Path(__file__).resolve().parents[2]
SAMPLE = ROOT / "samples" / "seed000_scan_page1.png"
REAL = "scans/quangngai_12_574_UB.pdf"
TARGET = 1.5


def _bare(page: Path) -> float:
    started = time.perf_counter()
    subprocess.run(["tesseract", str(page), "-", "-l", "vie"], check=True, capture_output=True,
                   env=dict(os.environ, OMP_THREAD_LIMIT="1"))
    return time.perf_counter() - started


def _pipeline(page: Path) -> float:
    from ..options import Options
    from ..pipeline import read
    from .ocr_accuracy import no_ocr_cache

    with no_ocr_cache():
        started = time.perf_counter()
        read(page, Options(jobs=1, ocr_cache=None))
        return time.perf_counter() - started


def pages(shared: Path | None, folder: Path) -> list[tuple[str, Path]]:
    out = [("sample " + SAMPLE.name, SAMPLE)]
    real = Path(shared) / REAL if shared else None
    if real is not None and real.is_file():
        from .real_scans import page_one_image

        path = folder / "real-page1.png"
        page_one_image(real).save(path)
        out.append(("real scan " + real.stem + " p1", path))
    return out


def benchmark(shared: Path | None = None, repeat: int = 2, out=sys.stdout) -> dict:
    results = {}
    with tempfile.TemporaryDirectory(prefix="dispatch-scan-speed-") as tmp:
        for label, page in pages(shared, Path(tmp)):
            cold = _pipeline(page)  # loads the language model, the parser and the recognisers
            times: dict[str, list[float]] = {"tesseract": [], "pipeline": []}
            for _ in range(repeat):
                times["tesseract"].append(_bare(page))
                times["pipeline"].append(_pipeline(page))
            best = {k: min(v) for k, v in times.items()}
            ratio = best["pipeline"] / best["tesseract"]
            results[label] = {"seconds": best, "runs": times, "cold": cold, "ratio": ratio,
                              "meets_target": ratio <= TARGET}
            print(f"One scanned page on one core, {label}: bare tesseract -l vie {best['tesseract']:.2f} s, "
                  f"whole pipeline (read: ingest, repair, parse) {best['pipeline']:.2f} s = x{ratio:.2f} "
                  f"(target at most x{TARGET}); first read with model loading {cold:.2f} s; best of {repeat}",
                  file=out, flush=True)
    return results


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--shared", type=Path, default=ROOT.parent / "shared")
    ap.add_argument("--repeat", type=int, default=2)
    args = ap.parse_args(argv)
    benchmark(args.shared if args.shared.is_dir() else None, repeat=max(1, args.repeat))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
