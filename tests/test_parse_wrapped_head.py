"""A page whose text layer is hard-wrapped (a PDF's lines cut at one width, words kept): a flattened
page cut into lines reads as a flat page, and a head's line cut by the wrap (a subject, a place and
date) is joined again; made-up dispatches, unlike the development documents."""

from __future__ import annotations

from dispatch_tools.parse import parse_text, to_contract
from dispatch_tools.parse.flat import with_line_breaks
from dispatch_tools.parse.flat_wrapped import head_joined


def _wrap(text: str, width: int = 70) -> str:
    """Each line cut at the last space before ``width`` characters, as a PDF's text layer does."""
    out = []
    for line in text.split("\n"):
        while len(line) > width and line.rfind(" ", 0, width) > 0:
            cut = line.rfind(" ", 0, width)
            out.append(line[:cut])
            line = line[cut + 1:]
        out.append(line)
    return "\n".join(out)


FLAT = ("ỦY BAN NHÂN DÂN HUYỆN ĐÔNG ANH CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM Độc lập - Tự do - Hạnh phúc "
        "Số: 315/UBND-NV V/v rà soát đội ngũ công chức cấp xã năm 2025 Đông Anh, ngày 8 tháng 4 năm 2025 "
        "Kính gửi: - Ủy ban nhân dân các xã, thị trấn; - Phòng Tài chính - Kế hoạch huyện. Để chuẩn bị "
        "cho việc sắp xếp đơn vị hành chính cấp xã, Ủy ban nhân dân huyện đề nghị các đơn vị rà soát số "
        "lượng, chất lượng đội ngũ công chức và gửi báo cáo về Phòng Nội vụ trước ngày 20/4/2025./. "
        "Nơi nhận: - Như trên; - Lưu: VT, NV. KT. CHỦ TỊCH PHÓ CHỦ TỊCH Nguyễn Văn Thành\n")

STACKED = """ỦY BAN NHÂN DÂN TỈNH NINH BÌNH
SỞ GIÁO DỤC VÀ ĐÀO TẠO
Số: 412/SGDĐT-TCCB
V/v hướng dẫn kiểm tra, đánh giá chất lượng đội ngũ giáo viên mầm non năm học 2025 - 2026
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Ninh Bình, ngày 14 tháng 8 năm 2025

Kính gửi: Phòng Giáo dục và Đào tạo các huyện, thành phố.

Thực hiện kế hoạch năm học 2025 - 2026 của Ủy ban nhân dân tỉnh, Sở Giáo dục và Đào tạo hướng dẫn các đơn vị tổ chức kiểm tra, đánh giá chất lượng đội ngũ giáo viên mầm non như sau:
1. Các phòng giáo dục và đào tạo xây dựng kế hoạch kiểm tra tại các trường mầm non trên địa bàn, bảo đảm đúng thời gian và nội dung.
2. Tổng hợp kết quả kiểm tra, gửi về Sở Giáo dục và Đào tạo (qua Phòng Tổ chức cán bộ) trước ngày 15/10/2025.

Nơi nhận:
- Như trên;
- Lưu: VT, TCCB.

GIÁM ĐỐC

Trần Thị Hồng Nhung
"""

TABBED = STACKED.replace("Số: 412/SGDĐT-TCCB\nV/v hướng dẫn kiểm tra, đánh giá chất lượng đội ngũ giáo viên mầm non "
                         "năm học 2025 - 2026\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n"
                         "Ninh Bình, ngày 14 tháng 8 năm 2025",
                         "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\nSố: 412/SGDĐT-TCCB\n"
                         "V/v hướng dẫn kiểm tra, đánh giá chất lượng đội ngũ\tNinh Bình, ngày 14 tháng 8 năm 2025\n"
                         "giáo viên mầm non năm học 2025 - 2026")


def test_a_flat_page_hard_wrapped_reads_as_a_flat_page():
    wrapped = _wrap(FLAT)
    assert wrapped.count("\n") > 5
    assert len(with_line_breaks(wrapped)) == len(wrapped)
    data = to_contract(parse_text(wrapped).fields)
    assert (data["number"], data["issuer"], data["place"], data["date"]) == (
        "315/UBND-NV", "ỦY BAN NHÂN DÂN HUYỆN ĐÔNG ANH", "Đông Anh", "2025-04-08")
    assert data["subject"] == "rà soát đội ngũ công chức cấp xã năm 2025"
    assert data["signer"] == {"authority": "KT.", "capacity": "CHỦ TỊCH", "title": "PHÓ CHỦ TỊCH",
                              "name": "Nguyễn Văn Thành"}


def test_a_subject_cut_by_the_wrap_is_read_whole():
    data = to_contract(parse_text(_wrap(STACKED)).fields)
    assert data["subject"] == ("hướng dẫn kiểm tra, đánh giá chất lượng đội ngũ giáo viên mầm non năm học "
                               "2025 - 2026")
    assert (data["number"], data["place"], data["date"]) == ("412/SGDĐT-TCCB", "Ninh Bình", "2025-08-14")


def test_a_date_beside_the_subject_cut_by_the_wrap_stays_out_of_the_subject():
    wrapped = _wrap(TABBED)
    assert "\n" in wrapped[wrapped.index("Ninh Bình, ngày"):wrapped.index("năm 2025")]  # the wrap cut the date
    data = to_contract(parse_text(wrapped).fields)
    assert data["subject"] == ("hướng dẫn kiểm tra, đánh giá chất lượng đội ngũ giáo viên mầm non năm học "
                               "2025 - 2026")
    assert (data["place"], data["date"]) == ("Ninh Bình", "2025-08-14")

