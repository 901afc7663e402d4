"""Issuing bodies and places of the development documents swapped for others, in their own headers.

    python -m dispatch_tools.evaluate.renamed_heads [--pool studied|held] [--errors]

A header of an unseen dispatch names a body and a place the rules never met, in a layout of its
own. This measure keeps each development document's header (its columns, merged lines and
glitches) and writes into it, where the text prints the gold's issuer, its parent body and the
place before ``, ngày`` once each, a body (and its parent) of :data:`SINGLE` or :data:`PAIRS` and a
place of :data:`PLACES`; the gold changes with them. The header fields are scored beside the same
documents as given. The pools are split by a fixed hash into a part whose errors may be studied and
a part held back. Only development documents are read.
"""

from __future__ import annotations

import re
import sys

from .parse_score import Counts
from .swaps import draw, parser, part, report, scalars

# issuers printed without a body above them
SINGLE = (
    "ỦY BAN NHÂN DÂN TỈNH GIA LAI", "ỦY BAN NHÂN DÂN THÀNH PHỐ ĐÀ NẴNG", "BỘ NÔNG NGHIỆP VÀ MÔI TRƯỜNG",
    "BỘ DÂN TỘC VÀ TÔN GIÁO", "ỦY BAN NHÂN DÂN XÃ BÌNH SƠN", "HỘI ĐỒNG NHÂN DÂN TỈNH LÂM ĐỒNG",
    "BỘ KHOA HỌC VÀ CÔNG NGHỆ", "NGÂN HÀNG NHÀ NƯỚC VIỆT NAM", "KIỂM TOÁN NHÀ NƯỚC", "BỘ VĂN HÓA, THỂ THAO VÀ DU LỊCH",
    "ỦY BAN NHÂN DÂN PHƯỜNG SÀI GÒN", "TỈNH ỦY ĐẮK LẮK", "ĐẢNG ỦY XÃ TÂN PHÚ", "BAN CHẤP HÀNH ĐOÀN TỈNH CÀ MAU",
    "HỘI LIÊN HIỆP PHỤ NỮ VIỆT NAM", "TRƯỜNG ĐẠI HỌC CẦN THƠ", "BỆNH VIỆN BẠCH MAI", "TẬP ĐOÀN ĐIỆN LỰC VIỆT NAM",
    "ỦY BAN NHÂN DÂN ĐẶC KHU PHÚ QUỐC", "THANH TRA CHÍNH PHỦ",
)
# (parent, issuer)
PAIRS = (
    ("UBND TỈNH ĐẮK LẮK", "SỞ NÔNG NGHIỆP VÀ MÔI TRƯỜNG"), ("BỘ TÀI CHÍNH", "CỤC HẢI QUAN"),
    ("UBND HUYỆN BÌNH SƠN", "PHÒNG GIÁO DỤC VÀ ĐÀO TẠO"), ("TỈNH ỦY QUẢNG NGÃI", "BAN TUYÊN GIÁO VÀ DÂN VẬN"),
    ("HĐND TỈNH LÂM ĐỒNG", "BAN PHÁP CHẾ"), ("ĐẠI HỌC QUỐC GIA HÀ NỘI", "TRƯỜNG ĐẠI HỌC KHOA HỌC TỰ NHIÊN"),
    ("SỞ Y TẾ TỈNH NGHỆ AN", "BỆNH VIỆN ĐA KHOA TỈNH"), ("BỘ QUỐC PHÒNG", "BỘ CHỈ HUY QUÂN SỰ TỈNH"),
    ("UBND THÀNH PHỐ CẦN THƠ", "TRUNG TÂM PHỤC VỤ HÀNH CHÍNH CÔNG"), ("BỘ NỘI VỤ", "VĂN PHÒNG BỘ"),
    ("UBND TỈNH QUẢNG TRỊ", "SỞ XÂY DỰNG"), ("CÔNG AN TỈNH THANH HÓA", "PHÒNG CẢNH SÁT GIAO THÔNG"),
    ("BẢO HIỂM XÃ HỘI VIỆT NAM", "BẢO HIỂM XÃ HỘI KHU VỰC XXII"), ("BỘ TÀI CHÍNH", "THUẾ TỈNH BÌNH DƯƠNG"),
    ("ĐOÀN TNCS HỒ CHÍ MINH", "BCH ĐOÀN TỈNH AN GIANG"), ("UBND TỈNH HÀ TĨNH", "BAN QUẢN LÝ KHU KINH TẾ TỈNH"),
    ("SỞ GIÁO DỤC VÀ ĐÀO TẠO TỈNH LÀO CAI", "TRƯỜNG THPT SỐ 1 BẢO THẮNG"), ("UBND XÃ HÒA VANG", "TRẠM Y TẾ XÃ"),
    ("TỔNG LIÊN ĐOÀN LAO ĐỘNG VIỆT NAM", "LIÊN ĐOÀN LAO ĐỘNG TỈNH NINH BÌNH"),
    ("ỦY BAN MTTQ VIỆT NAM TỈNH SƠN LA", "BAN THƯỜNG TRỰC"),
)
PLACES = ("Hà Nội", "TP. Hồ Chí Minh", "Tp. Huế", "Buôn Ma Thuột", "Phan Rang - Tháp Chàm", "Đắk Lắk",
          "Bà Rịa - Vũng Tàu", "Thủ Dầu Một", "Hạ Long", "Lai Châu", "Điện Biên Phủ", "Cà Mau", "Rạch Giá",
          "Quy Nhơn", "Kon Tum", "Pleiku", "Đồng Xoài", "Long Xuyên", "Bình Sơn", "Phú Quốc", "Đà Lạt",
          "Thành phố Hồ Chí Minh", "Quận 9", "Sa Pa")
