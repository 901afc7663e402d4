"""A label run in with its text whose colon a wrap put at a line's end (``Bảo đảm vệ sinh môi
trường …:`` / ``Ban Quản lý dự án chịu trách nhiệm …``) stays one paragraph with its text, on a
page whose paragraphs stand apart with blank lines; an introducing sentence with a blank line
under it still opens its list; made-up dispatches wrapped at 70 characters."""

from __future__ import annotations

from dispatch_tools.parse import parse_text, to_contract

PAGE = """ỦY BAN NHÂN DÂN
HUYỆN ĐỨC TRỌNG

Số: 845/UBND-KT
V/v sửa chữa đột xuất đường giao thông liên xã

CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc

Đức Trọng, ngày 12 tháng 9 năm 2025

Kính gửi: Ban Quản lý dự án đầu tư xây dựng huyện.

Ngày 05/9/2025, mưa lớn kéo dài làm sạt lở nền đường tại đoạn tuyến qua
thôn Phú Thạnh, gây mất an toàn cho người và phương tiện lưu thông.

Để kịp thời khắc phục, Ủy ban nhân dân huyện có ý kiến chỉ đạo như sau:

Phạm vi sửa chữa: đoạn tuyến dài 350 m từ cầu Phú Thạnh đến ngã ba Tân
Hội, gồm nền đường, mặt đường và rãnh dọc hai bên tuyến.

Thời gian thực hiện: hoàn thành trong tháng 10 năm 2025.

Bảo đảm an toàn giao thông, vệ sinh môi trường trong quá trình thi công:
Ban Quản lý dự án đầu tư xây dựng huyện chịu trách nhiệm chỉ đạo nhà
thầu bố trí biển báo, người hướng dẫn giao thông suốt thời gian thi công.

Phòng Tài chính - Kế hoạch thẩm định dự toán, trình Ủy ban nhân dân
huyện phê duyệt trước ngày 25/9/2025.

Nơi nhận:
Như trên;
Lưu: VT, KT.

KT. CHỦ TỊCH
PHÓ CHỦ TỊCH
Nguyễn Văn Hòa
"""


def test_a_label_with_its_colon_at_a_wrapped_lines_end_stays_with_its_text():
    tasks = to_contract(parse_text(PAGE).fields)["tasks"]
    label = [t for t in tasks if t["text"].startswith("Bảo đảm an toàn giao thông, vệ sinh môi trường")]
    assert len(label) == 1 and label[0]["assignees"][0] == "Ban Quản lý dự án đầu tư xây dựng huyện"
    assert not any(t["text"].startswith("Ban Quản lý dự án") for t in tasks)


def test_an_introducing_sentence_with_a_blank_line_under_it_opens_its_list():
    tasks = to_contract(parse_text(PAGE).fields)["tasks"]
    assert not any(t["text"].startswith("Để kịp thời khắc phục") for t in tasks)
