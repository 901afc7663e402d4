"""``make fuzz``: coverage-guided fuzzing of repair, parse and the spreadsheet writers with
atheris, for a fixed time.

Seeds are the real texts in ``samples/`` and, when present, ``../shared/dev/docs``; libFuzzer
mutates them. For every input: nothing raises, and the repair invariants hold (output is NFC,
the recorded changes rebuild the output, no change crosses a line break, standalone numbers and
document symbols survive); the input's lines, put in every text field of a dispatch, give XLSX
files (checklist, annex form, register, task sheet) without a single formula cell and a
failures CSV without a field that starts like a formula. A crash stops the run with the input saved as ``crash-*`` in the
working folder and a non-zero exit code. The mutated corpus is kept in
``~/.cache/dispatch_tools/fuzz-corpus`` so that each run starts where the last one stopped.

    python -m dispatch_tools.evaluate.fuzz --seconds 120 [--shared ../shared]
"""

from __future__ import annotations

import argparse
import re
from collections import Counter
import sys
import unicodedata
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
NUMBER = re.compile(r"(?<![\w/.,-])\d+(?:/[\w.-]+)?(?![\w/.,-])")


def check_repair(text: str, restore) -> None:
    from ..model import apply_changes

    result = restore(text)
    out = result.text
    assert unicodedata.is_normalized("NFC", out), "output is not NFC"
    assert apply_changes(text, result.changes) == out, "changes do not rebuild the output"
    for change in result.changes:
        assert "\n" not in text[change.start:change.end], f"change crosses a line: {change}"
        assert 0.0 <= change.confidence <= 1.0, f"confidence out of range: {change}"
    source = unicodedata.normalize("NFC", text)
    kept = Counter(NUMBER.findall(out))
    for token, count in Counter(NUMBER.findall(source)).items():
        assert count <= kept[token], f"number or symbol altered: {token!r}"


def check_parse(text: str, restore) -> None:
    from ..model import Document, Line, Page
    from ..options import Options
    from ..parse import parse_document, to_contract

    doc = Document(None, "text", pages=[Page(1, [Line(t) for t in text.split("\n")])])
    doc.changes = restore(doc.raw_text).changes
    doc.invalidate()
    parse_document(doc, Options())
    to_contract(doc.fields)


def _hostile_fields(values: list[str]):
    """Fields whose every text is one of ``values`` (cycled), as a parse or a correction may give."""
    from ..model import Annex, AnnexTable, Fields, Task

    pick = (values * 8)[:8]
    return Fields(number=pick[0], doc_type=pick[1], issuer=pick[2], subject=pick[3],
                  recipients=[pick[4], pick[5]], distribution=[pick[6]],
                  tasks=[Task(text=pick[5], assignees=[pick[6]], deadline="2024-10-15"),
                         Task(text=pick[7], heading=pick[0])],
                  annexes=[Annex(label=pick[1], title=pick[3], fields=[pick[2], pick[4]],
                                 tables=[AnnexTable(columns=["STT", pick[5], "Số lượng"],
                                                    rows=[["1", pick[6], pick[7]]])])])


def check_sheets(text: str) -> None:
    """Write every spreadsheet from fields holding ``text`` and read them back: no formula cell,
    no CSV field that starts like a formula, dates and numbers still typed."""
    import csv
    import io
    import tempfile

    from openpyxl import load_workbook

    from ..batch.failures import write_failures
    from ..generate.annex import write_annex
    from ..generate.cells import looks_like_formula
    from ..generate.checklist import write_checklist
    from ..generate.profile import Profile
    from ..register import Register, export_tasks_xlsx, export_xlsx

    values = [v for v in text.split("\n") if v.strip()] or [text or "="]
    fields = _hostile_fields(values)
    fields.date = "2024-10-01"
    record = {"file": values[0], "error": values[-1], "exit_code": 3}
    with tempfile.TemporaryDirectory(prefix="dispatch-fuzz-") as tmp:
        out = Path(tmp)
        write_checklist(fields, out / "checklist.xlsx")
        write_annex(fields, Profile(), out / "annex.xlsx")
        register = Register(out / "register.sqlite3")
        entry = register.add(fields, file_name=values[0], sha256="0" * 64, arrival="2024-10-01",
                             notes=values[:3])
        register.update_entry(entry.id, handler=values[-1])
        export_xlsx(register, out / "register.xlsx")
        export_tasks_xlsx(register, out / "tasks.xlsx")
        write_failures([record], out / "failures.csv")
        for name in ("checklist.xlsx", "annex.xlsx", "register.xlsx", "tasks.xlsx"):
            for ws in load_workbook(out / name).worksheets:
                for row in ws.iter_rows():
                    for cell in row:
                        assert cell.data_type != "f", f"{name}!{cell.coordinate} is a formula: {cell.value!r}"
        book = load_workbook(out / "register.xlsx").active  # data from row 4
        assert book["B4"].data_type == "n" and book["A4"].is_date, "register lost its types"
        rows = csv.reader(io.StringIO((out / "failures.csv").read_text(encoding="utf-8-sig")))
        for row in rows:
            assert not any(looks_like_formula(v) for v in row), f"CSV field starts like a formula: {row}"


def seeds(shared: Path | None) -> list[Path]:
    files = sorted((ROOT / "samples").glob("*.txt"))
    if shared and (shared / "dev" / "docs").is_dir():
        files += sorted((shared / "dev" / "docs").glob("*.txt"))
    return files


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--seconds", type=int, default=120, help="time budget (default 120)")
    parser.add_argument("--shared", type=Path, default=ROOT.parent / "shared")
    parser.add_argument("--max-len", type=int, default=4096)
    args = parser.parse_args(argv)

    import atheris

    with atheris.instrument_imports(include=["dispatch_tools"]):
        from ..register import export  # noqa: F401  (instrumented for coverage)
        from ..generate import cells, sheets  # noqa: F401
        from ..parse import parse_document  # noqa: F401
        from ..repair import restore

    corpus = Path.home() / ".cache" / "dispatch_tools" / "fuzz-corpus"  # grows from run to run
    corpus.mkdir(parents=True, exist_ok=True)
    for i, path in enumerate(seeds(args.shared)):
        data = path.read_bytes()
        for j in range(0, len(data), args.max_len):  # libFuzzer wants short seeds
            (corpus / f"seed{i:03d}_{j // args.max_len:02d}").write_bytes(data[j:j + args.max_len])

    def one_input(data: bytes) -> None:
        text = data.decode("utf-8", errors="replace")
        check_repair(text, restore)
        check_parse(text, restore)
        check_sheets(text)

    print(f"fuzzing repair, parse and the spreadsheet writers for {args.seconds} s from {len(list(corpus.iterdir()))} seeds",
          file=sys.stderr)
    atheris.Setup([sys.argv[0], str(corpus), f"-max_total_time={args.seconds}",
                   f"-max_len={args.max_len}", "-rss_limit_mb=3000", "-timeout=30",
                   "-print_final_stats=1"], one_input)
    atheris.Fuzz()  # exits the process: 0 when the budget ran out without a crash
    return 0


if __name__ == "__main__":
    sys.exit(main())
