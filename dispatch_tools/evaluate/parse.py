"""Per-field precision, recall and F1 of the parser over the 83 documents of ``../shared/dev``.

    python -m dispatch_tools.evaluate.parse --shared ../shared [--no-scan] [--no-baseline] [--json]
    python -m dispatch_tools.evaluate.parse --errors dev [--scan] [--fold A,B,C]   # every wrong field, to tune from
    python -m dispatch_tools.evaluate.parse --folds [--save F] [--against F]   # scores by development fold

The documents are split once into a development part and a TEST part (:mod:`.split`); the test
part is the headline number and is never used to tune rules or train models, so ``--errors``
refuses it. Rule changes are cross-validated inside the development part: studied on the errors of
three of its folds (``--errors dev --fold A,B,C``) and checked on the fourth (``--folds``;
:mod:`.folds`). Beside the parser of today, the same run scores the baseline: the rules before the
parser was made to generalise (the package at git commit ``cad5ba9``, :mod:`.parse_baseline`).
How each field is scored is in :mod:`.parse_score`.

Besides the text as given, it scores the two seeds (seed 000 as text, seed 002 from its
OCR-damaged text through repair, against the hand-read fields of ``tests/data``) and the
documents rendered to scan-like images, OCR'd (cached), repaired and parsed.
"""

from __future__ import annotations

import argparse
import io
import json
import os
import statistics
import sys
import time
from pathlib import Path

from .folds import fold_option
from .parse_score import (FIELDS, HEADER, TASK_PARTS, Counts, error_listing, new_counts, score_document, summary,
                          summary_line)
from .split import DEVELOPMENT_IDS, TEST_IDS, compute_split, development_documents, evaluation_documents, split_ids

__all__ = ["FIELDS", "Counts", "score_document", "evaluate", "benchmark", "errors_report"]

ROOT = Path(__file__).resolve().parents[2]
SEEDS = [("seed000", ROOT / "samples" / "seed000.txt", ROOT / "tests" / "data" / "seed000.fields.json"),
         ("seed002", ROOT / "samples" / "seed002.txt", ROOT / "tests" / "data" / "seed002.fields.json")]
PARTS = (("development", DEVELOPMENT_IDS), ("test", TEST_IDS))


# --------------------------------------------------------------------------- reading


def _contract_of_text(text: str, trained: tuple[str, ...] | None = None) -> dict:
    from ..parse import parse_text, to_contract

    return to_contract(parse_text(text, trained=trained).fields)


def _ocr_cache() -> Path:
    env = os.environ.get("DISPATCH_OCR_CACHE")
    if env:
        return Path(env)
    return Path.home() / ".cache" / "dispatch_tools" / "ocr-eval"


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


def _rendered(doc_id: str, text: str) -> list[Path] | None:
    try:
        from .ocr_accuracy import rendered_pages
    except ImportError:
        return None
    return [Path(p) for p in rendered_pages(f"dev/{doc_id}", text)]


def _seed_gold(path: Path) -> dict:
    from ..model import Fields
    from ..parse import to_contract

    return to_contract(Fields.from_dict(json.loads(path.read_text(encoding="utf-8"))))


# --------------------------------------------------------------------------- scoring and tables


def _score(preds: dict[str, dict], golds: dict[str, dict], ids) -> dict:
    counts = new_counts()
    for doc_id in sorted(ids):
        if doc_id in preds and doc_id in golds:
            score_document(preds[doc_id], golds[doc_id], counts)
    return summary(counts)


def _by_part(preds: dict[str, dict], golds: dict[str, dict]) -> dict:
    return {part: _score(preds, golds, [i for i in ids if i in golds]) for part, ids in PARTS}


def _table(title: str, columns: list[tuple[str, dict | None]], out) -> None:
    print(f"\n{title}", file=out)
    print(f"{'F1':<18}" + "".join(f"{name:>13}" for name, _ in columns), file=out)
    for field in FIELDS + TASK_PARTS:
        cells = [f"{s['fields'][field]['f1']:>13.3f}" if s else f"{'-':>13}" for _, s in columns]
        print(f"{field:<18}" + "".join(cells), file=out)
    for label, key in (("overall (micro)", "overall_f1"), ("  precision", "overall_precision"),
                       ("  recall", "overall_recall"), ("macro F1", "macro_f1")):
        print(f"{label:<18}" + "".join(f"{s[key]:>13.3f}" if s else f"{'-':>13}" for _, s in columns), file=out)


