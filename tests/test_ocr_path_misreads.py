"""Misreads of the OCR path found where its parse disagreed with the text path's
(:mod:`dispatch_tools.evaluate.agreement`): each a page's sign read as another."""

from __future__ import annotations

from dispatch_tools.parse import parse_text

HEAD = """ỦY BAN NHÂN DÂN
HUYỆN ĐỨC TRỌNG

Số: 562/UBND-NN
{subject}

CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc

Đức Trọng, ngày 07 tháng 6 năm 2024

Kính gửi: Ủy ban nhân dân các xã, thị trấn.

Ủy ban nhân dân huyện đề nghị Ủy ban nhân dân các xã, thị trấn kiểm soát chặt chẽ việc vận
chuyển lợn trên địa bàn./.

Nơi nhận:
- Như trên;
- Lưu: VT.

{authority} CHỦ TỊCH
PHÓ CHỦ TỊCH

Lê Quang Vinh
"""


def _fields(subject="V/v tăng cường phòng, chống dịch tả lợn châu Phi", authority="KT."):
    return parse_text(HEAD.format(subject=subject, authority=authority)).fields


def test_a_v_slash_v_read_as_vn_under_the_number_opens_the_subject():
    fields = _fields(subject="VN tăng cường phòng, chống dịch tả lợn châu Phi")
    assert fields.subject == _fields().subject
    assert "tăng cường phòng, chống dịch tả lợn châu Phi" in fields.subject
    assert not fields.subject.startswith("VN")


def test_an_authority_whose_full_stop_was_read_as_a_colon_is_the_authority():
    fields = _fields(authority="KT:")
    assert (fields.signer.authority, fields.signer.capacity, fields.signer.title, fields.signer.name) == \
        ("KT.", "CHỦ TỊCH", "PHÓ CHỦ TỊCH", "Lê Quang Vinh")


def test_a_figure_of_the_number_read_as_z_is_a_two():
    """``56: Z1/TTVH``: the 2 of a number read as Z (and the label as 56:) is mended before the parse."""
    from dispatch_tools.repair.specks import speck_edits

    assert (4, 6, "21") in speck_edits("56: Z1/TTVH\nVề thực hiện chế độ thông tin")
    assert (5, 7, "20") in speck_edits("ngày Z0 tháng 02 năm 2014")
    assert not any(e[2].startswith("2") for e in speck_edits("Nhà máy Z bàn giao 12 xe"))


def test_a_mark_read_apart_from_its_letter_at_the_end_of_a_line_is_dropped():
    """``Chủ tịch Tôn Đức Thắng ˆ``: the engine read the ắ's hat as a word of its own; a spacing
    mark never stands alone in print."""
    from dispatch_tools.repair.specks import speck_edits

    text = "V/v tuyên truyền kỷ niệm 130 năm Ngày\nsinh Chủ tịch Tôn Đức Thắng ˆ\n\nKính gửi:"
    start = text.index(" ˆ")
    assert (start, start + 2, "") in speck_edits(text)
    assert not any(e[0] >= start for e in speck_edits(text.replace(" ˆ", " -")))  # a dash alone stays


def test_a_dash_alone_after_a_list_introduction_is_a_speck():
    """``… thực hiện các nội dung sau: -`` with a blank line or the first item after it: a list's dash
    is printed at the start of its item's line, so the introduction ends with its colon again (and its
    items keep the bodies it names); a dash that opens the next line's name is kept."""
    from dispatch_tools.repair.specks import speck_edits

    text = "đề nghị các Sở GDĐT tập trung\nchỉ đạo, tổ chức thực hiện các nội dung sau: -\n\nA. NHIỆM VỤ CHUNG"
    start = text.index(" -")
    assert (start, start + 2, "") in speck_edits(text)
    assert speck_edits("Kính gửi: -\nỦy ban nhân dân tỉnh Hà Tĩnh") == []
    assert speck_edits("phát triển kinh tế -\nxã hội của tỉnh") == []


def test_a_semicolon_read_as_a_colon_between_two_posts_parts_them():
    """``Bộ trưởng Bộ Nông nghiệp và Môi trường: Chủ tịch Ủy ban nhân dân …``: the engine read the
    semicolon between two posts as a colon; after ``Các ông, bà`` or ``Giám đốc các Sở`` a colon
    stays one."""
    from dispatch_tools.parse.bodies import split_bodies

    assert split_bodies("Bộ trưởng Bộ Tài chính, Bộ trưởng Bộ Nông nghiệp và Môi trường: Chủ tịch Ủy ban nhân dân "
                        "các tỉnh nêu trên và Thủ trưởng các cơ quan có liên quan") == [
        "Bộ Tài chính", "Bộ Nông nghiệp và Môi trường", "Ủy ban nhân dân các tỉnh nêu trên", "các cơ quan có liên quan"]
    assert split_bodies("Các ông, bà: Chánh Văn phòng UBND tỉnh; Giám đốc các Sở: Giáo dục và Đào tạo, Tài chính") == [
        "Văn phòng UBND tỉnh", "Sở Giáo dục và Đào tạo", "Sở Tài chính"]


def test_a_look_alike_of_i_alone_after_a_name_is_the_numeral_one():
    """``Khu Quản lý đường bộ ï``: the engine read the numeral that ends the name as ``ï``."""
    from dispatch_tools.repair import restore

    assert restore("Giao Khu Quản lý đường bộ ï triển khai thực hiện.", read_by_ocr=True).text == (
        "Giao Khu Quản lý đường bộ I triển khai thực hiện.")


def test_a_speck_read_after_a_body_s_name_is_no_part_of_it():
    # "1. Trách nhiệm của Bộ Quốc phòng „": a speck at the heading line's end read as a mark
    from dispatch_tools.parse.bodies import split_bodies

    assert split_bodies("Bộ Quốc phòng „") == ["Bộ Quốc phòng"]
    assert split_bodies("Sở Y tế ~, Sở Tài chính") == ["Sở Y tế", "Sở Tài chính"]
