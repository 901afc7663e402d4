"""The training corpus and its fixed held-out split.

A line of ``corpus/*.txt.gz`` is held out when ``crc32(line) % 100 == 0`` (about 1% of the lines,
the same on every machine and run). Training never sees held-out lines; evaluation reads only them.
"""

from __future__ import annotations

import gzip
import zlib
from collections.abc import Iterator
from pathlib import Path

HELDOUT_MODULUS = 100
# Files of administrative and legal text: the held-out lines of these are the evaluation set.
ADMIN_FILES = ("legal_phapdien", "admin_reports", "legal_contracts")


def is_heldout(line: str) -> bool:
    return zlib.crc32(line.encode("utf-8")) % HELDOUT_MODULUS == 0


def corpus_files(corpus: Path) -> list[Path]:
    files = sorted(Path(corpus).glob("*.txt.gz"))
    if not files:
        from ..errors import InputError

        raise InputError("no *.txt.gz corpus files found", path=corpus,
                         hint="Pass the folder holding the corpus (../shared/corpus)")
    return files


def iter_lines(corpus: Path, part: str = "train", files: tuple[str, ...] | None = None
               ) -> Iterator[tuple[str, str]]:
    """(file stem, line) for every line of the given part ("train" or "heldout")."""
    want_heldout = part == "heldout"
    for path in corpus_files(corpus):
        stem = path.name.split(".")[0]
        if files is not None and stem not in files:
            continue
        with gzip.open(path, "rt", encoding="utf-8") as fh:
            for line in fh:
                line = line.rstrip("\n")
                if line and is_heldout(line) == want_heldout:
                    yield stem, line


def raw_lines(corpus: Path, files: tuple[str, ...]) -> Iterator[str]:
    """Every line, as stored, of the named corpus files that are there (both parts: the caller
    keeps its own evaluation lines apart)."""
    for stem in files:
        path = Path(corpus) / f"{stem}.txt.gz"
        if path.is_file():
            with gzip.open(path, "rt", encoding="utf-8") as fh:
                yield from fh
