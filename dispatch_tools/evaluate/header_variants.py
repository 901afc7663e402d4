"""A generated stress set of dispatch heads and feet whose fields are known by construction.

    python -m dispatch_tools.evaluate.header_variants [--n 600] [--seed 7] [--show FIELD] [--limit 8] [--json]

Each variant is composed from the conventions of ``../shared/docs/FORMAT.md`` (Decree 30, Party
and Youth Union heads) and the lexicons of ``models/parse`` (provinces, family names), with the
variations real offices and web pages produce: the two header columns stacked, merged on one line
(wide gap, tab or one space) or wrapped at different heights; a parent body on one or two lines
or none; Party, Youth Union, mass-organisation and university heads; the place as ``TP. Hồ Chí
Minh``, ``Tp. Huế``, ``Thành phố …``, a district, or printed before the number on the issuer's
side; dates with one-digit day or month, or left blank; subjects after ``V/v``, ``Về việc``,
``Về:``, bare, in quotes, or under a type's title line, over one to four lines; a signature block
with or without a TM./KT./TL./TUQ./Q. prefix, the title over one or two lines, stacked beside
``Nơi nhận`` or interleaved with it line by line or row by row. Later draws of their own add other
offices and layouts (:func:`_wider_office`), wrapped issuers, quoted subjects, unusual numbers
and signature blocks (:mod:`.header_variants_more`), and offices under ministries and national bodies,
công điện heads, wrapped national titles and heads printed as paragraphs (:mod:`.header_variants_fourth`),
leaving the first draw's variants as they were where they do not act.

The header fields of the parser are scored against the construction as
:mod:`.parse_score` scores them against the gold. The generator is seeded and deterministic; it
reads no document of ``../shared``, so its score is a measure apart from the rules' tuning set.
"""

from __future__ import annotations

import argparse
import json
import random
import sys
from collections import Counter
from dataclasses import dataclass, field

from . import header_variants_fourth as four
from . import header_variants_more as more
from .parse_score import HEADER, Counts, _norm, subject_key

# --------------------------------------------------------------------------- vocabulary

MIDDLE = ["Văn", "Thị", "Hữu", "Minh", "Thanh", "Quốc", "Ngọc", "Đức", "Thu", "Hoàng", "Xuân", "Công"]
GIVEN = ["An", "Bình", "Cường", "Dũng", "Hà", "Hải", "Hùng", "Lan", "Long", "Mai", "Nam", "Phương",
         "Quang", "Sơn", "Tâm", "Thắng", "Trang", "Tuấn", "Vinh", "Yến", "Hạnh", "Khoa"]
SO = [("SỞ Y TẾ", "SYT"), ("SỞ GIÁO DỤC VÀ ĐÀO TẠO", "SGDĐT"), ("SỞ TÀI CHÍNH", "STC"),
      ("SỞ TÀI NGUYÊN VÀ MÔI TRƯỜNG", "STNMT"), ("SỞ NỘI VỤ", "SNV"), ("SỞ XÂY DỰNG", "SXD"),
      ("SỞ LAO ĐỘNG - THƯƠNG BINH VÀ XÃ HỘI", "SLĐTBXH"), ("SỞ KẾ HOẠCH VÀ ĐẦU TƯ", "SKHĐT"),
      ("SỞ VĂN HÓA, THỂ THAO VÀ DU LỊCH", "SVHTTDL"), ("SỞ NÔNG NGHIỆP VÀ MÔI TRƯỜNG", "SNNMT")]
DISTRICTS = [("HUYỆN THỌ XUÂN", "Thọ Xuân"), ("HUYỆN ĐÔNG ANH", "Đông Anh"), ("QUẬN 5", "Quận 5"),
             ("HUYỆN CỦ CHI", "Củ Chi"), ("THỊ XÃ SƠN TÂY", "Sơn Tây"), ("HUYỆN PHÚ VANG", "Phú Vang"),
             ("QUẬN BÌNH THẠNH", "Bình Thạnh"), ("HUYỆN LẬP THẠCH", "Lập Thạch")]
# cities and towns under a province, whose place is their own name (two or three words, a hyphen)
TOWNS = [("THÀNH PHỐ PHÚ QUỐC", "Phú Quốc"), ("THÀNH PHỐ BUÔN MA THUỘT", "Buôn Ma Thuột"),
         ("THÀNH PHỐ PHAN RANG - THÁP CHÀM", "Phan Rang - Tháp Chàm"), ("THỊ XÃ ĐỨC PHỔ", "Đức Phổ"),
         ("THÀNH PHỐ THỦ DẦU MỘT", "Thủ Dầu Một"), ("HUYỆN ĐẢO LÝ SƠN", "Lý Sơn"),
         ("THÀNH PHỐ LONG XUYÊN", "Long Xuyên"), ("THỊ XÃ TÂN CHÂU", "Tân Châu")]
# the central government's bodies: (issuer, code, signature blocks); a block may have a second
# prefix line between its capacity and the signer's own title
CENTRAL = [("CHÍNH PHỦ", "CP", [("TM.", "CHÍNH PHỦ", ["THỦ TƯỚNG"]),
                               ("TM.", "CHÍNH PHỦ", ["PHÓ THỦ TƯỚNG"], "KT. THỦ TƯỚNG")]),
           ("THỦ TƯỚNG CHÍNH PHỦ", "TTg", [(None, None, ["THỦ TƯỚNG"]), ("KT.", "THỦ TƯỚNG", ["PHÓ THỦ TƯỚNG"])]),
           ("VĂN PHÒNG CHÍNH PHỦ", "VPCP", [("KT.", "BỘ TRƯỞNG, CHỦ NHIỆM", ["PHÓ CHỦ NHIỆM"]),
                                            (None, None, ["BỘ TRƯỞNG, CHỦ NHIỆM"]),
                                            ("TL.", "THỦ TƯỚNG", ["PHÓ VỤ TRƯỞNG"], "KT. VỤ TRƯỞNG VỤ TỔNG HỢP")])]
PHONG = [("PHÒNG GIÁO DỤC VÀ ĐÀO TẠO", "PGDĐT"), ("PHÒNG TÀI CHÍNH - KẾ HOẠCH", "TCKH"),
         ("PHÒNG NỘI VỤ", "PNV"), ("PHÒNG Y TẾ", "PYT")]
MINISTRIES = [("BỘ Y TẾ", "BYT"), ("BỘ TÀI CHÍNH", "BTC"), ("BỘ GIÁO DỤC VÀ ĐÀO TẠO", "BGDĐT"),
              ("BỘ NỘI VỤ", "BNV"), ("BỘ CÔNG THƯƠNG", "BCT"), ("BỘ TƯ PHÁP", "BTP")]
UNDER_MINISTRY = [("BỘ TÀI CHÍNH", "TỔNG CỤC THUẾ", "TCT"), ("BỘ Y TẾ", "CỤC QUẢN LÝ DƯỢC", "QLD"),
                  ("BỘ CÔNG THƯƠNG", "CỤC XÚC TIẾN THƯƠNG MẠI", "XTTM"),
                  ("BỘ GIÁO DỤC VÀ ĐÀO TẠO", "CỤC NHÀ GIÁO VÀ CÁN BỘ QUẢN LÝ GIÁO DỤC", "NGCBQLGD")]
UNIVERSITIES = [("BỘ GIÁO DỤC VÀ ĐÀO TẠO", "TRƯỜNG ĐẠI HỌC SƯ PHẠM HÀ NỘI", "ĐHSPHN", "Hà Nội"),
                ("ĐẠI HỌC QUỐC GIA TP. HỒ CHÍ MINH", "TRƯỜNG ĐẠI HỌC KHOA HỌC TỰ NHIÊN", "KHTN", "TP. Hồ Chí Minh"),
                ("ĐẠI HỌC HUẾ", "TRƯỜNG ĐẠI HỌC NÔNG LÂM", "ĐHNL", "Tp. Huế"),
                ("BỘ Y TẾ", "TRƯỜNG ĐẠI HỌC Y HÀ NỘI", "ĐHYHN", "Hà Nội")]
