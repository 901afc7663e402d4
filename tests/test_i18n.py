"""The interface language: Vietnamese by default, English when asked for; the catalog is complete
and in step with the code; no English sentence reaches a clerk under the default locale."""

from __future__ import annotations

import ast
import io
import json
import re
import shutil
import unicodedata

import pytest

from dispatch_tools import i18n
from dispatch_tools.cli import main

from .conftest import ROOT, SAMPLES

PACKAGE = ROOT / "dispatch_tools"
CATALOG = PACKAGE / "i18n" / "locale" / "vi" / "LC_MESSAGES" / "dispatch_tools.po"
KEYWORDS = {"_": None, "N_": None, "ngettext": (1, 2)}

# ------------------------------------------------------------------ an English-sentence detector

# Common English words that are not also Vietnamese syllables written without marks.
ENGLISH = set("""
the a an is are was were be been being has have had not no of for from with without this that these
those it its there their they them which what when where who will would can cannot could should must
may in on to at by as so if or and but than then else into onto over under out up about after before
file files found read reads written write wrote folder output input page pages text number numbers
date dates issuer subject deadline deadlines task tasks processed failed skipped already done error
check please give use run again more less such only also every each one two all any some none left
blank empty missing invalid unknown determined header body signer signer's addressees attaches form
table row rows per results note notes warning sure names name dated calendar event reply placeholder
annex annexes layer damaged restored corrected correction corrections misread words word syllables
valid marked diacritics vietnamese deskewed low confidence scan issue type document dispatch list
items verbs opening same elsewhere contains characters limit expands times part image decoded
protected password unit place placeholders brackets create profile pass covers addressed cite says
ocr'd content kind named plain ends its
""".split())


def english_runs(text: str, length: int = 3) -> list[str]:
    """Runs of ``length`` or more common English words in a row (numbers and brackets between them
    do not break a run; other punctuation does): a sentence in English."""
    text = re.sub(r"\S+@\S+|https?://\S+|\S+\.(?:pdf|docx|txt|png|xlsx|json|csv|ics|md)\b", " ", text)
    runs, current = [], []
    for token in re.findall(r"[^\W\d_]+(?:'[a-z]+)?|[^\w\s%()°.,]|[.,](?!\d)", text):
        if token.lower() in ENGLISH:
            current.append(token)
            continue
        if len(current) >= length:
            runs.append(" ".join(current))
        current = []
    if len(current) >= length:
        runs.append(" ".join(current))
    return runs


def test_the_detector_finds_english_and_passes_vietnamese():
    assert english_runs("dispatch: error: /x.docx: file not found. Check the path and the file name")
    assert english_runs("no issue date (…, ngày … tháng … năm …) found in the header")
    assert english_runs("the dispatch attaches no form: written a table of results, one row per task")
    assert english_runs("restored the diacritics of 9 syllables and corrected 0 words misread by OCR")
    assert english_runs("parsing: no signer's name found")
    assert english_runs("reading: Vietnamese text layer without diacritics (22% of words marked)")
    assert not english_runs("dispatch: lỗi: /x.docx: không tìm thấy tệp. Hãy kiểm tra đường dẫn và tên tệp")
    assert not english_runs("đọc tệp: lớp chữ tiếng Việt không dấu (chỉ 22% số từ có dấu): đã nhận dạng "
                            "chữ (OCR) trang này")
    assert not english_runs("Tỉnh đoàn đề nghị các cơ sở Đoàn trực thuộc triển khai thực hiện một số nội dung")


# ------------------------------------------------------------------ the catalog and the code


def _code_messages() -> set:
    from babel.messages.extract import extract_from_dir

    found = set()
    for _file, _line, message, _comments, _context in extract_from_dir(
            str(PACKAGE), method_map=[("**.py", "python"), ("**/templates/**.html", "jinja2")],
            options_map={"**/templates/**.html": {"trimmed": "true"}},
            keywords={**KEYWORDS, "gettext": None}):  # a template's {% trans %} is a gettext call
        found.add(message)
    return found


def test_the_web_templates_messages_are_in_the_catalog():
    """The templates' `_()` and `{% trans %}` are extracted as the app renders them (trimmed)."""
    code = _code_messages()
    assert "Upload dispatches" in code  # _() in a template
    assert ("%(count)s dispatch", "%(count)s dispatches") in code  # {% trans %}…{% pluralize %}
    assert ("PDF, scanned images or photos (PNG, JPEG, TIFF…), DOCX or plain text; several files "
            "may be chosen at once; at most %(max_mb)s MB per file.") in code  # trimmed like the page