PARAGRAPHS = STACKED.replace("ỦY BAN NHÂN DÂN TỈNH NINH BÌNH\nSỞ GIÁO DỤC VÀ ĐÀO TẠO\nSố: 412/SGDĐT-TCCB\nV/v hướng dẫn",
                             "ỦY BAN NHÂN DÂN TỈNH NINH BÌNH SỞ GIÁO DỤC VÀ ĐÀO TẠO Số: 412/SGDĐT-TCCB V/v hướng dẫn"
                             ).replace(" 2025 - 2026\nCỘNG HÒA", " 2025 - 2026\n\nCỘNG HÒA").replace(
                                 "\nĐộc lập - Tự do - Hạnh phúc\nNinh Bình", " Độc lập - Tự do - Hạnh phúc Ninh Bình")


def test_a_head_in_paragraphs_cut_by_the_wrap_reads_as_printed():
    wrapped = _wrap(PARAGRAPHS)
    assert wrapped.index("\n") < wrapped.index("V/v") < wrapped.index("\n\n")  # the paragraph is cut
    data = to_contract(parse_text(wrapped).fields)
    assert data["subject"] == ("hướng dẫn kiểm tra, đánh giá chất lượng đội ngũ giáo viên mầm non năm học "
                               "2025 - 2026")
    assert (data["number"], data["issuer"], data["parent_issuer"]) == (
        "412/SGDĐT-TCCB", "SỞ GIÁO DỤC VÀ ĐÀO TẠO", "ỦY BAN NHÂN DÂN TỈNH NINH BÌNH")
    assert (data["place"], data["date"]) == ("Ninh Bình", "2025-08-14")
    assert head_joined(wrapped).split("\n\n")[0] == PARAGRAPHS.split("\n\n")[0]  # as printed


def test_a_page_not_wrapped_keeps_its_lines():
    assert head_joined(STACKED) == STACKED
    assert head_joined(TABBED) == TABBED
    assert head_joined(PARAGRAPHS) == PARAGRAPHS
    wrapped = _wrap(STACKED)  # the body's lines below Kính gửi stay cut
    assert head_joined(wrapped).split("Kính gửi")[1] == wrapped.split("Kính gửi")[1]


PROPOSAL = """UBND HUYỆN THẠCH THẤT
PHÒNG VĂN HÓA VÀ THÔNG TIN
Số: 57/TTr-VHTT
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Thạch Thất, ngày 9 tháng 6 năm 2025

TỜ TRÌNH
Về việc đề nghị công nhận 12 Cơ quan đạt chuẩn văn hóa giai đoạn 2021 - 2025

Kính gửi: Ủy ban nhân dân huyện Thạch Thất.

Căn cứ kết quả bình xét của các cơ quan, đơn vị trên địa bàn huyện năm 2025, Phòng Văn hóa và Thông tin đề nghị Ủy ban nhân dân huyện xem xét, công nhận danh hiệu Cơ quan đạt chuẩn văn hóa cho 12 cơ quan, đơn vị có tên trong danh sách kèm theo.
Phòng Văn hóa và Thông tin kính trình Ủy ban nhân dân huyện xem xét, quyết định./.

Nơi nhận:
- Như trên;
- Lưu: VT.

TRƯỞNG PHÒNG

Đỗ Thị Thu Hà
"""

TELEGRAM = """ỦY BAN NHÂN DÂN TỈNH YÊN BÁI
Số: 05/CĐ-UBND
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Yên Bái, ngày 21 tháng 7 năm 2025

CÔNG ĐIỆN
Về việc chủ động phòng, chống sạt lở đất ở các xã vùng cao phía tây
ỦY BAN NHÂN DÂN TỈNH YÊN BÁI điện:
- Chủ tịch Ủy ban nhân dân các huyện, thị xã, thành phố;
- Giám đốc các sở, ban, ngành tỉnh.

Trong những ngày qua, trên địa bàn tỉnh xảy ra mưa lớn kéo dài, nguy cơ sạt lở đất tại nhiều khu vực là rất cao, đe dọa an toàn tính mạng và tài sản của Nhân dân.
Để chủ động ứng phó, Chủ tịch Ủy ban nhân dân tỉnh yêu cầu các đơn vị tổ chức kiểm tra, rà soát các khu vực có nguy cơ sạt lở và báo cáo kết quả trước ngày 30/7/2025./.

Nơi nhận:
- Như trên;
- Lưu: VT.

TM. ỦY BAN NHÂN DÂN
CHỦ TỊCH

Trần Huy Tuấn
"""


def test_a_range_the_wrap_cut_at_its_dash_stays_in_the_subject():
    wrapped = _wrap(PROPOSAL)
    assert "giai đoạn 2021\n- 2025" in wrapped
    data = to_contract(parse_text(wrapped).fields)
    assert data["subject"] == "đề nghị công nhận 12 Cơ quan đạt chuẩn văn hóa giai đoạn 2021 - 2025"


def test_a_telegram_sender_in_capitals_is_not_joined_to_a_full_subject_line():
    wrapped = _wrap(TELEGRAM)
    assert "phía tây\nỦY BAN NHÂN DÂN TỈNH YÊN BÁI điện:" in wrapped  # the subject's line is full, yet whole
    assert "phía tây\nỦY BAN NHÂN DÂN TỈNH YÊN BÁI điện:" in head_joined(wrapped)
    data = to_contract(parse_text(wrapped).fields)
    assert data["subject"] == "chủ động phòng, chống sạt lở đất ở các xã vùng cao phía tây"
