"""An arrival stamp whose words stayed in the head's text (a text layer made by another OCR pass, a page
whose stamp was not found): they open no issuer and no subject, and give the register's Số đến and Ngày
đến. The documents are composed for the tests."""

from __future__ import annotations

from dispatch_tools.parse import parse_text, to_contract
from dispatch_tools.parse.stamp_lines import stamp_values, without_stamp_lines

MOTTO = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n"
SUBJECT = "Phê chuẩn kết quả bầu chức vụ Chủ tịch Ủy ban nhân dân tỉnh Bắc Ninh\nnhiệm kỳ 2021 - 2026\n"
BODY = ("THỦ TƯỚNG CHÍNH PHỦ\nCăn cứ Luật Tổ chức Chính phủ ngày 18 tháng 02 năm 2025;\nQUYẾT ĐỊNH:\n"
        "Điều 1. Phê chuẩn kết quả bầu chức vụ Chủ tịch Ủy ban nhân dân tỉnh Bắc Ninh đối với ông Nguyễn Văn An.\n"
        "Điều 2. Quyết định này có hiệu lực thi hành kể từ ngày ký./.\n"
        "Nơi nhận:\n- Như Điều 2;\n- Lưu: VT, TCCV.\nKT. THỦ TƯỚNG\nPHÓ THỦ TƯỚNG\nNguyễn Văn Bình\n")
DATED = "Hà Nội, ngày 21 tháng 3 năm 2026\nQUYẾT ĐỊNH\n"


def _read(head: str):
    fields = parse_text(head + BODY).fields
    return to_contract(fields), fields


def test_the_portals_stamp_under_the_issuer_is_no_issuer():
    out, fields = _read("THỦ TƯỚNG CHÍNH PHỦ\nCỔNG THÔNG TIN ĐIỆN TỬ CHÍNH PHỦ\nĐẾN Giờ: ........ Ngày: 22/3/26\n"
                        + MOTTO + "Số: 372/QĐ-TTg\n" + DATED + SUBJECT)
    assert (out["issuer"], out["parent_issuer"], out["number"]) == ("THỦ TƯỚNG CHÍNH PHỦ", None, "372/QĐ-TTg")
    assert out["subject"].startswith("Phê chuẩn") and out["date"] == "2026-03-21"
    assert (fields.arrival.date, fields.arrival.number) == ("2026-03-22", None)
    assert "arrival" not in fields.review  # the portal's stamp has no number to fill


def test_the_stamps_date_line_before_the_subject_opens_no_subject():
    out, fields = _read("THỦ TƯỚNG CHÍNH PHỦ\n" + MOTTO + "Số: 372/QĐ-TTg\n" + DATED + "ĐẾN Ngày: 22/3/26\n" + SUBJECT)
    assert out["subject"] == "Phê chuẩn kết quả bầu chức vụ Chủ tịch Ủy ban nhân dân tỉnh Bắc Ninh nhiệm kỳ 2021 - 2026"
    assert fields.arrival.date == "2026-03-22"


def test_an_offices_stamp_gives_its_number_date_and_time():
    out, fields = _read("BỘ Y TẾ\nCÔNG VĂN ĐẾN\nSố: 1234\nNgày: 5/4/2026\nGiờ: 8h30\n" + MOTTO + "Số: 372/QĐ-TTg\n"
                        + DATED + SUBJECT)
    assert (out["issuer"], out["number"]) == ("BỘ Y TẾ", "372/QĐ-TTg")
    assert (fields.arrival.number, fields.arrival.date, fields.arrival.time) == ("1234", "2026-04-05", "08:30")


def test_a_stamp_row_the_pen_filled_unreadably_is_flagged():
    _out, fields = _read("BỘ Y TẾ\nCÔNG VĂN ĐẾN\nSố: ........\nNgày: 22!3126\n" + MOTTO + "Số: 372/QĐ-TTg\n"
                         + DATED + SUBJECT)
    assert fields.arrival.number is None and fields.arrival.date is None and "arrival" in fields.review


def test_what_only_looks_like_a_stamp_stays():
    # a capital subject wrapped before "ĐẾN NĂM 2030", and the dispatch's own number under a stamp's title
    head = "ỦY BAN NHÂN DÂN\nTỈNH BẮC NINH\n" + MOTTO + "Số: 15/KH-UBND\nBắc Ninh, ngày 2 tháng 1 năm 2026\n"
    plan = head + "KẾ HOẠCH\nPHÁT TRIỂN GIAO THÔNG NÔNG THÔN GIAI ĐOẠN 2026 - 2030,\nĐẾN NĂM 2035\n"
    assert without_stamp_lines(plan) == plan and stamp_values(plan, None) is None
    stamped = "BỘ Y TẾ\nCV ĐẾN\nSố: 372/QĐ-TTg\n"
    assert without_stamp_lines(stamped) == "BỘ Y TẾ\n" + " " * 6 + "\nSố: 372/QĐ-TTg\n"


