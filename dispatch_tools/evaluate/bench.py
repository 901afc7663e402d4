"""Speed of ingestion against the bare ``tesseract`` command, and every other benchmark.

The scanned sample ``samples/kehoach_scan.pdf`` (3 pages) is read with
``ingest(..., Options(jobs=1))`` and ``Options(jobs=2)``, OCR cache off, and compared in the same
run with the ``tesseract`` command run one page after the other on the same page images
(rendered beforehand at the same resolution, outside the timing; ``OMP_THREAD_LIMIT=1`` as
ingest uses; TSV output, the word table ingest asks for). Each timing is the best of
``--repeat`` runs, interleaved, because the machine is shared.

- overhead on one core = ingest(jobs=1) / tesseract - 1   (target: at most 10 %)
- speed-up on two cores = tesseract / ingest(jobs=2)       (target: above 1)

Then calls ``benchmark(shared)`` of every other module in ``dispatch_tools/evaluate`` that has one,
each in a fresh process (its memory peak and start-up are its own).

    python -m dispatch_tools.evaluate.bench --shared ../shared
"""

from __future__ import annotations

import argparse
import importlib
import os
import pkgutil
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from ..errors import MissingDependency
from ..options import Options

ROOT = Path(__file__).resolve().parents[2]
SAMPLE = ROOT / "samples" / "kehoach_scan.pdf"
OVERHEAD_TARGET = 0.10


def _render(pdf: Path, dpi: int, folder: Path) -> list[Path]:
    import pypdfium2 as pdfium

    document = pdfium.PdfDocument(str(pdf))
    paths = []
    for k, page in enumerate(document, 1):
        path = folder / f"page-{k}.png"
        page.render(scale=dpi / 72).to_pil().save(path)
        paths.append(path)
        page.close()
    document.close()
    return paths


def _tesseract(pages: list[Path], lang: str, out: Path) -> float:
    env = dict(os.environ, OMP_THREAD_LIMIT="1")
    started = time.perf_counter()
    for page in pages:
        subprocess.run(["tesseract", str(page), str(out / page.stem), "-l", lang, "--oem", "1",
                        "--psm", "3", "tsv"], check=True, capture_output=True, env=env)
    return time.perf_counter() - started


def _ingest(pdf: Path, jobs: int) -> float:
    from ..ingest import ingest

    started = time.perf_counter()
    doc = ingest(pdf, Options(jobs=jobs, ocr_cache=None))
    took = time.perf_counter() - started
    if not all(p.method == "ocr" for p in doc.pages):
        raise RuntimeError(f"{pdf}: expected every page to be OCR'd")
    return took


def benchmark_ingest(sample: Path = SAMPLE, repeat: int = 2, out=sys.stdout) -> dict:
    if not shutil.which("tesseract"):
        raise MissingDependency("Tesseract OCR is not installed",
                                hint="Install it with: sudo apt-get install tesseract-ocr tesseract-ocr-vie")
    if not sample.is_file():
        raise MissingDependency("the benchmark sample is missing", path=sample,
                                hint="Build the samples with: make samples")
    options = Options()
    saved = os.environ.get("DISPATCH_OCR_CACHE")
    os.environ["DISPATCH_OCR_CACHE"] = ""  # the real engine every time
    try:
        with tempfile.TemporaryDirectory(prefix="dispatch-bench-") as tmp:
            pages = _render(sample, options.dpi, Path(tmp))
            times: dict[str, list[float]] = {"tesseract": [], "jobs1": [], "jobs2": []}
            for _ in range(repeat):
                times["tesseract"].append(_tesseract(pages, options.lang, Path(tmp)))
                times["jobs1"].append(_ingest(sample, 1))
                times["jobs2"].append(_ingest(sample, 2))
    finally:
        if saved is None:
            os.environ.pop("DISPATCH_OCR_CACHE", None)
        else:
            os.environ["DISPATCH_OCR_CACHE"] = saved
    best = {k: min(v) for k, v in times.items()}
    overhead = best["jobs1"] / best["tesseract"] - 1
    speedup = best["tesseract"] / best["jobs2"]
    n = len(pages)
    print(f"Ingestion of {sample.name} ({n} pages, {options.dpi} dpi, OCR cache off; best of {repeat})",
          file=out)
    for label, key in (("tesseract command, pages one after another", "tesseract"),
                       ("ingest, Options(jobs=1)", "jobs1"), ("ingest, Options(jobs=2)", "jobs2")):
        runs = ", ".join(f"{t:.2f}" for t in times[key])
        print(f"  {label:<44} {best[key]:7.2f} s  {n / best[key]:.3f} pages/s  (runs: {runs})", file=out)
    print(f"  overhead on one core: {100 * overhead:+.1f} % (target at most +{100 * OVERHEAD_TARGET:.0f} %)"
          f"; speed-up on two cores: x{speedup:.2f} (target above x1)\n", file=out)
    return {"sample": sample.name, "pages": n, "seconds": best, "runs": times,
            "overhead": overhead, "speedup_two_cores": speedup,
            "meets_targets": overhead <= OVERHEAD_TARGET and speedup > 1}


def _run_benchmark(name: str, shared: Path, conn) -> None:
    module = importlib.import_module(f"{__package__}.{name}")
    try:
        result = module.benchmark(shared)
    except Exception as exc:
        result = {"error": f"{type(exc).__name__}: {exc}"}
        print(f"{name}.benchmark failed: {result['error']}")
    sys.stdout.flush()
    conn.send(result)
    conn.close()


def other_benchmarks(shared: Path, out=sys.stdout) -> dict:
    """``benchmark(shared)`` of every other evaluation module that defines one, each in a fresh
    process, so that its memory peak and start-up are its own."""
    import multiprocessing

    from .. import evaluate as package

    results = {}
    context = multiprocessing.get_context("spawn")
    for info in pkgutil.iter_modules(package.__path__):
        if info.name in ("bench", "__main__"):
            continue
        try:
            module = importlib.import_module(f"{package.__name__}.{info.name}")
        except Exception as exc:  # a module under construction must not stop the others
            print(f"{info.name}: cannot be imported ({type(exc).__name__}: {exc})", file=out)
            continue
        if callable(getattr(module, "benchmark", None)):
            print(f"== {info.name}.benchmark", file=out, flush=True)
            receive, send = context.Pipe(duplex=False)
            worker = context.Process(target=_run_benchmark, args=(info.name, shared, send))
            worker.start()  # not a pool: a benchmark may start processes of its own
            send.close()
            try:
                results[info.name] = receive.recv()
            except EOFError:
                results[info.name] = {"error": f"the benchmark process ended with code {worker.exitcode}"}
                print(f"{info.name}.benchmark failed: {results[info.name]['error']}", file=out)
            worker.join()
    return results


def benchmark(shared: Path) -> dict:
    """The ingestion benchmark only (what ``bench`` itself measures)."""
    return benchmark_ingest()


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description="Speed benchmarks (make bench)")
    ap.add_argument("--shared", type=Path, default=ROOT.parent / "shared",
                    help="the shared development data (default ../shared)")
    ap.add_argument("--repeat", type=int, default=2, help="runs of each timing (the best is kept)")
    ap.add_argument("--only-ingest", action="store_true", help="skip the other modules' benchmarks")
    args = ap.parse_args(argv)
    benchmark_ingest(repeat=max(1, args.repeat))
    if not args.only_ingest:
        other_benchmarks(args.shared)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