PARTY_BANS = [("BAN TUYÊN GIÁO", "BTGTU"), ("BAN TỔ CHỨC", "BTCTU"), ("VĂN PHÒNG", "VPTU"),
              ("BAN DÂN VẬN", "BDVTU"), ("ỦY BAN KIỂM TRA", "UBKTTU")]
SUBJECTS = ["triển khai công tác phòng, chống dịch bệnh mùa mưa bão năm {y}",
            "báo cáo kết quả thực hiện nhiệm vụ 6 tháng đầu năm {y}",
            "tăng cường công tác quản lý, sử dụng tài sản công tại các cơ quan, đơn vị",
            "góp ý dự thảo Quy chế phối hợp trong công tác cải cách hành chính",
            "tổ chức các hoạt động kỷ niệm ngày thành lập và tuyên truyền các ngày lễ lớn",
            "đăng ký tham gia lớp bồi dưỡng kiến thức quốc phòng và an ninh năm {y}",
            "rà soát, cập nhật danh mục thủ tục hành chính thuộc thẩm quyền giải quyết",
            "hưởng ứng Tháng hành động vì an toàn thực phẩm năm {y}",
            "đề nghị cung cấp số liệu phục vụ xây dựng kế hoạch phát triển kinh tế - xã hội",
            "chấn chỉnh việc chấp hành kỷ luật, kỷ cương hành chính trong thực thi công vụ"]
TITLED = [("QUYẾT ĐỊNH", "QĐ", "Quyết định", ["Về việc thành lập Ban Chỉ đạo {s}", "Về việc ban hành Quy chế {s}",
                                              "Phê duyệt danh sách {s}"]),
          ("KẾ HOẠCH", "KH", "Kế hoạch", ["Triển khai {s}", "Tổ chức {s}", "Thực hiện {s}"]),
          ("TỜ TRÌNH", "TTr", "Tờ trình", ["Về việc đề nghị phê duyệt {s}", "Đề nghị bổ sung kinh phí {s}"]),
          ("THÔNG BÁO", "TB", "Thông báo", ["Kết luận của Chủ tịch Ủy ban nhân dân tại cuộc họp về {s}",
                                             "Ý kiến chỉ đạo về {s}"]),
          ("BÁO CÁO", "BC", "Báo cáo", ["Kết quả {s}", "Tình hình {s}"])]
TOPICS = ["công tác chuyển đổi số năm {y}", "phong trào thi đua yêu nước giai đoạn {y} - {y2}",
          "Chương trình mục tiêu quốc gia xây dựng nông thôn mới năm {y}",
          "cải cách hành chính và nâng cao chỉ số hài lòng của người dân",
          "phòng, chống thiên tai và tìm kiếm cứu nạn trên địa bàn"]


def _provinces() -> list[tuple[str, str]]:
    from ..parse.text import load_table

    return [(row[0], row[1]) for row in load_table("provinces.tsv") if len(row) > 1]


def _surnames() -> list[str]:
    from ..parse.text import load_list

    return list(load_list("surnames.txt"))[:40]


def upper(text: str) -> str:
    return text.upper()


# --------------------------------------------------------------------------- one variant


@dataclass
class Variant:
    id: str
    text: str
    truth: dict
    tags: list[str] = field(default_factory=list)


@dataclass
class Office:
    """An issuing body: header lines, the truth of issuer and parent, the symbol code, the place,
    the kind of motto, and the signature blocks it signs with (authority, capacity, title lines)."""
    parent_lines: list[str]
    issuer_lines: list[str]
    code: str
    place: str
    kind: str  # state, party, youth
    signatures: list[tuple]
    tag: str
    flat: bool = False  # the parent and the body printed on one line
    flat_gap: str = " "  # what stands between them there (a space, or " - ")


def _province(rng: random.Random) -> tuple[str, str, str]:
    """(printed name in capitals with its level, the place as printed, the level)."""
    name, level = rng.choice(_provinces())
    if name == "Hồ Chí Minh":
        place = rng.choice(["TP. Hồ Chí Minh", "Thành phố Hồ Chí Minh", "TP Hồ Chí Minh", "Tp. Hồ Chí Minh"])
    elif name == "Huế":
        place = rng.choice(["Tp. Huế", "Huế", "Thành phố Huế"])
    else:
        place = name
    prefix = "THÀNH PHỐ" if level == "thành phố" else "TỈNH"
    return f"{prefix} {upper(name)}", place, level


UBND_SIGN = [("TM.", "ỦY BAN NHÂN DÂN", ["CHỦ TỊCH"]), ("KT.", "CHỦ TỊCH", ["PHÓ CHỦ TỊCH"]),
             ("TL.", "CHỦ TỊCH", ["PHÓ CHÁNH VĂN PHÒNG"], "KT. CHÁNH VĂN PHÒNG"),
             ("TL.", "CHỦ TỊCH", ["CHÁNH VĂN PHÒNG"]), ("TUQ.", "CHỦ TỊCH", ["CHÁNH VĂN PHÒNG"]),
             ("KT.", "CHỦ TỊCH", ["PHÓ CHỦ TỊCH THƯỜNG TRỰC"]), (None, None, ["CHỦ TỊCH"]),
             ("KT.", "CHỦ TỊCH", ["PHÓ CHỦ TỊCH", "THƯỜNG TRỰC"]), ("TM.", "ỦY BAN NHÂN DÂN|TỈNH", ["CHỦ TỊCH"])]
DIRECTOR_SIGN = [("KT.", "GIÁM ĐỐC", ["PHÓ GIÁM ĐỐC"]), (None, None, ["GIÁM ĐỐC"]),
                 ("TL.", "GIÁM ĐỐC", ["CHÁNH VĂN PHÒNG"]), ("Q.", "GIÁM ĐỐC", []),
                 ("TUQ.", "GIÁM ĐỐC", ["TRƯỞNG PHÒNG NGHIỆP VỤ"])]


