"""Train the model of where a body's name ends (:mod:`dispatch_tools.parse.span_model`) from the
corpus of legal and administrative text.

    python -m dispatch_tools.training.assignee_spans --corpus ../shared/corpus [--out models/parse/assignee_spans.json]

Weak labels: a sentence (or list item) whose subject is a body and whose verb phrase is a duty
(``Sở Y tế có trách nhiệm hướng dẫn …``, ``Bộ Công an chủ trì, phối hợp với …``, ``… phải …``) names
the body exactly: it ends where the duty starts. Taking the duty out (``Sở Y tế hướng dẫn …``) gives
a body followed by its action, as after ``đề nghị`` or ``giao``; keeping it gives a body followed by
a duty. Subjects that carry a condition or a scope (``… trong phạm vi nhiệm vụ của mình``, ``… khi
…``) or a clause of their own are left out. Every word of the name after its first is an example
of going on, the first word after it one of stopping.

Lines are split by a hash: one in five (``crc32(line) % 5 == 0``, which includes the language
model's held-out lines) is the evaluation part, never trained on; it scores the model and the
rules (:func:`dispatch_tools.parse.name_end.name_end`) on the same sentences. A logistic regression
(plain SGD with L2, numpy) is fitted on the rest; features seen fewer than twice are dropped.
No document of ``../shared/dev`` is read.
"""

from __future__ import annotations

import argparse
import json
import random
import re
import sys
import zlib
from pathlib import Path

from .corpus import raw_lines
from ..generate.files import atomic_write

ROOT = Path(__file__).resolve().parents[2]
FILES = ("legal_phapdien", "admin_reports")
_MARKER = re.compile(r"^(?:\d+(?:\.\d+)*\s*[.)]\s+|[a-zđ]\)\s+|[-–+•]\s*)")
_OPENER = re.compile(r"^(?:Giao|Đề nghị|Yêu cầu)\s+")
_DUTY = re.compile(r"\s+(có trách nhiệm|chịu trách nhiệm(?! về| trước)|chủ trì,|chủ trì và|phải|có nhiệm vụ)\s+(?=\w)")
# a subject with a condition, a scope or a clause of its own: its end is not where the body's name ends
_NOT_NAME = re.compile(r"\b(?:trong|khi|nếu|theo|kể từ|được|đã|sau|trước|tại|là|của mình|do|mà|thì|cho|"
                       r"phải|có trách nhiệm|đối với|thực hiện|nhận|chủ trì|đề nghị|ký|quy định|tham gia)\b|[.;:()\"“”]")


def is_evaluation(line: str) -> bool:
    return zlib.crc32(line.encode("utf-8")) % 5 == 0


def examples(corpus: Path, files=FILES) -> list[dict]:
    """{name, rest, duty, line, evaluation} of every corpus line whose subject is a body."""
    from ..parse.body_words import starts_body

    out = []
    for raw in raw_lines(corpus, files):
        line = raw.strip()
        s = line[_MARKER.match(line).end():] if _MARKER.match(line) else line
        s = s[_OPENER.match(s).end():] if _OPENER.match(s) else s
        m = _DUTY.search(s)
        if not m or m.start() > 160:
            continue
        name, rest = s[:m.start()], s[m.end():]
        if (not name[:1].isupper() or len(name.split()) > 22 or len(rest.split()) < 3
                or _NOT_NAME.search(name) or not starts_body(name)):
            continue
        duty = m.group(1).rstrip(",")
        out.append({"name": name, "rest": rest, "duty": duty, "line": line,
                    "evaluation": is_evaluation(line)})
    return out


def sequences(example: dict, keep_duty: bool, comma: bool = False) -> tuple[str, int]:
    """The text a name is read from (the body, then its action or its duty, perhaps after a comma:
    ``Sở A, chủ trì …``) and where the name ends."""
    rest = (example["duty"] + (", " if example["duty"] == "chủ trì" else " ") + example["rest"]) if keep_duty \
        else example["rest"]
    return example["name"] + (", " if comma else " ") + rest, len(example["name"])


def labelled(text: str, end: int) -> tuple[list[str], list[int]]:
    """The words of ``text`` (as many as the model reads) and, up to the first word after the
    name, 1 (goes on) or 0 (stops)."""
    from ..parse.span_model import MAX_WORDS, tokens

    spans = tokens(text, 0, len(text))[:MAX_WORDS + 2]
    words, labels = [text[a:b] for a, b in spans], []
    for a, _ in spans:
        labels.append(0 if a >= end else 1)
        if a >= end:
            break
    return words, labels


_VERB_MARKS = frozenset({"đã", "đang", "sẽ", "cần", "phải", "chưa", "hãy", "vừa"})


