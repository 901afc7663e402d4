"""The development documents drawn in other page layouts, read by OCR, repaired and parsed.

The scan-like renderings (:func:`.parse._rendered`) draw every document in one layout only, so a
rule tuned on their OCR output can fit those exact pages: their line breaks, the way two columns
merge, one misread. Here each development document is drawn again in a few fixed, seeded layouts
(another serif font, another size, other column widths and margins, other degradation seeds: see
:data:`VARIANTS`), read through the same path as the renderings (OCR cached by page content,
repair, parse) and scored against the same gold. A rule that holds on the renderings but not on
the variants fits the pages, not the documents.

Development documents only (:func:`.split.development_documents`); the test part is refused.
Not part of ``make eval``: a development tool.

    python -m dispatch_tools.evaluate.render_variants [--fold D] [--jobs 2] [--save F] [--against F]
    python -m dispatch_tools.evaluate.render_variants --errors dejavu [--fold A,B,C]
    python -m dispatch_tools.evaluate.render_variants --errors dejavu --show 110   # the repaired text

The first run renders (LibreOffice) and reads every page (about 1.5 s a page on one core); later
runs take the pages and the OCR from the caches.
"""

from __future__ import annotations

import argparse
import sys
import zlib
from dataclasses import dataclass
from pathlib import Path

from .folds import FOLDS, NAMES, fold_option, ids_of
from .parse_score import error_listing, new_counts, score_document, summary, summary_line
from .render_style import Style
from .split import development_documents, require_development
from .styled_reads import cell, earlier, field_table, run_jobs, show_and_save, styled_pages

__all__ = ["Variant", "VARIANTS", "COLUMNS", "variant_pages", "read", "predict", "scores", "main"]

VERSION = "1"  # bump to draw the variants' pages again
DPI = 300


@dataclass(frozen=True)
class Variant:
    style: Style
    what: str


#: the fixed layouts, each with its own degradation seeds (seeded by its name and the document's)
VARIANTS = {
    "dejavu": Variant(Style(font="DejaVu Serif", size_delta=-1),
                      "DejaVu Serif, one point smaller: wider letters, other line breaks"),
    "narrow": Variant(Style(header_columns_mm=(64, 111), foot_columns_mm=(80, 90), left_mm=25, right_mm=20),
                      "Times, a narrower left head column, a wider foot column, other margins"),
    "small": Variant(Style(size_delta=-1, header_columns_mm=(82, 93), line_spacing=1.15),
                     "Times 13 pt, a wider left head column, lines 1.15 apart"),
}
#: the columns of the table: the text as given, the renderings of :mod:`.parse`, the variants
COLUMNS = ("text", "rendered") + tuple(VARIANTS)


def _seed(doc_id: str, name: str) -> int:
    return zlib.crc32(f"variant:{name}:{doc_id}".encode()) % 10_000


def variant_pages(doc_id: str, text: str, name: str, dpi: int = DPI) -> list[Path]:
    """Scan-like pages of development document ``doc_id`` drawn in variant ``name``, rendered once
    and kept in the render cache (keyed by the variant, the seed and the text)."""
    require_development([doc_id])
    return styled_pages("variants", name, doc_id, text, VARIANTS[name].style, _seed(doc_id, name), VERSION, dpi)


def read(doc_id: str, text: str, column: str):
    """Development document ``doc_id`` drawn as ``column`` (a variant or ``rendered``), OCR'd,
    repaired and parsed: the pipeline's document."""
    from .parse import _ocr_cache, _read_pages, _rendered

    require_development([doc_id])
    pages = _rendered(doc_id, text) if column == "rendered" else variant_pages(doc_id, text, column)
    return _read_pages(pages, _ocr_cache())


def predict(doc_id: str, text: str, column: str) -> dict:
    """The contract read from development document ``doc_id`` as ``column`` shows it."""
    from ..parse import to_contract
    from .parse import _contract_of_text

    require_development([doc_id])
    if column == "text":
        return _contract_of_text(text)
    return to_contract(read(doc_id, text, column).fields)


def _job(job: tuple[str, str, str]) -> tuple[str, str, dict]:
    doc_id, text, column = job
    return column, doc_id, predict(doc_id, text, column)


