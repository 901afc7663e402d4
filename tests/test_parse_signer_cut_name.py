"""A signer's name the signature's ink cut (its first letter read apart: ``N ấn Hữu Vũ``) is no
name: a family name has two letters or more (made-up dispatch)."""

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
