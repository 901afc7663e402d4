"""A page on one line whose head carries stray words, and its foot's and heads' ends. Made-up
dispatches, unlike the development documents."""

from __future__ import annotations

from dispatch_tools.parse import parse_text, to_contract
from dispatch_tools.parse.flat import with_line_breaks

BODY = ("Kính gửi: Sở Xây dựng các tỉnh. Bộ Xây dựng đề nghị các đơn vị rà soát, tổng hợp số liệu nhà ở xã hội "
        "và gửi báo cáo về Bộ trước ngày 15/4/2025 để tổng hợp, báo cáo Thủ tướng Chính phủ./. ")
FOOT = "Nơi nhận: - Như trên; - Lưu: VT, QLN. KT. BỘ TRƯỞNG THỨ TRƯỞNG Nguyễn Văn Sinh"


def _read(text: str) -> dict:
    broken = with_line_breaks(text + "\n")
    assert len(broken) == len(text) + 1  # only spaces became breaks
    return to_contract(parse_text(text + "\n").fields)


def test_stray_lower_case_words_glued_after_the_issuer_stay_out_of_it():
    # a drawing's text ("hình vẽ") the page printed beside its head, run in before "Số:"
    head = ("BỘ XÂY DỰNG hình vẽ Số: 512/BXD-QLN CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM Độc lập - Tự do - Hạnh phúc "
            "------- V/v rà soát nhà ở xã hội năm 2025 Hà Nội, ngày 14 tháng 3 năm 2025 ")
    data = _read(head + BODY + FOOT)
    assert data["issuer"] == "BỘ XÂY DỰNG"
    assert data["number"] == "512/BXD-QLN"


def test_an_issuer_with_a_place_in_sentence_case_is_not_cut():
    head = ("UBND tỉnh Lào Cai Số: 512/UBND-XD CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM Độc lập - Tự do - Hạnh phúc "
            "------- V/v rà soát nhà ở xã hội năm 2025 Lào Cai, ngày 14 tháng 3 năm 2025 ")
    assert "UBND tỉnh Lào Cai\nSố" in with_line_breaks(head + BODY + FOOT)


def test_an_attachment_note_after_the_last_entry_stays_out_of_it():
    head = ("BỘ XÂY DỰNG CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM Độc lập - Tự do - Hạnh phúc ------- Số: 512/BXD-QLN "
            "V/v rà soát nhà ở xã hội năm 2025 Hà Nội, ngày 14 tháng 3 năm 2025 ")
    foot = ("Nơi nhận: - Như trên; - Lưu: VT, QLN (Kèm theo Quyết định số 12/QĐ-BXD) KT. BỘ TRƯỞNG THỨ TRƯỞNG "
            "Nguyễn Văn Sinh")
    data = _read(head + BODY + foot)
    assert data["distribution"] == ["Như trên", "Lưu: VT, QLN"]


def test_a_body_in_brackets_after_an_entry_stays_in_it():
    head = ("BỘ XÂY DỰNG CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM Độc lập - Tự do - Hạnh phúc ------- Số: 512/BXD-QLN "
            "V/v rà soát nhà ở xã hội năm 2025 Hà Nội, ngày 14 tháng 3 năm 2025 ")
    foot = ("Nơi nhận: - Như trên; - UBND các huyện (Phòng Kinh tế); - Lưu: VT, QLN. KT. BỘ TRƯỞNG THỨ TRƯỞNG "
            "Nguyễn Văn Sinh")
    data = _read(head + BODY + foot)
    assert data["distribution"] == ["Như trên", "UBND các huyện (Phòng Kinh tế)", "Lưu: VT, QLN"]


def test_a_sentence_run_on_after_the_signers_name_stays_out_of_it():
    head = ("BỘ XÂY DỰNG CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM Độc lập - Tự do - Hạnh phúc ------- Số: 512/BXD-QLN "
            "V/v rà soát nhà ở xã hội năm 2025 Hà Nội, ngày 14 tháng 3 năm 2025 ")
    foot = "Nơi nhận: - Như trên; - Lưu: VT, QLN. KT. BỘ TRƯỞNG THỨ TRƯỞNG Nguyễn Văn Sinh Phụ lục kèm theo"
    data = _read(head + BODY + foot)
    assert data["signer"]["title"] == "THỨ TRƯỞNG"
    assert data["signer"]["name"] == "Nguyễn Văn Sinh"


def test_a_stray_word_opening_with_a_capital_or_with_a_figure_stays_out_of_the_issuer():
    rest = (" Số: 512/SYT-NV CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM Độc lập - Tự do - Hạnh phúc V/v phòng chống dịch "
            "Quảng Nam, ngày 14 tháng 3 năm 2025 " + BODY + FOOT)
    assert _read("SỞ Y TẾ QUẢNG NAM Logo" + rest)["issuer"] == "SỞ Y TẾ QUẢNG NAM"
    assert _read("SỞ Y TẾ QUẢNG NAM text box 1" + rest)["issuer"] == "SỞ Y TẾ QUẢNG NAM"