def verbness(corpus: Path, files=("legal_phapdien", "news_vietnews", "admin_reports"), min_count: int = 2
             ) -> dict[str, float]:
    """For every word and pair of words printed at least ``min_count`` times right after a mark of
    a verb (``đã``, ``đang``, ``sẽ``, ``cần``, ``phải``, ``chưa``, ``hãy``, ``vừa``), the share of its
    occurrences that follow one: high for verbs (``rà soát``, ``đồng ý``), near zero for the words of
    names (``hải quan``, ``nông thôn``). Evaluation lines are not counted."""
    from collections import Counter

    from ..parse.span_model import TOKEN

    after, total = Counter(), Counter()
    for line in raw_lines(corpus, files):
        if is_evaluation(line.strip()):
            continue
        words = [w.lower() for w in TOKEN.findall(line)]
        for i, w in enumerate(words):
            pair = f"{w} {words[i + 1]}" if i + 1 < len(words) else None
            total[w] += 1
            if pair:
                total[pair] += 1
            if i and words[i - 1] in _VERB_MARKS:
                after[w] += 1
                if pair:
                    after[pair] += 1
    return {w: round(c / total[w], 5) for w, c in after.items() if c >= min_count}


def training_rows(data: list[dict], rng: random.Random, vb: dict[str, float] | None = None):
    from ..parse.span_model import features

    for ex in data:
        text, end = sequences(ex, keep_duty=rng.random() < 0.3)
        words, labels = labelled(text, end)
        for i in range(1, len(labels)):
            yield features(words, i, vb), labels[i]


def fit(rows: list[tuple[list[str], int]], l2: float = 1e-6, epochs: int = 6, rate: float = 0.2,
        min_count: int = 2, seed: int = 0) -> dict[str, float]:
    """A logistic regression by SGD on binary features; weights by feature name."""
    import numpy as np

    counts: dict[str, int] = {}
    for names, _ in rows:
        for n in names:
            counts[n] = counts.get(n, 0) + 1
    vocab = {n: i for i, n in enumerate(sorted(n for n, c in counts.items() if c >= min_count or n == "bias"))}
    index = [(np.array([vocab[n] for n in names if n in vocab], dtype=np.int64), y) for names, y in rows]
    w = np.zeros(len(vocab), dtype=np.float64)
    g2 = np.full(len(vocab), 1e-8)
    rng = random.Random(seed)
    for _ in range(epochs):
        rng.shuffle(index)
        for idx, y in index:
            z = float(w[idx].sum())
            p = 1 / (1 + np.exp(-max(-30.0, min(30.0, z))))
            grad = (p - y) + l2 * w[idx]
            g2[idx] += grad * grad
            w[idx] -= rate * grad / np.sqrt(g2[idx])
    return {n: round(float(w[i]), 4) for n, i in vocab.items() if abs(w[i]) >= 0.005}


def score(data: list[dict], end_of) -> dict:
    """Share of names whose end ``end_of(text, start, limit)`` finds exactly, after an action, after
    a duty, and before a comma and an action."""
    out = {}
    for label, keep, comma in (("after an action", False, False), ("after a duty", True, False),
                               ("before a comma", False, True)):
        hits = 0
        for ex in data:
            text, end = sequences(ex, keep, comma)
            text = "Đề nghị " + text
            found = end_of(text, len("Đề nghị "), len(text))
            hits += text[len("Đề nghị "):found].rstrip(" ,") == ex["name"]
        out[label] = round(hits / max(1, len(data)), 4)
    return out


def rules_end(text: str, start: int, limit: int) -> int:
    from ..parse.name_end import name_end
    from ..vntext import strip_diacritics

    return name_end(text, strip_diacritics(text), start, limit)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--corpus", type=Path, default=ROOT.parent / "shared" / "corpus")
    ap.add_argument("--out", type=Path, default=ROOT / "models" / "parse" / "assignee_spans.json")
    ap.add_argument("--verbness", type=Path, help="take the verbness table from this model file (no recount)")
    args = ap.parse_args(argv)
    if not args.corpus.is_dir():
        print(f"training.assignee_spans: error: {args.corpus} is not there: training needs the corpus",
              file=sys.stderr)
        return 3
    from ..parse.span_model import SpanModel

    data = examples(args.corpus)
    train = [ex for ex in data if not ex["evaluation"]]
    held = [ex for ex in data if ex["evaluation"]]
    vb = verbness(args.corpus) if args.verbness is None else json.loads(args.verbness.read_text(encoding="utf-8"))["verbness"]
    rows = list(training_rows(train, random.Random(0), vb))
    weights = fit(rows)
    model = SpanModel(weights, vb)
    result = {"rules": score(held, rules_end), "model": score(held, model.name_end)}
    card = {"kind": "logistic regression: does a body's name go on with this word",
            "trained_on": f"{len(train)} corpus sentences whose subject is a body ({', '.join(FILES)})",
            "evaluated_on": f"{len(held)} held-out corpus sentences", "evaluation": result,
            "threshold": 0.5, "weights": dict(sorted(weights.items())), "verbness": dict(sorted(vb.items()))}
    atomic_write(args.out, json.dumps(card, ensure_ascii=False, separators=(",", ":")) + "\n", force=True)
    print(f"{len(train)} training and {len(held)} held-out sentences, {len(rows)} words, {len(weights)} weights; "
          f"names found exactly on the held-out sentences: rules {result['rules']}, model {result['model']}; "
          f"wrote {args.out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
