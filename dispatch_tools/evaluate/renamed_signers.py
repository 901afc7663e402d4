"""Signature blocks of the development documents swapped for others, in their own layouts.

    python -m dispatch_tools.evaluate.renamed_signers [--pool studied|held] [--errors]

The signature block of an unseen dispatch may hold a capacity and a title the rules never met
(``TM. BAN CHẤP HÀNH`` / ``BÍ THƯ``, ``KT. CHÁNH THANH TRA`` / ``PHÓ CHÁNH THANH TRA``) and a name
with a family name they never met. This measure keeps each development document's layout (the
block beside ``Nơi nhận``, glued to it, wrapped) and writes into it, where the text prints the
gold's authority with its capacity, its title and the signer's name once each, a block and a name
of :data:`BLOCKS` and :data:`NAMES`; the gold changes with them. The signer's four parts are scored
beside the same documents as given. Both pools are split by a fixed hash into a part whose errors
may be studied and a part held back. Only development documents are read.
"""

from __future__ import annotations

import re
import sys

from .parse_score import Counts
from .swaps import draw, parser, part, report, scalars

# (authority, capacity, title); a title of two lines holds a second authority line, then the signer's own
BLOCKS = (
    ("KT.", "GIÁM ĐỐC", "PHÓ GIÁM ĐỐC"),
    ("TM.", "ỦY BAN NHÂN DÂN", "CHỦ TỊCH"),
    ("TL.", "BỘ TRƯỞNG", "VỤ TRƯỞNG VỤ PHÁP CHẾ"),
    ("TL.", "CHỦ TỊCH", "CHÁNH VĂN PHÒNG"),
    ("TUQ.", "CHỦ TỊCH", "GIÁM ĐỐC SỞ NỘI VỤ"),
    ("TUQ.", "BỘ TRƯỞNG", "CỤC TRƯỞNG CỤC QUẢN LÝ THỊ TRƯỜNG"),
    ("KT.", "TRƯỞNG BAN", "PHÓ TRƯỞNG BAN THƯỜNG TRỰC"),
    ("TM.", "BAN THƯỜNG VỤ", "PHÓ BÍ THƯ"),
    ("TM.", "BAN CHẤP HÀNH", "BÍ THƯ"),
    ("TM.", "HỘI ĐỒNG NHÂN DÂN", "CHỦ TỊCH"),
    ("TM.", "THƯỜNG TRỰC HĐND", "PHÓ CHỦ TỊCH"),
    ("KT.", "HIỆU TRƯỞNG", "PHÓ HIỆU TRƯỞNG"),
    ("KT.", "VIỆN TRƯỞNG", "PHÓ VIỆN TRƯỞNG"),
    ("KT.", "CHÁNH THANH TRA", "PHÓ CHÁNH THANH TRA"),
    ("KT.", "TỔNG GIÁM ĐỐC", "PHÓ TỔNG GIÁM ĐỐC"),
    ("KT.", "CỤC TRƯỞNG", "PHÓ CỤC TRƯỞNG"),
    ("KT.", "CHI CỤC TRƯỞNG", "PHÓ CHI CỤC TRƯỞNG"),
    ("KT.", "TRƯỞNG PHÒNG", "PHÓ TRƯỞNG PHÒNG"),
    ("TM.", "BAN CHỈ ĐẠO", "TRƯỞNG BAN"),
    ("TM.", "HỘI ĐỒNG", "CHỦ TỊCH HỘI ĐỒNG"),
    ("KT.", "CHỦ NHIỆM", "PHÓ CHỦ NHIỆM"),
    ("TL.", "GIÁM ĐỐC", "TRƯỞNG PHÒNG TỔ CHỨC CÁN BỘ"),
    ("TL.", "HIỆU TRƯỞNG", "TRƯỞNG PHÒNG ĐÀO TẠO"),
    ("TM.", "ĐOÀN CHỦ TỊCH", "PHÓ CHỦ TỊCH"),
    ("KT.", "TỔNG CỤC TRƯỞNG", "PHÓ TỔNG CỤC TRƯỞNG"),
    ("KT.", "CHÁNH ÁN", "PHÓ CHÁNH ÁN"),
    ("TM.", "BAN THƯỜNG VỤ TỈNH ĐOÀN", "BÍ THƯ"),
    ("TUQ.", "GIÁM ĐỐC", "TRƯỞNG PHÒNG HÀNH CHÍNH - TỔNG HỢP"),
    ("KT.", "GIÁM ĐỐC", "PHÓ GIÁM ĐỐC PHỤ TRÁCH"),
    ("TM.", "BAN CHẤP HÀNH CÔNG ĐOÀN", "CHỦ TỊCH"),
    ("KT.", "CHÁNH VĂN PHÒNG", "PHÓ CHÁNH VĂN PHÒNG"),
    ("TL.", "BỘ TRƯỞNG", "KT. VỤ TRƯỞNG VỤ KẾ HOẠCH - TÀI CHÍNH\nPHÓ VỤ TRƯỞNG"),
    ("TM.", "ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH\nPHÓ CHỦ TỊCH"),
)
NAMES = (
    "Nguyễn Thị Thu Hà", "Trần Quốc Tuấn", "Lê Văn Sáu", "Phạm Ngọc Minh", "Huỳnh Tấn Phát", "Võ Thị Mỹ Linh",
    "Đặng Văn Hải", "Bùi Thanh Sơn", "Hồ Quang Lợi", "Ngô Đình Hùng", "Dương Văn An", "Đoàn Minh Trí",
    "Trương Công Thành", "Đinh Thị Hồng Nhung", "Lâm Quang Thiều", "Phùng Xuân Nhạ", "Tạ Văn Hạ",
    "Chu Ngọc Anh", "Lương Văn Cầu", "Quách Thị Kim Oanh", "Sùng A Hồ", "Giàng Seo Phử", "Ksor Phước",
    "Y Thanh Hà Niê Kđăm", "Lò Văn Muôn", "Vàng A Dế", "Thạch Phước Bình", "Danh Út", "Hà Thị Khiết",
    "Nông Quốc Tuấn", "Điểu Kré", "Rơ Mah Tuấn", "Siu Hương", "Cầm Ngọc Minh",
)