def _predictions(docs, columns, jobs: int) -> dict[str, dict[str, dict]]:
    work = [(d.id, d.text(), c) for c in columns for d in docs]
    out: dict[str, dict[str, dict]] = {c: {} for c in columns}
    for column, doc_id, contract in run_jobs(_job, work, jobs, chunksize=2):
        out[column][doc_id] = contract
    return out


def scores(shared: Path, columns=COLUMNS, folds: list[str] | None = None, jobs: int = 1) -> dict:
    """{column: {fold or "dev": summary}} over the development documents (of ``folds`` if given)."""
    docs = development_documents(Path(shared), ids_of(folds) if folds else None)
    golds = {d.id: d.gold() for d in docs}
    preds = _predictions(docs, columns, jobs)
    groups = {n: FOLDS[n] for n in (folds or NAMES)}
    groups["dev"] = frozenset(golds)
    result: dict = {}
    for column in columns:
        result[column] = {}
        for group, ids in groups.items():
            counts = new_counts()
            for doc_id in sorted(i for i in ids if i in golds):
                score_document(preds[column][doc_id], golds[doc_id], counts)
            result[column][group] = summary(counts)
    return result


def report(result: dict, against: dict | None = None, out=None) -> None:
    """F1 per field for each column (the development documents scored), then the overall F1 of
    each fold; with ``against`` (an earlier result) the changes."""
    out = out or sys.stdout
    columns = list(result)
    was = earlier(against)
    field_table(result, "dev", "F1 per field, development documents", against, out)
    groups = [g for g in result[columns[0]] if g != "dev"]
    print("\nOverall F1 by development fold", file=out)
    print(f"{'':<18}" + "".join(f"{g:>10}" for g in groups + ["dev"]), file=out)
    for c in columns:
        print(f"{c:<18}" + "".join(cell(result[c][g]["overall_f1"], was(c, g)) for g in groups + ["dev"]),
              file=out)


def errors(shared: Path, column: str, folds: list[str] | None = None, out=None) -> int:
    """Every wrong field of the development documents (of ``folds``) as ``column`` reads them."""
    out = out or sys.stdout
    docs = development_documents(Path(shared), ids_of(folds) if folds else None)
    counts = new_counts()
    for doc in docs:
        found: list[str] = []
        score_document(predict(doc.id, doc.text(), column), doc.gold(), counts, found)
        if found:
            out.write(error_listing(f"{doc.id} ({column})", found))
    which = f"folds {','.join(folds)}" if folds else "development part"
    print(summary_line(f"{column}, {which}", len(docs), counts), file=out)
    return 0


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--shared", default=str(Path(__file__).resolve().parents[3] / "shared"))
    fold_option(ap)
    ap.add_argument("--errors", metavar="VARIANT", help=f"print the wrong fields as one column reads them "
                    f"({', '.join(COLUMNS)})")
    ap.add_argument("--show", metavar="ID", help="with --errors: print the repaired text of this development "
                    "document as the column reads it, instead of the errors")
    ap.add_argument("--only", metavar="NAMES", help="the columns to score (comma-separated; default all)")
    ap.add_argument("--jobs", type=int, default=1, help="documents read at the same time")
    ap.add_argument("--save", type=Path, metavar="FILE", help="save the scores")
    ap.add_argument("--against", type=Path, metavar="FILE", help="show the changes against saved scores")
    args = ap.parse_args(argv)
    folds = args.fold
    columns = tuple(x for x in args.only.split(",") if x) if args.only else COLUMNS
    unknown = [c for c in columns + ((args.errors,) if args.errors else ()) if c not in COLUMNS]
    if unknown:
        print(f"render_variants: error: unknown variant {', '.join(unknown)}: the columns are "
              f"{', '.join(COLUMNS)}", file=sys.stderr)
        return 2
    if args.errors and args.show:
        doc = development_documents(Path(args.shared), [args.show])[0]
        print(doc.text() if args.errors == "text" else read(doc.id, doc.text(), args.errors).text)
        return 0
    if args.errors:
        return errors(Path(args.shared), args.errors, folds)
    result = scores(Path(args.shared), columns, folds, args.jobs)
    show_and_save(report, result, args.against, args.save)
    return 0


if __name__ == "__main__":
    sys.exit(main())
