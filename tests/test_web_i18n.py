"""The web app's interface language: Vietnamese by default, English when the locale says English
or with ``dispatch serve --ui-lang en``. The text of the dispatch (its fields, the register's
notes and statuses) stays as it is; everything the page itself says follows the language."""

from __future__ import annotations

import io
import json
import re
import subprocess
import sys
import time
from html.parser import HTMLParser
from urllib.request import urlopen

import pytest

from tests.conftest import LOCALE_VARIABLES, ROOT, SAMPLES
from tests.test_i18n import english_runs

pytest.importorskip("flask")

from dispatch_tools.register.text import STATUS  # noqa: E402
from dispatch_tools.web import create_app  # noqa: E402

SAME = {"Origin": "http://localhost"}
FETCH = {**SAME, "X-Requested-With": "fetch"}
SEED = (SAMPLES / "seed000.txt").read_bytes()
WEB = ROOT / "dispatch_tools" / "web"
VIETNAMESE_LETTER = re.compile(r"[À-ÃÈ-ÊÌÍÒ-ÕÙÚÝà-ãè-êìíò-õùúýĂăĐđĨĩŨũƠơƯưẠ-ỹ]")
# Words of Vietnamese documents the English interface quotes as examples (the date line of a
# dispatch, a title, the decree's symbol): document text, not interface text.
QUOTED = {"ngày", "tháng", "năm", "Trưởng", "phòng", "30/2020/NĐ-CP"}


def _set_language(monkeypatch, language: str) -> None:
    for name in LOCALE_VARIABLES:
        monkeypatch.delenv(name, raising=False)
    if language == "en":
        monkeypatch.setenv("LANGUAGE", "en")
    else:
        monkeypatch.setenv("LANG", "C.UTF-8")


def _upload(client, name: str, content: bytes):
    data = {"files": [(io.BytesIO(content), name)]}
    return client.post("/upload", data=data, headers=FETCH, content_type="multipart/form-data")


def _wait(client, dispatch_id: int) -> dict:
    end = time.monotonic() + 180
    while time.monotonic() < end:
        status = client.get(f"/d/{dispatch_id}/status").get_json()
        if status["status"] in ("done", "failed"):
            return status
        time.sleep(0.1)
    raise AssertionError("not processed")


@pytest.fixture(scope="module", params=["vi", "en"])
def site(request, tmp_path_factory):
    """For each language: an app with seed 000 read in that language, and an app whose upload
    waits (its progress page): (language, client, seed id, waiting client, waiting id)."""
    with pytest.MonkeyPatch.context() as patch:
        _set_language(patch, request.param)
        client = create_app(tmp_path_factory.mktemp(f"web-{request.param}")).test_client()
        seed = _upload(client, "công văn 1690.txt", SEED).get_json()["results"][0]["id"]
        assert _wait(client, seed)["status"] == "done"
        waiting = create_app(tmp_path_factory.mktemp("waiting"), start_worker=False).test_client()
        queued = _upload(waiting, "công văn chờ.txt", SEED).get_json()["results"][0]["id"]
        yield request.param, client, seed, waiting, queued


@pytest.fixture
def pages(site, monkeypatch):
    """The main pages of the app in the site's language: {name: HTML}."""
    language, client, seed, waiting, queued = site
    _set_language(monkeypatch, language)
    return language, {
        "list": client.get("/").get_data(as_text=True),
        "dispatch": client.get(f"/d/{seed}").get_data(as_text=True),
        "progress": waiting.get(f"/d/{queued}").get_data(as_text=True),
        "profile": client.get("/profile").get_data(as_text=True),
        "error": client.get("/d/987654").get_data(as_text=True),
    }


