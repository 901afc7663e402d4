"""Lint the tasks the parser reads from real Vietnamese sentences, without gold.

    python -m dispatch_tools.evaluate.task_lint [--corpus DIR] [--every N] [--show RULE] [--save FILE]
                                                [--load FILE] [--compare FILE]

Every sentence of ``../shared/corpus/{admin_reports,legal_phapdien}.txt.gz`` that carries a request or
duty cue of the parser's lexicon (``models/parse/task_cues.txt``: ``có trách nhiệm``, ``chủ trì``,
``đề nghị``, ``giao`` before a name …) or ``phối hợp với`` is taken (of ``legal_phapdien``, the one
sentence in ``--every`` a fixed hash picks), wrapped as the one item of a short composed dispatch, and
parsed; each task's assignees are checked against the shape rules of :mod:`.task_lint_rules`. A fixed
hash of the sentence splits them into a study half and a held half, so a rule mended on the study half's
anomalies is confirmed on the held half. The figures are, per rule, the share of the sentences read
with at least one task whose parse breaks the rule.

``--show RULE`` prints the study half's anomalies of that rule (``--part held`` for the other half);
``--save`` keeps every sentence's tasks, ``--load`` reads them back instead of parsing, and ``--compare``
prints the sentences whose tasks differ from a saved run, with the rules each breaks before and after.
Without the corpus the command says so and stops cleanly.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import re
import sys
import unicodedata
from pathlib import Path

from ..training.corpus import raw_lines
from .task_lint_rules import RULES, lint_sentence

SOURCES = ("admin_reports", "legal_phapdien")
SEED = "20261250"
HEAD = ("ỦY BAN NHÂN DÂN\nTỈNH AN BÌNH\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n"
        "Số: 100/UBND-VP\nAn Bình, ngày 02 tháng 3 năm 2026\nV/v phân công thực hiện nhiệm vụ\n"
        "Ủy ban nhân dân tỉnh phân công thực hiện nhiệm vụ như sau:\n")
FOOT = "\nNơi nhận:\n- Lưu: VT.\nCHỦ TỊCH\nNguyễn Văn An\n"

_SPLIT = re.compile(r"(?<=[.!?])\s+(?=[A-ZĐÀ-Ỹ\"“])")
_MARKER = re.compile(r"^(?:\d{1,2}(?:\.\d{1,2})*\.|[a-zđ]\)|[-–+•])\s*")
_GLUED = re.compile(r"\s*(?:Điều \d+(?:\.[\wĐ]+)+\.|\(Điều này có nội dung liên quan đến).*$")
_GIAO = re.compile(r"\b[Gg]iao(?: cho)? (?=[A-ZĐÀ-Ỹ])")


def _cue_re() -> re.Pattern:
    from ..parse.text import load_table, words_regex

    cues = [row[1] for row in load_table("task_cues.txt") if row[1] != "giao"] + ["phối hợp với"]
    return words_regex(cues, fold=False)


def sentences(corpus: Path, every: int):
    """``(source, sentence)`` for each distinct cue sentence of 6 to 80 words the draw keeps."""
    cue = _cue_re()
    seen = set()
    for source in SOURCES:
        for line in raw_lines(corpus, (source,)):
            line = _GLUED.sub("", unicodedata.normalize("NFC", line).replace("*", "").strip())
            for s in _SPLIT.split(line):
                s = _MARKER.sub("", s.strip())
                if not 6 <= len(s.split()) <= 80 or s.startswith("(") or s in seen:
                    continue
                if not (cue.search(s.lower()) or _GIAO.search(s)):
                    continue
                seen.add(s)
                if source == "legal_phapdien" and _hash(SEED + "|" + s) % every:
                    continue
                yield source, s


def _hash(text: str) -> int:
    return int(hashlib.sha1(text.encode("utf-8")).hexdigest(), 16)


def part_of(sentence: str) -> str:
    return "study" if _hash(sentence) % 2 == 0 else "held"


def compose(sentence: str) -> str:
    return HEAD + "- " + sentence + "\n" + FOOT


def read_tasks(sentence: str) -> list[dict]:
    from ..parse import parse_text, to_contract

    tasks = to_contract(parse_text(compose(sentence)).fields)["tasks"]
    return [{k: t.get(k) for k in ("assignees", "lead", "cooperating")} for t in tasks]


def run(corpus: Path, every: int, load: Path | None = None) -> list[dict]:
    if load:
        return json.loads(load.read_text(encoding="utf-8"))
    return [{"source": src, "part": part_of(s), "sentence": s, "tasks": read_tasks(s)}
            for src, s in sentences(corpus, every)]


def figures(rows: list[dict]) -> dict:
    """By half: sentences, those read with tasks, and per rule the share of those whose parse breaks it."""
    out = {}
    for part in ("study", "held"):
        mine = [r for r in rows if r["part"] == part]
        read = [r for r in mine if r["tasks"]]
        hits = {rule: 0 for rule in RULES}
        for r in read:
            for rule in lint_sentence(r["sentence"], r["tasks"]):
                hits[rule] += 1
        n = max(len(read), 1)
        out[part] = {"sentences": len(mine), "with tasks": len(read),
                     **{rule: round(hits[rule] / n, 4) for rule in RULES},
                     "any": round(sum(bool(lint_sentence(r["sentence"], r["tasks"])) for r in read) / n, 4)}
    return out


def print_figures(fig: dict, out=None) -> None:
    cols = list(RULES) + ["any"]
    print(f"{'half':6s} {'sentences':>9s} {'tasks':>6s} " + " ".join(f"{c:>7s}" for c in cols), file=out)
    for part, f in fig.items():
        print(f"{part:6s} {f['sentences']:9d} {f['with tasks']:6d} "
              + " ".join(f"{100 * f[c]:6.2f}%" for c in cols), file=out)


def show(rows: list[dict], rule: str, part: str, limit: int, out=None) -> None:
    n = 0
    for r in rows:
        if r["part"] != part or not r["tasks"]:
            continue
        found = lint_sentence(r["sentence"], r["tasks"])
        if rule in found:
            n += 1
            if n <= limit:
                print(f"\n[{rule}] {found[rule]}\n  {r['sentence']}\n  "
                      + "\n  ".join(f"lead {t['lead']} coop {t['cooperating']}" for t in r["tasks"]), file=out)
    print(f"\n{n} sentences of the {part} half break «{rule}»", file=out)


def compare(rows: list[dict], before: list[dict], part: str, out=None) -> None:
    old = {r["sentence"]: r["tasks"] for r in before}
    for r in rows:
        if r["part"] != part or old.get(r["sentence"], r["tasks"]) == r["tasks"]:
            continue
        a = sorted(lint_sentence(r["sentence"], old[r["sentence"]]))
        b = sorted(lint_sentence(r["sentence"], r["tasks"]))
        print(f"\n{a} -> {b}\n  {r['sentence']}", file=out)
        for tag, tasks in (("-", old[r["sentence"]]), ("+", r["tasks"])):
            for t in tasks:
                print(f"  {tag} lead {t['lead']} coop {t['cooperating']}", file=out)


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--corpus", type=Path, default=Path("../shared/corpus"))
    ap.add_argument("--every", type=int, default=3, help="keep one legal_phapdien sentence in N (by a fixed hash)")
    ap.add_argument("--show", choices=RULES)
    ap.add_argument("--part", choices=("study", "held"), default="study")
    ap.add_argument("--limit", type=int, default=40)
    ap.add_argument("--save", type=Path)
    ap.add_argument("--load", type=Path)
    ap.add_argument("--compare", type=Path)
    a = ap.parse_args(argv)
    if not a.load and not any((a.corpus / f"{s}.txt.gz").exists() for s in SOURCES):
        print(f"{a.corpus}: no corpus, skipped")
        return 0
    rows = run(a.corpus, a.every, a.load)
    if a.save:
        a.save.write_text(json.dumps(rows, ensure_ascii=False, indent=0), encoding="utf-8")
    print_figures(figures(rows))
    if a.show:
        show(rows, a.show, a.part, a.limit)
    if a.compare:
        compare(rows, json.loads(a.compare.read_text(encoding="utf-8")), a.part)
    return 0


if __name__ == "__main__":
    sys.exit(main())
