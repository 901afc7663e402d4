"""``dispatch read FILE [--json]`` and ``dispatch view FILE -o view.html``."""

from __future__ import annotations

import argparse
import io
import json
import sys
from pathlib import Path

from ..errors import OutputError


def _read(args: argparse.Namespace):
    from ..cli import _options
    from ..pipeline import read

    return read(args.file, _options(args))


def _summary(doc) -> str:
    from .contract import to_contract

    data = to_contract(doc.fields)
    try:
        from rich.console import Console
        from rich.table import Table
    except ImportError:  # pragma: no cover - rich is a dependency
        return json.dumps(data, ensure_ascii=False, indent=2) + "\n"
    console = Console(record=True, width=110, file=io.StringIO(), force_terminal=False)
    table = Table(title=doc.path, show_lines=False, title_justify="left")
    table.add_column("Trường", style="bold", no_wrap=True)
    table.add_column("Giá trị")
    signer = data["signer"]
    rows = [
        ("Số, ký hiệu", data["number"]), ("Loại văn bản", data["doc_type"]),
        ("Cơ quan ban hành", data["issuer"]), ("Cơ quan chủ quản", data["parent_issuer"]),
        ("Địa danh, ngày", ", ".join(x for x in (data["place"], data["date"]) if x)),
        ("Trích yếu", data["subject"]), ("Độ khẩn", data["urgency"]),
        ("Kính gửi", "\n".join(data["recipients"])),
        ("Văn bản dẫn chiếu", "\n".join(f"{r['number']}" + (f" ngày {r['date']}" if r["date"] else "")
                                        for r in data["references"])),
        ("Thời hạn", "\n".join(f"{d['date']}" + (f" {d['time']}" if d["time"] else "") + f" — {d['text']}"
                               for d in data["deadlines"])),
        ("Người ký", " / ".join(x for x in (signer["authority"] and f"{signer['authority']} {signer['capacity'] or ''}",
                                            signer["title"], signer["name"]) if x)),
        ("Nơi nhận", "\n".join(data["distribution"])),
    ]
    if data["report"]:
        r = data["report"]
        rows.append(("Báo cáo", f"về {r['to'] or '?'} trước {r['deadline']}" + (f" {r['time']}" if r["time"] else "")
                     + (f" ({r['form']})" if r["form"] else "")))
    if data["links"]:
        rows.append(("Đường dẫn", "\n".join(data["links"])))
    if data["contacts"]:
        rows.append(("Liên hệ", "\n".join(", ".join(x for x in (c["name"], c["unit"], c["phone"], c["email"]) if x)
                                          for c in data["contacts"])))
    if data["annexes"]:
        rows.append(("Phụ lục", "\n".join(f"{a['label']}: {a['title']}" for a in data["annexes"])))
    for name, value in rows:
        table.add_row(name, value or "—")
    console.print(table)
    tasks = Table(title=f"Nhiệm vụ ({len(data['tasks'])})", title_justify="left")
    tasks.add_column("#", justify="right")
    tasks.add_column("Đơn vị thực hiện")
    tasks.add_column("Hạn")
    tasks.add_column("Nội dung")
    for i, t in enumerate(data["tasks"], 1):
        tasks.add_row(str(i), "\n".join(t["assignees"]) or "—", t["deadline"] or "—", t["text"])
    console.print(tasks)
    for notice in doc.notices:
        console.print(f"lưu ý ({notice.stage}): {notice.message}")
    return console.export_text()


def cmd_read(args: argparse.Namespace) -> int:
    from .contract import to_contract

    doc = _read(args)
    if args.json:
        from ..cli import _print_json

        _print_json(to_contract(doc.fields, [f"{n.stage}: {n.message}" for n in doc.notices]))
    else:
        sys.stdout.write(_summary(doc))
    return 0


def cmd_view(args: argparse.Namespace) -> int:
    from .context import Span
    from .view import render_html

    doc = _read(args)
    spans = [Span(*s) for s in doc.meta.get("parse", {}).get("spans", [])]
    page = render_html(doc, spans)
    out = Path(args.output)
    try:
        out.write_text(page, encoding="utf-8")
    except OSError as exc:
        raise OutputError(f"cannot write the page ({exc.strerror})", path=out,
                          hint="Check that the folder exists and is writable") from exc
    print(f"{out}: {len(spans)} fields highlighted", file=sys.stderr)
    return 0


def register(sub) -> None:
    from ..cli import _add_ingest_options

    p = sub.add_parser("read", help="read a dispatch and print its parts (number, dates, tasks, …)")
    p.add_argument("file", help="the dispatch: PDF, image, DOCX or text")
    p.add_argument("--json", action="store_true", help="print the parts as JSON (the contract of dev/README.md)")
    p.add_argument("--no-repair", action="store_true", help="parse the text as read, without repair")
    _add_ingest_options(p)
    p.set_defaults(func=cmd_read)

    p = sub.add_parser("view", help="write an HTML page showing every part found in the text")
    p.add_argument("file", help="the dispatch: PDF, image, DOCX or text")
    p.add_argument("-o", "--output", default="view.html", help="the HTML file to write (default view.html)")
    p.add_argument("--no-repair", action="store_true", help="parse the text as read, without repair")
    _add_ingest_options(p)
    p.set_defaults(func=cmd_view)
