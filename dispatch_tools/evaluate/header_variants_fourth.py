"""A fourth seeded draw of the header variants (:mod:`.header_variants`): what Decree 30, the Party's
and the Youth Union's guides (``../shared/docs/FORMAT.md``) allow and the first three draws do not
make, from a generator of its own so that their variants stay as they were where it leaves them alone.

- offices under a ministry (a ``TỔNG CỤC`` or ``CỤC``, a hospital, an institute), a department of a
  ``TỔNG CỤC`` in a province, universities under a national or regional university, a province's
  council boards and committees' boards, Party committees of a sector and Youth Union boards, with the
  parent's and the body's names each over one or two lines (``BỘ NÔNG NGHIỆP`` / ``VÀ PHÁT TRIỂN
  NÔNG THÔN`` / ``TỔNG CỤC THỦY LỢI``);
- công điện heads: type name ``CÔNG ĐIỆN``, a subject line or none, and the addressees after
  ``<sender> điện:`` in place of ``Kính gửi``;
- a subject after a bare ``Về`` (``Về thực hiện chế độ báo cáo``);
- the national title over two lines (``CỘNG HÒA XÃ HỘI`` / ``CHỦ NGHĨA VIỆT NAM``), ``CỘNG HOÀ``, a
  motto with en dashes, a rule printed on the issuer's or the motto's line (``BỘ CÔNG THƯƠNG -------``),
  a number on the line under ``Số:``, each header column printed as one paragraph;
- signature blocks with a second authority line from a ministry's or a university's offices
  (``TL. BỘ TRƯỞNG`` / ``KT. CỤC TRƯỞNG CỤC …`` / ``PHÓ CỤC TRƯỞNG``), and titles in sentence case.
"""

from __future__ import annotations

import random

# (parent, body, code, signatures); {tinh} and {prov} are filled in with a province
UNDER_MINISTRY = [
    ("BỘ NÔNG NGHIỆP VÀ PHÁT TRIỂN NÔNG THÔN", "TỔNG CỤC THỦY LỢI", "TCTL"),
    ("BỘ TÀI NGUYÊN VÀ MÔI TRƯỜNG", "TỔNG CỤC MÔI TRƯỜNG", "TCMT"),
    ("BỘ TÀI CHÍNH", "TỔNG CỤC HẢI QUAN", "TCHQ"),
    ("BỘ KẾ HOẠCH VÀ ĐẦU TƯ", "TỔNG CỤC THỐNG KÊ", "TCTK"),
    ("BỘ VĂN HÓA, THỂ THAO VÀ DU LỊCH", "TỔNG CỤC DU LỊCH", "TCDL"),
    ("BỘ GIAO THÔNG VẬN TẢI", "CỤC ĐƯỜNG BỘ VIỆT NAM", "CĐBVN"),
    ("BỘ Y TẾ", "CỤC Y TẾ DỰ PHÒNG", "DP"),
    ("BỘ THÔNG TIN VÀ TRUYỀN THÔNG", "CỤC AN TOÀN THÔNG TIN", "CATTT"),
    ("BỘ LAO ĐỘNG - THƯƠNG BINH VÀ XÃ HỘI", "CỤC VIỆC LÀM", "CVL"),
    ("BỘ CÔNG THƯƠNG", "TỔNG CỤC QUẢN LÝ THỊ TRƯỜNG", "TCQLTT"),
    ("BỘ KHOA HỌC VÀ CÔNG NGHỆ", "TỔNG CỤC TIÊU CHUẨN ĐO LƯỜNG CHẤT LƯỢNG", "TĐC"),
    ("BỘ Y TẾ", "BỆNH VIỆN BẠCH MAI", "BVBM"),
    ("BỘ NỘI VỤ", "BAN THI ĐUA - KHEN THƯỞNG TRUNG ƯƠNG", "BTĐKT"),
    ("BỘ GIÁO DỤC VÀ ĐÀO TẠO", "CỤC QUẢN LÝ CHẤT LƯỢNG", "QLCL"),
]
UNDER_MINISTRY_SIGN = [("KT.", "CỤC TRƯỞNG", ["PHÓ CỤC TRƯỞNG"]), ("KT.", "TỔNG CỤC TRƯỞNG", ["PHÓ TỔNG CỤC TRƯỞNG"]),
                       ("TL.", "BỘ TRƯỞNG", ["PHÓ CỤC TRƯỞNG"], "KT. CỤC TRƯỞNG"),
                       ("TUQ.", "BỘ TRƯỞNG", ["CỤC TRƯỞNG"]), ("Q.", "CỤC TRƯỞNG", []),
                       ("TL.", "TỔNG CỤC TRƯỞNG", ["CHÁNH VĂN PHÒNG"]), (None, None, ["GIÁM ĐỐC"])]
