"""The fixed split of the real scans of ``../shared/scans`` into a development and a test part.

Definition (decided once, never changed): every scan is named by its file stem
(``quangngai_12_574_UB``). Scans are stratified by whether the gold says their number is
hand-written (``"number" in gold["handwritten"]``); within each group the stems are sorted by
``sha256(("dispatch-scans-split-v1:" + stem).encode()).hexdigest()``; the first ``round(n / 3)`` of
each group (Python ``round``) are the TEST part, the rest DEVELOPMENT.

Rules for scans are changed only by looking at the errors of the development part. The test part
is scored in every run but its files' errors are not listed unless asked for. All 26 scans were
looked at while the first version of the scan reading was written, before the split existed, so
even the test part is not blind to that version: the owner's scans kept apart are.
"""

from __future__ import annotations

import json
from pathlib import Path

from .split import part_in, stratified_thirds

SALT = "dispatch-scans-split-v1:"

#: the 8 stems of the test part, as :func:`compute_split` gives them
TEST_STEMS = frozenset({
    "quangngai_01_01_TTr", "quangngai_02_04_QD_138", "quangngai_07_2770_08_CT_UBND",
    "quangngai_09_46_TB", "quangngai_10_47_QD_UB", "quangngai_13_575_UB",
    "quangngai_19_vht507", "laichau_qd_tthc_2025",
})

#: the 18 stems of the development part
DEVELOPMENT_STEMS = frozenset({
    "cantho_kh70_2025", "cantho_kh70_2025_p1", "danang_coretest_1", "danang_coretest_2",
    "danang_coretest_3", "quangngai_03_05", "quangngai_04_11CT", "quangngai_05_2352_07_CT_UBND",
    "quangngai_06_24_TTR", "quangngai_08_299_UB", "quangngai_11_53_TB", "quangngai_12_574_UB",
    "quangngai_14_86_QD_CT", "quangngai_15_87_QD_CT", "quangngai_16_89_QD_CT", "quangngai_17_90_QD_CT",
    "quangngai_18_bnt_BTTTT_Gop_y_du_thao_sua_doi_bo_sung_Chuong_trinh_VTCI", "quangngai_20_vht534",
})


def part_of(stem: str) -> str:
    """``"test"`` or ``"development"``; a scan the split does not know is refused."""
    return part_in(stem, TEST_STEMS, DEVELOPMENT_STEMS, "scan")


def compute_split(shared: Path) -> dict[str, list[str]]:
    """The split recomputed from the gold files by its definition."""
    groups: dict[bool, list[str]] = {}
    for path in sorted((Path(shared) / "scans" / "gold").glob("*.json")):
        gold = json.loads(path.read_text(encoding="utf-8"))
        groups.setdefault("number" in (gold.get("handwritten") or []), []).append(path.stem)
    return stratified_thirds(groups.values(), SALT)
