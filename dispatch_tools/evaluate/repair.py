"""Evaluate text repair: syllable accuracy against baselines, and speed.

    python -m dispatch_tools.evaluate.repair --shared ../shared [--bench]

Syllable accuracy = share of the reference's alphabetic words that come out exactly right
(case-sensitive), after aligning the two word sequences (difflib on diacritic-free keys).

(a) stripped:  held-out administrative corpus lines (``corpus.is_heldout``; never trained on)
               and the dev documents, marks removed, restored; pyvi's ``ViUtils.add_accents`` on
               the same input as the baseline (a line it crashes on counts as wrong)
(b) ocr:       held-out lines rendered as a scan (Liberation Serif, noise), OCR'd with
               ``tesseract -l eng`` (cached in ``models/repair/ocr_eval.jsonl``), repaired
(c) unchanged: the same correct text given as it is: share of syllables left untouched
(d) seed 002:  ``samples/seed002.txt`` (a real OCR'd dispatch) against
               ``samples/seed002.expected.txt``, when both exist
(e) real documents: the Word-born PDFs of ``../shared/scans`` (those with a ``.textlayer.txt``),
               pages rasterised at 300 dpi and OCR'd with ``tesseract -l eng`` (cached in
               ``~/.cache/dispatch_tools/render/ocr/eng-real``), repaired as whole documents and
               scored against their text layers (:func:`dispatch_tools.evaluate.ocr_accuracy.score`,
               which also counts text read right but placed elsewhere); no line of them was
               trained on
"""

from __future__ import annotations

import argparse
import difflib
import re
import sys
import time
from pathlib import Path

from ..repair.vietnamese import strip_marks
from ..training.corpus import ADMIN_FILES, iter_lines
from .peak import own_peak_mb

_WORD = re.compile(r"[^\W\d_]+")
HELDOUT_LINES = 3000
ROOT = Path(__file__).resolve().parents[2]


def words(text: str) -> list[str]:
    return _WORD.findall(text)


def syllable_counts(reference: str, hypothesis: str) -> tuple[int, int]:
    """(correct, total) alphabetic words of the reference."""
    ref, hyp = words(reference), words(hypothesis)
    if len(ref) == len(hyp):
        return sum(r == h for r, h in zip(ref, hyp)), len(ref)
    matcher = difflib.SequenceMatcher(None, [strip_marks(w).lower() for w in ref],
                                      [strip_marks(w).lower() for w in hyp], autojunk=False)
    correct = 0
    for tag, i1, i2, j1, j2 in matcher.get_opcodes():
        if tag == "equal" or tag == "replace" and i2 - i1 == j2 - j1:
            correct += sum(ref[i] == hyp[j] for i, j in zip(range(i1, i2), range(j1, j2)))
    return correct, len(ref)


def heldout_lines(shared: Path, limit: int = HELDOUT_LINES) -> list[str]:
    out = []
    for _, line in iter_lines(shared / "corpus", "heldout", files=ADMIN_FILES):
        out.append(line)
        if len(out) >= limit:
            break
    return out


def dev_texts(shared: Path) -> list[str]:
    return [p.read_text(encoding="utf-8") for p in sorted((shared / "dev" / "docs").glob("*.txt"))]


def restore_lines(lines: list[str], chunk: int = 200, read_by_ocr: bool = False) -> list[str]:
    """Restore independent lines, many per call (blank lines keep them apart)."""
    from ..repair import restore

    out: list[str] = []
    for i in range(0, len(lines), chunk):
        out.extend(restore("\n\n".join(lines[i:i + chunk]), read_by_ocr=read_by_ocr).text.split("\n\n"))
    return out


def _pyvi(texts: list[str]) -> list[str]:
    """pyvi's restoration, one line at a time (it is a sentence model); a line it crashes on
    comes back empty, so its words count as wrong."""
    try:
        from pyvi import ViUtils
    except ImportError:  # pragma: no cover - dev extra not installed
        return []
    out = []
    for text in texts:
        lines = []
        for line in text.split("\n"):
            try:
                lines.append(ViUtils.add_accents(line) if line.strip() else line)
            except Exception:
                lines.append("")
        out.append("\n".join(lines))
    return out


def _score(refs: list[str], hyps: list[str]) -> dict:
    correct = total = 0
    for ref, hyp in zip(refs, hyps):
        c, t = syllable_counts(ref, hyp)
        correct += c
        total += t
    return {"correct": correct, "total": total, "accuracy": round(correct / total, 4) if total else 0.0}


def _row(name: str, result: dict) -> str:
    return f"  {name:<44} {100 * result['accuracy']:6.2f}%  ({result['correct']}/{result['total']})"


