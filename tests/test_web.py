"""API tests of the web app (Flask's test client): every route, bad uploads, safety checks,
corrections used by every download, persistence across restarts."""

from __future__ import annotations

import io
import json
import subprocess
import sys
import time

import pytest

from tests.conftest import ROOT, SAMPLES

pytest.importorskip("flask")

from dispatch_tools.web import create_app  # noqa: E402
from dispatch_tools.web.app import is_loopback  # noqa: E402

SAME = {"Origin": "http://localhost"}


@pytest.fixture(autouse=True)
def _default_language(vietnamese):
    """The pages, messages and the serve command are checked in their default language,
    Vietnamese (tests/test_web_i18n.py checks English)."""
FETCH = {**SAME, "X-Requested-With": "fetch"}
SEED = (SAMPLES / "seed000.txt").read_bytes()


def upload(client, *files, headers=FETCH):
    data = {"files": [(io.BytesIO(content), name) for name, content in files]}
    return client.post("/upload", data=data, headers=headers, content_type="multipart/form-data")


def wait_done(client, dispatch_id: int, timeout: float = 180) -> dict:
    end = time.monotonic() + timeout
    while time.monotonic() < end:
        status = client.get(f"/d/{dispatch_id}/status").get_json()
        if status["status"] in ("done", "failed"):
            return status
        time.sleep(0.1)
    raise AssertionError(f"dispatch {dispatch_id} not processed in {timeout} s")


def docx_text(data: bytes) -> str:
    from docx import Document

    doc = Document(io.BytesIO(data))
    parts = [p.text for p in doc.paragraphs]
    for table in doc.tables:
        parts += [cell.text for row in table.rows for cell in row.cells]
    return "\n".join(parts)


@pytest.fixture(scope="module")
def data_dir(tmp_path_factory):
    return tmp_path_factory.mktemp("web-data")


@pytest.fixture(scope="module")
def app(data_dir):
    return create_app(data_dir)


@pytest.fixture(scope="module")
def seed(app):
    """seed000 uploaded and read once for the module: (client, dispatch id)."""
    client = app.test_client()
    r = upload(client, ("công văn 1690.txt", SEED))
    assert r.status_code == 200, r.get_data(as_text=True)
    result = r.get_json()["results"][0]
    assert result["ok"] and not result["duplicate"]
    status = wait_done(client, result["id"])
    assert status["status"] == "done", status
    return client, result["id"]


# --------------------------------------------------------------------------- pages


def test_empty_list_and_static_files(tmp_path):
    client = create_app(tmp_path, start_worker=False).test_client()
    r = client.get("/")
    page = r.get_data(as_text=True)
    assert r.status_code == 200
    assert "Tải công văn lên" in page and "Chưa có công văn nào" in page
    assert "default-src 'self'" in r.headers["Content-Security-Policy"]
    assert r.headers["X-Frame-Options"] == "DENY"
    assert "http" not in page.replace("http-equiv", "")  # nothing loaded from elsewhere
    for name in ("app.css", "app.js", "icon.svg"):
        assert client.get(f"/static/{name}").status_code == 200


def test_dispatch_page_shows_fields_highlighted(seed):
    client, i = seed
    page = client.get(f"/d/{i}").get_data(as_text=True)
    assert "1690-CV/TĐTN-BTG" in page
    assert "22/09/2022" in page  # the report deadline
    assert '<mark style="background:' in page  # the view's highlighting
    assert "Kính gửi" in page and "Trích yếu" in page
    assert 'value="20/09/2022"' in page  # the date in the form, day first


def test_status_json(seed):
    client, i = seed
    s = client.get(f"/d/{i}/status").get_json()
    assert s["status"] == "done" and s["number"] == "1690-CV/TĐTN-BTG"
    assert s["url"] == f"/d/{i}" and s["pages_done"] == s["pages_total"] == 1
    # waiting for a change that does not come returns after the timeout with the same state
    s2 = client.get(f"/d/{i}/status?since={s['version']}").get_json()
    assert s2["status"] == "done"


