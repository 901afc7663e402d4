"""End to end in headless Chromium (Debian's ``chromium``, driven by Playwright; no browser is
downloaded): upload a scan, watch it being read, see the number and deadline, correct a field,
download the reply and find the correction in it. Screenshots go to ``test-output/web/``."""

from __future__ import annotations

import re
import shutil
import threading
from pathlib import Path

import pytest

from tests.conftest import ROOT, SAMPLES

CHROMIUM = Path("/usr/bin/chromium")
ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
        "--disable-component-update", "--disable-sync", "--no-first-run"]
SHOTS = ROOT / "test-output" / "web"
FONT = Path("/usr/share/fonts/truetype/liberation2/LiberationSerif-Regular.ttf")

pytestmark = [
    pytest.mark.e2e,
    pytest.mark.tesseract,
    pytest.mark.skipif(not CHROMIUM.exists(), reason="chromium is not installed (apt-get install chromium)"),
]


def render_scan(text: str, out: Path) -> Path:
    """A page image of ``text`` (Liberation Serif, 200 dpi A4 width), as a scanner would give."""
    from PIL import Image, ImageDraw, ImageFont

    font = ImageFont.truetype(str(FONT), 36)
    width, margin, step = 1654, 150, 50
    lines = []
    for para in text.split("\n"):
        words, line = para.split(), ""
        for word in words:
            trial = f"{line} {word}".strip()
            if font.getlength(trial) > width - 2 * margin and line:
                lines.append(line)
                line = word
            else:
                line = trial
        lines.append(line)
    image = Image.new("L", (width, 2 * margin + step * len(lines)), 255)
    draw = ImageDraw.Draw(image)
    for i, line in enumerate(lines):
        draw.text((margin, margin + i * step), line, font=font, fill=0)
    image.save(out)
    return out


def scan_sample(tmp: Path) -> Path:
    for name in ("seed000_scan_page1.png", "seed000_scan.jpg"):
        if (SAMPLES / name).is_file():
            return SAMPLES / name
    if not FONT.is_file():
        pytest.skip("no scan sample and no Liberation font to render one")
    text = (SAMPLES / "seed000.txt").read_text(encoding="utf-8")
    text = text.split("\nPhụ lục")[0]
    text = re.sub(r"\*+|<|>|\*nl\*", "", text)
    text = "\n".join(line for line in text.splitlines() if line.strip())
    return render_scan(text, tmp / "seed000_scan.png")


@pytest.fixture(autouse=True)
def _default_language(vietnamese):
    """The pages are checked in their default language, Vietnamese."""