class _Strings(HTMLParser):
    """What a person reads on a page: text and the attributes shown to them, less the dispatch's
    own text pane and the values of the form's fields (the dispatch's data)."""

    SHOWN = ("title", "placeholder", "aria-label", "alt", "data-confirm")
    VOID = {"input", "img", "meta", "link", "br", "hr"}

    def __init__(self):
        super().__init__()
        self.strings: list[str] = []
        self.stack: list[tuple[str, bool]] = []
        self.script = False

    def _skipped(self) -> bool:
        return self.script or any(skip for _tag, skip in self.stack)

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        skip = tag in ("textarea", "style") or "doc" in (attrs.get("class") or "").split()
        if tag == "script":
            self.script = True
        if not self._skipped() and not skip:
            self.strings += [attrs[a] for a in self.SHOWN if attrs.get(a)]
        if tag not in self.VOID:
            self.stack.append((tag, skip))

    def handle_endtag(self, tag):
        if tag == "script":
            self.script = False
        while self.stack:
            if self.stack.pop()[0] == tag:
                break

    def handle_data(self, data):
        if not self._skipped() and data.strip():
            self.strings.append(" ".join(data.split()))


def shown(html: str) -> list[str]:
    parser = _Strings()
    parser.feed(html)
    return parser.strings


def _web_messages() -> dict[str, str]:
    """The web app's messages (English msgid -> Vietnamese) that differ between the languages."""
    from babel.messages.extract import extract_from_dir
    from babel.messages.pofile import read_po

    with (ROOT / "dispatch_tools/i18n/locale/vi/LC_MESSAGES/dispatch_tools.po").open("rb") as f:
        catalog = read_po(f, locale="vi")
    out = {}
    for _f, _l, message, _c, _x in extract_from_dir(
            str(WEB), method_map=[("**.py", "python"), ("**/templates/**.html", "jinja2")],
            options_map={"**/templates/**.html": {"trimmed": "true"}},
            keywords={"_": None, "N_": None, "gettext": None, "ngettext": (1, 2)}):
        singular = message[0] if isinstance(message, tuple) else message
        entry = catalog.get(message if isinstance(message, str) else message[0])
        translated = entry.string[0] if isinstance(entry.string, tuple) else entry.string
        if translated != singular:
            out[singular] = translated
    return out


def _data_words(client, seed: int) -> set[str]:
    """Every word of the dispatch's data: its text and fields, the register's notes and statuses,
    the file names."""
    data = client.get(f"/d/{seed}/download/json").get_data(as_text=True)
    blob = " ".join([data, json.dumps(json.loads(data), ensure_ascii=False), *STATUS.values(),
                     "công văn 1690.txt", "công văn chờ.txt"])
    return set(_words(blob))


def _words(text: str) -> list[str]:
    return [w.strip(".") for w in re.findall(r"[\w./-]+", text)]


def test_the_html_lang_follows_the_language(pages):
    language, html = pages
    for name, page in html.items():
        assert f'<html lang="{language}">' in page, name


@pytest.mark.parametrize("site", ["vi"], indirect=True)
def test_the_pages_are_vietnamese_by_default(pages):
    language, html = pages
    english = _web_messages()
    assert len(english) > 150
    for name, page in html.items():
        strings = shown(page)
        assert strings, name
        runs = [run for s in strings for run in english_runs(s, 2)]
        assert not runs, (name, runs)
        assert not [s for s in strings if s in english or s.rstrip(":.") in english], name
    assert "Tải công văn lên" in html["list"] and "Lưu chỉnh sửa" in html["dispatch"]
    assert "Đang chờ xử lý" in html["progress"] and "Không tìm thấy" in html["error"]
    assert "Lưu hồ sơ đơn vị" in html["profile"]


