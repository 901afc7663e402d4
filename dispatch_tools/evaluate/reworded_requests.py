"""Requests of the development documents opened with the other words dispatches open them with.

    python -m dispatch_tools.evaluate.reworded_requests [--errors]

Every ``Đề nghị``, ``Yêu cầu`` or ``Giao`` that opens a sentence or a list item before a capital
(``Đề nghị Sở Y tế …``) is written, one document reading per wording, as each of :data:`CUES`
(``Kính đề nghị``, ``Trân trọng đề nghị``, ``Ủy ban nhân dân tỉnh đề nghị``, …), in the text and in
the first words of the gold's tasks alike; the tasks are scored as :mod:`.parse_score` scores them,
beside the documents as given (counted once per reading). Only development documents are read.
"""

from __future__ import annotations

import re
import sys

from .parse_score import _tasks, new_counts
from .swaps import parser, report

CUES = ("Đề nghị", "Yêu cầu", "Giao", "Kính đề nghị", "Trân trọng đề nghị", "Ủy ban nhân dân tỉnh đề nghị",
        "Sở Nội vụ đề nghị", "Xin đề nghị")
_OPENING = re.compile(r"(?:(?<=[.:;]\s)|(?<=\n)|(?<=\n[-–+] ))(?:Đề nghị|Yêu cầu|Giao)(?= [A-ZĐÀ-Ỹ])")
_GOLD_OPENING = re.compile(r"^(?:Đề nghị|Yêu cầu|Giao)(?= [A-ZĐÀ-Ỹ])")


def reworded(text: str, tasks: list[dict], cue: str) -> tuple[str, list[dict]]:
    """The text and the gold tasks with every opening request word written as ``cue``."""
    return (_OPENING.sub(cue, text),
            [dict(t, text=_GOLD_OPENING.sub(cue, t["text"])) for t in tasks])


def score(documents, errors=None) -> dict:
    from ..parse import parse_text, to_contract

    given, changed = new_counts(), new_counts()
    readings = 0
    for doc in documents:
        text, gold = doc.text(), doc.gold().get("tasks", [])
        if not gold or not _OPENING.search(text):
            continue
        as_given = to_contract(parse_text(text).fields)["tasks"]
        for cue in CUES:
            new_text, new_gold = reworded(text, gold, cue)
            if new_text == text:
                continue
            readings += 1
            _tasks(given, as_given, gold, None)
            lines: list[str] = []
            _tasks(changed, to_contract(parse_text(new_text).fields)["tasks"], new_gold, lines)
            if lines and errors is not None:
                errors.append(f"== {doc.id}: «{cue}»\n" + "".join(f"  {x}\n" for x in lines))
    keys = ("tasks", "tasks.count", "tasks.assignees", "tasks.deadline")
    return {"given": {k: round(given[k].f1, 3) for k in keys},
            "reworded": {k: round(changed[k].f1, 3) for k in keys}, "readings": readings}


def main(argv: list[str] | None = None) -> int:
    args = parser(__doc__, pools=False).parse_args(argv)
    from .split import development_documents

    errors: list[str] | None = [] if args.errors else None
    result = score(development_documents(args.shared), errors)
    report(f"Development part, request words reworded ({result['readings']} readings)", errors, result, "reworded", 16)
    return 0


if __name__ == "__main__":
    sys.exit(main())