FIELDS = ("issuer", "parent_issuer", "place", "number", "date", "subject")


def _printed(value: str) -> str:
    return r"(?<!\w)" + r"\s+".join(re.escape(w) for w in value.split()) + r"(?!\w)"


def _once(text: str, pattern: str) -> re.Match | None:
    found = list(re.finditer(pattern, text))
    return found[0] if len(found) == 1 else None


def renamed(text: str, gold: dict, head: tuple, place: str) -> tuple[str, dict] | None:
    """The text and the gold with the issuer (and its parent, when the gold has one) and the
    place written in; None when the text does not print each of them once."""
    parent, issuer, where = gold.get("parent_issuer"), gold.get("issuer"), gold.get("place")
    if not issuer or not where or bool(parent) != (len(head) == 2):
        return None
    spans = []
    found = _once(text, _printed(issuer))
    at = _once(text, _printed(where) + r"(?=\s*,\s*ngày)")
    if found is None or at is None:
        return None
    spans += [(found.start(), found.end(), head[-1]), (at.start(), at.end(), place)]
    if parent:
        above = _once(text, _printed(parent))
        if above is None:
            return None
        spans.append((above.start(), above.end(), head[0]))
    spans.sort()
    if any(a[1] > b[0] for a, b in zip(spans, spans[1:])):
        return None  # one inside another ("ỦY BAN NHÂN DÂN" in "UBND …")
    for start, end, value in reversed(spans):
        text = text[:start] + value + text[end:]
    new = dict(gold, issuer=head[-1], place=place)
    if parent:
        new["parent_issuer"] = head[0]
    return text, new


def score(documents, which: str, seeds: int = 3, errors=None) -> dict:
    from ..parse import parse_text, to_contract

    given = {f: Counts() for f in FIELDS}
    swapped = {f: Counts() for f in FIELDS}
    singles, pairs, places = part(SINGLE, which), part(PAIRS, which), part(PLACES, which)
    readings = 0
    for doc in documents:
        text, gold = doc.text(), doc.gold()
        as_given = None
        for s in range(seeds):
            rng = draw(doc.id, s)
            head = rng.choice(pairs) if gold.get("parent_issuer") else (rng.choice(singles),)
            made = renamed(text, gold, head, rng.choice(places))
            if made is None:
                break
            readings += 1
            as_given = as_given or to_contract(parse_text(text).fields)
            read = to_contract(parse_text(made[0]).fields)
            wrong: list[str] = []
            scalars(FIELDS, (given, swapped), as_given, gold, read, made[1], wrong)
            if wrong and errors is not None:
                errors.append(f"== {doc.id} (draw {s})\n" + "".join(f"  {w}\n" for w in wrong))
    return {"given": {f: round(given[f].f1, 3) for f in FIELDS},
            "swapped": {f: round(swapped[f].f1, 3) for f in FIELDS}, "readings": readings}


def main(argv: list[str] | None = None) -> int:
    args = parser(__doc__).parse_args(argv)
    from .split import development_documents

    errors: list[str] | None = [] if args.errors else None
    result = score(development_documents(args.shared), args.pool, args.seeds, errors)
    report(f"Development part, issuers and places swapped for the pools' {args.pool} part ({result['readings']} readings)",
           errors, result, "swapped", 14)
    return 0


if __name__ == "__main__":
    sys.exit(main())
