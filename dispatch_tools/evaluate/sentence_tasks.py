"""Who must act and by when, in single sentences of Vietnamese legal texts and of news reports, against
gold written by hand (kept outside the repository, as the corpus they come from is).

    python -m dispatch_tools.evaluate.sentence_tasks --sentences FILE --gold DIR [--part studied|held|all] [--errors]

``FILE`` holds one JSON object a line, ``{"id", "part", "text"}``, as :mod:`.sentence_sets` picks them from
the corpus: an item or sentence of a law, a decree or a circular that assigns work (``Bộ Y tế chủ trì, phối
hợp với …``, ``Bộ trưởng Bộ Công an có trách nhiệm …``, ``… chịu trách nhiệm thi hành Nghị định này``), or a
request reported in the news (``Giao Sở Xây dựng kiểm tra …``), ``part`` the half it was dealt to by a fixed
hash (``studied`` or ``held``). ``DIR/*.jsonl`` holds the gold, one object a line: ``{"id", "task", "assignees",
"lead", "cooperating"}`` (``../shared/dev/README.md``'s conventions: lead and cooperating bodies alike, a
body the actor must direct too, none the report is sent to).

Each sentence is read as the one item of a plan's ``TỔ CHỨC THỰC HIỆN`` part (the head and foot of
``samples/kehoach.txt`` around it) and its tasks are scored as :mod:`.parse_score` scores a document's:
``tasks.count`` (the sentences that are tasks found as one, and no task made of one that is not) and
``tasks.assignees`` (the F1 of the bodies named, over the paired tasks, a missed or extra task counting
nought), with ``tasks.lead`` and ``tasks.cooperating`` on the paired tasks whose gold says who leads.

The deadline sets (``news-deadlines``, ``legal-deadlines``) carry ``issued``, the day the plan around the
sentence is issued (a day and month without a year take its year), and their gold ``{"id", "task",
"deadlines": [{"date", "time", "text"}], "task_deadline"}`` (the dates someone must meet, as the
development README counts them: no recurring, event, effective or past-fact date). They are scored by
``deadlines`` (the F1 of the (date, time) pairs), ``tasks.deadline`` (as a document's) and
``paired.deadline`` (the share of the paired tasks whose date is right), with ``tasks.count``; assignees
only where the gold names them.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import re
import sys
from functools import lru_cache
from pathlib import Path

from ..generate.vn import long_date
from .parse_score import _listed, _tasks, deadline_pairs, names_f1, new_counts, pair_tasks

_SAMPLE = Path(__file__).resolve().parents[2] / "samples" / "kehoach.txt"
_MARKER = re.compile(r"^\s*(?:\d+\.|[a-zđ]\))\s*")


@lru_cache(maxsize=1)
def _head_and_foot() -> tuple[str, str]:
    """The sample plan's head (up to its body) and foot (from ``Nơi nhận`` to the signer's name, no annex)."""
    sample = _SAMPLE.read_text(encoding="utf-8")
    start = sample.index("Nơi nhận:")
    return sample[:sample.index("Thực hiện Kế hoạch")], sample[start:sample.index("\nPhụ lục\n", start) + 1]


_ISSUED_LINE = re.compile(r"ngày \d{1,2} tháng \d{1,2} năm \d{4}")


def wrapped(sentence: str, issued: str | None = None) -> str:
    """The sentence as the one item of a plan's part on carrying it out; the plan issued on ``issued``
    (``YYYY-MM-DD``) when given, else on the sample's own day."""
    head, foot = _head_and_foot()
    if issued:
        head = _ISSUED_LINE.sub(long_date(dt.date.fromisoformat(issued)), head, count=1)
    return f"{head}III. TỔ CHỨC THỰC HIỆN\n\n1. {_MARKER.sub('', sentence)}\n\n{foot}"


def _words(text: str) -> str:
    return " ".join(_MARKER.sub("", text).split()[:12])


def read_gold(sentences: Path, gold: Path) -> list[dict]:
    """The sentences that have gold, each with its text, part and gold answer. A sentence that ends on a
    colon opens a list the corpus line does not hold; read alone it says nothing of its items, so it is
    left out."""
    texts = {}
    for line in sentences.read_text(encoding="utf-8").splitlines():
        if line.strip():
            item = json.loads(line)
            texts[item["id"]] = item
    out = []
    for file in sorted(gold.glob("*.jsonl")):
        for line in file.read_text(encoding="utf-8").splitlines():
            if line.strip():
                answer = json.loads(line)
                if answer["id"] in texts and not texts[answer["id"]]["text"].rstrip().endswith(":"):
                    out.append({**texts[answer["id"]], "gold": answer})
    return out


def score(items: list[dict], errors: bool = False, out=None) -> dict:
    from ..parse import parse_text, to_contract

    out = out or sys.stdout
    counts = new_counts()
    roles = {"lead": [], "cooperating": []}
    dated = any("deadlines" in item["gold"] for item in items)
    paired: list[bool] = []
    named = any("assignees" in item["gold"] for item in items)
    for item in items:
        answer = item["gold"]
        gold = [{"text": _words(item["text"]), "assignees": answer.get("assignees", []),
                 "deadline": answer.get("task_deadline")}] if answer["task"] else []
        read = to_contract(parse_text(wrapped(item["text"], item.get("issued"))).fields)
        pred = [{**t, "deadline": t["deadline"] if dated else None,
                 "assignees": t["assignees"] if named else []} for t in read["tasks"]]
        found: list[str] = [] if errors else None
        _tasks(counts, pred, gold, found)
        if dated:
            _listed(counts, "deadlines", deadline_pairs(read["deadlines"]),
                    deadline_pairs(answer.get("deadlines", [])), [], found)
        for i, j in pair_tasks(pred, gold):
            for role in roles if answer.get("lead") else ():
                roles[role].append(names_f1(pred[i].get(role, []), answer.get(role, [])))
            if dated:
                paired.append(pred[i]["deadline"] == gold[j]["deadline"])
        if errors and found:
            print(f"{item['id']}: {item['text'][:160]}", file=out)
            for line in found:
                print("    " + line, file=out)
    keys = ("tasks.count",) + (("tasks.assignees",) if named else ()) \
        + (("tasks.deadline", "deadlines") if dated else ())
    result = {k: round(counts[k].f1, 3) for k in keys}
    if dated:  # the paired tasks' dates alone, whether or not the reading and the gold agree on what is a task
        result["paired.deadline"] = round(sum(paired) / len(paired), 3) if paired else None
    else:
        for role, values in roles.items():
            result[f"tasks.{role}"] = round(sum(values) / len(values), 3) if values else None
    result["sentences"] = len(items)
    result["tasks"] = sum(1 for item in items if item["gold"]["task"])
    return result


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description="Who must act, in single sentences of legal texts and of requests "
                                 "in the news, against hand-made gold kept outside the repository")
    ap.add_argument("--sentences", type=Path, required=True, help="JSON lines: id, part, text")
    ap.add_argument("--gold", type=Path, required=True,
                    help="folder of *.jsonl: id, task, and assignees, lead, cooperating or deadlines, task_deadline")
    ap.add_argument("--part", choices=("studied", "held", "all"), default="all")
    ap.add_argument("--errors", action="store_true", help="list the errors (studied half only)")
    args = ap.parse_args(argv)
    items = read_gold(args.sentences, args.gold)
    for part in ("studied", "held") if args.part == "all" else (args.part,):
        chosen = [item for item in items if item["part"] == part]
        result = score(chosen, errors=args.errors and part == "studied")
        print(f"{part}: {json.dumps(result, ensure_ascii=False)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
