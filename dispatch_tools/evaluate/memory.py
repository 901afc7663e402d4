"""Memory and time of ``dispatch restore`` on large text: the peak memory of the process stays
the same whatever the size of the input (target: at most 600 MB), and the time grows in
proportion to it.

The inputs are the text samples stripped of their marks (every syllable then has candidates:
the most work and memory per character of ordinary text), repeated to 5 MB and to 50 MB. Each
is repaired by ``dispatch restore FILE`` in a child process, its output thrown away; the peak
resident memory is the child's own (``wait4``).

    python -m dispatch_tools.evaluate.memory [--sizes 5,50]
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from . import peak

ROOT = Path(__file__).resolve().parents[2]
TEXTS = ["seed000.txt", "seed002.clean.txt", "congvan.txt", "kehoach.txt"]
TARGET_MB = 600


def stripped_text(megabytes: float) -> str:
    """The text samples without their marks, repeated to ``megabytes`` MB (UTF-8)."""
    from ..repair.vietnamese import strip_marks

    base = strip_marks("\n\n".join((ROOT / "samples" / name).read_text(encoding="utf-8")
                                   for name in TEXTS)) + "\n\n"
    size = int(megabytes * 2**20)
    return (base * (size // len(base.encode("utf-8")) + 1))[:size]


def peak_run(args: list[str]) -> dict:
    """Exit code, seconds, CPU seconds, peak resident memory (MB) and standard error of
    ``dispatch ARGS`` in a child process, its output thrown away. The peak is the child
    program's own (:mod:`.peak`), not that of the process that started it."""
    env = dict(os.environ, PYTHONPATH=str(ROOT))
    started = time.perf_counter()
    with open(os.devnull, "wb") as devnull:
        proc = subprocess.Popen([sys.executable, "-m", "dispatch_tools.evaluate.peak", *args],
                                stdout=devnull, stderr=subprocess.PIPE, env=env)
        _, status, usage = os.wait4(proc.pid, 0)
        err = proc.stderr.read().decode("utf-8", "replace")
        proc.stderr.close()
    seconds = time.perf_counter() - started
    return {"code": os.waitstatus_to_exitcode(status), "seconds": round(seconds, 1),
            "cpu_seconds": round(usage.ru_utime + usage.ru_stime, 1),
            "peak_mb": round(peak.parse(err) or usage.ru_maxrss / 1024), "stderr": err}


def restore_run(path: Path) -> dict:
    """Seconds and peak resident memory (MB) of ``dispatch restore FILE`` in a child process."""
    run = peak_run(["restore", str(path)])
    if run["code"]:
        message = run["stderr"].strip().splitlines()[:1]
        raise RuntimeError(f"dispatch restore {path} ended with exit code {run['code']}: {message}")
    return {key: run[key] for key in ("seconds", "cpu_seconds", "peak_mb")}


def benchmark(shared: Path | None = None, sizes: tuple[float, ...] = (5, 50), out=sys.stdout) -> dict:
    """Run ``dispatch restore`` on each size; print and return the figures."""
    runs = {}
    with tempfile.TemporaryDirectory(prefix="dispatch-memory-") as folder:
        for megabytes in sizes:
            path = Path(folder) / f"stripped-{megabytes:g}mb.txt"
            path.write_text(stripped_text(megabytes), encoding="utf-8")
            runs[megabytes] = restore_run(path)
            path.unlink()
    small, large = min(sizes), max(sizes)
    ratio = runs[large]["cpu_seconds"] / max(runs[small]["cpu_seconds"], 0.1)
    peak = max(r["peak_mb"] for r in runs.values())
    print("dispatch restore on text stripped of its marks (one process, output to /dev/null)", file=out)
    for megabytes, run in runs.items():
        print(f"  {megabytes:g} MB: {run['seconds']} s ({run['cpu_seconds']} s of CPU, "
              f"{megabytes / max(run['cpu_seconds'], 0.1):.2f} MB/s), peak memory {run['peak_mb']} MB",
              file=out)
    print(f"  time x{ratio:.1f} for x{large / small:g} the text; peak memory {peak} MB "
          f"(target at most {TARGET_MB} MB whatever the size)\n", file=out)
    return {"runs": {f"{m:g}": r for m, r in runs.items()}, "cpu_ratio": round(ratio, 2),
            "size_ratio": large / small, "peak_mb": peak, "meets_target": peak <= TARGET_MB}


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description="Memory and time of dispatch restore on large text")
    ap.add_argument("--sizes", default="5,50", help="sizes in MB, comma-separated (default 5,50)")
    args = ap.parse_args(argv)
    result = benchmark(sizes=tuple(float(s) for s in args.sizes.split(",")))
    return 0 if result["meets_target"] else 1


if __name__ == "__main__":
    raise SystemExit(main())
