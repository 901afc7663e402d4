"""Leave one scan out: would the flags' thresholds, chosen without a development scan, still flag
its wrong values?

The flagging rules of the scan path that rest on a number chosen by looking at the development
scans (``parse/weak_evidence.py``: a subject word the engine read unsurely, a word repair changed
heavily or unsurely; ``parse/scan_checks.py``: figures read unsurely), and one tried and left out
(a signer's name flagged for a word the engine read unsurely: :func:`name_confidence`), are switched off while each development scan and its scan variants
(:mod:`.scan_variants`, the kinds made by default) are read, and the evidence each rule weighs is
measured on every value instead. Every other rule flags as it does (its notes say which rule it
was: they are counted by rule and by scan, so that a rule whose every catch is one scan's shows).

For each development scan in turn (a fold: the scan and its variants), each threshold is chosen
on the other 17 scans' readings, among a fixed grid, as the one with the fewest right values
flagged plus :data:`WRONG_COST` times the wrong values left unflagged (ties: the fewest flags);
it is then applied to the scan held out. Reported per fold: wrong and not flagged, right but
flagged, with the thresholds as they stand (chosen seeing every scan) and as chosen without it.

    python -m dispatch_tools.evaluate.scan_flag_folds --shared ../shared [--json FILE] [--jobs 2]
"""

from __future__ import annotations

import argparse
import json
import sys
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path

from .real_scans import HEADER, contract_of, field_status, scan_files

WRONG_COST = 3  # a wrong value given as sure costs this many needless looks
FIELDS = HEADER + ["signer.name"]

#: threshold name → (the evidence measured, the value read from it, the grid, flag when below)
RULES = {
    "subject_word": ("weak_evidence.UNSURE_WORD", "subject", [0, 20, 30, 40, 50, 60, 70, 80]),
    "repair_conf": ("weak_evidence.UNSURE_REPAIR", "issuer,subject", [0, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8]),
    "repair_letters": ("weak_evidence.HEAVY", "issuer,subject", [1, 2, 3, 4, 99]),
    "figures": ("scan_checks.UNSURE_FIGURES", "number,date", [0, 30, 40, 50, 60, 70, 80, 90]),
    "name_word": ("(none).UNSURE_NAME", "signer.name", [0, 30, 40, 50, 60, 70, 80, 90]),
}
BELOW = {"repair_letters": False}  # flag when the evidence is at least the threshold, not under it


def _current() -> dict[str, float]:
    from ..parse import scan_checks, weak_evidence

    mods = {"weak_evidence": weak_evidence, "scan_checks": scan_checks}
    return {rule: getattr(mods.get(path.split(".")[0]), path.split(".")[1], None)
            for rule, (path, _, _) in RULES.items()}


def _switch_off() -> None:
    from ..i18n import set_language
    from ..parse import scan_checks, weak_evidence

    set_language("en")  # the notes in English, to tell the rules by their messages (:mod:`.flag_notes`)
    weak_evidence.UNSURE_WORD, weak_evidence.UNSURE_REPAIR, weak_evidence.HEAVY = -1.0, -1.0, 10 ** 6
    scan_checks.UNSURE_FIGURES = -1.0


def evidence(doc, fields) -> dict[str, dict[str, float]]:
    """The evidence each rule weighs, for each value it weighs (None where it has none)."""
    from ..parse import weak_evidence as we
    from ..parse.scan_checks import figure_confidence

    out: dict[str, dict[str, float]] = {}
    for name in ("issuer", "subject"):
        value, source = getattr(fields, name, None), fields.sources.get(name)
        if not value or source is None or source.end <= source.start:
            continue
        lines = we._ocr_lines(doc, source.start, source.end)
        if not lines:
            continue
        e = out.setdefault(name, {})
        if name == "subject":
            low = we.lowest_kept(value, lines)
            e["subject_word"] = low[1] if low else None
        letters, conf = we.repair_evidence(doc, source.start, source.end)
        e["repair_letters"], e["repair_conf"] = letters, conf
    for name in ("number", "date"):
        conf = figure_confidence(doc, fields, name)
        if conf is not None:
            out.setdefault(name, {})["figures"] = conf
    if fields.signer is not None and fields.signer.name:
        conf = name_confidence(doc, fields)
        if conf is not None:
            out.setdefault("signer.name", {})["name_word"] = conf
    return out


