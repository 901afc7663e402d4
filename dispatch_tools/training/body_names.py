"""Mine the names of bodies that hold a comma (``Văn hóa, Thể thao và Du lịch``) from the corpus,
so that a list of bodies is not split inside one: ``các Sở: Văn hóa, Thể thao và Du lịch, Tài
chính`` names two Sở, not three.

    python -m dispatch_tools.training.body_names --corpus ../shared/corpus [--out models/parse/comma_names.txt]

A name is counted where a body's head word (``Bộ``, ``Sở``, ``Ủy ban``, ``Ban``, ``Vụ``, ``Cục``,
``Phòng``, ``Viện``, ``Trung tâm``, ``Hội đồng``) is followed by ``A, B và C``, each part opening
with a capital and B not itself a head word (``Bộ Tài chính, Bộ Y tế và …`` is a list). The pairs
``A, B`` seen at least ten times are written, most frequent first (``comma_names.txt``), and the
names ``A và B`` after a head word (``and_names.txt``, ``Giáo dục và Đào tạo``). No document of
``../shared/dev`` is read.
"""

from __future__ import annotations

import argparse
import re
import sys
from collections import Counter
from pathlib import Path

from .corpus import raw_lines
from ..generate.files import atomic_write

ROOT = Path(__file__).resolve().parents[2]
HEADS = r"(?:Bộ|Sở|Ủy ban|Uỷ ban|Ban|Vụ|Cục|Phòng|Viện|Trung tâm|Hội đồng)"
_PART = r"[A-ZĐÂĂÊÔƠƯÁÀẢÃẠÉÈẺẼẸÍÌỈĨỊÓÒỎÕỌÚÙỦŨỤÝỲỶỸỴ][\w]*(?: [\w]+){0,2}"
_NAME = re.compile(rf"\b{HEADS} (?P<a>{_PART}), (?P<b>{_PART}) và [A-ZĐ]")
_LOW = r"[a-zđàáảãạăắằẳẵặâấầẩẫậèéẻẽẹêếềểễệìíỉĩịòóỏõọôốồổỗộơớờởỡợùúủũụưứừửữựỳýỷỹỵ]\w*"
_AND_NAME = re.compile(rf"\b{HEADS} (?:{_PART}(?:,| -) )?(?P<a>{_PART}) và (?P<b>[A-ZĐ]\w*(?: {_LOW}){{0,3}})")
_HEAD_WORD = re.compile(rf"^{HEADS}\b|^(?:Ủy|Uỷ|Tổng|Chi|Văn|Thanh|Kho|Đài|Báo|Trường|Học)\b")
FILES = ("legal_phapdien", "news_vietnews", "admin_reports")


def mine(corpus: Path, files=FILES, min_count: int = 10) -> tuple[list[tuple[str, int]], list[tuple[str, int]]]:
    """(the ``A, B`` pairs, the ``A và B`` names) seen at least ``min_count`` times."""
    counts: Counter[str] = Counter()
    ands: Counter[str] = Counter()
    for line in raw_lines(corpus, files):
        for m in _NAME.finditer(line):
            if not _HEAD_WORD.match(m.group("b")):
                counts[f"{m.group('a')}, {m.group('b')}"] += 1
        for m in _AND_NAME.finditer(line):
            b = m.group("b")
            if not _HEAD_WORD.match(b) and not _HEAD_WORD.match(m.group("a")):
                ands[f"{m.group('a')} và {b.split()[0]}"] += 1
    keep = lambda c: [(name, n) for name, n in c.most_common() if n >= min_count]  # noqa: E731
    return keep(counts), keep(ands)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--corpus", type=Path, default=ROOT.parent / "shared" / "corpus")
    ap.add_argument("--out", type=Path, default=ROOT / "models" / "parse" / "comma_names.txt")
    args = ap.parse_args(argv)
    if not args.corpus.is_dir():
        print(f"training.body_names: error: {args.corpus} is not there: mining needs the corpus", file=sys.stderr)
        return 3
    names, ands = mine(args.corpus)
    _write(args.out.with_name("and_names.txt"), [
        "# Names of bodies that hold `và`, as `A và` and the first word of B (Bộ Giáo dục và Đào tạo: `Giáo dục",
        "# và Đào`), mined from the corpus by dispatch_tools/training/body_names.py (count after the tab). In a",
        "# list `các Sở: A, B và C` the last two parts are one name only when they are one of these."], ands)
    lines = ["# Names of bodies that hold a comma: the first two parts of `A, B và C` after a head word",
             "# (Bộ Văn hóa, Thể thao và Du lịch), mined from the corpus by dispatch_tools/training/body_names.py",
             "# (count in the corpus after the tab). A list of bodies is not split between such parts."]
    _write(args.out, lines, names)
    print(f"{len(names)} names with a comma, {len(ands)} with `và`; wrote {args.out} and and_names.txt beside it")
    return 0


def _write(path: Path, header: list[str], names: list[tuple[str, int]]) -> None:
    """Write the mined names under ``header``; the file's part written by hand (from its comment line that
    says ``written by hand``) is kept after them."""
    kept = hand_written(path.read_text(encoding="utf-8")) if path.is_file() else []
    atomic_write(path, "\n".join(header + [f"{name}\t{n}" for name, n in names] + kept) + "\n", force=True)


def hand_written(text: str) -> list[str]:
    """The lines of a lexicon from its first comment that says ``written by hand`` to its end."""
    lines = text.splitlines()
    start = next((i for i, line in enumerate(lines) if line.startswith("#") and "written by hand" in line), len(lines))
    return lines[start:]


if __name__ == "__main__":
    sys.exit(main())
