"""Which development documents each entry of the task lexicons serves: the entry is taken out, the
development part parsed again, and every document whose task score moves is listed.

    python -m dispatch_tools.evaluate.lexicon_use [--files task_verbs.txt,body_nouns.txt] [--out F.json]

An entry that serves one document only was most likely written for that document's words: it is
a suspect of over-fitting, to be replaced by a general mechanism or a list mined from the corpus.
An entry that serves none is not evidence of anything (a verb may simply not occur). Only
development documents are read. The copies of the lexicon files live in a temporary folder that
``DISPATCH_MODELS`` points the parser to; nothing in ``models/`` is changed.
"""

from __future__ import annotations

import argparse
import json
import shutil
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
FILES = ("task_verbs.txt", "body_nouns.txt", "assignee_starts.txt", "person_titles.txt", "assignee_stops.txt",
         "not_bodies.txt", "name_qualifiers.txt", "cue_exclusions.txt", "approvals.txt", "information.txt",
         "rule_of_law.txt", "non_task_headings.txt")


def _clear_caches() -> None:
    """Forget every lexicon the parse stage loaded (the pipeline itself is kept)."""
    import importlib
    import pkgutil

    from .. import parse, resources

    resources.models_dir.cache_clear()
    for info in pkgutil.iter_modules(parse.__path__):
        module = importlib.import_module(f"{parse.__name__}.{info.name}")
        for name, value in vars(module).items():
            if hasattr(value, "cache_clear") and name != "get_nlp" and getattr(value, "__module__", "") == module.__name__:
                value.cache_clear()
        if hasattr(module, "_EXCLUDE"):
            module._EXCLUDE = None


def _task_credit(docs) -> dict[str, float]:
    from .parse_score import new_counts, score_document
    from ..parse import parse_text, to_contract

    def _contract_of_text(text: str) -> dict:
        return to_contract(parse_text(text).fields)

    out = {}
    for doc in docs:
        counts = new_counts()
        score_document(_contract_of_text(doc.text()), doc.gold(), counts)
        out[doc.id] = round(counts["tasks"].f1, 4)
    return out


def audit(shared: Path, files=FILES) -> dict:
    """{file: [{entry, helps: [ids], hurts: [ids]}]} for every entry of ``files``."""
    import os

    from .split import development_documents
    from ..parse.nlp import get_nlp

    docs = development_documents(Path(shared))
    source = ROOT / "models"
    work = Path(tempfile.mkdtemp(prefix="lexicon-use-"))
    old = os.environ.get("DISPATCH_MODELS")
    try:
        shutil.copytree(source, work / "models", ignore=shutil.ignore_patterns("lm"))
        (work / "models" / "lm").symlink_to(source / "lm")
        os.environ["DISPATCH_MODELS"] = str(work / "models")
        _clear_caches()
        get_nlp()
        base = _task_credit(docs)
        out: dict[str, list] = {}
        for name in files:
            path = work / "models" / "parse" / name
            original = path.read_text(encoding="utf-8")
            lines = original.splitlines()
            out[name] = []
            for i, line in enumerate(lines):
                if not line.strip() or line.lstrip().startswith("#"):
                    continue
                path.write_text("\n".join(lines[:i] + lines[i + 1:]) + "\n", encoding="utf-8")
                _clear_caches()
                now = _task_credit(docs)
                out[name].append({"entry": line, "helps": sorted(d for d in base if now[d] < base[d]),
                                  "hurts": sorted(d for d in base if now[d] > base[d])})
            path.write_text(original, encoding="utf-8")
    finally:
        if old is None:
            os.environ.pop("DISPATCH_MODELS", None)
        else:
            os.environ["DISPATCH_MODELS"] = old
        _clear_caches()
        shutil.rmtree(work, ignore_errors=True)
    return out


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--shared", type=Path, default=ROOT.parent / "shared")
    ap.add_argument("--files", help="comma-separated lexicon files (default: the task lexicons)")
    ap.add_argument("--out", type=Path, help="also write the result as JSON")
    args = ap.parse_args(argv)
    if not (args.shared / "dev").is_dir():
        print(f"evaluate.lexicon_use: error: {args.shared}/dev is not there", file=sys.stderr)
        return 3
    result = audit(args.shared, tuple(args.files.split(",")) if args.files else FILES)
    for name, entries in result.items():
        single = [e for e in entries if len(e["helps"]) == 1]
        print(f"\n{name}: {len(entries)} entries, {sum(bool(e['helps']) for e in entries)} serve a document, "
              f"{len(single)} serve exactly one")
        for e in entries:
            if e["helps"] or e["hurts"]:
                print(f"  {e['entry']!r:<34} helps {','.join(e['helps']) or '-'}"
                      + (f"  hurts {','.join(e['hurts'])}" if e["hurts"] else ""))
    if args.out:
        args.out.write_text(json.dumps(result, ensure_ascii=False, indent=1), encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
