"""Deadlines of the development documents written in the other ways dispatches write them.

    python -m dispatch_tools.evaluate.reworded_deadlines [--errors]

Each deadline phrase the gold quotes (``trước ngày 15/4/2013``, ``trước 9h00 ngày 23/4/2018``) is
rewritten in place, one document reading per wording, with the cues and date forms of
``../shared/docs/FORMAT.md`` (``chậm nhất là ngày``, ``không muộn hơn ngày``, ``hạn chót``,
``15-4-2013``, ``15.4.2013``, ``ngày 15 tháng 4 năm 2013``, ``17 giờ 00``); the gold's dates and
times stay as they are. The deadlines and the tasks' deadlines are scored as :mod:`.parse_score`
scores them, beside the documents as given. Only development documents are read.
"""

from __future__ import annotations

import re
import sys

from .parse_score import _set, _tasks, new_counts
from .swaps import parser, report

_PHRASE = re.compile(r"^(?:trước|chậm nhất(?: là)?)\s*(?:(?P<h>\d{1,2})\s*(?:h|giờ)\s*(?P<m>\d{2})?\s*)?"
                     r"(?:ngày\s*)?(?P<d>\d{1,2})\s*(?:/|tháng)\s*(?P<mo>\d{1,2})\s*(?:/|năm)\s*(?P<y>\d{4})$")

CUES = ("trước ngày", "chậm nhất ngày", "chậm nhất là ngày", "chậm nhất vào ngày", "không muộn hơn ngày",
        "hạn chót ngày", "trước")
TIMES = ("{h}h{m}", "{h} giờ {m}", "{h}h{m}'", "{h} giờ {m} phút")


def _dates(d: int, mo: int, y: int) -> list[str]:
    return [f"{d}/{mo}/{y}", f"{d:02d}/{mo:02d}/{y}", f"{d}-{mo}-{y}", f"{d}.{mo}.{y}",
            f"{d:02d} tháng {mo:02d} năm {y}" if mo < 3 else f"{d:02d} tháng {mo} năm {y}"]


def wordings(phrase: str) -> list[str]:
    """Other wordings of a deadline phrase of the shape ``trước [9h00] ngày D/M/Y`` (none when it
    has another shape)."""
    m = _PHRASE.match(" ".join(phrase.split()))
    if m is None:
        return []
    d, mo, y = int(m["d"]), int(m["mo"]), int(m["y"])
    out = []
    for i, date in enumerate(_dates(d, mo, y)):
        for j, cue in enumerate(CUES):
            if (i + j) % 2:
                continue  # every date form with every other cue: enough to vary both
            if m["h"]:
                at = TIMES[(i + j) % len(TIMES)].format(h=int(m["h"]), m=m["m"] or "00")
                cue = cue.replace(" ngày", "") if cue != "trước" else cue
                out.append(f"{cue} {at} ngày {date}")
            elif cue == "trước":
                out.append(f"trước ngày {date}" if " tháng " not in date else f"trước {date}")
            else:
                out.append(f"{cue} {date}")
    return [w for w in dict.fromkeys(out) if w != phrase]


def score(documents, errors=None) -> dict:
    from ..parse import parse_text, to_contract

    given, reworded = new_counts(), new_counts()
    readings = 0
    for doc in documents:
        text, gold = doc.text(), doc.gold()
        if not gold.get("deadlines"):
            continue
        deadlines = {(x.get("date"), x.get("time")) for x in gold["deadlines"]}

        def add(counts, read, lines):
            _tasks(counts, read["tasks"], gold.get("tasks", []), lines)
            got = {(x.get("date"), x.get("time")) for x in read["deadlines"]}
            if not _set(counts["deadlines"], got, deadlines) and lines is not None:
                lines.append(f"deadlines: missed {sorted(deadlines - got, key=str)} extra {sorted(got - deadlines, key=str)}")

        as_given = to_contract(parse_text(text).fields)
        for phrase in {x["text"] for x in gold["deadlines"]}:
            if phrase not in text:
                continue
            for wording in wordings(phrase):
                readings += 1
                add(given, as_given, None)  # counted once per reading, as the reworded ones are
                lines: list[str] = []
                add(reworded, to_contract(parse_text(text.replace(phrase, wording)).fields), lines)
                lines = [x for x in lines if "deadline" in x]
                if lines and errors is not None:
                    errors.append(f"== {doc.id}: «{wording}»\n" + "".join(f"  {x}\n" for x in lines))
    keys = ("deadlines", "tasks.deadline")
    return {"given": {k: round(given[k].f1, 3) for k in keys},
            "reworded": {k: round(reworded[k].f1, 3) for k in keys}, "readings": readings}


def main(argv: list[str] | None = None) -> int:
    args = parser(__doc__, pools=False).parse_args(argv)
    from .split import development_documents

    errors: list[str] | None = [] if args.errors else None
    result = score(development_documents(args.shared), errors)
    report(f"Development part, deadline phrases reworded ({result['readings']} readings)", errors, result, "reworded", 16)
    return 0


if __name__ == "__main__":
    sys.exit(main())
