"""Signers of the northern and Central Highlands provinces, whose names printed in capitals open with
family names such as Sùng, Thào, Ksor, Siu, Rơ Mah, or with H' / K' (H'Yim Kđoh)."""

import pytest

from dispatch_tools.parse import parse_text, to_contract


def signed(name_line: str) -> dict:
    text = ("ỦY BAN NHÂN DÂN\nTỈNH LAI CHÂU\nSố: 12/UBND-VX\nV/v báo cáo\nLai Châu, ngày 02 tháng 01 năm 2018\n\n"
            "Kính gửi: Các sở, ban, ngành.\n\nĐề nghị các sở gửi báo cáo trước ngày 15/01/2018./.\n\n"
            f"Nơi nhận:\n- Như trên;\n- Lưu: VT.\n\nKT. CHỦ TỊCH\nPHÓ CHỦ TỊCH\n\n\n{name_line}\n")
    return to_contract(parse_text(text).fields)["signer"]


@pytest.mark.parametrize("printed, name", [
    ("SÙNG A HỒ", "Sùng A Hồ"),
    ("THÀO XUÂN SÙNG", "Thào Xuân Sùng"),
    ("VÀNG SEO SỬ", "Vàng Seo Sử"),
    ("SẦM VĂN BÌNH", "Sầm Văn Bình"),
    ("KSOR PHƯỚC", "Ksor Phước"),
    ("SIU HƯƠNG", "Siu Hương"),
    ("RƠ MAH TUẤN", "Rơ Mah Tuấn"),
    ("NAY PHI LA", "Nay Phi La"),
    ("ĐIỂU K'RÉ", "Điểu K'Ré"),
    ("H'YIM KĐOH", "H'Yim Kđoh"),
])
def test_a_highland_name_in_capitals_is_the_signer(printed, name):
    assert signed(printed)["name"] == name


def test_a_seal_read_under_the_signature_is_still_no_name():
    assert signed("TỈNH LAI CHÂU")["name"] is None


@pytest.mark.parametrize("name", ["Y Ngông Niê Kdăm", "Y Khoa Niê", "A Pớt", "Y Giang Gry Niê Knơng"])
def test_a_name_opening_with_y_or_a_in_normal_case_is_the_signer(name):
    # Ê Đê men's names open with "Y", Ba Na and Xơ Đăng men's with "A": a one-letter first word of a name
    assert signed(name)["name"] == name


def test_a_name_cut_by_the_signature_s_ink_is_still_no_name():
    assert signed("N ấn Hữu Vũ")["name"] is None