@pytest.fixture
def server(tmp_path):
    from werkzeug.serving import make_server

    from dispatch_tools.web import create_app

    app = create_app(tmp_path / "data")
    srv = make_server("127.0.0.1", 0, app, threaded=True)
    thread = threading.Thread(target=srv.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{srv.port}"
    srv.shutdown()
    srv.server_close()


@pytest.fixture
def page():
    sync_api = pytest.importorskip("playwright.sync_api")
    with sync_api.sync_playwright() as pw:
        browser = pw.chromium.launch(executable_path=str(CHROMIUM), args=ARGS, headless=True)
        context = browser.new_context(accept_downloads=True, locale="vi-VN",
                                      viewport={"width": 1400, "height": 1000})
        pg = context.new_page()
        errors: list[str] = []
        pg.on("pageerror", lambda exc: errors.append(str(exc)))
        pg.on("console", lambda msg: errors.append(msg.text)
              if msg.type == "error" and not msg.text.startswith("Failed to load resource") else None)
        yield pg
        context.close()
        browser.close()
        assert errors == [], f"errors in the browser: {errors}"


def test_upload_scan_correct_and_download_reply(server, page, tmp_path):
    from docx import Document as Docx

    SHOTS.mkdir(parents=True, exist_ok=True)
    scan = scan_sample(tmp_path)
    page.goto(server + "/")
    assert page.locator("h1").first.inner_text() == "Tải công văn lên"
    page.screenshot(path=str(SHOTS / "1-empty-list.png"), full_page=True)

    page.set_input_files("#files", str(scan))
    row = page.locator("#uploads li").first
    row.locator(".text").wait_for()
    page.screenshot(path=str(SHOTS / "2-uploading.png"), full_page=True)
    row.locator(".text.ok").wait_for(timeout=120_000)
    assert "1690" in row.inner_text()
    # the same file again: its answer says it is done, so the row says so with nothing to wait for
    page.set_input_files("#files", str(scan))
    copy = page.locator("#uploads li").first
    copy.locator(".text.ok").wait_for(timeout=10_000)  # far less than a status request's wait
    assert "1690" in copy.inner_text() and page.locator("#uploads li").count() == 2
    page.goto(server + "/")
    page.screenshot(path=str(SHOTS / "3-list.png"), full_page=True)
    page.get_by_role("link", name=re.compile("1690")).click()

    page.wait_for_selector("#doc-text")
    assert "1690-CV/TĐTN-BTG" in page.locator("#number").inner_text()
    assert "22/09/2022" in page.locator("#next-deadline").inner_text()
    assert page.locator("#doc-text mark").count() > 5  # the fields are highlighted
    page.screenshot(path=str(SHOTS / "4-dispatch.png"), full_page=True)

    page.fill("input[name=report-to]", "Ban Tuyên giáo Tỉnh đoàn Kiên Giang")
    page.click("#fields-form button[type=submit]")
    page.wait_for_selector(".flash.info")
    assert page.locator("input[name=report-to]").input_value() == "Ban Tuyên giáo Tỉnh đoàn Kiên Giang"
    page.screenshot(path=str(SHOTS / "5-corrected.png"), full_page=True)

    with page.expect_download() as info:
        page.click("a[data-download='reply.docx']")
    download = info.value
    assert download.suggested_filename == "1690-CV_TDTN-BTG.reply.docx"
    target = tmp_path / download.suggested_filename
    download.save_as(target)
    paragraphs = [p.text for p in Docx(str(target)).paragraphs]
    kinh_gui = next(p for p in paragraphs if p.startswith("Kính gửi"))
    assert "Ban Tuyên giáo Tỉnh đoàn Kiên Giang" in kinh_gui

    page.goto(server + "/profile")
    page.screenshot(path=str(SHOTS / "6-profile.png"), full_page=True)


def test_bad_upload_shows_error_and_keeps_the_list(server, page, tmp_path):
    SHOTS.mkdir(parents=True, exist_ok=True)
    good = tmp_path / "cong-van.txt"
    shutil.copy(SAMPLES / "seed002.txt", good)
    bad = tmp_path / "hong.pdf"
    bad.write_bytes(b"\x00\x01\x02\x03 not a dispatch" * 40)
    page.goto(server + "/")
    page.set_input_files("#files", [str(good), str(bad)])
    page.locator("#uploads li .text.error").wait_for(timeout=30_000)
    page.locator("#uploads li .text.ok").wait_for(timeout=120_000)
    assert "không được hỗ trợ" in page.locator("#uploads li .text.error").inner_text()
    page.locator("table.list tbody tr").wait_for()  # the list refreshed itself
    assert page.locator("table.list tbody tr").count() == 1
    page.screenshot(path=str(SHOTS / "7-bad-upload.png"), full_page=True)


def test_progress_page_follows_the_work_and_opens_the_dispatch(tmp_path, page):
    """A dispatch waiting in the queue: its page shows the state, then shows the dispatch by
    itself once it has been read."""
    from werkzeug.serving import make_server

    from dispatch_tools.web import create_app

    SHOTS.mkdir(parents=True, exist_ok=True)
    app = create_app(tmp_path / "data", start_worker=False)
    srv = make_server("127.0.0.1", 0, app, threaded=True)
    threading.Thread(target=srv.serve_forever, daemon=True).start()
    try:
        base = f"http://127.0.0.1:{srv.port}"
        page.goto(base + "/")
        page.set_input_files("#files", str(SAMPLES / "seed002.txt"))
        page.locator("#uploads li a").wait_for()
        page.locator("#uploads li a").click()
        page.wait_for_selector("#progress")
        assert "Đang chờ xử lý" in page.locator("#progress").inner_text()
        page.screenshot(path=str(SHOTS / "8-waiting.png"), full_page=True)
        app.extensions["dispatch_worker"].start()
        page.wait_for_selector("#doc-text", timeout=120_000)  # the page reloaded itself
        assert page.locator("#number").inner_text().strip()
    finally:
        srv.shutdown()
        srv.server_close()


def test_the_pages_script_speaks_english_with_an_english_locale(tmp_path, page, monkeypatch):
    """The upload rows the script writes (progress, done, the error of a refused file) are in the
    interface language it is given by the page."""
    from werkzeug.serving import make_server

    from dispatch_tools.web import create_app

    monkeypatch.setenv("LANGUAGE", "en")
    app = create_app(tmp_path / "data")
    srv = make_server("127.0.0.1", 0, app, threaded=True)
    threading.Thread(target=srv.serve_forever, daemon=True).start()
    bad = tmp_path / "hong.pdf"
    bad.write_bytes(b"\x00\x01\x02\x03 not a dispatch" * 40)
    try:
        page.goto(f"http://127.0.0.1:{srv.port}/")
        assert page.locator("html").get_attribute("lang") == "en"
        page.set_input_files("#files", [str(SAMPLES / "seed002.txt"), str(bad)])
        page.locator("#uploads li .text.ok").wait_for(timeout=120_000)
        page.locator("#uploads li .text.error").wait_for(timeout=30_000)
        rows = page.locator("#uploads").inner_text()
        assert re.search(r"Processed: number \S+", rows) and "Open the dispatch" in rows
        assert "This kind of file is not supported" in rows
        assert not re.search(r"[ăâđêôơư]", rows.replace("hong.pdf", ""))
    finally:
        srv.shutdown()
        srv.server_close()
