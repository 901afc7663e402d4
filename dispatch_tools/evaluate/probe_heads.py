"""Header and signer scores of a folder of composed heads and feet: ``NAME.txt`` (a dispatch page)
beside ``NAME.json`` (its gold ``number``, ``doc_type``, ``issuer``, ``parent_issuer``, ``place``,
``date``, ``subject``, ``signer`` and ``distribution`` in the contract of ``../shared/dev/README.md``).

    python -m dispatch_tools.evaluate.probe_heads FOLDER [FOLDER …] [--pool studied|held|all] [--errors]

The fields are scored as :func:`.parse_score.score_header` scores a development document. The probes
of a folder are split by a fixed hash of the file name (:func:`.swaps.pool_part`) into a part whose
errors may be studied and a third held back; ``--pool`` picks one (all by default). The probes of
``tests/data/head_probes`` (offices and layouts the development documents seldom show: Party, Youth
Union and mass-organisation committees, the communes and wards of 2025, hospitals, schools,
universities, police and army units, courts, procuracies, tax, customs, treasury, banks, companies)
were written with their gold before the parser read them.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from .parse_score import HEADER, Counts, error_listing, score_header
from .probe_tasks import read_probes
from .swaps import pool_part

FIELDS = HEADER + ["distribution"]
PROBES = Path(__file__).resolve().parents[2] / "tests" / "data" / "head_probes"


def in_pool(txt: Path, pool: str) -> bool:
    return pool == "all" or pool_part(txt.stem) == pool


def score_folder(folder: Path, pool: str = "all", errors: bool = False, out=sys.stdout) -> dict | None:
    """The F1 of each field over the probes of ``folder`` in ``pool`` (``probes`` their number, ``whole``
    how many are right in every field); None when there is none."""
    counts = {name: Counts() for name in FIELDS}
    probes = whole = 0
    for txt, gold, pred in read_probes(folder, "signer", lambda t: in_pool(t, pool), out):
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
    args = ap.parse_args(argv)
    for folder in args.folders:
        scores = score_folder(folder, args.pool, args.errors)
        if scores:
            print(f"\n{folder} ({args.pool}): " + ", ".join(f"{k} {v}" for k, v in scores.items()))
    return 0


if __name__ == "__main__":
    sys.exit(main())
