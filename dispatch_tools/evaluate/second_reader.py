"""What the second recogniser (:mod:`dispatch_tools.ingest.second_reader`) adds on real scans.

For every ``../shared/scans`` file with gold in the development part of the split
(:mod:`.scan_split`; the test part's files and gold are never read here), page 1 is rendered at 300 dpi and read by the
project's Tesseract path (one core). Then, in the same run:

(a) Header boxes. The ``Số: …`` box and the place/date box are cut from the deskewed page with
    its colour ink kept (hand-written digits are often red or blue) and read by the ``digits``
    recogniser. The number's digits (before ``/``) and the day are compared with the gold, beside
    what Tesseract read there. A recogniser value is taken only when its least sure digit has a
    probability of at least ``ACCEPT`` (``second``), and in the stricter rule (``second+check``)
    also when the ``digits-check`` recogniser reads the same digits and a day lies in 1-31;
    otherwise it is flagged for review. Counts are given for the fields the gold marks
    hand-written and for the typed ones.
(b) Body lines of page 1 that match a gold ``page1_text`` line and that Tesseract read with a mean
    word confidence under ``LOW``: syllable accuracy of Tesseract, of the ``line`` recogniser, and
    of the two merged as ingest merges them (:func:`dispatch_tools.ingest.line_second.merge`: the
    repair language model chooses where they differ). The page is read without that merge
    (``Options(second_lines=False)``), so that the first column is Tesseract's own reading.

    python -m dispatch_tools.evaluate.second_reader --shared ../shared
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import time
from pathlib import Path

import numpy as np
from PIL import Image
from rapidfuzz import fuzz
from rapidfuzz.distance import Levenshtein

from ..ingest import line_second, second_reader
from ..ingest.line_second import UNSURE
from ..ingest.box_check import ACCEPT
from ..ingest.box_check import accepted as rule
from ..ingest.box_digits import _flat, field_value
from ..options import Options
from ..repair.lm import all_known, line_score
from .ocr_accuracy import score, syllables
from .real_scans import page_one_image, scan_files

LOW = UNSURE  # a body line read by Tesseract with a lower mean word confidence is read whole by each engine


def read_page(image: Image.Image, options: Options):
    """(the project's OCR'd page, the page in the OCR's frame as grayscale with its ink kept,
    the image Tesseract read)."""
    import cv2

    from ..ingest.image import prepare, rotate
    from ..ingest.tesseract import ocr_page

    prepared, info = prepare(image)
    gray = cv2.cvtColor(np.asarray(image.convert("RGB")), cv2.COLOR_RGB2GRAY)
    if "scaled" in info:
        gray = cv2.resize(gray, None, fx=info["scaled"], fy=info["scaled"], interpolation=cv2.INTER_CUBIC)
    if "deskew" in info:
        gray = rotate(gray, info["deskew"])
    page = ocr_page(image, 1, options)
    scale = info.get("scaled", 1.0)
    return page, Image.fromarray(gray), prepared, scale


def _words(page, scale: float) -> list[dict]:
    out = []
    for line in page.lines:
        for w in line.words:
            if w.bbox is not None:
                out.append(dict(text=w.text, conf=w.conf, x0=w.bbox.x0 * scale, y0=w.bbox.y0 * scale,
                                x1=w.bbox.x1 * scale, y1=w.bbox.y1 * scale))
    return out


def _band(words: list[dict], anchor: dict) -> list[dict]:
    cy, h = (anchor["y0"] + anchor["y1"]) / 2, max(anchor["y1"] - anchor["y0"], 40)
    return sorted((w for w in words if abs((w["y0"] + w["y1"]) / 2 - cy) < 0.55 * h), key=lambda w: w["x0"])


def _halves(band: list[dict], width: float) -> tuple[list[dict], list[dict]]:
    """A header row cut at its widest gap in the middle of the page: (left column, right column)."""
    best, cut = 60.0, 0.45 * width
    for a, b in zip(band, band[1:]):
        mid = (a["x1"] + b["x0"]) / 2
        if 0.3 * width < mid < 0.62 * width and b["x0"] - a["x1"] > best:
            best, cut = b["x0"] - a["x1"], mid
    return ([w for w in band if (w["x0"] + w["x1"]) / 2 < cut], [w for w in band if (w["x0"] + w["x1"]) / 2 >= cut])


def header_words(words: list[dict], width: float, height: float) -> dict[str, list[dict]]:
    """The words of the number box (``Số: …``) and of the place/date box, found by their cue words."""
    top = [w for w in words if w["y1"] < 0.32 * height]
    number = next((w for w in top if w["x1"] < 0.55 * width and w["text"][:1] in "Ss"
                   and (":" in w["text"][:5] or (w["text"][1:2].islower() and _flat(w["text"]) in ("so", "so:")))),
                  None)
    cues = [w for w in top if w["x0"] > 0.4 * width and _flat(w["text"]) in ("ngay", "thang", "nam")
            and w["text"][1:].islower()
            and (number is None or abs((w["y0"] + w["y1"] - number["y0"] - number["y1"]) / 2) < 250)]
    date = min(cues, key=lambda w: w["y0"]) if cues else None
    return {"number": _halves(_band(top, number), width)[0] if number else [],
            "date": _halves(_band(top, date), width)[1] if date else []}


def box(words: list[dict], size: tuple[int, int], pad_x: float, pad_y: float) -> tuple[int, int, int, int]:
    h = float(np.median([w["y1"] - w["y0"] for w in words]))
    return (int(max(0, min(w["x0"] for w in words) - pad_x * h)), int(max(0, min(w["y0"] for w in words) - pad_y * h)),
            int(min(size[0], max(w["x1"] for w in words) + pad_x * h)),
            int(min(size[1], max(w["y1"] for w in words) + pad_y * h)))


def gold_value(kind: str, gold: dict) -> str:
    return gold["number"].split("/")[0] if kind == "number" else str(int(gold["date"].split("-")[2]))


def matched_lines(page, gold_text: str) -> list[tuple[object, str]]:
    """(OCR line, gold line) pairs, one to one, where the two are alike (ratio >= 70 on ASCII)."""
    refs = [r for r in gold_text.splitlines() if len(r.strip()) >= 8]
    lines = [ln for ln in page.lines if ln.bbox is not None and ln.text.strip()]
    pairs = sorted(((fuzz.ratio(_flat(ln.text), _flat(ref)), i, j) for i, ln in enumerate(lines)
                    for j, ref in enumerate(refs)), reverse=True)
    used_l, used_r, out = set(), set(), []
    for s, i, j in pairs:
        if s < 70:
            break
        if i not in used_l and j not in used_r:
            used_l.add(i)
            used_r.add(j)
            out.append((lines[i], refs[j]))
    return out


def evaluate_file(path: Path, gold: dict, options: Options) -> dict:
    page, raw, prepared, scale = read_page(page_one_image(path), options)
    out = {"header": [], "lines": [], "seconds": {"tesseract": page.seconds, "digits": 0.0, "line": 0.0}}
    for kind, words in header_words(_words(page, scale), raw.width, raw.height).items():
        row = {"file": path.stem, "field": kind, "handwritten": kind in gold.get("handwritten", []),
               "gold": gold_value(kind, gold), "tesseract": None, "second": None, "second_conf": 0.0,
               "check": None}
        if words:
            text = " ".join(w["text"] for w in words)
            row["tesseract"] = field_value(kind, text, [1.0] * len(text))[0]
            crop = raw.crop(box(words, raw.size, 0.7, 0.6))
            started = time.perf_counter()
            got = second_reader.read(crop, "digits")
            out["seconds"]["digits"] += time.perf_counter() - started
            if got is not None:
                row["second"], row["second_conf"] = field_value(kind, got.text, [p for _, p in got.chars])
            check = second_reader.read(crop, "digits-check")
            if check is not None:
                row["check"] = field_value(kind, check.text, [p for _, p in check.chars])[0]
        out["header"].append(row)
    for line, ref in matched_lines(page, gold["page1_text"]):
        if line.conf is None or line.conf >= LOW:
            continue
        seg = [[w.text, w.bbox.x0 * scale, w.bbox.y0 * scale, (w.bbox.x1 - w.bbox.x0) * scale,
                (w.bbox.y1 - w.bbox.y0) * scale, w.conf if w.conf is not None else -1, 0, 0, 0]
               for w in line.words if w.bbox]
        started = time.perf_counter()
        got = second_reader.read(line_second.crop(prepared, seg), "line")
        out["seconds"]["line"] += time.perf_counter() - started
        other = " ".join(got.text.split()) if got is not None else None
        chosen = " ".join(r[0] for r in line_second.merge(seg, got, line_score, all_known)) if got else line.text
        out["lines"].append({"gold": ref, "tesseract": line.text, "second": other, "chosen": chosen})
    return out


def accepted(row: dict, strict: bool) -> bool:
    """Is the recogniser's value sure enough to be taken without a look? (``strict``: the rule the
    pipeline applies, :func:`dispatch_tools.ingest.box_check.accepted`.)"""
    if not strict:
        return row["second"] is not None and row["second_conf"] >= ACCEPT
    return rule(row["field"], row["second"], row["second_conf"], row["check"])


def _outcome(value, gold, accepted=True) -> str:
    if value is None or not accepted:
        return "flagged" if value is not None else "empty"
    return "right" if value == gold else "wrong"


def report(results: list[dict]) -> dict:
    rows = [r for res in results for r in res["header"]]
    summary = {}
    for group, sel in (("hand-written", [r for r in rows if r["handwritten"]]),
                       ("typed", [r for r in rows if not r["handwritten"]])):
        for reader in ("tesseract", "second", "second+check"):
            counts = {"right": 0, "wrong": 0, "empty": 0, "flagged": 0}
            for r in sel:
                value = r["tesseract"] if reader == "tesseract" else r["second"]
                ok = reader == "tesseract" or accepted(r, strict=reader == "second+check")
                counts[_outcome(value, r["gold"], ok)] += 1
            summary[f"{group} / {reader}"] = counts
    lines = [ln for res in results for ln in res["lines"]]
    for reader in ("tesseract", "second", "chosen"):
        right = total = edits = 0
        for ln in lines:
            if ln[reader] is None:
                break
            got, n, _ = score(ln["gold"], ln[reader], moves=False)
            right, total = right + got, total + n
            edits += Levenshtein.distance(syllables(ln["gold"]), syllables(ln[reader]))
        else:
            summary[f"low-confidence lines / {reader}"] = {
                "lines": len(lines), "syllables": total, "accuracy": round(right / total, 4) if total else None,
                "syllable edits": edits}  # words added count here too, not in the accuracy
    summary["seconds"] = {k: round(sum(res["seconds"][k] or 0 for res in results), 2)
                          for k in ("tesseract", "digits", "line")}
    return summary


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--shared", type=Path, default=Path("../shared"))
    parser.add_argument("--json", type=Path, help="write the per-field and per-line results here")
    args = parser.parse_args(argv)
    scans = args.shared / "scans"
    if not (scans / "gold").is_dir():
        print(f"{scans / 'gold'}: not found; give the shared folder with --shared", file=sys.stderr)
        return 2
    os.environ.setdefault("OMP_THREAD_LIMIT", "1")
    loads = {}
    for kind in second_reader.KINDS:
        started = time.perf_counter()
        if not second_reader.available(kind):
            print(f"note: the '{kind}' recogniser is not installed; its columns stay empty", file=sys.stderr)
        loads[kind] = round(time.perf_counter() - started, 2)
    options = Options(lang="vie", jobs=1, second_lines=False)  # Tesseract alone, to compare
    results = [evaluate_file(path, gold, options) for path, gold in scan_files(args.shared, "development")]
    summary = report(results)
    summary["model load seconds"] = loads
    for key, value in summary.items():
        print(f"{key:40s} {value}")
    if args.json:
        tmp = args.json.with_name(args.json.name + ".tmp")
        tmp.write_text(json.dumps({"summary": summary, "files": results}, ensure_ascii=False, indent=1),
                       encoding="utf-8")
        os.replace(tmp, args.json)
    return 0


if __name__ == "__main__":
    sys.exit(main())
