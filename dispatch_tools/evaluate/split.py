"""The fixed split of the development documents of ``../shared/dev`` into a development part and a
test part, and the guard that keeps the test part away from rule tuning and training.

Definition (decided once, never changed): every document has an id (``019``, ``101``…).
Documents are stratified by their gold ``doc_type``; within a type, ids are sorted by
``sha256(("dispatch-split-v1:" + id).encode()).hexdigest()``; the first ``round(n / 3)`` of each
type (Python ``round``) are the TEST part, the rest DEVELOPMENT.

The ids of both parts are written out below (:data:`TEST_IDS`), so that the code paths that tune
or train never need to open a test document, not even its gold type. :func:`compute_split`
recomputes the split from the gold files (the evaluation and a test check that both agree).

Rule tuning and training read documents only through :func:`development_documents` (or
:func:`require_development`), which refuse every id that is not in the development part.
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass
from pathlib import Path

SALT = "dispatch-split-v1:"

#: the 27 ids of the test part (the headline number), as :func:`compute_split` gives them
TEST_IDS = frozenset({
    "022", "024", "028", "031", "037", "051", "103", "105", "107", "117", "123", "124", "128", "129",
    "136", "138", "139", "140", "142", "145", "149", "153", "155", "157", "162", "163", "168",
})

#: the 56 ids of the development part: the only documents rules are tuned on and models trained on
DEVELOPMENT_IDS = frozenset({
    "019", "020", "036", "045", "046", "053", "054", "058", "060", "101", "102", "104", "106", "108",
    "109", "110", "111", "112", "113", "114", "115", "116", "118", "119", "120", "121", "122", "125",
    "126", "127", "130", "131", "132", "133", "134", "135", "137", "141", "143", "144", "146", "147",
    "148", "150", "151", "152", "154", "156", "158", "159", "160", "161", "164", "165", "166", "167",
})


class TestPartError(RuntimeError):
    """A tuning or training code path asked for a document outside the development part."""

    __test__ = False  # not a pytest test class


@dataclass(frozen=True)
class DevDocument:
    id: str
    text_path: Path
    gold_path: Path

    def text(self) -> str:
        return self.text_path.read_text(encoding="utf-8")

    def gold(self) -> dict:
        return json.loads(self.gold_path.read_text(encoding="utf-8"))


def _paths(shared: Path, doc_id: str) -> DevDocument | None:
    dev = Path(shared) / "dev"
    for sub in ("", "more"):
        base = dev / sub if sub else dev
        text, gold = base / "docs" / f"{doc_id}.txt", base / "gold" / f"{doc_id}.json"
        if text.is_file() and gold.is_file():
            return DevDocument(doc_id, text, gold)
    return None


def all_ids(shared: Path) -> list[str]:
    """Every id that has a gold file (listing the folders opens no document)."""
    dev = Path(shared) / "dev"
    ids = {p.stem for sub in ("gold", "more/gold") for p in (dev / sub).glob("*.json")}
    return sorted(ids)


def split_ids(shared: Path | None = None) -> dict[str, list[str]]:
    """The ids of the development and the test part (sorted)."""
    return {"development": sorted(DEVELOPMENT_IDS), "test": sorted(TEST_IDS)}


def part_in(name: str, test, development, what: str) -> str:
    """``"test"`` or ``"development"``: the part of a split (its two sets of names) that holds
    ``name``; a name the split does not know is refused."""
    if name in test:
        return "test"
    if name in development:
        return "development"
    raise KeyError(f"{what} {name} is in neither part of the split: add it by the split's definition")


def part_of(doc_id: str) -> str:
    return part_in(doc_id, TEST_IDS, DEVELOPMENT_IDS, "document")


def require_development(ids) -> list[str]:
    """The ids unchanged when all are in the development part; :class:`TestPartError` otherwise
    (a test id, or an id the split does not know: a new document must be split first)."""
    ids = list(ids)
    bad = [i for i in ids if i not in DEVELOPMENT_IDS]
    if bad:
        raise TestPartError(f"documents {', '.join(bad)} are not in the development part: "
                            "rules are tuned and models trained on the development part only")
    return ids


def development_documents(shared: Path, ids=None) -> list[DevDocument]:
    """The development documents (all of them, or ``ids``, which must all be development ids)."""
    wanted = require_development(sorted(DEVELOPMENT_IDS) if ids is None else ids)
    out = []
    for doc_id in wanted:
        found = _paths(shared, doc_id)
        if found is not None:
            out.append(found)
    return out


def evaluation_documents(shared: Path) -> list[DevDocument]:
    """Every document of both parts, for scoring only (``make eval``): never tune from these."""
    return [d for d in (_paths(shared, i) for i in all_ids(shared)) if d is not None]


def compute_split(shared: Path) -> dict[str, list[str]]:
    """The split recomputed from the gold files by its definition (reads every gold file's type)."""
    by_type: dict[str, list[str]] = {}
    for doc in evaluation_documents(shared):
        by_type.setdefault(doc.gold()["doc_type"], []).append(doc.id)
    return stratified_thirds(by_type.values(), SALT)


def stratified_thirds(groups, salt: str) -> dict[str, list[str]]:
    """The definition shared by the splits: within each group the names are sorted by
    ``sha256((salt + name).encode()).hexdigest()``; the first ``round(n / 3)`` are the test part,
    the rest the development part (each sorted)."""
    test, development = [], []
    for names in groups:
        names = sorted(names, key=lambda name: hashlib.sha256((salt + name).encode()).hexdigest())
        n = round(len(names) / 3)
        test += names[:n]
        development += names[n:]
    return {"development": sorted(development), "test": sorted(test)}
