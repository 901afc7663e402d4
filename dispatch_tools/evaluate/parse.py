"""Per-field precision, recall and F1 of the parser over ``../shared/dev`` (15 documents).

    python -m dispatch_tools.evaluate.parse --shared ../shared [--no-scan] [-v]

Scoring (like spaCy's scorer, per field, summed over the documents):

* scalar fields (number, doc_type, issuer, parent_issuer, place, date, subject, and the signer's
  authority, capacity, title, name): exact match after collapsing whitespace. A value where the
  gold has one counts a true positive when equal, else a false positive and a false negative; a
  value where the gold has none is a false positive; a missing value a false negative.
* list fields: recipients and distribution as sets of items (whitespace collapsed, trailing
  ``;``/``.`` dropped, case ignored); references as a set of (number, date) pairs; deadlines as a set
  of (date, time) pairs.
* tasks: a predicted task is paired with the gold task whose text (first 12 words) is most similar
  (rapidfuzz ratio of the folded texts at least 60, each used once). A pair earns credit 1/3 for
  the pairing itself, 1/3 for the assignees (F1 of the two sets, names equal when their folded
  token-set ratio is at least 85) and 1/3 when the deadlines are equal (both null counts). Precision
  is the credit over the predicted tasks, recall over the gold tasks.
* overall: micro-averaged F1 over every field (true positives, false positives and false negatives
  summed, task credit counted as true positives); the macro average of the field F1s is also shown.

The second part renders each document to a scan-like image with
``dispatch_tools.evaluate.scan_renderer.scan_like`` and reads it back through ingest (OCR), repair and
parse; it is skipped when the renderer is not available.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
import time
from pathlib import Path

from rapidfuzz import fuzz

SCALARS = ["number", "doc_type", "issuer", "parent_issuer", "place", "date", "subject"]
SIGNER = ["authority", "capacity", "title", "name"]
LISTS = ["recipients", "distribution", "references", "deadlines"]
FIELDS = SCALARS + [f"signer.{k}" for k in SIGNER] + LISTS + ["tasks"]


def _norm(value) -> str | None:
    if value is None:
        return None
    text = " ".join(str(value).split())
    return text or None


def _item(value: str) -> str:
    text = " ".join(value.split()).strip().rstrip(";.").strip()
    return text.casefold()


def _fold(text: str) -> str:
    from ..parse.text import key

    return key(text)


class Counts:
    def __init__(self) -> None:
        self.tp = self.fp = self.fn = 0.0

    def add(self, tp: float = 0, fp: float = 0, fn: float = 0) -> None:
        self.tp += tp
        self.fp += fp
        self.fn += fn

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 1.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 1.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0


def _scalar(counts: Counts, pred, gold) -> bool:
    p, g = _norm(pred), _norm(gold)
    if p is None and g is None:
        return True
    if p is not None and g is not None and p == g:
        counts.add(tp=1)
        return True
    counts.add(fp=1 if p is not None else 0, fn=1 if g is not None else 0)
    return False


def _set(counts: Counts, pred: set, gold: set) -> bool:
    counts.add(tp=len(pred & gold), fp=len(pred - gold), fn=len(gold - pred))
    return pred == gold


def _names_f1(pred: list[str], gold: list[str]) -> float:
    if not pred and not gold:
        return 1.0
    if not pred or not gold:
        return 0.0
    used, hits = set(), 0
    for p in pred:
        for i, g in enumerate(gold):
            if i not in used and fuzz.token_set_ratio(_fold(p), _fold(g)) >= 85:
                used.add(i)
                hits += 1
                break
    prec, rec = hits / len(pred), hits / len(gold)
    return 2 * prec * rec / (prec + rec) if prec + rec else 0.0


def _tasks(counts: Counts, pred: list[dict], gold: list[dict]) -> float:
    pairs = []
    for i, p in enumerate(pred):
        for j, g in enumerate(gold):
            score = fuzz.ratio(_fold(p["text"]), _fold(g["text"]))
            if score >= 60:
                pairs.append((score, i, j))
    pairs.sort(reverse=True)
    used_p, used_g, credit = set(), set(), 0.0
    for _, i, j in pairs:
        if i in used_p or j in used_g:
            continue
        used_p.add(i)
        used_g.add(j)
        p, g = pred[i], gold[j]
        credit += (1 + _names_f1(p["assignees"], g["assignees"]) +
                   (1.0 if p.get("deadline") == g.get("deadline") else 0.0)) / 3
    counts.add(tp=credit, fp=len(pred) - credit, fn=len(gold) - credit)
    return credit == len(pred) == len(gold)


def score_document(pred: dict, gold: dict, counts: dict[str, Counts]) -> list[str]:
    """Add one document's counts; return the names of the fields it got wrong."""
    wrong = []
    for name in SCALARS:
        g = gold.get(name)
        if name == "subject" and g == "":
            g = None
        p = pred.get(name) or None if name == "subject" else pred.get(name)
        if not _scalar(counts[name], p, g):
            wrong.append(name)
    for k in SIGNER:
        if not _scalar(counts[f"signer.{k}"], (pred.get("signer") or {}).get(k), (gold.get("signer") or {}).get(k)):
            wrong.append(f"signer.{k}")
    for name in ("recipients", "distribution"):
        if not _set(counts[name], {_item(x) for x in pred.get(name, [])}, {_item(x) for x in gold.get(name, [])}):
            wrong.append(name)
    refs = lambda items: {(re.sub(r"\s+", "", r["number"]), r.get("date")) for r in items}  # noqa: E731
    if not _set(counts["references"], refs(pred.get("references", [])), refs(gold.get("references", []))):
        wrong.append("references")
    dls = lambda items: {(d.get("date"), d.get("time")) for d in items}  # noqa: E731
    if not _set(counts["deadlines"], dls(pred.get("deadlines", [])), dls(gold.get("deadlines", []))):
        wrong.append("deadlines")
    if not _tasks(counts["tasks"], pred.get("tasks", []), gold.get("tasks", [])):
        wrong.append("tasks")
    return wrong