def test_list_search_sort_and_marks(seed):
    client, i = seed
    page = client.get("/").get_data(as_text=True)
    assert "1690-CV/TĐTN-BTG" in page and "quá hạn" in page  # 22/09/2022 is past
    assert "kiên giang" in client.get("/?q=kien+giang").get_data(as_text=True).lower()
    assert "1690-CV" not in client.get("/?q=quyet+toan+ngan+sach+nha+nuoc").get_data(as_text=True)
    for sort in ("deadline", "date", "number", "issuer", "subject", "uploaded", "bogus"):
        for order in ("asc", "desc"):
            assert client.get(f"/?sort={sort}&order={order}").status_code == 200


def test_downloads_every_kind(seed):
    client, i = seed
    expected = {"checklist.xlsx": b"PK", "annex.docx": b"PK", "reply.docx": b"PK",
                "reply-cong-van.docx": b"PK", "calendar.ics": b"BEGIN:VCALENDAR",
                "checklist.md": b"#", "json": b"{"}
    for what, head in expected.items():
        r = client.get(f"/d/{i}/download/{what}")
        assert r.status_code == 200, what
        assert r.data.startswith(head), what
        assert "attachment" in r.headers["Content-Disposition"]
        assert "1690-CV_TDTN-BTG" in r.headers["Content-Disposition"]
    assert "2022-09-22" in client.get(f"/d/{i}/download/calendar.ics").get_data(as_text=True).replace(
        "20220922", "2022-09-22")
    assert client.get(f"/d/{i}/download/../../etc/passwd").status_code == 404
    assert client.get(f"/d/{i}/download/nothing").status_code == 404
    assert client.get(f"/d/{i}/original").data == SEED


def test_download_all_as_one_zip_holds_what_dispatch_process_writes(seed):
    import io
    import zipfile

    client, i = seed
    r = client.get(f"/d/{i}/download/all.zip")
    assert r.status_code == 200 and r.mimetype == "application/zip"
    assert "1690-CV_TDTN-BTG.zip" in r.headers["Content-Disposition"]
    archive = zipfile.ZipFile(io.BytesIO(r.data))
    assert sorted(archive.namelist()) == sorted(f"1690-CV_TDTN-BTG{suffix}" for suffix in (
        ".json", ".checklist.xlsx", ".checklist.md", ".ics", ".annex.docx", ".reply.docx",
        ".slip.docx"))
    for name in archive.namelist():
        if name.endswith((".json", ".md")):  # as its own download gives it
            what = "json" if name.endswith(".json") else "checklist.md"
            assert archive.read(name) == client.get(f"/d/{i}/download/{what}").data, name
        else:
            assert archive.read(name)[:2] in (b"PK", b"BE"), name  # Office files, BEGIN:VCALENDAR


def test_correction_is_used_by_every_download(seed, data_dir):
    client, i = seed
    form = {"number": "1690-CV/TĐTN-BTG", "doc_type": "Công văn", "issuer": "BCH Đoàn tỉnh Kiên Giang",
            "date": "20/09/2022", "subject": "V/v triển khai chiến dịch làm sạch mã độc năm 2022",
            "recipients": "Ban Thường vụ các huyện, thành đoàn\nĐoàn trực thuộc",
            "report-to": "Ban Tuyên giáo Tỉnh đoàn Kiên Giang", "report-deadline": "23/9/2022",
            "report-time": "16h30", "report-what": "Kết quả triển khai chiến dịch"}
    r = client.post(f"/d/{i}", data=form, headers=SAME)
    assert r.status_code == 302
    page = client.get(f"/d/{i}").get_data(as_text=True)
    assert "Đã lưu các chỉnh sửa" in page and 'value="23/09/2022"' in page
    reply = docx_text(client.get(f"/d/{i}/download/reply.docx").data)
    assert "Ban Tuyên giáo Tỉnh đoàn Kiên Giang" in reply
    checklist = client.get(f"/d/{i}/download/checklist.md").get_data(as_text=True)
    assert "16:30 23/9/2022" in checklist  # the corrected report deadline and time
    data = client.get(f"/d/{i}/download/json").get_json()
    assert data["fields"]["report"]["to"] == "Ban Tuyên giáo Tỉnh đoàn Kiên Giang"
    assert data["fields"]["report"]["time"] == "16:30"
    assert data["fields"]["recipients"] == ["Ban Thường vụ các huyện, thành đoàn", "Đoàn trực thuộc"]
    assert any(op["path"] == "/report/to" for op in data["meta"]["corrections"])
    # the parsed fields are kept as read; the patch is what changed
    from dispatch_tools.web.store import Store

    row = Store(data_dir).get(i)
    assert row.corrected and json.loads(row.corrected)["report"]["deadline"] == "2022-09-23"
    assert Store(data_dir).document(i)["fields"]["report"]["deadline"] == "2022-09-22"


