"""Profiles, safe output names, no silent overwrite, atomic writes and the CLI commands."""

from __future__ import annotations

import json
import re
import os
import shutil
import stat
import time
from pathlib import Path

import docx
import pytest

from dispatch_tools.cli import main
from dispatch_tools.errors import InputError, OutputError
from dispatch_tools.generate.files import atomic_write, safe_name, scratch_folder
from dispatch_tools.generate.profile import load_profile, resolve_profile, write_example

DATA = Path(__file__).parent / "data"
SEED000 = DATA / "seed000.fields.json"
SEED002 = DATA / "seed002.fields.json"


@pytest.fixture(autouse=True)
def _no_profile_from_env(monkeypatch, tmp_path):
    monkeypatch.delenv("DISPATCH_PROFILE", raising=False)
    monkeypatch.chdir(tmp_path)


# --------------------------------------------------------------------------- files


@pytest.mark.parametrize("number, name", [
    ("2632/STTTT-CNTTVT", "2632_STTTT-CNTTVT"),
    ("1690-CV/TĐTN-BTG", "1690-CV_TDTN-BTG"),
    ("06/2024/QĐ-UBND", "06_2024_QD-UBND"),
    ("../../etc/passwd", "etc_passwd"),
    ("CON", "CON"),
    ("", "document"),
    (None, "document"),
    ("///", "document"),
])
def test_safe_name(number, name):
    assert safe_name(number) == name
    assert "/" not in name and "\\" not in name and not name.startswith(".")


def test_atomic_write_never_overwrites_without_force(tmp_path):
    target = tmp_path / "a.txt"
    atomic_write(target, "một")
    with pytest.raises(OutputError, match="already exists") as err:
        atomic_write(target, "hai")
    assert str(target) in err.value.render() and "--force" in err.value.render()
    assert target.read_text(encoding="utf-8") == "một"
    atomic_write(target, "hai", force=True)
    assert target.read_text(encoding="utf-8") == "hai"
    assert stat.S_IMODE(target.stat().st_mode) & 0o044  # readable by others, not mkstemp's 0600


def test_atomic_write_leaves_nothing_when_the_writer_fails(tmp_path):
    def broken(path: Path) -> None:
        path.write_text("half")
        raise RuntimeError("writer failed")

    with pytest.raises(RuntimeError):
        atomic_write(tmp_path / "b.docx", broken)
    assert list(tmp_path.iterdir()) == []


def test_atomic_write_into_a_read_only_folder(tmp_path):
    if os.geteuid() == 0:
        pytest.skip("root can write anywhere")
    folder = tmp_path / "ro"
    folder.mkdir()
    folder.chmod(0o500)
    try:
        with pytest.raises(OutputError, match="cannot write"):
            atomic_write(folder / "x.txt", "x")
    finally:
        folder.chmod(0o700)


# --------------------------------------------------------------------------- profile


def _gone(path: Path, seconds: float = 10.0) -> bool:
    deadline = time.monotonic() + seconds
    while path.exists() and time.monotonic() < deadline:
        time.sleep(0.02)
    return not path.exists()


def test_scratch_folder_is_removed_after_use_even_when_the_writer_fails():
    with scratch_folder(prefix="dispatch-test-") as folder:
        (folder / "out.docx").write_bytes(b"x")
        assert folder.is_dir()
    assert _gone(folder)
    with pytest.raises(OutputError):
        with scratch_folder(prefix="dispatch-test-") as failed:
            (failed / "half.xlsx").write_bytes(b"x")
            raise OutputError("stop", path=failed / "half.xlsx")
    assert _gone(failed)


def test_example_profile_loads():
    path = write_example("p.toml")
    p = load_profile(path)
    assert p.unit.name == "Phòng Văn hóa và Thông tin"
    assert p.unit.code == "VHTT" and p.unit.system == "state"
    assert (p.signer.authority, p.signer.capacity, p.signer.title) == (
        "KT.", "Trưởng phòng", "Phó Trưởng phòng")
    assert p.recipients == ["Như trên", "Lưu: VT"]
    assert not p.is_placeholder


