"""How right the choice between the two readings of unsure words is, on pages whose text is known.

Ingest reads the words Tesseract is unsure of a second time and the repair language model chooses
between the readings (:mod:`dispatch_tools.ingest.line_second`). A drawn page has exact ground
truth (the renderer draws known text), so every word the second reading replaces can be judged:
the development documents' renderings (:func:`dispatch_tools.evaluate.parse._rendered`) and the
pages of probe folders (:mod:`.probe_renders`, ``NAME.txt`` beside its gold) are read by ingest,
each run taken from the second reading is logged and set against the page's true text.

    python -m dispatch_tools.evaluate.second_choice [PROBE_FOLDER ...] [--missed] [--list]

Each replaced run is aligned with the true text (the piece's line, the words around it included)
and judged: **right** (Tesseract's words were wrong, the new ones are the true ones), **made wrong**
(Tesseract's were right), or both wrong (the new closer to the truth by characters, further, or
as far). Precision = right / all replacements. With ``--missed``, the runs the choice left are
judged as if taken (what it could still gain). Runs are counted by the line's kind: capitals (a
heading), distribution (a line of ``Nơi nhận``), code (a word of two capitals or more), name (a
word with a capital), numbers (a line with figures), body. Pages are split into a study and a
held half by a fixed hash of the page's name; development fold D and probe folders named ``held``
are held whole; ``--list`` lists the study half's runs only. OCR is cached as in :mod:`.parse`
(``DISPATCH_OCR_CACHE``).
"""

from __future__ import annotations

import argparse
import re
import sys
import unicodedata
import zlib
from collections import Counter, defaultdict
from contextlib import contextmanager
from difflib import SequenceMatcher
from pathlib import Path

from rapidfuzz.distance import Levenshtein

VERDICTS = ("right", "made wrong", "both wrong, better", "both wrong, worse", "both wrong, same")


def plain(word: str) -> str:
    """A word's letters and figures, small, without marks (``Đ`` as ``d``): what aligns two readings."""
    text = unicodedata.normalize("NFD", word.lower().replace("đ", "d").replace("ð", "d"))
    return re.sub(r"[^a-z0-9]", "", "".join(c for c in text if not unicodedata.combining(c)))


def half(name: str, held: bool = False) -> str:
    """``study`` or ``held`` for a page, by a fixed hash of its name (``held`` when ``held``)."""
    return "held" if held or zlib.crc32(f"second-choice:{name}".encode()) % 2 else "study"


def locate(line: list[str], truth: list[str]) -> tuple[int, int, float]:
    """The span [a, b) of ``truth`` (the page's true words) that ``line`` (a read line's words) was
    drawn from, and the share of its words found there (plain forms)."""
    where: dict[str, list[int]] = defaultdict(list)
    for i, word in enumerate(truth):
        where[plain(word)].append(i)
    votes = Counter(p - j for j, word in enumerate(line) for p in where.get(plain(word), ())[:200] if plain(word))
    best, share = (0, 0), 0.0
    for start, _ in votes.most_common(6):
        a, b = max(0, start - 2), min(len(truth), start + len(line) + 2)
        found = SequenceMatcher(None, [plain(w) for w in line], [plain(w) for w in truth[a:b]], autojunk=False)
        got = sum(m.size for m in found.get_matching_blocks()) / max(1, len(line))
        got += 0.01 * SequenceMatcher(None, line, truth[a:b], autojunk=False).ratio()  # the exact span first
        if got > share:
            best, share = (a, b), got
    return best[0], best[1], share


def _exact(line: list[str], truth: list[str], i1: int, i2: int) -> bool:
    """Are ``line[i1:i2]`` all read exactly as the true words they align with?"""
    ok = set()
    for tag, a1, a2, _, _ in SequenceMatcher(None, line, truth, autojunk=False).get_opcodes():
        if tag == "equal":
            ok.update(range(a1, a2))
    return all(i in ok for i in range(i1, i2))


