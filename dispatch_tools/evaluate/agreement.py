"""Agreement of the OCR path with the text path: a measure of the scan path that needs no gold.

A document is parsed twice: from its text (the contract of ``dispatch read --json``) and from its
pages drawn as a scan (rendered, degraded, OCR'd, repaired, parsed). The text path is the stronger
one, so where a field differs the OCR path has most likely lost it: a header column read in the
wrong order, a signature block run into ``Nơi nhận``, a line joined or broken. The rate at which
the two agree is scored like F1 with the text's contract in the place of gold
(:func:`.parse_score.score_document`), so it reads like the other tables.

The pages are drawn in styles none of the rules was tuned on (:data:`STYLES`: other fonts, sizes,
margins, column widths and line spacing than the renderings and :mod:`.render_variants`), each
with its own degradation seeds. Two sources:

* the development documents (:func:`.split.development_documents`; the test part is refused),
  grouped by development fold (A, B, C studied; D held back);
* dispatches composed for the purpose (``--composed DIR``: ``*.txt``, kept outside the
  repository), split by a hash of the file name into a studied and a held-back half.

    python -m dispatch_tools.evaluate.agreement [--composed DIR] [--jobs 2] [--save F] [--against F]
    python -m dispatch_tools.evaluate.agreement --differences sans [--fold A,B,C]
    python -m dispatch_tools.evaluate.agreement --differences sans --composed DIR --half studied
    python -m dispatch_tools.evaluate.agreement --differences sans --show 110   # the repaired text

Not part of ``make eval``: a development tool. Pages and OCR are cached like the renderings'.
"""

from __future__ import annotations

import argparse
import hashlib
import sys
import zlib
from pathlib import Path

from .folds import fold_of, fold_option, ids_of
from .parse_score import error_listing, new_counts, score_document, summary
from .render_style import Style
from .split import development_documents, require_development
from .styled_reads import cell, earlier, field_table, run_jobs, show_and_save, styled_pages

__all__ = ["STYLES", "style_pages", "agreement", "half_of", "main"]

VERSION = "1"  # bump to draw the pages again
DPI = 300

#: page styles no rule was tuned on (the renderings draw Times 14 pt; the variants dejavu, narrow, small)
STYLES = {
    "sans": Style(font="Liberation Sans", size_delta=-1, header_columns_mm=(78, 97)),
    "condensed": Style(font="DejaVu Serif Condensed", size_delta=-0.5, left_mm=25, right_mm=20,
                       foot_columns_mm=(88, 82)),
    "airy": Style(size_delta=0.5, header_columns_mm=(68, 107), foot_columns_mm=(78, 92), left_mm=30,
                  right_mm=20, line_spacing=1.3),
}
HALVES = ("studied", "held")


def half_of(name: str) -> str:
    """The half a composed dispatch belongs to, decided by a hash of its file name."""
    return HALVES[int(hashlib.sha256(f"agreement-v1:{name}".encode()).hexdigest(), 16) % 2]


def _seed(name: str, style: str) -> int:
    return zlib.crc32(f"agreement:{style}:{name}".encode()) % 10_000


def style_pages(name: str, text: str, style: str, dpi: int = DPI) -> list[Path]:
    """Scan-like pages of ``text`` drawn in ``style``, rendered once and kept in the render cache."""
    return styled_pages("agreement", style, name, text, STYLES[style], _seed(name, style), VERSION, dpi)


def read(name: str, text: str, style: str):
    """The pipeline's document read from ``text`` drawn in ``style``."""
    from .parse import _ocr_cache, _read_pages

    return _read_pages(style_pages(name, text, style), _ocr_cache())


def _job(job: tuple[str, str, str]) -> tuple[str, str, dict]:
    from ..parse import to_contract
    from .parse import _contract_of_text

    name, text, style = job
    if style == "text":
        return style, name, _contract_of_text(text)
    return style, name, to_contract(read(name, text, style).fields)


def _sources(shared: Path, composed: Path | None, folds: list[str] | None) -> dict[str, tuple[str, str]]:
    """{name: (group, text)}: development documents by fold, composed dispatches by half."""
    out: dict[str, tuple[str, str]] = {}
    if composed is None:
        for doc in development_documents(Path(shared), ids_of(folds) if folds else None):
            require_development([doc.id])
            out[doc.id] = (fold_of(doc.id), doc.text())
    else:
        for path in sorted(Path(composed).glob("*.txt")):
            half = half_of(path.name)
            if folds is None or half in folds:
                out[path.stem] = (half, path.read_text(encoding="utf-8-sig"))
    return out


def _contracts(sources: dict, styles, jobs: int) -> dict[str, dict[str, dict]]:
    work = [(name, text, s) for s in ("text",) + tuple(styles) for name, (_, text) in sources.items()]
    out: dict[str, dict[str, dict]] = {s: {} for s in ("text",) + tuple(styles)}
    for style, name, contract in run_jobs(_job, work, jobs):
        out[style][name] = contract
    return out


