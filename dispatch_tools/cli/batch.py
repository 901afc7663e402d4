"""``dispatch batch DIR -o OUTDIR``: every dispatch in a folder, into the office's register, with
a progress bar on a terminal and one line per file otherwise; at the end a summary that names
the duplicates and the files that may not be dispatches."""

from __future__ import annotations

import argparse
import sys
from contextlib import contextmanager

from .arguments import add_ingest_options, add_register_option, add_reminder_option, options_from
from ..i18n import N_, _

# What the command says to the clerk, in one place (translated where it is shown).
TEXT = {
    "done": N_("Processed %(processed)d files, %(failed)d could not be processed, %(skipped)d "
               "processed before (skipped)."),
    "look": N_("To check:"),
    "flagged": N_("  arrival number %(no)s/%(year)s (%(name)s): %(notes)s"),
    "ok": N_("[%(i)d/%(total)d] done   %(name)s: arrival number %(no)s, %(number)s"),
    "ok_notes": " (%(notes)s)",
    "failed": N_("[%(i)d/%(total)d] FAILED %(error)s"),
    "no_number": N_("number and symbol not known"),
    "bar": N_("dispatches"),
    "outputs": [("register", N_("register (XLSX)")), ("tasks", N_("tasks (XLSX)")),
                ("failures", N_("failed files (CSV)")), ("register_file", N_("register (SQLite)"))],
}


def add(sub) -> None:
    p = sub.add_parser("batch", help=_("process every dispatch in a folder; register each in the "
                                       "office's register"),
                       description=_("Process every PDF, image, DOCX and text file under FOLDER in "
                                     "parallel. Each gets its own output folder with its processing "
                                     "slip, and an arrival number in the office's register (shared "
                                     "with the web app); register.xlsx, tasks.xlsx and failures.csv "
                                     "sum them up. Files already done (same content) are skipped "
                                     "unless --force. Exit code 7 when some files failed (see "
                                     "failures.csv), 8 when another batch is writing to the output "
                                     "folder."))
    p.add_argument("folder", help=_("folder of incoming dispatches (searched recursively)"))
    p.add_argument("-o", "--output", required=True, help=_("output folder (created when missing)"))
    add_register_option(p, _("the office's register to add the dispatches to"))
    p.add_argument("--workers", type=int, help=_("files processed at once (default: the number of cores)"))
    p.add_argument("--force", action="store_true", help=_("process files that were done before"))
    p.add_argument("--wait", action="store_true",
                   help=_("when another batch is writing to the output folder, wait for it to finish "
                        "(default: stop with exit code 8)"))
    p.add_argument("--executor", choices=["local", "dask"], default="local",
                   help=_("local worker processes (default) or a Dask cluster"))
    p.add_argument("--scheduler", help=_("the Dask scheduler's address, e.g. tcp://127.0.0.1:8786"))
    p.add_argument("--profile", help=_("your unit's profile (TOML; see `dispatch init-profile`)"))
    p.add_argument("--as", dest="form", choices=["bao-cao", "cong-van"], default="bao-cao",
                   help=_("draft replies as a report (default) or a công văn"))
    add_reminder_option(p)
    add_ingest_options(p)
    p.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    from ..batch import run_batch

    with _progress(_(TEXT["bar"])) as progress:
        result = run_batch(args.folder, args.output, profile=args.profile, options=options_from(args),
                           workers=args.workers, force=args.force, executor=args.executor,
                           scheduler=args.scheduler, form=args.form, progress=progress,
                           wait=args.wait, notify=lambda m: print(f"dispatch: {m}", file=sys.stderr),
                           register=args.register, reminder=args.remind_days)
    print(summary(result))
    return 0 if not result.failed else 7


def summary(result) -> str:
    """What a batch did, the files whose register entry needs a look, and where the books are."""
    lines = [_(TEXT["done"]) % {"processed": len(result.processed), "failed": len(result.failed),
                                "skipped": len(result.skipped)}]
    flagged = [r for r in result.processed if r.get("register_notes")]
    if flagged:
        lines.append(_(TEXT["look"]))
        for r in sorted(flagged, key=lambda r: (r["year"], r["arrival_no"])):
            lines.append(_(TEXT["flagged"]) % {"no": r["arrival_no"], "year": r["year"], "name": r["name"],
                                               "notes": "; ".join(r["register_notes"])})
    labels = [(key, _(label)) for key, label in TEXT["outputs"]]
    width = max(len(label) for _key, label in labels) + 2
    for key, label in labels:
        lines.append(f"  {label + ':':<{width}}{result.outputs[key]}")
    return "\n".join(lines)


def plain_progress(i: int, total: int, record: dict) -> None:
    print(progress_line(i, total, record), file=sys.stderr)


def progress_line(i: int, total: int, record: dict) -> str:
    if record["status"] != "ok":
        return _(TEXT["failed"]) % {"i": i, "total": total, "error": record["error"]}
    line = _(TEXT["ok"]) % {"i": i, "total": total, "name": record["name"], "no": record["arrival_no"],
                            "number": record["summary"].get("number") or _(TEXT["no_number"])}
    notes = record.get("register_notes")
    return line + (TEXT["ok_notes"] % {"notes": "; ".join(notes)} if notes else "")


@contextmanager
def _progress(total_hint: str):
    """A rich progress bar on a terminal, plain lines otherwise."""
    if not sys.stderr.isatty():
        yield plain_progress
        return
    from rich.console import Console
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeRemainingColumn

    console = Console(stderr=True)
    with Progress(TextColumn("{task.description}"), BarColumn(), MofNCompleteColumn(),
                  TimeRemainingColumn(), console=console) as bar:
        task = bar.add_task(total_hint, total=None)

        def update(i: int, total: int, record: dict) -> None:
            bar.update(task, completed=i, total=total)
            if record["status"] != "ok" or record.get("register_notes"):
                console.print(progress_line(i, total, record), markup=False, highlight=False)

        yield update