def _true_words(line: list[str], truth: list[str], i1: int, i2: int) -> list[str]:
    """The true words that ``line[i1:i2]`` stands for (aligned by plain forms)."""
    out: list[str] = []
    for tag, a1, a2, b1, b2 in SequenceMatcher(None, [plain(w) for w in line], [plain(w) for w in truth],
                                               autojunk=False).get_opcodes():
        if a2 <= i1 or a1 >= i2:
            continue
        out += truth[b1 + max(0, i1 - a1): b1 + min(a2, i2) - a1] if tag == "equal" else truth[b1:b2]
    return out


def verdict(before: list[str], old: list[str], new: list[str], after: list[str], truth: list[str]) -> str | None:
    """How replacing ``old`` by ``new`` (between the line's words ``before`` and ``after``) reads
    against the page's true words ``truth`` (one of :data:`VERDICTS`); None when the line is not
    found in it or both readings are right."""
    line = before + old + after
    a, b, share = locate(line, truth)
    if share < 0.5:
        return None
    span, at = truth[a:b], len(before)
    old_ok = _exact(line, span, at, at + len(old))
    new_ok = _exact(before + new + after, span, at, at + len(new))
    if new_ok != old_ok:
        return "right" if new_ok else "made wrong"
    if new_ok:
        return None
    true = " ".join(_true_words(line, span, at, at + len(old)))
    was, now = Levenshtein.distance(" ".join(old), true), Levenshtein.distance(" ".join(new), true)
    return "both wrong, " + ("better" if now < was else "worse" if now > was else "same")


def kind(before: list[str], old: list[str], after: list[str], listed: bool) -> str:
    """The kind of line a replaced run lies in (``listed``: after the page's ``Nơi nhận``)."""
    line = before + old + after
    letters = [c for w in line for c in w if c.isalpha()]
    if letters and sum(c.isupper() for c in letters) > 0.8 * len(letters):
        return "capitals"
    if listed and line and (line[0][:1] in "-+•" or any(w.endswith(";") for w in line)):
        return "distribution"
    if any(sum(c.isupper() for c in w) >= 2 for w in old):
        return "code"
    if any(w[:1].isupper() for w in old):
        return "name"
    return "numbers" if any(c.isdigit() for w in line for c in w) else "body"


@contextmanager
def logged_merges(log: list[dict]):
    """Within it, every piece :func:`line_second.merge` merges is added to ``log``: the words before
    it on its line and after it, Tesseract's words, the second reading and the words merged."""
    from ..ingest import line_second
    from ..repair import lm

    merge, line_score, asked = line_second.merge, lm.line_score, []
    mark = "\u2063"

    def spy(text: str) -> float:  # the choice scores the line with its context: read the context
        if mark in text:
            asked.append(text)
            return 0.0
        return line_score(text)

    def logging_merge(seg, reading, score, known):
        asked.clear()
        score(mark)
        before, after = asked[0].split(mark) if asked else ("", "")
        out = merge(seg, reading, score, known)
        log.append({"before": before.split(), "after": after.split(), "read": reading.text.split(),
                    "old": [r[0] for r in sorted(seg, key=lambda r: r[1])], "new": [r[0] for r in out]})
        return out

    line_second.merge, lm.line_score = logging_merge, spy
    try:
        yield log
    finally:
        line_second.merge, lm.line_score = merge, line_score


def runs(piece: dict, missed: bool = False) -> list[tuple[list[str], list[str], list[str], list[str]]]:
    """The runs the merge took in ``piece``, as (the line's words before the run, Tesseract's words,
    the new ones, the line's words after it); with ``missed``, those it left (its second reading's
    differing runs, in the case the merge would write them), each judged alone."""
    from ..ingest.line_second import _in_case_of

    old, new, read = piece["old"], piece["new"], piece["read"]
    taken = [(i1, i2, new[j1:j2]) for tag, i1, i2, j1, j2 in
             SequenceMatcher(None, old, new, autojunk=False).get_opcodes() if tag != "equal"]
    if missed:
        spans = {(i1, i2) for i1, i2, _ in taken}
        taken = [(i1, i2, _in_case_of([[w] for w in old[i1:i2]], read[j1:j2])) for tag, i1, i2, j1, j2 in
                 SequenceMatcher(None, old, read, autojunk=False).get_opcodes()
                 if tag == "replace" and (i1, i2) not in spans]
    return [(piece["before"] + old[:i1], old[i1:i2], words, old[i2:] + piece["after"]) for i1, i2, words in taken]