# a national body's department in a province, under that body
PROVINCIAL = [("TỔNG CỤC HẢI QUAN", "CỤC HẢI QUAN {prov}", "HQ"), ("TỔNG CỤC THỐNG KÊ", "CỤC THỐNG KÊ {prov}", "CTK"),
              ("TỔNG CỤC QUẢN LÝ THỊ TRƯỜNG", "CỤC QUẢN LÝ THỊ TRƯỜNG {prov}", "QLTT"),
              ("NGÂN HÀNG NHÀ NƯỚC VIỆT NAM", "CHI NHÁNH {prov}", "NHNN"),
              ("KIỂM TOÁN NHÀ NƯỚC", "KIỂM TOÁN NHÀ NƯỚC KHU VỰC IV", "KTNN")]
PROVINCIAL_SIGN = [("KT.", "CỤC TRƯỞNG", ["PHÓ CỤC TRƯỞNG"]), (None, None, ["CỤC TRƯỞNG"]),
                   ("KT.", "GIÁM ĐỐC", ["PHÓ GIÁM ĐỐC"]), ("TL.", "CỤC TRƯỞNG", ["CHÁNH VĂN PHÒNG"])]
# (parent, body, code, place)
UNIVERSITIES = [("ĐẠI HỌC QUỐC GIA HÀ NỘI", "TRƯỜNG ĐẠI HỌC KHOA HỌC XÃ HỘI VÀ NHÂN VĂN", "XHNV", "Hà Nội"),
                ("ĐẠI HỌC ĐÀ NẴNG", "TRƯỜNG ĐẠI HỌC BÁCH KHOA", "ĐHBK", "Đà Nẵng"),
                ("ĐẠI HỌC THÁI NGUYÊN", "TRƯỜNG ĐẠI HỌC SƯ PHẠM", "ĐHSP", "Thái Nguyên"),
                ("BỘ CÔNG THƯƠNG", "TRƯỜNG ĐẠI HỌC CÔNG NGHIỆP HÀ NỘI", "ĐHCN", "Hà Nội"),
                ("BỘ GIÁO DỤC VÀ ĐÀO TẠO", "TRƯỜNG ĐẠI HỌC CẦN THƠ", "ĐHCT", "Cần Thơ"),
                ("TRƯỜNG ĐẠI HỌC Y DƯỢC TP. HỒ CHÍ MINH", "KHOA Y", "KY", "TP. Hồ Chí Minh"),
                ("ĐẠI HỌC HUẾ", "TRƯỜNG ĐẠI HỌC KINH TẾ", "ĐHKT", "Tp. Huế")]
UNIVERSITY_SIGN = [("KT.", "HIỆU TRƯỞNG", ["PHÓ HIỆU TRƯỞNG"]), ("TL.", "HIỆU TRƯỞNG", ["TRƯỞNG PHÒNG CÔNG TÁC SINH VIÊN"]),
                   ("TL.", "HIỆU TRƯỞNG", ["PHÓ TRƯỞNG PHÒNG"], "KT. TRƯỞNG PHÒNG ĐÀO TẠO"),
                   ("Q.", "HIỆU TRƯỞNG", []), (None, None, ["HIỆU TRƯỞNG"]), ("KT.", "TRƯỞNG KHOA", ["PHÓ TRƯỞNG KHOA"])]