@pytest.mark.parametrize("text, message", [
    ('[unit\nname = "x"', "not valid TOML"),
    ('[unit]\nname = "A"\nplace = "B"\ncode = "C"\nsystem = "federal"\n', 'unit.system is "federal"'),
    ('[unit]\nname = "A"\nplace = "B"\ncode = "C"\ncolour = "red"\n', "unknown setting unit.colour"),
    ('[unit]\nname = "A"\nplace = "B"\ncode = 5\n', "unit.code must be text"),
    ('[unit]\nname = ""\nplace = "B"\ncode = "C"\n', "unit.name is empty"),
    ('[team]\nname = "A"\n', "unknown section [team]"),
    ('[unit]\nname = "A"\nplace = "B"\ncode = "C"\n[signer]\nauthority = "XX."\n',
     'signer.authority is "XX."'),
    ('[unit]\nname = "A"\nplace = "B"\ncode = "C"\n[distribution]\nrecipients = "Như trên"\n',
     "recipients must be a list"),
])
def test_bad_profiles_are_named_with_what_to_do(tmp_path, text, message):
    path = tmp_path / "bad.toml"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(InputError) as err:
        load_profile(path)
    assert message in err.value.render()
    assert str(path) in err.value.render()
    assert err.value.exit_code == 3


def test_no_profile_means_placeholders_and_a_notice():
    profile, notice = resolve_profile(None)
    assert profile.is_placeholder and profile.unit.name == "[Tên cơ quan, đơn vị]"
    assert "dispatch init-profile" in notice


def test_profile_found_in_the_current_folder_or_the_environment(tmp_path, monkeypatch):
    write_example("dispatch-profile.toml")
    profile, notice = resolve_profile(None)
    assert notice is None and profile.unit.code == "VHTT"
    other = tmp_path / "other.toml"
    other.write_text(Path("dispatch-profile.toml").read_text(encoding="utf-8")
                     .replace('code = "VHTT"', 'code = "VH"'), encoding="utf-8")
    monkeypatch.setenv("DISPATCH_PROFILE", str(other))
    assert resolve_profile(None)[0].unit.code == "VH"


def test_init_profile_command(capsys):
    assert main(["init-profile"]) == 0
    assert Path("dispatch-profile.toml").is_file()
    assert main(["init-profile"]) == 6
    assert "already exists" in capsys.readouterr().err
    assert main(["init-profile", "--force"]) == 0
    assert main(["init-profile", "x/y.toml"]) == 0 and Path("x/y.toml").is_file()


# --------------------------------------------------------------------------- commands


def test_checklist_command_and_no_overwrite(capsys):
    assert main(["checklist", str(SEED000), "-o", "c.xlsx"]) == 0
    captured = capsys.readouterr()
    assert "wrote c.xlsx" in captured.out
    assert "no profile given" in captured.err
    before = Path("c.xlsx").read_bytes()
    assert main(["checklist", str(SEED000), "-o", "c.xlsx"]) == 6
    assert "c.xlsx: output already exists" in capsys.readouterr().err
    assert Path("c.xlsx").read_bytes() == before
    assert main(["checklist", str(SEED000), "-o", "c.xlsx", "--force"]) == 0


def test_reply_and_annex_commands_use_the_profile(capsys):
    write_example("unit.toml")
    assert main(["reply", str(SEED000), "-o", "r.docx", "--profile", "unit.toml",
                 "--as", "cong-van", "--date", "2022-09-21"]) == 0
    head = docx.Document("r.docx").tables[0]
    assert head.cell(1, 1).paragraphs[0].text == "Phong Điền, ngày 21 tháng 9 năm 2022"
    assert head.cell(2, 0).paragraphs[0].text.startswith("V/v báo cáo kết quả")
    assert main(["annex", str(SEED000), "-o", "a.xlsx", "--profile", "unit.toml"]) == 0
    err = capsys.readouterr().err
    assert "no profile given" not in err
    assert "161/CV/TĐTN-BTG" in err  # the annex's mistaken reference is reported


@pytest.mark.parametrize("argv, code, message", [
    (["reply", "missing.json", "-o", "r.docx"], 3, "missing.json: file not found"),
    (["reply", str(SEED000), "-o", "r.docx", "--profile", "nope.toml"], 3, "profile not found"),
    (["checklist", str(SEED000), "-o", "c.csv"], 6, "unknown checklist format .csv"),
    (["reply", str(SEED000), "-o", "r.docx", "--date", "20/9/2022"], 2, "not a date"),
])
def test_bad_input_is_a_clear_error(capsys, argv, code, message):
    if code == 2:  # argparse refuses it
        with pytest.raises(SystemExit) as exit_:
            main(argv)
        assert exit_.value.code == 2
    else:
        assert main(argv) == code
    err = capsys.readouterr().err
    assert message in err
    assert "Traceback" not in err


def test_bad_json_input(capsys):
    Path("bad.json").write_text("{not json", encoding="utf-8")
    assert main(["checklist", "bad.json", "-o", "c.md"]) == 3
    assert "bad.json: not valid JSON" in capsys.readouterr().err
    Path("list.json").write_text("[1, 2]", encoding="utf-8")
    assert main(["checklist", "list.json", "-o", "c.md"]) == 3


