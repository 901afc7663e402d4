"""A body run together on one line gets its breaks back before list items printed in other styles
(``1)``, ``1/``, ``1-``, ``(1)``, ``2.1``, ``a.``, ``(a)``, ``ii)``, ``(iii)``, bullets), and not before
numbers, dates, symbols or references that look like them. Made-up dispatches, unlike the development
documents."""

from __future__ import annotations

from dispatch_tools.parse.body_lines import with_body_breaks

HEAD = ("ỦY BAN NHÂN DÂN\nTỈNH HÀ NAM\nSố: 512/UBND-VX\nV/v rà soát cơ sở y tế năm 2025\n"
        "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\nHà Nam, ngày 14 tháng 3 năm 2025\n")
FOOT = "\nNơi nhận:\n- Như trên;\n- Lưu: VT.\n"
OPENING = ("Thực hiện Công văn số 12/UBND-VX ngày 1/2/2025 của Ủy ban nhân dân tỉnh về việc rà soát cơ sở y tế, "
           "Ủy ban nhân dân tỉnh đề nghị các đơn vị thực hiện các nội dung sau: ")


def _body(body: str, entries: str = "Kính gửi: Sở Y tế.\n") -> list[str]:
    text = HEAD + entries + body + FOOT
    broken = with_body_breaks(text)
    assert len(broken) == len(text)  # only spaces became breaks
    return broken[len(HEAD) + len(entries):len(broken) - len(FOOT)].split("\n")


def _items(marks: list[str]) -> str:
    return OPENING + (f"{marks[0]} Rà soát các cơ sở khám chữa bệnh trên địa bàn, hoàn thành trước ngày 30/4/2025; "
                      f"{marks[1]} Tổng hợp số liệu, báo cáo Ủy ban nhân dân tỉnh trước ngày 15/5/2025; "
                      f"{marks[2]} Phối hợp với Sở Tài chính bố trí kinh phí thực hiện.")


def test_items_in_other_styles_run_together_get_their_breaks():
    for marks in (["1)", "2)", "3)"], ["1/", "2/", "3/"], ["1-", "2-", "3-"], ["(1)", "(2)", "(3)"],
                  ["2.1", "2.2", "2.3"], ["a.", "b.", "c."], ["a/", "b/", "c/"], ["(a)", "(b)", "(c)"],
                  ["i)", "ii)", "iii)"], ["(i)", "(ii)", "(iii)"], ["*", "*", "*"], ["▪", "▪", "▪"], ["○", "○", "○"]):
        lines = _body(_items(marks))
        assert [line.split(" ")[0] for line in lines[1:]] == marks, marks
        assert lines[0] == OPENING.rstrip()


def test_numbers_dates_symbols_and_references_stay_in_their_sentence():
    body = ("Thực hiện Công văn số 12/UBND-VX ngày 1/2/2025 của Ủy ban nhân dân tỉnh; căn cứ khoản 2.1 Điều 5 "
            "của Quy chế, Sở Y tế đề nghị các đơn vị rà soát hồ sơ. 2.1 triệu đồng mỗi cơ sở được cấp trong "
            "năm 1/2025 theo Quyết định số 1/ QĐ-UBND; thời gian họp từ 8 giờ a.m. đến 1-2 ngày. Các đơn vị "
            "thực hiện nghiêm túc, báo cáo kết quả về Sở Y tế trước ngày 30/4/2025 để tổng hợp chung.")
    assert _body(body) == [body]


def test_a_numbered_item_in_another_style_after_a_heading_in_capitals():
    body = ("Ủy ban nhân dân tỉnh ban hành Kế hoạch rà soát cơ sở y tế năm 2025 như sau: I. MỤC TIÊU, YÊU CẦU "
            "1/ Mục tiêu Nâng cao chất lượng khám chữa bệnh tại tuyến cơ sở trên địa bàn toàn tỉnh trong năm. "
            "2/ Yêu cầu Các đơn vị thực hiện nghiêm túc, đúng tiến độ đề ra trong Kế hoạch này.")
    lines = _body(body)
    assert [line[:5] for line in lines] == ["Ủy ba", "I. MỤ", "1/ Mụ", "2/ Yê"]


def test_a_point_s_letter_stays_with_the_paragraph_it_opens():
    body = (OPENING + "a. Rà soát các cơ sở khám chữa bệnh trên địa bàn, hoàn thành trước ngày 30/4/2025; "
            "b. Căn cứ kết quả rà soát, đề xuất phương án sắp xếp các trạm y tế xã trước ngày 15/5/2025.")
    lines = _body(body)
    assert [line[:8] for line in lines[1:]] == ["a. Rà so", "b. Căn c"]


def test_the_number_of_a_place_s_name_that_ends_a_sentence_is_not_an_item():
    body = (OPENING + "1. Rà soát chế độ thông tin, báo cáo định kỳ của các phường thuộc Quận 9. Trung tâm Văn hóa Quận 9 đề nghị Ban Văn hóa - Thông tin các phường "
            "gửi báo cáo tháng về Trung tâm trước ngày 25 hằng tháng để tổng hợp, báo cáo Ủy ban nhân dân quận.")
    lines = _body(body)
    assert lines[2].startswith("Trung tâm Văn hóa Quận 9 đề nghị")
    assert lines[1].endswith("thuộc Quận 9.")


def test_the_last_addressee_after_a_bullet_ends_before_the_body():
    entries = "Kính gửi: – Phó Chủ tịch Ủy ban nhân dân các phường;\n"
    body = ("▪ Ban Văn hóa - Thông tin các phường. Thực hiện Công văn số 891/UBND ngày 29 tháng 5 năm 2025 của "
            "Ủy ban nhân dân quận về thực hiện nghiêm chế độ thông tin, báo cáo định kỳ, Trung tâm Văn hóa đề nghị "
            "các phường gửi báo cáo tháng về Trung tâm trước ngày 25 hằng tháng.")
    lines = _body(body, entries)
    assert lines[0] == "▪ Ban Văn hóa - Thông tin các phường."


def test_a_word_of_one_letter_that_ends_a_sentence_stays_in_it():
    body = (OPENING + "1. Rà soát hồ sơ cấp phép hoạt động của các cơ sở khám chữa bệnh đã được Sở Y tế đồng ý. "
            "Thực hiện báo cáo kết quả về Ủy ban nhân dân tỉnh trước ngày 30/4/2025 để tổng hợp chung.")
    lines = _body(body)
    assert lines[1].endswith("Sở Y tế đồng ý.")
    assert lines[2].startswith("Thực hiện báo cáo")