# a province's own bodies: (parent, body, code, signatures)
PROVINCE_BODIES = [
    ("HĐND {prov}", "BAN KINH TẾ - NGÂN SÁCH", "BKTNS",
     [("TM.", "BAN KINH TẾ - NGÂN SÁCH", ["TRƯỞNG BAN"]), ("KT.", "TRƯỞNG BAN", ["PHÓ TRƯỞNG BAN"])]),
    ("HỘI ĐỒNG NHÂN DÂN {prov}", "BAN VĂN HÓA - XÃ HỘI", "BVHXH",
     [("TM.", "BAN VĂN HÓA - XÃ HỘI", ["PHÓ TRƯỞNG BAN"]), (None, None, ["TRƯỞNG BAN"])]),
    ("UBND {prov}", "BAN QUẢN LÝ CÁC KHU CÔNG NGHIỆP", "BQLKCN",
     [("KT.", "TRƯỞNG BAN", ["PHÓ TRƯỞNG BAN"]), (None, None, ["TRƯỞNG BAN"])]),
    ("ỦY BAN NHÂN DÂN {prov}", "VĂN PHÒNG", "VP",
     [("KT.", "CHÁNH VĂN PHÒNG", ["PHÓ CHÁNH VĂN PHÒNG"]), (None, None, ["CHÁNH VĂN PHÒNG"])]),
    ("UBND {prov}", "BAN CHỈ ĐẠO PHÒNG, CHỐNG THIÊN TAI VÀ TÌM KIẾM CỨU NẠN", "BCĐ",
     [("KT.", "TRƯỞNG BAN", ["PHÓ TRƯỞNG BAN THƯỜNG TRỰC"]), ("TM.", "BAN CHỈ ĐẠO", ["TRƯỞNG BAN"])]),
    ("SỞ Y TẾ {prov}", "TRUNG TÂM KIỂM SOÁT BỆNH TẬT", "KSBT",
     [("KT.", "GIÁM ĐỐC", ["PHÓ GIÁM ĐỐC"]), (None, None, ["GIÁM ĐỐC"])]),
]
PARTY_SECTOR = [("ĐẢNG BỘ {prov}", "ĐẢNG ỦY KHỐI DOANH NGHIỆP", "ĐUK"),
                ("ĐẢNG ỦY KHỐI CÁC CƠ QUAN TRUNG ƯƠNG", "ĐẢNG ỦY BỘ TƯ PHÁP", "ĐU"),
                ("TỈNH ỦY {tinh}", "BAN NỘI CHÍNH", "BNCTU"),
                ("ĐẢNG BỘ {prov}", "ĐẢNG ỦY CÔNG AN TỈNH", "ĐU")]
PARTY_SIGN = [("T/M", "BAN THƯỜNG VỤ", ["BÍ THƯ"]), ("K/T", "BÍ THƯ", ["PHÓ BÍ THƯ"]), ("TM.", "ĐẢNG ỦY", ["PHÓ BÍ THƯ"]),
              ("KT.", "TRƯỞNG BAN", ["PHÓ TRƯỞNG BAN THƯỜNG TRỰC"]), ("TL.", "BAN THƯỜNG VỤ", ["CHÁNH VĂN PHÒNG"])]
BAN_SIGN = [("KT.", "TRƯỞNG BAN", ["PHÓ TRƯỞNG BAN"]), (None, None, ["TRƯỞNG BAN"]),
            ("TL.", "BAN THƯỜNG VỤ", ["TRƯỞNG BAN"])]
COUNCIL_SIGN = [("TM.", "THƯỜNG TRỰC HỘI ĐỒNG ĐỘI", ["CHỦ TỊCH"]), ("KT.", "CHỦ TỊCH", ["PHÓ CHỦ TỊCH"])]
YOUTH = [("TỈNH ĐOÀN {tinh}", "BAN TỔ CHỨC - KIỂM TRA", "BTCKT", BAN_SIGN),
         ("BCH TỈNH ĐOÀN {tinh}", "BAN PHONG TRÀO", "BPT", BAN_SIGN),
         ("THÀNH ĐOÀN {tinh}", "HỘI ĐỒNG ĐỘI", "HĐĐ", COUNCIL_SIGN),
         ("BAN CHẤP HÀNH TRUNG ƯƠNG", "HỘI ĐỒNG ĐỘI TRUNG ƯƠNG", "HĐĐTW", COUNCIL_SIGN)]