def _office(rng: random.Random) -> Office:
    kind = rng.choice(["ubnd", "so", "district", "phong", "ministry", "under_ministry", "party", "party_ban",
                       "youth", "mass", "university", "central", "town", "party_district", "youth_district", "branch"])
    prov, place, _level = _province(rng)
    if kind == "central":
        name, code, signatures = rng.choice(CENTRAL)
        return Office([], [name], code, "Hà Nội", "state", signatures, "office:central")
    if kind == "town":
        town, tplace = rng.choice(TOWNS)
        lines = rng.choice([["ỦY BAN NHÂN DÂN", town], [f"UBND {town}"], [f"ỦY BAN NHÂN DÂN {town}"]])
        return Office([], lines, "UBND", tplace, "state", UBND_SIGN, "office:town")
    if kind == "ubnd":
        lines = rng.choice([["ỦY BAN NHÂN DÂN", prov], [f"ỦY BAN NHÂN DÂN {prov}"], [f"UBND {prov}"]])
        return Office([], lines, "UBND", place, "state", UBND_SIGN, "office:ubnd")
    if kind == "so":
        so, code = rng.choice(SO)
        parent = rng.choice([[f"UBND {prov}"], [f"ỦY BAN NHÂN DÂN {prov}"], ["ỦY BAN NHÂN DÂN", prov]])
        return Office(parent, [so], code, place, "state", DIRECTOR_SIGN, "office:so")
    if kind in ("district", "phong"):
        district, dplace = rng.choice(DISTRICTS)
        if kind == "district":
            lines = rng.choice([["ỦY BAN NHÂN DÂN", district], [f"UBND {district}"]])
            return Office([], lines, "UBND", dplace, "state", UBND_SIGN, "office:district")
        if rng.random() < 0.4:
            school = rng.choice(["TRƯỜNG THCS NGUYỄN DU", "TRƯỜNG TIỂU HỌC KIM ĐỒNG", "TRƯỜNG MẦM NON HOA SEN",
                                 "TRƯỜNG THPT LÊ QUÝ ĐÔN"])
            return Office([f"UBND {district}"], [school], "THCS", dplace, "state",
                          [("KT.", "HIỆU TRƯỞNG", ["PHÓ HIỆU TRƯỞNG"]), (None, None, ["HIỆU TRƯỞNG"])],
                          "office:school")
        phong, code = rng.choice(PHONG)
        return Office([f"UBND {district}"], [phong], code, dplace, "state",
                      [("KT.", "TRƯỞNG PHÒNG", ["PHÓ TRƯỞNG PHÒNG"]), (None, None, ["TRƯỞNG PHÒNG"])],
                      "office:phong")
    if kind == "ministry":
        name, code = rng.choice(MINISTRIES)
        return Office([], [name], code, "Hà Nội", "state",
                      [("KT.", "BỘ TRƯỞNG", ["THỨ TRƯỞNG"]), ("TL.", "BỘ TRƯỞNG", ["VỤ TRƯỞNG", "VỤ KẾ HOẠCH - TÀI CHÍNH"]),
                       ("TL.", "BỘ TRƯỞNG", ["CHÁNH VĂN PHÒNG"]), (None, None, ["BỘ TRƯỞNG"])], "office:ministry")
    if kind == "under_ministry":
        parent, name, code = rng.choice(UNDER_MINISTRY)
        return Office([parent], [name], code, "Hà Nội", "state",
                      [("KT.", "CỤC TRƯỞNG", ["PHÓ CỤC TRƯỞNG"]), ("KT.", "TỔNG CỤC TRƯỞNG", ["PHÓ TỔNG CỤC TRƯỞNG"]),
                       (None, None, ["CỤC TRƯỞNG"])], "office:under_ministry")
    return _other_office(rng, kind, prov, place)


def _other_office(rng: random.Random, kind: str, prov: str, place: str) -> Office:
    tinh = prov.split(" ", 1)[1] if prov.startswith("TỈNH") else prov.replace("THÀNH PHỐ ", "")
    if kind == "party":
        return Office([], [f"{'TỈNH' if prov.startswith('TỈNH') else 'THÀNH'} ỦY {tinh}"], "TU", place, "party",
                      [("TM.", "BAN THƯỜNG VỤ", ["PHÓ BÍ THƯ"]), ("TM.", "BAN THƯỜNG VỤ", ["BÍ THƯ"])], "office:party")
    if kind == "party_ban":
        ban, code = rng.choice(PARTY_BANS)
        return Office([f"TỈNH ỦY {tinh}"], [ban], code, place, "party",
                      [("KT.", "TRƯỞNG BAN", ["PHÓ TRƯỞNG BAN"]), (None, None, ["TRƯỞNG BAN"]),
                       ("K/T", "TRƯỞNG BAN", ["PHÓ TRƯỞNG BAN"])], "office:party_ban")
    district, dplace = rng.choice(DISTRICTS)
    short = district.split(" ", 1)[1]
    if kind == "party_district":  # a district's Party committee under the province's Party organisation
        return Office([f"ĐẢNG BỘ {prov}"], [f"{'QUẬN' if district.startswith('QUẬN') else 'HUYỆN'} ỦY {short}"],
                      "HU", dplace, "party",
                      [("T/M", "BAN THƯỜNG VỤ", ["PHÓ BÍ THƯ THƯỜNG TRỰC"]), ("TM.", "BAN THƯỜNG VỤ", ["BÍ THƯ"])],
                      "office:party_district")
    if kind == "youth_district":  # a district's Youth Union under the province's
        return Office([f"BCH ĐOÀN TỈNH {tinh}" if prov.startswith("TỈNH") else f"THÀNH ĐOÀN {tinh}"],
                      [rng.choice([f"BCH HUYỆN ĐOÀN {short}", f"BCH ĐOÀN {district}"])], "HĐTN", dplace, "youth",
                      [("TM.", "BAN THƯỜNG VỤ HUYỆN ĐOÀN", ["BÍ THƯ"]), ("TM.", "BAN THƯỜNG VỤ", ["PHÓ BÍ THƯ"])],
                      "office:youth_district")
    if kind == "youth":
        lines = rng.choice([[f"BCH ĐOÀN TỈNH {tinh}"], [f"TỈNH ĐOÀN {tinh}"], ["BAN CHẤP HÀNH TRUNG ƯƠNG"]])
        return Office([], lines, "TĐTN-VP", "Hà Nội" if "TRUNG ƯƠNG" in lines[0] else place, "youth",
                      [("TM.", "BAN THƯỜNG VỤ TỈNH ĐOÀN", ["PHÓ BÍ THƯ"]), ("TM.", "BAN THƯỜNG VỤ", ["BÍ THƯ"]),
                       ("TM.", "BAN THƯỜNG VỤ|TỈNH ĐOÀN", ["PHÓ BÍ THƯ"])],
                      "office:youth")
    if kind == "branch":  # a national body's provincial branch, or a province's council, court or procuracy
        parent, issuer, code, signatures = rng.choice([
            ("TỔNG CỤC THUẾ", f"CỤC THUẾ {prov}", "CT-TTHT",
             [("KT.", "CỤC TRƯỞNG", ["PHÓ CỤC TRƯỞNG"]), (None, None, ["CỤC TRƯỞNG"])]),
            ("BẢO HIỂM XÃ HỘI VIỆT NAM", f"BẢO HIỂM XÃ HỘI {prov}", "BHXH-CĐBHXH",
             [("KT.", "GIÁM ĐỐC", ["PHÓ GIÁM ĐỐC"]), (None, None, ["GIÁM ĐỐC"])]),
            ("KHO BẠC NHÀ NƯỚC", f"KHO BẠC NHÀ NƯỚC {prov}", "KBNN-KSC",
             [("KT.", "GIÁM ĐỐC", ["PHÓ GIÁM ĐỐC"]), (None, None, ["GIÁM ĐỐC"])]),
            ("BỘ CÔNG AN", f"CÔNG AN {prov}", "CAT-PV01",
             [("KT.", "GIÁM ĐỐC", ["PHÓ GIÁM ĐỐC"]), (None, None, ["GIÁM ĐỐC"])]),
            (None, f"HỘI ĐỒNG NHÂN DÂN {prov}", "HĐND-VP",
             [("TM.", "THƯỜNG TRỰC HỘI ĐỒNG NHÂN DÂN", ["CHỦ TỊCH"]), ("KT.", "CHỦ TỊCH", ["PHÓ CHỦ TỊCH"])]),
            (None, f"VIỆN KIỂM SÁT NHÂN DÂN {prov}", "VKS-VP",
             [("KT.", "VIỆN TRƯỞNG", ["PHÓ VIỆN TRƯỞNG"]), (None, None, ["VIỆN TRƯỞNG"])]),
            (None, f"TÒA ÁN NHÂN DÂN {prov}", "TA-VP",
             [("KT.", "CHÁNH ÁN", ["PHÓ CHÁNH ÁN"]), (None, None, ["CHÁNH ÁN"])])])
        lines = rng.choice([[issuer], _wrap(rng, issuer, 2)])
        return Office([parent] if parent else [], lines, code, place, "state", signatures, "office:branch")
    if kind == "mass":
        parent, issuer, code = rng.choice([
            ("LIÊN ĐOÀN LAO ĐỘNG VIỆT NAM", f"LIÊN ĐOÀN LAO ĐỘNG TỈNH {tinh}", "LĐLĐ"),
            ("HỘI NÔNG DÂN VIỆT NAM", f"BCH HỘI NÔNG DÂN TỈNH {tinh}", "HND"),
            (None, f"ỦY BAN MẶT TRẬN TỔ QUỐC VIỆT NAM TỈNH {tinh}", "MTTQ-BTT"),
            ("HỘI LIÊN HIỆP PHỤ NỮ VIỆT NAM", f"BAN CHẤP HÀNH HỘI LHPN TỈNH {tinh}", "HPN")])
        return Office([parent] if parent else [], [issuer], code, place, "state",
                      [("TM.", "BAN THƯỜNG VỤ", ["CHỦ TỊCH"]), ("KT.", "CHỦ TỊCH", ["PHÓ CHỦ TỊCH"]),
                       ("TM.", "BAN THƯỜNG TRỰC", ["PHÓ CHỦ TỊCH"])], "office:mass")
    parent, name, code, uplace = rng.choice(UNIVERSITIES)
    return Office([parent], [name], code, uplace, "state",
                  [("KT.", "HIỆU TRƯỞNG", ["PHÓ HIỆU TRƯỞNG"]), ("TL.", "HIỆU TRƯỞNG", ["TRƯỞNG PHÒNG ĐÀO TẠO"]),
                   (None, None, ["HIỆU TRƯỞNG"])], "office:university")


