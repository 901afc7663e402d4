"""A subject wrapped before the dash of a span of years (``giai đoạn 2021`` / ``– 2025``) goes on
through the dash: the line is no list item, and the subject keeps the span."""

from dispatch_tools.parse import parse_text, to_contract
from dispatch_tools.parse.subject_text import join_subject_lines, wrapped_dash


def _subject(text: str) -> str:
    return to_contract(parse_text(text).fields)["subject"]


def _cv(*subject_lines: str, gap: str = "") -> str:
    return ("ỦY BAN NHÂN DÂN                       CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
            "XÃ HÒA BÌNH                           Độc lập - Tự do - Hạnh phúc\n"
            "Số: 214/UBND-VP                       Hòa Bình, ngày 12 tháng 3 năm 2026\n"
            + "".join(f"{line}\n" for line in subject_lines) + gap
            + "Kính gửi: Các thôn, tổ dân phố.\n\nỦy ban nhân dân xã đề nghị các thôn thực hiện.\n\n"
              "Trân trọng./.\n\nCHỦ TỊCH\n\nLê Văn Nam\n\nNơi nhận:\n- Như trên;\n- Lưu: VT.\n")


def test_year_span_wrapped_before_its_dash():
    text = _cv("V/v rà soát hộ nghèo áp", "dụng cho giai đoạn 2026", "– 2030")
    assert _subject(text) == "rà soát hộ nghèo áp dụng cho giai đoạn 2026 – 2030"


def test_year_span_wrapped_with_a_blank_line_under():
    text = _cv("V/v kế hoạch đầu tư công trung hạn giai đoạn 2026", "- 2030 của xã", gap="\n")
    assert _subject(text) == "kế hoạch đầu tư công trung hạn giai đoạn 2026 - 2030 của xã"


def test_a_dash_line_under_no_year_is_a_list_item():
    assert not wrapped_dash("- 2026 các thôn báo cáo", "đề nghị như sau:")
    assert wrapped_dash("– 2030", "giai đoạn 2026")
    assert join_subject_lines(["giai đoạn 2026", "– 2030"]) == "giai đoạn 2026 – 2030"


def _qd(*title_lines: str) -> str:
    return ("ỦY BAN NHÂN DÂN                       CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
            "PHƯỜNG TÂN AN                         Độc lập - Tự do - Hạnh phúc\n"
            "Số: 88/QĐ-UBND                        Tân An, ngày 05 tháng 01 năm 2026\n\nQUYẾT ĐỊNH\n"
            + "".join(f"{line}\n" for line in title_lines)
            + "Căn cứ Luật Tổ chức chính quyền địa phương ngày 16 tháng 6 năm 2025;\n\nQUYẾT ĐỊNH:\n\n"
              "Điều 1. Ban hành kèm theo Quyết định này Kế hoạch.\n\nCHỦ TỊCH\n\nTrần Văn Bình\n\n"
              "Nơi nhận:\n- Như Điều 1;\n- Lưu: VT.\n")


def test_a_point_printed_after_a_title_subject_is_kept():
    """A subject is kept as printed, its closing point too, as the development gold keeps the point closing
    a `V/v` subject (documents 110, 111, 137)."""
    text = _qd("Về việc ban hành Kế hoạch giảm nghèo giai đoạn 2026 - 2030.")
    assert _subject(text) == "ban hành Kế hoạch giảm nghèo giai đoạn 2026 - 2030."


def test_an_abbreviation_ending_a_title_keeps_its_point():
    text = _qd("Về việc giao chỉ tiêu cho các đơn vị thuộc TP.")
    assert _subject(text).endswith("thuộc TP.")
