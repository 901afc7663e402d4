"""``make fuzz``: coverage-guided fuzzing of repair and parse with atheris, for a fixed time.

Seeds are the real texts in ``samples/`` and, when present, ``../shared/dev/docs``; libFuzzer
mutates them. For every input: nothing raises, and the repair invariants hold (output is NFC,
the recorded changes rebuild the output, no change crosses a line break, standalone numbers and
document symbols survive). A crash stops the run with the input saved as ``crash-*`` in the
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
        from ..parse import parse_document  # noqa: F401  (instrumented for coverage)
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

    print(f"fuzzing repair and parse for {args.seconds} s from {len(list(corpus.iterdir()))} seeds",
          file=sys.stderr)
    atheris.Setup([sys.argv[0], str(corpus), f"-max_total_time={args.seconds}",
                   f"-max_len={args.max_len}", "-rss_limit_mb=3000", "-timeout=30",
                   "-print_final_stats=1"], one_input)
    atheris.Fuzz()  # exits the process: 0 when the budget ran out without a crash
    return 0


if __name__ == "__main__":
    sys.exit(main())