# --------------------------------------------------------------------------- wider offices
# drawn from a second generator of their own, so that the variants of the first stay as they were

COMMUNES = [("XÃ TÂN LẬP", "Tân Lập"), ("PHƯỜNG HÒA KHÁNH BẮC", "Hòa Khánh Bắc"), ("THỊ TRẤN PHÚ MỸ", "Phú Mỹ"),
            ("XÃ ĐÔNG HƯNG A", "Đông Hưng A"), ("PHƯỜNG 5", "Phường 5"), ("XÃ EA KAO", "Ea Kao")]
# towns and districts as pages abbreviate them in a parent's line: (printed, place)
ABBREVIATED = [("TP. BUÔN MA THUỘT", "Buôn Ma Thuột"), ("TX. ĐỒNG XOÀI", "Đồng Xoài"), ("TP BẮC GIANG", "Bắc Giang"),
               ("TX. SƠN TÂY", "Sơn Tây"), ("H. CỦ CHI", "Củ Chi"), ("TP. THỦ ĐỨC", "Thủ Đức")]
UNDER_DISTRICT = ["PHÒNG GIÁO DỤC VÀ ĐÀO TẠO", "PHÒNG GD&ĐT", "TRUNG TÂM VĂN HÓA - THỂ THAO", "TRƯỜNG THCS LÝ TỰ TRỌNG",
                  "PHÒNG VĂN HÓA VÀ THÔNG TIN", "BAN QUẢN LÝ DỰ ÁN ĐẦU TƯ XÂY DỰNG"]
UNDER_SO = ["BỆNH VIỆN ĐA KHOA TỈNH", "TRUNG TÂM KIỂM SOÁT BỆNH TẬT", "TRƯỜNG THPT CHUYÊN LÊ QUÝ ĐÔN",
            "CHI CỤC THỦY LỢI", "TRUNG TÂM CÔNG NGHỆ THÔNG TIN VÀ TRUYỀN THÔNG"]
NATIONAL_MASS = [("HỘI NÔNG DÂN VIỆT NAM", "BAN CHẤP HÀNH TRUNG ƯƠNG", "HNDTW"),
                 ("TỔNG LIÊN ĐOÀN LAO ĐỘNG VIỆT NAM", "CÔNG ĐOÀN GIÁO DỤC VIỆT NAM", "CĐN"),
                 ("HỘI LIÊN HIỆP PHỤ NỮ VIỆT NAM", "BAN CHẤP HÀNH TRUNG ƯƠNG", "ĐCT"),
                 ("HỘI KHUYẾN HỌC VIỆT NAM", "TỈNH HỘI {tinh}", "HKH"),
                 ("HỘI CHỮ THẬP ĐỎ VIỆT NAM", "HỘI CHỮ THẬP ĐỎ {prov}", "CTĐ"),
                 ("HỘI CỰU CHIẾN BINH VIỆT NAM", "HỘI CỰU CHIẾN BINH {prov}", "CCB")]
MASS_SIGN = [("TM.", "BAN THƯỜNG VỤ", ["CHỦ TỊCH"]), ("KT.", "CHỦ TỊCH", ["PHÓ CHỦ TỊCH"]),
             ("TM.", "BAN THƯỜNG TRỰC", ["PHÓ CHỦ TỊCH"]), (None, None, ["TRƯỞNG BAN"])]


def _wider_office(rng: random.Random) -> Office:
    """An office of a kind or a spelling the first draw does not make: communes, bodies under a
    district or a department, abbreviated towns, mass organisations' committees and boards, the
    Party's central and local boards, Youth Union branches."""
    prov, place, level = _province(rng)
    tinh = prov.split(" ", 1)[1] if prov.startswith("TỈNH") else prov.replace("THÀNH PHỐ ", "")
    short = ("TP " if rng.random() < 0.5 else "TP. ") + tinh if level == "thành phố" else prov
    kind = rng.choice(["commune", "under_district", "under_so", "mass_board", "national_mass", "party_central",
                       "party_local", "youth_branch", "abbreviated_branch"])
    if kind == "commune":
        commune, cplace = rng.choice(COMMUNES)
        lines = rng.choice([["ỦY BAN NHÂN DÂN", commune], [f"UBND {commune}"], [f"ỦY BAN NHÂN DÂN {commune}"]])
        return Office([], lines, "UBND", cplace, "state", UBND_SIGN, "wide:commune")
    if kind == "under_district":
        town, tplace = rng.choice(ABBREVIATED + [(d, p) for d, p in DISTRICTS])
        parent = rng.choice([[f"UBND {town}"], [f"ỦY BAN NHÂN DÂN {town}"], ["ỦY BAN NHÂN DÂN", town]])
        return Office(parent, [rng.choice(UNDER_DISTRICT)], "VHTT", tplace, "state",
                      [("KT.", "GIÁM ĐỐC", ["PHÓ GIÁM ĐỐC"]), (None, None, ["TRƯỞNG PHÒNG"]),
                       ("KT.", "HIỆU TRƯỞNG", ["PHÓ HIỆU TRƯỞNG"])], "wide:under_district")
    if kind == "under_so":
        so = rng.choice(SO)[0]
        parent = rng.choice([[f"{so} {prov}"], [f"UBND {short}", so], [so + " " + short]])
        return Office(parent, [rng.choice(UNDER_SO)], "BV", place, "state", DIRECTOR_SIGN, "wide:under_so")
    if kind == "mass_board":
        parent = rng.choice([["ỦY BAN MTTQ VIỆT NAM", prov], [f"ỦY BAN MẶT TRẬN TỔ QUỐC VIỆT NAM {prov}"],
                             [f"LIÊN ĐOÀN LAO ĐỘNG {prov}"]])
        return Office(parent, [rng.choice(["BAN TUYÊN GIÁO", "BAN THƯỜNG TRỰC", "BAN DÂN CHỦ - PHÁP LUẬT"])],
                      "MTTQ-BTG", place, "state", MASS_SIGN, "wide:mass_board")
    if kind == "national_mass":
        parent, issuer, code = rng.choice(NATIONAL_MASS)
        issuer = issuer.format(tinh=tinh, prov=prov)
        central = "TRUNG ƯƠNG" in issuer or "VIỆT NAM" in issuer
        return Office([parent], [issuer], code, "Hà Nội" if central else place, "mass", MASS_SIGN,
                      "wide:national_mass")
    return _wider_party(rng, kind, prov, place, tinh, short)


