"""An item labelled with the quarter it is due in (``Quý III/2026: tổ chức tập huấn …``): the quarter is
its deadline, never a body it is asked of (``Quý`` of courtesy, ``Quý cơ quan``, opens a body's name;
a quarter's number after it does not). Made-up dispatch."""

from __future__ import annotations

from dispatch_tools.parse import parse_text, to_contract

PAGE = """SỞ Y TẾ TỈNH BẮC HÀ
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Số: 210/SYT-NVY
V/v triển khai công tác an toàn thực phẩm năm 2026
Bắc Hà, ngày 05 tháng 3 năm 2026
Kính gửi: Các trung tâm y tế huyện.
Sở Y tế đề nghị các đơn vị thực hiện các nội dung sau:
- Quý II/2026: rà soát danh sách cơ sở kinh doanh dịch vụ ăn uống trên địa bàn.
- Quý 3/2026: tổ chức tập huấn kiến thức an toàn thực phẩm cho chủ cơ sở.
Nơi nhận:
- Như trên;
- Lưu: VT, NVY.
KT. GIÁM ĐỐC
PHÓ GIÁM ĐỐC
Trần Văn Minh
"""


def test_a_quarter_labelling_an_item_is_its_deadline_not_its_body():
    tasks = to_contract(parse_text(PAGE).fields)["tasks"]
    assert [t["deadline"] for t in tasks] == ["2026-06-30", "2026-09-30"]
    assert not any(a.lower().startswith("quý") for t in tasks for a in t["assignees"])



def test_the_body_after_a_quarter_label_is_the_items_own():
    page = PAGE.replace("- Quý II/2026: rà soát", "- Quý II/2026: Khoa An toàn thực phẩm rà soát")
    tasks = to_contract(parse_text(page).fields)["tasks"]
    assert [(t["assignees"], t["deadline"]) for t in tasks] == [
        (["Khoa An toàn thực phẩm"], "2026-06-30"), (["các đơn vị"], "2026-09-30")]
