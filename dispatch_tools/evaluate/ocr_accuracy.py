"""OCR word accuracy on scan-like renderings, and ingestion of the real scans.

1. Renderings: ``samples/seed000.txt``, ``samples/seed002.clean.txt`` and every
   ``../shared/dev/docs/*.txt`` are rendered to scan-like page images
   (:mod:`dispatch_tools.evaluate.scan_renderer`, cached in ``~/.cache/dispatch_tools/render/eval``),
   read back with :func:`dispatch_tools.ingest.ingest`, and compared with the source text as
   the page lays it out. Accuracy = share of the source's alphabetic syllables (maximal runs of
   letters, case and diacritics included) that the OCR output has exactly right, after a
   Levenshtein alignment of the two syllable lists. Target: at least 98.5 %. The same output
   repaired (:func:`dispatch_tools.repair.restore` with ``read_by_ocr=True``, as the pipeline
   repairs OCR'd pages) is scored too.
2. Real scans: every ``../shared/scans/*.pdf`` and ``*.jpg`` is read with OCR forced (one core,
   no OCR cache): no error, mean Tesseract word confidence, pages per second; files with a
   ``.textlayer.txt`` (Word-born PDFs) are also scored against that text. Each file is then read
   once more in the default mode (text layer when good); "ok" means both readings succeeded.

    python -m dispatch_tools.evaluate.ocr_accuracy --shared ../shared
"""

from __future__ import annotations

import argparse
import hashlib
import os
import re
import sys
import tempfile
import time
import unicodedata
import zlib
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from rapidfuzz.distance import Levenshtein

from ..errors import DispatchError
from ..options import Options

ROOT = Path(__file__).resolve().parents[2]
TARGET = 0.985
DPI = 300
EVAL_VERSION = "2"  # bump to re-render the cached pages


# --------------------------------------------------------------------------- scoring


def syllables(text: str) -> list[str]:
    """Alphabetic syllables: maximal runs of letters (NFC), digits and punctuation dropped."""
    return re.findall(r"[^\W\d_]+", unicodedata.normalize("NFC", text))


def _runs(flags: list[bool]) -> list[range]:
    """Maximal runs of indices whose flag is False."""
    runs, start = [], None
    for i, flag in enumerate(flags + [True]):
        if not flag and start is None:
            start = i
        elif flag and start is not None:
            runs.append(range(start, i))
            start = None
    return runs


def align(ref: list[str], hyp: list[str], *, moves: bool = True) -> tuple[list[bool], list[bool], list]:
    """(for each reference syllable whether it was read, for each output syllable whether it was used,
    the Levenshtein opcodes): the alignment of :func:`score`."""
    got, used = [False] * len(ref), [False] * len(hyp)
    ops = Levenshtein.opcodes(ref, hyp)
    for op in ops:
        if op.tag == "equal":
            for k in range(op.src_end - op.src_start):
                got[op.src_start + k] = used[op.dest_start + k] = True
    while moves:  # the best-matching pair of unmatched blocks first, until none is left
        best = None
        for run in _runs(got):
            if len(run) < 2:
                continue
            for free in _runs(used):
                if len(free) < 2:
                    continue
                blocks = [b for b in Levenshtein.opcodes(ref[run.start:run.stop], hyp[free.start:free.stop])
                          if b.tag == "equal"]
                n = sum(b.src_end - b.src_start for b in blocks)
                if n >= 2 and (best is None or n > best[0]):
                    best = (n, run, free, blocks)
        if best is None:
            break
        _, run, free, blocks = best
        for b in blocks:
            for k in range(b.src_end - b.src_start):
                got[run.start + b.src_start + k] = used[free.start + b.dest_start + k] = True
    return got, used, ops


def score(reference: str, hypothesis: str, *, moves: bool = True
          ) -> tuple[int, int, list[tuple[str, str]]]:
    """(syllables right, syllables in the reference, [(expected, read) for each error]).

    The syllable lists are aligned with Levenshtein opcodes. With ``moves`` a block of the
    reference left unmatched is then aligned with the unmatched part of the output it fits
    best, so text read right but placed elsewhere in the reading order (a header column read
    before the other) counts as read; only blocks of two or more matching syllables move.
    """
    ref, hyp = syllables(reference), syllables(hypothesis)
    got, used, ops = align(ref, hyp, moves=moves)
    errors = []
    for op in ops:
        if op.tag in ("replace", "delete"):
            missed = [ref[i] for i in range(op.src_start, op.src_end) if not got[i]]
            if missed:
                read = [hyp[j] for j in range(op.dest_start, op.dest_end) if not used[j]]
                errors.append((" ".join(missed), " ".join(read)))
    return sum(got), len(ref), errors