def _catalog():
    from babel.messages.pofile import read_po

    with CATALOG.open("rb") as f:
        return read_po(f, locale="vi")


def test_every_message_in_the_code_has_a_vietnamese_translation():
    catalog = _catalog()
    code = _code_messages()
    assert len(code) > 200
    untranslated = []
    for message in sorted(code, key=str):
        entry = catalog.get(message)
        strings = [] if entry is None else (list(entry.string) if isinstance(entry.string, (tuple, list))
                                            else [entry.string])
        if entry is None or entry.fuzzy or not all(s and s.strip() for s in strings):
            untranslated.append(message)
    assert not untranslated, ("messages without a Vietnamese translation (run `make catalogs`, then "
                              f"translate them in {CATALOG.relative_to(ROOT)}): {untranslated}")


def test_the_catalog_holds_no_message_the_code_no_longer_has():
    code = _code_messages()
    stale = [m.id for m in _catalog() if m.id and m.id not in code]
    assert not stale, f"run `make catalogs` to drop messages the code no longer uses: {stale}"


def test_translations_are_nfc_keep_the_placeholders_and_pass_babel_checks():
    catalog = _catalog()
    problems = [(m.id, [str(e) for e in errors]) for m, errors in catalog.check()]
    assert not problems
    for m in catalog:
        if not m.id:
            continue
        ids = m.id if isinstance(m.id, tuple) else (m.id,)
        strings = m.string if isinstance(m.string, tuple) else (m.string,)
        for s in strings:
            assert s == unicodedata.normalize("NFC", s), m.id
            assert set(re.findall(r"%\(\w+\)", s)) == set(re.findall(r"%\(\w+\)", ids[-1])), m.id
            assert s != ids[0] or not english_runs(s, 2), m.id  # translated, not copied


def _marked_calls(tree):
    for node in ast.walk(tree):
        if isinstance(node, ast.Call) and isinstance(node.func, ast.Name) and node.func.id in KEYWORDS:
            yield node


def test_messages_are_literals_with_named_placeholders():
    """``_()`` gets a literal (an f-string would never match the catalog); values are named."""
    bad = []
    for path in PACKAGE.rglob("*.py"):
        if path.name == "argparse_text.py":  # argparse's own messages, with its own placeholders
            continue
        for call in _marked_calls(ast.parse(path.read_text(encoding="utf-8"))):
            for arg in call.args[:2 if call.func.id == "ngettext" else 1]:
                where = f"{path.relative_to(ROOT)}:{call.lineno}"
                if isinstance(arg, ast.JoinedStr):
                    bad.append(f"{where}: f-string")
                elif isinstance(arg, ast.Constant) and isinstance(arg.value, str):
                    if re.search(r"%[sdrf]|%\.\d|\{\}", arg.value):
                        bad.append(f"{where}: unnamed placeholder")
    assert not bad, bad


# ------------------------------------------------------------------ choosing the language


@pytest.mark.parametrize("environ, language", [
    ({}, "vi"), ({"LANG": "C.UTF-8"}, "vi"), ({"LANG": "vi_VN.UTF-8"}, "vi"),
    ({"LANG": "en_US.UTF-8"}, "en"), ({"LC_ALL": "en_GB.UTF-8", "LANG": "vi_VN.UTF-8"}, "en"),
    ({"LANGUAGE": "vi:en", "LANG": "en_US.UTF-8"}, "vi"), ({"LANGUAGE": "en", "LANG": "vi_VN"}, "en"),
    ({"LC_MESSAGES": "en_US.UTF-8"}, "en"), ({"LC_ALL": "POSIX"}, "vi"),
])
def test_the_language_follows_the_locale(environ, language):
    assert i18n.language_from_environment(environ) == language


def _error(args, capsys):
    code = main(args)
    return code, capsys.readouterr().err


def test_an_error_is_vietnamese_by_default(vietnamese, capsys):
    code, err = _error(["read", "/nonexistent/cv.docx"], capsys)
    assert code == 3
    assert err.strip() == ("dispatch: lỗi: /nonexistent/cv.docx: không tìm thấy tệp. "
                           "Hãy kiểm tra đường dẫn và tên tệp")


