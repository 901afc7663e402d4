"""Task scores of a folder of probe dispatches: ``NAME.txt`` (the dispatch) beside ``NAME.json`` (its gold
``tasks`` in the contract of ``../shared/dev/README.md``).

    python -m dispatch_tools.evaluate.probe_tasks FOLDER [FOLDER …] [--errors] [--pooled]

Tasks are scored as in :mod:`.parse_score` (pairing, assignees, deadline). A gold task that also gives
``lead`` and ``cooperating`` is scored on them too, on the paired tasks: ``tasks.lead`` and
``tasks.cooperating`` are the mean F1 of those lists (names compared as bodies, as the assignees are).
``--pooled`` adds one line scoring every folder's tasks together (their counts summed, not their scores averaged).
A folder that does not exist is skipped with a note, so the command runs where the probes are absent.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from .parse_score import _tasks, names_f1, new_counts, pair_tasks


def read_probes(folder: Path, wanted: str, keep=lambda txt: True, out=sys.stdout):
    """``(NAME.txt path, gold, contract read from the text)`` for each probe of ``folder`` whose gold
    holds the key ``wanted`` and whose file ``keep`` accepts; nothing (with a note) when the folder
    is absent."""
    from ..parse import parse_text, to_contract

    if not folder.is_dir():
        print(f"{folder}: no such folder, skipped", file=out)
        return
    for txt in sorted(folder.glob("*.txt")):
        gold_file = txt.with_suffix(".json")
        if not gold_file.exists() or not keep(txt):
            continue
        gold = json.loads(gold_file.read_text(encoding="utf-8"))
        if wanted not in gold:
            continue
        yield txt, gold, to_contract(parse_text(txt.read_text(encoding="utf-8")).fields)


def score_folder(folder: Path, errors: bool = False, out=sys.stdout, pool: dict | None = None) -> dict | None:
    """The task scores of the probes in ``folder``; None when it is absent or holds no probe. ``pool``, when
    given, gets the folder's task counts added to it."""
    counts = new_counts()
    roles = {"lead": [0.0, 0], "cooperating": [0.0, 0]}
    probes = 0
    for txt, whole, contract in read_probes(folder, "tasks", out=out):
        gold = whole["tasks"]
        probes += 1
        pred = contract["tasks"]
        lines: list[str] = []
        _tasks(counts, pred, gold, lines if errors else None)
        if pool is not None:
            _tasks(pool, pred, gold, None)
        for i, j in pair_tasks(pred, gold):
            for role in roles:
                if role in gold[j]:
                    f1 = names_f1(pred[i].get(role, []), gold[j][role])
                    roles[role][0] += f1
                    roles[role][1] += 1
                    if errors and f1 < 1:
                        lines.append(f"tasks: «{gold[j]['text']}»\n      {role} gold {gold[j][role]} "
                                     f"got {pred[i].get(role, [])}")
        if errors and lines:
            print(f"\n== {txt.name}\n" + "".join(f"  {line}\n" for line in lines), file=out, end="")
    if not probes:
        if folder.is_dir():
            print(f"{folder}: no probes, skipped", file=out)
        return None
    scores = _scores(counts)
    for role, (total, n) in roles.items():
        scores[f"tasks.{role}"] = round(total / n, 3) if n else None
    scores["probes"] = probes
    return scores


def _scores(counts: dict) -> dict:
    return {k: round(counts[k].f1, 3) for k in ("tasks", "tasks.count", "tasks.assignees", "tasks.deadline")}


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("folders", nargs="+", type=Path, help="folders of NAME.txt + NAME.json probes")
    ap.add_argument("--errors", action="store_true", help="list every task a probe gets wrong")
    ap.add_argument("--pooled", action="store_true", help="also score every folder's tasks together")
    args = ap.parse_args(argv)
    pool = new_counts() if args.pooled else None
    for folder in args.folders:
        scores = score_folder(folder, args.errors, pool=pool)
        if scores:
            print(f"{folder}: " + ", ".join(f"{k} {v}" for k, v in scores.items()))
    if pool is not None:
        print("pooled: " + ", ".join(f"{k} {v}" for k, v in _scores(pool).items()))
    return 0


if __name__ == "__main__":
    sys.exit(main())