def name_confidence(doc, fields) -> float | None:
    """The engine's least confidence in a word of the signer's name on the lines it was read from
    (None: not read by OCR). No rule flags by it: a right name is read as unsurely as a wrong one
    (``Hân`` at 61 on the repository's sample scan, ``Xinh`` for ``Minh`` at 62)."""
    import unicodedata

    from ..parse.ocr_check import EDGE

    source = fields.sources.get("signer.name")
    name = fields.signer.name if fields.signer is not None else None
    if not name or source is None or source.end <= source.start:
        return None
    wanted = {unicodedata.normalize("NFC", w.strip(EDGE)) for w in name.split()} - {""}
    return min((w.conf for line in doc.lines_in(source.start, source.end) if line.source.startswith("tesseract")
                for w in line.words
                if w.conf is not None and unicodedata.normalize("NFC", w.text.strip(EDGE)) in wanted), default=None)


def _note_rule(note: str | None) -> str | None:
    """The module whose message a review note carries (the first that matches), or None."""
    from .flag_notes import rule_of

    return rule_of(note) if note else None


def _read(job: tuple) -> tuple[str, str, dict]:
    from ..options import Options
    from ..pipeline import read
    from .real_scans import cache_root
    from .scan_variants import variant_file

    path, kind, gold = Path(job[0]), job[1], job[2]
    _switch_off()
    if kind == "scan":
        image, cache = path, cache_root() / "ocr" / "real-scans"
    else:
        image, cache = variant_file(path, kind), cache_root() / "ocr" / "scan-variants"
    doc = read(image, Options(ocr_cache=str(cache), jobs=1))
    pred = contract_of(doc)
    review = pred.get("review") or {}
    fields = doc.fields
    ev = evidence(doc, fields)
    signer_page = (fields.sources.get("signer.name").page if fields.sources.get("signer.name") else None)
    values = {}
    for name in FIELDS:
        if name == "signer.name":
            p, g = (pred.get("signer") or {}).get("name"), (gold.get("signer") or {}).get("name")
        else:
            p, g = pred.get(name), gold.get(name)
        status = field_status(name, p, g, False)
        values[name] = {"status": "right" if status == "right" else "empty" if status == "missed" else "wrong",
                        "pred": p, "gold": g, "note": review.get(name), "rule": _note_rule(review.get(name)),
                        "evidence": ev.get(name, {})}
    return path.stem, kind, {"values": values, "signer_page": signer_page}


def read_all(shared: Path, kinds: list[str], jobs: int) -> list[dict]:
    """Every reading (a development scan or one of its variants) with its values' evidence."""
    files = scan_files(shared, "development")
    work = [(str(p), kind, g) for p, g in files for kind in ["scan", *kinds]]
    rows = []
    with ProcessPoolExecutor(max_workers=jobs) as pool:
        for stem, kind, result in pool.map(_read, work):
            rows.append({"scan": stem, "kind": kind, **result})
    signer_page = {r["scan"]: r["signer_page"] for r in rows if r["kind"] == "scan"}
    for r in rows:  # a variant is page 1 alone: its signer counts only where the scan's is on page 1
        if r["kind"] != "scan" and signer_page.get(r["scan"]) != 1:
            r["values"].pop("signer.name")
    return rows


def _fires(rule: str, value: dict, t: float) -> bool:
    e = value["evidence"].get(rule)
    if e is None:
        return False
    return e >= t if not BELOW.get(rule, True) else e < t


def flagged(value: dict, name: str, thresholds: dict[str, float]) -> bool:
    """Is a value flagged, by a rule that always runs or by a threshold rule at ``thresholds``?"""
    if value["note"]:
        return True
    return any(name in RULES[rule][1].split(",") and _fires(rule, value, t) for rule, t in thresholds.items())


def outcome(rows: list[dict], thresholds: dict[str, float]) -> dict[str, int]:
    """Wrong and not flagged, right but flagged, over the rows' values."""
    wrong = right_flagged = 0
    for r in rows:
        for name, v in r["values"].items():
            f = flagged(v, name, thresholds)
            wrong += v["status"] == "wrong" and not f
            right_flagged += v["status"] == "right" and f
    return {"wrong_unflagged": wrong, "right_flagged": right_flagged}


def choose(rows: list[dict], start: dict[str, float]) -> dict[str, float]:
    """Each threshold in turn set on ``rows`` (the others held), twice over: the grid value of
    least cost (:data:`WRONG_COST` per wrong value unflagged, 1 per right value flagged), the
    fewest flags on a tie."""
    chosen = dict(start)
    for _ in range(2):
        for rule, (_, _, grid) in RULES.items():
            def cost(t, rule=rule):
                o = outcome(rows, {**chosen, rule: t})
                return WRONG_COST * o["wrong_unflagged"] + o["right_flagged"]
            order = grid if BELOW.get(rule, True) else list(reversed(grid))  # fewest flags first
            chosen[rule] = min(order, key=cost)
    return chosen


