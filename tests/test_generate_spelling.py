"""Every Vietnamese word the generators write is a real, correctly accented word: each syllable of
the text blocks and of the generated documents must occur in the shared corpus of real Vietnamese.
Abbreviations in capitals (UBND, BCH, VHTT), links and numbers are left out. Skipped without
../shared."""

from __future__ import annotations

import gzip
import json
import re
import unicodedata
from functools import lru_cache
from pathlib import Path

import pytest

from tests.conftest import shared_path
from dispatch_tools.generate.annex import annex_form
from dispatch_tools.generate.checklist import checklist_items, to_markdown
from dispatch_tools.generate.profile import load_profile
from dispatch_tools.generate.reply import build_reply
from dispatch_tools.model import Fields

ROOT = Path(__file__).resolve().parents[1]
MODELS = ROOT / "models" / "generate"
WORD = re.compile(r"[^\W\d_]+")
URL = re.compile(r"https?://\S+|\{[^}]*\}")
SAMPLE_CHARS = 3_000_000  # of administrative and legal text: enough for the words used here


@lru_cache(maxsize=1)
def vocabulary() -> frozenset[str]:
    words: set[str] = set()
    for name in ("admin_reports.txt.gz", "legal_phapdien.txt.gz"):
        seen = 0
        with gzip.open(shared_path("corpus", name), "rt", encoding="utf-8") as fh:
            for line in fh:
                words.update(w.lower() for w in WORD.findall(unicodedata.normalize("NFC", line)))
                seen += len(line)
                if seen > SAMPLE_CHARS:
                    break
    return frozenset(words)


def unknown(texts) -> set[str]:
    vocab = vocabulary()
    out = set()
    for text in texts:
        for w in WORD.findall(URL.sub(" ", text)):
            if w.isupper() and len(w) <= 6:  # an abbreviation: UBND, BCH, VHTT, STT
                continue
            if w.lower() not in vocab:
                out.add(w)
    return out


def strings(node, skip=("_comment", "value")):
    if isinstance(node, str):
        yield node
    elif isinstance(node, dict):
        for k, v in node.items():
            if k not in skip:
                yield from strings(v)
    elif isinstance(node, list):
        for v in node:
            yield from strings(v)


def test_text_blocks_are_spelled_correctly():
    texts = []
    for name in ("text.json", "annex.json", "names.json"):
        texts += list(strings(json.loads((MODELS / name).read_text(encoding="utf-8"))))
    example = (MODELS / "profile.example.toml").read_text(encoding="utf-8")
    texts += re.findall(r'^(?!system)\w+ = "([^"]*)"', example, flags=re.M)
    assert all(unicodedata.is_normalized("NFC", t) for t in texts)
    assert unknown(texts) == set()


@pytest.mark.parametrize("seed", ["seed000", "seed002"])
def test_generated_documents_are_spelled_correctly(seed):
    """The words the generators add; the dispatch's own words (names of people and places) are
    the input's, not ours."""
    source = (ROOT / "tests" / "data" / f"{seed}.fields.json").read_text(encoding="utf-8")
    fields = Fields.from_dict(json.loads(source))
    profile = load_profile(MODELS / "profile.example.toml")
    texts = []
    for form in ("bao-cao", "cong-van"):
        d, _ = build_reply(fields, profile, form=form)
        texts += [p.text for p in d.paragraphs]
        texts += [c.text for t in d.tables for row in t.rows for c in row.cells]
    form, _ = annex_form(fields, profile)
    texts += [form.label, form.title, form.attached] + [b.text for b in form.blocks]
    texts.append(to_markdown(fields, checklist_items(fields)))
    theirs = {w.lower() for w in WORD.findall(source)}
    assert {w for w in unknown(texts) if w.lower() not in theirs} == set()


def test_the_check_catches_a_missing_diacritic():
    assert unknown(["Kết quả thực hiện"]) == set()
    assert unknown(["Ket qua thuc hien", "Kết quă"]) == {"thuc", "hien", "quă"}

