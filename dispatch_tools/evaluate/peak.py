"""Run one ``dispatch`` command in this process and report its own peak resident memory.

A child started from a large process (a test run, a benchmark) is a copy of it until it runs
the new program, and the kernel's ``ru_maxrss`` of the child counts that copy: a parent of
650 MB gives every child a peak of 650 MB whatever the child does. The peak of the program
alone is the ``VmHWM`` of its own address space, read here when the command ends and printed
as the last line of standard error::

    python -m dispatch_tools.evaluate.peak restore FILE      # ... then "peak_mb=312.4"
"""

from __future__ import annotations

import resource
import sys
from pathlib import Path

PREFIX = "peak_mb="


def own_peak_mb() -> float:
    """The peak resident memory of this process's address space, in MB."""
    try:
        for line in Path("/proc/self/status").read_text().splitlines():
            if line.startswith("VmHWM:"):
                return int(line.split()[1]) / 1024
    except OSError:  # pragma: no cover - no /proc: the kernel's own figure
        pass
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def parse(stderr: str) -> float | None:
    """The peak printed by :func:`main` at the end of ``stderr``, or None."""
    for line in reversed(stderr.strip().splitlines()):
        if line.startswith(PREFIX):
            return float(line[len(PREFIX):])
    return None


def main(argv: list[str] | None = None) -> int:
    from ..cli import main as dispatch

    try:
        code = dispatch(sys.argv[1:] if argv is None else argv)
    finally:
        sys.stdout.flush()
        print(f"{PREFIX}{own_peak_mb():.1f}", file=sys.stderr, flush=True)
    return code


if __name__ == "__main__":
    raise SystemExit(main())