def _summary(counts: dict[str, Counts]) -> dict:
    total = Counts()
    for c in counts.values():
        total.add(c.tp, c.fp, c.fn)
    fields = {name: {"precision": round(c.precision, 4), "recall": round(c.recall, 4),
                     "f1": round(c.f1, 4)} for name, c in counts.items()}
    macro = sum(c.f1 for c in counts.values()) / len(counts)
    return {"fields": fields, "overall_f1": round(total.f1, 4), "overall_precision": round(total.precision, 4),
            "overall_recall": round(total.recall, 4), "macro_f1": round(macro, 4)}


def _table(title: str, summary: dict, wrong: dict[str, list[str]]) -> None:
    print(f"\n{title}")
    print(f"{'field':<18}{'P':>8}{'R':>8}{'F1':>8}")
    for name, v in summary["fields"].items():
        print(f"{name:<18}{v['precision']:>8.3f}{v['recall']:>8.3f}{v['f1']:>8.3f}")
    print(f"{'overall (micro)':<18}{summary['overall_precision']:>8.3f}{summary['overall_recall']:>8.3f}"
          f"{summary['overall_f1']:>8.3f}")
    print(f"{'macro F1':<18}{'':>16}{summary['macro_f1']:>8.3f}")
    for doc, fields in wrong.items():
        if fields:
            print(f"  {doc}: {', '.join(fields)}")


def _dev(shared: Path) -> list[tuple[str, Path, dict]]:
    dev = shared / "dev"
    out = []
    for gold_path in sorted((dev / "gold").glob("*.json")):
        doc_path = dev / "docs" / f"{gold_path.stem}.txt"
        if doc_path.exists():
            out.append((gold_path.stem, doc_path, json.loads(gold_path.read_text(encoding="utf-8"))))
    return out


def _parse_text_file(path: Path) -> dict:
    from ..parse import parse_text, to_contract

    doc = parse_text(path.read_text(encoding="utf-8"))
    return to_contract(doc.fields)