def evaluate(shared: Path, with_ocr: bool = True) -> dict:
    shared = Path(shared)
    results: dict = {}
    print("Text repair (syllable accuracy, case-sensitive)")
    lines = heldout_lines(shared)
    docs = dev_texts(shared)
    for name, refs in (("heldout", lines), ("dev", docs)):
        stripped = [strip_marks(t) for t in refs]
        started = time.perf_counter()
        ours = restore_lines(stripped) if name == "heldout" else [
            _restore_text(t) for t in stripped]
        seconds = time.perf_counter() - started
        results[f"stripped_{name}"] = _score(refs, ours)
        results[f"stripped_{name}"]["seconds"] = round(seconds, 2)
        results[f"stripped_{name}_as_is"] = _score(refs, stripped)
        pyvi = _pyvi(stripped)
        if pyvi:
            results[f"stripped_{name}_pyvi"] = _score(refs, pyvi)
        unchanged = restore_lines(refs) if name == "heldout" else [_restore_text(t) for t in refs]
        results[f"unchanged_{name}"] = _score(refs, unchanged)
        # the same correct text as if an OCR engine that knows Vietnamese had read it: marks are
        # then evidence, not proof, and a change needs the language model to be very sure
        read = restore_lines(refs, read_by_ocr=True) if name == "heldout" else [
            _restore_text(t, read_by_ocr=True) for t in refs]
        results[f"unchanged_read_{name}"] = _score(refs, read)
    label = {"heldout": f"held-out admin corpus lines ({len(lines)})", "dev": f"dev documents ({len(docs)})"}
    for name in ("heldout", "dev"):
        print(f"(a) diacritics stripped, {label[name]}")
        print(_row("as given (no marks)", results[f"stripped_{name}_as_is"]))
        if f"stripped_{name}_pyvi" in results:
            print(_row("pyvi ViUtils.add_accents", results[f"stripped_{name}_pyvi"]))
        print(_row("dispatch_tools.repair", results[f"stripped_{name}"]))
    if with_ocr:
        results.update(evaluate_ocr(shared))
    for name in ("heldout", "dev"):
        print(f"(c) correct text left unchanged, {label[name]}")
        print(_row("dispatch_tools.repair", results[f"unchanged_{name}"]))
        print(_row("dispatch_tools.repair, as read by OCR", results[f"unchanged_read_{name}"]))
    seed = ROOT / "samples" / "seed002.txt"
    expected = ROOT / "samples" / "seed002.expected.txt"
    if seed.is_file() and expected.is_file():
        ref = expected.read_text(encoding="utf-8")
        raw = seed.read_text(encoding="utf-8")
        results["seed002_as_is"] = _score([ref], [raw])
        results["seed002"] = _score([ref], [_restore_text(raw)])
        print("(d) seed 002 (real scan OCR'd without Vietnamese)")
        print(_row("as OCR'd", results["seed002_as_is"]))
        print(_row("dispatch_tools.repair", results["seed002"]))
    if with_ocr:
        results.update(evaluate_real_documents(shared))
    return results


REAL_OCR_VERSION = "1"  # bump to OCR the real documents again


def _eng_ocr_pages(pdf: Path) -> list[str]:
    """The pages of ``pdf`` rasterised at 300 dpi and OCR'd with Tesseract's English model
    (page segmentation left to the engine, as an OCR pass that does not know Vietnamese would
    run it); cached by the file's content."""
    import hashlib
    import json
    import subprocess
    import tempfile

    import pytesseract
    from PIL import Image

    from .scan_renderer import cache_dir

    digest = hashlib.sha256(pdf.read_bytes()).hexdigest()[:16]
    cached = cache_dir("ocr", "eng-real") / f"{digest}-v{REAL_OCR_VERSION}.json"
    if cached.is_file():
        return json.loads(cached.read_text(encoding="utf-8"))
    pages = []
    with tempfile.TemporaryDirectory(prefix="dispatch-eval-eng-") as tmp:
        subprocess.run(["pdftoppm", "-r", "300", "-gray", "-png", str(pdf), f"{tmp}/p"], check=True)
        for png in sorted(Path(tmp).glob("p-*.png"), key=lambda p: int(p.stem.split("-")[-1])):
            with Image.open(png) as image:
                pages.append(pytesseract.image_to_string(image, lang="eng"))
    cached.write_text(json.dumps(pages, ensure_ascii=False), encoding="utf-8")
    return pages


def evaluate_real_documents(shared: Path) -> dict:
    """(e): Word-born PDFs OCR'd with ``-l eng``, repaired, against their text layers."""
    from .ocr_accuracy import columns_in_order, score

    layers = sorted((Path(shared) / "scans").glob("*.textlayer.txt"))
    pairs = [(layer, layer.with_name(layer.name.replace(".textlayer.txt", ".pdf"))) for layer in layers]
    pairs = [(layer, pdf) for layer, pdf in pairs if pdf.is_file()]
    if not pairs:
        return {}
    totals = {"real_eng_as_is": [0, 0], "real_eng_pyvi": [0, 0], "real_eng": [0, 0]}
    rows = []
    for layer, pdf in pairs:
        reference = columns_in_order(layer.read_text(encoding="utf-8"))
        read = "\n\n".join(_eng_ocr_pages(pdf))
        repaired = _restore_text(read)
        pyvi = _pyvi([read])
        row = [pdf.name[:40]]
        readings = [("real_eng_as_is", read)] + ([("real_eng_pyvi", pyvi[0])] if pyvi else []) \
            + [("real_eng", repaired)]
        for key, text in readings:
            right, count, _ = score(reference, text)
            totals[key][0] += right
            totals[key][1] += count
            row.append(f"{100 * right / count:6.2f}%" if count else "-")
        rows.append(row)
    out = {k: {"correct": c, "total": t, "accuracy": round(c / t, 4) if t else 0.0}
           for k, (c, t) in totals.items() if t}
    print(f"(e) real documents ({len(pairs)} Word-born PDFs of scans/), 300 dpi, tesseract -l eng, "
          "against their text layers")
    print(f"    {'file':<40} " + "  ".join(f"{h:>7}" for h in ["as OCR'd"] + ["pyvi"] * (
        "real_eng_pyvi" in out) + ["repaired"]))
    for row in rows:
        print(f"    {row[0]:<40} " + "  ".join(f"{c:>7}" for c in row[1:]))
    print(_row("as OCR'd", out["real_eng_as_is"]))
    if "real_eng_pyvi" in out:
        print(_row("pyvi ViUtils.add_accents", out["real_eng_pyvi"]))
    print(_row("dispatch_tools.repair", out["real_eng"]))
    return out