# công điện: subjects, the sender's line, the addressees
CD_SUBJECTS = ["Về việc tập trung ứng phó khẩn cấp với bão số {n}", "Về việc chủ động ứng phó với mưa lũ, sạt lở đất",
               "Về việc tăng cường công tác phòng cháy, chữa cháy trong mùa khô",
               "Tập trung khắc phục hậu quả mưa lũ và ổn định đời sống nhân dân",
               "Về việc tăng cường các biện pháp cấp bách phòng, chống dịch bệnh",
               "Chỉ đạo bảo đảm trật tự, an toàn giao thông dịp Tết Nguyên đán"]
CD_TO = [["- Chủ tịch Ủy ban nhân dân các tỉnh, thành phố trực thuộc Trung ương;",
          "- Các Bộ: Quốc phòng, Công an, Nông nghiệp và Môi trường."],
         ["- Giám đốc các sở, ban, ngành tỉnh;", "- Chủ tịch Ủy ban nhân dân các huyện, thị xã, thành phố."],
         ["- Đồng chí Bí thư và Chủ tịch Ủy ban nhân dân các tỉnh, thành phố trực thuộc Trung ương"],
         ["- Giám đốc Sở Y tế các tỉnh, thành phố trực thuộc Trung ương;", "- Thủ trưởng các đơn vị trực thuộc Bộ."]]
# a sender's line for each kind of office (by its tag)
CD_SENDER = {"office:central": ["THỦ TƯỚNG CHÍNH PHỦ"], "office:ministry": ["BỘ TRƯỞNG {issuer}"],
             "office:ubnd": ["CHỦ TỊCH {issuer}", "{issuer}"], "office:district": ["{issuer}", "CHỦ TỊCH {issuer}"],
             "office:so": ["GIÁM ĐỐC {issuer}"], "office:town": ["{issuer}"], "wide:commune": ["{issuer}"],
             "office:under_ministry": ["{issuer}"]}


def office(rng: random.Random, make_office, province) -> object:
    """An office of the kinds above, built with ``make_office`` (the ``Office`` class) and
    ``province`` (a draw of (printed name, place, level))."""
    prov, place, _level = province(rng)
    tinh = prov.split(" ", 1)[1] if prov.startswith("TỈNH") else prov.replace("THÀNH PHỐ ", "")
    kind = rng.choice(["under_ministry", "under_ministry", "provincial", "university", "province_body",
                       "party_sector", "youth"])
    if kind == "under_ministry":
        parent, body, code = rng.choice(UNDER_MINISTRY)
        o = make_office([parent], [body], code, "Hà Nội", "state", UNDER_MINISTRY_SIGN, "fourth:under_ministry")
    elif kind == "provincial":
        parent, body, code = rng.choice(PROVINCIAL)
        o = make_office([parent], [body.format(prov=prov)], code, place, "state", PROVINCIAL_SIGN, "fourth:provincial")
    elif kind == "university":
        parent, body, code, where = rng.choice(UNIVERSITIES)
        o = make_office([parent], [body], code, where, "state", UNIVERSITY_SIGN, "fourth:university")
    elif kind == "province_body":
        parent, body, code, signs = rng.choice(PROVINCE_BODIES)
        o = make_office([parent.format(prov=prov)], [body], code, place, "state", signs, "fourth:province_body")
    elif kind == "party_sector":
        parent, body, code = rng.choice(PARTY_SECTOR)
        central = "TRUNG ƯƠNG" in parent
        o = make_office([parent.format(prov=prov, tinh=tinh)], [body], code, "Hà Nội" if central else place, "party",
                        PARTY_SIGN, "fourth:party_sector")
    else:
        parent, body, code, signs = rng.choice(YOUTH)
        central = "TRUNG ƯƠNG" in parent
        o = make_office([parent.format(tinh=tinh)], [body], code, "Hà Nội" if central else place, "youth",
                        signs, "fourth:youth")
    return o


def wrap_names(rng: random.Random, o, wrap, places: list[str]) -> str | None:
    """The parent's and the body's names each over two lines now and then, as a narrow column wraps
    them: two words or more on each line, never inside a province's name (``places``, in capitals);
    a tag or None."""
    tags = []
    if len(o.parent_lines) == 1 and len(o.parent_lines[0]) > 18 and rng.random() < 0.6:
        lines = _column_wrap(rng, o.parent_lines[0], wrap, places)  # "KHO BẠC" / "NHÀ NƯỚC", "UBND TỈNH" / "BẮC KẠN"
        if lines:
            o.parent_lines = lines
            tags.append("parent2")
    if len(o.issuer_lines) == 1 and len(o.issuer_lines[0]) > 24 and rng.random() < 0.3:
        lines = _column_wrap(rng, o.issuer_lines[0], wrap, places)
        if lines:
            o.issuer_lines = lines
            tags.append("issuer2")
    return "names:" + "+".join(tags) if tags else None