def _evaluate_clean(items) -> tuple[dict, dict, list[float]]:
    counts = {name: Counts() for name in FIELDS}
    wrong, times = {}, []
    for name, path, gold in items:
        started = time.perf_counter()
        pred = _parse_text_file(path)
        times.append(time.perf_counter() - started)
        wrong[name] = score_document(pred, gold, counts)
    return _summary(counts), wrong, times


def _read_pages(pages: list[Path], cache: Path):
    """One document from the page images: ingest (OCR) each page, then repair and parse."""
    from ..ingest import ingest
    from ..model import Document
    from ..options import Options
    from ..pipeline import parse, repair

    options = Options(jobs=1, ocr_cache=str(cache))
    doc = Document(str(pages[0].parent), "image")
    for page_path in pages:
        page_doc = ingest(page_path, options)
        for page in page_doc.pages:
            page.number = len(doc.pages) + 1
            doc.pages.append(page)
    doc.invalidate()
    return parse(repair(doc, options), options)


def _evaluate_scanned(items) -> tuple[dict, dict] | None:
    try:
        from .ocr_accuracy import rendered_pages
        from .scan_renderer import cache_dir
    except ImportError:
        return None
    from ..parse import to_contract

    counts = {name: Counts() for name in FIELDS}
    wrong = {}
    cache = cache_dir("ocr", "parse-eval")
    for name, path, gold in items:
        pages = rendered_pages(name, path.read_text(encoding="utf-8"))
        doc = _read_pages([Path(p) for p in pages], cache)
        wrong[name] = score_document(to_contract(doc.fields), gold, counts)
    return _summary(counts), wrong


def evaluate(shared: Path, scanned: bool = True, verbose: bool = True) -> dict:
    items = _dev(Path(shared))
    if not items:
        print(f"{shared}/dev: no documents with gold found", file=sys.stderr)
        return {}
    clean, wrong, times = _evaluate_clean(items)
    result = {"clean": clean, "documents": len(items)}
    if verbose:
        _table(f"Parse, text as given ({len(items)} documents)", clean, wrong)
    if scanned:
        scan = _evaluate_scanned(items)
        if scan is None:
            if verbose:
                print("\nParse, scan-like rendering: skipped (dispatch_tools.evaluate.scan_renderer is not available)")
        else:
            result["scanned"] = scan[0]
            if verbose:
                _table(f"Parse, scan-like rendering read by OCR ({len(items)} documents)", scan[0], scan[1])
    return result


def benchmark(shared: Path) -> dict:
    """Time to parse one text document (spaCy pipeline already loaded), over the dev documents."""
    from ..parse import parse_text
    from ..parse.nlp import get_nlp

    items = _dev(Path(shared))
    get_nlp()
    texts = [path.read_text(encoding="utf-8") for _, path, _ in items]
    for t in texts:
        parse_text(t)
    times = []
    for _ in range(3):
        for t in texts:
            started = time.perf_counter()
            parse_text(t)
            times.append(time.perf_counter() - started)
    times.sort()
    result = {"documents": len(texts), "runs": len(times),
              "mean_ms": round(1000 * sum(times) / len(times), 2),
              "median_ms": round(1000 * times[len(times) // 2], 2),
              "max_ms": round(1000 * times[-1], 2)}
    print(f"parse: {result['mean_ms']} ms mean, {result['median_ms']} ms median, "
          f"{result['max_ms']} ms max per document ({result['runs']} runs)")
    return result


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--shared", default="../shared", help="the shared data folder (default ../shared)")
    parser.add_argument("--no-scan", action="store_true", help="skip the scan-like rendering part")
    parser.add_argument("--bench", action="store_true", help="also time the parser")
    parser.add_argument("--json", action="store_true", help="print the numbers as JSON")
    args = parser.parse_args(argv)
    result = evaluate(Path(args.shared), scanned=not args.no_scan, verbose=not args.json)
    if args.bench:
        result["benchmark"] = benchmark(Path(args.shared))
    if args.json:
        print(json.dumps(result, indent=2))
    return 0 if result else 1


if __name__ == "__main__":
    sys.exit(main())
