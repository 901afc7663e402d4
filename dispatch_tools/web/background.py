"""Processing in the background: one thread reads the uploaded dispatches one after another
with the same pipeline as ``dispatch read`` (:func:`dispatch_tools.pipeline.read`), and records
the stage and the pages read so far, for the progress shown on the page.

The stage comes from the pipeline's ``on_stage``; per-page progress from ``Options.on_page``,
which OCR calls after each page it reads.
"""

from __future__ import annotations

import logging
import queue
import threading
import time
import traceback
from collections.abc import Callable
from pathlib import Path

from ..errors import DamagedInput, DispatchError, InputError, MissingDependency
from ..i18n import N_, _
from ..options import Options
from .corrections import apply
from .follow_up import register_upload
from .store import Store, list_columns

log = logging.getLogger("dispatch_tools.web")

def count_pages(path: Path, kind: str) -> int:
    """Pages of a PDF or frames of an image, cheaply, without decoding them; 1 otherwise."""
    try:
        if kind == "pdf":
            import pypdfium2

            pdf = pypdfium2.PdfDocument(str(path))
            try:
                return len(pdf)
            finally:
                pdf.close()
        if kind == "image":
            from PIL import Image

            with Image.open(path) as img:
                return int(getattr(img, "n_frames", 1))
    except Exception:  # noqa: BLE001 - the reader itself reports a damaged file properly
        return 1
    return 1


# Explanations of the library's errors; the library's own message is shown under it.
ERRORS: list[tuple[type, str]] = [
    (MissingDependency, N_("This machine lacks a program needed to read this file (for example "
                           "Tesseract OCR).")),
    (DamagedInput, N_("The file is damaged, protected by a password or over a safety limit, so it "
                      "cannot be read.")),
    (InputError, N_("The file cannot be read or is not of a supported kind (PDF, image, DOCX, "
                    "text).")),
    (DispatchError, N_("This file could not be processed.")),
]


def explain(exc: DispatchError) -> str:
    """Why a file failed, in the interface language."""
    return _(next(text for cls, text in ERRORS if isinstance(exc, cls)))


class Worker:
    """One background thread taking dispatch ids from a queue."""

    def __init__(self, store: Store, options: Callable[[], Options] = Options, register=None):
        self.store = store
        self.options = options
        self.register = register  # the office's register each finished upload is added to
        self.queue: queue.Queue[int] = queue.Queue()
        self.thread: threading.Thread | None = None

    def start(self) -> None:
        if self.thread is not None:
            return
        for dispatch_id in self.store.pending():  # interrupted by a restart: read them again
            self.queue.put(dispatch_id)
        self.thread = threading.Thread(target=self._loop, name="dispatch-worker", daemon=True)
        self.thread.start()

    def submit(self, dispatch_id: int) -> None:
        self.queue.put(dispatch_id)

    def _loop(self) -> None:
        while True:
            dispatch_id = self.queue.get()
            try:
                self.process(dispatch_id)
            except Exception:  # noqa: BLE001 - never let the thread die
                log.exception("processing dispatch %s failed", dispatch_id)
            finally:
                self.queue.task_done()

    def process(self, dispatch_id: int) -> None:
        from .. import pipeline

        store = self.store
        row = store.get(dispatch_id)
        if row is None or row.status not in ("queued", "processing"):
            return
        path = store.upload_path(row.sha256)
        total = count_pages(path, row.kind)
        store.update(dispatch_id, status="processing", stage="ingest", pages_done=0,
                     pages_total=total, error=None, error_detail=None)
        options = self.options()
        options.on_page = lambda number, total: store.page_done(dispatch_id)

        def show(stage: str, doc) -> None:  # ingest is shown above, with the pages to read
            if doc is not None:
                store.update(dispatch_id, stage=stage, pages_done=len(doc.pages),
                             pages_total=len(doc.pages))

        started = time.perf_counter()
        try:
            doc = pipeline.read(path, options, on_stage=show)
        except DispatchError as exc:
            detail = exc.message + (f". {exc.hint}" if exc.hint else "")
            store.update(dispatch_id, status="failed", stage=None, error=explain(exc),
                         error_detail=detail)
            return
        except Exception as exc:  # noqa: BLE001 - a bug: keep the app running, say so
            log.error("internal error on dispatch %s:\n%s", dispatch_id, traceback.format_exc())
            store.update(dispatch_id, status="failed", stage=None,
                         error=_("An internal error of the program while processing this file."),
                         error_detail=f"{type(exc).__name__}: {exc}")
            return
        seconds = round(time.perf_counter() - started, 3)
        doc.path = row.filename
        data = doc.to_dict()
        store.save_document(dispatch_id, data)
        store.forget(dispatch_id)
        store.cached(("data", dispatch_id), lambda: data)
        store.cached(("document", dispatch_id), lambda: doc)
        patch = row.patch
        fields = apply(data["fields"], patch) if patch else doc.fields
        store.cached(("fields", dispatch_id, row.corrections or "[]"), lambda: fields)
        if self.register is not None:
            try:
                register_upload(self.register, row, doc, fields)
            except DispatchError as exc:  # the reading stands; the register says why not
                log.error("dispatch %s not registered: %s", dispatch_id, exc.render())
        store.update(dispatch_id, status="done", stage=None, seconds=seconds,
                     **list_columns(row.filename, fields))