def columns_in_order(text: str) -> str:
    """A ``pdftotext -layout`` style text with the two header/foot columns one after the other
    (left column lines first), as OCR reads them."""
    out: list[str] = []
    left: list[str] = []
    right: list[str] = []
    for line in text.splitlines():
        parts = re.split(r"\s{3,}", line.strip())
        if len(parts) >= 2 and len(line) - len(line.lstrip()) < 30:
            left.append(parts[0])
            right.append(" ".join(parts[1:]))
            continue
        if len(parts) == 1 and len(line) - len(line.lstrip()) >= 30 and (left or right):
            right.append(parts[0])
            continue
        out += left + right
        left, right = [], []
        out.append(line.strip())
    return "\n".join(out + left + right)


# --------------------------------------------------------------------------- helpers


@contextmanager
def no_ocr_cache() -> Iterator[None]:
    """Run the real engine: the cache variable (set by the test suite) is cleared meanwhile."""
    saved = os.environ.get("DISPATCH_OCR_CACHE")
    os.environ["DISPATCH_OCR_CACHE"] = ""
    try:
        yield
    finally:
        if saved is None:
            os.environ.pop("DISPATCH_OCR_CACHE", None)
        else:
            os.environ["DISPATCH_OCR_CACHE"] = saved


def rendering_sources(shared: Path) -> list[tuple[str, str]]:
    """(name, text) of every document rendered for the accuracy measure."""
    sources = [("seed000", (ROOT / "samples" / "seed000.txt").read_text(encoding="utf-8")),
               ("seed002", (ROOT / "samples" / "seed002.clean.txt").read_text(encoding="utf-8"))]
    docs = shared / "dev" / "docs"
    if docs.is_dir():
        sources += [(f"dev/{p.stem}", p.read_text(encoding="utf-8")) for p in sorted(docs.glob("*.txt"))]
    return sources


def rendered_pages(name: str, text: str, dpi: int = DPI) -> list[Path]:
    """Scan-like pages of ``text``, rendered once and kept in the render cache."""
    from .scan_renderer import RENDER_VERSION, cache_dir, scan_like

    key = hashlib.sha256(f"{EVAL_VERSION}|{RENDER_VERSION}|{dpi}|{name}|{text}".encode()).hexdigest()[:20]
    folder = cache_dir("eval", key)
    pages = sorted(folder.glob("page-*.jpg"))
    if pages and (folder / "done").exists():
        return pages
    pages = scan_like(text, folder, seed=zlib.crc32(name.encode()) % 10_000, dpi=dpi)
    (folder / "done").write_text(name, encoding="utf-8")
    return pages


def _table(rows: list[list[str]], head: list[str]) -> str:
    widths = [max(len(str(r[i])) for r in rows + [head]) for i in range(len(head))]
    fmt = "  ".join(f"{{:{'<' if i == 0 else '>'}{w}}}" for i, w in enumerate(widths))
    lines = [fmt.format(*head), fmt.format(*["-" * w for w in widths])]
    lines += [fmt.format(*[str(c) for c in r]) for r in rows]
    return "\n".join(lines)


# --------------------------------------------------------------------------- the two measures


def evaluate_renderings(shared: Path, out=sys.stdout, options: Options | None = None) -> dict:
    from ..ingest import ingest
    from .layout import reading_text, split_layout

    from ..repair import restore

    rows, results = [], {}
    total_right = total = total_in_order = total_repaired = 0
    pages_done, seconds = 0, 0.0
    with no_ocr_cache():
        for name, text in rendering_sources(shared):
            pages = rendered_pages(name, text)
            started = time.perf_counter()
            read = "\n".join(ingest(p, options or Options(jobs=1)).raw_text for p in pages)
            took = time.perf_counter() - started
            reference = reading_text(split_layout(text))
            right, count, errors = score(reference, read)
            in_order = score(reference, read, moves=False)[0]
            repaired = score(reference, restore(read, read_by_ocr=True).text)[0]
            total_repaired += repaired
            total_in_order += in_order
            total_right += right
            total += count
            pages_done += len(pages)
            seconds += took
            results[name] = {"pages": len(pages), "syllables": count, "right": right,
                             "accuracy": right / count if count else None,
                             "accuracy_in_order": in_order / count if count else None,
                             "accuracy_repaired": repaired / count if count else None,
                             "seconds": round(took, 2), "errors": errors[:20]}
            shown = "; ".join(f"{a or '∅'}→{b or '∅'}" for a, b in errors[:4])
            rows.append([name, len(pages), count, right, f"{100 * right / count:.2f}",
                         f"{100 * in_order / count:.2f}", f"{100 * repaired / count:.2f}", f"{took:.1f}",
                         shown[:70]])
    accuracy = total_right / total if total else None
    print(f"OCR word accuracy on scan-like renderings ({DPI} dpi, alphabetic syllables; "
          f"target {100 * TARGET:.1f} %)", file=out)
    print(_table(rows, ["document", "pages", "syll.", "right", "acc. %", "in order %", "repaired %", "s",
                        "first errors (expected→read)"]), file=out)
    print(f"ALL: {total_right}/{total} = {100 * accuracy:.2f} %  (strictly in reading order: "
          f"{100 * total_in_order / total:.2f} %; after repair: {100 * total_repaired / total:.2f} %; "
          f"{pages_done} pages, "
          f"{pages_done / seconds:.2f} pages/s on one core)\n", file=out)
    return {"accuracy": accuracy, "accuracy_in_order": total_in_order / total if total else None,
            "accuracy_repaired": total_repaired / total if total else None,
            "syllables": total, "right": total_right, "pages": pages_done,
            "pages_per_second": pages_done / seconds if seconds else None, "target": TARGET,
            "meets_target": accuracy is not None and accuracy >= TARGET, "documents": results}