def _wider_party(rng: random.Random, kind: str, prov: str, place: str, tinh: str, short: str) -> Office:
    if kind == "party_central":
        ban, code = rng.choice(PARTY_BANS)
        return Office(["BAN CHẤP HÀNH TRUNG ƯƠNG"], [ban], code.replace("TU", "TW"), "Hà Nội", "party",
                      [("KT.", "TRƯỞNG BAN", ["PHÓ TRƯỞNG BAN"]), ("TL.", "BAN BÍ THƯ", ["CHÁNH VĂN PHÒNG"])],
                      "wide:party_central")
    district, dplace = rng.choice(DISTRICTS)
    dshort = district.split(" ", 1)[1]
    if kind == "party_local":
        parent, issuer, code, where = rng.choice([
            (f"ĐẢNG BỘ {prov}", f"ĐẢNG ỦY KHỐI CÁC CƠ QUAN {prov}", "ĐUK", place),
            (f"ĐẢNG BỘ {district}", "ĐẢNG ỦY XÃ TÂN LẬP", "ĐU", dplace),
            (f"{'QUẬN' if district.startswith('QUẬN') else 'HUYỆN'} ỦY {dshort}", "BAN TUYÊN GIÁO", "BTGHU", dplace),
            (f"TỈNH ỦY {tinh}", "ĐẢNG ỦY SỞ Y TẾ", "ĐU", place)])
        return Office([parent], [issuer], code, where, "party",
                      [("TM.", "ĐẢNG ỦY", ["BÍ THƯ"]), ("TM.", "BAN THƯỜNG VỤ", ["PHÓ BÍ THƯ"]),
                       ("KT.", "TRƯỞNG BAN", ["PHÓ TRƯỞNG BAN"])], "wide:party_local")
    if kind == "youth_branch":
        parent, issuer, where = rng.choice([
            (f"BCH ĐOÀN {prov}", "BCH ĐOÀN TRƯỜNG THPT NGUYỄN TRÃI", place),
            (f"TỈNH ĐOÀN {tinh}", "ĐOÀN KHỐI CÁC CƠ QUAN TỈNH", place),
            (f"THÀNH ĐOÀN {tinh}", f"BCH ĐOÀN {district}", dplace),
            ("BAN CHẤP HÀNH TRUNG ƯƠNG", "BAN TUYÊN GIÁO", "Hà Nội")])
        return Office([parent], [issuer], "ĐTN", where, "youth",
                      [("TM.", "BAN THƯỜNG VỤ", ["BÍ THƯ"]), ("TM.", "BAN CHẤP HÀNH", ["PHÓ BÍ THƯ"]),
                       ("KT.", "TRƯỞNG BAN", ["PHÓ TRƯỞNG BAN"])], "wide:youth_branch")
    parent, issuer, code = rng.choice([("TỔNG CỤC THUẾ", f"CỤC THUẾ {short}", "CT-TTHT"),
                                       ("BẢO HIỂM XÃ HỘI VIỆT NAM", f"BẢO HIỂM XÃ HỘI {short}", "BHXH-NV"),
                                       ("BỘ CÔNG AN", f"CÔNG AN {short}", "CAT-PV01"),
                                       (f"UBND {short}", "SỞ Y TẾ", "SYT")])
    return Office([parent], [issuer], code, place, "state",
                  [("KT.", "GIÁM ĐỐC", ["PHÓ GIÁM ĐỐC"]), ("KT.", "CỤC TRƯỞNG", ["PHÓ CỤC TRƯỞNG"]),
                   (None, None, ["GIÁM ĐỐC"])], "wide:abbreviated_branch")


def _wrap(rng: random.Random, text: str, lines: int) -> list[str]:
    """``text`` over ``lines`` lines, broken between words at about equal lengths."""
    words = text.split()
    lines = max(1, min(lines, len(words)))
    out, size = [], len(text) / lines
    cur: list[str] = []
    for w in words:
        if cur and len(" ".join(cur)) + len(w) > size * (1 + rng.random() * 0.3) and len(out) < lines - 1:
            out.append(" ".join(cur))
            cur = []
        cur.append(w)
    out.append(" ".join(cur))
    return out


def _name(rng: random.Random) -> str:
    if rng.random() < 0.15:  # two middle names, or a second family name
        return f"{rng.choice(_surnames())} {rng.choice(_surnames() + MIDDLE)} {rng.choice(MIDDLE)} {rng.choice(GIVEN)}"
    return f"{rng.choice(_surnames())} {rng.choice(MIDDLE)} {rng.choice(GIVEN)}"


def _number(rng: random.Random, office: Office, type_code: str | None) -> tuple[str, str]:
    """(the printed number line, its truth)."""
    n = rng.choice([str(rng.randint(10, 2999)), f"{rng.randint(1, 9):02d}"])
    if office.kind in ("party", "youth", "mass"):
        symbol = f"{n}-{type_code or 'CV'}/{office.code}"
        printed = rng.choice([f"Số {symbol}", f"Số: {symbol}", f"Số {n} - {type_code or 'CV'}/{office.code}"])
    else:
        year = f"{rng.randint(2010, 2026)}/" if type_code == "QĐ" and rng.random() < 0.3 else ""
        symbol = f"{n}/{year}{type_code}-{office.code.split('-')[0]}" if type_code else (
            f"{n}/{office.code}-{rng.choice(['VP', 'KT', 'VX', 'NV', 'TH'])}")
        printed = rng.choice([f"Số: {symbol}", f"Số: {symbol}", f"Số: {n} /{symbol.split('/', 1)[1]}",
                              f"Số:  {symbol}"])
        if type_code and rng.random() < 0.08:  # the number left blank, to be filled in when issued
            symbol = "/" + symbol.split("/", 1)[1]
            printed = f"Số:       {symbol}"
    return printed, symbol


def _date(rng: random.Random, place: str) -> tuple[str, str | None]:
    y, m, d = rng.randint(2008, 2026), rng.randint(1, 12), rng.randint(1, 28)
    style = rng.random()
    if style < 0.12:
        return f"{place}, ngày     tháng {rng.choice(['', str(m) + ' '])}    năm {y}".replace("  ", "  "), None
    if style < 0.5:
        ds, ms = str(d), str(m)  # one-digit day and month as typed
    else:
        ds, ms = f"{d:02d}", (f"{m:02d}" if m <= 2 else str(m))
    gap = rng.choice([" ", " ", "  "])
    iso = f"{y}-{m:02d}-{d:02d}"
    if rng.random() < 0.05:  # a narrow column wraps the line: after the place, or before the year
        return rng.choice([f"{place},\nngày {ds} tháng {ms} năm {y}", f"{place}, ngày {ds} tháng {ms}\nnăm {y}"]), iso
    return f"{place}, ngày {ds}{gap}tháng {ms}{gap}năm {y}", iso


def _subject(rng: random.Random, year: int, office: Office) -> tuple[list[str], str, str]:
    """The lines of a công văn's subject under its number, the truth and a tag."""
    s = rng.choice(SUBJECTS).format(y=year)
    lines = _wrap(rng, s, rng.choice([1, 1, 2, 2, 3, 4]))
    style = rng.choice(["V/v", "V/v:", "Về việc", "Về:", "quoted", "bare", "V/V"] if office.kind != "state"
                       else ["V/v", "V/v", "V/v:", "Về việc", "Về:", "quoted", "V/V", "V/v :"])
    if style == "quoted":
        lines[0] = "“V/v " + lines[0]
        lines[-1] += "”"
        return lines, "“" + s + "”", "subject:quoted"
    if style == "bare":
        lines[0] = lines[0][0].upper() + lines[0][1:]
        return lines, lines[0][:1] + s[1:], "subject:bare"
    lines[0] = f"{style} {lines[0]}"
    return lines, s, f"subject:{style}"


