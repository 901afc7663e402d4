"""Agreement of the OCR path with the text path on feet made harder: each development document
re-drawn with a longer ``Nơi nhận`` list whose added entries are long enough to wrap in the narrow
foot column, so that more of the list runs beside the signature, its ink and the signer's name.

The added entries come from the distribution lists of the other development documents, a pool
split once by a fixed hash into a studied part and a part held back (:func:`.swaps.pool_part`);
each document draws its entries with its own fixed seed (:func:`.swaps.draw`) and they go in
after the list's first item. The text path reads the lengthened text as it is; its
contract stands in for gold as in :mod:`.agreement`, and only the foot's fields are scored
(the distribution and the signer's fields), by development fold (A, B, C studied; D held back).

    python -m dispatch_tools.evaluate.long_foot [--pool studied|held] [--only sans] [--jobs 2]
        [--save F] [--against F]
    python -m dispatch_tools.evaluate.long_foot --differences sans --fold A,B,C

Not part of ``make eval``: a development tool. Pages and OCR are cached like the agreement's.
"""

from __future__ import annotations

import re
import sys
from pathlib import Path

from . import agreement
from .folds import fold_of, fold_option, ids_of
from .parse_score import error_listing, new_counts, score_document, summary
from .split import development_documents, require_development
from .swaps import draw, part

__all__ = ["FOOT_FIELDS", "lengthened", "main"]

FOOT_FIELDS = ("distribution", "signer.authority", "signer.capacity", "signer.title", "signer.name")
ADDED = 3  # entries added to each list

_LABEL = re.compile(r"(?i)nơi nhận")
_BULLET_LINE = re.compile(r"^([ \t]*[-–—•+][ \t]*)\S.*[;,][ \t]*$")
WRAPS = 40  # an added entry is entries of the pool joined by commas up to this length at least


def _pool(texts: dict[str, str], which: str) -> list[str]:
    """The entries the text path reads in every list (:func:`.parse._contract_of_text`), neither
    ``Như trên`` nor a filing line, in part ``which`` of the pool."""
    from .parse import _contract_of_text

    seen: dict[str, None] = {}
    for doc_id in sorted(texts):
        for item in _contract_of_text(texts[doc_id]).get("distribution") or []:
            low = item.lower()
            if len(item) >= 12 and not low.startswith(("như trên", "lưu")) and ";" not in item:
                seen.setdefault(item, None)
    return part(list(seen), which, key=lambda x: x)


def lengthened(doc_id: str, text: str, pool: list[str]) -> str | None:
    """``text`` with :data:`ADDED` entries of ``pool`` put in its list after its first item, each on
    a line of its own with the first item's dash, each long enough to wrap in the foot column (entries
    of the pool joined when one is short); None when the list has no item on a line of its own."""
    label = _LABEL.search(text)
    if label is None:
        return None
    lines = text.split("\n")
    first = text.count("\n", 0, label.start())
    at = next((k for k in range(first, min(first + 8, len(lines))) if _BULLET_LINE.match(lines[k])), None)
    if at is None:
        return None
    dash = _BULLET_LINE.match(lines[at]).group(1)
    rng = draw(doc_id, 0)
    choices = [x for x in pool if x not in text]
    added = []
    while len(added) < ADDED and choices:
        entry = choices.pop(rng.randrange(len(choices)))
        while len(entry) < WRAPS and choices:
            entry = f"{entry}, {choices.pop(rng.randrange(len(choices)))}"
        added.append(f"{dash}{entry};")
    if len(added) < ADDED or len(entry) < WRAPS:
        return None
    gap = [""] if at + 1 < len(lines) and not lines[at + 1].strip() else []
    lines[at + 1:at + 1] = [x for entry in added for x in gap + [entry]]
    return "\n".join(lines)


