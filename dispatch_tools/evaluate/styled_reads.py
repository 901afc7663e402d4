"""What the measures that read documents drawn in other page styles share (:mod:`.render_variants`,
:mod:`.agreement`): the pages drawn once and kept in the render cache, the readings run in a pool
of processes, and the per-field table of their scores (with the changes against a saved result)."""

from __future__ import annotations

import hashlib
import json
import sys
import zlib
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path

from .parse_score import FIELDS, TASK_PARTS
from .render_style import Style, render_style


def styled_pages(folder_kind: str, label: str, name: str, text: str, style: Style, seed: int, version: str,
                 dpi: int) -> list[Path]:
    """Scan-like pages of ``text`` drawn in ``style`` (called ``label``) with degradation ``seed``,
    rendered once and kept in the render cache's ``folder_kind`` folder, keyed by all of them."""
    from .scan_renderer import RENDER_VERSION, cache_dir, scan_like

    key = hashlib.sha256(f"{version}|{RENDER_VERSION}|{dpi}|{label}|{style!r}|{seed}|{text}"
                         .encode()).hexdigest()[:20]
    folder = cache_dir(folder_kind, key)
    pages = sorted(folder.glob("page-*.jpg"))
    if pages and (folder / "done").exists():
        return pages
    with render_style(style):
        pages = scan_like(text, folder, seed=seed, dpi=dpi)
    (folder / "done").write_text(f"{label} {name}", encoding="utf-8")
    return pages


def read_drawn(measure: str, doc_id: str, text: str, style: str, styles: dict, version: str, dpi: int):
    """The pipeline's document read from development document ``doc_id``'s ``text`` drawn in ``style``
    (one of ``styles``) for ``measure``, with a seed of the measure, the style and the document."""
    from .parse import _ocr_cache, _read_pages
    from .split import require_development

    require_development([doc_id])
    seed = zlib.crc32(f"{measure}:{style}:{doc_id}".encode()) % 10_000
    pages = styled_pages(measure, style, doc_id, text, styles[style], seed, version, dpi)
    return _read_pages(pages, _ocr_cache())


def run_jobs(job, work: list, jobs: int, chunksize: int = 1):
    """``job`` over ``work``, in ``jobs`` processes when more than one; the results in order."""
    if jobs <= 1:
        yield from map(job, work)
        return
    pool = ProcessPoolExecutor(max_workers=jobs)
    try:
        yield from pool.map(job, work, chunksize=chunksize)
    finally:
        pool.shutdown()


def cell(value: float, before: float | None) -> str:
    """A figure, or its change against ``before`` (``=`` when none)."""
    if before is None:
        return f"{value:>10.3f}"
    delta = value - before
    return f"{'=' if abs(delta) < 0.0005 else f'{delta:+.3f}':>10}"


def earlier(against: dict | None):
    """``was(column, group, field=None)``: the figure of a saved result (None when it has none)."""
    def was(column, group, field=None):
        if against is None or column not in against or group not in against[column]:
            return None
        s = against[column][group]
        return s["overall_f1"] if field is None else s["fields"][field]["f1"]
    return was


def field_table(result: dict, group: str, title: str, against: dict | None = None, out=None) -> None:
    """F1 per field of each column of ``result`` (``{column: {group: summary}}``) for ``group``, then
    the overall F1; with ``against``, the changes."""
    out = out or sys.stdout
    columns = list(result)
    was = earlier(against)
    print(f"\n{title}{' (changes against the saved result)' if against else ''}", file=out)
    print(f"{'':<18}" + "".join(f"{c:>10}" for c in columns), file=out)
    for field in FIELDS + TASK_PARTS:
        print(f"{field:<18}" + "".join(cell(result[c][group]["fields"][field]["f1"], was(c, group, field))
                                      for c in columns), file=out)
    print(f"{'overall (micro)':<18}" + "".join(cell(result[c][group]["overall_f1"], was(c, group))
                                            for c in columns), file=out)


def show_and_save(report, result: dict, against: Path | None, save: Path | None) -> None:
    """``report(result)``; again against the result saved in ``against``; then ``result`` into ``save``."""
    report(result)
    if against:
        report(result, json.loads(against.read_text(encoding="utf-8")))
    if save:
        save.write_text(json.dumps(result, indent=1), encoding="utf-8")