def test_invalid_correction_is_refused_and_nothing_saved(seed):
    client, i = seed
    before = client.get(f"/d/{i}/download/json").get_json()["fields"]
    r = client.post(f"/d/{i}", data={"number": "X", "date": "31/02/2022"}, headers=SAME)
    assert r.status_code == 400
    assert "không phải là ngày hợp lệ" in r.get_data(as_text=True)
    assert client.get(f"/d/{i}/download/json").get_json()["fields"] == before


def test_tasks_can_be_deleted_added_and_reset(tmp_path):
    app = create_app(tmp_path)
    client = app.test_client()
    i = upload(client, ("seed000.txt", SEED)).get_json()["results"][0]["id"]
    assert wait_done(client, i)["status"] == "done"
    fields = client.get(f"/d/{i}/download/json").get_json()["fields"]
    n = len(fields["tasks"])
    form = {"number": fields["number"], "subject": fields["subject"], "task-0-delete": "1",
            "task-new-text": "Gửi báo cáo tổng hợp", "task-new-assignees": "Văn phòng",
            "task-new-deadline": "30/09/2022", "task-new-report": "1"}
    for k, t in enumerate(fields["tasks"]):
        form[f"task-{k}-text"] = t["text"]
        form[f"task-{k}-assignees"] = "\n".join(t["assignees"])
    assert client.post(f"/d/{i}", data=form, headers=SAME).status_code == 302
    tasks = client.get(f"/d/{i}/download/json").get_json()["fields"]["tasks"]
    assert len(tasks) == n and tasks[-1]["text"] == "Gửi báo cáo tổng hợp"
    assert tasks[-1]["deadline"] == "2022-09-30" and tasks[-1]["report"] is True
    assert tasks[0]["text"] == fields["tasks"][1]["text"]
    assert "Gửi báo cáo tổng hợp" in client.get(f"/d/{i}/download/checklist.md").get_data(as_text=True)
    assert client.post(f"/d/{i}/reset", headers=SAME).status_code == 302
    assert client.get(f"/d/{i}/download/json").get_json()["fields"]["tasks"] == fields["tasks"]


def test_handled_mark(seed):
    client, i = seed
    assert client.post(f"/d/{i}/handled", headers=SAME).status_code == 302
    assert "đã xử lý" in client.get("/").get_data(as_text=True)
    client.post(f"/d/{i}/handled", headers=SAME)
    assert "quá hạn" in client.get("/").get_data(as_text=True)


def test_document_text_is_escaped(tmp_path):
    client = create_app(tmp_path).test_client()
    text = SEED.decode("utf-8").replace(
        "V/v triển khai", 'V/v <script>alert("x")</script><img src=x onerror=alert(1)> triển khai')
    i = upload(client, ("<b onclick=x>ten.txt", text.encode("utf-8"))).get_json()["results"][0]["id"]
    assert wait_done(client, i)["status"] == "done"
    for url in (f"/d/{i}", "/"):
        page = client.get(url).get_data(as_text=True)
        assert "<script>alert" not in page and "<img src=x" not in page and "<b onclick" not in page
    assert "&lt;script&gt;alert" in page  # shown as text
    assert "&lt;b onclick=x&gt;ten.txt" in client.get(f"/d/{i}").get_data(as_text=True)


# --------------------------------------------------------------------------- uploads