def _titled(rng: random.Random, year: int) -> tuple[str, str, str, list[str], str]:
    """A type's title line and its subject: (title, type code, type name, subject lines, truth)."""
    title, code, name, forms = rng.choice(TITLED)
    s = rng.choice(forms).format(s=rng.choice(TOPICS).format(y=year, y2=year + 4))
    if rng.random() < 0.3:
        s = upper(s)
    return title, code, name, _wrap(rng, s, rng.choice([1, 2, 2, 3])), s


MOTTO = {"state": ["CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc"],
         "mass": ["CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc"],
         "party": ["ĐẢNG CỘNG SẢN VIỆT NAM"], "youth": ["ĐOÀN TNCS HỒ CHÍ MINH"]}
RULES = {"state": ["---------------", "_______________", ""], "party": ["*"], "youth": ["***", "*"],
         "mass": ["*", "-------"]}


def _gap(rng: random.Random, style: str) -> str:
    return {"wide": " " * rng.randint(4, 30), "tab": "\t", "one": " ", "glued": ""}[style]


def _merge(rng: random.Random, left: list[str], right: list[str], style: str, offset: int = 0) -> list[str]:
    """Two columns merged row by row, the right one starting ``offset`` rows lower."""
    left = [x for cell in left for x in cell.split("\n")]  # a cell wrapped over lines is that many rows
    right = [""] * offset + [x for cell in right for x in cell.split("\n")]
    rows = []
    for k in range(max(len(left), len(right))):
        a = left[k] if k < len(left) else ""
        b = right[k] if k < len(right) else ""
        rows.append((a + _gap(rng, style) + b if a and b else (a or (" " * 40 + b if b and style == "wide" else b))))
    return rows


def _head(rng: random.Random, office: Office, number: str, date_line: str, subject: list[str],
          titled: bool, layout: str | None = None, extra: dict | None = None) -> tuple[list[str], str]:
    """The header's lines in one of the layouts a page gives, and the layout's tag; ``extra`` holds
    the fourth draw's choices (:mod:`.header_variants_fourth`): another motto, a rule glued to the
    issuer's line, each column printed as one paragraph."""
    kind, extra = office.kind, extra or {}
    rule = rng.choice(RULES[kind])
    names = [" ".join(office.parent_lines) + office.flat_gap + " ".join(office.issuer_lines)] if office.flat else (
        office.parent_lines + office.issuer_lines)
    left = names + ([rule] if rule else [])
    if extra.get("glue"):
        left, rule = extra["glue"](names, rule), ""  # no rule on a line of its own now
    right = extra.get("motto", MOTTO[kind]) + (
        [rng.choice(["---------------", "_____________"])] if kind == "state" and rng.random() < .5 else [])
    below = [] if titled else subject
    layout = layout or rng.choice(["stacked", "left_then_right", "merged_wide", "merged_tab", "merged_one",
                                   "merged_offset", "date_first", "right_first", "merged_glued"])
    if kind == "state" and rng.random() < 0.1 and right[0].endswith("NAM"):  # the motto glued to the national title
        right = [right[0] + right[1]] + right[2:]
    if extra.get("number_next_line") and layout in ("stacked", "left_then_right", "date_first", "right_first"):
        number = "Số:\n" + number[4:].strip()  # the number on the line under "Số:", in a narrow column
        extra["tag"] = "+number_next_line"
    if extra.get("paragraphs"):  # each column printed as one paragraph, the left one first
        one = lambda xs: " ".join(" ".join(x.split()) for x in xs if x.strip())  # noqa: E731
        return [one(left + [number] + below), "", one(right + [date_line])], "layout:paragraphs"
    indent = rng.random() < 0.3  # a page that lays its columns out with leading spaces
    lpad, rpad = " " * (rng.randint(0, 8) if indent else 0), " " * (rng.randint(20, 45) if indent else 0)
    pad = lambda xs, p: [p + x if x else x for x in xs]  # noqa: E731
    if below and rng.random() < 0.1 and below[0][:1] in "V“":  # the subject's first line on the number's row
        number, below = f"{number}{rng.choice(['   ', ' ', chr(9)])}{below[0]}", below[1:]
        layout = rng.choice(["stacked", "left_then_right"])
    if layout == "alternate":  # a header table read row by row, each cell's lines after the other's
        cut = rng.randint(1, len(names))  # the body's name split between the first two rows, or not
        rows = [(names[:cut], right[:1]), (names[cut:] + ([rule] if rule else []), right[1:]), ([number] + below, [])]
        dated = rng.choice([1, 2])  # the date in the issuer's row (party heads) or the number's
        rows[dated] = (rows[dated][0], rows[dated][1] + [date_line])
        lines = [x for a, b in rows for x in a + b if x]
    elif layout == "stacked":  # left cell, right cell, then the number's row and the date's row
        lines = pad(left, lpad) + [""] + pad(right, rpad) + [""] + pad([number] + below, lpad) + [""] + pad(
            [date_line], rpad)
    elif layout == "right_first":  # the right column read first: motto and date above the issuer
        lines = right + [date_line, ""] + left + [number] + below
    elif layout == "left_then_right":
        lines = pad(left + [number] + below, lpad) + [""] + pad(right + [""] + [date_line], rpad)
    elif layout == "date_first":  # the place and date printed before the number, on the issuer's side
        lines = (left[:-1] if rule else left) + right + [date_line] + ([rule] if rule else []) + [number] + below
    else:
        style = layout.split("_")[1] if layout != "merged_offset" else rng.choice(["wide", "tab"])
        offset = 1 if layout == "merged_offset" else 0
        top = _merge(rng, left, right, style, offset)
        if rng.random() < 0.35:
            lines = top + _merge(rng, [number], [date_line], style) + below
        elif rng.random() < 0.4 and below:  # the date's row beside the subject's first line
            lines = top + [number] + _merge(rng, below, [date_line], style)
        else:
            lines = top + [number] + below + [" " * 40 + date_line if style == "wide" else date_line]
    return lines, f"layout:{layout}{extra.get('tag', '')}"


def _foot(rng: random.Random, office: Office, sign: tuple, name: str,
          force: str | None = None) -> tuple[list[str], str]:
    authority, capacity, titles = sign[:3]
    printed = name.upper() if rng.random() < 0.1 else name
    if rng.random() < 0.05:  # a degree before the name, no part of it (as a rank)
        printed = f"{rng.choice(['PGS.TS.', 'TS.', 'ThS.', 'PGS.TS', 'GS.TSKH.'])} {name}"
    block = ([f"{authority} {capacity}".replace("|", "\n")] if authority else [])
    second = list(sign[3:4])  # "TL. CHỦ TỊCH" / "KT. CHÁNH VĂN PHÒNG" / the signer's own title
    block = [ln for b in block for ln in b.split("\n")] + second + titles + [""] * rng.choice([0, 1, 2]) + (
        [rng.choice(["(Đã ký)", "(Đã ký)", "(đã ký)", "(Đã ký và đóng dấu)", "Đã ký"])] if rng.random() < 0.15 else []) + [
        printed]
    dist = ["Nơi nhận:", "- Như trên;", rng.choice(["- UBND tỉnh (để b/c);", "- Thường trực Tỉnh ủy (b/c);",
                                                   "- Bộ trưởng (để b/c);"]),
            "- Các đơn vị trực thuộc;", rng.choice(["- Lưu: VT, VP.", "- Lưu: VT.", "- Lưu VT, TH."])]
    layout = rng.choice(["dist_then_sign", "sign_then_dist", "rows_wide", "rows_tab", "alternate"])
    layout = force or layout  # the third draw's layouts: the first draw's choice is still made
    if layout == "dist_then_sign":
        return dist + [""] + block, f"foot:{layout}"
    if layout == "sign_then_dist":
        return block + [""] + dist, f"foot:{layout}"
    if layout == "alternate":  # the two columns read line by line, one after the other
        out = []
        for k in range(max(len(dist), len(block))):
            out += ([dist[k]] if k < len(dist) else []) + ([block[k]] if k < len(block) and block[k] else [])
        return out, f"foot:{layout}"
    return _merge(rng, dist, block, layout.split("_")[1]), f"foot:{layout}"