@pytest.mark.parametrize("where", ["before", "after"])
def test_ui_lang_en_gives_english_and_the_same_exit_code(vietnamese, capsys, where):
    args = ["read", "/nonexistent/cv.docx"]
    args = ["--ui-lang", "en", *args] if where == "before" else [*args, "--ui-lang", "en"]
    code, err = _error(args, capsys)
    assert code == 3
    assert err.strip() == ("dispatch: error: /nonexistent/cv.docx: file not found. "
                           "Check the path and the file name")
    assert i18n.current_language() == "vi"  # the option lasts for that command only


def test_ui_lang_vi_wins_over_an_english_locale(monkeypatch, capsys):
    monkeypatch.setenv("LANG", "en_US.UTF-8")
    code, err = _error(["--ui-lang", "vi", "read", "/nonexistent/cv.docx"], capsys)
    assert code == 3 and "không tìm thấy tệp" in err


@pytest.mark.parametrize("args, code", [
    (["read", "/nonexistent/cv.docx"], 3),
    (["read", str(SAMPLES / "README.md") + "/x"], 3),
    (["read"], 2),
    (["--ui-lang", "fr", "read", "x"], 2),
    (["checklist", str(SAMPLES / "seed000.txt"), "-o", "{blocker}/x.md"], 6),
])
def test_exit_codes_do_not_depend_on_the_language(args, code, capsys, monkeypatch, tmp_path):
    blocker = tmp_path / "a-file"  # a file where a folder is wanted: the output cannot be written
    blocker.write_text("", encoding="utf-8")
    args = [a.replace("{blocker}", str(blocker)) for a in args]
    codes = []
    for locale in ("vi_VN.UTF-8", "en_US.UTF-8"):
        for name in ("LANGUAGE", "LC_ALL", "LC_MESSAGES"):
            monkeypatch.delenv(name, raising=False)
        monkeypatch.setenv("LANG", locale)
        try:
            codes.append(main(args))
        except SystemExit as exc:  # argparse's own exit for a bad command line
            codes.append(exc.code)
        capsys.readouterr()
    assert codes == [code, code]


def test_argument_help_is_vietnamese_by_default(vietnamese, capsys):
    with pytest.raises(SystemExit):
        main(["read", "--help"])
    out = capsys.readouterr().out
    assert out.startswith("cách dùng: dispatch read") and "in các thành phần dưới dạng JSON" in out
    assert not english_runs(out)


def test_a_bad_command_line_is_reported_in_vietnamese_with_exit_code_2(vietnamese, capsys):
    with pytest.raises(SystemExit) as caught:
        main(["read"])
    assert caught.value.code == 2
    err = capsys.readouterr().err
    assert "dispatch read: lỗi: thiếu các tham số bắt buộc: file" in err
    with pytest.raises(SystemExit) as caught:
        main(["--ui-lang", "en", "read"])
    assert caught.value.code == 2
    assert "dispatch read: error: the following arguments are required: file" in capsys.readouterr().err


# ------------------------------------------------------------------ no English under the default locale

SEEDS = sorted(p for p in SAMPLES.iterdir()
               if p.suffix in (".txt", ".docx") or p.name.endswith(("_garbage.pdf", "_text.pdf")))


@pytest.mark.slow
def test_read_on_the_seeds_says_nothing_in_english(vietnamese, capsys):
    assert len(SEEDS) >= 10
    found = {}
    for path in SEEDS:
        assert main(["read", str(path)]) == 0
        table, err = capsys.readouterr()
        assert main(["read", "--json", str(path)]) == 0
        out, err2 = capsys.readouterr()
        warnings = json.loads(out)["warnings"]
        for text in [table, err, err2, *warnings]:
            runs = english_runs(text)
            if runs:
                found[path.name] = runs
    assert not found


def test_read_warnings_are_english_with_ui_lang_en(capsys):
    path = SAMPLES / "seed000_garbage.pdf"
    assert main(["--ui-lang", "en", "read", "--json", str(path)]) == 0
    warnings = json.loads(capsys.readouterr().out)["warnings"]
    assert warnings and all(re.match(r"(reading|repair|parsing|writing): ", w) for w in warnings)


