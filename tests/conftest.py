"""Shared fixtures: where the samples and the shared development data are."""

from __future__ import annotations

import io
import os
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SAMPLES = ROOT / "samples"
SHARED = Path(os.environ.get("DISPATCH_SHARED", ROOT.parent / "shared"))
OCR_CACHE = ROOT / "tests" / "ocr-cache"


def shared_path(*parts: str) -> Path:
    """A path under ../shared, skipping the test when it is absent."""
    path = SHARED.joinpath(*parts)
    if not path.exists():
        pytest.skip(f"{path} is not available (shared development data)")
    return path


@pytest.fixture
def samples() -> Path:
    return SAMPLES


@pytest.fixture(autouse=True)
def _deterministic_ocr(monkeypatch):
    """OCR results come from the cache in tests/ocr-cache when the same image was seen before."""
    monkeypatch.setenv("DISPATCH_OCR_CACHE", str(OCR_CACHE))


@pytest.fixture(autouse=True, scope="session")
def _session_data_folder(tmp_path_factory):
    """Before any fixture of a module or a session (a web app made once for a module): the
    default data folder is the test session's own."""
    from dispatch_tools.register import default_path

    real = default_path()  # the user's own register: the session must leave it as it was
    before = real.stat().st_mtime_ns if real.exists() else None
    with pytest.MonkeyPatch.context() as patch:
        patch.setenv("XDG_DATA_HOME", str(tmp_path_factory.mktemp("session-data-home")))
        yield
    after = real.stat().st_mtime_ns if real.exists() else None
    assert after == before, f"the tests wrote to the user's register {real}"


@pytest.fixture(autouse=True)
def _own_data_folder(_session_data_folder, monkeypatch, tmp_path_factory):
    """The office register and the web app's data default to a folder of the test's own, never
    the user's (``$XDG_DATA_HOME/dispatch_tools``)."""
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path_factory.mktemp("data-home")))


@pytest.fixture
def real_engine(monkeypatch):
    """Run Tesseract itself, bypassing the OCR cache."""
    monkeypatch.delenv("DISPATCH_OCR_CACHE", raising=False)


# Generate-stage fixtures: hand-checked parsed fields of the seeds (tests/data/README.md).
DATA = ROOT / "tests" / "data"
EXAMPLE_PROFILE = ROOT / "models" / "generate" / "profile.example.toml"


def load_fields(name: str):
    import json

    from dispatch_tools.model import Fields

    return Fields.from_dict(json.loads((DATA / f"{name}.fields.json").read_text(encoding="utf-8")))


@pytest.fixture(scope="module")
def profile():
    from dispatch_tools.generate.profile import load_profile

    return load_profile(EXAMPLE_PROFILE)


def run_cli(argv: list[str], capsys, stdin: bytes | None = None) -> tuple[int, str, str]:
    """Exit code, standard output and standard error of ``dispatch ARGV`` run in this process,
    with ``stdin`` (UTF-8 bytes) as its standard input when given."""
    from dispatch_tools.cli import main

    if stdin is not None:
        sys.stdin = io.TextIOWrapper(io.BytesIO(stdin), encoding="utf-8")
    try:
        code = main(argv)
    finally:
        sys.stdin = sys.__stdin__
    out = capsys.readouterr()
    return code, out.out, out.err


LOCALE_VARIABLES = ("LANGUAGE", "LC_ALL", "LC_MESSAGES", "LANG")


@pytest.fixture(autouse=True)
def _english_messages(monkeypatch):
    """Tests that check the wording of a message check its English text (the msgids in the code):
    the locale says English. The tests of the default language use the ``vietnamese`` fixture."""
    monkeypatch.setenv("LANGUAGE", "en")


@pytest.fixture
def vietnamese(monkeypatch):
    """The machine's default: no locale variable names a language, so messages are Vietnamese."""
    for name in LOCALE_VARIABLES:
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setenv("LANG", "C.UTF-8")