def test_a_title_whose_marks_another_engine_misread_is_the_stamps_too():
    text = "BỘ Y TẾ\nCÔNG VĂN ĐÉN\nSố: 1234\n" + MOTTO
    assert without_stamp_lines(text).split("\n")[1:3] == [" " * 12, " " * 8]
    assert stamp_values(text, None) == ("1234", None, None)
    # a sentence that opens on "Đến" is no stamp's title
    assert stamp_values("BỘ Y TẾ\nĐến nay, Số: 12\n", None) is None


LETTER = ("ỦY BAN NHÂN DÂN\nTỈNH QUẢNG NGÃI\nSố: 507 /UBND-KGVX\nV/v góp ý dự thảo Quyết định sửa\n"
          "đổi, bổ sung một số điều của\nQuyết định số 2269/QĐ-TTg\n{stamp}" + MOTTO
          + "Quảng Ngãi, ngày 24 tháng 01 năm 2025\nKính gửi: Sở Thông tin và Truyền thông\n"
          "Chủ tịch UBND tỉnh giao Sở Thông tin và Truyền thông chủ trì góp ý./.\n"
          "Nơi nhận:\n- Như trên;\n- Lưu: VT, KGVX.\nTL. CHỦ TỊCH\nKT. CHÁNH VĂN PHÒNG\nPHÓ CHÁNH VĂN PHÒNG\n"
          "Phùng Tô Long\n")
WHOLE_SUBJECT = "góp ý dự thảo Quyết định sửa đổi, bổ sung một số điều của Quyết định số 2269/QĐ-TTg"


def test_a_digital_signatures_stamp_under_the_subject_runs_into_no_subject():
    stamps = ["Ký bởi: Văn phòng Ủy ban nhân dân\ntỉnh Quảng Ngãi\nThời gian ký: 24.01.2025 15:02:11 +07:00\n",
              "Người ký: Văn phòng\nEmail: vpubnd@quangngai.gov.vn\nCơ quan: Tỉnh Quảng Ngãi\n"
              "Thời gian ký: 24.01.2025 15:02:11 +07:00\n",
              "caZZ/ +07:00\n"]  # what a photocopy leaves of one
    for stamp in stamps:
        fields = parse_text(LETTER.format(stamp=stamp)).fields
        assert fields.subject == WHOLE_SUBJECT, stamp
    fields = parse_text(LETTER.format(stamp=stamps[0])).fields
    esign, = fields.esign
    assert (esign.signed_by, esign.iso, esign.kind) == ("Văn phòng Ủy ban nhân dân tỉnh Quảng Ngãi",
                                                       "2025-01-24T15:02:11+07:00", "signature")
    other, = parse_text(LETTER.format(stamp=stamps[1])).fields.esign
    assert (other.signed_by, other.organisation) == ("Văn phòng", "Tỉnh Quảng Ngãi")
    assert parse_text(LETTER.format(stamp=stamps[2])).fields.esign == []  # no time left to read


def test_labels_with_no_signing_time_are_no_stamp():
    text = LETTER.format(stamp="Email: vpubnd@quangngai.gov.vn\n")
    assert without_stamp_lines(text) == text


def test_a_stamp_among_the_foots_lines_cuts_no_list_and_keeps_the_heads_lines():
    foot = ("ỦY BAN NHÂN DÂN\nTỈNH QUẢNG NGÃI\nSố: 507 /UBND-KGVX\nV/v góp ý dự thảo Quyết định\n" + MOTTO
            + "Quảng Ngãi, ngày 24 tháng 01 năm 2025\nKính gửi: Sở Thông tin và Truyền thông\n"
            "Chủ tịch UBND tỉnh giao Sở Thông tin và Truyền thông chủ trì góp ý./.\n"
            "TL. CHỦ TỊCH\nKT. CHÁNH VĂN PHÒNG\nPHÓ CHÁNH VĂN PHÒNG\nNơi nhận:\n- Như trên;\nKý bởi: Phùng Tô Long\n"
            "- Lưu: VT, KGVX.\nThời gian ký: 24.01.2025 15:02:11 +07:00\nPhùng Tô Long\n")
    fields = parse_text(foot).fields
    assert to_contract(fields)["distribution"] == ["Như trên", "Lưu: VT, KGVX"]
    assert fields.signer.name == "Phùng Tô Long" and fields.esign[0].signed_by == "Phùng Tô Long"
    # a head's line in capitals between a stamp's lines is no name the stamp wrapped
    head = "Ký bởi: Ủy ban nhân dân tỉnh Quảng Ngãi\nỦY BAN NHÂN DÂN\nThời gian ký: 04.02.2025 16:42:36 +07:00\n"
    assert without_stamp_lines(head).split("\n")[1] == "ỦY BAN NHÂN DÂN"