def test_process_writes_everything_named_after_the_number(capsys):
    write_example("unit.toml")
    assert main(["process", str(SEED002), "-o", "out", "--profile", "unit.toml"]) == 0
    names = sorted(p.name for p in Path("out").iterdir())
    assert names == ["2632_STTTT-CNTTVT.annex.docx", "2632_STTTT-CNTTVT.checklist.md",
                     "2632_STTTT-CNTTVT.checklist.xlsx", "2632_STTTT-CNTTVT.ics",
                     "2632_STTTT-CNTTVT.json", "2632_STTTT-CNTTVT.reply.docx",
                     "2632_STTTT-CNTTVT.slip.docx"]
    out = capsys.readouterr().out
    assert "Công văn 2632/STTTT-CNTTVT of 28/10/2024" in out
    rows = {label: value for label, value in re.findall(r"^  ([^:\n]+): +(\S.*)$", out, re.M)}
    assert rows["tasks"] == "6" and rows["deadlines"] == "20/11/2024"
    assert rows["reply draft"] == "out/2632_STTTT-CNTTVT.reply.docx"
    starts = {len(line) - len(line.split(":", 1)[1].lstrip()) for line in out.splitlines()
              if line.startswith("  ") and ":" in line}
    assert len(starts) == 1  # the values stand in one column, after the longest label
    parsed = json.loads(Path("out/2632_STTTT-CNTTVT.json").read_text(encoding="utf-8"))
    assert parsed["fields"]["number"] == "2632/STTTT-CNTTVT"
    # the parsed JSON is itself a valid input
    assert main(["reply", "out/2632_STTTT-CNTTVT.json", "-o", "again.docx",
                 "--profile", "unit.toml"]) == 0


def test_process_refuses_before_writing_anything(capsys):
    Path("out").mkdir()
    Path("out/2632_STTTT-CNTTVT.ics").write_text("mine", encoding="utf-8")
    assert main(["process", str(SEED002), "-o", "out"]) == 6
    assert sorted(p.name for p in Path("out").iterdir()) == ["2632_STTTT-CNTTVT.ics"]
    assert Path("out/2632_STTTT-CNTTVT.ics").read_text(encoding="utf-8") == "mine"
    assert main(["process", str(SEED002), "-o", "out", "--force"]) == 0
    assert len(list(Path("out").iterdir())) == 7


def test_process_output_must_be_a_folder(capsys):
    Path("file").write_text("x", encoding="utf-8")
    assert main(["process", str(SEED000), "-o", "file"]) == 3
    assert "must be a folder" in capsys.readouterr().err


@pytest.mark.slow
def test_process_runs_the_pipeline_on_a_text_dispatch(capsys):
    pytest.importorskip("dispatch_tools.ingest")
    parse = pytest.importorskip("dispatch_tools.parse")
    if not hasattr(parse, "parse_document"):
        pytest.skip("the parser is not there yet")
    seed = Path(__file__).resolve().parents[1] / "samples" / "seed000.txt"
    shutil.copy(seed, "seed000.txt")
    assert main(["process", "seed000.txt", "-o", "out"]) == 0
    out = capsys.readouterr().out
    assert "1690-CV/TĐTN-BTG" in out
    assert Path("out/1690-CV_TDTN-BTG.reply.docx").is_file()


def test_a_dispatch_with_nothing_found_still_gives_every_file(capsys):
    """Degrade, never crash: no number, date, subject, task or deadline."""
    Path("empty.json").write_text("{}", encoding="utf-8")
    assert main(["process", "empty.json", "-o", "out"]) == 0
    assert len(list(Path("out").iterdir())) == 7  # named after the input: empty.*
    err = capsys.readouterr().err
    assert "no task" in err and "no dated deadline" in err and "no subject" in err
    reply = docx.Document("out/empty.reply.docx")
    assert any(p.text == ("Thực hiện Văn bản của [cơ quan ban hành], [Tên cơ quan, đơn vị] báo cáo "
                          "kết quả như sau:")
               for p in reply.paragraphs)


def test_process_names_the_fields_to_check(tmp_path, capsys, vietnamese):
    """The notes that ask for a look are printed with the summary, in Vietnamese by default."""
    fields = json.loads(SEED000.read_text(encoding="utf-8"))
    fields["review"] = {"number": "cần xem lại: số viết tay không đọc được (…/CV/TĐTN-BTG)"}
    path = tmp_path / "cv.fields.json"
    path.write_text(json.dumps(fields, ensure_ascii=False), encoding="utf-8")
    assert main(["process", str(path), "-o", str(tmp_path / "out")]) == 0
    err = capsys.readouterr().err
    assert f"{path}: lưu ý: cần xem lại: số viết tay không đọc được (…/CV/TĐTN-BTG)" in err.splitlines()