def pages(shared: Path, folders: list[Path], dev: bool = True):
    """(name, half, image path, true text, OCR cache) of every development rendering's page (unless
    not ``dev``) and every drawable probe's page of ``folders``."""
    from .folds import FOLDS
    from .parse import _ocr_cache, _rendered
    from .probe_renders import drawable, pages as probe_pages
    from .split import development_documents

    for doc in development_documents(shared) if dev else []:
        text = doc.text()
        for k, path in enumerate(_rendered(doc.id, text) or [], 1):
            name = f"dev/{doc.id}/page-{k}"
            yield name, half(name, doc.id in FOLDS["D"]), path, text, _ocr_cache()
    for folder in folders:
        for txt in sorted(folder.glob("*.txt")):
            text = txt.read_text(encoding="utf-8")
            if not txt.with_suffix(".json").exists() or not drawable(text):
                continue
            for k, path in enumerate(probe_pages(txt, text), 1):
                name = f"{folder}/{txt.name}/page-{k}"
                yield name, half(name, folder.name == "held"), path, text, _ocr_cache()


def measure(shared: Path, folders: list[Path], missed: bool = False, listing: bool = False, dev: bool = True,
            out=sys.stdout) -> dict:
    """``{half: {kind: Counter of verdicts}}`` over the pages; with ``listing``, every judged run of
    the study half is printed."""
    from ..ingest import ingest
    from ..options import Options

    counts: dict[str, dict[str, Counter]] = defaultdict(lambda: defaultdict(Counter))
    for name, part, path, text, cache in pages(shared, folders, dev):
        log: list[dict] = []
        with logged_merges(log):
            ingest(Path(path), Options(jobs=1, ocr_cache=str(cache)))
        truth = unicodedata.normalize("NFC", text).split()
        listed_from = next((i for i in range(len(truth) - 1)
                            if plain(truth[i]) == "noi" and plain(truth[i + 1]) == "nhan"), len(truth))
        for piece in log:
            for before, old, new, after in runs(piece, missed):
                got = verdict(before, old, new, after, truth)
                if got is None:
                    continue
                a, _, _ = locate(before + old + after, truth)
                what = kind(before, old, after, a > listed_from)
                for key in ("all", what):
                    counts[part][key][got] += 1
                if listing and part == "study":
                    print(f"{got:<20} {what:<13} {' '.join(old)!r} -> {' '.join(new)!r}   "
                          f"| {' '.join(before[-4:])} _ {' '.join(after[:4])}   [{name}]", file=out)
    return counts


def report(counts: dict, out=sys.stdout) -> None:
    for part in ("study", "held"):
        for what, c in sorted(counts.get(part, {}).items(), key=lambda kv: (kv[0] != "all", -sum(kv[1].values()))):
            n = sum(c.values())
            print(f"{part:<6} {what:<13} runs {n:>4}  " + "  ".join(f"{v} {c[v]}" for v in VERDICTS)
                  + f"  precision {c['right'] / n:.3f}", file=out)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("folders", nargs="*", type=Path, help="probe folders (NAME.txt beside NAME.json)")
    ap.add_argument("--shared", type=Path, default=Path(__file__).resolve().parents[3] / "shared")
    ap.add_argument("--missed", action="store_true", help="judge the runs the choice left, as if taken")
    ap.add_argument("--list", action="store_true", help="list every judged run of the study half")
    ap.add_argument("--no-dev", action="store_true", help="the probe folders' pages only")
    args = ap.parse_args(argv)
    report(measure(args.shared, args.folders, args.missed, args.list, not args.no_dev))
    return 0


if __name__ == "__main__":
    sys.exit(main())