def _copy_block(rng: random.Random) -> list[str]:
    """A copy's own head and signature printed after the document (``SAO Y``, Decree 30): the
    copying office, its number and date, its distribution and signer, none of them the document's."""
    prov, place, _level = _province(rng)
    y, m, d = rng.randint(2010, 2026), rng.randint(1, 12), rng.randint(1, 28)
    return ["", "", rng.choice([f"UBND {prov}", f"ỦY BAN NHÂN DÂN {prov}"]), "VĂN PHÒNG",
            f"Số: {rng.randint(10, 999)}/SY-VP", rng.choice(["SAO Y", "SAO Y BẢN CHÍNH"]),
            f"{place}, ngày {d:02d} tháng {m} năm {y}", "", "Nơi nhận:", "- Các sở, ban, ngành tỉnh;",
            "- Lưu: VT.", "", "TL. CHỦ TỊCH", "KT. CHÁNH VĂN PHÒNG", "PHÓ CHÁNH VĂN PHÒNG", "", _name(rng)]


BODY = ["Thực hiện Công văn số {ref} ngày {rd} của {src} về việc {topic}, {me} đề nghị các cơ quan, "
        "đơn vị triển khai thực hiện một số nội dung sau:",
        "1. Tổ chức quán triệt, phổ biến nội dung nêu trên đến toàn thể cán bộ, công chức, viên chức.",
        "2. Báo cáo kết quả thực hiện về {me} trước ngày {dl} để tổng hợp.",
        "Đề nghị các cơ quan, đơn vị quan tâm phối hợp thực hiện./."]


def _type_subject_number(rng: random.Random, third: random.Random, office: Office, year: int, titled: bool,
                         tags: list[str]) -> tuple:
    """(title, type code, type, subject lines, subject, printed number, number), tags added."""
    title = None
    if titled:
        title, code, doc_type, subject_lines, subject = _titled(rng, year)
        tags.append(f"type:{code}")
    else:
        code, doc_type = (None, "Công văn") if office.kind == "state" else ("CV", "Công văn")
        subject_lines, subject, tag = _subject(rng, year, office)
        if third.random() < 0.15:
            subject_lines, subject, tag = more.subject(third, third.choice(SUBJECTS).format(y=year))
        tags.append(tag)
    number, symbol = _number(rng, office, code)
    if office.kind == "state" and third.random() < 0.12:
        number, symbol, tag = more.number(third, office.code.split("-")[0], code)
        tags.append(tag)
    return title, code, doc_type, subject_lines, subject, number, symbol


def _fourth_type(fourth: random.Random, office: Office, year: int, titled: bool, typed: tuple,
                 tags: list[str]) -> tuple[tuple, bool, list[str] | None]:
    """The fourth draw's type and subject (:mod:`.header_variants_fourth`): a công điện's head, or a
    subject after a bare ``Về``; gives (title, type, subject lines, subject, printed number, number),
    whether a title line is printed, and the công điện's addressee lines (None for others)."""
    title, doc_type, subject_lines, subject, number, symbol = typed
    cd_to = None
    if office.kind == "state" and office.tag in four.CD_SENDER and fourth.random() < 0.25:
        subject_lines, subject, cd_to = four.cong_dien(fourth, office, year)
        title, doc_type, titled = "CÔNG ĐIỆN", "Công điện", True
        number, symbol = _number(fourth, office, "CĐ")
        tags[:] = [t for t in tags if not t.startswith(("subject:", "type:", "number:"))] + ["type:CĐ"]
    elif not titled and office.kind == "state" and fourth.random() < 0.1:
        subject_lines, subject, tag = four.subject_ve(fourth, fourth.choice(SUBJECTS).format(y=year), _wrap)
        tags[:] = [t for t in tags if not t.startswith("subject:")] + [tag]
    return (title, doc_type, subject_lines, subject, number, symbol), titled, cd_to


def _fourth_head(fourth: random.Random, office: Office, number: str, tags: list[str]) -> dict:
    """The fourth draw's choices for the head's printing (:func:`_head`'s ``extra``)."""
    extra: dict = {}
    if fourth.random() < 0.25:
        extra["motto"], tag = four.motto(fourth, office.kind, MOTTO[office.kind])
        tags += [tag] if tag else []
    if fourth.random() < 0.08:
        extra["glue"] = four.glue_rule(fourth)
        tags.append("head:glued_rule")
    if fourth.random() < 0.05 and number.startswith("Số: "):
        extra["number_next_line"] = True
    if fourth.random() < 0.04:
        extra["paragraphs"] = True
    return extra


def _page(rng: random.Random, head: list[str], body: list[str], foot: list[str],
          tags: list[str]) -> tuple[list[str], list[str], list[str]]:
    """What the page does to the lines: markdown bold, a copy's block after the foot, every line
    break lost."""
    if rng.random() < 0.08:  # a page converted to markdown keeps the bold of the capitals
        head = [f"**{ln}**" if ln.strip() and ln.isupper() and "\t" not in ln and "  " not in ln.strip() else ln
                for ln in head]
        foot = [f"**{ln}**" if ln.strip() and ln.isupper() and "  " not in ln.strip() else ln for ln in foot]
        tags.append("markdown")
    if rng.random() < 0.06:
        foot = foot + _copy_block(rng)
        tags.append("copy")
    if rng.random() < 0.05:  # a page whose text dump lost every line break: the whole page on one line
        flat = " ".join(" ".join(ln.split()) for ln in head + body + foot if ln.strip())
        head, body, foot = [flat], [], []
        tags.append("flat")
    return head, body, foot


