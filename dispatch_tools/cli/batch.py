"""``dispatch batch DIR -o OUTDIR``: every dispatch in a folder, with a progress bar on a terminal
and one line per file otherwise."""

from __future__ import annotations

import argparse
import sys
from contextlib import contextmanager

from .arguments import add_ingest_options, options_from
from ..i18n import _


def add(sub) -> None:
    p = sub.add_parser("batch", help=_("process every dispatch in a folder; write the register"),
                       description=_("Process every PDF, image, DOCX and text file under FOLDER in "
                                   "parallel. Each gets its own output folder; register.xlsx, "
                                   "tasks.xlsx and failures.csv sum them up. Files already done "
                                   "(same content) are skipped unless --force. Exit code 7 when "
                                   "some files failed (see failures.csv), 8 when another batch "
                                   "is writing to the output folder."))
    p.add_argument("folder", help=_("folder of incoming dispatches (searched recursively)"))
    p.add_argument("-o", "--output", required=True, help=_("output folder (created when missing)"))
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
    add_ingest_options(p)
    p.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    from ..batch import run_batch

    with _progress(_("dispatches")) as progress:
        result = run_batch(args.folder, args.output, profile=args.profile, options=options_from(args),
                           workers=args.workers, force=args.force, executor=args.executor,
                           scheduler=args.scheduler, form=args.form, progress=progress,
                           wait=args.wait, notify=lambda m: print(f"dispatch: {m}", file=sys.stderr))
    print(_("%(processed)d processed, %(failed)d failed, %(skipped)d already done (skipped)")
          % {"processed": len(result.processed), "failed": len(result.failed),
             "skipped": len(result.skipped)})
    for key, label in (("register", _("register")), ("tasks", _("tasks")), ("failures", _("failures"))):
        print(f"  {label + ':':<10} {result.outputs[key]}")
    return 0 if not result.failed else 7


def plain_progress(i: int, total: int, record: dict) -> None:
    if record["status"] == "ok":
        s = record["summary"]
        number = s.get("number") or _("(no number)")
        print(f"[{i}/{total}] {_('ok'):<7} {record['file']}: {number}", file=sys.stderr)
    else:
        print(f"[{i}/{total}] {_('FAILED'):<7} {record['error']}", file=sys.stderr)


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
            if record["status"] != "ok":
                console.print(f"[red]{_('FAILED')}[/red] {record['error']}", markup=True, highlight=False)

        yield update