def sources(shared: Path, folds: list[str] | None, which: str) -> dict[str, tuple[str, str]]:
    """{name: (fold, lengthened text)} of the development documents (of ``folds``) that have a list."""
    docs = development_documents(Path(shared))
    require_development([d.id for d in docs])
    texts = {d.id: d.text() for d in docs}
    pool = _pool(texts, which)
    wanted = set(ids_of(folds)) if folds else None
    out = {}
    for doc_id, text in sorted(texts.items()):
        if wanted is not None and doc_id not in wanted:
            continue
        new = lengthened(doc_id, text, pool)
        if new is not None:
            out[f"{doc_id}-foot-{which}"] = (fold_of(doc_id), new)
    return out


def foot_scores(srcs: dict, contracts: dict, styles) -> dict:
    """{style: {group: {field: F1, "foot": micro F1 of the foot's fields, "documents": share whole}}}."""
    out: dict = {style: {} for style in styles}
    for style, group, counts, wrongs in agreement.scored_groups(srcs, contracts, styles):
        whole = sum(not set(w) & set(FOOT_FIELDS) for w in wrongs)
        fields = summary(counts)["fields"]
        tp = sum(counts[f].tp for f in FOOT_FIELDS)
        fp = sum(counts[f].fp for f in FOOT_FIELDS)
        fn = sum(counts[f].fn for f in FOOT_FIELDS)
        row = {f: fields[f]["f1"] for f in FOOT_FIELDS}
        row["foot"] = round(2 * tp / (2 * tp + fp + fn), 4) if tp + fp + fn else 1.0
        row["documents"] = round(whole / len(wrongs), 4) if wrongs else 1.0
        out[style][group] = row
    return out


def report(result: dict, against: dict | None = None, out=None) -> None:
    out = out or sys.stdout
    for style, groups in result.items():
        print(f"\n{style}: agreement of the foot's fields with the text path"
              f"{' (before → now)' if against else ''}", file=out)
        print(f"{'':<18}" + "".join(f"{g:>16}" for g in groups), file=out)
        for field in FOOT_FIELDS + ("foot", "documents"):
            cells = []
            for g, row in groups.items():
                now = row[field]
                was = (against or {}).get(style, {}).get(g, {}).get(field)
                cells.append((f"{was:.3f} → {now:.3f}" if was is not None else f"{now:.3f}").rjust(16))
            print(f"{field:<18}" + "".join(cells), file=out)


def differences(srcs: dict, style: str, out=None) -> int:
    """The foot's fields where ``style``'s OCR path differs from the text path."""
    out = out or sys.stdout
    for name in sorted(srcs):
        group, text = srcs[name]
        _, _, from_text = agreement._job((name, text, "text"))
        _, _, from_pages = agreement._job((name, text, style))
        found: list[str] = []
        score_document(from_pages, from_text, new_counts(), found)
        found = [f for f in found if f.split(":")[0] in FOOT_FIELDS]
        if found:
            out.write(error_listing(f"{name} ({group}, {style}; 'gold' is the text path)", found))
    return 0


def main(argv: list[str] | None = None) -> int:
    import argparse
    import json

    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--shared", default=str(Path(__file__).resolve().parents[3] / "shared"))
    ap.add_argument("--pool", choices=("studied", "held"), default="studied",
                    help="the part of the pool the added entries are drawn from")
    fold_option(ap, "only the development documents of these folds")
    agreement.style_options(ap, "list the foot's fields where the style differs")
    args = ap.parse_args(argv)
    chosen = agreement.chosen_styles(args, "long_foot")
    if chosen is None:
        return 2
    folds, styles = chosen
    srcs = sources(Path(args.shared), folds, args.pool)
    if args.differences and args.show:
        print(agreement.read(args.show, srcs[args.show][1], args.differences).text)
        return 0
    if args.differences:
        return differences(srcs, args.differences)
    result = foot_scores(srcs, agreement._contracts(srcs, styles, args.jobs), styles)
    report(result, json.loads(args.against.read_text(encoding="utf-8")) if args.against else None)
    if args.save:
        args.save.write_text(json.dumps(result, indent=1), encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
