"""Every file made from a parsed dispatch: its name, how it is written, its MIME type, what it is
called. ``dispatch process`` and the batch write :data:`PROCESS` (through :func:`write_all`); the
web app offers :data:`OUTPUTS` as downloads and :data:`PROCESS` in one archive.

Each writer takes the parsed document as JSON-ready data (``Document.to_dict()``, with the web
app's corrections applied), its fields, the unit profile and the target path, and how to write:
``form`` and ``date`` of the reply, ``force``, ``reminder`` (working days before a deadline that
the calendar reminds; None: its default) and ``arrival`` (the register's arrival number, date and
time for the slip, as :func:`arrival_of_entry` gives them; None: what the arrival stamp says).
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from ..model import Document, Fields
from .files import atomic_write, check_writable, safe_name
from .profile import Profile
from ..i18n import N_

DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"
XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"


def _parsed(data: dict, fields: Fields, profile: Profile, target: Path, **how) -> list[str]:
    atomic_write(target, json.dumps(data, ensure_ascii=False, indent=2) + "\n", force=how["force"])
    return []


def _checklist(data: dict, fields: Fields, profile: Profile, target: Path, **how) -> list[str]:
    from .checklist import write_checklist

    return write_checklist(fields, target, force=how["force"], reminder=how.get("reminder"))


def _annex(data: dict, fields: Fields, profile: Profile, target: Path, **how) -> list[str]:
    from .annex import write_annex

    return write_annex(fields, profile, target, force=how["force"])


def _reply(data: dict, fields: Fields, profile: Profile, target: Path, **how) -> list[str]:
    from .reply import write_reply

    return write_reply(fields, profile, target, form=how["form"], date=how["date"], force=how["force"])


def _slip(data: dict, fields: Fields, profile: Profile, target: Path, **how) -> list[str]:
    from .slip import write_slip

    arrival = how.get("arrival") or arrival_of_stamp(fields)
    return write_slip(fields, profile, target, force=how["force"], arrival_no=arrival.get("no"),
                      arrival_date=arrival.get("date"), arrival_time=arrival.get("time"))


def arrival_of_stamp(fields: Fields) -> dict:
    """The slip's arrival number, date and time as the arrival stamp on the page gives them."""
    stamp = fields.arrival
    return {"no": stamp.number, "date": stamp.date, "time": stamp.time} if stamp else {}


def arrival_of_entry(entry) -> dict:
    """The slip's arrival number, date and time from a register entry."""
    return {"no": entry.arrival_no, "date": entry.arrival_date, "time": entry.arrival_time}


def _reply_cong_van(data: dict, fields: Fields, profile: Profile, target: Path, **how) -> list[str]:
    return _reply(data, fields, profile, target, **{**how, "form": "cong-van"})


@dataclass(frozen=True)
class Output:
    key: str  # in Written.outputs
    download: str  # in the web app's download address
    suffix: str  # after the dispatch's file-name stem
    mimetype: str
    label: str  # what `dispatch process` calls it
    title: str  # what the web page calls it
    write: Callable[..., list[str]]  # (data, fields, profile, target, form=, date=, force=, …) -> notices


PARSED = Output("parsed", "json", ".json", "application/json", N_("parsed JSON"),
                "Dữ liệu đã đọc (JSON)", _parsed)
CHECKLIST = Output("checklist", "checklist.xlsx", ".checklist.xlsx", XLSX, N_("checklist (XLSX)"),
                   "Danh sách nhiệm vụ (XLSX)", _checklist)
CHECKLIST_MD = Output("checklist-md", "checklist.md", ".checklist.md", "text/markdown; charset=utf-8",
                      N_("checklist (Markdown)"), "Danh sách nhiệm vụ (MD)", _checklist)
CALENDAR = Output("calendar", "calendar.ics", ".ics", "text/calendar; charset=utf-8", N_("calendar"),
                  "Lịch hạn xử lý (ICS)", _checklist)
ANNEX = Output("annex", "annex.docx", ".annex.docx", DOCX, N_("annex form"), "Mẫu phụ lục (DOCX)",
               _annex)
REPLY = Output("reply", "reply.docx", ".reply.docx", DOCX, N_("reply draft"), "Dự thảo báo cáo (DOCX)",
               _reply)
SLIP = Output("slip", "slip.docx", ".slip.docx", DOCX, N_("processing slip"),
              "Phiếu giải quyết văn bản đến (DOCX)", _slip)
REPLY_CONG_VAN = Output("reply-cong-van", "reply-cong-van.docx", ".reply-cong-van.docx", DOCX,
                        N_("reply công văn"), "Dự thảo công văn trả lời (DOCX)", _reply_cong_van)

PROCESS = (PARSED, CHECKLIST, CHECKLIST_MD, CALENDAR, ANNEX, REPLY, SLIP)  # what `dispatch process` writes
OUTPUTS = (SLIP, CHECKLIST, CHECKLIST_MD, CALENDAR, ANNEX, REPLY, REPLY_CONG_VAN, PARSED)  # as the web page lists them
BY_DOWNLOAD = {output.download: output for output in OUTPUTS}


def file_stem(fields: Fields | None, fallback: str) -> str:
    """Outputs are named after the dispatch's number (``1690-CV_TDTN-BTG``), else ``fallback``."""
    return safe_name(fields.number if fields else None, fallback)


@dataclass
class Written:
    outputs: dict[str, Path] = field(default_factory=dict)  # Output.key -> path
    notices: list[str] = field(default_factory=list)


def output_paths(fields: Fields | None, outdir: str | Path, fallback: str,
                 outputs: tuple[Output, ...] = PROCESS) -> dict[str, Path]:
    """Where each output of a dispatch goes in ``outdir``: named after its number, else
    ``fallback`` (the input file's stem)."""
    stem = file_stem(fields, safe_name(fallback))
    return {output.key: Path(outdir) / f"{stem}{output.suffix}" for output in outputs}


def write_all(doc: Document, outdir: str | Path, profile: Profile, *, source: str | Path | None = None,
              form: str = "bao-cao", date: dt.date | None = None, force: bool = False,
              outputs: tuple[Output, ...] = PROCESS, **how) -> Written:
    """Every file of ``outputs`` (all of :data:`PROCESS`) from a parsed document, named after its
    number (or ``source``); ``how``: ``reminder``, ``arrival`` (see the writers above)."""
    names = output_paths(doc.fields, outdir, Path(source or doc.path or "document").stem, outputs)
    check_writable(names.values(), force)  # all or nothing: refuse before writing anything
    data = doc.to_dict()
    done = Written(outputs=names)
    for output in outputs:
        done.notices += output.write(data, doc.fields, profile, names[output.key], form=form, date=date,
                                     force=force, **how)
    done.notices = list(dict.fromkeys(done.notices))
    return done
