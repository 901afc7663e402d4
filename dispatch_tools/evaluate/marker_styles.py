"""Tasks read with the development documents' list markers printed in other styles: the same words,
the dashes printed as ``+``, ``•``, ``*``, ``▪``, ``○`` or numbered ``1.``, ``a)``; the numbers as
``1)``, ``1/``, ``1-``, ``(1)``, ``a)``, ``I.``, ``1.1.`` or ``2.1`` without its last dot; the letters as
``a.``, ``(a)`` or ``1)``; and with the markers lost (``damage``'s ``no-markers``). No gold value holds a
marker, so the gold stays right as it is. A style that reads worse than the page as printed shows where
the list path leans on the markers it was tuned on rather than on the list.

    python -m dispatch_tools.evaluate.marker_styles                  # task count / assignees / deadline F1 per style
    python -m dispatch_tools.evaluate.marker_styles --fold A,B,C --documents   # and each document a style moves
    python -m dispatch_tools.evaluate.marker_styles --damage one-line,wrapped-70   # restyled, then the layout damaged

With ``--damage`` each style is printed first and the page's layout damaged after (``damage``'s kinds: the
breaks lost, ``one-line``, ``body-one-line``, …), as a web page or a PDF's text gives a list in any style;
each kind's lines come first, then their mean over the kinds; ``restyled`` is the mean of the restyled pages.

Only the development part is read (its folds with ``--fold``).
"""

from __future__ import annotations

import argparse
import re
import sys
from pathlib import Path

from .damage import KINDS
from .parse_score import _tasks, new_counts

PARTS = ("tasks.count", "tasks.assignees", "tasks.deadline")
_ROMAN = ["", "I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII", "XIII", "XIV", "XV",
          "XVI", "XVII", "XVIII", "XIX", "XX"]
_LETTERS = "abcdeghiklmnopqrstuvxy"
_DASH = r"(?m)^([ \t]*)[-–][ \t]+"
_NUM = r"(?m)^([ \t]*)(\d{1,2})\.(?!\d)[ \t]+"
_LET = r"(?m)^([ \t]*)([a-zđ])\)[ \t]+"


def _letter(n) -> str:
    return _LETTERS[(int(n) - 1) % len(_LETTERS)]


def _dashes_counted(text: str, marker) -> str:
    """Each run of dashed lines numbered from 1 (``marker(n)``)."""
    out, n = [], 0
    for line in text.split("\n"):
        m = re.match(r"([ \t]*)[-–][ \t]+", line)
        if m:
            n += 1
            out.append(m.group(1) + marker(n) + " " + line[m.end():])
        else:
            n = n if not line.strip() else 0
            out.append(line)
    return "\n".join(out)


def _sub(pattern: str, repl):
    return lambda text: re.sub(pattern, repl, text)


STYLES = {
    "no-markers": KINDS["no-markers"],
    "dash +": _sub(_DASH, r"\1+ "), "dash •": _sub(_DASH, r"\1• "), "dash *": _sub(_DASH, r"\1* "),
    "dash ▪": _sub(_DASH, r"\1▪ "), "dash ○": _sub(_DASH, r"\1○ "),
    "dash 1.": lambda t: _dashes_counted(t, lambda n: f"{n}."),
    "dash a)": lambda t: _dashes_counted(t, lambda n: f"{_letter(n)})"),
    "1. as 1)": _sub(_NUM, r"\1\2) "), "1. as 1/": _sub(_NUM, r"\1\2/ "), "1. as 1-": _sub(_NUM, r"\1\2- "),
    "1. as (1)": _sub(_NUM, r"\1(\2) "),
    "1. as a)": _sub(_NUM, lambda m: m.group(1) + _letter(m.group(2)) + ") "),
    "1. as I.": _sub(_NUM, lambda m: m.group(1) + _ROMAN[int(m.group(2))] + ". "),
    "1. as 1.1.": _sub(_NUM, r"\g<1>1.\2. "), "1. as 2.1": _sub(_NUM, r"\g<1>2.\2 "),
    "a) as a.": _sub(_LET, r"\1\2. "), "a) as (a)": _sub(_LET, r"\1(\2) "),
    "a) as 1)": _sub(_LET, lambda m: m.group(1) + str(_LETTERS.index(m.group(2)) + 1) + ") "),
}