def variant(seed: int, index: int) -> Variant:
    rng = random.Random(f"header-variants:{seed}:{index}")
    wide = random.Random(f"header-variants-wider:{seed}:{index}")  # the draws added later
    third = random.Random(f"header-variants-third:{seed}:{index}")  # and the third draw's (.header_variants_more)
    fourth = random.Random(f"header-variants-fourth:{seed}:{index}")  # and the fourth's (.header_variants_fourth)
    office = _office(rng)
    if wide.random() < 0.3:
        office = _wider_office(wide)
    if fourth.random() < 0.25:
        office = four.office(fourth, Office, _province)
    if len(office.issuer_lines) == 1 and len(office.issuer_lines[0]) > 26 and rng.random() < 0.35:
        office.issuer_lines = _wrap(rng, office.issuer_lines[0], 2)
    year = rng.randint(2010, 2026)
    tags = [office.tag]
    if third.random() < 0.2 or " - " in " ".join(office.issuer_lines):
        office.issuer_lines, tag = more.rewrap_issuer(third, office.issuer_lines)
        tags += [tag] if tag else []
    if office.tag == "office:so" and len(office.parent_lines) == 1 and rng.random() < 0.15:
        office.flat = True
        tags.append("flat_parent")
    elif office.parent_lines and wide.random() < 0.15:  # "BỘ CÔNG AN CÔNG AN TỈNH KON TUM", "BỘ XÂY DỰNG - CỤC …"
        office.flat, office.flat_gap = True, wide.choice([" ", " ", " - "])
        tags.append("flat_parent" + office.flat_gap.strip())
    if fourth.random() < 0.4:
        tag = four.wrap_names(fourth, office, _wrap, [upper(name) for name, _level in _provinces()])
        tags += [tag] if tag else []
    titled = rng.random() < 0.35
    title, code, doc_type, subject_lines, subject, number, symbol = _type_subject_number(
        rng, third, office, year, titled, tags)
    (title, doc_type, subject_lines, subject, number, symbol), titled, cd_to = _fourth_type(
        fourth, office, year, titled, (title, doc_type, subject_lines, subject, number, symbol), tags)
    extra = _fourth_head(fourth, office, number, tags)
    date_line, iso = _date(rng, office.place)
    tags.append("date:blank" if iso is None else "date")
    tags.append("place:" + office.place.split()[0])
    head, tag = _head(rng, office, number, date_line, subject_lines, titled,
                      "alternate" if wide.random() < 0.1 else None, extra)
    tags.append(tag)
    if wide.random() < 0.1:  # a web page that prints every line of the head as a paragraph of its own
        head = [x for ln in head for x in (ln, "")]
        tags.append("head:spaced")
    me = " ".join(office.issuer_lines).capitalize()
    body = [b.format(ref=f"{rng.randint(100, 999)}/UBND-VX", rd=f"{rng.randint(1, 28)}/{rng.randint(1, 12)}/{year}",
                     src="Ủy ban nhân dân tỉnh", topic="tăng cường công tác quản lý", me=me, dl=f"30/11/{year}")
            for b in BODY]
    if cd_to:
        head += ["", title] + subject_lines + cd_to
    elif titled:
        head += ["", title] + subject_lines + ["", "Kính gửi: Các cơ quan, đơn vị liên quan." if doc_type == "Tờ trình" else ""]
    else:
        head += ["", rng.choice(["Kính gửi: Các cơ quan, đơn vị trực thuộc.",
                                 "Kính gửi:\n- Các sở, ban, ngành tỉnh;\n- Ủy ban nhân dân các huyện, thị xã."])]
    sign = rng.choice(office.signatures)
    if rng.random() < 0.08 and sign[0]:  # a page that prints the block in sentence case
        sign = (sign[0], sign[1].split("|")[0].capitalize(), [" ".join(sign[2]).capitalize()] if sign[2] else [])
        tags.append("sign:sentence_case")
    if third.random() < 0.15:
        sign = more.signature(third, office.signatures, office.signatures is UBND_SIGN) or sign
    if fourth.random() < 0.06 and sign[2]:
        sign = four.sentence_case(sign)
        tags.append("sign:title_sentence_case")
    signer_name = _name(rng)
    foot, tag = _foot(rng, office, sign, signer_name, "rows_one" if third.random() < 0.05 else None)
    tags.append(tag)
    tags.append(f"sign:{sign[0] or 'none'}:{len(sign[2])}")
    if foot[0] == "Nơi nhận:" and rng.random() < 0.15:  # "… thực hiện./.Nơi nhận:" glued by the page
        body, foot = body[:-1] + [body[-1] + foot[0]], foot[1:]
        tags.append("foot:glued")
    head, body, foot = _page(rng, head, body, foot, tags)
    text = "\n".join(head + [""] + body + ["", ""] + foot) + "\n"
    issuer = " ".join(office.issuer_lines)
    truth = {"number": symbol, "doc_type": doc_type, "issuer": issuer,
             "parent_issuer": " ".join(office.parent_lines) or None, "place": office.place, "date": iso,
             "subject": subject,
             "signer": {"authority": {"K/T": "KT.", "T/M": "TM."}.get(sign[0], sign[0]),
                        "capacity": sign[1] and sign[1].replace("|", " "),
                        "title": " ".join(sign[2]) or None, "name": signer_name}}
    return Variant(f"{seed}-{index:04d}", text, truth, tags)


# --------------------------------------------------------------------------- scoring


def _fields(pred: dict, truth: dict) -> dict[str, tuple]:
    out = {}
    for name in HEADER:
        if name.startswith("signer."):
            k = name.split(".", 1)[1]
            p, g = (pred.get("signer") or {}).get(k), (truth.get("signer") or {}).get(k)
        else:
            p, g = pred.get(name), truth.get(name)
        if name == "subject":
            p, g = subject_key(p), subject_key(g)
        out[name] = (_norm(p), _norm(g))
    return out


def evaluate(n: int = 600, seed: int = 7) -> tuple[dict[str, Counts], list[tuple[Variant, dict]]]:
    """Counts per header field over ``n`` variants, and each variant with its wrong fields."""
    from ..parse import parse_text, to_contract

    counts = {name: Counts() for name in HEADER}
    results = []
    for i in range(n):
        v = variant(seed, i)
        wrong = {}
        try:
            pred = to_contract(parse_text(v.text).fields)
        except Exception as exc:  # noqa: BLE001 - a failure of the parser is a finding: every field is missed
            pred, wrong["failure"] = {}, (f"{type(exc).__name__}: {exc}", None)
        for name, (p, g) in _fields(pred, v.truth).items():
            if p == g:
                counts[name].add(tp=1 if g is not None else 0)
            else:
                counts[name].add(fp=1 if p is not None else 0, fn=1 if g is not None else 0)
                wrong[name] = (p, g)
        results.append((v, wrong))
    return counts, results


def _report(counts: dict[str, Counts], results, show: str | None, limit: int, out) -> None:
    failed = sum(1 for _, wrong in results if "failure" in wrong)
    print(f"{len(results)} generated variants ({failed} failed to parse); F1 per header field", file=out)
    for name, c in counts.items():
        print(f"  {name:18} {c.f1:.3f}", file=out)
    by_tag: dict[str, Counter] = {}
    totals: Counter = Counter()
    for v, wrong in results:
        for t in v.tags:
            totals[t] += 1
            for name in wrong:
                by_tag.setdefault(name, Counter())[t] += 1
    for name, tags in by_tag.items():
        worst = sorted(tags.items(), key=lambda kv: -kv[1] / totals[kv[0]])[:6]
        print(f"{name}: " + ", ".join(f"{t} {k}/{totals[t]}" for t, k in worst), file=out)
    if show:
        shown = [(v, w) for v, w in results if show in w][:limit]
        for v, w in shown:
            print(f"\n=== {v.id} {' '.join(v.tags)}\n{show}: truth {w[show][1]!r} got {w[show][0]!r}", file=out)
            print(v.text, file=out)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description="Score the header fields on generated head and foot layouts.")
    ap.add_argument("--n", type=int, default=600, help="how many variants")
    ap.add_argument("--seed", type=int, default=7, help="the generator's seed")
    ap.add_argument("--show", help="print the variants this field is wrong on")
    ap.add_argument("--limit", type=int, default=6, help="with --show: how many")
    ap.add_argument("--json", action="store_true", help="print the F1 of each field as JSON")
    args = ap.parse_args(argv)
    counts, results = evaluate(args.n, args.seed)
    if args.json:
        scores = {name: round(c.f1, 4) for name, c in counts.items()}
        scores["failures"] = sum(1 for _, wrong in results if "failure" in wrong)
        print(json.dumps(scores, indent=1))
    else:
        _report(counts, results, args.show, args.limit, sys.stdout)
    return 0


if __name__ == "__main__":
    sys.exit(main())
