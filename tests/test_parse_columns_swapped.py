"""A head printed with its right column first (the national title and the motto, then the
issuer's lines), as legal-document sites print it: a ``Về việc …`` line under the issuer's lines
is still the subject; made-up dispatches."""

from __future__ import annotations

import pytest

from dispatch_tools.parse import parse_text, to_contract

LEFT = ["HỘI LIÊN HIỆP PHỤ NỮ", "TỈNH BẮC GIANG", "BAN TUYÊN GIÁO"]
RIGHT = ["CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc"]
REST = [
    "Về việc hưởng ứng cuộc thi viết về gương phụ nữ tiêu biểu",
    "Bắc Giang, ngày 12 tháng 3 năm 2025",
    "",
    "Kính gửi: Hội Liên hiệp Phụ nữ các huyện, thành phố",
    "",
    "Thực hiện kế hoạch năm 2025, Ban Tuyên giáo đề nghị Hội Liên hiệp Phụ nữ các huyện, thành phố "
    "tuyên truyền, vận động hội viên tham gia cuộc thi, gửi bài dự thi trước ngày 30/4/2025.",
]


@pytest.mark.parametrize("right", [RIGHT, RIGHT + ["---------------", ""],
                                   ["CỘNG HÒA XÃ HỘI", "CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc"]])
def test_a_subject_under_the_issuer_when_the_right_column_comes_first(right):
    data = to_contract(parse_text("\n".join(right + LEFT + REST) + "\n").fields)
    assert data["subject"] == "hưởng ứng cuộc thi viết về gương phụ nữ tiêu biểu"
    assert data["issuer"] == "BAN TUYÊN GIÁO"