def test_bad_uploads_are_refused_and_good_ones_kept(tmp_path):
    client = create_app(tmp_path, start_worker=False).test_client()
    ole = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 600
    xlsx = io.BytesIO()
    import zipfile

    with zipfile.ZipFile(xlsx, "w") as zf:
        zf.writestr("xl/workbook.xml", "<workbook/>")
    r = upload(client, ("empty.txt", b""), ("binary.pdf", bytes(range(256)) * 8), ("old.doc", ole),
               ("sheet.xlsx", xlsx.getvalue()), ("broken.docx", b"PK\x03\x04broken" * 10),
               ("good.txt", SEED))
    assert r.status_code == 200
    results = r.get_json()["results"]
    assert [x["ok"] for x in results] == [False, False, False, False, False, True]
    assert "rỗng" in results[0]["error"]
    assert "không được hỗ trợ" in results[1]["error"]
    assert "Word 97-2003" in results[2]["error"] and "bảng tính" in results[3]["error"]
    assert "hỏng" in results[4]["error"]
    page = client.get("/").get_data(as_text=True)
    assert "good.txt" in page and "binary.pdf" not in page
    # nothing but the accepted upload is stored, under its hash
    stored = [p for p in (tmp_path / "uploads").rglob("*") if p.is_file()]
    assert len(stored) == 1 and stored[0].name.endswith(".bin") and len(stored[0].stem) == 64


def test_upload_without_files_and_without_javascript(tmp_path):
    client = create_app(tmp_path, start_worker=False).test_client()
    assert upload(client).status_code == 400
    r = upload(client, headers=SAME)  # the plain form: back to the list with a message
    assert r.status_code == 302
    assert "Chưa chọn tệp" in client.get("/").get_data(as_text=True)
    r = upload(client, ("a.txt", SEED), headers=SAME)
    assert r.status_code == 302 and r.headers["Location"].startswith("/d/")
    r = upload(client, ("a.txt", SEED), ("b.txt", b"\x00\x01" * 300), headers=SAME)
    assert r.status_code == 302
    page = client.get("/").get_data(as_text=True)
    assert "đã được tải lên trước đây" in page and "b.txt" in page


def test_duplicate_upload_shows_the_same_dispatch(tmp_path):
    client = create_app(tmp_path, start_worker=False).test_client()
    first = upload(client, ("a.txt", SEED)).get_json()["results"][0]
    again = upload(client, ("renamed.txt", SEED)).get_json()["results"][0]
    assert again["duplicate"] and again["id"] == first["id"]


def test_the_uploads_answer_carries_its_status_to_wait_from(tmp_path):
    """The page shows the state the upload's answer gives and waits only for the next change;
    a copy of a dispatch already read is done at once, with nothing to wait for."""
    app = create_app(tmp_path, start_worker=False)
    client = app.test_client()
    first = upload(client, ("a.txt", SEED)).get_json()["results"][0]
    status = first["status"]
    assert (status["id"], status["status"], status["label"]) == (first["id"], "queued", "Đang chờ xử lý")
    assert status == client.get(first["status_url"]).get_json()  # what the endpoint says
    app.extensions["dispatch_worker"].process(first["id"])  # the change waited for
    later = client.get(f"{first['status_url']}?wait=1&since={status['version']}").get_json()
    assert later["status"] == "done" and later["version"] > status["version"]
    again = upload(client, ("b.txt", SEED)).get_json()["results"][0]
    assert again["duplicate"] and again["status"]["status"] == "done"
    assert again["status"]["number"] == "1690-CV/TĐTN-BTG"
    form = upload(client, ("c.txt", SEED), headers=SAME)  # without JavaScript: a redirect
    assert form.status_code == 302


