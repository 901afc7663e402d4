"""A deputy's title under ``KT.`` misread by OCR where the seal and the signature cover it: read as
the title the capacity announces (``THỨ TRƯỞNG`` under ``BỘ TRƯỞNG``, ``PHÓ X`` under ``X``), in the
line's case; a known title, a name or a line far from it stays as it is. Made-up texts, in the shape
OCR gives a scan's foot."""

from __future__ import annotations

import pytest

from dispatch_tools.parse import parse_text, to_contract
from dispatch_tools.parse.deputy_title import deputy_title, mended_title

HEAD = ("BỘ NÔNG NGHIỆP VÀ MÔI TRƯỜNG\nSố: 512/BNNMT-KH\nV/v báo cáo kết quả thực hiện kế hoạch năm 2025\n\n"
        "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n\n"
        "Hà Nội, ngày 3 tháng 11 năm 2025\n\nKính gửi: Sở Nông nghiệp và Môi trường các tỉnh.\n\n"
        "Đề nghị các Sở báo cáo kết quả trước ngày 20/11/2025./.\n\n"
        "Nơi nhận:\n- Như trên;\n- Lưu: VT, KH.\n\n")


def _read(foot: str) -> dict:
    return to_contract(parse_text(HEAD + foot).fields)


def _signer(foot: str) -> dict:
    return _read(foot)["signer"]


@pytest.mark.parametrize("foot, title", [
    ("KT. BỘ TRƯỞNG\nTHL. TRƯỞNG\n\nLê Minh Hoan\n", "THỨ TRƯỞNG"),
    ("KT. THỦ TƯỚNG\n\nPhá Thủ tướng\n\n(Đã ký)\n\nTrần Hồng Hà\n", "Phó Thủ tướng"),
    ("KT. BỘ TRƯỞNG, CHỦ NHIỆM\nPHÓ CHỦ hì HIẾM\n\nĐỗ Văn Chiến\n", "PHÓ CHỦ NHIỆM"),
    ("KT. GIÁM ĐỐC\nPHÓ:IHỦ GIÁM ĐỐC\n\nNguyễn Thị Lan\n", "PHÓ GIÁM ĐỐC"),
    ("KT. BỘ TRƯỞNG\nTHỦ TRƯỜNG\n\nLê Minh Hoan\n", "THỨ TRƯỞNG"),  # its marks misread: the head's title
    ("KT. GIÁM ĐỐC\nPHỤ TRÁCH KẾ TOÁN\n\nNguyễn Thị Lan\n", None),  # far from PHÓ GIÁM ĐỐC: as read
])
def test_a_deputys_title_misread_under_the_seal(foot, title):
    read = _read(foot)
    signer = read["signer"]
    if title is not None:
        assert signer["title"] == title
        assert signer["authority"] == "KT."
        note = read["review"]["signer.title"]  # a title put in place of the line read is flagged
        assert f"“{title}”" in note
    else:
        assert signer["title"] != "PHÓ GIÁM ĐỐC"


@pytest.mark.parametrize("foot, title, name", [
    ("KT. BỘ TRƯỞNG\nTHỨ TRƯỞNG\n\nLê Minh Hoan\n", "THỨ TRƯỞNG", "Lê Minh Hoan"),
    ("KT. CHỦ TỊCH\nPHÓ CHỦ TỊCH THƯỜNG TRỰC\n\nPhan Văn Mãi\n", "PHÓ CHỦ TỊCH THƯỜNG TRỰC", "Phan Văn Mãi"),
    ("KT. CHÁNH THANH TRA\nPHÓ THANH TRA.\n\nVõ Thị Hạnh\n", "PHÓ THANH TRA", "Võ Thị Hạnh"),  # shorter, right
    ("TL. BỘ TRƯỞNG\nVỤ TRƯỞNG VỤ KẾ HOẠCH\n\nNguyễn Văn Việt\n", "VỤ TRƯỞNG VỤ KẾ HOẠCH", "Nguyễn Văn Việt"),
])
def test_titles_read_right_stay_as_they_are(foot, title, name):
    read = _read(foot)
    assert (read["signer"]["title"], read["signer"]["name"]) == (title, name)
    assert "signer.title" not in read["review"]


def test_the_title_a_capacity_announces():
    assert deputy_title("BỘ TRƯỞNG") == "THỨ TRƯỞNG"
    assert deputy_title("BỘ TRƯỞNG, CHỦ NHIỆM") == "PHÓ CHỦ NHIỆM"
    assert deputy_title("Chủ tịch") == "PHÓ CHỦ TỊCH"
    assert deputy_title("CHỬU NHIỆM") is None  # a capacity misread itself announces nothing
    assert mended_title("Nguyễn Văn Phó", "CHỦ TỊCH") is None  # a name
    assert mended_title("PHÓ CHỦ NHIỆM", "CHỦ NHIỆM ỦY BAN") is None  # a known title, shorter
    assert mended_title("PHÓ CHỦ TỊCH", "CHỦ TỊCH") is None  # already right