def test_a_copys_or_a_drafts_mark_over_the_head_is_no_body():
    page = ("{above}ỦY BAN NHÂN DÂN\nTỈNH QUẢNG NGÃI\n{under}" + MOTTO + "Số: 574/UBND-KTTH\n"
            "Quảng Ngãi, ngày 04 tháng 02 năm 2025\nV/v đăng ký bổ sung nội dung trình HĐND tỉnh\n"
            "Kính gửi: Thường trực HĐND tỉnh.\nĐề nghị Thường trực HĐND tỉnh xem xét./.\n"
            "Nơi nhận:\n- Như trên;\n- Lưu: VT.\nTM. ỦY BAN NHÂN DÂN\nCHỦ TỊCH\nTrần Phước Hiền\n")
    for mark in ("DỰ THẢO", "DỰ THẢO LẦN 2", "BẢN SAO", "SAO Y BẢN CHÍNH"):
        for where in ("above", "under"):
            out = to_contract(parse_text(page.format(**{"above": "", "under": "", where: mark + "\n"})).fields)
            assert (out["issuer"], out["parent_issuer"]) == ("ỦY BAN NHÂN DÂN TỈNH QUẢNG NGÃI", None), (mark, where)


def test_labels_that_say_den_are_the_stamps_too():
    text = "BỘ Y TẾ\nCÔNG VĂN ĐẾN\nSố đến: 1234\nNgày đến: 5/4/2026\n" + MOTTO
    blanked = without_stamp_lines(text).split("\n")
    assert blanked[0] == "BỘ Y TẾ" and not any(line.strip() for line in blanked[1:4]) and len(blanked[3]) == 18
    assert stamp_values(text, None) == ("1234", "2026-04-05", None)


def test_stamps_that_carry_no_label_but_their_time_are_found_by_it():
    page = ("{above}ỦY BAN NHÂN DÂN\nTỈNH QUẢNG NGÃI\n{under}" + MOTTO + "Số: 574/UBND-KTTH\n"
            "Quảng Ngãi, ngày 04 tháng 02 năm 2025\nV/v đăng ký bổ sung nội dung trình HĐND tỉnh\ntại kỳ họp thứ 31\n"
            "{after}Kính gửi: Thường trực HĐND tỉnh.\nĐề nghị Thường trực HĐND tỉnh xem xét./.\n"
            "Nơi nhận:\n- Như trên;\n- Lưu: VT.\nTM. ỦY BAN NHÂN DÂN\nCHỦ TỊCH\nTrần Phước Hiền\n")
    stamps = {"TRUNG TÂM CÔNG BÁO VÀ TIN HỌC\nttcbth@quangngai.gov.vn\n05.02.2025 08:09:28 +07:00\n":
              ("TRUNG TÂM CÔNG BÁO VÀ TIN HỌC", "stamp"),
              "SAO Y; ỦY BAN NHÂN DÂN THÀNH PHỐ CẦN THƠ; Thời gian ký: 2025-09-15T09:07:04+07:00\n":
              ("ỦY BAN NHÂN DÂN THÀNH PHỐ CẦN THƠ", "copy"),
              "Ủy ban Nhân dân tỉnh Quảng Ngãi\n04.02.2025 16:42:36 +07:00\n": ("Ủy ban Nhân dân tỉnh Quảng Ngãi", "stamp")}
    for stamp, (body, kind) in stamps.items():
        for where in ("above", "under", "after"):
            fields = parse_text(page.format(**{"above": "", "under": "", "after": "", where: stamp})).fields
            out = to_contract(fields)
            assert (out["issuer"], out["parent_issuer"]) == ("ỦY BAN NHÂN DÂN TỈNH QUẢNG NGÃI", None), (stamp, where)
            assert out["subject"] == "đăng ký bổ sung nội dung trình HĐND tỉnh tại kỳ họp thứ 31", (stamp, where)
            assert (fields.esign[0].signed_by, fields.esign[0].kind) == (body, kind)
    # the subject's last line over a time is no body's name; a sentence that gives a time is no stamp
    text = page.format(above="", under="", after="04.02.2025 16:42:36 +07:00\n")
    assert parse_text(text).fields.subject == "đăng ký bổ sung nội dung trình HĐND tỉnh tại kỳ họp thứ 31"
    said = "Cuộc họp bắt đầu lúc 04.02.2025 16:42:36 tại hội trường\n"
    assert without_stamp_lines(said) == said


def test_a_head_line_that_holds_the_issuer_the_number_and_the_portals_stamp():
    # the owner's reading of a photocopied page: the issuer, the number (its figures hand-written, read as
    # specks) and the portal's stamp run on one line; the symbol's rest opens no name
    out, _fields = _read("THỦ TƯỚNG CHÍNH PHỦ Số: #2? /QĐ-TTg “GỌNG THÔNG TIN ĐIỆN TỬ CHÍNH PHỦ\nĐẾN Ngày: 22!3126.\n"
                         + MOTTO + DATED + SUBJECT)
    assert (out["issuer"], out["parent_issuer"]) == ("THỦ TƯỚNG CHÍNH PHỦ", None)
    assert out["subject"].startswith("Phê chuẩn")
