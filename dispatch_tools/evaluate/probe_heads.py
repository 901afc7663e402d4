"""Header and signer scores of a folder of composed heads and feet: ``NAME.txt`` (a dispatch page)
beside ``NAME.json`` (its gold ``number``, ``doc_type``, ``issuer``, ``parent_issuer``, ``place``,
``date``, ``subject``, ``signer`` and ``distribution`` in the contract of ``../shared/dev/README.md``).

    python -m dispatch_tools.evaluate.probe_heads FOLDER [FOLDER …] [--pool studied|held|all] [--errors]
    python -m dispatch_tools.evaluate.probe_heads FOLDER --pages [--jobs 1]   # the same heads drawn as scans

The fields are scored as :func:`.parse_score.score_header` scores a development document. The probes
of a folder are split by a fixed hash of the file name (:func:`.swaps.pool_part`) into a part whose
errors may be studied and a third held back; ``--pool`` picks one (all by default). The probes of
``tests/data/head_probes`` (offices and layouts the development documents seldom show: Party, Youth
Union and mass-organisation committees, the communes and wards of 2025, hospitals, schools,
universities, police and army units, courts, procuracies, tax, customs, treasury, banks, companies)
were written with their gold before the parser read them.

``--pages`` scores the same probes drawn as scan-like pages, OCR'd, repaired and parsed, as
:mod:`.probe_renders` draws and reads them (OCR cached in ``DISPATCH_OCR_CACHE``); probes the renderer
cannot lay out as a page are left out, so the text figure of the same probes is printed beside it.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from . import probe_renders
from .parse_score import HEADER, Counts, error_listing, score_header
from .probe_tasks import read_probes
from .styled_reads import run_jobs
from .swaps import pool_part

FIELDS = HEADER + ["distribution"]
PROBES = Path(__file__).resolve().parents[2] / "tests" / "data" / "head_probes"


def in_pool(txt: Path, pool: str) -> bool:
    return pool == "all" or pool_part(txt.stem) == pool


def drawable(txt: Path) -> bool:
    return probe_renders.drawable(txt.read_text(encoding="utf-8"))


def score_folder(folder: Path, pool: str = "all", errors: bool = False, out=sys.stdout, pages: bool = False,
                 jobs: int = 1, drawn_only: bool = False) -> dict | None:
    """The F1 of each field over the probes of ``folder`` in ``pool`` (``probes`` their number, ``whole``
    how many are right in every field); None when there is none. With ``pages``, the probes the page
    renderer can lay out, read from their drawn pages; with ``drawn_only``, the same probes' text."""
    drawn = pages or drawn_only
    probes_read = list(read_probes(folder, "signer", lambda t: in_pool(t, pool) and (not drawn or drawable(t)), out))
    if pages:
        read = dict(run_jobs(probe_renders.page_contract, [txt for txt, _, _ in probes_read], jobs))
        probes_read = [(txt, gold, read[txt]) for txt, gold, _ in probes_read]
    return _scores(probes_read, pool, errors, out)


def _scores(probes_read: list, pool: str, errors: bool, out) -> dict | None:
    counts = {name: Counts() for name in FIELDS}
    probes = whole = 0
    for txt, gold, pred in probes_read:
        probes += 1
        lines: list[str] = []
        if not score_header(pred, gold, counts, lines, ("distribution",)):
            whole += 1
        if errors and lines:
            print(error_listing(f"{txt.name} ({pool_part(txt.stem)})", lines), file=out, end="")
    if not probes:
        return None
    scores = {name: round(c.f1, 3) for name, c in counts.items()}
    total = Counts()
    for name in HEADER:
        total.add(counts[name].tp, counts[name].fp, counts[name].fn)
    scores["header"] = round(total.f1, 3)
    scores["probes"], scores["whole"] = probes, whole
    return scores


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("folders", nargs="*", type=Path, default=[PROBES], help="folders of NAME.txt + NAME.json probes")
    ap.add_argument("--pool", choices=["studied", "held", "all"], default="all")
    ap.add_argument("--errors", action="store_true", help="list every field a probe gets wrong")
    ap.add_argument("--pages", action="store_true", help="read the probes drawn as scan-like pages (OCR)")
    ap.add_argument("--jobs", type=int, default=1)
    args = ap.parse_args(argv)
    if args.errors and args.pages and args.pool != "studied":
        print("--errors with --pages reads the studied pool only", file=sys.stderr)
        return 2
    for folder in args.folders:
        runs = [("text", False), ("pages", True)] if args.pages else [("", False)]
        for label, pages in runs:
            scores = score_folder(folder, args.pool, args.errors and (pages or not args.pages), pages=pages,
                                  jobs=args.jobs, drawn_only=args.pages)
            if scores:
                print(f"\n{folder} ({args.pool}{', ' + label if label else ''}): "
                      + ", ".join(f"{k} {v}" for k, v in scores.items()))
    return 0


if __name__ == "__main__":
    sys.exit(main())
