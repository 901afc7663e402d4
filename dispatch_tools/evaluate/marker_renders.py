"""Tasks of the development documents with their list markers printed in another style
(:mod:`.marker_styles`) and the page drawn as a scan, read by OCR, repaired and parsed.

:mod:`.marker_styles` reads the restyled text itself, and :mod:`.render_variants` draws the markers
as the documents print them; neither shows what OCR does to the markers other offices print (``a)``
read ``a}``, ``+`` read ``4``, ``•`` read ``e``, a bracketed ``(3)`` read ``)``). Each development
document whose text a style changes is drawn with one such style, chosen by a fixed hash of the
document and the draw (``--draw N`` for another choice), in the renderings' layout or one of
:mod:`.render_variants`' (``--layout``); its tasks are scored against the gold beside the same
restyled text parsed as it is, so a task the text path gets and the page does not is OCR's.

    python -m dispatch_tools.evaluate.marker_renders --fold A,B,C [--draw 1] [--layout small] [--jobs 2]
    python -m dispatch_tools.evaluate.marker_renders --fold A,B,C --errors       # each task the page loses
    python -m dispatch_tools.evaluate.marker_renders --show 110                  # the repaired page text

Development documents only; the first run draws and reads every page (cached after).
"""

from __future__ import annotations

import argparse
import sys
import zlib
from pathlib import Path

from .folds import fold_option, ids_of
from .marker_styles import PARTS, STYLES
from .parse_score import _tasks, new_counts
from .render_style import DEFAULT
from .split import development_documents, require_development
from .styled_reads import run_jobs, styled_pages

__all__ = ["DRAWN", "style_of", "pages", "read", "main"]

VERSION = "1"
DPI = 300
#: the styles drawn: the markers other offices print whose look OCR can change
DRAWN = ("dash +", "dash •", "dash 1.", "dash a)", "1. as 1)", "1. as 1/", "1. as (1)", "1. as a)",
         "1. as I.", "1. as 1.1.", "a) as a.", "a) as (a)", "a) as 1)")


def style_of(doc_id: str, text: str, draw: int) -> str | None:
    """The marker style document ``doc_id`` is drawn with in draw ``draw``: one of the styles of
    :data:`DRAWN` that change its text, by a fixed hash (None when none does)."""
    changing = [s for s in DRAWN if STYLES[s](text) != text]
    if not changing:
        return None
    return changing[zlib.crc32(f"marker:{draw}:{doc_id}".encode()) % len(changing)]


def _layout(name: str):
    if name == "rendered":
        return DEFAULT
    from .render_variants import VARIANTS

    return VARIANTS[name].style


def pages(doc_id: str, text: str, layout: str, dpi: int = DPI) -> list[Path]:
    require_development([doc_id])
    seed = zlib.crc32(f"marker-page:{layout}:{doc_id}".encode()) % 10_000
    return styled_pages("markers", layout, doc_id, text, _layout(layout), seed, VERSION, dpi)


def read(doc_id: str, text: str, layout: str):
    from .parse import _ocr_cache, _read_pages

    return _read_pages(pages(doc_id, text, layout), _ocr_cache())


def _job(job):
    from ..parse import parse_text, to_contract

    doc_id, text, layout = job
    page = to_contract(read(doc_id, text, layout).fields)["tasks"]
    return doc_id, to_contract(parse_text(text).fields)["tasks"], page


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--shared", default=str(Path(__file__).resolve().parents[3] / "shared"))
    fold_option(ap)
    ap.add_argument("--draw", type=int, default=1, help="which fixed choice of a style for each document")
    ap.add_argument("--layout", default="rendered", help="rendered, dejavu, narrow or small")
    ap.add_argument("--errors", action="store_true", help="list the tasks the text and the page read differently")
    ap.add_argument("--show", metavar="ID", help="print the repaired page text of this document")
    ap.add_argument("--jobs", type=int, default=1)
    args = ap.parse_args(argv)
    folds = args.fold
    docs = development_documents(Path(args.shared), [args.show] if args.show else (ids_of(folds) if folds else None))
    work, styles = [], {}
    for doc in docs:
        style = style_of(doc.id, doc.text(), args.draw)
        if style:
            styles[doc.id] = style
            work.append((doc.id, STYLES[style](doc.text()), args.layout))
    if args.show:
        if not work:
            print(f"{args.show}: no marker style changes its text")
            return 1
        print(f"[{styles[args.show]}]\n" + read(*work[0]).text)
        return 0
    golds = {d.id: d.gold()["tasks"] for d in docs}
    text_counts, page_counts = new_counts(), new_counts()
    for doc_id, text_tasks, page_tasks in run_jobs(_job, work, args.jobs):
        _tasks(text_counts, text_tasks, golds[doc_id], None)
        found: list[str] = []
        _tasks(page_counts, page_tasks, golds[doc_id], found)
        if args.errors:
            lost: list[str] = []
            _tasks(new_counts(), text_tasks, golds[doc_id], lost)
            only_page = [e for e in found if e not in lost]
            if only_page:
                print(f"== {doc_id} [{styles[doc_id]}]\n  " + "\n  ".join(only_page))
    where = f"folds {','.join(folds)}" if folds else "development part"
    print(f"Markers restyled (draw {args.draw}, {args.layout}), {where}, {len(work)} documents: "
          "count / assignees / deadline F1")
    for name, counts in (("text", text_counts), ("page", page_counts)):
        print(f"  {name:5s} " + " / ".join(f"{counts[p].f1:.3f}" for p in PARTS))
    return 0


if __name__ == "__main__":
    sys.exit(main())