def _targets(test: dict, seeds: dict, scanned: dict | None, speed: dict) -> list[str]:
    f = test["fields"]
    lines = [f"overall {test['overall_f1']:.3f} (>= 0.96)",
             f"tasks.assignees {f['tasks.assignees']['f1']:.3f} (>= 0.85), tasks.count {f['tasks.count']['f1']:.3f} (>= 0.85)",
             "header fields >= 0.97: " + ", ".join(f"{k} {f[k]['f1']:.3f}" for k in HEADER if f[k]['f1'] < 0.97),
             "seeds >= 0.95: " + ", ".join(f"{k} {v['overall_f1']:.3f}" for k, v in seeds.items()),
             f"parse {speed['mean_ms']} ms mean, {speed['max_ms']} ms max per text document (<= 50 ms)"]
    if scanned:
        lines.append(f"renderings (test part) {scanned['test']['overall_f1']:.3f} (>= 0.93)")
    return lines


# --------------------------------------------------------------------------- the runs


def _clean(docs) -> tuple[dict, dict]:
    from ..parse.nlp import get_nlp

    get_nlp()
    _contract_of_text("Số: 1/UBND-VX\nKính gửi: Sở Y tế.\nĐề nghị Sở Y tế báo cáo.")  # warm
    preds, times = {}, []
    for doc in docs:
        text = doc.text()
        started = time.perf_counter()
        preds[doc.id] = _contract_of_text(text)
        times.append(time.perf_counter() - started)
    speed = {"documents": len(times), "mean_ms": round(1000 * statistics.fmean(times), 1),
             "median_ms": round(1000 * statistics.median(times), 1), "max_ms": round(1000 * max(times), 1)}
    return preds, speed


# trained components, each compared with the rules alone on both parts (kept where it wins on TEST)
TRAINED_COMPONENTS = ("dispatch_task_classifier", "dispatch_task_gate", "dispatch_assignee_spans")


def _trained(docs, golds: dict) -> dict:
    from ..parse.nlp import TRAINED

    out = {"shipped": list(TRAINED)}
    for name in TRAINED_COMPONENTS:
        try:
            with_it = {d.id: _contract_of_text(d.text(), trained=(name,)) for d in docs}
            without = {d.id: _contract_of_text(d.text(), trained=()) for d in docs}
        except (OSError, ValueError) as exc:  # weights missing or unreadable
            out[name] = {"error": f"{type(exc).__name__}: {exc}"}
            continue
        out[name] = {"with": _by_part(with_it, golds), "rules": _by_part(without, golds)}
    return out


def _seeds() -> tuple[dict, dict]:
    from ..options import Options
    from ..parse import to_contract
    from ..pipeline import read

    preds, golds = {}, {}
    for name, text_path, gold_path in SEEDS:
        if text_path.is_file() and gold_path.is_file():
            preds[name] = to_contract(read(text_path, Options(jobs=1)).fields)
            golds[name] = _seed_gold(gold_path)
    return preds, golds


def _as_read(docs) -> dict:
    """Each document through ``dispatch read`` (ingest, repair, parse): the path a clerk's file
    takes, where the table above parses the text as given."""
    from ..options import Options
    from ..parse import to_contract
    from ..pipeline import read

    return {doc.id: to_contract(read(doc.text_path, Options(jobs=1)).fields) for doc in docs}


def _scanned(docs, out) -> tuple[dict, dict] | None:
    from ..parse import to_contract

    preds, pages = {}, {}
    cache = _ocr_cache()
    for doc in docs:
        try:
            found = _rendered(doc.id, doc.text())
        except Exception as exc:  # the renderer, not the parser, failed: say so and go on
            print(f"rendering of {doc.id} failed ({type(exc).__name__}: {exc}); left out of the rendering scores",
                  file=out)
            continue
        if found is None:
            return None
        pages[doc.id] = found
        preds[doc.id] = to_contract(_read_pages(found, cache).fields)
    return preds, pages


def _baseline(docs, seed_golds: dict, pages: dict | None) -> dict | None:
    from . import parse_baseline

    jobs = [{"id": d.id, "kind": "text", "text": d.text()} for d in docs]
    jobs += [{"id": name, "kind": "read", "path": str(path)} for name, path, _ in SEEDS if name in seed_golds]
    for doc_id, found in (pages or {}).items():
        jobs.append({"id": f"scan/{doc_id}", "kind": "pages", "pages": [str(p) for p in found],
                     "cache": str(_ocr_cache())})
    return parse_baseline.predict(jobs)


