"""Addressee lists as some offices print them: a full stop after every dashed entry (the next dashed
body is the next entry, not the body's first item), and a name wrapped before its place (``Ủy ban
nhân dân tỉnh`` / ``Hà Nam``). Made-up dispatches."""

from __future__ import annotations

import pytest

from dispatch_tools.parse import parse_text, to_contract

HEAD = ("ỦY BAN NHÂN DÂN\nTỈNH HÀ NAM\nSố: 12/UBND-VX\n\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
        "Độc lập - Tự do - Hạnh phúc\nHà Nam, ngày 3 tháng 2 năm 2025\n\nV/v báo cáo kết quả\n\n")
BODY = ("Đề nghị các đơn vị báo cáo kết quả trước ngày 20/2/2025.\n\n"
        "Nơi nhận:\n- Như trên;\n- Lưu: VT.\n")


def _read(addressees: str) -> dict:
    return to_contract(parse_text(HEAD + addressees + BODY).fields)


@pytest.mark.parametrize("addressees, recipients", [
    ("Kính gửi:\n- Sở Tài chính.\n- Sở Nội vụ.\n- Sở Y tế.\n\n", ["Sở Tài chính", "Sở Nội vụ", "Sở Y tế"]),
    ("Kính gửi: - Sở Tài chính.\n- Sở Nội vụ.\n\n", ["Sở Tài chính", "Sở Nội vụ"]),
    ("Kính gửi:\n- Ủy ban nhân dân các huyện, thị xã, thành phố.\n- Các sở, ban, ngành thuộc tỉnh.\n\n",
     ["Ủy ban nhân dân các huyện, thị xã, thành phố", "Các sở, ban, ngành thuộc tỉnh"]),
])
def test_a_full_stop_after_every_entry_ends_no_list(addressees, recipients):
    read = _read(addressees)
    assert read["recipients"] == recipients
    assert len(read["tasks"]) == 1  # the entries are no tasks


def test_a_dashed_body_that_acts_under_such_an_entry_is_the_body_s_item():
    read = _read("Kính gửi:\n- Sở Tài chính.\n- Sở Y tế triển khai ngay việc rà soát.\n\n")
    assert read["recipients"] == ["Sở Tài chính"]


@pytest.mark.parametrize("addressees, recipients", [
    ("Kính gửi:\nỦy ban nhân dân tỉnh\nHà Nam\n\n", ["Ủy ban nhân dân tỉnh Hà Nam"]),
    ("Kính gửi: Ủy ban nhân dân huyện\nKim Bảng.\n\n", ["Ủy ban nhân dân huyện Kim Bảng"]),
    ("Kính gửi: Sở Y tế tỉnh\nHà Nam\n\n", ["Sở Y tế tỉnh Hà Nam"]),
    ("Kính gửi:\nỦy ban nhân dân tỉnh;\nSở Y tế.\n\n", ["Ủy ban nhân dân tỉnh", "Sở Y tế"]),  # two entries
])
def test_a_name_wrapped_before_its_place(addressees, recipients):
    assert _read(addressees)["recipients"] == recipients


@pytest.mark.parametrize("addressees, recipients", [
    ("Kính gửi: Ban Chỉ huy phòng thủ dân sự các tỉnh, thành phố trực thuộc\nTrung ương\n\n",
     ["Ban Chỉ huy phòng thủ dân sự các tỉnh, thành phố trực thuộc Trung ương"]),
    ("Kính gửi: Sở Giáo dục và Đào tạo các tỉnh Long An, Bến Tre và Sở Giáo dục và Đào tạo tỉnh Tây\n"
     "Ninh\n\n", ["Sở Giáo dục và Đào tạo các tỉnh Long An, Bến Tre và Sở Giáo dục và Đào tạo tỉnh Tây Ninh"]),
    ("Kính gửi: Ban Quản lý các khu công nghiệp tỉnh Thừa Thiên\nHuế.\n\n",
     ["Ban Quản lý các khu công nghiệp tỉnh Thừa Thiên Huế"]),
])
def test_a_name_left_open_at_a_line_s_end_is_finished_by_the_short_line_under_it(addressees, recipients):
    assert _read(addressees)["recipients"] == recipients


@pytest.mark.parametrize("addressees, recipients", [
    ("Kính gửi:\n- Sở Y tế tỉnh Tây Ninh;\n- Sở Tài chính.\n\n", ["Sở Y tế tỉnh Tây Ninh", "Sở Tài chính"]),
    ("Kính gửi: Các đơn vị trực thuộc\n\n", ["Các đơn vị trực thuộc"]),
])
def test_a_finished_name_takes_no_line_under_it(addressees, recipients):
    assert _read(addressees)["recipients"] == recipients
