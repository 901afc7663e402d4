"""A page read by OCR with no blank line between its parts: the body's opening sentence run on
under a subject that opens with ``Về``, and the body's first line right under the last addressee
of a dashed list (made-up dispatches)."""

from __future__ import annotations

from dispatch_tools.parse import parse_text, to_contract

_HEAD = ("TRƯỜNG ĐẠI HỌC CẦN THƠ\nSố: 45 /TB-ĐHCT\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
         "Độc lập - Tự do - Hạnh phúc\nCần Thơ, ngày 3 tháng 4 năm 2025\nTHÔNG BÁO\n")
_FOOT = ("1. Phòng Công tác chính trị chủ trì tổ chức hội thao trước ngày 30/4/2025.\n"
         "2. Các đơn vị đăng ký danh sách vận động viên.\nNơi nhận:\n- Các đơn vị;\n- Lưu: VT, CTCT.\n"
         "KT. HIỆU TRƯỞNG\nPHÓ HIỆU TRƯỞNG\nTrần Văn Lâm\n")


def _subject(text: str) -> str | None:
    return to_contract(parse_text(text).fields)["subject"]


def test_the_opening_sentence_run_on_under_ve_viec_is_not_the_subject():
    text = (_HEAD + "Về việc tổ chức hội thao cán bộ, viên chức năm 2025\n"
            "Nhà trường thông báo đến các đơn vị về việc tổ chức hội thao cán bộ, viên\n"
            "chức năm 2025 như sau:\n" + _FOOT)
    assert _subject(text) == "tổ chức hội thao cán bộ, viên chức năm 2025"


def test_a_subject_under_ve_keeps_its_lines_before_the_opening_sentence():
    text = (_HEAD + "Về tăng cường công tác quản lý, bảo vệ rừng mùa khô\nnăm 2025\n"
            "Mùa khô năm 2025 được dự báo nắng nóng kéo dài, nguy cơ cháy rừng ở\n"
            "mức cao. Để chủ động phòng cháy, chữa cháy rừng, Nhà trường yêu cầu:\n" + _FOOT)
    assert _subject(text) == "Về tăng cường công tác quản lý, bảo vệ rừng mùa khô năm 2025"


def test_a_name_tied_to_the_line_above_stays_in_the_subject():
    text = (_HEAD + "Về việc tổ chức hội thao cán bộ, viên chức tại\nCần Thơ năm 2025\n"
            "Nhà trường thông báo đến các đơn vị kế hoạch tổ chức hội thao như sau:\n" + _FOOT)
    assert _subject(text) == "tổ chức hội thao cán bộ, viên chức tại Cần Thơ năm 2025"


def test_an_opening_sentence_alone_under_the_title_is_still_no_subject():
    text = _HEAD + "Nhà trường thông báo đến các đơn vị kế hoạch tổ chức hội thao như sau:\n" + _FOOT
    assert not _subject(text)


_CD = ("BỘ NÔNG NGHIỆP VÀ MÔI TRƯỜNG\nSố: 07 /CĐ-BNNMT\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
       "Độc lập - Tự do - Hạnh phúc\nHà Nội, ngày 11 tháng 7 năm 2025\nCÔNG ĐIỆN\n"
       "Về việc tập trung phòng, chống bệnh dịch tả lợn châu Phi\n"
       "BỘ TRƯỞNG BỘ NÔNG NGHIỆP VÀ MÔI TRƯỜNG điện:\n"
       "- Chủ tịch Ủy ban nhân dân các tỉnh, thành phố trực thuộc Trung ương;\n{last}\n"
       "Thời gian gần đây, bệnh dịch tả lợn châu Phi tái phát tại nhiều địa phương.\n"
       "Để kịp thời ngăn chặn, Bộ trưởng đề nghị các địa phương thực hiện các nội dung sau:\n"
       "1. Các lực lượng chức năng tăng cường kiểm soát vận chuyển lợn.\n"
       "Nơi nhận:\n- Như trên;\n- Lưu: VT, CNTY.\nBỘ TRƯỞNG\nĐỗ Đức Duy\n")


def test_the_body_right_under_the_last_addressee_is_not_part_of_it():
    got = to_contract(parse_text(_CD.format(last="- Cục Chăn nuôi và Thú y.")).fields)["recipients"]
    assert got == ["Chủ tịch Ủy ban nhân dân các tỉnh, thành phố trực thuộc Trung ương",
                   "Cục Chăn nuôi và Thú y"]



def test_a_short_line_under_the_last_addressee_is_left_to_the_rules_before():
    from dispatch_tools.parse.addressees import _body_after_stop
    from dispatch_tools.parse.context import Context

    text = "- Ủy ban nhân dân TP.\nHồ Chí Minh.\n"
    ctx = Context(text)
    assert not _body_after_stop(ctx, [0, len("- Ủy ban nhân dân TP.")], "Hồ Chí Minh.")


def test_a_colon_read_after_the_title_of_a_cong_dien_is_not_its_sender_line():
    text = _CD.format(last="- Cục Chăn nuôi và Thú y.").replace("CÔNG ĐIỆN\n", "CÔNG ĐIỆN:\n")
    got = to_contract(parse_text(text).fields)
    assert got["recipients"] == ["Chủ tịch Ủy ban nhân dân các tỉnh, thành phố trực thuộc Trung ương",
                                 "Cục Chăn nuôi và Thú y"]
    assert got["subject"] == "tập trung phòng, chống bệnh dịch tả lợn châu Phi"