def evaluate_ocr(shared: Path) -> dict:
    """(b): held-out lines rendered as a scan and OCR'd with -l eng, then repaired."""
    from ..training.ocr_errors import SETS, load_pairs, make_pairs, save_pairs
    from ..resources import model_path

    if not model_path("repair", SETS["eval"][3]).is_file():  # render + OCR: minutes, then cached
        part, count, seed, _ = SETS["eval"]
        save_pairs("eval", make_pairs(shared / "corpus", part, count, seed))
    rows = load_pairs(shared / "corpus", "eval")
    refs = [r["source"] for r in rows]
    ocr = [r["ocr"] for r in rows]
    # the lines of a page are repaired together, as a document would be
    pages = ["\n".join(ocr[i:i + 30]) for i in range(0, len(ocr), 30)]
    started = time.perf_counter()
    repaired = []
    for page in pages:
        repaired.extend(_restore_text(page).split("\n"))
    seconds = time.perf_counter() - started
    out = {"ocr_as_is": _score(refs, ocr), "ocr": _score(refs, repaired)}
    out["ocr"]["seconds"] = round(seconds, 2)
    pyvi = _pyvi(ocr)
    if pyvi:
        out["ocr_pyvi"] = _score(refs, pyvi)
    print(f"(b) OCR-damaged: {len(rows)} held-out lines rendered as a scan, tesseract -l eng")
    print(_row("as OCR'd", out["ocr_as_is"]))
    if pyvi:
        print(_row("pyvi ViUtils.add_accents", out["ocr_pyvi"]))
    print(_row("dispatch_tools.repair", out["ocr"]))
    return out


def _restore_text(text: str, read_by_ocr: bool = False) -> str:
    from ..repair import restore

    return restore(text, read_by_ocr=read_by_ocr).text


def benchmark(shared: Path) -> dict:
    """Restoration speed on stripped held-out text (one process, one core) and peak memory."""
    from ..repair import lm, restore

    started = time.perf_counter()
    lm.load()
    load_seconds = time.perf_counter() - started
    lines = [strip_marks(t) for t in heldout_lines(Path(shared), 2000)]
    text_chunks = ["\n\n".join(lines[i:i + 200]) for i in range(0, len(lines), 200)]
    restore(text_chunks[0])  # warm the candidate cache the way a long-running process would
    syllables = sum(len(words(t)) for t in text_chunks)
    started, cpu_started = time.perf_counter(), time.process_time()
    for chunk in text_chunks:
        restore(chunk)
    seconds = time.perf_counter() - started
    cpu = time.process_time() - cpu_started
    peak_mb = own_peak_mb()  # this process's own, not the copy of the bench it started as
    result = {"load_seconds": round(load_seconds, 3), "syllables": syllables,
              "seconds": round(seconds, 2), "cpu_seconds": round(cpu, 2),
              "syllables_per_second": round(syllables / cpu),
              "syllables_per_wall_second": round(syllables / seconds),
              "peak_memory_mb": round(peak_mb)}
    print("Text repair speed (stripped held-out text, one process on one core)")
    print(f"  model load {result['load_seconds']} s; {syllables} syllables in {result['cpu_seconds']} s"
          f" of CPU = {result['syllables_per_second']:,} syllables/s "
          f"(wall clock {result['seconds']} s = {result['syllables_per_wall_second']:,}/s, "
          f"slower when other jobs share the core); peak memory {result['peak_memory_mb']} MB")
    return result


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description="Evaluate text repair")
    ap.add_argument("--shared", type=Path, default=ROOT.parent / "shared")
    ap.add_argument("--bench", action="store_true", help="measure speed instead")
    ap.add_argument("--no-ocr", action="store_true", help="skip the OCR-damage part")
    args = ap.parse_args(argv)
    if not (args.shared / "corpus").is_dir():
        print(f"{args.shared}: shared data not found; pass --shared", file=sys.stderr)
        return 3
    if args.bench:
        benchmark(args.shared)
    else:
        evaluate(args.shared, with_ocr=not args.no_ocr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