def _once(text: str, pattern: str) -> re.Match | None:
    found = list(re.finditer(pattern, text))
    return found[0] if len(found) == 1 else None


def renamed(text: str, signer: dict, block: tuple, name: str) -> tuple[str, dict] | None:
    """The text and the gold signer with the block and the name written in, or None when the text
    does not print the gold's block (authority with capacity, title, name) once each in capitals."""
    a, c, t, n = (signer.get(k) for k in ("authority", "capacity", "title", "name"))
    if not (a and c and t) or c != c.upper() or t != t.upper():
        return None
    head = _once(text, rf"(?<!\w){re.escape(a)}\s*{re.escape(c)}(?!\w)")
    title = _once(text, rf"(?<!\w){re.escape(t)}(?!\w)")
    if head is None or title is None or head.start() <= title.start() < head.end():
        return None
    spans = [(head.start(), head.end(), f"{block[0]} {block[1]}"), (title.start(), title.end(), block[2])]
    new = {"authority": block[0], "capacity": block[1],
           "title": block[2].split("\n")[-1], "name": n}  # after a second authority line, the signer's own
    if n:
        printed = _once(text, rf"(?<!\w)(?:{re.escape(n)}|{re.escape(n.upper())})(?!\w)")
        if printed is not None:
            spans.append((printed.start(), printed.end(), name.upper() if printed.group(0).isupper() else name))
            new["name"] = name
    if len({s for s, _, _ in spans}) < len(spans) or any(
            s1 < e2 and s2 < e1 for i, (s1, e1, _) in enumerate(spans) for s2, e2, _ in spans[i + 1:]):
        return None
    for start, end, value in sorted(spans, reverse=True):
        text = text[:start] + value + text[end:]
    return text, new


def score(documents, which: str, seeds: int = 3, errors=None) -> dict:
    from ..parse import parse_text, to_contract

    parts = ("authority", "capacity", "title", "name")
    given = {p: Counts() for p in parts}
    swapped = {p: Counts() for p in parts}
    blocks, names = part(BLOCKS, which), part(NAMES, which)
    readings = 0
    for doc in documents:
        text, signer = doc.text(), doc.gold().get("signer") or {}
        as_given = None
        for s in range(seeds):
            rng = draw(doc.id, s)
            made = renamed(text, signer, rng.choice(blocks), rng.choice(names))
            if made is None:
                break
            readings += 1
            as_given = as_given or (to_contract(parse_text(text).fields).get("signer") or {})
            read = to_contract(parse_text(made[0]).fields).get("signer") or {}
            wrong: list[str] = []
            scalars(parts, (given, swapped), as_given, signer, read, made[1], wrong)
            if wrong and errors is not None:
                errors.append(f"== {doc.id} (draw {s})\n" + "".join(f"  {w}\n" for w in wrong))
    return {"given": {p: round(given[p].f1, 3) for p in parts},
            "swapped": {p: round(swapped[p].f1, 3) for p in parts}, "readings": readings}


def main(argv: list[str] | None = None) -> int:
    args = parser(__doc__).parse_args(argv)
    from .split import development_documents

    errors: list[str] | None = [] if args.errors else None
    result = score(development_documents(args.shared), args.pool, args.seeds, errors)
    report(f"Development part, signature blocks swapped for the pools' {args.pool} part ({len(part(BLOCKS, args.pool))} "
           f"blocks, {len(part(NAMES, args.pool))} names, {result['readings']} readings)", errors,
           {"given": {f"signer.{k}": v for k, v in result["given"].items()},
            "swapped": {f"signer.{k}": v for k, v in result["swapped"].items()}}, "swapped", 17)
    return 0


if __name__ == "__main__":
    sys.exit(main())