def test_upload_size_limit(tmp_path):
    client = create_app(tmp_path, start_worker=False, max_mb=1).test_client()
    big = SEED * (2 * 1024 * 1024 // len(SEED))
    r = upload(client, ("big.txt", big), ("small.txt", SEED))
    results = r.get_json()["results"]
    assert not results[0]["ok"] and "1 MB" in results[0]["error"] and results[1]["ok"]
    huge = upload(client, ("huge.txt", b"a" * (12 * 1024 * 1024)))
    assert huge.status_code == 413 and "Tệp quá lớn" in huge.get_json()["error"]


def test_failed_processing_shows_a_clear_error_then_retry_and_delete(tmp_path):
    client = create_app(tmp_path).test_client()
    png = b"\x89PNG\r\n\x1a\n" + b"not really an image" * 50
    i = upload(client, ("scan.png", png)).get_json()["results"][0]["id"]
    status = wait_done(client, i, timeout=60)
    assert status["status"] == "failed" and "hỏng" in status["error"]
    page = client.get(f"/d/{i}").get_data(as_text=True)
    assert "Không xử lý được tệp này" in page and "không bị ảnh hưởng" in page
    assert client.get(f"/d/{i}/download/reply.docx").status_code == 404
    assert client.post(f"/d/{i}/retry", headers=SAME).status_code == 302
    assert wait_done(client, i, timeout=60)["status"] == "failed"
    assert client.post(f"/d/{i}/delete", headers=SAME).status_code == 302
    assert client.get(f"/d/{i}").status_code == 404
    assert not any(p.is_file() for p in (tmp_path / "uploads").rglob("*.bin"))


def test_unknown_dispatch_is_a_vietnamese_404(tmp_path):
    client = create_app(tmp_path, start_worker=False).test_client()
    r = client.get("/d/999")
    assert r.status_code == 404 and "Không tìm thấy" in r.get_data(as_text=True)
    assert client.get("/d/999/status").status_code == 404
    assert client.post("/d/999", headers=SAME).status_code == 404


# --------------------------------------------------------------------------- safety


def test_posts_from_another_site_are_refused(tmp_path):
    client = create_app(tmp_path, start_worker=False).test_client()
    for headers in ({}, {"Origin": "http://evil.example"}, {"Referer": "http://evil.example/x"},
                    {"Origin": "http://localhost.evil.example"}):
        r = upload(client, ("a.txt", SEED), headers=headers)
        assert r.status_code == 403, headers
        assert "chính trang của chương trình" in r.get_data(as_text=True)
    assert upload(client, ("a.txt", SEED), headers={"Referer": "http://localhost/"}).status_code == 302


def test_only_loopback_host_names_without_token(tmp_path):
    client = create_app(tmp_path, start_worker=False).test_client()
    assert client.get("/", base_url="http://127.0.0.1:8750").status_code == 200
    assert client.get("/", base_url="http://[::1]:8750").status_code == 200
    r = client.get("/", base_url="http://attacker.example")  # DNS rebinding
    assert r.status_code == 403 and "chỉ phục vụ trên chính máy này" in r.get_data(as_text=True)


def test_token_required_on_every_request(tmp_path):
    client = create_app(tmp_path, start_worker=False, token="s3cret").test_client()
    base = "http://192.168.1.5:8750"
    assert client.get("/", base_url=base).status_code == 403
    assert client.get("/static/app.css", base_url=base).status_code == 403
    assert client.get("/?token=wrong", base_url=base).status_code == 403
    assert client.get("/", base_url=base, headers={"X-Dispatch-Token": "s3cret"}).status_code == 200
    r = client.get("/?token=s3cret&q=a", base_url=base)
    assert r.status_code == 302 and "token" not in r.headers["Location"]
    assert "dispatch_token=s3cret" in r.headers["Set-Cookie"] and "HttpOnly" in r.headers["Set-Cookie"]
    assert client.get("/", base_url=base).status_code == 200  # the cookie is sent from now on


# --------------------------------------------------------------------------- profile


def test_profile_page_saves_a_valid_profile_used_by_replies(seed, data_dir):
    client, i = seed
    assert "Hồ sơ đơn vị" in client.get("/profile").get_data(as_text=True)
    form = {"unit.name": "Phòng Văn hóa và Thông tin", "unit.parent": "Ủy ban nhân dân huyện Phong Điền",
            "unit.place": "Phong Điền", "unit.code": "VHTT", "unit.system": "state",
            "signer.authority": "KT.", "signer.capacity": "Trưởng phòng", "signer.title": "Phó Trưởng phòng",
            "signer.name": 'Nguyễn Văn "An"', "prepared_by.name": "Trần Thị Bình",
            "distribution.recipients": "Như trên;\nLưu: VT."}
    assert client.post("/profile", data=form, headers=SAME).status_code == 302
    from dispatch_tools.generate.profile import load_profile

    profile = load_profile(data_dir / "profile.toml")
    assert profile.signer.name == 'Nguyễn Văn "An"' and profile.recipients == ["Như trên", "Lưu: VT"]
    assert 'value="Phong Điền"' in client.get("/profile").get_data(as_text=True)
    reply = docx_text(client.get(f"/d/{i}/download/reply.docx").data)
    assert "PHÒNG VĂN HÓA VÀ THÔNG TIN" in reply.upper() and 'Nguyễn Văn "An"' in reply


def test_profile_missing_values_are_refused(tmp_path):
    client = create_app(tmp_path, start_worker=False).test_client()
    r = client.post("/profile", data={"unit.name": "", "unit.system": "state"}, headers=SAME)
    assert r.status_code == 400 and "Chưa lưu được" in r.get_data(as_text=True)
    r = client.post("/profile", data={"unit.name": "A", "unit.place": "B", "unit.code": "C",
                                      "unit.system": "bogus"}, headers=SAME)
    assert r.status_code == 400
    assert not (tmp_path / "profile.toml").exists()


# --------------------------------------------------------------------------- restarts


def test_everything_survives_a_restart(seed, data_dir):
    client, i = seed
    client.post(f"/d/{i}", data={"number": "1690-CV/TĐTN-BTG", "subject": "Trích yếu đã sửa"},
                headers=SAME)
    again = create_app(data_dir, start_worker=False).test_client()
    assert "Trích yếu đã sửa" in again.get("/").get_data(as_text=True)
    assert again.get(f"/d/{i}/original").data == SEED


def test_interrupted_work_is_resumed_at_start(tmp_path):
    first = create_app(tmp_path, start_worker=False).test_client()
    i = upload(first, ("a.txt", SEED)).get_json()["results"][0]["id"]
    assert first.get(f"/d/{i}/status").get_json()["status"] == "queued"
    second = create_app(tmp_path).test_client()  # the worker picks it up
    assert wait_done(second, i)["status"] == "done"


# --------------------------------------------------------------------------- the command


def test_loopback_names():
    assert is_loopback("127.0.0.1") and is_loopback("localhost") and is_loopback("::1")
    assert not is_loopback("0.0.0.0") and not is_loopback("192.168.1.5")


def test_serve_command_prints_the_address_and_serves(tmp_path):
    proc = subprocess.Popen([sys.executable, "-m", "dispatch_tools", "serve", "--port", "0",
                             "--data", str(tmp_path)], stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                            text=True, cwd=ROOT)
    try:
        line = proc.stdout.readline()
        assert line.startswith("dispatch serve: hãy mở http://127.0.0.1:"), line
        address = line.split("mở ", 1)[1].strip()
        from urllib.request import urlopen

        with urlopen(address, timeout=10) as response:
            assert "Tải công văn lên" in response.read().decode("utf-8")
    finally:
        proc.terminate()
        proc.wait(timeout=10)
    assert (tmp_path / "dispatch.sqlite3").is_file()


def test_serve_elsewhere_generates_a_token(tmp_path):
    proc = subprocess.Popen([sys.executable, "-m", "dispatch_tools", "serve", "--host", "0.0.0.0",
                             "--port", "0", "--data", str(tmp_path)], stdout=subprocess.PIPE,
                            stderr=subprocess.PIPE, text=True, cwd=ROOT)
    try:
        line = proc.stdout.readline()
        assert "?token=" in line and len(line.split("?token=")[1].strip()) >= 24
    finally:
        proc.terminate()
        proc.wait(timeout=10)


def test_serve_refuses_a_missing_profile(tmp_path):
    r = subprocess.run([sys.executable, "-m", "dispatch_tools", "serve", "--data", str(tmp_path),
                        "--profile", str(tmp_path / "none.toml")], capture_output=True, text=True,
                       cwd=ROOT, timeout=60)
    assert r.returncode == 3 and "không tìm thấy hồ sơ đơn vị" in r.stderr and "Traceback" not in r.stderr


# --------------------------------------------------------------------------- the office's register


def _retyped(text: str) -> str:
    return "\n\n".join("  " + line.replace(" ", "  ") for line in text.replace("TĐTN", "TDTN").splitlines())


@pytest.fixture(scope="module")
def office(tmp_path_factory):
    """An app over its own register, with seed000 and a retyped copy uploaded and read."""
    from dispatch_tools.register import Register

    folder = tmp_path_factory.mktemp("office")
    app = create_app(folder / "data", register=folder / "register.sqlite3")
    client = app.test_client()
    ids = []
    for name, content in (("cv1690.txt", SEED), ("cv1690 gõ lại.txt",
                                                  _retyped(SEED.decode()).encode())):
        ids.append(upload(client, (name, content)).get_json()["results"][0]["id"])
        assert wait_done(client, ids[-1])["status"] == "done"
    return client, ids, Register(folder / "register.sqlite3")


def test_uploads_are_registered_and_the_copy_is_marked_in_the_list(office, vietnamese):
    client, ids, register = office
    first, copy = register.entries()
    assert (first.arrival_no, copy.arrival_no, copy.duplicate_of) == (1, 2, first.id)
    assert {first.source, copy.source} == {"web"}
    page = client.get("/").get_data(as_text=True)
    assert f"2/{copy.year}" in page and "trùng với số đến 1" in page
    assert "chưa thực hiện" in page  # the tasks' progress
    page = client.get(f"/d/{ids[1]}").get_data(as_text=True)
    assert "Số đến <strong>2</strong>" in page and "trùng với số đến 1" in page


def test_the_clerk_sets_a_tasks_status_on_the_page(office):
    client, ids, register = office
    entry = register.find_file(register.entries()[0].sha256, source="web")
    task = register.tasks(entry_id=entry.id)[0]
    r = client.post(f"/d/{ids[0]}/task/{task.id}", data={"status": "done"}, headers=SAME)
    assert r.status_code == 302
    assert register.tasks(entry_id=entry.id)[0].status == "done"
    assert 'value="done" selected' in client.get(f"/d/{ids[0]}").get_data(as_text=True)
    other = register.tasks(entry_id=register.entries()[1].id)[0]  # not this dispatch's task
    assert client.post(f"/d/{ids[0]}/task/{other.id}", data={"status": "done"},
                       headers=SAME).status_code == 404
    r = client.post(f"/d/{ids[0]}/task/{task.id}", data={"status": "quá hạn"}, headers=SAME)
    assert r.status_code == 400 and register.tasks(entry_id=entry.id)[0].status == "done"
    client.post(f"/d/{ids[0]}/task/{task.id}", data={"status": "todo"}, headers=SAME)


def test_the_slip_carries_the_arrival_number_and_the_register_exports(office):
    import openpyxl

    client, ids, register = office
    slip = client.get(f"/d/{ids[1]}/download/slip.docx")
    assert slip.status_code == 200
    text = docx_text(slip.data)
    assert "Số: 2" in text or "Số đến: 2" in text, text[:400]
    book = openpyxl.load_workbook(io.BytesIO(client.get("/so-den.xlsx").data))
    assert [ws.title for ws in book.worksheets] == ["Sổ đăng ký văn bản đến",
                                                    "Theo dõi giải quyết văn bản đến"]
    tasks = openpyxl.load_workbook(io.BytesIO(client.get("/nhiem-vu.xlsx").data)).active
    assert {row[6] for row in tasks.iter_rows(min_row=4, values_only=True)} == {1}


def test_a_correction_in_the_web_app_reaches_the_register(office):
    client, ids, register = office
    first = register.entries()[0]
    form = {"number": first.number, "issuer": first.issuer,
            "date": "23/9/2022"}  # a wrong date: no longer the same dispatch
    assert client.post(f"/d/{ids[1]}", data=form, headers=SAME).status_code == 302
    entry = register.entries()[1]
    assert entry.doc_date == "2022-09-23" and not entry.is_duplicate and entry.arrival_no == 2
    client.post(f"/d/{ids[1]}/reset", headers=SAME)
    assert register.entries()[1].duplicate_of == first.id


def test_a_batch_and_the_web_app_writing_one_register_at_once(tmp_path):
    """Uploads read by the web app while a batch (another process) registers its files: every
    file gets an entry, the numbers run 1..n with none given twice."""
    from dispatch_tools.register import Register

    base = (SAMPLES / "congvan.txt").read_text(encoding="utf-8").splitlines()[:14]
    texts = [("\n".join(base).replace("412/PGDĐT", f"{100 + k}/PGDĐT") + f"\nGhi chú {k}.\n")
             for k in range(21)]
    inbox = tmp_path / "in"
    inbox.mkdir()
    for k, text in enumerate(texts[:12]):
        (inbox / f"cv{k}.txt").write_text(text, encoding="utf-8")
    path = tmp_path / "register.sqlite3"
    client = create_app(tmp_path / "data", register=path).test_client()
    first = upload(client, ("web.txt", texts[-1].encode())).get_json()["results"][0]["id"]
    assert wait_done(client, first)["status"] == "done"  # the web app's models are loaded
    batch = subprocess.Popen([sys.executable, "-m", "dispatch_tools", "batch", str(inbox), "-o",
                              str(tmp_path / "out"), "--workers", "1", "--register", str(path)],
                             cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    end = time.monotonic() + 120
    while not any(e.source == "batch" for e in Register(path).entries()):  # the batch is writing
        assert time.monotonic() < end and batch.poll() is None, batch.communicate()
        time.sleep(0.05)
    ids = [upload(client, (f"web{k}.txt", text.encode())).get_json()["results"][0]["id"]
           for k, text in enumerate(texts[12:20])]
    assert [wait_done(client, i)["status"] for i in ids] == ["done"] * 8
    out, err = batch.communicate(timeout=300)
    assert batch.returncode == 0, err
    entries = Register(path).entries()
    assert sorted(e.arrival_no for e in entries) == list(range(1, 22))
    assert sorted(e.source for e in entries) == ["batch"] * 12 + ["web"] * 9
    assert {e.number for e in entries} == {f"{100 + k}/PGDĐT-VP" for k in range(21)}
    assert not any(e.is_duplicate for e in entries)


def test_a_field_to_check_shows_its_note_and_the_crop_of_its_box_until_corrected(tmp_path):
    """The correction form puts the reading's "cần xem lại" note and the image of the hand-filled
    box beside the field, so that the clerk types the digits from it; once the clerk has corrected
    that field, the note goes."""
    import base64

    from PIL import Image

    app = create_app(tmp_path)
    client = app.test_client()
    i = upload(client, ("seed000.txt", SEED)).get_json()["results"][0]["id"]
    assert wait_done(client, i)["status"] == "done"
    buffer = io.BytesIO()
    Image.new("L", (60, 24), 255).save(buffer, "PNG")
    png = base64.b64encode(buffer.getvalue()).decode("ascii")
    store = app.extensions["dispatch_store"]
    data = store.document(i)
    data["fields"]["review"] = {"number": "cần xem lại: số viết tay không đọc được (…/CV/TĐTN-BTG)"}
    data["fields"]["crops"] = {"number": {"page": 1, "bbox": {"x0": 10, "y0": 20, "x1": 70, "y1": 44},
                                          "unit": "px", "png": png}}
    store.save_document(i, data)
    store.forget(i)
    page = client.get(f"/d/{i}").get_data(as_text=True)
    assert 'class="review" role="note">cần xem lại: số viết tay không đọc được (…/CV/TĐTN-BTG)<' in page
    assert f'src="data:image/png;base64,{png}"' in page and 'alt="Ảnh ô số trên trang 1' in page
    assert page.count('class="review"') == 1  # only the field that needs it
    form = {"number": "1690-CV/TĐTN-BTG", "doc_type": "Công văn", "issuer": "BCH Đoàn tỉnh Kiên Giang",
            "date": "20/09/2022", "subject": "triển khai chiến dịch làm sạch mã độc trên không gian mạng năm 2022"}
    assert client.post(f"/d/{i}", data={**form, "number": "1691-CV/TĐTN-BTG"}, headers=SAME).status_code == 302
    page = client.get(f"/d/{i}").get_data(as_text=True)
    assert 'class="review"' not in page and "data:image/png" not in page
