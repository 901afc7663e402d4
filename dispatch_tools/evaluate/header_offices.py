"""The offices the generated heads of :mod:`.header_variants` are drawn from: names, places,
symbol codes and signature blocks of state bodies (provinces, districts, Sở, ministries and the
bodies under them, the central government), Party, Youth Union and mass-organisation committees
and universities, composed from the conventions of ``../shared/docs/FORMAT.md`` and the lexicons
of ``models/parse``. Seeded draws only; no document of ``../shared`` is read.
"""

from __future__ import annotations

import random
from dataclasses import dataclass

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


# --------------------------------------------------------------------------- offices


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
