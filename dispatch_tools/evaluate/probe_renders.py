"""Tasks of probe folders (``NAME.txt`` beside its gold ``NAME.json``, as :mod:`.probe_tasks` reads
them) drawn as scans, read by OCR, repaired and parsed, beside the same text parsed as it is.

The development documents' renderings lose few tasks to OCR, and the rules of the OCR path were
found on them; the test part's renderings lose far more (their text's own tasks read right, the
page's not). Probes written or drawn apart from the development part, drawn in the renderings'
layout, show what OCR does to tasks on text the rules never met: a task the text path gets and the
page does not is the OCR path's.

    python -m dispatch_tools.evaluate.probe_renders FOLDER [FOLDER …] [--jobs 2]
    python -m dispatch_tools.evaluate.probe_renders FOLDER --errors      # each task only the page loses
    python -m dispatch_tools.evaluate.probe_renders FOLDER --show NAME   # the repaired page text

Pages are drawn once into the render cache (``probes`` folder); OCR is cached in the folder named by
``DISPATCH_OCR_CACHE`` (else the evaluation's cache). A folder that does not exist is skipped, so are
probes the renderer cannot lay out as a page (a head with no ``Kính gửi`` or type's title line under
it runs into the body). ``--errors`` and ``--show`` refuse a ``held`` folder: a probe set's held half
only checks a change found on its study half.
"""

from __future__ import annotations

import argparse
import sys
import zlib
from pathlib import Path

from .layout import split_layout
from .parse_score import _tasks, new_counts
from .probe_tasks import read_probes
from .render_style import DEFAULT
from .styled_reads import run_jobs, styled_pages

__all__ = ["pages", "read", "page_contract", "drawable", "score", "main"]

VERSION = "1"
DPI = 300
PARTS = ("tasks.count", "tasks.assignees", "tasks.deadline")
MAX_HEAD = 8  # lines of a head's left column: more, and the body ran into it


def pages(txt: Path, text: str) -> list[Path]:
    """The scan-like pages of probe ``txt`` (``text``), with a degradation seed of its name."""
    seed = zlib.crc32(f"probe-page:{txt.parent.name}/{txt.name}".encode()) % 10_000
    return styled_pages("probes", "rendered", txt.name, text, DEFAULT, seed, VERSION, DPI)


def read(txt: Path, text: str):
    """The pipeline's document read from the drawn pages of probe ``txt``."""
    from .parse import _ocr_cache, _read_pages

    return _read_pages(pages(txt, text), _ocr_cache())


def page_contract(txt: Path) -> tuple[Path, dict]:
    """Probe ``txt`` and the contract the pipeline reads from its drawn pages."""
    from ..parse import to_contract

    return txt, to_contract(read(txt, txt.read_text(encoding="utf-8")).fields)


def _job(txt: Path):
    txt, contract = page_contract(txt)
    return txt, contract["tasks"]


def drawable(text: str) -> bool:
    """Can the page renderer lay ``text`` out as a dispatch: a head it can end (at ``Kính gửi`` or a
    type's title line) and a body under it? A text whose head runs on into its body would be drawn
    as one long head column, a page no office prints."""
    lay = split_layout(text)
    return bool(lay.body) and len(lay.header_left) <= MAX_HEAD


def score(folder: Path, jobs: int = 1, errors: bool = False, out=sys.stdout) -> dict | None:
    """``{"text": {part: F1}, "page": {part: F1}, "probes": n}`` for the probes of ``folder`` (those the
    renderer can lay out, :func:`drawable`); with ``errors``, each task the page reads otherwise than the
    text is printed."""
    skipped: list[Path] = []

    def keep(txt: Path) -> bool:
        if drawable(txt.read_text(encoding="utf-8")):
            return True
        skipped.append(txt)
        return False

    probes = [(txt, gold["tasks"], contract["tasks"]) for txt, gold, contract in read_probes(folder, "tasks", keep, out)]
    if skipped:
        print(f"{folder}: {len(skipped)} probes the page renderer cannot lay out (no body under the head), skipped",
              file=out)
    if not probes:
        return None
    pages = dict(run_jobs(_job, [txt for txt, _, _ in probes], jobs))
    text_counts, page_counts = new_counts(), new_counts()
    for txt, gold, text_tasks in probes:
        _tasks(text_counts, text_tasks, gold, None)
        found: list[str] = []
        _tasks(page_counts, pages[txt], gold, found)
        if errors:
            lost: list[str] = []
            _tasks(new_counts(), text_tasks, gold, lost)
            only_page = [e for e in found if e not in lost]
            if only_page:
                print(f"== {txt.name}\n  " + "\n  ".join(only_page), file=out)
    return {"text": {p: round(text_counts[p].f1, 3) for p in PARTS},
            "page": {p: round(page_counts[p].f1, 3) for p in PARTS}, "probes": len(probes)}


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("folders", nargs="+", type=Path, help="folders of NAME.txt + NAME.json probes")
    ap.add_argument("--errors", action="store_true", help="list the tasks the text and the page read differently")
    ap.add_argument("--show", metavar="NAME", help="print the repaired page text of this probe (NAME.txt)")
    ap.add_argument("--jobs", type=int, default=1)
    args = ap.parse_args(argv)
    held = [str(f) for f in args.folders if f.name == "held"]
    if (args.errors or args.show) and held:
        print(f"--errors and --show read study folders only; held back: {', '.join(held)}", file=sys.stderr)
        return 2
    if args.show:
        for folder in args.folders:
            txt = folder / args.show
            if txt.exists():
                print(read(txt, txt.read_text(encoding="utf-8")).text)
                return 0
        print(f"{args.show}: not in {', '.join(map(str, args.folders))}", file=sys.stderr)
        return 1
    print("Probes drawn as scans: count / assignees / deadline F1, the text parsed as it is and the page")
    for folder in args.folders:
        result = score(folder, args.jobs, args.errors)
        if result:
            print(f"{folder} ({result['probes']}): text " + " / ".join(f"{result['text'][p]:.3f}" for p in PARTS)
                  + "   page " + " / ".join(f"{result['page'][p]:.3f}" for p in PARTS))
    return 0


if __name__ == "__main__":
    sys.exit(main())
