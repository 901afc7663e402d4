"""Writes ``tests/data/restore_samples.json``: what ``repair.restore`` makes of the text of every
sample (as ingest reads it, OCR from ``tests/ocr-cache``; the text samples also stripped of their
marks), kept with the text itself so that the test does not depend on ingest.

    python -m tests.restore_fixture

Run it only when a change of repair is meant to change its results; ``test_large_text.py``
checks that repairing long text piece by piece left them as they were.
"""

from __future__ import annotations

import json
import os
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
FIXTURE = ROOT / "tests" / "data" / "restore_samples.json"
STRIPPED = ["seed000.txt", "seed002.clean.txt", "congvan.txt", "kehoach.txt"]


def read_by_ocr(doc) -> bool:
    """As ``repair_document`` decides it."""
    sources = [line.source for page in doc.pages for line in page.lines if line.text.strip()]
    return sum(1 for src in sources if src.startswith("tesseract") and "vie" in src) > len(sources) / 2


def sample_texts() -> dict[str, tuple[str, bool]]:
    """(text, read by OCR) of every sample, and of the text samples stripped of their marks."""
    from dispatch_tools.ingest import ingest
    from dispatch_tools.options import Options
    from dispatch_tools.repair.vietnamese import strip_marks

    os.environ["DISPATCH_OCR_CACHE"] = str(ROOT / "tests" / "ocr-cache")
    texts = {}
    for path in sorted((ROOT / "samples").iterdir()):
        if path.suffix in (".json", ".md", ".py"):
            continue
        doc = ingest(path, Options(repair=False))
        texts[path.name] = (doc.raw_text, read_by_ocr(doc))
    for name in STRIPPED:
        texts[f"{name} stripped"] = (strip_marks(texts[name][0]), False)
    return texts


def main() -> None:
    from dispatch_tools.repair import restore

    out = {}
    for name, (text, ocr) in sample_texts().items():
        result = restore(text, read_by_ocr=ocr)
        out[name] = {"text": text, "read_by_ocr": ocr, "encoding": result.encoding,
                     "changes": [[c.start, c.end, c.original, c.replacement, c.kind, c.confidence]
                                 for c in result.changes]}
    FIXTURE.write_text(json.dumps(out, ensure_ascii=False, indent=0) + "\n", encoding="utf-8")
    print(f"{FIXTURE}: {len(out)} texts")


if __name__ == "__main__":
    main()
