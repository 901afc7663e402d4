"""``dispatch read FILE [--json]``: the parts of a dispatch as a table and its tasks, or the JSON
contract."""

from __future__ import annotations

import argparse
import io
import json
import sys

from .arguments import add_ingest_options, options_from
from .printing import print_json, stage_name
from ..i18n import _


def add(sub) -> None:
    p = sub.add_parser("read", help=_("read a dispatch and print its parts (number, dates, tasks, …)"))
    p.add_argument("file", help=_("the dispatch: PDF, image, DOCX or text"))
    p.add_argument("--json", action="store_true",
                   help=_("print the parts as JSON (the contract of dev/README.md)"))
    p.add_argument("--no-repair", action="store_true", help=_("parse the text as read, without repair"))
    add_ingest_options(p)
    p.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    from ..parse import to_contract
    from ..pipeline import read

    doc = read(args.file, options_from(args))
    if args.json:
        print_json(to_contract(doc.fields, [f"{stage_name(n.stage)}: {n.message}" for n in doc.notices]))
    else:
        sys.stdout.write(_tables(doc))
    return 0


def _tables(doc) -> str:
    from ..parse import to_contract
    from ..parse.contract_table import field_rows, task_rows

    data = to_contract(doc.fields)
    try:
        from rich.console import Console
        from rich.table import Table
    except ImportError:  # pragma: no cover - rich is a dependency
        return json.dumps(data, ensure_ascii=False, indent=2) + "\n"
    console = Console(record=True, width=110, file=io.StringIO(), force_terminal=False)
    table = Table(title=doc.path, show_lines=False, title_justify="left")
    table.add_column(_("Field"), style="bold", no_wrap=True)
    table.add_column(_("Value"))
    for name, value in field_rows(data):
        table.add_row(name, value or "—")
    console.print(table)
    tasks = Table(title=_("Tasks (%(count)d)") % {"count": len(data["tasks"])}, title_justify="left")
    tasks.add_column("#", justify="right")
    tasks.add_column(_("Assigned to"))
    tasks.add_column(_("Deadline"))
    tasks.add_column(_("Task"))
    for number, assignees, deadline, text in task_rows(data):
        tasks.add_row(number, assignees or "—", deadline or "—", text)
    console.print(tasks)
    for notice in doc.notices:
        console.print(_("note (%(stage)s): %(message)s")
                      % {"stage": stage_name(notice.stage), "message": notice.message})
    for message in data["review"].values():  # the fields a person must check ("cần xem lại")
        console.print(message)
    return console.export_text()