def evaluate_scans(shared: Path, out=sys.stdout) -> dict:
    from ..ingest import ingest

    folder = shared / "scans"
    files = sorted(list(folder.glob("*.pdf")) + list(folder.glob("*.jpg")))
    rows, results = [], {}
    all_pages, all_seconds, conf_sum, conf_words = 0, 0.0, 0.0, 0
    layer_right = layer_total = 0
    with tempfile.TemporaryDirectory(prefix="dispatch-eval-ocr-") as cache, no_ocr_cache():
        for path in files:
            entry: dict = {"ok": False, "ok_ocr": False, "ok_auto": False}
            try:
                started = time.perf_counter()
                doc = ingest(path, Options(mode="ocr", jobs=1, ocr_cache=cache))
                took = time.perf_counter() - started
                confs = [w.conf for p in doc.pages for line in p.lines for w in line.words
                         if w.conf is not None and w.conf >= 0]
                entry.update(ok_ocr=True, pages=len(doc.pages), seconds=round(took, 2),
                             pages_per_second=len(doc.pages) / took if took else None,
                             confidence=sum(confs) / len(confs) if confs else None)
                all_pages += len(doc.pages)
                all_seconds += took
                conf_sum += sum(confs)
                conf_words += len(confs)
                layer = path.with_suffix(".textlayer.txt")
                if layer.exists():
                    right, count, _ = score(columns_in_order(layer.read_text(encoding="utf-8")),
                                            doc.raw_text)
                    entry["textlayer_accuracy"] = right / count if count else None
                    layer_right += right
                    layer_total += count
            except DispatchError as exc:
                entry["error"] = f"OCR: {exc.render()}"
            try:
                auto = ingest(path, Options(jobs=1, ocr_cache=cache))  # default mode
                entry["auto_methods"] = sorted({p.method for p in auto.pages})
                entry["ok_auto"] = True
            except DispatchError as exc:
                entry["error"] = (entry.get("error", "") + f" default mode: {exc.render()}").strip()
            entry["ok"] = entry["ok_ocr"] and entry["ok_auto"]
            results[path.name] = entry
            acc = entry.get("textlayer_accuracy")
            rows.append([path.name[:48], "yes" if entry["ok"] else "NO", entry.get("pages", "-"),
                         f"{entry['confidence']:.1f}" if entry.get("confidence") is not None else "-",
                         f"{entry['pages_per_second']:.2f}" if entry.get("pages_per_second") else "-",
                         f"{100 * acc:.2f}" if acc is not None else "",
                         ",".join(entry.get("auto_methods", [])) or "ERROR"])
    ok = sum(1 for e in results.values() if e["ok"])
    mean_conf = conf_sum / conf_words if conf_words else None
    pps = all_pages / all_seconds if all_seconds else None
    layer_acc = layer_right / layer_total if layer_total else None
    print(f"Real scans in {folder} (OCR forced, one core, no cache)", file=out)
    print(_table(rows, ["file", "ok", "pages", "conf", "pages/s", "vs layer %", "default mode"]), file=out)
    for name, entry in results.items():
        if entry.get("error"):
            print(f"  {name}: {entry['error']}", file=out)
    if files:
        print(f"ALL: {ok}/{len(files)} files read without error; {all_pages} pages; mean word "
              f"confidence {mean_conf:.1f}; {pps:.2f} pages/s"
              + (f"; accuracy against text layers {100 * layer_acc:.2f} % ({layer_right}/{layer_total})"
                 if layer_acc is not None else "") + "\n", file=out)
    return {"files": len(files), "ok": ok, "pages": all_pages, "mean_confidence": mean_conf,
            "pages_per_second": pps, "textlayer_accuracy": layer_acc, "by_file": results}


def evaluate(shared: Path) -> dict:
    shared = Path(shared)
    result = {"renderings": evaluate_renderings(shared)}
    if (shared / "scans").is_dir():
        result["scans"] = evaluate_scans(shared)
    return result


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description="OCR accuracy on renderings and on the real scans")
    ap.add_argument("--shared", type=Path, default=ROOT.parent / "shared",
                    help="the shared development data (default ../shared)")
    ap.add_argument("--only", choices=["renderings", "scans"], help="run one of the two measures")
    ap.add_argument("--no-preprocess", action="store_true",
                    help="renderings: give the page images to Tesseract without clean-up (comparison)")
    args = ap.parse_args(argv)
    if args.only == "renderings":
        evaluate_renderings(args.shared, options=Options(jobs=1, preprocess=not args.no_preprocess))
    elif args.only == "scans":
        evaluate_scans(args.shared)
    else:
        evaluate(args.shared)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
