"""``dispatch view FILE -o view.html``: a page showing the document with every part highlighted."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from ..errors import OutputError
from .arguments import add_ingest_options, options_from
from ..i18n import _, ngettext


def add(sub) -> None:
    p = sub.add_parser("view", help=_("write an HTML page showing every part found in the text"))
    p.add_argument("file", help=_("the dispatch: PDF, image, DOCX or text"))
    p.add_argument("-o", "--output", default="view.html", help=_("the HTML file to write (default view.html)"))
    p.add_argument("--no-repair", action="store_true", help=_("parse the text as read, without repair"))
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
        raise OutputError(_("cannot write the page (%(error)s)") % {"error": exc.strerror}, path=out,
                          hint=_("Check that the folder exists and is writable")) from exc
    print(ngettext("%(file)s: %(count)d field highlighted", "%(file)s: %(count)d fields highlighted",
                   len(spans)) % {"file": out, "count": len(spans)}, file=sys.stderr)
    return 0