def _column_wrap(rng: random.Random, name: str, wrap, places: list[str]) -> list[str] | None:
    for _ in range(3):
        lines = wrap(rng, name, 2)
        if len(lines) == 2 and all(len(x.split()) >= 2 for x in lines) and not any(
                p in name and p not in lines[0] and p not in lines[1] for p in places):
            return lines
    return None


def cong_dien(rng: random.Random, o, year: int) -> tuple[list[str], str | None, list[str]]:
    """(the lines under ``CÔNG ĐIỆN`` before the addressees, the subject's truth, the addressee
    lines with the sender's ``… điện:`` first)."""
    subject = None
    lines: list[str] = []
    if rng.random() < 0.7:
        subject = rng.choice(CD_SUBJECTS).format(n=rng.randint(1, 12))
        if rng.random() < 0.3:
            subject = subject.upper()
        words = subject.split()
        if len(words) > 8 and rng.random() < 0.5:
            k = rng.randint(4, len(words) - 3)
            lines = [" ".join(words[:k]), " ".join(words[k:])]
        else:
            lines = [subject]
        lines += [rng.choice(["-----------", "_______", ""])]
    issuer = " ".join(o.issuer_lines)
    sender = rng.choice(CD_SENDER.get(o.tag, ["{issuer}"])).format(issuer=issuer)
    verb = rng.choice(["điện:", "điện:", "ĐIỆN:"])
    sent = [f"{sender} {verb}"]
    if len(sender) > 30 and rng.random() < 0.3:  # the sender's line wrapped
        words = sender.split()
        k = rng.randint(2, len(words) - 1)
        sent = [" ".join(words[:k]), " ".join(words[k:]) + " " + verb]
    return [x for x in lines if x], subject, sent + rng.choice(CD_TO)


def motto(rng: random.Random, kind: str, motto_lines: list[str]) -> tuple[list[str], str | None]:
    """The motto printed another way a page prints it, and a tag (state heads only)."""
    if kind not in ("state", "mass"):
        return motto_lines, None
    lines = list(motto_lines)
    style = rng.choice(["wrapped", "en_dash", "hoa", "wrapped_en_dash"])
    if "hoa" in style:
        lines[0] = lines[0].replace("HÒA", "HOÀ")
    if "en_dash" in style:
        lines[1] = lines[1].replace(" - ", " – ")
    if "wrapped" in style:
        lines = ["CỘNG HÒA XÃ HỘI" if "HÒA" in lines[0] else "CỘNG HOÀ XÃ HỘI", "CHỦ NGHĨA VIỆT NAM"] + lines[1:]
    return lines, f"motto:{style}"


def glue_rule(rng: random.Random):
    """A function that prints the rule on the issuer's last line (``BỘ CÔNG THƯƠNG -------``)."""
    sep = rng.choice([" ", ""])
    return lambda names, rule: names[:-1] + [names[-1] + sep + (rule or "-------")]


def sentence_case(sign: tuple) -> tuple:
    """A signature block whose title is printed as a sentence names an office (``Phó Chủ tịch``,
    ``Cục trưởng``), the prefix and capacity left in capitals."""
    words = " ".join(sign[2]).lower().split()
    k = 2 if words[0] == "phó" and len(words) > 1 else 1
    title = " ".join([w.capitalize() for w in words[:k]] + words[k:])
    return (sign[0], sign[1], [title]) + tuple(sign[3:4])


def subject_ve(rng: random.Random, text: str, wrap) -> tuple[list[str], str, str]:
    """A công văn's subject after a bare ``Về`` (no ``việc``, no colon)."""
    lines = wrap(rng, text, rng.choice([1, 2, 2, 3]))
    lines[0] = "Về " + lines[0]
    return lines, text, "subject:Về_bare"
