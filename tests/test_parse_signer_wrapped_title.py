"""A signer's title wrapped onto a second line in capitals that could be read as a name (``VIÊN CHỨC``,
``TỔNG HỢP``: Viên and Tổng are family names) goes on with the title when the signer's name follows
below it in normal case; alone under the title, such a line is still the name."""

import pytest

from dispatch_tools.parse import parse_text, to_contract


def signer(foot: str) -> dict:
    text = ("SỞ Y TẾ\nSố: 12/SYT-KH\nV/v báo cáo\nQuảng Ngãi, ngày 02 tháng 01 năm 2025\n\nKính gửi: Các bệnh viện.\n\n"
            "Đề nghị các bệnh viện báo cáo trước ngày 15/01/2025./.\n\nNơi nhận:\n- Như trên;\n- Lưu: VT.\n\n" + foot)
    return to_contract(parse_text(text).fields)["signer"]


@pytest.mark.parametrize("foot, title, name", [
    ("KT. GIÁM ĐỐC\nPHÓ TRƯỞNG PHÒNG TỔ CHỨC CÁN BỘ,\nVIÊN CHỨC\n\n\nNguyễn Văn An\n",
     "PHÓ TRƯỞNG PHÒNG TỔ CHỨC CÁN BỘ, VIÊN CHỨC", "Nguyễn Văn An"),
    ("TL. HIỆU TRƯỞNG\nTRƯỞNG PHÒNG HÀNH CHÍNH\nTỔNG HỢP\n\n\nLê Thị Bình\n",
     "TRƯỞNG PHÒNG HÀNH CHÍNH TỔNG HỢP", "Lê Thị Bình"),
])
def test_a_wrapped_title_is_no_name_when_the_name_follows(foot, title, name):
    got = signer(foot)
    assert (got["title"], got["name"]) == (title, name)


@pytest.mark.parametrize("foot, name", [
    ("KT. GIÁM ĐỐC\nPHÓ GIÁM ĐỐC\nNGUYỄN VĂN AN\n", "Nguyễn Văn An"),
    ("KT. GIÁM ĐỐC\nPHÓ GIÁM ĐỐC\nVIÊN CHỨC\n", "Viên Chức"),
])
def test_a_name_in_capitals_under_the_title_is_still_the_name(foot, name):
    got = signer(foot)
    assert (got["title"], got["name"]) == ("PHÓ GIÁM ĐỐC", name)
