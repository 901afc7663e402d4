"""Speed of the web app against ``dispatch process`` on the same files, in the same run.

    python -m dispatch_tools.evaluate.web --shared ../shared [--runs 2]

For each file, alternately (after one warm-up of each, so that models are loaded in both):

* ``process``: :func:`dispatch_tools.pipeline.process`, the function behind
  ``dispatch process FILE -o DIR`` (ingest, repair, parse, then the parsed JSON, checklist XLSX
  and MD, calendar, annex form and reply draft written);
* ``web``: a real ``dispatch serve`` server (werkzeug, in this process) on a fresh data folder:
  the upload posted over HTTP, then the status endpoint polled as the page does (from the state
  the upload's answer gives) until the dispatch is read, then the same six files downloaded in
  one archive (the page's "Trọn bộ (ZIP)" button).
  ``web_read`` is the part up to "read"; ``web_each`` (shown, not judged) downloads the six files
  one request each instead.

OCR runs for real (the OCR cache is switched off). The numbers are medians over ``runs``; the
ratio web / process must stay at most 1.10 (issue 7). The fields read both ways are compared.
"""

from __future__ import annotations

import argparse
import io
import json
import statistics
import sys
import tempfile
import threading
import time
import uuid
import zipfile
from contextlib import contextmanager
from pathlib import Path
from urllib.request import Request, urlopen

from ..generate.outputs import PROCESS
from .ocr_accuracy import no_ocr_cache

LIMIT = 1.10
FILES = ["scans/danang_coretest_2.pdf"]  # a 2-page scan, under ../shared
SAMPLES = ["seed000.txt"]  # under samples/: text, no OCR
DOWNLOADS = [output.download for output in PROCESS]  # what `dispatch process` writes, one by one


