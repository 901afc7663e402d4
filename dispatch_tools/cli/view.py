"""``dispatch view FILE -o view.html``: a page showing the document with every part highlighted."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from ..errors import OutputError
from .arguments import add_ingest_options, options_from


def add(sub) -> None:
    p = sub.add_parser("view", help="write an HTML page showing every part found in the text")
    p.add_argument("file", help="the dispatch: PDF, image, DOCX or text")
    p.add_argument("-o", "--output", default="view.html", help="the HTML file to write (default view.html)")
    p.add_argument("--no-repair", action="store_true", help="parse the text as read, without repair")
    add_ingest_options(p)
    p.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    from ..parse.view import parsed_spans, render_html
    from ..pipeline import read

    doc = read(args.file, options_from(args))
    spans = parsed_spans(doc)
    page = render_html(doc, spans)
    out = Path(args.output)
    try:
        out.write_text(page, encoding="utf-8")
    except OSError as exc:
        raise OutputError(f"cannot write the page ({exc.strerror})", path=out,
                          hint="Check that the folder exists and is writable") from exc
    print(f"{out}: {len(spans)} fields highlighted", file=sys.stderr)
    return 0
