"""The whole job for one dispatch: read it (ingest -> repair -> parse), then write every file a
clerk needs: the parsed JSON, the checklist (XLSX and Markdown), the calendar, the annex form and
the draft reply, named after the dispatch's number."""

from __future__ import annotations

import datetime as dt
import json
from dataclasses import dataclass, field
from pathlib import Path

from ..errors import InputError, MissingDependency
from ..model import Document, Fields
from ..options import Options
from .files import atomic_write, check_writable, safe_name
from .profile import Profile


def load_input(path: str | Path, options: Options | None = None) -> Document:
    """A parsed document: a JSON file (``dispatch read --json`` output, the document model, or
    bare fields) is loaded; anything else goes through the pipeline."""
    path = Path(path)
    if not path.exists():
        raise InputError("file not found", path=path, hint="Check the path")
    if path.suffix.lower() == ".json":
        try:
            data = json.loads(path.read_text(encoding="utf-8"))
        except UnicodeDecodeError as exc:
            raise InputError("not UTF-8 JSON", path=path, hint="Give the JSON written by dispatch read --json") from exc
        except ValueError as exc:
            raise InputError(f"not valid JSON ({exc})", path=path,
                             hint="Give the JSON written by dispatch read --json") from exc
        except OSError as exc:
            raise InputError(f"cannot read it ({exc.strerror or exc})", path=path) from exc
        if not isinstance(data, dict):
            raise InputError("the JSON is not an object of fields", path=path,
                             hint="Give the JSON written by dispatch read --json")
        try:
            if "kind" in data and "pages" in data:
                doc = Document.from_dict(data)
            else:
                doc = Document(path=str(path), kind="json", fields=Fields.from_dict(data))
        except (TypeError, ValueError, AttributeError, KeyError) as exc:
            raise InputError(f"the JSON does not match the document model ({exc})", path=path,
                             hint="Give the JSON written by dispatch read --json") from exc
    else:
        from .. import pipeline

        try:
            doc = pipeline.read(path, options or Options())
        except ImportError as exc:
            raise MissingDependency(f"a stage of the pipeline is missing ({exc})", path=path,
                                    hint="Reinstall dispatch_tools, or give a parsed .json file") from exc
    if doc.fields is None:
        raise InputError("no fields could be read from it", path=path,
                         hint="Check that it is a dispatch; try `dispatch ingest` to see its text")
    return doc


@dataclass
class Written:
    outputs: dict[str, Path] = field(default_factory=dict)  # what -> path
    notices: list[str] = field(default_factory=list)


def output_names(doc: Document, outdir: Path, source: Path) -> dict[str, Path]:
    fields = doc.fields
    stem = safe_name(fields.number if fields else None, safe_name(source.stem))
    return {
        "parsed": outdir / f"{stem}.json",
        "checklist": outdir / f"{stem}.checklist.xlsx",
        "checklist-md": outdir / f"{stem}.checklist.md",
        "calendar": outdir / f"{stem}.ics",
        "annex": outdir / f"{stem}.annex.docx",
        "reply": outdir / f"{stem}.reply.docx",
    }


def write_all(doc: Document, outdir: str | Path, profile: Profile, *, source: str | Path | None = None,
              form: str = "bao-cao", date: dt.date | None = None, force: bool = False) -> Written:
    """Every file a clerk needs from a parsed document, named after its number (or ``source``)."""
    from .annex import write_annex
    from .checklist import write_checklist
    from .reply import write_reply

    outdir = Path(outdir)
    names = output_names(doc, outdir, Path(source or doc.path or "document"))
    check_writable(names.values(), force)  # all or nothing: refuse before writing anything
    fields = doc.fields
    done = Written()
    data = json.dumps(doc.to_dict(), ensure_ascii=False, indent=2) + "\n"
    atomic_write(names["parsed"], data, force=force)
    done.notices += write_checklist(fields, names["checklist"], force=force)
    write_checklist(fields, names["checklist-md"], force=force)
    done.notices += write_checklist(fields, names["calendar"], force=force)
    done.notices += write_annex(fields, profile, names["annex"], force=force)
    done.notices += write_reply(fields, profile, names["reply"], form=form, date=date, force=force)
    done.outputs = names
    done.notices = list(dict.fromkeys(done.notices))
    return done


def process(path: str | Path, outdir: str | Path, profile: Profile, *,
            options: Options | None = None, form: str = "bao-cao", date: dt.date | None = None,
            force: bool = False) -> tuple[Document, Written]:
    """Read a dispatch (or a parsed JSON) and write every output."""
    doc = load_input(path, options)
    return doc, write_all(doc, outdir, profile, source=path, form=form, date=date, force=force)