def agreement(sources: dict, contracts: dict, styles) -> dict:
    """{style: {group: summary, "all": summary}}: each style's contracts scored against the text's,
    with the share of documents agreeing on every field as ``documents``."""
    result: dict = {style: {} for style in styles}
    for style, group, counts, wrongs in scored_groups(sources, contracts, styles):
        s = summary(counts)
        s["documents"] = round(sum(not w for w in wrongs) / len(wrongs), 4) if wrongs else 1.0
        result[style][group] = s
    return result


def scored_groups(sources: dict, contracts: dict, styles):
    """(style, group, counts, the wrong fields of each document) of each style's contracts scored
    against the text's, for each group of ``sources`` and for ``all``."""
    groups = sorted({g for g, _ in sources.values()}) + ["all"]
    for style in styles:
        for group in groups:
            counts, wrongs = new_counts(), []
            for name in sorted(sources):
                if group in ("all", sources[name][0]):
                    wrongs.append(score_document(contracts[style][name], contracts["text"][name], counts))
            yield style, group, counts, wrongs


def report(result: dict, against: dict | None = None, out=None) -> None:
    out = out or sys.stdout
    styles = list(result)
    was = earlier(against)
    field_table(result, "all", "Agreement with the text path per field", against, out)
    groups = list(result[styles[0]])
    print("\nOverall agreement by group (documents agreeing on every field in brackets)", file=out)
    print(f"{'':<18}" + "".join(f"{g:>16}" for g in groups), file=out)
    for s in styles:
        cells = []
        for g in groups:
            now = result[s][g]
            before = was(s, g)
            head = cell(now["overall_f1"], before).strip()
            cells.append(f"{head} ({now['documents']:.2f})".rjust(16))
        print(f"{s:<18}" + "".join(cells), file=out)


def differences(sources: dict, style: str, out=None) -> int:
    """Every field where ``style``'s OCR path differs from the text path ("gold" is the text's)."""
    out = out or sys.stdout
    counts = new_counts()
    for name in sorted(sources):
        group, text = sources[name]
        _, _, from_text = _job((name, text, "text"))
        _, _, from_pages = _job((name, text, style))
        found: list[str] = []
        score_document(from_pages, from_text, counts, found)
        if found:
            out.write(error_listing(f"{name} ({group}, {style}; 'gold' is the text path)", found))
    s = summary(counts)
    print(f"\n{style}, {len(sources)} documents: agreement {s['overall_f1']:.3f}; "
          + ", ".join(f"{k} {v['f1']:.3f}" for k, v in s["fields"].items() if v["f1"] < 1), file=out)
    return 0


def style_options(ap: argparse.ArgumentParser, differences: str) -> None:
    """The options of a measure drawn in :data:`STYLES`: the styles, the differences of one, its text,
    the jobs, and the scores saved or compared."""
    ap.add_argument("--only", metavar="STYLES", help=f"the styles to draw (default all: {', '.join(STYLES)})")
    ap.add_argument("--differences", metavar="STYLE", help=differences)
    ap.add_argument("--show", metavar="NAME", help="with --differences: print the repaired text instead")
    ap.add_argument("--jobs", type=int, default=1)
    ap.add_argument("--save", type=Path, metavar="FILE")
    ap.add_argument("--against", type=Path, metavar="FILE")


def chosen_styles(args, prog: str) -> tuple[list[str] | None, tuple[str, ...]] | None:
    """(the folds of ``--fold``, the styles of ``--only``), or None after saying on stderr what is
    wrong with them."""
    folds = args.fold
    styles = tuple(x for x in args.only.split(",") if x) if args.only else tuple(STYLES)
    unknown = [s for s in styles + ((args.differences,) if args.differences else ()) if s not in STYLES]
    if unknown:
        print(f"{prog}: error: unknown style {', '.join(unknown)}: the styles are {', '.join(STYLES)}",
              file=sys.stderr)
        return None
    return folds, styles


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--shared", default=str(Path(__file__).resolve().parents[3] / "shared"))
    ap.add_argument("--composed", type=Path, metavar="DIR", help="composed dispatches (*.txt) instead of "
                    "the development documents")
    fold_option(ap, "only the development documents of these folds")
    ap.add_argument("--half", choices=HALVES, help="with --composed: only this half")
    style_options(ap, "list the fields where the style's OCR path differs")
    args = ap.parse_args(argv)
    chosen = chosen_styles(args, "agreement")
    if chosen is None:
        return 2
    folds, styles = chosen
    if args.composed is not None:
        folds = [args.half] if args.half else None
    sources = _sources(Path(args.shared), args.composed, folds)
    if args.differences and args.show:
        group, text = sources[args.show]
        print(read(args.show, text, args.differences).text)
        return 0
    if args.differences:
        return differences(sources, args.differences)
    result = agreement(sources, _contracts(sources, styles, args.jobs), styles)
    show_and_save(report, result, args.against, args.save)
    return 0


if __name__ == "__main__":
    sys.exit(main())