def score(documents, styles=None, damage=None) -> tuple[dict[str, dict], list[tuple[str, dict]]]:
    """Per style (``printed`` first), the task F1s over ``documents``; and per document the styles that
    moved its task count or assignee F1 from the printed page's, with (count, assignees). ``damage``
    (a kind of :data:`damage.KINDS`) damages each page's layout after its markers are restyled."""
    from ..parse import parse_text, to_contract

    names = ["printed"] + [s for s in (styles or STYLES)]
    totals = {name: new_counts() for name in names}
    moved = []
    spoil = KINDS[damage] if damage else (lambda t: t)
    for doc in documents:
        text, gold = spoil(doc.text()), doc.gold()["tasks"]
        per, printed = {}, None
        for name in names:
            styled = text if name == "printed" else spoil(STYLES[name](doc.text()))
            counts = printed if name != "printed" and styled == text else new_counts()
            if counts is not printed:
                _tasks(counts, to_contract(parse_text(styled).fields)["tasks"], gold, None)
            if name == "printed":
                printed = counts
            for part in PARTS:
                totals[name][part].add(tp=counts[part].tp, fp=counts[part].fp, fn=counts[part].fn)
            per[name] = (round(counts["tasks.count"].f1, 3), round(counts["tasks.assignees"].f1, 3))
        changed = {k: v for k, v in per.items() if v != per["printed"]}
        if changed:
            moved.append((doc.id, {"printed": per["printed"], **changed}))
    return {name: {p: round(totals[name][p].f1, 3) for p in PARTS} for name in names}, moved


def _restyled_mean(totals: dict[str, dict]) -> dict[str, float]:
    """The mean F1 of the restyled pages (every style but ``printed`` and ``no-markers``)."""
    styled = [parts for name, parts in totals.items() if name not in ("printed", "no-markers")]
    return {p: sum(parts[p] for parts in styled) / max(1, len(styled)) for p in PARTS}


def main(argv: list[str] | None = None) -> int:
    from .folds import fold_option, ids_of
    from .split import development_documents

    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--shared", default="../shared", type=Path)
    fold_option(ap, "only these development folds (A,B,C)")
    ap.add_argument("--styles", default="", help="comma-separated styles (default: all)")
    ap.add_argument("--documents", action="store_true", help="also each document a style moves")
    ap.add_argument("--damage", default="", help="comma-separated damage kinds applied after the restyling")
    args = ap.parse_args(argv)

    folds = args.fold or []
    docs = development_documents(args.shared, ids_of(folds) if folds else None)
    styles = [s for s in args.styles.split(",") if s] or None
    kinds = [k for k in args.damage.split(",") if k] or [None]
    where = f"development part{' folds ' + ','.join(folds) if folds else ''} ({len(docs)} documents)"
    runs = []
    for kind in kinds:
        totals, moved = score(docs, styles, kind)
        runs.append(totals)
        print(f"Tasks with the list markers restyled{', then ' + kind if kind else ''}, {where}: "
              f"count / assignees / deadline F1")
        for name, parts in {**totals, "restyled": _restyled_mean(totals)}.items():
            print(f"  {name:12s} " + " / ".join(f"{parts[p]:.3f}" for p in PARTS))
        if args.documents:
            for doc_id, per in moved:
                print(f"  {doc_id}: " + ", ".join(f"{k} {v[0]:.3f}/{v[1]:.3f}" for k, v in per.items()))
    if len(runs) > 1:
        print(f"Mean over {', '.join(kinds)}: printed / mean of the restyled (count / assignees / deadline F1)")
        for name in list(runs[0]) + ["restyled"]:
            if name == "restyled":
                means = [_restyled_mean(r) for r in runs]
                print(f"  {name:12s} " + " / ".join(f"{sum(m[p] for m in means) / len(means):.3f}" for p in PARTS))
                continue
            print(f"  {name:12s} " + " / ".join(f"{sum(r[name][p] for r in runs) / len(runs):.3f}" for p in PARTS))
    return 0


if __name__ == "__main__":
    sys.exit(main())