@pytest.mark.parametrize("site", ["en"], indirect=True)
def test_the_pages_are_english_with_an_english_locale(pages, site):
    language, html = pages
    _, client, seed, _waiting, _queued = site
    data = _data_words(client, seed)
    vietnamese = set(_web_messages().values())
    for name, page in html.items():
        strings = shown(page)
        words = {w for s in strings for w in _words(s) if VIETNAMESE_LETTER.search(w)}
        assert not words - data - QUOTED, (name, sorted(words - data - QUOTED))
        assert not [s for s in strings if s in vietnamese and VIETNAMESE_LETTER.search(s)], name
    assert "Upload dispatches" in html["list"] and "Save corrections" in html["dispatch"]
    assert "Waiting to be processed" in html["progress"] and "Not found" in html["error"]
    assert "Save the unit profile" in html["profile"]
    # the dispatch's own text and fields stay as they are
    assert "1690-CV/TĐTN-BTG" in html["dispatch"] and "Kính gửi" in html["dispatch"]


def test_the_pages_script_gets_its_words_in_the_language(pages):
    language, html = pages
    text = json.loads(re.search(r'<script type="application/json" id="ui-text">(.*?)</script>',
                                html["list"], re.S).group(1))
    assert text["uploading"] == ("Uploading…" if language == "en" else "Đang tải lên…")
    assert set(text) >= {"page", "failed", "done_number", "open"}


def test_messages_and_errors_follow_the_language(site, monkeypatch):
    language, client, seed, _waiting, _queued = site
    _set_language(monkeypatch, language)
    en = language == "en"
    r = _upload(client, "rong.txt", b"")
    assert r.get_json()["results"][0]["error"] == ("The file is empty." if en else "Tệp rỗng.")
    r = client.post(f"/d/{seed}", data={"date": "31/02/2022"}, headers=SAME)
    assert r.status_code == 400
    page = r.get_data(as_text=True)
    assert ("Issue date: “31/02/2022” is not a valid date" in page) == en
    assert ("Ngày ban hành: “31/02/2022” không phải là ngày hợp lệ" in page) == (not en)
    client.post(f"/d/{seed}/handled", headers=SAME)
    page = client.get(f"/d/{seed}").get_data(as_text=True)
    client.post(f"/d/{seed}/handled", headers=SAME)
    assert ("The dispatch is marked as handled." in page) == en
    assert ("Đã đánh dấu công văn là đã xử lý." in page) == (not en)
    r = client.get("/d/987654/status", headers={"X-Requested-With": "fetch"})
    assert r.get_json()["error"] == ("Not found" if en else "Không tìm thấy")


def _serve(args: list[str], tmp_path, monkeypatch, language: str) -> str:
    _set_language(monkeypatch, language)
    proc = subprocess.Popen([sys.executable, "-m", "dispatch_tools", *args, "serve", "--port", "0",
                             "--data", str(tmp_path)], stdout=subprocess.PIPE,
                            stderr=subprocess.PIPE, text=True, cwd=ROOT)
    try:
        line = proc.stdout.readline()
        address = "http" + line.split("http", 1)[1].strip()
        with urlopen(address, timeout=10) as response:
            return response.read().decode("utf-8")
    finally:
        proc.terminate()
        proc.wait(timeout=10)


def test_serve_ui_lang_en_gives_the_english_pages(tmp_path, monkeypatch):
    page = _serve(["--ui-lang", "en"], tmp_path, monkeypatch, "vi")
    assert '<html lang="en">' in page and "Upload dispatches" in page
    assert "Tải công văn lên" not in page


def test_serve_is_vietnamese_by_default_and_english_with_an_english_locale(tmp_path, monkeypatch):
    page = _serve([], tmp_path / "vi", monkeypatch, "vi")
    assert '<html lang="vi">' in page and "Tải công văn lên" in page
    page = _serve([], tmp_path / "en", monkeypatch, "en")
    assert '<html lang="en">' in page and "Upload dispatches" in page


@pytest.mark.parametrize("site", ["vi", "en"], indirect=True)
def test_the_fields_in_the_text_are_named_on_hover_in_the_language(pages):
    language, html = pages
    titles = set(re.findall(r'<mark style="[^"]*" title="([^"]*)"', html["dispatch"]))
    named = {"vi": {"Số, ký hiệu", "Nhiệm vụ"}, "en": {"Number and symbol", "Task to do"}}[language]
    assert named <= titles, titles
