"""A body's name never ends on the word that opens one (``Ban``, ``Trung tâm``): in ``Văn phòng thường
trực Ban Chỉ đạo phòng, chống dịch bệnh tỉnh tổng hợp …`` the capitalised ``Chỉ đạo`` goes on with the
name of the committee the office belongs to, and a long item is not broken before it as before an action
run into its heading (``1. Phòng Văn hóa và Thông tin Phối hợp với …``)."""

from __future__ import annotations

from dispatch_tools.parse import parse_text, to_contract

LETTER = """ỦY BAN NHÂN DÂN
TỈNH QUẢNG TRỊ
Số: 318/QĐ-UBND
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Quảng Trị, ngày 14 tháng 4 năm 2026
QUYẾT ĐỊNH
Ban hành Quy chế phối hợp phòng, chống dịch bệnh trên địa bàn tỉnh
CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH
QUYẾT ĐỊNH:
Điều 1. Tổ chức thực hiện
1. Sở Y tế chủ trì theo dõi tình hình dịch bệnh trên địa bàn, báo cáo Ủy ban nhân dân tỉnh khi có ổ dịch mới.
2. Văn phòng thường trực Ban Chỉ đạo phòng, chống dịch bệnh tỉnh tổng hợp báo cáo của các sở, ngành, địa phương về tình hình vật tư, thuốc, trang thiết bị phục vụ phòng, chống dịch trước ngày 20 tháng 6 năm 2026 để phục vụ công tác chỉ đạo, điều hành của Ban Chỉ đạo.
Điều 2. Quyết định này có hiệu lực thi hành kể từ ngày ký.
Điều 3. Chánh Văn phòng Ủy ban nhân dân tỉnh, Giám đốc Sở Y tế và Thủ trưởng các cơ quan, đơn vị liên quan chịu trách nhiệm thi hành Quyết định này./.
Nơi nhận:
- Như Điều 3;
- Lưu: VT, VX.
CHỦ TỊCH
Hồ Văn Lâm
"""


def test_an_office_of_a_committee_is_not_broken_before_the_committees_name():
    tasks = to_contract(parse_text(LETTER).fields)["tasks"]
    office = next(t for t in tasks if t["text"].startswith("Văn phòng thường trực"))
    assert office["assignees"] == ["Văn phòng thường trực Ban Chỉ đạo phòng, chống dịch bệnh tỉnh"]
    assert office["deadline"] == "2026-06-20"
    assert len(tasks) == 3
