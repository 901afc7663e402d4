"""The whole job as a short list of named stages; every front end (the CLI, the batch, the web
app) runs it through :func:`read` or :func:`process`.

Each stage takes the one :class:`~dispatch_tools.model.Document` and fills in its part:

    ingest    file  -> pages of lines (text layer, OCR, DOCX, plain text)
    repair    lines -> changes (encodings, OCR confusions, diacritics)
    parse     text  -> fields (number, issuer, dates, tasks, signer, annexes, ...)
    generate  fields -> files (checklist, annex form, reply draft, calendar)

``on_stage(name, doc)`` is called as each stage starts (``doc`` is None before ingest), so that a
front end can show the progress.
"""

from __future__ import annotations

import datetime as dt
import json
import time
from collections.abc import Callable
from pathlib import Path

from .errors import InputError, MissingDependency
from .ingest import ingest as _ingest_file
from .model import Document, Fields
from .options import Options
from .i18n import _

OnStage = Callable[[str, "Document | None"], None]


def ingest(path: str | Path, options: Options | None = None) -> Document:
    return _ingest_file(path, options or Options())


def repair(doc: Document, options: Options | None = None) -> Document:
    from .repair import repair_document

    return repair_document(doc, options or Options())


def parse(doc: Document, options: Options | None = None) -> Document:
    from .parse import parse_document

    return parse_document(doc, options or Options())


STAGES = [("ingest", ingest), ("repair", repair), ("parse", parse)]  # generate writes files: separate


def read(path: str | Path, options: Options | None = None, *, until: str = "parse",
         on_stage: OnStage | None = None) -> Document:
    """Run the stages up to and including ``until`` and return the document."""
    options = options or Options()
    timings: dict[str, float] = {}
    doc: Document | None = None
    for name, stage in STAGES:
        if on_stage is not None:
            on_stage(name, doc)
        started = time.perf_counter()
        doc = stage(path, options) if doc is None else stage(doc, options)
        timings[name] = round(time.perf_counter() - started, 4)
        if name == until:
            break
    assert doc is not None
    doc.meta.setdefault("seconds", {}).update(timings)
    return doc


def load(path: str | Path, options: Options | None = None, *,
         on_stage: OnStage | None = None) -> Document:
    """A parsed document: a JSON file (``dispatch read --json`` output, the document model, or
    bare fields) is loaded; anything else is read by the stages."""
    path = Path(path)
    if not path.exists():
        raise InputError(_("file not found"), path=path, hint=_("Check the path"))
    if path.suffix.lower() == ".json":
        doc = _load_json(path)
    else:
        try:
            doc = read(path, options or Options(), on_stage=on_stage)
        except ImportError as exc:
            raise MissingDependency(_("a stage of the pipeline is missing (%(error)s)") % {"error": exc},
                                    path=path,
                                    hint=_("Reinstall dispatch_tools, or give a parsed .json file")) from exc
    if doc.fields is None:
        raise InputError(_("no fields could be read from it"), path=path,
                         hint=_("Check that it is a dispatch; try `dispatch ingest` to see its text"))
    return doc


def _load_json(path: Path) -> Document:
    hint = _("Give the JSON written by dispatch read --json")
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except UnicodeDecodeError as exc:
        raise InputError(_("not UTF-8 JSON"), path=path, hint=hint) from exc
    except ValueError as exc:
        raise InputError(_("not valid JSON (%(error)s)") % {"error": exc}, path=path, hint=hint) from exc
    except OSError as exc:
        raise InputError(_("cannot read it (%(error)s)") % {"error": exc.strerror or exc}, path=path) from exc
    if not isinstance(data, dict):
        raise InputError(_("the JSON is not an object of fields"), path=path, hint=hint)
    try:
        if "kind" in data and "pages" in data:
            return Document.from_dict(data)
        return Document(path=str(path), kind="json", fields=Fields.from_dict(data))
    except (TypeError, ValueError, AttributeError, KeyError) as exc:
        raise InputError(_("the JSON does not match the document model (%(error)s)") % {"error": exc},
                         path=path, hint=hint) from exc


def generate(doc: Document, outdir: str | Path, profile=None, **kwargs):
    """Write the checklist, calendar, annex form and reply draft; ``profile`` describes your unit
    (a :class:`~dispatch_tools.generate.profile.Profile`, a TOML path, or None for placeholders)."""
    from .generate.outputs import write_all
    from .generate.profile import Profile, resolve_profile

    if not isinstance(profile, Profile):
        profile, _notice = resolve_profile(profile)
    return write_all(doc, outdir, profile, **kwargs)


def process(path: str | Path, outdir: str | Path, profile, *, options: Options | None = None,
            form: str = "bao-cao", date: dt.date | None = None, force: bool = False,
            on_stage: OnStage | None = None, **how):
    """Read a dispatch (or load a parsed JSON) and write every output; returns the document and
    what was written (:class:`~dispatch_tools.generate.outputs.Written`). ``how``: which
    ``outputs``, the calendar's ``reminder``, the slip's ``arrival`` (see :mod:`.generate.outputs`)."""
    doc = load(path, options, on_stage=on_stage)
    return doc, generate(doc, outdir, profile, source=path, form=form, date=date, force=force, **how)
