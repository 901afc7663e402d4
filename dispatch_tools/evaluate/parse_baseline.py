"""The baseline of the parse evaluation: the rules as they were before the parser was made to
generalise, i.e. the package at git commit ``cad5ba9``, run on the same inputs in the same run.

The package and its models are extracted with ``git archive`` into a temporary folder and run in
a subprocess that puts that folder first on ``sys.path``. Its answers are cached by commit and
input (``~/.cache/dispatch_tools/parse-baseline``), since the old code never changes. Without git
history (an installed package, a shallow copy) the baseline is skipped with a note.
"""

from __future__ import annotations

import hashlib
import json
import os
import shutil
import subprocess
import sys
import tarfile
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
COMMIT = "cad5ba9"

# Run inside the old tree: reads jobs (JSON) on stdin, writes {id: contract} to the file argv[2].
_DRIVER = r"""
import json, sys
sys.path.insert(0, sys.argv[1])
from dispatch_tools.options import Options
from dispatch_tools.parse import parse_text, to_contract
from dispatch_tools.pipeline import read
out = {}
for job in json.load(sys.stdin):
    try:
        if job["kind"] == "text":
            doc = parse_text(job["text"])
        elif job["kind"] == "read":
            doc = read(job["path"], Options(jobs=1))
        else:
            from dispatch_tools.evaluate.parse import _read_pages
            from pathlib import Path
            doc = _read_pages([Path(p) for p in job["pages"]], Path(job["cache"]))
        out[job["id"]] = to_contract(doc.fields)
    except Exception as exc:
        out[job["id"]] = {"error": f"{type(exc).__name__}: {exc}"}
with open(sys.argv[2], "w", encoding="utf-8") as fh:
    json.dump(out, fh, ensure_ascii=False)
"""


def _cache_dir() -> Path:
    path = Path.home() / ".cache" / "dispatch_tools" / "parse-baseline" / COMMIT
    path.mkdir(parents=True, exist_ok=True)
    return path


def _job_key(job: dict) -> str:
    h = hashlib.sha256(COMMIT.encode())
    h.update(job["kind"].encode())
    if job["kind"] == "text":
        h.update(job["text"].encode())
    elif job["kind"] == "read":
        h.update(Path(job["path"]).read_bytes())
    else:
        for p in job["pages"]:
            h.update(Path(p).read_bytes())
    return h.hexdigest()[:24]


def available() -> str | None:
    """None when the baseline can run, else why it cannot."""
    if shutil.which("git") is None:
        return "git is not installed"
    r = subprocess.run(["git", "-C", str(ROOT), "rev-parse", "--verify", "--quiet", f"{COMMIT}^{{commit}}"],
                       capture_output=True, text=True)
    if r.returncode != 0:
        return f"git history with commit {COMMIT} is not available"
    return None


def _extract(folder: Path) -> None:
    archive = folder / "tree.tar"
    with archive.open("wb") as fh:
        subprocess.run(["git", "-C", str(ROOT), "archive", COMMIT, "dispatch_tools", "models"],
                       stdout=fh, check=True)
    with tarfile.open(archive) as tar:
        tar.extractall(folder / "tree", filter="data")
    archive.unlink()


def predict(jobs: list[dict]) -> dict[str, dict] | None:
    """The old parser's contract for each job (``{"id", "kind": "text"|"read"|"pages", …}``);
    None when git history is not available."""
    if available() is not None:
        return None
    cache = _cache_dir()
    out: dict[str, dict] = {}
    todo = []
    for job in jobs:
        path = cache / f"{_job_key(job)}.json"
        if path.is_file():
            out[job["id"]] = json.loads(path.read_text(encoding="utf-8"))
        else:
            todo.append((job, path))
    if todo:
        with tempfile.TemporaryDirectory(prefix="dispatch-baseline-") as tmp:
            folder = Path(tmp)
            _extract(folder)
            tree = folder / "tree"
            env = dict(os.environ, DISPATCH_MODELS=str(tree / "models"))
            result = folder / "answers.json"
            r = subprocess.run([sys.executable, "-c", _DRIVER, str(tree), str(result)],
                               input=json.dumps([j for j, _ in todo]), capture_output=True, text=True,
                               env=env, cwd=tmp)
            if r.returncode != 0:
                raise RuntimeError(f"baseline at {COMMIT} failed: {r.stderr.strip().splitlines()[-1:]}")
            answers = json.loads(result.read_text(encoding="utf-8"))
        for job, path in todo:
            answer = answers[job["id"]]
            out[job["id"]] = answer
            if "error" not in answer:
                path.write_text(json.dumps(answer, ensure_ascii=False), encoding="utf-8")
    return out
