"""The pages and endpoints. Every page calls the same library functions as the CLI."""

from __future__ import annotations

import datetime as dt
import io
import json
import zipfile

from flask import (Blueprint, abort, current_app, flash, jsonify, redirect, render_template,
                   request, send_file, url_for)

from ..errors import DispatchError
from ..generate import outputs
from ..generate.files import scratch_folder
from ..generate.summary import summarise
from ..model import Document
from ..register.text import SETTABLE, STATUS
from . import corrections, follow_up, highlight, profile_form
from .store import Row, Store, list_columns
from .uploads import UploadError, receive
from .background import Worker
from ..i18n import N_, _, ngettext

bp = Blueprint("web", __name__)

STAGES = {
    "queued": N_("Waiting to be processed"),
    "ingest": N_("Reading the file and recognising the text"),
    "repair": N_("Repairing the text"),
    "parse": N_("Finding the parts of the dispatch"),
    "done": N_("Processed"),
    "failed": N_("Could not be processed"),
}
NOTICE_STAGES = {"ingest": N_("reading"), "repair": N_("repair"), "parse": N_("parsing"),
                 "generate": N_("writing")}
SORTS = {"deadline", "date", "number", "issuer", "subject", "uploaded"}
# What the page calls each download (the interface's words; the files are Vietnamese documents).
DOWNLOAD_TITLES = {
    "slip.docx": N_("Incoming dispatch processing slip (DOCX)"),
    "checklist.xlsx": N_("Task list (XLSX)"),
    "checklist.md": N_("Task list (MD)"),
    "calendar.ics": N_("Deadline calendar (ICS)"),
    "annex.docx": N_("Annex form (DOCX)"),
    "reply.docx": N_("Draft report (DOCX)"),
    "reply-cong-van.docx": N_("Draft reply dispatch (DOCX)"),
    "json": N_("Data read (JSON)"),
}
DOWNLOADS = {
    # name in the URL: (label, file suffix, MIME type)
    **{o.download: (DOWNLOAD_TITLES.get(o.download, o.title), o.suffix, o.mimetype)
       for o in outputs.OUTPUTS},
    "all.zip": (N_("Everything (ZIP)"), ".zip", "application/zip"),  # the files `dispatch process` writes
}
KINDS = {"pdf": N_("PDF"), "image": N_("Image"), "docx": N_("DOCX"), "text": N_("Text")}


def _translated(texts: dict[str, str]) -> dict[str, str]:
    """``texts`` (marked with ``N_``) in the interface language."""
    return {key: _(text) for key, text in texts.items()}


def store() -> Store:
    return current_app.extensions["dispatch_store"]


def worker() -> Worker:
    return current_app.extensions["dispatch_worker"]


def _row(dispatch_id: int) -> Row:
    row = store().get(dispatch_id)
    if row is None:
        abort(404)
    return row


def _profile():
    return profile_form.current(store().profile_path, current_app.config["DISPATCH_PROFILE"])


def _status(row: Row, version: int) -> dict:
    stage = row.status if row.status in ("queued", "done", "failed") else (row.stage or "ingest")
    return {"id": row.id, "name": row.filename, "status": row.status, "stage": stage,
            "label": _(STAGES[stage]) if stage in STAGES else stage, "pages_done": row.pages_done,
            "pages_total": row.pages_total, "error": row.error, "error_detail": row.error_detail,
            "number": row.number, "url": url_for("web.dispatch", dispatch_id=row.id),
            "version": version}


# --------------------------------------------------------------------------- the list