def evaluate(shared: Path, scanned: bool = True, verbose: bool = True, baseline: bool = True) -> dict:
    docs = evaluation_documents(Path(shared))
    if not docs:
        print(f"{shared}/dev: no documents with gold found", file=sys.stderr)
        return {}
    out = sys.stdout if verbose else io.StringIO()
    golds = {d.id: d.gold() for d in docs}
    if compute_split(Path(shared)) != split_ids():
        print("WARNING: the documents in ../shared/dev no longer match the fixed split: see evaluate/split.py",
              file=out)
    preds, speed = _clean(docs)
    result = {"documents": len(docs), "split": {p: len([i for i in ids if i in golds]) for p, ids in PARTS},
              "clean": _by_part(preds, golds), "speed": speed}
    result["as_read"] = _by_part(_as_read(docs), golds)
    result["trained"] = _trained(docs, golds)
    seed_preds, seed_golds = _seeds()
    result["seeds"] = {n: _score(seed_preds, seed_golds, [n]) for n in seed_golds}
    scan = _scanned(docs, out) if scanned else None
    if scan is not None:
        result["scanned"] = _by_part(scan[0], {k: v for k, v in golds.items() if k in scan[0]})
    base = None
    if baseline:
        from .parse_baseline import COMMIT, available

        why = available()
        if why is None:
            base = _baseline(docs, seed_golds, scan[1] if scan else None)
            result["baseline"] = {"commit": COMMIT, "clean": _by_part(base, golds),
                                  "seeds": {n: _score(base, seed_golds, [n]) for n in seed_golds}}
            if scan is not None:
                scan_base = {k[5:]: v for k, v in base.items() if k.startswith("scan/")}
                result["baseline"]["scanned"] = _by_part(scan_base, {k: v for k, v in golds.items() if k in scan_base})
        else:
            result["baseline"] = {"skipped": why}
            print(f"\nbaseline skipped: {why}", file=out)
    _report(result, out)
    return result


def _report(result: dict, out) -> None:
    n = result["split"]
    base = result.get("baseline", {})
    b = base.get("clean")
    _table(f"Parse, text as given: development part ({n['development']} documents) and TEST part "
           f"({n['test']} documents, the headline); baseline = the rules at {base.get('commit', '-')}",
           [("dev base", b and b["development"]), ("dev now", result["clean"]["development"]),
            ("TEST base", b and b["test"]), ("TEST now", result["clean"]["test"])], out)
    if "as_read" in result:
        r = result["as_read"]
        print(f"\nThrough dispatch read (ingest, repair, parse), overall F1: TEST {r['test']['overall_f1']:.3f}, "
              f"development {r['development']['overall_f1']:.3f}", file=out)
    seeds = result["seeds"]
    bs = base.get("seeds", {})
    print("\nSeeds (seed 000 as text, seed 002 from its OCR-damaged text through repair), overall F1:", file=out)
    for name, s in seeds.items():
        was = f"{bs[name]['overall_f1']:.3f}" if name in bs else "-"
        print(f"  {name}: {s['overall_f1']:.3f} (baseline {was})", file=out)
    if "scanned" in result:
        sb = base.get("scanned")
        _table("Parse, scan-like renderings read by OCR, repaired and parsed",
               [("dev base", sb and sb["development"]), ("dev now", result["scanned"]["development"]),
                ("TEST base", sb and sb["test"]), ("TEST now", result["scanned"]["test"])], out)
    for name, r in result.get("trained", {}).items():
        if name == "shipped" or "with" not in r:
            continue
        print(f"\nTrained component {name} (shipped: {name in result['trained']['shipped']}), F1:", file=out)
        for field in ("tasks", "tasks.count", "tasks.assignees", "tasks.deadline"):
            print(f"  {field:<16} dev rules {r['rules']['development']['fields'][field]['f1']:.3f} "
                  f"with {r['with']['development']['fields'][field]['f1']:.3f} | TEST rules "
                  f"{r['rules']['test']['fields'][field]['f1']:.3f} with {r['with']['test']['fields'][field]['f1']:.3f}",
                  file=out)
        print(f"  {'overall':<16} dev rules {r['rules']['development']['overall_f1']:.3f} with "
              f"{r['with']['development']['overall_f1']:.3f} | TEST rules {r['rules']['test']['overall_f1']:.3f} "
              f"with {r['with']['test']['overall_f1']:.3f}", file=out)
    s = result["speed"]
    print(f"\nparse speed: {s['mean_ms']} ms mean, {s['median_ms']} ms median, {s['max_ms']} ms max per text "
          f"document ({s['documents']} documents, pipeline loaded)", file=out)
    print("\nTargets (TEST part):", file=out)
    for line in _targets(result["clean"]["test"], seeds, result.get("scanned"), s):
        print(f"  {line}", file=out)


