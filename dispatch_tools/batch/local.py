"""Running a batch's files in worker processes on this machine, a worker's death included.

A file the code fails on is already its own failure record (:func:`.job.process_file`). A worker
that dies (killed for want of memory, or a crash in a library's native code) breaks the whole
pool, and every file still in it would fail with it. The files not finished are then run again
one worker at a time, so that the one a worker dies on is known: that file alone is recorded as
failed and the rest go on.
"""

from __future__ import annotations

from collections.abc import Iterator
from concurrent.futures import ProcessPoolExecutor, as_completed
from concurrent.futures.process import BrokenProcessPool
from typing import Any

from ..i18n import _
from .job import base_record, process_file, worker_setup


def run_local(jobs: list[dict], workers: int) -> Iterator[dict]:
    """The record of every job, in the order they finish."""
    left, alone = list(jobs), False
    while left:
        done: set[int] = set()
        broken = yield from _run_pool(left, 1 if alone else workers, done)
        if not broken:
            return
        left = [job for i, job in enumerate(left) if i not in done]
        if alone:  # one worker ran the first file not done: it is the one the worker died on
            yield stopped_record(left.pop(0))
        alone = not alone  # after it, the rest in parallel again


def _run_pool(jobs: list[dict], workers: int, done: set[int]) -> Iterator[dict]:
    """Records of ``jobs`` in one pool, the index of each finished one added to ``done``;
    returns True when a worker died and the pool broke."""
    # workers end with this process, even when it is killed (job.py)
    with ProcessPoolExecutor(max_workers=max(1, min(workers, len(jobs))), **worker_setup()) as pool:
        futures = {pool.submit(process_file, job): i for i, job in enumerate(jobs)}
        try:
            for future in as_completed(futures):
                try:
                    record = future.result()
                except BrokenProcessPool:
                    return True
                done.add(futures[future])
                yield record
        except BaseException:
            for f in futures:
                f.cancel()
            raise
    return False


def stopped_record(job: dict[str, Any]) -> dict[str, Any]:
    """The failure of a file a worker died on."""
    return {**base_record(job), "status": "failed", "exit_code": 1, "seconds": 0.0,
            "error": f"{job['file']}: " + _("the worker reading this file stopped (out of memory or "
                                          "a crash); the other files went on. Try it alone with "
                                          "dispatch read -v")}
