"""The signer read from a foot an OCR pass cut: a name the signature's ink cut (its first letter
read apart: ``N ấn Hữu Vũ``) is no name; a title wrapped after its dash keeps it (made-up dispatches)."""

from __future__ import annotations

from dispatch_tools.parse import parse_text, to_contract

PAGE = ("SỞ KHOA HỌC VÀ CÔNG NGHỆ\nTỈNH LONG AN\nSố: 502/SKHCN-QLKH\nV/v đăng ký đề tài năm 2026\n\n"
        "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n\nTân An, ngày 4 tháng 11 năm 2025\n\n"
        "Kính gửi: Các sở, ban, ngành tỉnh.\n\nĐề nghị các đơn vị đăng ký đúng hạn./.\n\n"
        "Nơi nhận:\n- Như trên;\n- Lưu: VT.\n\nKT. GIÁM ĐỐC\nPHÓ GIÁM ĐỐC\n\n{name}\n")


def test_a_name_cut_by_the_signature_is_not_taken():
    assert to_contract(parse_text(PAGE.format(name="N ấn Hữu Vũ")).fields)["signer"]["name"] != "N ấn Hữu Vũ"


def test_a_whole_name_is_taken():
    assert to_contract(parse_text(PAGE.format(name="Nguyễn Hữu Vũ")).fields)["signer"]["name"] == "Nguyễn Hữu Vũ"


WRAPPED = ("BỘ NỘI VỤ\nSố: 12/BNV-KHTC\nV/v báo cáo số liệu năm 2025\n\n"
           "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n\nHà Nội, ngày 4 tháng 10 năm 2025\n\n"
           "Kính gửi: Các Bộ, ngành.\n\nĐề nghị các đơn vị báo cáo đúng hạn./.\n\n"
           "Nơi nhận:\n- Như trên;\n- Lưu: VT, KHTC.\n\nTL. BỘ TRƯỞNG\n{title}\n\nTrương Hải Long\n")


def test_a_title_wrapped_after_its_dash_keeps_the_dash():
    # the narrow column wraps the unit's name after " -": the dash is the title's, no speck
    data = to_contract(parse_text(WRAPPED.format(title="VỤ TRƯỞNG VỤ KẾ HOẠCH -\nTÀI CHÍNH")).fields)
    assert data["signer"]["title"] == "VỤ TRƯỞNG VỤ KẾ HOẠCH - TÀI CHÍNH"
    assert data["signer"]["name"] == "Trương Hải Long"


def test_a_title_on_one_line_is_as_printed():
    data = to_contract(parse_text(WRAPPED.format(title="VỤ TRƯỞNG VỤ KẾ HOẠCH - TÀI CHÍNH")).fields)
    assert data["signer"]["title"] == "VỤ TRƯỞNG VỤ KẾ HOẠCH - TÀI CHÍNH"


def test_an_office_cut_in_two_by_a_space_is_joined_and_flagged():
    from dispatch_tools.model import Fields, Signer
    from dispatch_tools.parse.signer_name import check_signer

    fields = Fields()
    fields.signer = Signer(authority="TL.", capacity="BỘ TRƯ ỞNG", title="VỤ TRƯỞNG VỤ PHÁP CHẾ", name="Lê Văn An")
    check_signer(fields)
    assert fields.signer.capacity == "BỘ TRƯỞNG" and "signer.capacity" in fields.review
    fields.signer = Signer(authority="TL.", capacity="BỘ TRƯỞNG", title="VỤ TRƯỞNG VỤ PHÁP CHẾ", name="Lê Văn An")
    check_signer(fields)
    assert fields.signer.capacity == "BỘ TRƯỞNG"


def test_a_family_names_capital_read_as_a_figure_is_put_back_and_flagged():
    # "1rân Văn Lâu": the T of the family name read as a figure under the signature's stroke; only T makes
    # "?rân" a family name once folded
    fields = parse_text(PAGE.format(name="1rân Văn Lâu")).fields
    assert fields.signer.name == "Trân Văn Lâu" and "1rân Văn Lâu" in fields.review["signer.name"]
    # a capital that several family names could open with is not guessed ("1ô": Tô, Hồ, Võ, Đỗ …)
    assert parse_text(PAGE.format(name="1ô Văn An")).fields.signer.name != "Tô Văn An"
    assert "signer.name" not in parse_text(PAGE.format(name="Trần Văn Lâu")).fields.review


def test_a_read_name_gets_its_family_names_tone_back():
    from dispatch_tools.model import Fields, Signer
    from dispatch_tools.parse.signer_name import check_signer

    fields = Fields()
    fields.signer = Signer(authority="TM.", capacity="ỦY BAN NHÂN DÂN", title="CHỦ TỊCH", name="Trân Văn Lâu")
    check_signer(fields)
    assert fields.signer.name == "Trần Văn Lâu" and "signer.name" in fields.review