def test_a_place_or_a_unit_after_the_capitals_is_not_cut_off():
    rest = (" Số: 512/SGDĐT-VP CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM Độc lập - Tự do - Hạnh phúc V/v tuyển sinh "
            "Lào Cai, ngày 14 tháng 3 năm 2025 " + BODY + FOOT)
    assert "SỞ GD&ĐT tỉnh Lào Cai\nSố" in with_line_breaks("SỞ GD&ĐT tỉnh Lào Cai" + rest)
    assert "SỞ Y TẾ Lào Cai\nSố" in with_line_breaks("SỞ Y TẾ Lào Cai" + rest)


def test_an_e_signatures_words_after_the_signers_name_stay_out_of_it():
    head = ("BỘ XÂY DỰNG CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM Độc lập - Tự do - Hạnh phúc ------- Số: 512/BXD-QLN "
            "V/v rà soát nhà ở xã hội năm 2025 Hà Nội, ngày 14 tháng 3 năm 2025 ")
    for foot in ("Nơi nhận: - Như trên; - Lưu: VT, QLN. KT. BỘ TRƯỞNG THỨ TRƯỞNG Nguyễn Văn Sinh "
                 "Người ký: Nguyễn Văn Sinh Email: sinh@moc.gov.vn",
                 "Nơi nhận: - Như trên; - Lưu: VT, QLN. BỘ TRƯỞNG Nguyễn Văn Sinh Người ký: Nguyễn Văn Sinh"):
        assert _read(head + BODY + foot)["signer"]["name"] == "Nguyễn Văn Sinh"


def test_a_four_word_name_at_the_pages_end_is_kept_whole():
    head = ("BỘ XÂY DỰNG CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM Độc lập - Tự do - Hạnh phúc ------- Số: 512/BXD-QLN "
            "V/v rà soát nhà ở xã hội năm 2025 Hà Nội, ngày 14 tháng 3 năm 2025 ")
    foot = "Nơi nhận: - Như trên; - Lưu: VT, QLN. KT. BỘ TRƯỞNG THỨ TRƯỞNG Nguyễn Thị Minh Khai"
    assert _read(head + BODY + foot)["signer"]["name"] == "Nguyễn Thị Minh Khai"


def test_the_distributions_entries_after_plus_signs_or_no_marker_are_apart():
    head = ("BỘ XÂY DỰNG CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM Độc lập - Tự do - Hạnh phúc ------- Số: 512/BXD-QLN "
            "V/v rà soát nhà ở xã hội năm 2025 Hà Nội, ngày 14 tháng 3 năm 2025 ")
    sign = " KT. BỘ TRƯỞNG THỨ TRƯỞNG Nguyễn Văn Sinh"
    for foot in ("Nơi nhận: + Như trên; + Thủ tướng Chính phủ (để b/c); + Lưu: VT, QLN.",
                 "Nơi nhận: Như trên; Thủ tướng Chính phủ (để b/c); Lưu: VT, QLN."):
        data = _read(head + BODY + foot + sign)
        assert data["distribution"] == ["Như trên", "Thủ tướng Chính phủ (để b/c)", "Lưu: VT, QLN"]
        assert data["signer"]["name"] == "Nguyễn Văn Sinh"


def test_a_name_in_capitals_after_a_title_with_no_prefix_is_apart_from_it():
    head = ("SỞ Y TẾ CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM Độc lập - Tự do - Hạnh phúc ------- Số: 512/SYT-NV "
            "V/v phòng chống dịch Quảng Nam, ngày 14 tháng 3 năm 2025 ")
    data = _read(head + BODY + "Nơi nhận: - Như trên; - Lưu: VT, NV. GIÁM ĐỐC TRẦN VĂN TÂN")
    assert data["signer"]["title"] == "GIÁM ĐỐC"
    assert data["signer"]["name"] == "Trần Văn Tân"  # as the same foot on its own lines reads


def test_a_title_in_sentence_case_with_no_prefix_is_apart_from_the_last_entry_and_the_name():
    head = ("SỞ Y TẾ CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM Độc lập - Tự do - Hạnh phúc ------- Số: 512/SYT-NV "
            "V/v phòng chống dịch Quảng Nam, ngày 14 tháng 3 năm 2025 ")
    data = _read(head + BODY + "Nơi nhận: - Như trên; - Lưu: VT, NV. Giám đốc Trần Văn Tân")
    assert data["distribution"] == ["Như trên", "Lưu: VT, NV"]
    assert (data["signer"]["title"], data["signer"]["name"]) == ("Giám đốc", "Trần Văn Tân")