@contextmanager
def _server(data: Path):
    from werkzeug.serving import make_server

    import logging

    from ..web import create_app

    logging.getLogger("werkzeug").setLevel(logging.WARNING)  # no line per request
    app = create_app(data, register=Path(data) / "register.sqlite3")  # never the office's register
    srv = make_server("127.0.0.1", 0, app, threaded=True)
    thread = threading.Thread(target=srv.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{srv.port}"
    finally:
        srv.shutdown()
        srv.server_close()


def _upload(base: str, path: Path) -> dict:
    boundary = uuid.uuid4().hex
    body = (f"--{boundary}\r\nContent-Disposition: form-data; name=\"files\"; "
            f"filename=\"{path.name}\"\r\nContent-Type: application/octet-stream\r\n\r\n").encode()
    body += path.read_bytes() + f"\r\n--{boundary}--\r\n".encode()
    request = Request(base + "/upload", data=body, method="POST", headers={
        "Content-Type": f"multipart/form-data; boundary={boundary}", "Origin": base,
        "X-Requested-With": "fetch"})
    with urlopen(request, timeout=60) as response:
        return json.loads(response.read())["results"][0]


def _get(url: str, timeout: float = 120) -> bytes:
    with urlopen(url, timeout=timeout) as response:
        return response.read()


def run_web(path: Path, one_archive: bool = True) -> tuple[float, float, dict]:
    """(seconds until read, seconds until every file is downloaded, the fields read)."""
    with tempfile.TemporaryDirectory(prefix="bench-web-") as tmp, _server(Path(tmp)) as base:
        started = time.perf_counter()
        result = _upload(base, path)
        if not result.get("ok"):
            raise RuntimeError(f"{path}: upload refused: {result.get('error')}")
        status = result["status"]  # the state at upload, then as the page does: wait for each change
        while status["status"] not in ("done", "failed"):
            status = json.loads(_get(f"{base}{result['status_url']}?wait=1&since={status['version']}"))
        read = time.perf_counter() - started
        if status["status"] == "failed":
            raise RuntimeError(f"{path}: {status['error']} {status['error_detail']}")
        fields = None
        if one_archive:
            with zipfile.ZipFile(io.BytesIO(_get(f"{base}/d/{result['id']}/download/all.zip"))) as archive:
                names = archive.namelist()
                if len(names) != len(DOWNLOADS):
                    raise RuntimeError(f"{path}: the archive holds {names}")
                fields = json.loads(archive.read(next(n for n in names if n.endswith(".json"))))["fields"]
            return read, time.perf_counter() - started, fields
        for what in DOWNLOADS:
            data = _get(f"{base}/d/{result['id']}/download/{what}")
            if what == "json":
                fields = json.loads(data)["fields"]
        return read, time.perf_counter() - started, fields


def run_process(path: Path) -> tuple[float, dict]:
    from ..pipeline import process
    from ..generate.profile import Profile
    from ..options import Options

    with tempfile.TemporaryDirectory(prefix="bench-process-") as tmp:
        started = time.perf_counter()
        doc, _ = process(path, Path(tmp) / "out", Profile(), options=Options())
        return time.perf_counter() - started, doc.fields.to_dict()


def _key(fields: dict) -> tuple:
    return (fields["number"], fields["date"], fields["subject"],
            sorted((d["date"] or "") for d in fields["deadlines"]), len(fields["tasks"]))


def benchmark(shared: Path, runs: int = 2) -> dict:
    root = Path(__file__).resolve().parents[2]
    files = [root / "samples" / name for name in SAMPLES] + [shared / name for name in FILES]
    files = [f for f in files if f.is_file()]
    results = {}
    with no_ocr_cache():
        for path in files:
            run_process(path)  # warm-up: models loaded, caches of the generators filled
            run_web(path)
            times = {"process": [], "web": [], "web_read": [], "web_each": []}
            same = True
            # a text file takes well under a second, so its times are noisier: more runs
            for _ in range(runs if path.suffix.lower() == ".pdf" else max(runs, 7)):
                seconds, fields_cli = run_process(path)
                times["process"].append(seconds)
                read, total, fields_web = run_web(path)
                times["web_read"].append(read)
                times["web"].append(total)
                same = same and _key(fields_cli) == _key(fields_web)
                times["web_each"].append(run_web(path, one_archive=False)[1])
            med = {k: round(statistics.median(v), 3) for k, v in times.items()}
            med["ratio"] = round(med["web"] / med["process"], 3)
            med["ratio_read"] = round(med["web_read"] / med["process"], 3)
            med["ratio_each"] = round(med["web_each"] / med["process"], 3)
            med["overhead"] = round(med["web"] - med["process"], 3)
            med["same_fields"] = same
            med["runs"] = len(times["web"])
            results[path.name] = med
    print(f"{'file':<26}{'runs':>5}{'process s':>11}{'web read s':>12}{'web total s':>13}"
          f"{'total/process':>15}{'read/process':>14}{f'{len(DOWNLOADS)} requests/process':>20}  same fields")
    for name, r in results.items():
        print(f"{name:<26}{r['runs']:>5}{r['process']:>11.2f}{r['web_read']:>12.2f}{r['web']:>13.2f}"
              f"{r['ratio']:>15.3f}{r['ratio_read']:>14.3f}{r['ratio_each']:>20.3f}  "
              f"{'yes' if r['same_fields'] else 'NO'}")
    worst = max((r["ratio"] for r in results.values()), default=None)
    if worst is not None:
        print(f"worst ratio web total / process: {worst:.3f} (limit {LIMIT:.2f}): "
              + ("ok" if worst <= LIMIT else "TOO SLOW"))
    return {"files": results, "worst_ratio": worst, "limit": LIMIT}


def evaluate(shared: Path) -> dict:
    """The web app has no accuracy of its own (it calls the pipeline); its measure is speed."""
    return benchmark(shared, runs=1)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m dispatch_tools.evaluate.web", description=__doc__.split("\n")[0])
    parser.add_argument("--shared", type=Path, default=Path("../shared"))
    parser.add_argument("--runs", type=int, default=2, help="timed runs of each way per file (default 2)")
    args = parser.parse_args(argv)
    result = benchmark(args.shared, runs=args.runs)
    return 0 if result["worst_ratio"] is None or result["worst_ratio"] <= LIMIT else 1


if __name__ == "__main__":
    sys.exit(main())