@bp.get("/")
def index():
    query = request.args.get("q", "").strip()[:200]
    sort = request.args.get("sort", "deadline")
    sort = sort if sort in SORTS else "deadline"
    order = "desc" if request.args.get("order") == "desc" else "asc"
    today = dt.date.today()
    items = []
    for row in store().all(query):
        due, state = corrections.next_deadline(row.deadline_dates, today, bool(row.handled))
        items.append({"row": row, "due": due, "state": state,
                      "days": (due - today).days if due else None})

    def key(item):
        row = item["row"]
        value = {"deadline": item["due"], "date": row.date, "number": row.number,
                 "issuer": row.issuer, "subject": row.subject, "uploaded": row.uploaded}[sort]
        if isinstance(value, str):
            value = value.casefold()
        return (value is None, value if value is not None else "")

    items.sort(key=key, reverse=order == "desc")
    if order == "desc":  # dispatches without a value stay last
        items.sort(key=lambda item: key(item)[0])
    counts = {s: sum(1 for i in items if i["state"] == s) for s in ("overdue", "week")}
    return render_template("index.html", items=items, query=query, sort=sort, order=order,
                           counts=counts, kinds=_translated(KINDS), stages=_translated(STAGES),
                           entries=follow_up.entries_by_file(),
                           max_mb=current_app.config["MAX_FILE_BYTES"] // (1024 * 1024))


@bp.post("/upload")
def upload():
    files = [f for f in request.files.getlist("files") if f and (f.filename or f.content_length)]
    wants_json = request.headers.get("X-Requested-With") == "fetch"
    if not files:
        if wants_json:
            return jsonify({"results": [], "error": _("No file chosen.")}), 400
        flash(_("No file was chosen to upload."), "error")
        return redirect(url_for("web.index"))
    results = []
    for f in files:
        try:
            received, new = receive(store(), f.stream, f.filename,
                                    current_app.config["MAX_FILE_BYTES"])
        except UploadError as exc:
            results.append({"name": f.filename or "", "ok": False, "error": str(exc)})
            continue
        if new:
            worker().submit(received.id)
        results.append({"name": received.name, "ok": True, "id": received.id,
                        "duplicate": received.duplicate,
                        "url": url_for("web.dispatch", dispatch_id=received.id),
                        "status_url": url_for("web.status", dispatch_id=received.id),
                        "status": _current_status(received.id) if wants_json else None})
    if wants_json:
        return jsonify({"results": results}), 200 if any(r["ok"] for r in results) else 400
    for r in results:
        if not r["ok"]:
            flash(f"{r['name']}: {r['error']}", "error")
        elif r["duplicate"]:
            flash(_("%(name)s: this file was uploaded before.") % {"name": r["name"]}, "info")
    ok = [r for r in results if r["ok"]]
    if len(ok) == 1:
        return redirect(ok[0]["url"])
    if ok:
        flash(ngettext("Received %(n)s file; it is being processed.",
                       "Received %(n)s files; they are being processed.", len(ok)) % {"n": len(ok)},
              "info")
    return redirect(url_for("web.index"))


# --------------------------------------------------------------------------- one dispatch


def _loaded(row: Row, document: bool = True):
    """(the document, its parsed data, the corrected fields), decoded once and then kept in
    memory by the store; the document only when asked."""
    st = store()
    data = st.cached(("data", row.id), lambda: st.document(row.id))
    if data is None:
        st.forget(row.id)
        abort(404)
    doc = st.cached(("document", row.id), lambda: Document.from_dict(data)) if document else None
    patch = row.corrections or "[]"
    fields = st.cached(("fields", row.id, patch),
                       lambda: corrections.apply(data["fields"], json.loads(patch)))
    return doc, data, fields


@bp.get("/d/<int:dispatch_id>")
def dispatch(dispatch_id: int):
    row = _row(dispatch_id)
    if row.status != "done":
        return render_template("progress.html", row=row, status=_status(row, store().version),
                               kinds=_translated(KINDS))
    doc, _data, fields = _loaded(row)
    return _page(row, doc, fields)


def _page(row: Row, doc: Document, fields, error: str | None = None, code: int = 200):
    due, state = corrections.next_deadline(summarise(fields).deadlines, handled=bool(row.handled))
    entry = follow_up.entry_of(row)
    tasks = follow_up.register().tasks(entry_id=entry.id) if entry else []
    return render_template(
        "dispatch.html", row=row, doc=doc, f=fields, review=open_reviews(row, fields),
        text=highlight.render_text(doc),
        entry=entry, tasks=sorted(tasks, key=lambda t: t.position), statuses=status_choices(),
        legend=highlight.legend(doc), marks={m.css for m in highlight.marks(doc)}, due=due,
        state=state, downloads={key: _(label) for key, (label, _s, _m) in DOWNLOADS.items()},
        notices=doc.notices, notice_stages=_translated(NOTICE_STAGES), edits=len(row.patch),
        kinds=_translated(KINDS),
        placeholder_profile=_profile().is_placeholder, error=error), code


def status_choices() -> list[tuple[str, str]]:
    """The statuses the clerk may set, in the interface language."""
    return [(code, _(STATUS[code])) for code in SETTABLE]


def open_reviews(row: Row, fields) -> dict[str, str]:
    """The fields the reading asks a person to check ("cần xem lại"), less those the clerk has
    corrected since: a corrected field is the clerk's, not the program's."""
    touched = {op.get("path", "").split("/")[1] for op in row.patch if op.get("path", "").count("/")}
    return {name: note for name, note in (fields.review or {}).items() if name not in touched}


def _current_status(dispatch_id: int) -> dict | None:
    """The status as the status endpoint gives it now, so that the page shows it and waits for
    the next change at once, without asking first (the version is read before the row, so a
    change in between is never missed)."""
    version = store().version
    row = store().get(dispatch_id)
    return _status(row, version) if row is not None else None


@bp.get("/d/<int:dispatch_id>/status")
def status(dispatch_id: int):
    since = request.args.get("since", type=int)
    version = store().version
    if since is not None and request.args.get("wait"):
        version = store().wait(since, timeout=20.0)
    return jsonify(_status(_row(dispatch_id), version))


@bp.post("/d/<int:dispatch_id>")
def save(dispatch_id: int):
    row = _row(dispatch_id)
    if row.status != "done":
        abort(404)
    _doc, data, fields = _loaded(row, document=False)
    try:
        corrected = corrections.from_form(fields.to_dict(), request.form)
    except corrections.FormError as exc:
        return _page(row, _loaded(row)[0], fields, error=str(exc), code=400)
    patch = corrections.make_patch(data["fields"], corrected)
    new_fields = corrections.apply(data["fields"], patch)
    _store_corrections(row, patch, new_fields, json.dumps(new_fields.to_dict(), ensure_ascii=False))
    follow_up.corrected(row, new_fields)
    flash(_("Corrections saved; every download now uses the corrected content."), "info")
    return redirect(url_for("web.dispatch", dispatch_id=dispatch_id))


def _store_corrections(row: Row, patch: list[dict], fields, corrected: str | None) -> None:
    """Keep a dispatch's corrections and the columns the list shows and searches."""
    store().update(row.id, corrections=json.dumps(patch, ensure_ascii=False), corrected=corrected,
                   **list_columns(row.filename, fields))


@bp.post("/d/<int:dispatch_id>/reset")
def reset(dispatch_id: int):
    row = _row(dispatch_id)
    _doc, data, _fields = _loaded(row, document=False)
    original_fields = corrections.apply(data["fields"], [])
    _store_corrections(row, [], original_fields, None)
    follow_up.corrected(row, original_fields)
    flash(_("Every correction removed; back to what the program read."), "info")
    return redirect(url_for("web.dispatch", dispatch_id=dispatch_id))


@bp.post("/d/<int:dispatch_id>/handled")
def handled(dispatch_id: int):
    row = _row(dispatch_id)
    store().update(dispatch_id, handled=0 if row.handled else 1)
    flash(_("The dispatch is marked as handled.") if not row.handled
          else _("The dispatch is no longer marked as handled."), "info")
    return redirect(url_for("web.dispatch", dispatch_id=dispatch_id))


@bp.post("/d/<int:dispatch_id>/retry")
def retry(dispatch_id: int):
    row = _row(dispatch_id)
    if row.status == "failed":
        store().update(dispatch_id, status="queued", stage=None, error=None, error_detail=None)
        worker().submit(dispatch_id)
    return redirect(url_for("web.dispatch", dispatch_id=dispatch_id))


@bp.post("/d/<int:dispatch_id>/delete")
def delete(dispatch_id: int):
    row = _row(dispatch_id)
    if row.status == "processing":
        flash(_("The dispatch is being processed; delete it when it is done."), "error")
        return redirect(url_for("web.dispatch", dispatch_id=dispatch_id))
    store().delete(dispatch_id)
    flash(_("Deleted “%(name)s”.") % {"name": row.filename}, "info")
    return redirect(url_for("web.index"))


@bp.get("/d/<int:dispatch_id>/original")
def original(dispatch_id: int):
    row = _row(dispatch_id)
    path = store().upload_path(row.sha256)
    if not path.is_file():
        abort(404)
    return send_file(path, mimetype="application/octet-stream", as_attachment=True,
                     download_name=row.filename)


@bp.get("/d/<int:dispatch_id>/download/<what>")
def download(dispatch_id: int, what: str):
    if what not in DOWNLOADS:
        abort(404)
    row = _row(dispatch_id)
    if row.status != "done":
        abort(404)
    _doc, data, fields = _loaded(row, document=False)
    _label, suffix, mimetype = DOWNLOADS[what]
    name = outputs.file_stem(fields, f"cong-van-{row.id}") + suffix
    try:
        entry = follow_up.entry_of(row)
        payload = build_download(what, data, fields, _profile(), row.patch,
                                 arrival=outputs.arrival_of_entry(entry) if entry else None)
    except DispatchError as exc:
        current_app.logger.error("download %s of %s: %s", what, dispatch_id, exc.render())
        abort(500)
    return send_file(io.BytesIO(payload), mimetype=mimetype, as_attachment=True, download_name=name)


def build_download(what: str, data: dict, fields, profile, patch: list[dict],
                   arrival: dict | None = None) -> bytes:
    """The file ``what`` made from the corrected ``fields`` by the generate stage's writers;
    ``arrival``: the register's arrival number, date and time (for the slip)."""
    # the document model as `dispatch process` writes it, with the corrections
    corrected = {**data, "fields": fields.to_dict(), "meta": {**data.get("meta", {}), "corrections": patch}}
    wanted = outputs.PROCESS if what == "all.zip" else (outputs.BY_DOWNLOAD[what],)
    with scratch_folder(prefix="dispatch-web-") as folder:
        made = {}
        for output in wanted:
            target = folder / ("out" + output.suffix)
            output.write(corrected, fields, profile, target, form="bao-cao", date=None, force=False,
                         arrival=arrival)
            made[output] = target.read_bytes()
    if what != "all.zip":
        return made[wanted[0]]
    buffer = io.BytesIO()  # the files `dispatch process` writes, in one archive
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_STORED) as archive:  # Office files are zipped already
        for output, payload in made.items():
            archive.writestr(outputs.file_stem(fields, "cong-van") + output.suffix, payload)
    return buffer.getvalue()


# --------------------------------------------------------------------------- the unit profile


@bp.route("/profile", methods=["GET", "POST"])
def profile():
    path = store().profile_path
    error = None
    if request.method == "POST":
        try:
            profile_form.save(path, request.form)
        except DispatchError as exc:
            error = exc.message
        else:
            flash(_("Unit profile saved; the drafts now use it."), "info")
            return redirect(url_for("web.profile"))
        values = {k: request.form.get(k, "") for k in request.form}
    else:
        try:
            values = profile_form.values(_profile())
        except DispatchError as exc:
            error = exc.render()
            values = profile_form.values(profile_form.Profile())
    from ..generate.profile import AUTHORITIES, SYSTEMS

    return render_template("profile.html", values=values, error=error, systems=SYSTEMS,
                           authorities=AUTHORITIES, saved=path.is_file()), (400 if error and request.method == "POST" else 200)