@pytest.mark.slow
def test_batch_summary_and_register_say_nothing_in_english(vietnamese, tmp_path, capsys):
    from openpyxl import load_workbook

    inbox = tmp_path / "in"
    inbox.mkdir()
    for name in ("seed000.txt", "congvan.docx", "kehoach_garbage.pdf"):
        shutil.copy(SAMPLES / name, inbox / name)
    (inbox / "ghi-chu.docx").write_text("Kính gửi: đây không phải tệp DOCX", encoding="utf-8")
    (inbox / "rong.txt").write_bytes(b"")
    out = tmp_path / "out"
    code = main(["batch", str(inbox), "-o", str(out), "--workers", "1"])
    stdout, stderr = capsys.readouterr()
    assert code == 7  # the empty file fails, as in any language
    texts = [stdout, stderr]
    for book in out.glob("*.xlsx"):
        for sheet in load_workbook(book).worksheets:
            texts += [str(c.value) for row in sheet.iter_rows() for c in row if isinstance(c.value, str)]
    texts += [p.read_text(encoding="utf-8-sig") for p in out.glob("*.csv")]
    assert "tệp rỗng" in "\n".join(texts)
    assert stdout.startswith("Đã xử lý 4 tệp, 1 tệp không xử lý được, 0 tệp đã xử lý trước đó (bỏ qua).")
    found = [run for text in texts for run in english_runs(text)]
    assert not found


def test_numbers_are_written_the_vietnamese_way_in_vietnamese(vietnamese):
    assert (i18n.number(1000000), i18n.decimal(0.8), i18n.decimal(-1.25)) == ("1.000.000", "0,8", "-1,25")
    i18n.set_language("en")
    try:
        assert (i18n.number(1000000), i18n.decimal(0.8)) == ("1,000,000", "0.8")
    finally:
        i18n.set_language(None)


def test_the_documents_stay_vietnamese_whatever_the_interface_language(tmp_path, capsys):
    """The checklist is Decree 30 document text, not interface text: --ui-lang en changes the
    note on standard error, not the document."""
    written = {}
    for language in ("vi", "en"):
        out = tmp_path / f"{language}.md"
        assert main(["--ui-lang", language, "checklist", str(SAMPLES / "seed000.txt"), "-o", str(out)]) == 0
        written[language] = out.read_text(encoding="utf-8")
        err = capsys.readouterr().err
        assert ("no profile given" in err) == (language == "en")
    assert written["vi"] == written["en"]
    assert written["en"].startswith("# DANH MỤC NHIỆM VỤ") and not english_runs(written["en"])


def test_the_example_profile_is_commented_in_the_interface_language(vietnamese, tmp_path, capsys):
    from dispatch_tools.generate.profile import load_profile

    texts = {}
    for language in ("vi", "en"):
        path = tmp_path / f"{language}.toml"
        assert main(["--ui-lang", language, "init-profile", str(path)]) == 0
        texts[language] = path.read_text(encoding="utf-8")
        assert load_profile(path).unit.name == "Phòng Văn hóa và Thông tin"
    assert capsys.readouterr().out.startswith("đã ghi ")
    comments = {k: "\n".join(line for line in t.splitlines() if line.startswith("#")) for k, t in texts.items()}
    assert english_runs(comments["en"]) and not english_runs(comments["vi"])
    assert unicodedata.is_normalized("NFC", texts["vi"])
    settings = {k: [line for line in t.splitlines() if not line.startswith("#")] for k, t in texts.items()}
    assert settings["vi"] == settings["en"]  # the same settings and values, only the comments differ


def test_layout_view_and_restore_diff_speak_vietnamese(vietnamese, capsys, monkeypatch):
    assert main(["ingest", "--layout", str(SAMPLES / "seed000.txt")]) == 0
    out = capsys.readouterr().out
    assert out.startswith("=== trang 1 · văn bản ===")
    assert "văn bản        cả dòng     - | Số: 1690-CV/TĐTN-BTG" in out
    monkeypatch.setattr("sys.stdin", io.TextIOWrapper(io.BytesIO(b"Cong hoa\n"), encoding="utf-8"))
    assert main(["restore", "--diff", "-"]) == 0
    first = capsys.readouterr().out.splitlines()[0]
    assert first.startswith("1:1\tdấu") and first.endswith("Cong -> Cộng")


def test_no_function_hides_the_message_function():
    """A function that assigns ``_`` (``x, _ = …``, ``for a, *_ in …``) makes it a local name for
    all its body: a message ``_("…")`` there fails when it is needed, as on an error path."""
    bad = []
    for path in sorted((ROOT / "dispatch_tools").rglob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if not isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef)):
                continue
            names = [n for n in ast.walk(node) if isinstance(n, ast.Name) and n.id == "_"]
            if any(isinstance(n.ctx, ast.Store) for n in names) and any(
                    isinstance(n.ctx, ast.Load) for n in names):
                bad.append(f"{path.relative_to(ROOT)}:{node.lineno} {node.name}")
    assert not bad, bad
