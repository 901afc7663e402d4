"""A round seal printed black over printed lines: development documents drawn as 1-bit pages.

A bilevel scan (CCITT) or a photocopy prints the seal as black as the text. Each development
document is drawn (the renderer's layout) and one page of it is made 1-bit with a black seal
(:func:`.degrade.black_seal`: thick outer ring, thin inner ring, capitals between them, a star;
36-42 mm across) placed so that its ring crosses printed lines:

* ``foot``: the last page, the seal over the left third of the signature block, its ring across
  the title lines (``KT. CHỦ TỊCH`` / ``PHÓ CHỦ TỊCH``), with a scrawled signature; scored on the
  signer (authority, capacity, title, name);
* ``head``: page 1, the seal over the start of the subject (the title block of a decision, the
  ``V/v`` lines of a công văn); scored on the subject.

Each value is right, wrong and not flagged (the worst), wrong but flagged, empty and flagged, or
empty and not flagged. Only the one page is read (OCR cached by page content in the evaluation's
OCR cache). Development documents only, folds A–C by default (``--fold D`` is held back).

    python -m dispatch_tools.evaluate.black_seals --shared ../shared [--fold A,B,C] [--limit 16] [-v]
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import zlib
from pathlib import Path

from .folds import fold_option, ids_of
from .real_scans import field_status
from .split import development_documents

VERSION = "1"  # bump to draw the pages again
DPI = 300
MM = DPI / 25.4
KINDS = {"foot": ("authority", "capacity", "title", "name"), "head": ("subject",)}
STATES = ("right", "wrong", "wrong-flagged", "empty-flagged", "missed")


def _rng(doc_id: str, kind: str):
    import numpy as np

    return np.random.default_rng(zlib.crc32(f"black-seal:{kind}:{doc_id}".encode()))


def _subject_line(pdf: Path, subject: str):
    """(page index 0, x0, top, bottom) in PDF points of the subject's first line on page 1."""
    import pdfplumber

    wanted = subject.split()[:2]
    if not wanted:
        return None
    with pdfplumber.open(str(pdf)) as document:
        words = document.pages[0].extract_words()
    texts = [w["text"] for w in words]
    for k in range(len(words)):
        if texts[k:k + len(wanted)] == wanted:
            return words[k]["x0"], words[k]["top"], words[k]["bottom"]
    return None


def page_with_seal(doc_id: str, text: str, gold: dict, kind: str) -> Path | None:
    """The 1-bit page of ``kind`` for development document ``doc_id`` (drawn once, cached)."""
    from .degrade import Stamp, black_seal
    from .scan_renderer import cache_dir, pdf_to_images, render_pdf, signature_stamps

    target = cache_dir("black-seals", VERSION, kind) / f"{doc_id}.png"
    if target.is_file():
        return target
    rng = _rng(doc_id, kind)
    radius = rng.uniform(18, 21) * MM
    with tempfile.TemporaryDirectory(prefix="dispatch-black-seal-") as tmp:
        lay, _docx, pdf = render_pdf(text, tmp)
        if kind == "foot":
            stamps = signature_stamps(pdf, lay, DPI)
            if not stamps:
                return None
            index, stamp = next(iter(stamps.items()))
            box = stamp.signature_box
            title_top = box[1] - (25 + 30) * DPI / 72  # the signature's box starts 25 pt under the title
            centre = (stamp.center[0] - rng.uniform(0.5, 0.9) * radius, title_top + rng.uniform(0.7, 0.95) * radius)
            seal = Stamp(centre, radius, stamp.text, signature_box=box)
        else:
            line = _subject_line(pdf, gold.get("subject") or "")
            if line is None:
                return None
            index = 0
            x0, top, bottom = (v * DPI / 72 for v in line)
            centre = (x0 + rng.uniform(0.1, 0.5) * radius, top + rng.uniform(0.3, 0.8) * radius)
            seal = Stamp(centre, radius, "ỦY BAN NHÂN DÂN * CƠ QUAN BAN HÀNH")
        page = pdf_to_images(pdf, DPI)[index]
    black_seal(page, seal, int(rng.integers(0, 10_000))).save(target)
    return target


def read_page(path: Path):
    """The document the pipeline reads from one page image (OCR cached)."""
    from .parse import _ocr_cache, _read_pages

    return _read_pages([path], _ocr_cache())


def _value(contract: dict, name: str):
    return contract.get("signer", {}).get(name) if name != "subject" else contract.get("subject")


def score(shared: Path, folds: list[str] | None, limit: int, verbose: bool = False, out=None) -> dict:
    """{kind: {state: count}} over the first ``limit`` development documents of ``folds``."""
    from ..parse import to_contract

    out = out or sys.stdout
    docs = development_documents(Path(shared), ids_of(folds or ["A", "B", "C"]))[:limit]
    result = {}
    for kind, names in KINDS.items():
        counts = dict.fromkeys(STATES, 0)
        pages = 0
        for doc in docs:
            gold = doc.gold()
            path = page_with_seal(doc.id, doc.text(), gold, kind)
            if path is None:
                continue
            pages += 1
            read = read_page(path)
            pred = to_contract(read.fields)
            for name in names:
                key = name if name == "subject" else f"signer.{name}"
                state = field_status(name, _value(pred, name), _value(gold, name), key in read.fields.review)
                counts[state] += 1
                if verbose and state != "right":
                    print(f"  {kind} {doc.id} {name}: {state}: {_value(pred, name)!r} "
                          f"(gold {_value(gold, name)!r})", file=out)
        result[kind] = {"pages": pages, **counts}
    return result


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--shared", type=Path, default=Path(__file__).resolve().parents[3] / "shared")
    fold_option(ap)
    ap.add_argument("--limit", type=int, default=16, help="documents of each kind (the first of the folds)")
    ap.add_argument("-v", "--verbose", action="store_true", help="list every value not right")
    args = ap.parse_args(argv)
    result = score(args.shared, args.fold, args.limit, args.verbose)
    for kind, counts in result.items():
        total = sum(counts[s] for s in STATES)
        print(f"{kind}: {counts['pages']} pages, {total} values: right {counts['right']}, wrong and not flagged "
              f"{counts['wrong']}, wrong but flagged {counts['wrong-flagged']}, empty and flagged "
              f"{counts['empty-flagged']}, empty and not flagged {counts['missed']}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