def folds(rows: list[dict], current: dict[str, float]) -> list[dict]:
    """Per development scan: the outcome on it and its variants at the current thresholds and at
    those chosen on the other scans."""
    out = []
    for scan in sorted({r["scan"] for r in rows}):
        held = [r for r in rows if r["scan"] == scan]
        chosen = choose([r for r in rows if r["scan"] != scan], {k: v for k, v in current.items()})
        out.append({"scan": scan, "current": outcome(held, current), "held_out": outcome(held, chosen),
                    "thresholds": chosen})
    return out


def by_rule(rows: list[dict]) -> dict[str, dict[str, list[str]]]:
    """For each rule that flagged, the scans of the wrong values it caught and of the right ones it flagged."""
    out: dict[str, dict[str, list[str]]] = {}
    for r in rows:
        for v in r["values"].values():
            if v["rule"]:
                key = "wrong" if v["status"] != "right" else "right"
                out.setdefault(v["rule"], {"wrong": [], "right": []})[key].append(r["scan"])
    return out


def report(rows: list[dict], out=sys.stdout, given: dict[str, float] | None = None) -> dict:
    current = {k: (v if v is not None else RULES[k][2][0]) for k, v in _current().items()}
    current.update(given or {})
    result = folds(rows, current)
    print(f"Leave one development scan out ({len(rows)} readings: each scan and its variants). "
          f"Thresholds now: {current}", file=out)
    print(f"{'scan held out':<32}{'wrong! now':>11}{'wrong! fold':>12}{'ok? now':>9}{'ok? fold':>10}  thresholds "
          "chosen without it", file=out)
    for f in result:
        changed = {k: v for k, v in f["thresholds"].items() if v != current[k]}
        print(f"{f['scan'][:31]:<32}{f['current']['wrong_unflagged']:>11}{f['held_out']['wrong_unflagged']:>12}"
              f"{f['current']['right_flagged']:>9}{f['held_out']['right_flagged']:>10}  {changed or '(same)'}",
              file=out)
    total = {k: {m: sum(f[k][m] for f in result) for m in ("wrong_unflagged", "right_flagged")}
        for k in ("current", "held_out")}
    print(f"{'all folds':<32}{total['current']['wrong_unflagged']:>11}{total['held_out']['wrong_unflagged']:>12}"
          f"{total['current']['right_flagged']:>9}{total['held_out']['right_flagged']:>10}", file=out)
    rules = by_rule(rows)
    print("\nRules that always run: the scans of the wrong values each caught / of the right values it flagged",
          file=out)
    for rule, hits in sorted(rules.items()):
        wrong, right = sorted(set(hits["wrong"])), sorted(set(hits["right"]))
        print(f"  {rule}: {len(hits['wrong'])} wrong in {len(wrong)} scans {wrong}; "
              f"{len(hits['right'])} right in {len(right)} scans", file=out)
    return {"current": current, "folds": result, "total": total, "rules": rules}


def main(argv: list[str] | None = None) -> int:
    from .scan_variants import KINDS

    ap = argparse.ArgumentParser(description="Leave-one-scan-out check of the scan path's flag thresholds")
    ap.add_argument("--shared", type=Path, default=Path(__file__).resolve().parents[3] / "shared")
    ap.add_argument("--kinds", default=",".join(KINDS), help="the scan variants read with each scan")
    ap.add_argument("--jobs", type=int, default=2)
    ap.add_argument("--rows", type=Path, help="read the readings from this file (written by --save) instead")
    ap.add_argument("--save", type=Path, help="write the readings here")
    ap.add_argument("--json", type=Path, help="write the folds here")
    ap.add_argument("--thresholds", default="", help="the thresholds to score as they stand, where not the "
                    "code's: RULE=VALUE,… (rules: " + ", ".join(RULES) + ")")
    args = ap.parse_args(argv)
    if args.rows:
        rows = json.loads(args.rows.read_text(encoding="utf-8"))
    else:
        if not scan_files(args.shared, "development"):
            print(f"scan_flag_folds: {args.shared}/scans holds no scans with gold; give --shared", file=sys.stderr)
            return 1
        rows = read_all(args.shared, [k for k in args.kinds.split(",") if k], args.jobs)
    if args.save:
        args.save.write_text(json.dumps(rows, ensure_ascii=False) + "\n", encoding="utf-8")
    given = {k: float(v) for k, v in (item.split("=") for item in args.thresholds.split(",") if item)}
    result = report(rows, given=given)
    if args.json:
        args.json.write_text(json.dumps(result, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
