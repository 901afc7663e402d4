"""Golden parse outputs of the samples, produced by the code and checked by hand against the text.

Regenerate after a deliberate change with ``DISPATCH_UPDATE_GOLDEN=1 pytest tests/test_parse_samples.py``
and check every changed line against the document before committing.

* ``seed000.expected.json``: seed 000 (clean Youth Union dispatch) read through the whole pipeline.
* ``seed002.expected.json``: seed 002 parsed from its correct reading (``seed002.expected.txt``).
  Seed 002 as it is (damaged OCR, columns merged) is read through ingest, repair and parse and
  must agree with that golden on the parts that survive the damage, with a field score of at
  least 0.65 over the contract (a regression floor).
"""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest

from dispatch_tools.evaluate.parse import FIELDS, Counts, score_document
from dispatch_tools.options import Options
from dispatch_tools.parse import parse_text, to_contract
from dispatch_tools.pipeline import read

SAMPLES = Path(__file__).resolve().parent.parent / "samples"
UPDATE = os.environ.get("DISPATCH_UPDATE_GOLDEN") == "1"


def _contract(doc) -> dict:
    return to_contract(doc.fields, [f"{n.stage}: {n.message}" for n in doc.notices if n.stage == "parse"])


def _check(actual: dict, name: str) -> None:
    path = SAMPLES / name
    if UPDATE:
        path.write_text(json.dumps(actual, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
    expected = json.loads(path.read_text(encoding="utf-8"))
    for key in expected:
        assert actual.get(key) == expected[key], key
    assert set(actual) == set(expected)


def test_seed000_golden():
    doc = read(SAMPLES / "seed000.txt", Options(jobs=1))
    _check(_contract(doc), "seed000.expected.json")


def test_seed002_golden_from_its_correct_reading():
    doc = parse_text((SAMPLES / "seed002.expected.txt").read_text(encoding="utf-8"))
    _check(_contract(doc), "seed002.expected.json")


def test_seed002_damaged_through_repair():
    expected = json.loads((SAMPLES / "seed002.expected.json").read_text(encoding="utf-8"))
    doc = read(SAMPLES / "seed002.txt", Options(jobs=1))
    actual = to_contract(doc.fields)
    for key in ("number", "doc_type", "date", "place", "issuer", "parent_issuer", "references", "links"):
        assert actual[key] == expected[key], key
    when = lambda data: [(d["date"], d["time"]) for d in data["deadlines"]]  # noqa: E731
    assert when(actual) == when(expected)
    assert actual["signer"]["authority"] == expected["signer"]["authority"]
    assert actual["signer"]["title"] == expected["signer"]["title"]
    counts = {name: Counts() for name in FIELDS}
    score_document(actual, expected, counts)
    total = Counts()
    for c in counts.values():
        total.add(c.tp, c.fp, c.fn)
    # the remaining errors are words the repair stage leaves damaged (0.72 when written; the
    # project target for damaged input is 0.93): this floor guards against regressions
    assert total.f1 >= 0.65, {k: round(c.f1, 2) for k, c in counts.items()}


@pytest.mark.parametrize("name", ["seed000.txt", "seed002.txt", "seed002.expected.txt"])
def test_samples_parse_fast(name):
    import time

    text = (SAMPLES / name).read_text(encoding="utf-8")
    parse_text(text)  # the spaCy pipeline is built once per process
    started = time.perf_counter()
    for _ in range(3):
        parse_text(text)
    assert (time.perf_counter() - started) / 3 < 0.25  # 50 ms target, slack for a busy machine