# --------------------------------------------------------------------------- errors of the development part


def errors_report(shared: Path, part: str = "dev", scanned: bool = False, out=None, folds: list[str] | None = None) -> int:
    """Print every wrong field of every development document (of the ``folds`` given, else of all),
    gold beside what was read. Refuses the test part: rules are tuned from the development part only."""
    out = out or sys.stdout
    if part not in ("dev", "development"):
        print(f"evaluate.parse: error: --errors {part}: only the development part may be looked at "
              "(the test part is the held-out score)", file=sys.stderr)
        return 2
    from ..parse import to_contract

    from .folds import ids_of

    docs = development_documents(Path(shared), ids_of(folds) if folds else None)
    counts = new_counts()
    for doc in docs:
        text, gold = doc.text(), doc.gold()
        if scanned:
            pages = _rendered(doc.id, text)
            pred = to_contract(_read_pages(pages, _ocr_cache()).fields) if pages else {}
        else:
            pred = _contract_of_text(text)
        errors: list[str] = []
        score_document(pred, gold, counts, errors)
        if errors:
            out.write(error_listing(f"{doc.id} ({doc.text_path.relative_to(Path(shared))})", errors))
    which = f"folds {','.join(folds)} of the development part" if folds else "development part"
    print(summary_line(which, len(docs), counts), file=out)
    return 0


# --------------------------------------------------------------------------- speed


def benchmark(shared: Path) -> dict:
    """Time to parse one text document (spaCy pipeline already loaded), over the dev documents."""
    from ..parse import parse_text
    from ..parse.nlp import get_nlp

    docs = evaluation_documents(Path(shared))
    get_nlp()
    texts = [d.text() for d in docs]
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
    parser.add_argument("--shared", default=str(ROOT.parent / "shared"), help="the shared data folder")
    parser.add_argument("--no-scan", action="store_true", help="skip the scan-like rendering part")
    parser.add_argument("--no-baseline", action="store_true", help="skip the baseline (the rules at cad5ba9)")
    parser.add_argument("--errors", metavar="PART", help="print every wrong field of the development part ('dev')")
    parser.add_argument("--scan", action="store_true", help="with --errors: read the scan-like renderings")
    fold_option(parser, "with --errors: only the documents of these development folds")
    parser.add_argument("--folds", action="store_true", help="F1 of each development fold (rules and baseline)")
    parser.add_argument("--trained", metavar="NAMES", help="with --folds: the trained components to use "
                        "(comma-separated; '' for the rules alone; default: the shipped choice)")
    parser.add_argument("--save", type=Path, metavar="FILE", help="with --folds: save the scores")
    parser.add_argument("--against", type=Path, metavar="FILE", help="with --folds: show the change against saved scores")
    parser.add_argument("--bench", action="store_true", help="also time the parser")
    parser.add_argument("--json", action="store_true", help="print the numbers as JSON")
    args = parser.parse_args(argv)
    if not Path(args.shared).is_dir():
        print(f"evaluate.parse: error: {args.shared} is not there: the evaluation needs the shared data",
              file=sys.stderr)
        return 3
    if args.folds:
        from .folds import main_folds

        trained = tuple(x for x in args.trained.split(",") if x) if args.trained is not None else None
        return main_folds(Path(args.shared), args.save, args.against, baseline=not args.no_baseline,
                          trained=trained)
    if args.errors:
        return errors_report(Path(args.shared), args.errors, scanned=args.scan, folds=args.fold)
    result = evaluate(Path(args.shared), scanned=not args.no_scan, verbose=not args.json,
                      baseline=not args.no_baseline)
    if args.bench:
        result["benchmark"] = benchmark(Path(args.shared))
    if args.json:
        print(json.dumps(result, indent=2))
    return 0 if result else 1


if __name__ == "__main__":
    sys.exit(main())
